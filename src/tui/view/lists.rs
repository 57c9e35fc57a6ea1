//! The list panes: regions (a tree with counts), projects, sources, and the item list.

use crate::tui::app::{yuan, App, Cursor};
use crate::tui::layout::Pane;
use crate::tui::view::{block, fit};
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

/// One row: main text and a right-aligned note, fitted to the width.
fn row(main: &str, note: &str, width: usize, style: Style, note_style: Style) -> Line<'static> {
    let note = fit(note, width / 2);
    let note_w = note.width();
    let room = width.saturating_sub(note_w + 1);
    let main = fit(main, room.max(1));
    let pad = width.saturating_sub(main.width() + note_w);
    Line::from(vec![
        Span::styled(main, style),
        Span::styled(" ".repeat(pad), style),
        Span::styled(note, style.patch(note_style)),
    ])
}

fn draw_list(
    app: &App,
    f: &mut Frame,
    area: Rect,
    pane: Pane,
    title: String,
    rows: Vec<(String, String)>,
    cursor: Cursor,
) {
    let inner_w = area.width.saturating_sub(2) as usize;
    let height = area.height.saturating_sub(2) as usize;
    let focused = app.pane == pane;
    let lines: Vec<Line> = rows
        .iter()
        .enumerate()
        .skip(cursor.offset)
        .take(height)
        .map(|(i, (main, note))| {
            let selected = i == cursor.selected;
            let style = if selected && focused {
                app.theme.selected
            } else if selected {
                app.theme.current
            } else {
                Style::default()
            };
            row(main, note, inner_w, style, app.theme.dim)
        })
        .collect();
    f.render_widget(Paragraph::new(lines).block(block(app, pane, title)), area);
}

/// The region tree: 吉林省 › 长春市 › 朝阳区, with articles/quotes/projects counts.
pub fn regions(app: &App, f: &mut Frame, area: Rect) {
    let d = &app.data;
    let rows = app
        .visible_regions()
        .into_iter()
        .map(|i| {
            let t = &d.tree[i];
            let r = &d.entities.regions[t.region];
            let c = d.counts[t.region];
            let marker = if app.filter.as_deref() == Some(r.name.as_str()) {
                "▸"
            } else {
                ""
            };
            (
                format!("{}{marker}{}", "  ".repeat(t.depth), r.name),
                format!("{}·{}·{}", c.articles, c.quotes, c.projects),
            )
        })
        .collect::<Vec<_>>();
    let total = rows.len();
    draw_list(
        app,
        f,
        area,
        Pane::Regions,
        format!("{} 文·引·项 ({total})", Pane::Regions.title()),
        rows,
        app.cursors[0],
    );
}

/// Projects with region and stated investment.
pub fn projects(app: &App, f: &mut Frame, area: Rect) {
    let e = &app.data.entities;
    let rows = app
        .visible_projects()
        .into_iter()
        .map(|i| {
            let p = &e.projects[i];
            let note = p
                .investment
                .as_ref()
                .map(|m| yuan(m.value))
                .unwrap_or_else(|| p.region.clone().unwrap_or_default());
            (p.name.clone(), note)
        })
        .collect::<Vec<_>>();
    let total = rows.len();
    draw_list(
        app,
        f,
        area,
        Pane::Projects,
        format!("{} ({total})", Pane::Projects.title()),
        rows,
        app.cursors[1],
    );
}

/// People and anonymous sources with role, organisation and number of quotes.
pub fn sources(app: &App, f: &mut Frame, area: Rect) {
    let d = &app.data;
    let rows = app
        .visible_sources()
        .into_iter()
        .map(|i| {
            let s = &d.sources[i];
            let main = if s.named {
                format!("{} {}", s.label, s.role)
            } else {
                format!("({})", s.label)
            };
            (main, format!("{}", s.quotes.len()))
        })
        .collect::<Vec<_>>();
    let total = rows.len();
    draw_list(
        app,
        f,
        area,
        Pane::Sources,
        format!("{} ({total})", Pane::Sources.title()),
        rows,
        app.cursors[2],
    );
}

/// What belongs to the selection: articles, quotes and projects of a region; a source's
/// quotes; a project's mentions.
pub fn items(app: &App, f: &mut Frame, area: Rect) {
    // Only the rows on screen are formatted: the list can hold a year of articles.
    let all = app.items();
    let c = app.cursors[3];
    let height = area.height.saturating_sub(2) as usize;
    let rows = all
        .iter()
        .skip(c.offset)
        .take(height)
        .map(|r| (format!("[{}] {}", r.badge, r.label), r.context.clone()))
        .collect();
    let window = Cursor {
        selected: c.selected.saturating_sub(c.offset),
        offset: 0,
    };
    let of = match app.last_list {
        Pane::Projects => "project",
        Pane::Sources => "source",
        _ => "region",
    };
    draw_list(
        app,
        f,
        area,
        Pane::Items,
        format!("Items of the {of} ({})", all.len()),
        rows,
        window,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_fit_their_width_with_cjk() {
        for w in [8, 9, 10, 20] {
            let l = row(
                "长春市绿园区西湖北一地块城市市政道路",
                "12·3·4",
                w,
                Style::default(),
                Style::default(),
            );
            assert!(l.width() <= w, "{w}: {}", l.width());
        }
    }
}

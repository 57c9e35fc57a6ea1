//! The list panes: regions (a tree with counts), projects, sources, and the item list.

use crate::marks::Mark;
use crate::tui::app::{yuan, App, Cursor};
use crate::tui::layout::{Pane, Shape};
use crate::tui::marks as marking;
use crate::tui::view::{block, fit};
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

/// Cells of its own text a row always shows (when it has that many) before a note gets room.
pub const MIN_TEXT: usize = 16;

/// One row: a lead (badge or indentation), the item's text and a right-aligned note, fitted
/// to the width. The text keeps at least [`MIN_TEXT`] cells: `[引] 我们正积极开展招商…` rather
/// than `[引] 我们…  郑非 · 朝…`; the note shrinks, or goes, first.
/// A note that is a count (`2/3·4·17`) shows whole or not at all: cut, it would mislead.
pub(crate) fn row(r: &Row, width: usize, style: Style, note_style: Style) -> Line<'static> {
    let (lead, text, note) = (r.lead.as_str(), r.text.as_str(), r.note.as_str());
    // Room for the kept text, and for the … that marks it cut.
    let keep = lead.width() + text.width().min(MIN_TEXT) + usize::from(text.width() > MIN_TEXT);
    let note_room = width.saturating_sub(keep + 1).min(width / 2);
    // A note cut to a stub says nothing: below 4 cells it is left out.
    let note = if note.is_empty() || note_room < 4 || (r.whole_note && note.width() > note_room) {
        String::new()
    } else {
        fit(note, note_room)
    };
    let note_w = note.width();
    let room = width.saturating_sub(note_w + usize::from(note_w > 0));
    let main = fit(&format!("{lead}{text}"), room.max(1));
    let pad = width.saturating_sub(main.width() + note_w);
    Line::from(vec![
        Span::styled(main, style),
        Span::styled(" ".repeat(pad), style),
        Span::styled(note, style.patch(note_style)),
    ])
}

/// A list row's parts.
pub(crate) struct Row {
    lead: String,
    text: String,
    note: String,
    /// The note is a count: shown whole or left out.
    whole_note: bool,
}

impl Row {
    pub(crate) fn new(lead: String, text: String, note: String) -> Row {
        Row {
            lead,
            text,
            note,
            whole_note: false,
        }
    }

    fn counted(lead: String, text: String, note: String) -> Row {
        Row {
            whole_note: true,
            ..Row::new(lead, text, note)
        }
    }
}

fn draw_list(
    app: &App,
    f: &mut Frame,
    area: Rect,
    pane: Pane,
    title: String,
    rows: Vec<Row>,
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
        .map(|(i, r)| {
            let selected = i == cursor.selected;
            let style = if selected && focused {
                app.theme.selected
            } else if selected {
                app.theme.current
            } else {
                Style::default()
            };
            row(r, inner_w, style, app.theme.dim)
        })
        .collect();
    f.render_widget(Paragraph::new(lines).block(block(app, pane, title)), area);
}

/// What the Regions pane's counts mean, for its bottom border and the help.
pub const COUNTS_LEGEND: &str = "文 articles about / 提 mentioning · 引 quotes · 项 projects";

/// Shorter forms of the legend, for narrower panes.
const SHORT_LEGENDS: [&str; 3] = [
    "文 about / 提 mentioning · 引 quotes · 项 projects",
    "about/mentioning·quotes·projects",
    "about/named·quotes·projects",
];

/// The region tree: 吉林省 › 长春市 › 朝阳区, with articles/quotes/projects counts, then the
/// places only mentioned, folded under one node.
pub fn regions(app: &App, f: &mut Frame, area: Rect) {
    let d = &app.data;
    let folded = d.tree.iter().filter(|t| t.mentioned_only && t.depth == 1).count();
    let rows = app
        .visible_regions()
        .into_iter()
        .map(|i| {
            let t = &d.tree[i];
            let Some(region) = t.region else {
                let sign = if app.regions.listing.mentioned_open {
                    "▾"
                } else {
                    "▸"
                };
                return Row::new(
                    format!("{sign} "),
                    format!("also mentioned 仅提及 ({folded})"),
                    String::new(),
                );
            };
            let r = &d.entities.regions[region];
            let c = app.counts()[region];
            let marker = if app.filter.as_deref() == Some(r.name.as_str()) {
                "▸"
            } else {
                ""
            };
            Row::counted(
                format!("{}{marker}", "  ".repeat(t.depth)),
                r.name.clone(),
                format!("{}/{}·{}·{}", c.about, c.mentioning, c.quotes, c.projects),
            )
        })
        .collect::<Vec<_>>();
    let total = rows.len();
    // The counts' header where the title has room; as a tab the legend below says it.
    let header = if app.rects().shape == Shape::Wide {
        " 文/提·引·项"
    } else {
        ""
    };
    draw_list(
        app,
        f,
        area,
        Pane::Regions,
        format!("{}{header} ({total})", Pane::Regions.title()),
        rows,
        app.regions.cursor,
    );
    // The legend on the bottom border, where a newcomer looks for what the numbers mean.
    if area.height > 2 && area.width > 4 {
        let room = area.width.saturating_sub(4) as usize;
        let legend = std::iter::once(COUNTS_LEGEND)
            .chain(SHORT_LEGENDS)
            .find(|l| l.width() <= room)
            .map_or_else(|| fit(SHORT_LEGENDS[2], room), str::to_owned);
        let r = Rect::new(area.x + 2, area.y + area.height - 1, legend.width() as u16, 1);
        f.render_widget(Paragraph::new(Span::styled(legend, app.theme.dim)), r);
    }
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
            let glyph = marking::of_project(app, i).map_or("", Mark::glyph);
            Row::new(glyph.to_owned(), p.name.clone(), note)
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
        app.projects.cursor,
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
            // 公司负责人 · 楚天华通医药设备有限公司: an anonymous source is its role at its
            // organisation; a name shared by two people carries its place in the label.
            let main = if s.name.is_some() {
                format!("{} {}", s.label, s.role)
            } else {
                format!("({})", s.label)
            };
            let glyph = marking::of_source(app, i).map_or("", Mark::glyph);
            Row::counted(glyph.to_owned(), main, format!("{}", s.quotes.len()))
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
        app.sources.cursor,
    );
}

/// What belongs to the selection: articles, quotes and projects of a region; a source's
/// quotes; a project's mentions.
pub fn items(app: &App, f: &mut Frame, area: Rect) {
    // Only the rows on screen are formatted: the list can hold a year of articles.
    let all = app.items();
    let c = app.item_list.cursor;
    let height = area.height.saturating_sub(2) as usize;
    let rows = all
        .iter()
        .skip(c.offset)
        .take(height)
        .map(|r| {
            // `[引]★`: the glyph takes the space after the badge, so rows stay aligned.
            let glyph = marking::of_row(app, r).map_or(" ", Mark::glyph);
            Row::new(
                format!("[{}]{glyph}", r.badge),
                r.label.clone(),
                r.context.clone(),
            )
        })
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
            let r = Row::counted(
                String::new(),
                "长春市绿园区西湖北一地块城市市政道路".into(),
                "12·3·4".into(),
            );
            let l = row(&r, w, Style::default(), Style::default());
            assert!(l.width() <= w, "{w}: {}", l.width());
        }
    }

    fn shown(r: &Row, w: usize) -> String {
        let l = row(r, w, Style::default(), Style::default());
        assert!(l.width() <= w, "{w}: {}", l.width());
        l.spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn the_text_keeps_sixteen_cells_before_the_note() {
        let r = Row::new(
            "[引] ".into(),
            "我们正积极开展招商引资工作，全力推动项目落地".into(),
            "郑非 · 朝阳区".into(),
        );
        let s = shown(&r, 30);
        assert!(s.starts_with("[引] 我们正积极开展"), "{s}");
        // Too narrow for a useful note: the note goes, the text stays.
        let s = shown(&r, 24);
        assert!(
            !s.contains("郑非") && s.starts_with("[引] 我们正积极开展招"),
            "{s}"
        );
        // A count is never cut to a stub: 0/1·… would mislead.
        let r = Row::counted("      ".into(), "长春九台经济开发区".into(), "0/1·0·0".into());
        assert!(!shown(&r, 29).contains("0/1"));
        assert!(shown(&r, 40).ends_with("0/1·0·0"));
    }
}

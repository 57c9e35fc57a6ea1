//! The Marked view (everything starred, tagged or annotated, with its citation) and the
//! one-line prompt for tags and notes.

use crate::corpus::normalize::sanitize;
use crate::marks::Status;
use crate::tui::app::App;
use crate::tui::marks::{self as marking, PromptKind};
use crate::tui::view::lists::{row, Row};
use crate::tui::view::{clear, fit};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use ratatui::Frame;

/// Lines under the list for the selected mark's citation, tags and note.
const DETAIL: u16 = 5;

fn parts(area: Rect) -> [Rect; 3] {
    let inner = Block::default().borders(Borders::ALL).inner(area);
    Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(DETAIL),
    ])
    .areas(inner)
}

/// Where the list of marks stands in the view's `area`.
pub fn list_rect(area: Rect) -> Rect {
    parts(area)[1]
}

/// `#承诺 #待核实`.
fn hashtags(tags: &[String]) -> String {
    tags.iter()
        .map(|t| format!("#{}", sanitize(t)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Draws the Marked view.
pub fn marked(app: &App, f: &mut Frame, area: Rect) {
    clear(f, area);
    let visible = marking::visible(app);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(app.theme.border_focus)
        .title(format!(
            "Marked ({}) · Tab kind · f tag · Enter go · s t a edit · Esc close",
            visible.len()
        ));
    f.render_widget(block, area);
    let [header, list, detail] = parts(area);
    let kind = app.marked.kind.map_or("all", |k| k.as_str());
    let tag = app
        .marked
        .tag
        .as_deref()
        .map_or("all".to_owned(), |t| format!("#{}", sanitize(t)));
    let orphans = app
        .marks
        .all
        .iter()
        .filter(|m| marking::status(app, m) == Status::Orphaned)
        .count();
    let dates = if app.dates.is_open() {
        String::new()
    } else {
        format!(" · dates: {}", app.dates.describe())
    };
    let mut head = format!("kind: {kind} · tag: {tag}{dates} · {} marks", app.marks.all.len());
    if orphans > 0 {
        head.push_str(&format!(" · {orphans} orphaned"));
    }
    f.render_widget(
        Paragraph::new(Span::styled(fit(&head, header.width as usize), app.theme.heading)),
        header,
    );
    if visible.is_empty() {
        let say = if app.marks.all.is_empty() {
            "Nothing marked yet: s stars, t tags, a annotates the selected quote, article, project or person."
        } else {
            "No mark of this kind and tag (Tab, f to change)."
        };
        f.render_widget(Paragraph::new(say).wrap(Wrap { trim: true }), list);
        return;
    }
    let c = app.marked.cursor;
    let width = list.width as usize;
    let lines: Vec<Line> = visible
        .iter()
        .enumerate()
        .skip(c.offset)
        .take(list.height as usize)
        .map(|(i, &m)| {
            let m = &app.marks.all[m];
            let status = marking::status(app, m);
            let mut note = hashtags(&m.tags);
            if !m.note.is_empty() {
                note = format!("✎ {note}").trim_end().to_owned();
            }
            if status != Status::Live {
                note = format!("{} {note}", status.as_str()).trim_end().to_owned();
            }
            let r = Row::new(
                format!("{} [{}] ", m.glyph(), m.key.kind.badge()),
                sanitize(&m.citation.label),
                note,
            );
            let style = if i == c.selected {
                app.theme.selected
            } else if status != Status::Live {
                app.theme.dim
            } else {
                Style::default()
            };
            row(&r, width, style, app.theme.dim)
        })
        .collect();
    f.render_widget(Paragraph::new(lines), list);

    // The selected mark in full: who, where, tags, note, and whether it is still there.
    let Some(&m) = visible.get(c.selected) else { return };
    let m = &app.marks.all[m];
    let cit = &m.citation;
    let mut text = vec![Line::from(Span::styled(
        "─".repeat(detail.width as usize),
        app.theme.border,
    ))];
    let who = cit.who();
    let source = cit.source(&app.date_format);
    let line = [who, source]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" — ");
    text.push(Line::from(sanitize(&line)));
    let mut facts = vec![format!("{} · marked {}", m.key.kind.as_str(), m.created)];
    if !m.tags.is_empty() {
        facts.push(hashtags(&m.tags));
    }
    match marking::status(app, m) {
        Status::Live => {}
        Status::Orphaned => facts.push("orphaned: its article no longer yields it; kept as marked".into()),
        Status::Elsewhere => facts.push("not in the files open now".into()),
    }
    text.push(Line::from(Span::styled(facts.join(" · "), app.theme.dim)));
    if !m.note.is_empty() {
        text.push(Line::from(format!("✎ {}", sanitize(&m.note))));
    }
    f.render_widget(Paragraph::new(text).wrap(Wrap { trim: false }), detail);
}

/// Draws the tag or note prompt at the bottom of the screen.
pub fn prompt(app: &App, f: &mut Frame, area: Rect) {
    let Some(p) = &app.prompt else { return };
    let h = 4.min(area.height);
    let r = Rect::new(area.x, area.y + area.height - h, area.width, h);
    clear(f, r);
    let what = format!("{} “{}”", p.key.kind.as_str(), sanitize(&p.citation.label));
    let title = match p.kind {
        PromptKind::Tags => format!("Tags for {what}"),
        PromptKind::Note => format!("Note on {what}"),
    };
    let keys = match p.kind {
        PromptKind::Tags => " · Tab completes · Enter saves · Esc cancels",
        PromptKind::Note => " · Enter saves · Esc cancels",
    };
    let inner_w = r.width.saturating_sub(2) as usize;
    let title = format!(
        "{}{keys}",
        fit(&title, inner_w.saturating_sub(keys.chars().count() + 1))
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(app.theme.border_focus)
        .title(title);
    let inner = block.inner(r);
    f.render_widget(block, r);
    // The end of a long input stays in view, with the cursor after it.
    let input = sanitize(&p.input);
    let cells: Vec<char> = input.chars().collect();
    let mut shown = String::new();
    let mut used = 1;
    for &c in cells.iter().rev() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + 2 > inner_w {
            break;
        }
        used += w;
        shown.insert(0, c);
    }
    let mut lines = vec![Line::from(vec![
        Span::raw(format!("› {shown}")),
        Span::styled("█", app.theme.dim),
    ])];
    if p.kind == PromptKind::Tags {
        let used = p.candidates(&app.marks.tags);
        let hint = if app.marks.tags.is_empty() {
            "separate tags with spaces or commas".to_owned()
        } else if used.is_empty() {
            "no tag in use starts so".to_owned()
        } else {
            format!(
                "in use: {}",
                used.iter().map(|t| sanitize(t)).collect::<Vec<_>>().join(" · ")
            )
        };
        lines.push(Line::from(Span::styled(fit(&hint, inner_w), app.theme.dim)));
    }
    f.render_widget(Paragraph::new(lines), inner);
}

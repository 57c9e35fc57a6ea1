//! The search box and its results: kind badge, label with matched characters, context.

use crate::search::{Kind, PREFIXES};
use crate::tui::app::Purpose;
use crate::tui::app::{App, Overlay};
use crate::tui::view::{clear, fit, highlighted};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

/// The badge of a result kind.
pub fn badge(k: Kind) -> &'static str {
    match k {
        Kind::Region => "区",
        Kind::Project => "项",
        Kind::Person => "人",
        Kind::Quote => "引",
        Kind::Article => "文",
        Kind::Paragraph => "段",
    }
}

/// Draws the search overlay.
pub fn search(app: &App, f: &mut Frame, area: Rect) {
    clear(f, area);
    let title = match (app.overlay, app.search.purpose) {
        (Overlay::District, Purpose::Goto) => "Go to district (g g: first item)",
        (Overlay::District, Purpose::CompareFirst) => "Compare: the first district",
        (Overlay::District, Purpose::CompareSecond) => "Compare with district",
        _ => "Search",
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(app.theme.border_focus)
        .title(title);
    let inner = block.inner(area);
    f.render_widget(block, area);
    let [input, hint, list] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1), Constraint::Min(1)]).areas(inner);
    let prompt = Line::from(vec![
        Span::styled("› ", app.theme.border_focus),
        Span::raw(app.search.query.clone()),
        Span::styled("█", app.theme.dim),
    ]);
    f.render_widget(Paragraph::new(prompt), input);
    let prefixes: Vec<String> = PREFIXES.iter().map(|(p, k)| format!("{p} {k}")).collect();
    let hint_text = format!(
        "{} results · narrow with: {} · pinyin and initials work (cyq)",
        app.search.hits.len(),
        prefixes.join(", ")
    );
    f.render_widget(
        Paragraph::new(fit(&hint_text, hint.width as usize)).style(app.theme.dim),
        hint,
    );

    let width = list.width as usize;
    let c = app.search.cursor;
    let lines: Vec<Line> = app
        .search
        .hits
        .iter()
        .enumerate()
        .skip(c.offset)
        .take(list.height as usize)
        .map(|(i, h)| {
            let item = &app.data.index.items[h.item];
            let base = if i == c.selected {
                app.theme.selected
            } else {
                Style::default()
            };
            let b = format!("[{}] ", badge(item.kind));
            let ctx = if item.context.is_empty() {
                String::new()
            } else {
                format!("  — {}", item.context)
            };
            let label_room = width.saturating_sub(b.width() + ctx.width().min(width / 3));
            let label = fit(&item.label, label_room.max(4));
            let positions: Vec<usize> = h
                .positions
                .iter()
                .copied()
                .filter(|&p| p < label.chars().count())
                .collect();
            let mut spans = vec![Span::styled(b.clone(), base.patch(app.theme.badge))];
            spans.extend(highlighted(&label, &positions, base, app.theme.matched));
            let used = b.width() + label.width();
            spans.push(Span::styled(
                fit(&ctx, width.saturating_sub(used)),
                base.patch(app.theme.dim),
            ));
            Line::from(spans)
        })
        .collect();
    f.render_widget(Paragraph::new(lines), list);
}

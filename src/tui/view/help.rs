//! The help overlay, generated from the key table.

use crate::search::PREFIXES;
use crate::tui::app::App;
use crate::tui::keymap::BINDINGS;
use crate::tui::view::clear;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use ratatui::Frame;

/// The lines of the help screen.
pub fn help_lines(app: &App) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let mut group = "";
    for b in BINDINGS.iter().filter(|b| !b.keys.is_empty()) {
        if b.group != group {
            group = b.group;
            if !lines.is_empty() {
                lines.push(Line::default());
            }
            lines.push(Line::from(Span::styled(group.to_owned(), app.theme.heading)));
        }
        lines.push(Line::from(vec![
            Span::styled(format!("  {:<16}", b.keys), app.theme.title),
            Span::raw(b.help.to_owned()),
        ]));
    }
    lines.push(Line::from(vec![
        Span::styled(format!("  {:<16}", "1 … 9"), app.theme.title),
        Span::raw("district by number"),
    ]));
    lines.push(Line::from(vec![
        Span::styled(format!("  {:<16}", "mouse"), app.theme.title),
        Span::raw("click to focus and select, wheel to scroll"),
    ]));
    lines.push(Line::default());
    lines.push(Line::from(Span::styled(
        "Search prefixes".to_owned(),
        app.theme.heading,
    )));
    for (p, k) in PREFIXES {
        lines.push(Line::from(vec![
            Span::styled(format!("  {p:<16}"), app.theme.title),
            Span::raw(format!("only {k}")),
        ]));
    }
    lines.push(Line::default());
    lines.push(Line::from(Span::raw(
        "Ctrl-i arrives as Tab on most terminals; Alt-→ always goes forward.",
    )));
    lines
}

/// Draws the help overlay, in two columns when one is too short.
pub fn help(app: &App, f: &mut Frame, area: Rect) {
    clear(f, area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(app.theme.border_focus)
        .title("Help · Esc or ? to close");
    let inner = block.inner(area);
    f.render_widget(block, area);
    let lines = help_lines(app);
    if lines.len() <= inner.height as usize {
        f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
        return;
    }
    // Break at a blank line near the middle so groups stay whole.
    let mid = lines.len() / 2;
    let split = (mid..lines.len()).find(|&i| lines[i].width() == 0).unwrap_or(mid);
    let (left, right) = lines.split_at(split);
    let [l, r] = Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(inner);
    f.render_widget(Paragraph::new(left.to_vec()).wrap(Wrap { trim: false }), l);
    f.render_widget(
        Paragraph::new(right.iter().skip(1).cloned().collect::<Vec<_>>()).wrap(Wrap { trim: false }),
        r,
    );
}

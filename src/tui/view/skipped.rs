//! The files the loader skipped (binary, empty, undecodable), each with why.

use crate::corpus::normalize::sanitize;
use crate::tui::app::App;
use crate::tui::view::{clear, fit};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use ratatui::Frame;

/// Draws the list of skipped files.
pub fn skipped(app: &App, f: &mut Frame, area: Rect) {
    clear(f, area);
    let warnings = &app.data.corpus.warnings;
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(app.theme.border_focus)
        .title(format!("Skipped files ({}) · w or Esc close", warnings.len()));
    let inner = block.inner(area);
    f.render_widget(block, area);
    let width = inner.width as usize;
    let mut lines: Vec<Line> = Vec::new();
    if warnings.is_empty() {
        lines.push(Line::from("No file was skipped: every input loaded."));
    }
    for w in warnings {
        // A file name is from the disk: control characters never reach the terminal.
        let file = sanitize(&w.file);
        lines.push(Line::from(Span::styled(fit(&file, width), app.theme.heading)));
        let why = sanitize(&w.message);
        lines.push(Line::from(format!("  {}", fit(&why, width.saturating_sub(2)))));
    }
    f.render_widget(Paragraph::new(lines), inner);
}

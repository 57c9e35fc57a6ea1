//! The loading screen: files opened, and the articles of a large file as the extractors read
//! them, while the first open of a corpus runs.

use crate::corpus::normalize::sanitize;
use crate::tui::loading::Loading;
use crate::tui::theme::Theme;
use crate::tui::view::fit;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Gauge, Paragraph};
use ratatui::Frame;

/// Draws the loading screen in the middle of the frame.
pub fn loading(l: &Loading, theme: &Theme, f: &mut Frame) {
    let area = f.area();
    let w = area.width.min(72);
    let h = area.height.min(10);
    let r = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border_focus)
        .title(Span::styled(" zhaoshang ", theme.title));
    let inner = block.inner(r);
    f.render_widget(block, r);
    let width = inner.width as usize;
    let row = |i: u16| Rect::new(inner.x + 1, inner.y + i, inner.width.saturating_sub(2), 1);
    let rows = inner.height;
    let mut text = |i: u16, line: Line| {
        if i < rows {
            f.render_widget(Paragraph::new(line), row(i));
        }
    };
    let what = if l.indexing {
        "Building the search index…".to_owned()
    } else if l.files == 1 {
        "Opening 1 file…".to_owned()
    } else {
        format!("Opening {} files…", l.files)
    };
    text(0, Line::from(Span::styled(what, theme.heading)));
    if let Some((file, bytes)) = &l.file {
        // A file name is from the disk: control characters never reach the terminal.
        let size = if *bytes > 0 {
            format!(" ({})", megabytes(*bytes))
        } else {
            String::new()
        };
        let line = fit(
            &format!("reading {}{size}", sanitize(file)),
            width.saturating_sub(2),
        );
        text(3, Line::from(line));
    }
    text(
        rows.saturating_sub(1),
        Line::from(Span::styled("q quits", theme.dim)).alignment(Alignment::Right),
    );
    let gauge = |done: usize, total: usize, unit: &str| {
        Gauge::default()
            .gauge_style(theme.badge)
            .ratio(if total == 0 {
                0.0
            } else {
                (done as f64 / total as f64).min(1.0)
            })
            .label(format!("{done} / {total} {unit}"))
    };
    if rows > 2 {
        f.render_widget(gauge(l.files_done, l.files, "files"), row(1));
    }
    if let (Some((done, total)), true) = (l.articles, rows > 5) {
        f.render_widget(gauge(done, total, "articles"), row(4));
    }
}

/// A size as people read it: 812 KB, 45.2 MB.
fn megabytes(bytes: usize) -> String {
    if bytes < 1_000_000 {
        format!("{} KB", bytes.div_ceil(1000))
    } else {
        format!("{:.1} MB", bytes as f64 / 1e6)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_kilobytes_or_megabytes() {
        assert_eq!(megabytes(812_000), "812 KB");
        assert_eq!(megabytes(45_200_000), "45.2 MB");
    }
}

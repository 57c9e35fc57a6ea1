//! The reader pane.

use crate::tui::app::App;
use crate::tui::layout::Pane;
use crate::tui::reader;
use crate::tui::view::block;
use ratatui::layout::Rect;
use ratatui::widgets::Paragraph;
use ratatui::Frame;

/// The open article, scrolled, entities highlighted.
pub fn reader(app: &App, f: &mut Frame, area: Rect) {
    let Some(a) = app.reader.article else {
        f.render_widget(
            Paragraph::new("Select an article (Enter on an item).").block(block(
                app,
                Pane::Reader,
                "Reader".into(),
            )),
            area,
        );
        return;
    };
    let width = area.width.saturating_sub(2) as usize;
    let lines = reader::lines(&app.data, &app.theme, a, width, app.reader.entity);
    let total = lines.lines.len();
    let height = area.height.saturating_sub(2) as usize;
    let shown: Vec<_> = lines
        .lines
        .into_iter()
        .skip(app.reader.scroll)
        .take(height)
        .collect();
    let article = &app.data.corpus.articles[a];
    let title = format!(
        "Reader · {} · {}/{}",
        article.id,
        (app.reader.scroll + height).min(total),
        total
    );
    f.render_widget(Paragraph::new(shown).block(block(app, Pane::Reader, title)), area);
}

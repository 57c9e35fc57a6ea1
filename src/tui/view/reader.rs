//! The reader pane.

use crate::corpus::normalize::sanitize;
use crate::marks::Mark;
use crate::tui::app::App;
use crate::tui::data::MarkKind;
use crate::tui::layout::Pane;
use crate::tui::marks as marking;
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
    let glyph = |k: &MarkKind| marking::of_entity(app, a, k).map(Mark::glyph);
    let lines = reader::lines(
        &app.data,
        &app.theme,
        a,
        width,
        app.reader.entity,
        &glyph,
        &app.date_format,
    );
    let total = lines.lines.len();
    let height = area.height.saturating_sub(2) as usize;
    let shown: Vec<_> = lines
        .lines
        .into_iter()
        .skip(app.reader.scroll)
        .take(height)
        .collect();
    let article = &app.data.corpus.articles[a];
    // The article's own mark, in the title: ★ #承诺 ✎.
    let mark = marking::of_article(app, a).map_or(String::new(), |m| {
        let mut s = format!("{} ", m.glyph());
        for t in &m.tags {
            s.push_str(&format!("#{} ", sanitize(t)));
        }
        if !m.note.is_empty() {
            s.push_str("✎ ");
        }
        s
    });
    let title = format!(
        "Reader · {mark}{} · {}/{}",
        article.id,
        (app.reader.scroll + height).min(total),
        total
    );
    f.render_widget(Paragraph::new(shown).block(block(app, Pane::Reader, title)), area);
}

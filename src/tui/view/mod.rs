//! Drawing: `draw(&App, &mut Frame)`, one file per pane or overlay.

pub mod dashboard;
pub mod help;
pub mod lists;
pub mod reader;
pub mod search;

use crate::tui::app::{App, Overlay};
use crate::tui::layout::{too_small, Pane, MIN_HEIGHT, MIN_WIDTH};
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};
use ratatui::Frame;
use unicode_width::UnicodeWidthChar;

/// Draws the whole screen.
pub fn draw(app: &App, f: &mut Frame) {
    let area = f.area();
    if too_small(area) {
        let msg = format!(
            "Terminal too small: {}×{} — zhaoshang needs at least {MIN_WIDTH}×{MIN_HEIGHT}.",
            area.width, area.height
        );
        f.render_widget(
            Paragraph::new(msg)
                .wrap(Wrap { trim: true })
                .alignment(Alignment::Center),
            area,
        );
        return;
    }
    let r = app.rects();
    lists::regions(app, f, r.regions);
    lists::projects(app, f, r.projects);
    lists::sources(app, f, r.sources);
    lists::items(app, f, r.items);
    reader::reader(app, f, r.reader);
    status(app, f, r.status);
    match app.overlay {
        Overlay::Search | Overlay::District => search::search(app, f, centered(area, 90, 80)),
        Overlay::Help => help::help(app, f, centered(area, 80, 85)),
        Overlay::Dashboard => dashboard::dashboard(app, f, centered(area, 94, 90)),
        Overlay::None => {}
    }
}

/// A bordered block whose border shows focus.
pub fn block<'a>(app: &App, pane: Pane, title: String) -> Block<'a> {
    let focused = app.pane == pane && app.overlay == Overlay::None;
    let style = if focused {
        app.theme.border_focus
    } else {
        app.theme.border
    };
    Block::default()
        .borders(Borders::ALL)
        .border_style(style)
        .title(Span::styled(title, style))
}

/// A rectangle of `pw`% × `ph`% in the middle of `area`, cleared.
pub fn centered(area: Rect, pw: u16, ph: u16) -> Rect {
    let w = area.width * pw / 100;
    let h = area.height * ph / 100;
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

/// Clears an overlay's area before drawing it. A wide character standing just left of the
/// overlay would spill its second cell over the border: it is blanked, not torn.
pub fn clear(f: &mut Frame, r: Rect) {
    if r.x > 0 {
        let buf = f.buffer_mut();
        for y in r.y..r.y + r.height {
            let cell = &mut buf[(r.x - 1, y)];
            if unicode_width::UnicodeWidthStr::width(cell.symbol()) > 1 {
                cell.set_symbol(" ");
            }
        }
    }
    f.render_widget(Clear, r);
}

/// Cuts `s` to `width` cells, ending in … when cut; never splits a wide character.
pub fn fit(s: &str, width: usize) -> String {
    let total: usize = s.chars().map(|c| c.width().unwrap_or(0)).sum();
    if total <= width {
        return s.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

fn status(app: &App, f: &mut Frame, r: Rect) {
    let d = &app.data;
    let kb = d.corpus.bytes as f64 / 1024.0;
    let filter = app
        .filter
        .as_deref()
        .map_or("all districts".to_owned(), |f| format!("district {f}"));
    let left = app.message.clone().unwrap_or_else(|| {
        format!(
            "{} articles · {:.0} KB · {} quotes · {} projects · {filter}",
            d.corpus.articles.len(),
            kb,
            d.entities.quotes.len(),
            d.entities.projects.len()
        )
    });
    let hints = "/ search  ] [ district  d dashboard  ? help  q quit";
    let width = r.width as usize;
    let left = fit(&left, width.saturating_sub(hints.len() + 1));
    let pad = width.saturating_sub(left.chars().map(|c| c.width().unwrap_or(0)).sum::<usize>() + hints.len());
    let line = Line::from(vec![
        Span::raw(left),
        Span::raw(" ".repeat(pad)),
        Span::raw(hints),
    ]);
    f.render_widget(Paragraph::new(line).style(app.theme.status), r);
}

/// A label with the given character positions highlighted.
pub fn highlighted(text: &str, positions: &[usize], base: Style, hl: Style) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    let mut cur = String::new();
    let mut cur_hl = false;
    for (i, c) in text.chars().enumerate() {
        let h = positions.contains(&i);
        if h != cur_hl && !cur.is_empty() {
            spans.push(Span::styled(
                std::mem::take(&mut cur),
                if cur_hl { base.patch(hl) } else { base },
            ));
        }
        cur_hl = h;
        cur.push(c);
    }
    if !cur.is_empty() {
        spans.push(Span::styled(cur, if cur_hl { base.patch(hl) } else { base }));
    }
    spans
}

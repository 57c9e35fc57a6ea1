//! Drawing: `draw(&App, &mut Frame)`, one file per pane or overlay.

pub mod compare;
pub mod dashboard;
pub mod help;
pub mod lists;
pub mod loading;
pub mod marked;
pub mod person;
pub mod reader;
pub mod search;
pub mod skipped;
pub mod timeline;

use crate::tui::app::{App, Overlay};
use crate::tui::layout::{tab_labels, too_small, Pane, Shape, MIN_HEIGHT, MIN_WIDTH};
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};
use ratatui::Frame;
use unicode_width::UnicodeWidthChar;

/// Draws one pane in its rectangle.
type DrawPane = fn(&App, &mut Frame, Rect);

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
    let panes: [(Pane, DrawPane); 5] = [
        (Pane::Regions, lists::regions),
        (Pane::Projects, lists::projects),
        (Pane::Sources, lists::sources),
        (Pane::Items, lists::items),
        (Pane::Reader, reader::reader),
    ];
    for (pane, draw_pane) in panes {
        if r.shows(pane) {
            draw_pane(app, f, r.of(pane));
        }
    }
    status(app, f, r.status);
    // Below the wide shape an overlay takes the whole screen: 80 columns are too few to spare.
    // The prompt stands over whatever it was opened from.
    let under = if app.overlay == Overlay::Prompt {
        app.prompt_return
    } else {
        app.overlay
    };
    match under {
        Overlay::Search | Overlay::District => search::search(app, f, overlay_area(area, 90, 80)),
        Overlay::Marked => marked::marked(app, f, overlay_area(area, 90, 85)),
        Overlay::Person => person::person(app, f, overlay_area(area, 90, 85)),
        Overlay::Timeline => timeline::timeline(app, f, overlay_area(area, 94, 90)),
        Overlay::Compare => compare::compare(app, f, overlay_area(area, 94, 90)),
        Overlay::Help => help::help(app, f, overlay_area(area, 80, 85)),
        Overlay::Dashboard => dashboard::dashboard(app, f, overlay_area(area, 94, 90)),
        Overlay::Skipped => skipped::skipped(app, f, overlay_area(area, 80, 60)),
        Overlay::None | Overlay::Prompt | Overlay::Command => {}
    }
    if app.overlay == Overlay::Prompt {
        marked::prompt(app, f, area);
    }
}

/// A bordered block whose border shows focus. Where one list stands for three (below the
/// wide shape), its title is a row of tabs: the shown list's full title, the others' names.
pub fn block<'a>(app: &App, pane: Pane, title: String) -> Block<'a> {
    let focused = app.pane == pane && app.overlay == Overlay::None;
    let style = if focused {
        app.theme.border_focus
    } else {
        app.theme.border
    };
    let lists = [Pane::Regions, Pane::Projects, Pane::Sources];
    let title = if app.rects().shape != Shape::Wide && lists.contains(&pane) {
        let mut spans = Vec::new();
        for (p, label) in tab_labels(pane, &title) {
            if !spans.is_empty() {
                spans.push(Span::styled("│", app.theme.border));
            }
            let tab_style = if p == pane {
                style.patch(app.theme.title)
            } else {
                app.theme.dim
            };
            spans.push(Span::styled(label, tab_style));
        }
        Line::from(spans)
    } else {
        Line::from(Span::styled(title, style))
    };
    Block::default()
        .borders(Borders::ALL)
        .border_style(style)
        .title(title)
}

/// Where an overlay stands: `pw`% × `ph`% in the middle of a wide screen; below the wide
/// shape the whole screen (80 columns are too few to spare a margin).
pub fn overlay_area(area: Rect, pw: u16, ph: u16) -> Rect {
    if Shape::of(area.width) == Shape::Wide {
        centered(area, pw, ph)
    } else {
        area
    }
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

/// The status bar's key hints on a narrow screen, longest first: `v` is how the reader and the
/// lists, shown one at a time, are reached.
const NARROW_HINTS: [&str; 4] = [
    "v lists ⇄ reader  / search  ] [ district  ? help",
    "v lists⇄reader  / ][ d ? q",
    "v ⇄  / ][ d ? q",
    "v ⇄  ? help",
];

/// The status bar's key hints, longest first.
const HINTS: [&str; 4] = [
    "/ search  ] [ district  d dashboard  ? help  q quit",
    "/ search  ][ district  d dash  ? help",
    "/ ][ d ? q",
    "? help",
];

fn status(app: &App, f: &mut Frame, r: Rect) {
    if app.overlay == Overlay::Command {
        // The command line takes the status bar, as in vi.
        let line = Line::from(vec![
            Span::raw(format!(":{}", crate::corpus::normalize::sanitize(&app.command))),
            Span::raw("█  "),
            Span::styled(crate::tui::command::USAGE, app.theme.dim),
        ]);
        f.render_widget(Paragraph::new(line), r);
        return;
    }
    let d = &app.data;
    let kb = d.corpus.bytes as f64 / 1024.0;
    let filter = app
        .filter
        .as_deref()
        .map_or("all districts".to_owned(), |f| format!("district {f}"));
    let filter = if app.dates.is_open() {
        filter
    } else {
        format!("{filter} · {}", app.dates.describe())
    };
    // Skipped files are said here, not only on stderr after quitting.
    let skipped = match d.corpus.warnings.len() {
        0 => String::new(),
        1 => "1 file skipped (w) · ".to_owned(),
        n => format!("{n} files skipped (w) · "),
    };
    let left = app.message.clone().unwrap_or_else(|| {
        format!(
            "{skipped}{} articles · {:.0} KB · {} quotes · {} projects · {filter}",
            d.corpus.articles.len(),
            kb,
            d.entities.quotes.len(),
            d.entities.projects.len()
        )
    });
    let width = r.width as usize;
    let left_w: usize = left.chars().map(|c| c.width().unwrap_or(0)).sum();
    // The key hints shorten, not the corpus figures: the longest that leaves room for them.
    let all = if app.rects().shape == Shape::Narrow {
        &NARROW_HINTS
    } else {
        &HINTS
    };
    let cells = |s: &str| s.chars().map(|c| c.width().unwrap_or(0)).sum::<usize>();
    let hints = all
        .iter()
        .copied()
        .find(|h| left_w + 1 + cells(h) <= width)
        .unwrap_or(all[all.len() - 1]);
    let left = fit(&left, width.saturating_sub(cells(hints) + 1));
    let pad = width.saturating_sub(cells(&left) + cells(hints));
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

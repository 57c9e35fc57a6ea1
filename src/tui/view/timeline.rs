//! The Timeline: one row of bars per district, a bar per month (two cells wide, ratatui's
//! `Sparkline`), on one scale so districts compare; the selected district and month stand out.

use crate::extract::districts::SERIES;
use crate::tui::app::App;
use crate::tui::view::{clear, fit};
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Sparkline};
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

/// Cells of the district names' column.
const NAME_W: u16 = 12;
/// Cells of the totals' column.
const TOTAL_W: u16 = 6;

/// ` · since 2025-01` under a date filter, for a view's title; empty without one.
pub(crate) fn dates_note(app: &App) -> String {
    if app.dates.is_open() {
        String::new()
    } else {
        format!(" · {}", app.dates.describe())
    }
}

/// Draws the Timeline.
pub fn timeline(app: &App, f: &mut Frame, area: Rect) {
    clear(f, area);
    let st = &app.timeline;
    let series = SERIES[st.series.min(SERIES.len() - 1)];
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(app.theme.border_focus)
        .title(format!(
            "Timeline{} · {series} per month · ←→ month · ↑↓ district · n metric · Enter filter · Esc",
            dates_note(app)
        ));
    let inner = block.inner(area);
    f.render_widget(block, area);
    let Some(t) = &st.data else { return };
    if t.months.is_empty() || inner.height < 4 || inner.width < NAME_W + TOTAL_W + 4 {
        let why = if app.dates.is_open() {
            "No dated article: the timeline needs publication dates.".to_owned()
        } else {
            format!("No article in {}: :dates shows every date.", app.dates.describe())
        };
        f.render_widget(Paragraph::new(why), inner);
        return;
    }
    let s = st.series.min(SERIES.len() - 1);
    // The months that fit, two cells each, the selected one always among them.
    let fit_n = ((inner.width - NAME_W - TOTAL_W) / 2).max(1) as usize;
    let start = t.months.len().saturating_sub(fit_n).min(st.month);
    let end = (start + fit_n).min(t.months.len());
    let shown = &t.months[start..end];
    let max = t
        .rows
        .iter()
        .flat_map(|r| r.counts[s][start..end].iter().copied())
        .max()
        .unwrap_or(0)
        .max(1) as u64;

    // The axis: the first month, the selected one and the last, where they stand.
    let bars_x = inner.x + NAME_W;
    let mut axis = vec![' '; (inner.width - NAME_W) as usize];
    let mut put = |col: usize, label: &str| {
        for (i, c) in label.chars().enumerate() {
            if let Some(slot) = axis.get_mut(col + i) {
                *slot = c;
            }
        }
    };
    put(0, &shown[0]);
    let last = shown.len() - 1;
    let sel = st.month - start;
    // The last month's label ends under its bar, when it clears the first's.
    if last * 2 + 2 >= 7 + 8 {
        put(last * 2 + 2 - 7, &shown[last]);
    }
    f.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(fit("district", NAME_W as usize - 1), app.theme.heading),
            Span::raw(" ".repeat(NAME_W as usize - "district".len())),
        ])),
        Rect::new(inner.x, inner.y, NAME_W, 1),
    );
    f.render_widget(
        Paragraph::new(Span::styled(axis.into_iter().collect::<String>(), app.theme.dim)),
        Rect::new(bars_x, inner.y, inner.width - NAME_W, 1),
    );

    let rows_h = inner.height.saturating_sub(3) as usize;
    let first_row = st.row.saturating_sub(rows_h.saturating_sub(1));
    for (i, r) in t.rows.iter().enumerate().skip(first_row).take(rows_h) {
        let y = inner.y + 1 + (i - first_row) as u16;
        let style = if i == st.row {
            app.theme.selected
        } else {
            app.theme.body
        };
        let name = fit(&r.district, NAME_W as usize - 1);
        let pad = " ".repeat(NAME_W as usize - name.width());
        f.render_widget(
            Paragraph::new(Span::styled(format!("{name}{pad}"), style)),
            Rect::new(inner.x, y, NAME_W, 1),
        );
        let doubled: Vec<u64> = r.counts[s][start..end]
            .iter()
            .flat_map(|&c| [c as u64, c as u64])
            .collect();
        let bars = Rect::new(
            bars_x,
            y,
            (doubled.len() as u16).min(inner.width - NAME_W - TOTAL_W),
            1,
        );
        f.render_widget(
            Sparkline::default()
                .data(&doubled)
                .max(max)
                .style(if i == st.row {
                    app.theme.title
                } else {
                    app.theme.heading
                }),
            bars,
        );
        let total: usize = r.counts[s].iter().sum();
        f.render_widget(
            Paragraph::new(Span::styled(format!("{total:>5}"), style)),
            Rect::new(inner.x + inner.width - TOTAL_W, y, TOTAL_W, 1),
        );
    }
    // The selected month's column, across the rows.
    let col = Rect::new(
        bars_x + sel as u16 * 2,
        inner.y + 1,
        2,
        rows_h.min(t.rows.len()) as u16,
    );
    f.buffer_mut().set_style(
        col,
        ratatui::style::Style::default().add_modifier(Modifier::REVERSED),
    );

    // What the cursor stands on, in words.
    if let Some(r) = t.rows.get(st.row) {
        let m = st.month;
        let said = format!(
            "{} · {}: {} articles · {} quotes · {} projects · undated: {} · {} · {}",
            r.district,
            t.months[m],
            r.counts[0][m],
            r.counts[1][m],
            r.counts[2][m],
            r.undated[0],
            r.undated[1],
            r.undated[2]
        );
        let y = inner.y + inner.height - 1;
        f.render_widget(
            Paragraph::new(Span::styled(fit(&said, inner.width as usize), app.theme.heading)),
            Rect::new(inner.x, y, inner.width, 1),
        );
    }
}

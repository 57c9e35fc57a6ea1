//! The Timeline (`T`) as one component: per district, articles, quotes and projects per month
//! (the core's `timeline`, worked out once when the view opens, so a frame only draws); the
//! selected district and month highlighted; `Enter` narrows the panes to that district and
//! month. Drawing is in `view::timeline`.

use crate::corpus::model::DateRange;
use crate::extract::districts::{timeline, Timeline, SERIES};
use crate::tui::app::{Action, App, Overlay};
use std::sync::Arc;

/// The Timeline's data and where its cursor stands.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TimelineState {
    pub data: Option<Arc<Timeline>>,
    /// The date filter `data` was worked out for.
    pub dates: DateRange,
    /// Which of [`SERIES`] the bars show.
    pub series: usize,
    /// The selected district (a row).
    pub row: usize,
    /// The selected month (a column).
    pub month: usize,
}

/// `T`: opens the Timeline on the districts users compare, the filtered one selected.
pub fn open(app: &mut App) {
    let d = &app.data;
    // Worked out again when the date filter changed: only its months, only its articles.
    let t = match &app.timeline.data {
        Some(t) if app.timeline.dates == app.dates => t.clone(),
        _ => Arc::new(timeline(&d.corpus, &d.entities, &d.compared, &app.dates)),
    };
    let row = app
        .filter
        .as_ref()
        .and_then(|f| t.rows.iter().position(|r| &r.district == f))
        .unwrap_or(app.timeline.row);
    app.timeline = TimelineState {
        month: t.months.len().saturating_sub(1),
        row: row.min(t.rows.len().saturating_sub(1)),
        series: app.timeline.series,
        data: Some(t),
        dates: app.dates.clone(),
    };
    app.overlay = Overlay::Timeline;
}

/// Keys in the Timeline.
pub fn update(app: &mut App, action: Action) {
    let Some(t) = app.timeline.data.clone() else {
        app.overlay = Overlay::None;
        return;
    };
    let (rows, months) = (t.rows.len(), t.months.len());
    let st = &mut app.timeline;
    let step =
        |v: usize, d: isize, n: usize| (v as isize + d).clamp(0, n.saturating_sub(1) as isize) as usize;
    match action {
        Action::Quit => app.quit = true,
        Action::Resize(w, h) => app.area = ratatui::layout::Rect::new(0, 0, w, h),
        Action::Back | Action::Timeline => app.overlay = Overlay::None,
        Action::Up => st.row = step(st.row, -1, rows),
        Action::Down => st.row = step(st.row, 1, rows),
        Action::PrevPane => st.month = step(st.month, -1, months),
        Action::NextPane => st.month = step(st.month, 1, months),
        Action::Top => st.month = 0,
        Action::Bottom => st.month = months.saturating_sub(1),
        Action::NextEntity => st.series = (st.series + 1) % SERIES.len(),
        Action::PrevEntity => st.series = (st.series + SERIES.len() - 1) % SERIES.len(),
        Action::Open => {
            let (Some(row), Some(month)) = (t.rows.get(st.row), t.months.get(st.month)) else {
                return;
            };
            let dates = DateRange {
                since: Some(month.clone()),
                until: Some(month.clone()),
            };
            app.overlay = Overlay::None;
            app.emit(Action::Narrow(row.district.clone(), dates));
        }
        _ => {}
    }
}

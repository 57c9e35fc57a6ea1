//! The district dashboard (`d`) as one component: which money category the chart shows, and
//! closing. The table comes from the core (`extract::districts`); drawing is in
//! `view::dashboard`.

use crate::extract::districts::CATEGORIES;
use crate::tui::app::{Action, App, Overlay};
use ratatui::layout::Rect;

/// The dashboard's state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DashboardState {
    /// The money category the chart shows (an index into `CATEGORIES`).
    pub metric: usize,
}

/// `d`: the dashboard.
pub fn open(app: &mut App) {
    app.overlay = Overlay::Dashboard;
}

/// Keys while the dashboard is open: Tab, ↓ and n the next money category, ↑ the previous.
pub fn update(app: &mut App, action: Action) {
    let n = CATEGORIES.len();
    match action {
        Action::Quit => app.quit = true,
        Action::Resize(w, h) => app.area = Rect::new(0, 0, w, h),
        Action::NextPane | Action::Down | Action::NextEntity => {
            app.dashboard.metric = (app.dashboard.metric + 1) % n;
        }
        Action::PrevPane | Action::Up => app.dashboard.metric = (app.dashboard.metric + n - 1) % n,
        Action::Dashboard | Action::Back | Action::Open => app.overlay = Overlay::None,
        _ => {}
    }
}

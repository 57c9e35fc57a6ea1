//! The list of files the loader skipped (`w`) as one component: it only opens and closes.
//! Drawing is in `view::skipped`.

use crate::tui::app::{Action, App, Overlay};
use ratatui::layout::Rect;

/// `w`: the skipped files, with why.
pub fn open(app: &mut App) {
    app.overlay = Overlay::Skipped;
}

/// Keys while the list is open.
pub fn update(app: &mut App, action: Action) {
    match action {
        Action::Quit => app.quit = true,
        Action::Resize(w, h) => app.area = Rect::new(0, 0, w, h),
        Action::Skipped | Action::Back | Action::Open => app.overlay = Overlay::None,
        _ => {}
    }
}

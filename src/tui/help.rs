//! The help overlay (`?`) as one component: opening it at the top, scrolling it when it is
//! longer than the screen, closing it. Drawing is in `view::help`.

use crate::tui::app::{Action, App, Overlay};
use ratatui::layout::Rect;

/// The help's position.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HelpState {
    /// Lines the help is scrolled by (when it is longer than the screen).
    pub scroll: usize,
}

/// `?`: the help, from its top.
pub fn open(app: &mut App) {
    app.overlay = Overlay::Help;
    app.help.scroll = 0;
}

/// Keys while the help is open.
pub fn update(app: &mut App, action: Action) {
    match action {
        Action::Quit => app.quit = true,
        Action::Resize(w, h) => app.area = Rect::new(0, 0, w, h),
        Action::Help | Action::Back | Action::Open => app.overlay = Overlay::None,
        Action::Down | Action::HalfDown | Action::PageDown => {
            let area = crate::tui::view::overlay_area(app.area, 80, 85);
            let max = crate::tui::view::help::max_scroll(app, area);
            app.help.scroll = (app.help.scroll + if action == Action::Down { 1 } else { 8 }).min(max);
        }
        Action::Up | Action::HalfUp | Action::PageUp => {
            app.help.scroll = app
                .help
                .scroll
                .saturating_sub(if action == Action::Up { 1 } else { 8 });
        }
        _ => {}
    }
}

//! Where the panes stand for a given screen size: used by drawing and by mouse handling, so
//! both agree without the view keeping state.

use ratatui::layout::{Constraint, Direction, Layout, Rect};

/// Smallest screen the explorer draws on; below it a message says so.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

/// The panes, left to right.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pane {
    Regions,
    Projects,
    Sources,
    Items,
    Reader,
}

impl Pane {
    /// Tab order.
    pub const ALL: [Pane; 5] = [
        Pane::Regions,
        Pane::Projects,
        Pane::Sources,
        Pane::Items,
        Pane::Reader,
    ];

    /// The pane's title.
    pub fn title(self) -> &'static str {
        match self {
            Pane::Regions => "Regions 地区",
            Pane::Projects => "Projects 项目",
            Pane::Sources => "Sources 信源",
            Pane::Items => "Items",
            Pane::Reader => "Reader",
        }
    }
}

/// Rectangles of one frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rects {
    pub regions: Rect,
    pub projects: Rect,
    pub sources: Rect,
    pub items: Rect,
    pub reader: Rect,
    pub status: Rect,
}

impl Rects {
    /// The pane's rectangle.
    pub fn of(&self, p: Pane) -> Rect {
        match p {
            Pane::Regions => self.regions,
            Pane::Projects => self.projects,
            Pane::Sources => self.sources,
            Pane::Items => self.items,
            Pane::Reader => self.reader,
        }
    }

    /// The pane under a screen cell.
    pub fn pane_at(&self, col: u16, row: u16) -> Option<Pane> {
        Pane::ALL.into_iter().find(|p| {
            let r = self.of(*p);
            col >= r.x && col < r.x + r.width && row >= r.y && row < r.y + r.height
        })
    }
}

/// Splits the screen: a left column of three lists, the item list, the reader, a status line.
pub fn rects(area: Rect) -> Rects {
    let [main, status] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
    let cols = Layout::default()
        .direction(Direction::Horizontal)
        .constraints([
            Constraint::Percentage(26),
            Constraint::Percentage(30),
            Constraint::Min(20),
        ])
        .split(main);
    let left = Layout::vertical([
        Constraint::Percentage(40),
        Constraint::Percentage(30),
        Constraint::Percentage(30),
    ])
    .split(cols[0]);
    Rects {
        regions: left[0],
        projects: left[1],
        sources: left[2],
        items: cols[1],
        reader: cols[2],
        status,
    }
}

/// True when the screen is too small to draw the panes.
pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// Lines of list content a pane shows (inside its border).
pub fn list_height(r: Rect) -> usize {
    r.height.saturating_sub(2) as usize
}

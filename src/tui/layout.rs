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

/// The screen's shape, by width: the panes change shape, not just size, below 120 and 90
/// columns (a standard 80×24 terminal cannot hold three lists beside the reader).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// Three lists stacked on the left, the items, the reader.
    Wide,
    /// One list (Regions / Projects / Sources as tabs) over the items, beside the reader.
    Medium,
    /// The list column or the reader, full width; `v` or Tab switches.
    Narrow,
}

/// Widths at which the shape changes.
pub const WIDE_FROM: u16 = 120;
pub const MEDIUM_FROM: u16 = 90;

impl Shape {
    /// The shape for a screen width.
    pub fn of(width: u16) -> Shape {
        if width >= WIDE_FROM {
            Shape::Wide
        } else if width >= MEDIUM_FROM {
            Shape::Medium
        } else {
            Shape::Narrow
        }
    }
}

/// Rectangles of one frame; a pane not shown has an empty one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rects {
    pub shape: Shape,
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

    /// True when the pane is on screen.
    pub fn shows(&self, p: Pane) -> bool {
        let r = self.of(p);
        r.width > 0 && r.height > 0
    }

    /// The pane under a screen cell.
    pub fn pane_at(&self, col: u16, row: u16) -> Option<Pane> {
        Pane::ALL.into_iter().find(|p| {
            let r = self.of(*p);
            col >= r.x && col < r.x + r.width && row >= r.y && row < r.y + r.height
        })
    }
}

/// Splits the screen for its shape. `list` is the list pane shown when only one fits (the
/// last one used), `focus` the focused pane: in a column of two, it gets the taller part; on
/// a narrow screen, the reader when focused takes the whole width.
pub fn rects(area: Rect, list: Pane, focus: Pane) -> Rects {
    let [main, status] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
    let shape = Shape::of(area.width);
    let none = Rect::default();
    let mut r = Rects {
        shape,
        regions: none,
        projects: none,
        sources: none,
        items: none,
        reader: none,
        status,
    };
    if shape == Shape::Wide {
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
        r.regions = left[0];
        r.projects = left[1];
        r.sources = left[2];
        r.items = cols[1];
        r.reader = cols[2];
        return r;
    }
    let column = if shape == Shape::Narrow {
        if focus == Pane::Reader {
            r.reader = main;
            return r;
        }
        main
    } else {
        let [column, reader] =
            Layout::horizontal([Constraint::Percentage(45), Constraint::Min(30)]).areas(main);
        r.reader = reader;
        column
    };
    let tall = if focus == Pane::Items { [40, 60] } else { [60, 40] };
    let [top, bottom] =
        Layout::vertical([Constraint::Percentage(tall[0]), Constraint::Percentage(tall[1])]).areas(column);
    match list {
        Pane::Projects => r.projects = top,
        Pane::Sources => r.sources = top,
        _ => r.regions = top,
    }
    r.items = bottom;
    r
}
/// The tabs of a list pane's title below the wide shape: the shown list's full title, the
/// other lists' names (`Regions 地区 (15)│Projects│Sources`), separated by one cell.
pub fn tab_labels(shown: Pane, title: &str) -> Vec<(Pane, String)> {
    [Pane::Regions, Pane::Projects, Pane::Sources]
        .into_iter()
        .map(|p| {
            let label = if p == shown {
                title.to_owned()
            } else {
                p.title().split(' ').next().unwrap_or_default().to_owned()
            };
            (p, label)
        })
        .collect()
}

/// True when the screen is too small to draw the panes.
pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// Lines of list content a pane shows (inside its border).
pub fn list_height(r: Rect) -> usize {
    r.height.saturating_sub(2) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_screen_changes_shape_with_its_width() {
        let r = rects(Rect::new(0, 0, 160, 48), Pane::Regions, Pane::Regions);
        assert!(Pane::ALL.iter().all(|&p| r.shows(p)));
        // 100 columns: one list (the last used) over the items, beside the reader.
        let r = rects(Rect::new(0, 0, 100, 30), Pane::Projects, Pane::Items);
        assert_eq!(r.shape, Shape::Medium);
        assert!(r.shows(Pane::Projects) && !r.shows(Pane::Regions) && !r.shows(Pane::Sources));
        assert!(r.items.height > r.projects.height, "the focused one is tallest");
        assert!(r.shows(Pane::Reader));
        // 80 columns: the list column or the reader, full width.
        let r = rects(Rect::new(0, 0, 80, 24), Pane::Regions, Pane::Regions);
        assert_eq!((r.regions.width, r.shows(Pane::Reader)), (80, false));
        let r = rects(Rect::new(0, 0, 80, 24), Pane::Regions, Pane::Reader);
        assert_eq!(
            (r.reader.width, r.shows(Pane::Regions), r.shows(Pane::Items)),
            (80, false, false)
        );
    }
}

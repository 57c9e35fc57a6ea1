//! Where the user has been, browser-style: a jump (search, Enter on an item or an entity, a
//! district) remembers the place it left; `Ctrl-O` goes back and `Ctrl-I` forward again, and a
//! new jump after going back drops the places ahead.

use crate::tui::app::{Cursor, ReaderState};
use crate::tui::layout::Pane;

/// Where the user was: enough to come back.
#[derive(Clone, Debug, PartialEq)]
pub struct Location {
    pub pane: Pane,
    pub cursors: [Cursor; 4],
    pub filter: Option<String>,
    pub reader: ReaderState,
}

/// The places left, and where in them the user stands.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    places: Vec<Location>,
    /// `places.len()` when at the newest; less after going back.
    pos: usize,
}

impl History {
    /// Remembers `here` before a jump; the places ahead, if any, are dropped.
    pub fn push(&mut self, here: Location) {
        self.places.truncate(self.pos);
        if self.places.last() != Some(&here) {
            self.places.push(here);
        }
        self.pos = self.places.len();
    }

    /// The place before, given where the user is now (kept, so forward comes back to it).
    pub fn back(&mut self, here: Location) -> Option<Location> {
        if self.pos == 0 {
            return None;
        }
        if self.pos == self.places.len() {
            self.places.push(here);
        }
        self.pos -= 1;
        Some(self.places[self.pos].clone())
    }

    /// The place after, when the user went back.
    pub fn forward(&mut self) -> Option<Location> {
        if self.pos + 1 >= self.places.len() {
            return None;
        }
        self.pos += 1;
        Some(self.places[self.pos].clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(pane: Pane) -> Location {
        Location {
            pane,
            cursors: [Cursor::default(); 4],
            filter: None,
            reader: ReaderState::default(),
        }
    }

    #[test]
    fn back_and_forward_like_a_browser() {
        let mut h = History::default();
        assert_eq!(h.back(at(Pane::Regions)), None);
        h.push(at(Pane::Regions));
        h.push(at(Pane::Items));
        // Now in the reader: back to Items, back to Regions, forward to Items and the reader.
        assert_eq!(h.back(at(Pane::Reader)), Some(at(Pane::Items)));
        assert_eq!(h.back(at(Pane::Items)), Some(at(Pane::Regions)));
        assert_eq!(h.back(at(Pane::Regions)), None);
        assert_eq!(h.forward(), Some(at(Pane::Items)));
        assert_eq!(h.forward(), Some(at(Pane::Reader)));
        assert_eq!(h.forward(), None);
        // A jump after going back drops what was ahead.
        h.back(at(Pane::Reader));
        h.push(at(Pane::Sources));
        assert_eq!(h.forward(), None);
    }
}

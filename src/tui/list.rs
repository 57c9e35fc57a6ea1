//! The list pane as one generic component: a cursor over the rows a [`Listing`] shows within
//! the district and date filters, moved by keys, the wheel and clicks. Regions, Projects and
//! Sources are each a `ListPane` of their own listing (`tui::regions`, `projects`, `sources`);
//! drawing is in `view::lists`. What a pane cannot do alone — focus the items, clear the
//! district — it asks of the app with an [`Action`].

use crate::corpus::model::{ArticleId, DateRange, Within};
use crate::tui::action::Action;
use crate::tui::data::Data;
use crate::tui::layout::Pane;

/// A selectable list's position.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cursor {
    pub selected: usize,
    pub offset: usize,
}

impl Cursor {
    /// Moves the selection by `delta` rows within a list of `len`, `height` rows shown.
    pub(crate) fn step(&mut self, delta: isize, len: usize, height: usize) {
        self.selected = (self.selected as isize + delta).clamp(0, len.saturating_sub(1) as isize) as usize;
        self.clamp(len, height);
    }

    /// Keeps the selection within the list and on screen.
    pub(crate) fn clamp(&mut self, len: usize, height: usize) {
        self.selected = self.selected.min(len.saturating_sub(1));
        if self.selected < self.offset {
            self.offset = self.selected;
        }
        if height > 0 && self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
    }

    /// How far a movement key moves in a list of `height` rows shown (None: not a movement).
    pub(crate) fn delta(action: &Action, height: usize) -> Option<isize> {
        let page = height.max(2) as isize;
        Some(match action {
            Action::Up => -1,
            Action::Down => 1,
            Action::Top => -(isize::MAX / 2),
            Action::Bottom => isize::MAX / 2,
            Action::HalfUp => -page / 2,
            Action::HalfDown => page / 2,
            Action::PageUp => -page,
            Action::PageDown => page,
            _ => return None,
        })
    }

    /// The row under line `line` of the list (0: the first shown), if there is one.
    pub(crate) fn row_at(&self, line: usize, len: usize) -> Option<usize> {
        Some(self.offset + line).filter(|&i| i < len)
    }
}

/// What the list panes show within: the data, the district filter and the dates.
#[derive(Clone, Copy)]
pub struct Scope<'a> {
    pub data: &'a Data,
    /// The district the panes are narrowed to.
    pub filter: Option<&'a str>,
    pub dates: &'a DateRange,
    /// The articles within [`Scope::dates`].
    pub within: &'a Within,
}

impl Scope<'_> {
    /// True when an article is within the date filter.
    pub fn in_dates(&self, article: &ArticleId) -> bool {
        self.within.keeps(article)
    }
}

/// What a list pane lists.
pub trait Listing {
    /// The rows shown, as indices into what it lists (tree rows, projects, sources).
    fn visible(&self, scope: &Scope) -> Vec<usize>;

    /// Enter on `item` (the selected row's): by default, its items.
    fn open(&mut self, _scope: &Scope, _item: Option<usize>) -> Option<Action> {
        Some(Action::Focus(Pane::Items))
    }
}

/// A list pane: its listing and where its cursor stands.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ListPane<L> {
    pub cursor: Cursor,
    pub listing: L,
}

/// What the app asks of any list pane, whatever it lists.
pub trait PaneList {
    /// The cursor, to put back at the top.
    fn cursor_mut(&mut self) -> &mut Cursor;
    /// Rows shown.
    fn len(&self, scope: &Scope) -> usize;
    /// The selected row's item.
    fn selected(&self, scope: &Scope) -> Option<usize>;
    /// The row showing `item`, if shown.
    fn position(&self, scope: &Scope, item: usize) -> Option<usize>;
    /// Keys while focused, `height` rows on screen; what the app should do after.
    fn update(&mut self, action: &Action, scope: &Scope, height: usize) -> Vec<Action>;
    /// Moves the selection by `delta` rows (keys, the wheel).
    fn step(&mut self, delta: isize, scope: &Scope, height: usize) -> Vec<Action>;
    /// A click on line `line` of the list (0: the first shown) selects its row.
    fn click(&mut self, line: usize, scope: &Scope) -> Vec<Action>;
    /// Selects row `index` and keeps it on screen.
    fn select_row(&mut self, index: usize, scope: &Scope, height: usize);
    /// Keeps the selection within the rows shown now and on screen.
    fn clamp(&mut self, scope: &Scope, height: usize);
}

impl<L: Listing> PaneList for ListPane<L> {
    fn cursor_mut(&mut self) -> &mut Cursor {
        &mut self.cursor
    }

    fn len(&self, scope: &Scope) -> usize {
        self.listing.visible(scope).len()
    }

    fn selected(&self, scope: &Scope) -> Option<usize> {
        self.listing.visible(scope).get(self.cursor.selected).copied()
    }

    fn position(&self, scope: &Scope, item: usize) -> Option<usize> {
        self.listing.visible(scope).iter().position(|&x| x == item)
    }

    fn update(&mut self, action: &Action, scope: &Scope, height: usize) -> Vec<Action> {
        if let Some(delta) = Cursor::delta(action, height) {
            return self.step(delta, scope, height);
        }
        match action {
            Action::Open => {
                let item = self.selected(scope);
                let then = self.listing.open(scope, item);
                // What Enter did may have changed the rows (a node unfolded).
                self.clamp(scope, height);
                then.into_iter().collect()
            }
            // Esc in a list: back to all districts.
            Action::Back if scope.filter.is_some() => vec![Action::FilterDistrict(None)],
            _ => Vec::new(),
        }
    }

    fn step(&mut self, delta: isize, scope: &Scope, height: usize) -> Vec<Action> {
        let len = self.len(scope);
        self.cursor.step(delta, len, height);
        vec![Action::SelectionMoved]
    }

    fn click(&mut self, line: usize, scope: &Scope) -> Vec<Action> {
        match self.cursor.row_at(line, self.len(scope)) {
            Some(i) => {
                self.cursor.selected = i;
                vec![Action::SelectionMoved]
            }
            None => Vec::new(),
        }
    }

    fn select_row(&mut self, index: usize, scope: &Scope, height: usize) {
        self.cursor.selected = index;
        self.clamp(scope, height);
    }

    fn clamp(&mut self, scope: &Scope, height: usize) {
        let len = self.len(scope);
        self.cursor.clamp(len, height);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A list of the numbers below `n` the filter does not hide: `filter` "odd" keeps odd ones.
    #[derive(Default)]
    struct Numbers {
        n: usize,
    }

    impl Listing for Numbers {
        fn visible(&self, scope: &Scope) -> Vec<usize> {
            (0..self.n)
                .filter(|i| scope.filter != Some("odd") || i % 2 == 1)
                .collect()
        }
    }

    fn with_scope<T>(filter: Option<&str>, f: impl FnOnce(&Scope) -> T) -> T {
        let data = Data::new(Default::default(), Default::default());
        let dates = DateRange::default();
        let within = Within::all();
        f(&Scope {
            data: &data,
            filter,
            dates: &dates,
            within: &within,
        })
    }

    #[test]
    fn keys_move_the_cursor_and_keep_it_on_screen() {
        with_scope(None, |s| {
            let mut l = ListPane {
                cursor: Cursor::default(),
                listing: Numbers { n: 20 },
            };
            assert_eq!(l.update(&Action::Down, s, 5), [Action::SelectionMoved]);
            assert_eq!(l.selected(s), Some(1));
            l.update(&Action::PageDown, s, 5);
            assert_eq!(
                l.cursor,
                Cursor {
                    selected: 6,
                    offset: 2
                }
            );
            l.update(&Action::HalfUp, s, 5);
            assert_eq!(l.cursor.selected, 4);
            l.update(&Action::Bottom, s, 5);
            assert_eq!(
                l.cursor,
                Cursor {
                    selected: 19,
                    offset: 15
                }
            );
            l.update(&Action::Top, s, 5);
            assert_eq!(
                l.cursor,
                Cursor {
                    selected: 0,
                    offset: 0
                }
            );
            l.update(&Action::Up, s, 5);
            assert_eq!(l.selected(s), Some(0), "the top stays the top");
        });
    }

    #[test]
    fn enter_shows_the_items_and_esc_clears_the_district() {
        let mut l = ListPane {
            cursor: Cursor::default(),
            listing: Numbers { n: 3 },
        };
        with_scope(None, |s| {
            assert_eq!(l.update(&Action::Open, s, 5), [Action::Focus(Pane::Items)]);
            assert!(l.update(&Action::Back, s, 5).is_empty(), "no district to clear");
        });
        with_scope(Some("odd"), |s| {
            assert_eq!(l.update(&Action::Back, s, 5), [Action::FilterDistrict(None)]);
        });
    }

    #[test]
    fn a_click_selects_the_row_under_it_and_the_filter_narrows_the_rows() {
        let mut l = ListPane {
            cursor: Cursor {
                selected: 0,
                offset: 3,
            },
            listing: Numbers { n: 10 },
        };
        with_scope(None, |s| {
            assert_eq!(l.click(2, s), [Action::SelectionMoved]);
            assert_eq!(l.selected(s), Some(5));
            assert!(l.click(7, s).is_empty(), "below the last row");
            assert_eq!(l.cursor.selected, 5);
        });
        with_scope(Some("odd"), |s| {
            assert_eq!(l.len(s), 5);
            assert_eq!(l.position(s, 7), Some(3));
            assert_eq!(l.position(s, 4), None);
            l.clamp(s, 3);
            assert_eq!(
                l.selected(s),
                Some(9),
                "the selection stays within the rows shown"
            );
        });
    }
}

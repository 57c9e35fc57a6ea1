//! The mouse: a click focuses the pane under it and selects the row (or, on a tab of a list
//! pane's title, shows that list); the wheel scrolls the pane under it without focusing it.

use crate::tui::app::App;
use crate::tui::layout::{list_height, rects, tab_labels, Pane, Shape};

impl App {
    pub(crate) fn click(&mut self, col: u16, row: u16) {
        let rects = self.rects();
        let Some(p) = rects.pane_at(col, row) else {
            return;
        };
        // Rows as the user saw them: focusing may reshape a narrow screen's column.
        let r = rects.of(p);
        if row == r.y && rects.shape != Shape::Wide {
            // A click on a tab of the list pane's title shows that list.
            let title = format!("{} ({})", p.title(), self.len_of(p));
            let mut x = r.x + 1;
            for (tab, label) in tab_labels(p, &title) {
                let w = unicode_width::UnicodeWidthStr::width(label.as_str()) as u16;
                if col >= x && col < x + w {
                    self.focus(tab);
                    return;
                }
                x += w + 1;
            }
        }
        self.focus(p);
        if row <= r.y {
            return;
        }
        let line = (row - r.y - 1) as usize;
        let then = match self.list(p) {
            (Some(l), s) => l.click(line, &s),
            (None, _) if p == Pane::Items => {
                let len = self.items().len();
                if let Some(i) = self.item_list.cursor.row_at(line, len) {
                    self.item_list.cursor.selected = i;
                }
                Vec::new()
            }
            (None, _) => Vec::new(),
        };
        for a in then {
            self.emit(a);
        }
    }

    /// The mouse wheel over a pane scrolls it, without focusing it.
    pub(crate) fn wheel(&mut self, col: u16, row: u16, delta: isize) {
        let Some(p) = self.rects().pane_at(col, row) else {
            return;
        };
        let h = list_height(rects(self.area, self.last_list, p).of(p));
        let then = match self.list(p) {
            (Some(l), s) => l.step(delta, &s, h),
            (None, _) if p == Pane::Items => {
                let len = self.items().len();
                self.item_list.cursor.step(delta, len, h);
                Vec::new()
            }
            (None, _) => {
                let lines = self.reader.article.map(|a| self.lines_of(a, self.reader.entity));
                self.reader.scroll_by(delta, lines.as_ref());
                Vec::new()
            }
        };
        for a in then {
            self.emit(a);
        }
    }
}

//! The district and date filters, which narrow every pane at once: setting them keeps what can
//! be kept selected in each list, and `]`/`[` step through the districts.

use crate::corpus::model::{DateRange, Within};
use crate::tui::app::{scope, App, Cursor};
use crate::tui::layout::{list_height, Pane};
use crate::tui::list::{PaneList, Scope};

impl App {
    /// Narrows the panes to a district (none: all), keeping what can be kept selected.
    pub(crate) fn set_filter(&mut self, district: Option<String>) {
        self.push_history();
        // What is selected in each list, to find it again when the filter is cleared.
        let s = self.scope();
        let region = self.regions.selected_name(&s);
        let project = self.projects.selected(&s);
        let source = self.sources.selected(&s);
        let items = self.item_list.cursor;
        self.filter = district;
        for p in Pane::ALL {
            if let (Some(l), _) = self.list(p) {
                *l.cursor_mut() = Cursor::default();
            }
        }
        self.item_list.cursor = Cursor::default();
        match self.filter.clone() {
            None => {
                // `0`/`Esc` after looking at 朝阳区: the selection stays where it was.
                let s = scope!(self);
                let at = [
                    region.and_then(|n| self.regions.row_of(&s, &n)),
                    project.and_then(|p| self.projects.position(&s, p)),
                    source.and_then(|x| self.sources.position(&s, x)),
                ];
                for (pane, i) in [Pane::Regions, Pane::Projects, Pane::Sources].into_iter().zip(at) {
                    let h = list_height(self.rects().of(pane));
                    if let (Some(l), s) = self.list(pane) {
                        l.select_row(i.unwrap_or(0), &s, h);
                    }
                }
                let kept = match self.last_list {
                    Pane::Projects => at[1],
                    Pane::Sources => at[2],
                    _ => at[0],
                };
                if kept.is_some() {
                    self.item_list.cursor = items;
                }
                self.message = Some("all districts".into());
            }
            Some(f) => {
                if let Some(i) = self.regions.row_of(&scope!(self), &f) {
                    let h = list_height(self.rects().regions);
                    self.regions.select_row(i, &scope!(self), h);
                }
                self.last_list = Pane::Regions;
                self.open_first_article();
                self.message = Some(format!("district: {f}"));
            }
        }
    }

    pub(crate) fn step_district(&mut self, delta: isize) {
        let ds = &self.data.compared;
        if ds.is_empty() {
            return;
        }
        let cur = self.filter.as_ref().and_then(|f| ds.iter().position(|d| d == f));
        let next = match cur {
            Some(i) => (i as isize + delta).rem_euclid(ds.len() as isize) as usize,
            None if delta > 0 => 0,
            None => ds.len() - 1,
        };
        self.set_filter(Some(ds[next].clone()));
    }

    /// Narrows every pane to publication dates (`:since`, `:until`); selections stay in range.
    pub fn set_dates(&mut self, dates: DateRange) {
        self.within = Within::new(&self.data.corpus, &dates);
        self.range_counts = (!dates.is_open()).then(|| self.data.entities.region_counts_within(&self.within));
        self.dates = dates;
        self.item_list.cursor = Cursor::default();
        for pane in [Pane::Regions, Pane::Projects, Pane::Sources] {
            let h = list_height(self.rects().of(pane));
            if let (Some(l), s) = self.list(pane) {
                l.clamp(&s, h);
            }
        }
    }
}

//! The Sources pane's listing: the people and anonymous sources quoted in the district shown,
//! within the dates. The pane is a [`ListPane`]; drawing is in `view::lists`.

use crate::tui::list::{ListPane, Listing, Scope};

/// The Sources pane.
pub type SourcesPane = ListPane<Sources>;

/// What the Sources pane lists.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sources;

impl Listing for Sources {
    /// Sources shown (indices into data.sources): those with a quote in the district.
    fn visible(&self, s: &Scope) -> Vec<usize> {
        let d = s.data;
        let e = &d.entities;
        (0..d.sources.len())
            .filter(|&i| match s.filter {
                None => true,
                Some(f) => d.sources[i]
                    .quotes
                    .iter()
                    .any(|&q| e.quotes[q].region.as_deref().is_some_and(|r| d.within(r, f))),
            })
            .filter(|&i| {
                s.dates.is_open()
                    || d.sources[i]
                        .quotes
                        .iter()
                        .any(|&q| s.in_dates(&e.quotes[q].article))
            })
            .collect()
    }
}

impl SourcesPane {
    /// The row of the source labelled `label`, if shown.
    pub fn row_of(&self, s: &Scope, label: &str) -> Option<usize> {
        self.listing
            .visible(s)
            .iter()
            .position(|&i| s.data.sources[i].label == label)
    }
}

//! The Projects pane's listing: the projects of the district shown, named within the dates.
//! The pane is a [`ListPane`]; drawing is in `view::lists`.

use crate::tui::list::{ListPane, Listing, Scope};

/// The Projects pane.
pub type ProjectsPane = ListPane<Projects>;

/// What the Projects pane lists.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Projects;

impl Listing for Projects {
    /// Projects shown (indices into entities.projects).
    fn visible(&self, s: &Scope) -> Vec<usize> {
        let e = &s.data.entities;
        (0..e.projects.len())
            .filter(|&i| match (s.filter, &e.projects[i].region) {
                (None, _) => true,
                (Some(f), Some(r)) => s.data.within(r, f),
                (Some(_), None) => false,
            })
            .filter(|&i| s.dates.is_open() || e.projects[i].articles.iter().any(|a| s.in_dates(a)))
            .collect()
    }
}

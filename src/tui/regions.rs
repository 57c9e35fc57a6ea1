//! The Regions pane's listing: the region tree (吉林省 › 长春市 › 朝阳区), the places only
//! mentioned folded under one node that Enter unfolds; under a district filter, the district,
//! its subregions and the chain above it. The pane is a [`ListPane`]; drawing is in
//! `view::lists`.

use crate::tui::action::Action;
use crate::tui::data::Data;
use crate::tui::layout::Pane;
use crate::tui::list::{ListPane, Listing, PaneList, Scope};

/// The Regions pane.
pub type RegionsPane = ListPane<Regions>;

/// What the Regions pane lists, and whether its "also mentioned" node is unfolded.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Regions {
    pub mentioned_open: bool,
}

/// The division of a tree row; empty for the "also mentioned" node.
pub fn name(data: &Data, tree_row: usize) -> String {
    data.tree[tree_row]
        .region
        .map(|r| data.entities.regions[r].name.clone())
        .unwrap_or_default()
}

/// True when the tree row is the "also mentioned" node.
pub fn is_mentioned_node(data: &Data, tree_row: usize) -> bool {
    data.tree[tree_row].region.is_none()
}

impl Listing for Regions {
    /// Tree rows shown: all (the "also mentioned" places only when their node is open), or
    /// under the district filter (the district, its subregions and the chain above it).
    fn visible(&self, s: &Scope) -> Vec<usize> {
        let d = s.data;
        (0..d.tree.len())
            .filter(|&i| {
                let t = &d.tree[i];
                match s.filter {
                    None => !t.mentioned_only || self.mentioned_open,
                    Some(f) => {
                        let n = name(d, i);
                        t.region.is_some() && (d.within(&n, f) || d.within(f, &n))
                    }
                }
            })
            .collect()
    }

    /// Enter on the "also mentioned" node folds or unfolds it; on a region, shows its items.
    fn open(&mut self, s: &Scope, item: Option<usize>) -> Option<Action> {
        if item.is_some_and(|r| is_mentioned_node(s.data, r)) {
            self.mentioned_open = !self.mentioned_open;
            return None;
        }
        Some(Action::Focus(Pane::Items))
    }
}

impl RegionsPane {
    /// The region of the selected row (none on the "also mentioned" node).
    pub fn selected_name(&self, s: &Scope) -> Option<String> {
        self.selected(s)
            .filter(|&r| !is_mentioned_node(s.data, r))
            .map(|r| name(s.data, r))
    }

    /// The row of the region called `region`, if shown.
    pub fn row_of(&self, s: &Scope, region: &str) -> Option<usize> {
        self.listing
            .visible(s)
            .iter()
            .position(|&r| name(s.data, r) == region)
    }

    /// Unfolds the "also mentioned" node when `region` is under it (北京市 in a Changchun
    /// report), so that it can be shown.
    pub fn unfold_for(&mut self, s: &Scope, region: &str) {
        let d = s.data;
        if d.tree
            .iter()
            .any(|t| t.mentioned_only && t.region.is_some_and(|r| d.entities.regions[r].name == region))
        {
            self.listing.mentioned_open = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::model::{DateRange, Within};
    use crate::tui::list::Cursor;

    #[test]
    fn enter_on_the_mentioned_node_unfolds_it_and_a_district_narrows_the_tree() {
        let d = Data::seeds();
        let (dates, within) = (DateRange::default(), Within::all());
        let all = Scope {
            data: &d,
            filter: None,
            dates: &dates,
            within: &within,
        };
        let mut pane = RegionsPane::default();
        let folded = pane.len(&all);
        let node = pane
            .listing
            .visible(&all)
            .iter()
            .position(|&r| is_mentioned_node(&d, r))
            .expect("the seeds mention places they are not about");
        pane.update(&Action::Bottom, &all, 10);
        assert_eq!(pane.cursor.selected, node, "the node is the last row");
        assert!(pane.update(&Action::Open, &all, 10).is_empty());
        assert!(pane.listing.mentioned_open && pane.len(&all) > folded);
        assert_eq!(pane.selected_name(&all), None, "still on the node");
        pane.update(&Action::Down, &all, 10);
        let beijing = pane.selected_name(&all).expect("a place under the node");
        // Folded again, a place under it is unfolded to be shown.
        pane.update(&Action::Up, &all, 10);
        pane.update(&Action::Open, &all, 10);
        assert!(!pane.listing.mentioned_open && pane.row_of(&all, &beijing).is_none());
        pane.unfold_for(&all, &beijing);
        assert!(pane.row_of(&all, &beijing).is_some());
        // Enter on a region: its items.
        pane.cursor = Cursor::default();
        assert_eq!(pane.update(&Action::Open, &all, 10), [Action::Focus(Pane::Items)]);

        let chaoyang = Scope {
            filter: Some("朝阳区"),
            ..all
        };
        let names: Vec<String> = pane
            .listing
            .visible(&chaoyang)
            .into_iter()
            .map(|r| name(&d, r))
            .collect();
        assert!(names.contains(&"朝阳区".to_owned()) && names.contains(&"长春市".to_owned()));
        assert!(!names.contains(&"九台区".to_owned()), "{names:?}");
    }
}

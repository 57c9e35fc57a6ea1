//! The search box (`/`) and the district box (`g`, and `c` picking districts to compare) as one
//! component: its state, its keys and how hits are found; drawing is in `view::search`.

use crate::search::{Hit, Kind, Target};
use crate::tui::app::{Action, App, Cursor, Overlay};
use ratatui::layout::Rect;

/// What a district picked in the goto box is for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Purpose {
    /// `g`: the panes show that district.
    #[default]
    Goto,
    /// `c`: the first district to compare.
    CompareFirst,
    /// `c`: the second.
    CompareSecond,
}

/// The search box.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchState {
    pub query: String,
    pub hits: Vec<Hit>,
    pub cursor: Cursor,
    /// After `g`, a lone `g` means "first item".
    pub after_g: bool,
    /// The folded query the candidates were found for, and those candidates: a longer query
    /// only narrows them.
    pub narrowed: Option<(String, Vec<u32>)>,
    /// What the district box picks for.
    pub purpose: Purpose,
}

/// Results shown in the search box.
pub const SEARCH_LIMIT: usize = 200;

/// `/`: the search box, empty.
pub fn open(app: &mut App) {
    app.overlay = Overlay::Search;
    app.search = SearchState::default();
}

/// Opens the fuzzy district box (`g`, and `c` for the districts to compare).
pub fn open_district_picker(app: &mut App, purpose: Purpose) {
    app.overlay = Overlay::District;
    app.search = SearchState {
        after_g: purpose == Purpose::Goto,
        purpose,
        ..SearchState::default()
    };
    refresh(app);
}

/// Finds the hits for the query typed (the district box: only the districts).
fn refresh(app: &mut App) {
    let kinds: Option<&[Kind]> = if app.overlay == Overlay::District {
        Some(&[Kind::Region])
    } else {
        None
    };
    let (narrow, rest) = crate::search::narrowing(app.search.query.trim());
    let folded = crate::search::keys::fold_query(rest);
    let prev = app
        .search
        .narrowed
        .take()
        .filter(|(q, _)| !q.is_empty() && folded.starts_with(q.as_str()));
    let candidates = if folded.is_empty() {
        Vec::new()
    } else {
        app.data
            .index
            .candidates(&folded, prev.as_ref().map(|(_, c)| c.as_slice()))
    };
    let allowed =
        |k: Kind| kinds.is_none_or(|ks| ks.contains(&k)) && narrow.as_ref().is_none_or(|ks| ks.contains(&k));
    let mut hits = app
        .data
        .index
        .search_candidates(&folded, &candidates, &allowed, SEARCH_LIMIT);
    app.search.narrowed = Some((folded, candidates));
    if app.overlay == Overlay::District {
        let d = &app.data;
        hits.retain(
            // Any place the articles are about may be a filter (长春市 too), not only those `]` steps through.
            |h| matches!(&d.index.items[h.item].target, Target::Region(n) if d.compared.contains(n) || d.others.contains(n)),
        );
        if app.search.query.is_empty() {
            // Every district, in order, before anything is typed.
            hits = d
                .compared
                .iter()
                .filter_map(|n| {
                    d.index
                        .items
                        .iter()
                        .position(|it| it.target == Target::Region(n.clone()))
                })
                .map(|item| Hit {
                    item,
                    score: 0,
                    positions: Vec::new(),
                })
                .collect();
        }
    }
    app.search.hits = hits;
    app.search.cursor = Cursor::default();
}

/// Keys while the search or district box is open.
pub fn update(app: &mut App, action: Action) {
    match action {
        Action::Quit => app.quit = true,
        Action::Resize(w, h) => app.area = Rect::new(0, 0, w, h),
        Action::Back => app.overlay = Overlay::None,
        Action::Input('g')
            if app.overlay == Overlay::District && app.search.after_g && app.search.query.is_empty() =>
        {
            // g g: first item of the focused pane.
            app.overlay = Overlay::None;
            app.emit(Action::Top);
        }
        Action::Input(c) => {
            app.search.after_g = false;
            app.search.query.push(c);
            refresh(app);
        }
        Action::Backspace => {
            app.search.query.pop();
            refresh(app);
        }
        Action::ClearInput => {
            app.search.query.clear();
            refresh(app);
        }
        Action::Up | Action::Down => {
            let len = app.search.hits.len();
            let c = &mut app.search.cursor;
            c.selected = if action == Action::Up {
                c.selected.saturating_sub(1)
            } else {
                (c.selected + 1).min(len.saturating_sub(1))
            };
            c.clamp(len, app.area.height.saturating_sub(6) as usize);
        }
        Action::Open => {
            let Some(hit) = app.search.hits.get(app.search.cursor.selected).cloned() else {
                return;
            };
            let target = app.data.index.items[hit.item].target.clone();
            let district = app.overlay == Overlay::District;
            app.overlay = Overlay::None;
            if district {
                if let Target::Region(n) = target {
                    app.emit(match app.search.purpose {
                        Purpose::Goto => Action::FilterDistrict(Some(n)),
                        p => Action::PickToCompare(p, n),
                    });
                }
                return;
            }
            app.emit(Action::GoTo(target));
        }
        _ => {}
    }
}

//! Compare (`c`) as one component: two districts side by side, picked with the same fuzzy
//! goto as `g` (the filtered district is the first when there is one). The profiles are worked
//! out once when the second is picked, so a frame only draws. Drawing is in `view::compare`.

use crate::extract::districts::{profile, Profile};
use crate::tui::app::{Action, App, Overlay, Purpose};

/// The two districts compared.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CompareState {
    /// The first district, once picked.
    pub first: Option<String>,
    pub profiles: Option<Box<(Profile, Profile)>>,
}

/// `c`: picks the districts (the filtered one counts as the first).
pub fn open(app: &mut App) {
    app.compare.profiles = None;
    match app.filter.clone() {
        Some(f) => {
            app.compare.first = Some(f.clone());
            crate::tui::search_box::open_district_picker(app, Purpose::CompareSecond);
            app.message = Some(format!("compare {f} with …"));
        }
        None => {
            app.compare.first = None;
            crate::tui::search_box::open_district_picker(app, Purpose::CompareFirst);
            app.message = Some("compare: pick the first district".into());
        }
    }
}

/// A district picked in the goto box for comparing.
pub fn picked(app: &mut App, purpose: Purpose, district: String) {
    match (purpose, app.compare.first.clone()) {
        (Purpose::CompareFirst, _) | (_, None) => {
            app.message = Some(format!("compare {district} with …"));
            app.compare.first = Some(district);
            crate::tui::search_box::open_district_picker(app, Purpose::CompareSecond);
        }
        (_, Some(first)) => {
            // Under a date filter: counts, money, projects and sources of the articles in range.
            let d = &app.data;
            let within = app.within();
            let a = profile(&d.corpus, &d.entities, &d.sources, &first, within);
            let b = profile(&d.corpus, &d.entities, &d.sources, &district, within);
            app.compare.profiles = Some(Box::new((a, b)));
            app.overlay = Overlay::Compare;
        }
    }
}

/// Keys in the comparison.
pub fn update(app: &mut App, action: Action) {
    match action {
        Action::Quit => app.quit = true,
        Action::Resize(w, h) => app.area = ratatui::layout::Rect::new(0, 0, w, h),
        Action::Back => app.overlay = Overlay::None,
        Action::Compare => {
            app.overlay = Overlay::None;
            open(app);
        }
        // Tab swaps the sides.
        Action::NextPane | Action::PrevPane => {
            if let Some(p) = app.compare.profiles.as_mut() {
                let (a, b) = &mut **p;
                std::mem::swap(a, b);
            }
        }
        _ => {}
    }
}

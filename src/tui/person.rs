//! The person page as one component: state, keys (`p` opens it) and what it acts on; drawing
//! is in `view::person`. It lists every quote of one person across articles in date order,
//! with every role they held (the core's `person_page`).

use crate::extract::sources::{person_page, PersonPage};
use crate::search::Target;
use crate::tui::app::{Action, App, Cursor, Overlay};
use crate::tui::data::MarkKind;
use crate::tui::layout::Pane;
use crate::tui::list::PaneList;

/// The open person page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PersonState {
    pub page: Option<PersonPage>,
    pub cursor: Cursor,
}

/// The source a quote came from.
fn source_of_quote(app: &App, q: usize) -> Option<usize> {
    app.data.sources.iter().position(|s| s.quotes.contains(&q))
}

/// The person of the selection: the selected source; the speaker of the selected quote (Items,
/// or picked in the reader); a name picked in the reader.
fn selected_person(app: &App) -> Option<usize> {
    let d = &app.data;
    match app.pane {
        Pane::Sources => app.sources.selected(&app.scope()),
        Pane::Items => source_of_quote(app, app.item_list.selected(&app.items())?.quote?),
        Pane::Reader => {
            let a = app.reader.article?;
            match app.reader.picked(d)? {
                MarkKind::Quote(q) => source_of_quote(app, q),
                MarkKind::Person(name) => {
                    let id = &d.corpus.articles[a].id;
                    let named = |s: &&crate::tui::data::Source| s.name.as_deref() == Some(&*name);
                    d.sources
                        .iter()
                        .position(|s| named(&s) && s.articles.contains(id))
                        .or_else(|| d.sources.iter().position(|s| named(&s)))
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// `p`: opens the page of the selected person.
pub fn open(app: &mut App) {
    let Some(s) = selected_person(app) else {
        app.message =
            Some("select a person (Sources), a quote, or a name in the reader (n/N) for their page".into());
        return;
    };
    let d = &app.data;
    app.person = PersonState {
        page: Some(person_page(&d.corpus, &d.entities, &d.sources, s)),
        cursor: Cursor::default(),
    };
    app.overlay = Overlay::Person;
}

/// The page's quotes within the date filter.
pub fn visible(app: &App) -> Vec<usize> {
    let Some(page) = &app.person.page else {
        return Vec::new();
    };
    page.quotes
        .iter()
        .copied()
        .filter(|&q| app.in_dates(&app.data.entities.quotes[q].article))
        .collect()
}

/// The quote selected on the page.
pub fn selected(app: &App) -> Option<usize> {
    visible(app).get(app.person.cursor.selected).copied()
}

/// Rows of the page's list on screen.
pub fn list_height(app: &App) -> usize {
    let area = crate::tui::view::overlay_area(app.area, 90, 85);
    crate::tui::view::person::list_rect(app, area).height as usize
}

/// Keys on the person page.
pub fn update(app: &mut App, action: Action) {
    let len = visible(app).len();
    let h = list_height(app).max(1);
    let step = |app: &mut App, d: isize| app.person.cursor.step(d, len, h);
    match action {
        Action::Quit => app.quit = true,
        Action::Resize(w, h) => app.area = ratatui::layout::Rect::new(0, 0, w, h),
        Action::Back | Action::Person => app.overlay = Overlay::None,
        Action::Up => step(app, -1),
        Action::Down => step(app, 1),
        Action::Top => step(app, -(isize::MAX / 2)),
        Action::Bottom => step(app, isize::MAX / 2),
        Action::HalfUp | Action::PageUp => step(app, -(h as isize)),
        Action::HalfDown | Action::PageDown => step(app, h as isize),
        Action::Star => crate::tui::marks::star(app),
        Action::Tag => crate::tui::marks::start_prompt(app, crate::tui::marks::PromptKind::Tags),
        Action::Note => crate::tui::marks::start_prompt(app, crate::tui::marks::PromptKind::Note),
        Action::Yank => app.yank_quote(selected(app)),
        Action::Open => {
            if let Some(q) = selected(app) {
                app.overlay = Overlay::None;
                app.emit(Action::GoTo(Target::Quote(q)));
            }
        }
        _ => {}
    }
}

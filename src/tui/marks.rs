//! Marks in the explorer, as one component: the book (the store and what it holds), the tag
//! and note prompt (`t`, `a`), starring (`s`), and the Marked view (`m`) with its own state and
//! keys. The app routes actions here; drawing is in `view::marked`.

use crate::marks::{self, parse_tags, Citation, Found, Key, Kind, Mark, Status, Store};
use crate::search::Target;
use crate::tui::app::{Action, App, Cursor, ItemRow, Overlay};
use crate::tui::data::MarkKind;
use crate::tui::layout::Pane;
use crate::tui::list::PaneList;
use std::collections::HashMap;

/// The marks of the data folder, as last read.
pub struct Book {
    store: Option<Store>,
    /// Every mark, oldest first.
    pub all: Vec<Mark>,
    by_key: HashMap<Key, usize>,
    /// Tags in use, most used first.
    pub tags: Vec<(String, usize)>,
}

impl Book {
    /// A book over a store (none: marks cannot be kept, and each attempt says why).
    pub fn new(store: Option<Store>) -> Book {
        let mut b = Book {
            store,
            all: Vec::new(),
            by_key: HashMap::new(),
            tags: Vec::new(),
        };
        // A store that cannot be read shows no marks; the first change reports the error.
        let _ = b.reload();
        b
    }

    /// Reads the marks again (another explorer may have changed them).
    pub fn reload(&mut self) -> Result<(), String> {
        let Some(s) = &self.store else {
            return Err("marks are not kept: no data folder".into());
        };
        self.all = s.all().map_err(|e| e.to_string())?;
        self.tags = s.tags().map_err(|e| e.to_string())?;
        self.by_key = self
            .all
            .iter()
            .enumerate()
            .map(|(i, m)| (m.key.clone(), i))
            .collect();
        Ok(())
    }

    /// The mark on a key.
    pub fn get(&self, key: &Key) -> Option<&Mark> {
        self.by_key.get(key).map(|&i| &self.all[i])
    }

    /// Where the marks are kept.
    pub fn path(&self) -> Option<&str> {
        self.store.as_ref().map(Store::path)
    }

    fn store(&mut self) -> Result<&mut Store, String> {
        self.store
            .as_mut()
            .ok_or_else(|| "marks are not kept: no data folder (set ZHAOSHANG_DATA_DIR)".to_owned())
    }
}

/// What the prompt edits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PromptKind {
    Tags,
    Note,
}

/// The one-line prompt for tags or a note.
#[derive(Clone, Debug, PartialEq)]
pub struct Prompt {
    pub kind: PromptKind,
    pub key: Key,
    pub citation: Citation,
    pub input: String,
    /// The tags when the prompt opened: what was removed is what is no longer typed.
    before: Vec<String>,
    /// The word being completed and which candidate Tab showed last.
    completing: Option<(String, usize)>,
}

impl Prompt {
    /// Used tags that complete the word being typed, most used first, those already typed left out.
    pub fn candidates(&self, used: &[(String, usize)]) -> Vec<String> {
        let word = self
            .completing
            .as_ref()
            .map_or_else(|| current_word(&self.input).to_owned(), |(w, _)| w.clone());
        let typed = parse_tags(&self.input);
        used.iter()
            .map(|(t, _)| t)
            .filter(|t| {
                t.starts_with(&word) && (!typed.contains(t) || current_word(&self.input) == t.as_str())
            })
            .cloned()
            .collect()
    }
}

/// The tag being typed: after the last separator.
fn current_word(s: &str) -> &str {
    s.rsplit(|c: char| c.is_whitespace() || matches!(c, ',' | '，' | '、' | '#' | ';' | '；'))
        .next()
        .unwrap_or("")
}

/// The Marked view's position and filters.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MarkedState {
    pub cursor: Cursor,
    /// Only marks of this kind.
    pub kind: Option<Kind>,
    /// Only marks with this tag.
    pub tag: Option<String>,
}

/// The mark on an item row (its quote, its project, else its article).
pub fn of_row<'a>(app: &'a App, row: &ItemRow) -> Option<&'a Mark> {
    if app.marks.all.is_empty() {
        return None;
    }
    let keys = &app.data.keys;
    let key = if let Some(q) = row.quote {
        keys.quote(&app.data.entities, q)?
    } else if let Some(p) = row.project {
        marks::Keys::project(&app.data.entities, p)
    } else {
        keys.article(row.article)
    };
    app.marks.get(&key)
}

/// The mark on a project.
pub fn of_project(app: &App, p: usize) -> Option<&Mark> {
    if app.marks.all.is_empty() {
        return None;
    }
    app.marks.get(&marks::Keys::project(&app.data.entities, p))
}

/// The mark on a source.
pub fn of_source(app: &App, s: usize) -> Option<&Mark> {
    if app.marks.all.is_empty() {
        return None;
    }
    app.marks.get(&marks::Keys::person(&app.data.sources, s))
}

/// The mark on an article.
pub fn of_article(app: &App, a: usize) -> Option<&Mark> {
    if app.marks.all.is_empty() {
        return None;
    }
    app.marks.get(&app.data.keys.article(a))
}

/// The mark on a highlighted entity of the reader, for its glyph.
pub fn of_entity<'a>(app: &'a App, article: usize, kind: &MarkKind) -> Option<&'a Mark> {
    if app.marks.all.is_empty() {
        return None;
    }
    let found = found_of_entity(app, article, kind)?;
    app.marks.get(&key_of(app, found)?)
}

/// The source a person named in article `a` is: the one quoted in it, else the first of that name.
fn person_in(app: &App, a: usize, name: &str) -> Option<usize> {
    let d = &app.data;
    let id = &d.corpus.articles.get(a)?.id;
    let named = |s: &&crate::tui::data::Source| s.name.as_deref() == Some(name);
    d.sources
        .iter()
        .position(|s| named(&s) && s.articles.contains(id))
        .or_else(|| d.sources.iter().position(|s| named(&s)))
}

fn found_of_entity(app: &App, article: usize, kind: &MarkKind) -> Option<Found> {
    Some(match kind {
        MarkKind::Quote(q) => Found::Quote(*q),
        MarkKind::Project(p) => Found::Project(*p),
        MarkKind::Person(name) => Found::Person(person_in(app, article, name)?),
        MarkKind::Region(_) => return None,
    })
}

/// The key of something found in the corpus.
pub fn key_of(app: &App, found: Found) -> Option<Key> {
    let d = &app.data;
    Some(match found {
        Found::Quote(q) => d.keys.quote(&d.entities, q)?,
        Found::Article(a) => d.keys.article(a),
        Found::Project(p) => marks::Keys::project(&d.entities, p),
        Found::Person(s) => marks::Keys::person(&d.sources, s),
    })
}

/// What `s`, `t` and `a` act on: the selected mark in the Marked view; the entity picked in
/// the reader (a region stands for its article), else its article; the selected quote, project
/// or article of Items; the selected project or person.
pub fn subject(app: &App) -> Option<(Key, Citation)> {
    let d = &app.data;
    if app.overlay == Overlay::Marked {
        let m = &app.marks.all[*visible(app).get(app.marked.cursor.selected)?];
        let cit = match d.keys.find(&m.key) {
            Some(f) => marks::citation(&d.corpus, &d.entities, &d.sources, &d.keys, f),
            None => m.citation.clone(),
        };
        return Some((m.key.clone(), cit));
    }
    if app.overlay == Overlay::Person {
        let q = crate::tui::person::selected(app)?;
        let cit = marks::citation(&d.corpus, &d.entities, &d.sources, &d.keys, Found::Quote(q));
        return Some((key_of(app, Found::Quote(q))?, cit));
    }
    let found = match app.pane {
        Pane::Reader => {
            let a = app.reader.article?;
            app.reader
                .picked(d)
                .and_then(|k| found_of_entity(app, a, &k))
                .unwrap_or(Found::Article(a))
        }
        Pane::Items => {
            let row = app.item_list.selected(&app.items()).cloned()?;
            match (row.quote, row.project) {
                (Some(q), _) => Found::Quote(q),
                (None, Some(p)) => Found::Project(p),
                _ => Found::Article(row.article),
            }
        }
        Pane::Projects => Found::Project(app.projects.selected(&app.scope())?),
        Pane::Sources => Found::Person(app.sources.selected(&app.scope())?),
        Pane::Regions => return None,
    };
    let cit = marks::citation(&d.corpus, &d.entities, &d.sources, &d.keys, found);
    Some((key_of(app, found)?, cit))
}

const NOTHING: &str = "select a quote, article, project or person to mark (a region cannot be)";

fn say(app: &mut App, r: Result<String, String>) {
    app.message = Some(match r {
        Ok(m) => m,
        Err(e) => format!("marks: {e}"),
    });
}

fn short(s: &str) -> String {
    crate::tui::app::truncate_chars(s, 24)
}

/// `s`: stars or unstars what is selected.
pub fn star(app: &mut App) {
    let Some((key, cit)) = subject(app) else {
        app.message = Some(NOTHING.into());
        return;
    };
    let r = app
        .marks
        .store()
        .and_then(|s| s.toggle_star(&key, &cit).map_err(|e| e.to_string()));
    let r = r.and_then(|on| {
        app.marks.reload()?;
        Ok(format!(
            "{} {} “{}”",
            if on { "★ starred" } else { "unstarred" },
            key.kind.as_str(),
            short(&cit.label)
        ))
    });
    say(app, r);
    clamp_marked(app);
}

/// `t` and `a`: opens the prompt for the selection's tags or note.
pub fn start_prompt(app: &mut App, kind: PromptKind) {
    let Some((key, citation)) = subject(app) else {
        app.message = Some(NOTHING.into());
        return;
    };
    let _ = app.marks.reload();
    let mark = app.marks.get(&key);
    let before = mark.map(|m| m.tags.clone()).unwrap_or_default();
    let input = match kind {
        PromptKind::Tags if before.is_empty() => String::new(),
        PromptKind::Tags => format!("{} ", before.join(" ")),
        PromptKind::Note => mark.map(|m| m.note.clone()).unwrap_or_default(),
    };
    app.prompt = Some(Prompt {
        kind,
        key,
        citation,
        input,
        before,
        completing: None,
    });
    app.prompt_return = app.overlay;
    app.overlay = Overlay::Prompt;
}

/// Keys while the prompt is open.
pub fn update_prompt(app: &mut App, action: Action) {
    let Some(p) = app.prompt.as_mut() else {
        app.overlay = Overlay::None;
        return;
    };
    match action {
        Action::Quit => app.quit = true,
        Action::Resize(w, h) => app.area = ratatui::layout::Rect::new(0, 0, w, h),
        Action::Back => close_prompt(app, None),
        Action::Input(c) => {
            p.completing = None;
            p.input.push(c);
        }
        Action::Backspace => {
            p.completing = None;
            p.input.pop();
        }
        Action::ClearInput => {
            p.completing = None;
            p.input.clear();
        }
        Action::Complete if p.kind == PromptKind::Tags => {
            let candidates = p.candidates(&app.marks.tags);
            if candidates.is_empty() {
                app.message = Some("no used tag starts so".into());
                return;
            }
            let (word, n) = match p.completing.take() {
                Some((w, i)) => (w, (i + 1) % candidates.len()),
                None => (current_word(&p.input).to_owned(), 0),
            };
            let typed = current_word(&p.input).len();
            p.input.truncate(p.input.len() - typed);
            p.input.push_str(&candidates[n]);
            p.completing = Some((word, n));
        }
        Action::Open => {
            let p = p.clone();
            let r = save(app, &p);
            close_prompt(app, Some(r));
        }
        _ => {}
    }
}

fn close_prompt(app: &mut App, result: Option<Result<String, String>>) {
    app.prompt = None;
    app.overlay = app.prompt_return;
    if let Some(r) = result {
        say(app, r);
    }
    clamp_marked(app);
}

fn save(app: &mut App, p: &Prompt) -> Result<String, String> {
    let store = app.marks.store()?;
    let msg = match p.kind {
        PromptKind::Tags => {
            let now = parse_tags(&p.input);
            let add: Vec<String> = now.iter().filter(|t| !p.before.contains(t)).cloned().collect();
            let remove: Vec<String> = p.before.iter().filter(|t| !now.contains(t)).cloned().collect();
            store
                .retag(&p.key, &p.citation, &add, &remove)
                .map_err(|e| e.to_string())?;
            if now.is_empty() {
                "tags removed".to_owned()
            } else {
                format!("tags: {}", now.join(" "))
            }
        }
        PromptKind::Note => {
            store
                .set_note(&p.key, &p.citation, &p.input)
                .map_err(|e| e.to_string())?;
            if p.input.trim().is_empty() {
                "note removed".to_owned()
            } else {
                "note saved".to_owned()
            }
        }
    };
    app.marks.reload()?;
    Ok(msg)
}

/// Marks the Marked view lists, under its filters (indices into the book).
pub fn visible(app: &App) -> Vec<usize> {
    let st = &app.marked;
    app.marks
        .all
        .iter()
        .enumerate()
        .filter(|(_, m)| st.kind.is_none_or(|k| m.key.kind == k))
        .filter(|(_, m)| st.tag.as_ref().is_none_or(|t| m.tags.contains(t)))
        .filter(|(_, m)| in_dates(app, m))
        .map(|(i, _)| i)
        .collect()
}

/// Whether a mark falls within the date filter: a quote or an article by its article's date, a
/// project or a person when an article in range names them (as the Projects and Sources panes
/// keep them); a mark no longer found by the date it was made with.
fn in_dates(app: &App, m: &Mark) -> bool {
    if app.dates.is_open() {
        return true;
    }
    let d = &app.data;
    match d.keys.find(&m.key) {
        Some(Found::Quote(q)) => app.in_dates(&d.entities.quotes[q].article),
        Some(Found::Article(a)) => app.in_dates(&d.corpus.articles[a].id),
        Some(Found::Project(p)) => d.entities.projects[p].articles.iter().any(|a| app.in_dates(a)),
        Some(Found::Person(s)) => d.sources[s]
            .quotes
            .iter()
            .any(|&q| app.in_dates(&d.entities.quotes[q].article)),
        None => app.dates.contains(m.citation.date.as_deref()),
    }
}

/// Whether a mark's subject is in the loaded corpus.
pub fn status(app: &App, m: &Mark) -> Status {
    app.data.keys.status(m)
}

/// `m`: opens the Marked view, read afresh.
pub fn open_marked(app: &mut App) {
    if let Err(e) = app.marks.reload() {
        app.message = Some(format!("marks: {e}"));
    }
    app.overlay = Overlay::Marked;
    clamp_marked(app);
}

/// Rows of the Marked view's list on screen.
pub fn list_height(app: &App) -> usize {
    let area = crate::tui::view::overlay_area(app.area, 90, 85);
    crate::tui::view::marked::list_rect(area).height as usize
}

fn clamp_marked(app: &mut App) {
    let len = visible(app).len();
    let h = list_height(app);
    app.marked.cursor.clamp(len, h);
}

/// Keys in the Marked view.
pub fn update_marked(app: &mut App, action: Action) {
    let len = visible(app).len();
    let h = list_height(app).max(1);
    let step = |app: &mut App, d: isize| app.marked.cursor.step(d, len, h);
    match action {
        Action::Quit => app.quit = true,
        Action::Resize(w, h) => {
            app.area = ratatui::layout::Rect::new(0, 0, w, h);
            clamp_marked(app);
        }
        Action::Back | Action::Marked => app.overlay = Overlay::None,
        Action::Up => step(app, -1),
        Action::Down => step(app, 1),
        Action::Top => step(app, -(isize::MAX / 2)),
        Action::Bottom => step(app, isize::MAX / 2),
        Action::HalfUp | Action::PageUp => step(app, -(h as isize)),
        Action::HalfDown | Action::PageDown => step(app, h as isize),
        Action::NextPane | Action::PrevPane => {
            // Tab: every kind, then each kind in turn.
            let order: Vec<Option<Kind>> = std::iter::once(None).chain(Kind::ALL.map(Some)).collect();
            let i = order.iter().position(|k| *k == app.marked.kind).unwrap_or(0);
            let n = order.len();
            let j = if action == Action::NextPane {
                (i + 1) % n
            } else {
                (i + n - 1) % n
            };
            app.marked.kind = order[j];
            app.marked.cursor = Cursor::default();
        }
        Action::TagFilter => {
            let tags: Vec<Option<String>> = std::iter::once(None)
                .chain(app.marks.tags.iter().map(|(t, _)| Some(t.clone())))
                .collect();
            let i = tags.iter().position(|t| *t == app.marked.tag).unwrap_or(0);
            app.marked.tag = tags[(i + 1) % tags.len()].clone();
            app.marked.cursor = Cursor::default();
        }
        Action::Star => star(app),
        Action::Tag => start_prompt(app, PromptKind::Tags),
        Action::Note => start_prompt(app, PromptKind::Note),
        Action::Open => open_selected(app),
        _ => {}
    }
}

/// Enter in the Marked view: shows the marked thing where it lives.
fn open_selected(app: &mut App) {
    let Some(&i) = visible(app).get(app.marked.cursor.selected) else {
        return;
    };
    let m = app.marks.all[i].clone();
    let d = app.data.clone();
    let target = match d.keys.find(&m.key) {
        Some(Found::Quote(q)) => Target::Quote(q),
        Some(Found::Article(a)) => Target::Article(d.corpus.articles[a].id.clone()),
        Some(Found::Project(p)) => Target::Project(p),
        Some(Found::Person(s)) => Target::Source(d.sources[s].label.clone()),
        None => {
            app.message = Some(match status(app, &m) {
                Status::Orphaned => {
                    "orphaned: its article no longer yields it (the extraction changed); kept as it was"
                        .into()
                }
                _ => "not in the files open now; kept as it was".into(),
            });
            return;
        }
    };
    app.overlay = Overlay::None;
    app.emit(Action::GoTo(target));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_being_typed_is_after_the_last_separator() {
        assert_eq!(current_word("承诺 数据"), "数据");
        assert_eq!(current_word("承诺，"), "");
        assert_eq!(current_word(""), "");
    }
}

//! The reader pane as one component: the open article, how far it is scrolled and which of
//! its entities is picked. Keys scroll it, `n`/`N` pick the next or previous entity (scrolling
//! it into view), Enter asks the app to show the picked one in its pane, Esc lets go of it,
//! then of the reader. The text is set in [`lines`]; drawing is in `view::reader`.

pub mod lines;

pub use lines::{entities, lines, provenance, Entity, Glyph, Lines};

use crate::corpus::model::ParagraphId;
use crate::tui::action::Action;
use crate::tui::data::{Data, MarkKind};
use crate::tui::layout::Pane;
use crate::tui::list::Cursor;

/// The reader's position.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReaderState {
    pub article: Option<usize>,
    pub scroll: usize,
    /// Index into the article's entities of the current one.
    pub entity: Option<usize>,
}

/// What the reader acts on besides its own state: the data, the open article as set on
/// screen, and the lines the pane shows.
pub struct Sheet<'a> {
    pub data: &'a Data,
    pub lines: Option<&'a Lines>,
    pub height: usize,
}

/// Lines of context shown above a paragraph or entity scrolled to.
const CONTEXT: usize = 2;

impl ReaderState {
    /// Opens `article`, scrolled to the entity or else the paragraph (a little context above);
    /// `lines` are the article's as set on screen.
    pub fn open(
        &mut self,
        article: usize,
        paragraph: Option<&ParagraphId>,
        entity: Option<usize>,
        lines: &Lines,
    ) {
        let line = match (entity, paragraph) {
            (Some(e), _) => lines.entity_line.get(e).copied(),
            (None, Some(p)) => lines
                .paragraph_line
                .iter()
                .find(|(id, _)| id == p)
                .map(|(_, l)| *l),
            _ => None,
        };
        *self = ReaderState {
            article: Some(article),
            scroll: line.map_or(0, |l| l.saturating_sub(CONTEXT)),
            entity,
        };
    }

    /// What the picked entity is.
    pub fn picked(&self, data: &Data) -> Option<MarkKind> {
        entities(data, self.article?)
            .get(self.entity?)
            .map(|e| e.mark.kind.clone())
    }

    /// Keys for the reader (`n`/`N` whatever has focus); what the app should do after.
    pub fn update(&mut self, action: &Action, sheet: &Sheet) -> Vec<Action> {
        if let Some(delta) = Cursor::delta(action, sheet.height) {
            self.scroll_by(delta, sheet.lines);
            return Vec::new();
        }
        match action {
            Action::NextEntity => self.cycle(true, sheet),
            Action::PrevEntity => self.cycle(false, sheet),
            Action::Open if self.article.is_some() && self.entity.is_some() => {
                self.picked(sheet.data).map(Action::Show).into_iter().collect()
            }
            Action::Open => vec![Action::Say("n/N picks an entity, Enter jumps to it".into())],
            Action::Back if self.entity.is_some() => {
                self.entity = None;
                Vec::new()
            }
            Action::Back => vec![Action::Focus(Pane::Items)],
            _ => Vec::new(),
        }
    }

    /// Scrolls by `delta` lines, within the article.
    pub fn scroll_by(&mut self, delta: isize, lines: Option<&Lines>) {
        let max = lines.map_or(0, |l| l.lines.len().saturating_sub(1));
        self.scroll = (self.scroll as isize + delta).clamp(0, max as isize) as usize;
    }

    /// Picks the next (or previous) entity, wrapping around; with none picked, the first on
    /// screen (or the last). Scrolls it into view when it is not.
    fn cycle(&mut self, forward: bool, sheet: &Sheet) -> Vec<Action> {
        let Some(a) = self.article else {
            return Vec::new();
        };
        let n = entities(sheet.data, a).len();
        if n == 0 {
            return vec![Action::Say("no entities in this article".into())];
        }
        let first_on_screen = || {
            sheet
                .lines
                .and_then(|l| l.entity_line.iter().position(|&x| x >= self.scroll))
        };
        let next = match self.entity {
            Some(e) if forward => (e + 1) % n,
            Some(e) => (e + n - 1) % n,
            None if forward => first_on_screen().unwrap_or(0),
            None => n - 1,
        };
        self.entity = Some(next);
        if let Some(lines) = sheet.lines {
            let line = lines.entity_line.get(next).copied().unwrap_or(0);
            let h = sheet.height.max(1);
            if line < self.scroll || line >= self.scroll + h {
                self.scroll = line.saturating_sub(CONTEXT);
            }
        }
        vec![Action::Focus(Pane::Reader)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::theme::Theme;

    fn set(d: &Data, a: usize) -> Lines {
        lines(d, &Theme::new(true), a, 50, None, &|_| None, "%Y-%m-%d")
    }

    /// The first article with a project among its entities.
    fn article_with_a_project(d: &Data) -> (usize, usize) {
        (0..d.corpus.articles.len())
            .find_map(|a| {
                let p = entities(d, a)
                    .iter()
                    .position(|e| matches!(e.mark.kind, MarkKind::Project(_)))?;
                Some((a, p))
            })
            .expect("a seed article names a project")
    }

    #[test]
    fn n_and_shift_n_cycle_the_entities_and_enter_shows_the_picked_one() {
        let d = Data::seeds();
        let (a, p) = article_with_a_project(&d);
        let lines = set(&d, a);
        let sheet = Sheet {
            data: &d,
            lines: Some(&lines),
            height: 10,
        };
        let mut r = ReaderState::default();
        r.open(a, None, None, &lines);
        assert_eq!((r.scroll, r.entity), (0, None));
        assert_eq!(r.update(&Action::Open, &sheet).len(), 1, "a hint, nothing picked");
        let n = entities(&d, a).len();
        assert_eq!(
            r.update(&Action::PrevEntity, &sheet),
            [Action::Focus(Pane::Reader)]
        );
        assert_eq!(r.entity, Some(n - 1), "N with none picked: the last");
        r.update(&Action::NextEntity, &sheet);
        assert_eq!(r.entity, Some(0), "wraps around");
        while r.entity != Some(p) {
            r.update(&Action::NextEntity, &sheet);
        }
        // The picked entity is on screen.
        let line = lines.entity_line[p];
        assert!(line >= r.scroll && line < r.scroll + 10);
        let kind = entities(&d, a)[p].mark.kind.clone();
        assert_eq!(r.update(&Action::Open, &sheet), [Action::Show(kind)]);
        // Esc lets go of the entity, then of the reader.
        assert!(r.update(&Action::Back, &sheet).is_empty());
        assert_eq!(r.entity, None);
        assert_eq!(r.update(&Action::Back, &sheet), [Action::Focus(Pane::Items)]);
    }

    #[test]
    fn scrolling_stays_within_the_article_and_opening_scrolls_to_a_paragraph() {
        let d = Data::seeds();
        let a = (0..d.corpus.articles.len())
            .max_by_key(|&a| set(&d, a).lines.len())
            .unwrap_or(0);
        let lines = set(&d, a);
        let sheet = Sheet {
            data: &d,
            lines: Some(&lines),
            height: 10,
        };
        let mut r = ReaderState::default();
        let (last_paragraph, at) = lines.paragraph_line.last().cloned().expect("paragraphs");
        r.open(a, Some(&last_paragraph), None, &lines);
        assert_eq!(r.scroll, at - 2, "two lines of context above");
        r.update(&Action::Bottom, &sheet);
        assert_eq!(r.scroll, lines.lines.len() - 1);
        r.update(&Action::PageUp, &sheet);
        assert_eq!(r.scroll, lines.lines.len() - 11);
        r.update(&Action::Top, &sheet);
        r.update(&Action::Up, &sheet);
        assert_eq!(r.scroll, 0);
        // No article: nothing to pick.
        let mut empty = ReaderState::default();
        assert!(empty.update(&Action::NextEntity, &sheet).is_empty());
    }
}

//! Jumps across panes, which only the app can make: a search target, an entity picked in the
//! reader or an item row shown where it lives — the list pane selecting it (all districts when
//! the filter hides it), the item list or the reader opening at it.

use crate::corpus::model::ParagraphId;
use crate::search::Target;
use crate::tui::app::{scope, App, Cursor, ItemRow};
use crate::tui::data::MarkKind;
use crate::tui::layout::{list_height, Pane};
use crate::tui::list::{PaneList, Scope};
use crate::tui::reader;

impl App {
    /// Shows a search target where it lives.
    pub fn go_to(&mut self, target: Target) {
        match target {
            Target::Region(n) => self.select_region(&n),
            Target::Project(p) => self.select_project(p),
            Target::Source(s) => {
                // Land on the source's first quote: selected in Items, open in the reader.
                self.select_source(&s);
                if let Some(row) = self.items().first().cloned() {
                    self.item_list.cursor = Cursor::default();
                    self.open_row(&row);
                    self.pane = Pane::Items;
                }
            }
            Target::Quote(q) => {
                let quote = self.data.entities.quotes[q].clone();
                if let Some(a) = self
                    .data
                    .corpus
                    .articles
                    .iter()
                    .position(|x| x.id == quote.article)
                {
                    let entity = reader::entities(&self.data, a)
                        .iter()
                        .position(|e| e.mark.kind == MarkKind::Quote(q));
                    self.open_article(a, Some(&quote.paragraph), entity);
                    self.pane = Pane::Reader;
                }
            }
            Target::Article(id) => {
                if let Some(a) = self.data.corpus.articles.iter().position(|x| x.id == id) {
                    self.open_article(a, None, None);
                    self.pane = Pane::Reader;
                }
            }
            Target::Paragraph(p) => {
                if let Some(a) = self.data.article_of(&p) {
                    self.open_article(a, Some(&p), None);
                    self.pane = Pane::Reader;
                }
            }
        }
    }

    /// Enter on an entity picked in the reader: show it in its pane.
    pub(crate) fn show(&mut self, kind: MarkKind) {
        self.push_history();
        match kind {
            MarkKind::Region(name) => self.select_region(&name),
            MarkKind::Project(p) => self.select_project(p),
            MarkKind::Person(name) => self.select_source(&name),
            MarkKind::Quote(q) => {
                // The quote among its source's items.
                let source = self.data.sources.iter().find(|s| s.quotes.contains(&q));
                let label = source.map(|s| s.label.clone()).unwrap_or_default();
                self.select_source(&label);
                let first_of_label = self.data.sources.iter().find(|s| s.label == label);
                if let Some(i) = first_of_label.and_then(|s| s.quotes.iter().position(|&x| x == q)) {
                    self.item_list.cursor.selected = i;
                }
                self.pane = Pane::Items;
            }
        }
    }

    /// Selects row `index` of list pane `pane` and focuses it (the items follow).
    fn select_in(&mut self, pane: Pane, index: Option<usize>) {
        let Some(i) = index else { return };
        let h = list_height(self.rects().of(pane));
        if let (Some(l), s) = self.list(pane) {
            l.select_row(i, &s, h);
        }
        self.last_list = pane;
        self.item_list.cursor = Cursor::default();
        self.pane = pane;
    }

    /// Shows all districts when the district filter hides what is to be shown.
    fn clear_filter_unless(&mut self, shown: bool) {
        if !shown {
            self.filter = None;
        }
    }

    fn select_region(&mut self, name: &str) {
        self.regions.unfold_for(&scope!(self), name);
        let shown = self.regions.row_of(&scope!(self), name).is_some();
        self.clear_filter_unless(shown);
        let i = self.regions.row_of(&scope!(self), name);
        self.select_in(Pane::Regions, i);
    }

    fn select_project(&mut self, p: usize) {
        let shown = self.projects.position(&scope!(self), p).is_some();
        self.clear_filter_unless(shown);
        let i = self.projects.position(&scope!(self), p);
        self.select_in(Pane::Projects, i);
    }

    fn select_source(&mut self, label: &str) {
        let shown = self.sources.row_of(&scope!(self), label).is_some();
        self.clear_filter_unless(shown);
        let i = self.sources.row_of(&scope!(self), label);
        self.select_in(Pane::Sources, i);
    }

    /// Opens an article in the reader, scrolled to a paragraph (a little context above it).
    pub fn open_article(&mut self, article: usize, paragraph: Option<&ParagraphId>, entity: Option<usize>) {
        let lines = self.lines_of(article, entity);
        self.reader.open(article, paragraph, entity, &lines);
    }

    /// Opens an item row in the reader, its quote (if any) as the current entity.
    pub(crate) fn open_row(&mut self, row: &ItemRow) {
        let entity = row.quote.and_then(|q| {
            reader::entities(&self.data, row.article)
                .iter()
                .position(|e| e.mark.kind == MarkKind::Quote(q))
        });
        self.open_article(row.article, row.paragraph.as_ref(), entity);
    }

    pub(crate) fn open_first_article(&mut self) {
        if let Some(row) = self.items().iter().find(|r| r.badge == "文").cloned() {
            self.open_article(row.article, None, None);
        } else if !self.data.corpus.articles.is_empty() {
            self.open_article(0, None, None);
        }
    }
}

//! The item list (the Items pane) as one component: what belongs to the selection of the last
//! list pane used — a region's articles (about it, then those only naming it), quotes and
//! projects; a project's paragraphs; a source's quotes — within the district and date
//! filters, remembered until the selection or a filter changes; its cursor, and Enter opening
//! a row in the reader. Drawing is in `view::lists`.

use crate::corpus::model::{DateRange, ParagraphId};
use crate::search::Target;
use crate::tui::action::Action;
use crate::tui::app::{format_date, yuan};
use crate::tui::data::Data;
use crate::tui::layout::Pane;
use crate::tui::list::{Cursor, Scope};
use std::cell::RefCell;
use std::rc::Rc;

/// A row of the item list: what belongs to the selected region, project or source.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemRow {
    pub badge: &'static str,
    pub label: String,
    pub context: String,
    pub article: usize,
    pub paragraph: Option<ParagraphId>,
    pub quote: Option<usize>,
    /// The project a 项 row stands for.
    pub project: Option<usize>,
}

/// What the list panes' selections were when the rows were made: the last list used, the
/// three cursors, the district, the "also mentioned" node, the dates.
pub(crate) type ItemsKey = (Pane, usize, usize, usize, Option<String>, bool, DateRange);

/// What the item list shows the items of.
#[derive(Clone, Debug, PartialEq)]
pub enum Selection {
    /// Nothing selected (an empty list, the "also mentioned" node).
    None,
    Region(String),
    Project(usize),
    Source(usize),
}

/// The Items pane: its cursor and the rows last made.
#[derive(Debug, Default)]
pub struct ItemsPane {
    pub cursor: Cursor,
    memo: RefCell<Option<(ItemsKey, Rc<Vec<ItemRow>>)>>,
}

impl ItemsPane {
    /// The rows for `key`, made by `make` unless they were made for it last (the list is long
    /// in a large corpus and is wanted on every frame).
    pub(crate) fn rows(&self, key: ItemsKey, make: impl FnOnce() -> Vec<ItemRow>) -> Rc<Vec<ItemRow>> {
        if let Some((k, rows)) = self.memo.borrow().as_ref() {
            if *k == key {
                return rows.clone();
            }
        }
        let rows = Rc::new(make());
        *self.memo.borrow_mut() = Some((key, rows.clone()));
        rows
    }

    /// Keys while focused on `rows`, `height` of them on screen; `follows` is the list pane
    /// whose selection they belong to.
    pub fn update(
        &mut self,
        action: &Action,
        data: &Data,
        rows: &[ItemRow],
        height: usize,
        follows: Pane,
    ) -> Vec<Action> {
        if let Some(delta) = Cursor::delta(action, height) {
            self.cursor.step(delta, rows.len(), height);
            return Vec::new();
        }
        match action {
            Action::Open => rows
                .get(self.cursor.selected)
                .map(|r| Action::GoTo(target(data, r)))
                .into_iter()
                .collect(),
            Action::Back => vec![Action::Focus(follows)],
            _ => Vec::new(),
        }
    }

    /// The selected row.
    pub fn selected<'a>(&self, rows: &'a [ItemRow]) -> Option<&'a ItemRow> {
        rows.get(self.cursor.selected)
    }
}

/// Where a row opens: its quote, the paragraph it names, else its article.
pub fn target(data: &Data, row: &ItemRow) -> Target {
    match (row.quote, &row.paragraph) {
        (Some(q), _) => Target::Quote(q),
        (None, Some(p)) => Target::Paragraph(p.clone()),
        (None, None) => Target::Article(data.corpus.articles[row.article].id.clone()),
    }
}

/// The items of a selection within the scope's dates.
pub fn rows_of(s: &Scope, selection: &Selection, date_format: &str) -> Vec<ItemRow> {
    match selection {
        Selection::None => Vec::new(),
        &Selection::Project(p) => project_rows(s, p),
        &Selection::Source(source) => s.data.sources[source]
            .quotes
            .iter()
            .filter(|&&q| s.in_dates(&s.data.entities.quotes[q].article))
            .map(|&q| quote_row(s.data, q))
            .collect(),
        Selection::Region(name) => region_rows(s, name, date_format),
    }
}

/// A quote: its words, who said it and where.
fn quote_row(d: &Data, q: usize) -> ItemRow {
    let quote = &d.entities.quotes[q];
    let who = quote
        .speaker
        .clone()
        .or_else(|| quote.role.clone())
        .unwrap_or_default();
    ItemRow {
        badge: "引",
        label: quote.text.clone(),
        context: format!("{who} · {}", quote.region.clone().unwrap_or_default()),
        article: d
            .corpus
            .articles
            .iter()
            .position(|a| a.id == quote.article)
            .unwrap_or(0),
        paragraph: Some(quote.paragraph.clone()),
        quote: Some(q),
        project: None,
    }
}

/// A project's paragraphs, with their articles' titles.
fn project_rows(s: &Scope, p: usize) -> Vec<ItemRow> {
    let d = s.data;
    let mut rows = Vec::new();
    for m in &d.entities.projects[p].mentions {
        let Some(a) = d
            .article_of(&m.paragraph)
            .filter(|&a| s.in_dates(&d.corpus.articles[a].id))
        else {
            continue;
        };
        let text = d.corpus.articles[a]
            .paragraphs()
            .find(|x| x.id == m.paragraph)
            .map(|x| x.text.to_string())
            .unwrap_or_default();
        rows.push(ItemRow {
            badge: "段",
            label: text,
            context: d.corpus.articles[a].display_title().to_owned(),
            article: a,
            paragraph: Some(m.paragraph.clone()),
            quote: None,
            project: None,
        });
    }
    rows
}

/// An article: its title, date and what it is about.
fn article_row(
    d: &Data,
    i: usize,
    badge: &'static str,
    paragraph: Option<ParagraphId>,
    date_format: &str,
) -> ItemRow {
    let a = &d.corpus.articles[i];
    ItemRow {
        badge,
        label: a.display_title().to_owned(),
        context: [a.date.as_deref().map(|x| format_date(x, date_format)), d.focus(a)]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · "),
        article: i,
        paragraph,
        quote: None,
        project: None,
    }
}

/// A region's articles (about it, then those only naming it, each newest first), its quotes
/// and its projects.
fn region_rows(s: &Scope, name: &str, date_format: &str) -> Vec<ItemRow> {
    let d = s.data;
    let e = &d.entities;
    let mut rows = Vec::new();
    // Articles newest first, undated ones after (in corpus order).
    let by_date = |v: &mut Vec<usize>| {
        v.sort_by_key(|&i| {
            let date = d.corpus.articles[i].date.as_deref();
            (date.is_none(), std::cmp::Reverse(date.map(str::to_owned)))
        })
    };
    let in_range = |i: &usize| s.in_dates(&d.corpus.articles[*i].id);
    let mut about: Vec<usize> = (0..d.corpus.articles.len())
        .filter(in_range)
        .filter(|&i| d.focus(&d.corpus.articles[i]).is_some_and(|f| d.within(&f, name)))
        .collect();
    by_date(&mut about);
    rows.extend(about.iter().map(|&i| article_row(d, i, "文", None, date_format)));
    // Then the articles that only name it (北京市 in a Changchun report), opened at the first
    // mention.
    let mut named: Vec<(usize, ParagraphId)> = (0..d.corpus.articles.len())
        .filter(in_range)
        .filter(|i| !about.contains(i))
        .filter_map(|i| d.first_mention_within(i, name).map(|p| (i, p)))
        .collect();
    let mut order: Vec<usize> = named.iter().map(|(i, _)| *i).collect();
    by_date(&mut order);
    named.sort_by_key(|(i, _)| order.iter().position(|x| x == i));
    rows.extend(
        named
            .into_iter()
            .map(|(i, p)| article_row(d, i, "提", Some(p), date_format)),
    );
    for (q, quote) in e.quotes.iter().enumerate() {
        if s.in_dates(&quote.article) && quote.region.as_deref().is_some_and(|r| d.within(r, name)) {
            rows.push(quote_row(d, q));
        }
    }
    for (pi, p) in e.projects.iter().enumerate() {
        if !s.dates.is_open() && !p.articles.iter().any(|a| s.in_dates(a)) {
            continue;
        }
        if !p.region.as_deref().is_some_and(|r| d.within(r, name)) {
            continue;
        }
        if let Some(m) = p.mentions.first() {
            rows.push(ItemRow {
                badge: "项",
                label: p.name.clone(),
                context: p
                    .investment
                    .as_ref()
                    .map(|m| format!("总投资 {}", yuan(m.value)))
                    .unwrap_or_default(),
                article: d.article_of(&m.paragraph).unwrap_or(0),
                paragraph: Some(m.paragraph.clone()),
                quote: None,
                project: Some(pi),
            });
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::model::Within;

    #[test]
    fn a_sources_quotes_open_at_the_quote_and_esc_returns_to_the_list() {
        let d = Data::seeds();
        let (dates, within) = (DateRange::default(), Within::all());
        let s = Scope {
            data: &d,
            filter: None,
            dates: &dates,
            within: &within,
        };
        let source = (0..d.sources.len())
            .max_by_key(|&i| d.sources[i].quotes.len())
            .expect("the seeds quote someone");
        let rows = rows_of(&s, &Selection::Source(source), "%Y-%m-%d");
        assert!(rows.len() >= 2 && rows.iter().all(|r| r.badge == "引"));
        let mut pane = ItemsPane::default();
        assert!(pane.update(&Action::Down, &d, &rows, 5, Pane::Sources).is_empty());
        let q = rows[1].quote.expect("a quote row");
        assert_eq!(
            pane.update(&Action::Open, &d, &rows, 5, Pane::Sources),
            [Action::GoTo(Target::Quote(q))]
        );
        assert_eq!(
            pane.update(&Action::Back, &d, &rows, 5, Pane::Sources),
            [Action::Focus(Pane::Sources)]
        );
        // The rows are made once for a key.
        let key: ItemsKey = (Pane::Sources, 0, 0, source, None, false, DateRange::default());
        let first = pane.rows(key.clone(), || rows.clone());
        let again = pane.rows(key, || panic!("made again"));
        assert!(Rc::ptr_eq(&first, &again));
        assert!(rows_of(&s, &Selection::None, "%Y-%m-%d").is_empty());
    }
}

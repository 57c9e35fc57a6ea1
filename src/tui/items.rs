//! The item list (the Items pane) as one component: what belongs to the selection of the last
//! list pane used — a region's articles (about it, then those only naming it), quotes and
//! projects; a project's paragraphs; a source's quotes — within the district and date
//! filters, remembered until the selection or a filter changes. Drawing is in `view::lists`.

use crate::corpus::model::{DateRange, ParagraphId};
use crate::tui::app::{format_date, yuan, App};
use crate::tui::layout::Pane;
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

pub(crate) type ItemsKey = (Pane, usize, usize, usize, Option<String>, bool, DateRange);

impl App {
    /// What the item list shows for the selection of the last list pane used; remembered
    /// until the selection or the filter changes (the list is long in a large corpus and is
    /// wanted on every frame).
    pub fn items(&self) -> Rc<Vec<ItemRow>> {
        let key = (
            self.last_list,
            self.cursors[0].selected,
            self.cursors[1].selected,
            self.cursors[2].selected,
            self.filter.clone(),
            self.mentioned_open,
            self.dates.clone(),
        );
        if let Some((k, rows)) = self.items_memo.borrow().as_ref() {
            if *k == key {
                return rows.clone();
            }
        }
        let rows = Rc::new(self.compute_items());
        *self.items_memo.borrow_mut() = Some((key, rows.clone()));
        rows
    }

    fn compute_items(&self) -> Vec<ItemRow> {
        let d = &self.data;
        let e = &d.entities;
        let mut rows = Vec::new();
        let quote_row = |q: usize| {
            let quote = &e.quotes[q];
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
        };
        match self.source_pane() {
            Pane::Projects => {
                if let Some(&p) = self.visible_projects().get(self.cursors[1].selected) {
                    for m in &e.projects[p].mentions {
                        let Some(a) = d
                            .article_of(&m.paragraph)
                            .filter(|&a| self.in_dates(&d.corpus.articles[a].id))
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
                }
            }
            Pane::Sources => {
                if let Some(&s) = self.visible_sources().get(self.cursors[2].selected) {
                    rows.extend(
                        d.sources[s]
                            .quotes
                            .iter()
                            .filter(|&&q| self.in_dates(&e.quotes[q].article))
                            .map(|&q| quote_row(q)),
                    );
                }
            }
            _ => {
                if let Some(&r) = self
                    .visible_regions()
                    .get(self.cursors[0].selected)
                    .filter(|&&r| d.tree[r].region.is_some())
                {
                    let name = self.region_name(r);
                    let article_row = |i: usize, badge, paragraph| {
                        let a = &d.corpus.articles[i];
                        ItemRow {
                            badge,
                            label: a.display_title().to_owned(),
                            context: [
                                a.date.as_deref().map(|x| format_date(x, &self.date_format)),
                                d.focus(a),
                            ]
                            .into_iter()
                            .flatten()
                            .collect::<Vec<_>>()
                            .join(" · "),
                            article: i,
                            paragraph,
                            quote: None,
                            project: None,
                        }
                    };
                    // Articles newest first, undated ones after (in corpus order).
                    let by_date = |v: &mut Vec<usize>| {
                        v.sort_by_key(|&i| {
                            let date = d.corpus.articles[i].date.as_deref();
                            (date.is_none(), std::cmp::Reverse(date.map(str::to_owned)))
                        })
                    };
                    let in_range = |i: &usize| self.in_dates(&d.corpus.articles[*i].id);
                    let mut about: Vec<usize> = (0..d.corpus.articles.len())
                        .filter(in_range)
                        .filter(|&i| {
                            d.focus(&d.corpus.articles[i])
                                .is_some_and(|f| d.within(&f, &name))
                        })
                        .collect();
                    by_date(&mut about);
                    rows.extend(about.iter().map(|&i| article_row(i, "文", None)));
                    // Then the articles that only name it (北京市 in a Changchun report), opened
                    // at the first mention.
                    let mut named: Vec<(usize, ParagraphId)> = (0..d.corpus.articles.len())
                        .filter(in_range)
                        .filter(|i| !about.contains(i))
                        .filter_map(|i| d.first_mention_within(i, &name).map(|p| (i, p)))
                        .collect();
                    let mut order: Vec<usize> = named.iter().map(|(i, _)| *i).collect();
                    by_date(&mut order);
                    named.sort_by_key(|(i, _)| order.iter().position(|x| x == i));
                    rows.extend(named.into_iter().map(|(i, p)| article_row(i, "提", Some(p))));
                    for (q, quote) in e.quotes.iter().enumerate() {
                        if !self.in_dates(&quote.article) {
                            continue;
                        }
                        if quote.region.as_deref().is_some_and(|r| d.within(r, &name)) {
                            rows.push(quote_row(q));
                        }
                    }
                    for (pi, p) in e.projects.iter().enumerate() {
                        if !self.dates.is_open() && !p.articles.iter().any(|a| self.in_dates(a)) {
                            continue;
                        }
                        if p.region.as_deref().is_some_and(|r| d.within(r, &name)) {
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
                    }
                }
            }
        }
        rows
    }
}

//! What the explorer shows, derived once from the corpus and its entities: the region tree
//! with counts, the districts, the sources, and the marks to highlight in each paragraph.

use crate::corpus::model::{Article, ArticleId, Corpus, ParagraphId};
use crate::extract::Entities;
use crate::search::Index;
use compact_str::CompactString;
use std::collections::HashMap;

pub use crate::extract::model::RegionCounts as Counts;

pub use crate::extract::districts::{tree_and_districts, TreeRow};
pub use crate::extract::sources::Source;

/// What a highlighted stretch of a paragraph is. (Names are held inline: a year of
/// newspapers has hundreds of thousands of marks.)
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MarkKind {
    Quote(usize),
    Region(CompactString),
    Project(usize),
    Person(CompactString),
}

/// A highlighted stretch of a paragraph, in characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    /// The paragraph's position in its article (reading order).
    pub paragraph: u32,
    pub start: usize,
    pub end: usize,
    pub kind: MarkKind,
}

/// The explorer's data.
pub struct Data {
    pub corpus: Corpus,
    pub entities: Entities,
    pub index: Index,
    pub tree: Vec<TreeRow>,
    pub counts: Vec<Counts>,
    /// The districts users compare, in the order the Regions pane shows them: what `]`, `[`,
    /// `1`–`9` step through and the dashboard's rows (see [`tree_and_districts`]).
    pub compared: Vec<String>,
    /// The other divisions articles are about, not compared (长春市, whose districts are):
    /// the dashboard shows them apart; `g` may filter by them.
    pub others: Vec<String>,
    pub sources: Vec<Source>,
    /// What marks are keyed by: each article's content hash, and every quote, article,
    /// project and person by key.
    pub keys: crate::marks::Keys,
    /// Per article, its marks sorted by paragraph and start, each slice at its exact size.
    marks: Vec<Box<[Mark]>>,
    /// Article id → position in the corpus.
    article_index: HashMap<std::sync::Arc<str>, usize>,
}

impl Data {
    /// The bundled seeds with their entities, for the components' own tests.
    #[cfg(test)]
    pub fn seeds() -> Data {
        let c = crate::corpus::load(&[]).unwrap_or_default();
        let e = crate::extract::extract(&c);
        Data::new(c, e)
    }

    /// Derives everything the panes need.
    pub fn new(corpus: Corpus, entities: Entities) -> Data {
        let index = Index::build(&corpus, &entities);
        let regions = &entities.regions;
        let by_name: HashMap<&str, usize> = regions
            .iter()
            .enumerate()
            .map(|(i, r)| (r.name.as_str(), i))
            .collect();
        let parent = |i: usize| regions[i].parent.as_deref().and_then(|p| by_name.get(p).copied());

        let counts = entities.region_counts();
        let (tree, compared) = tree_and_districts(regions, &counts, &parent);
        let others = crate::extract::districts::others(&corpus, &entities, &compared);

        let sources = crate::extract::sources::sources(&entities);
        let marks = marks(&corpus, &entities);
        let keys = crate::marks::Keys::new(&corpus, &entities, &sources);
        let article_index = corpus
            .articles
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.0.clone(), i))
            .collect();
        Data {
            corpus,
            entities,
            index,
            tree,
            counts,
            compared,
            others,
            sources,
            keys,
            marks,
            article_index,
        }
    }

    /// Highlights of paragraph `n` (in reading order) of an article, sorted, not overlapping
    /// (quotes win over what they contain).
    pub fn marks(&self, article: usize, n: usize) -> &[Mark] {
        let all = self.marks.get(article).map_or(&[][..], |m| &m[..]);
        let n = n as u32;
        let from = all.partition_point(|m| m.paragraph < n);
        let to = all.partition_point(|m| m.paragraph <= n);
        &all[from..to]
    }

    /// The region index by name.
    pub fn region(&self, name: &str) -> Option<usize> {
        self.entities.regions.iter().position(|r| r.name == name)
    }

    /// True when region `name` is `ancestor` or lies under it.
    pub fn within(&self, name: &str, ancestor: &str) -> bool {
        self.entities.within(name, ancestor)
    }

    /// The article a paragraph belongs to.
    pub fn article_of(&self, p: &ParagraphId) -> Option<usize> {
        let id = p.0.rsplit_once('/').map(|(a, _)| a)?;
        self.article_index.get(id).copied()
    }

    /// The publication date (`YYYY-MM-DD`) of an article, by id.
    pub fn article_date(&self, id: &ArticleId) -> Option<&str> {
        let &i = self.article_index.get(&id.0)?;
        self.corpus.articles[i].date.as_deref()
    }

    /// The position of an article in the corpus, by id.
    pub fn article_position(&self, id: &ArticleId) -> Option<usize> {
        self.article_index.get(&id.0).copied()
    }

    /// The paragraph where article `a` first names region `name` or a place under it.
    pub fn first_mention_within(&self, a: usize, name: &str) -> Option<ParagraphId> {
        let id = &self.corpus.articles.get(a)?.id;
        let ar = match self.entities.by_article.0.get(id) {
            Some(&i) => self.entities.article_regions.get(i),
            None => self
                .entities
                .article_regions
                .iter()
                .find(|r| r.article.as_ref() == Some(id)),
        }?;
        if !ar.regions.iter().any(|r| self.within(r, name)) {
            return None;
        }
        ar.mentions
            .iter()
            .find(|m| {
                self.entities
                    .regions
                    .iter()
                    .find(|r| r.full_name == m.region || r.name == m.region)
                    .is_some_and(|r| self.within(&r.name, name))
            })
            .map(|m| m.span.paragraph.clone())
    }

    /// An article's focus region.
    pub fn focus(&self, a: &Article) -> Option<String> {
        self.entities.article_regions(&a.id).0
    }
}

fn marks(corpus: &Corpus, e: &Entities) -> Vec<Box<[Mark]>> {
    // Paragraph id → (article, position): spans name paragraphs by id.
    let mut place: HashMap<&str, (usize, u32)> = HashMap::new();
    for (ai, a) in corpus.articles.iter().enumerate() {
        for (n, p) in a.paragraphs().enumerate() {
            place.insert(&p.id.0, (ai, n as u32));
        }
    }
    let mut all: Vec<Vec<Mark>> = vec![Vec::new(); corpus.articles.len()];
    let mut add = |p: &ParagraphId, start: usize, end: usize, kind: MarkKind| {
        if let Some(&(a, paragraph)) = place.get(&*p.0) {
            all[a].push(Mark {
                paragraph,
                start,
                end,
                kind,
            });
        }
    };
    for (i, q) in e.quotes.iter().enumerate() {
        add(&q.span.paragraph, q.span.start, q.span.end, MarkKind::Quote(i));
    }
    for ar in &e.article_regions {
        for m in &ar.mentions {
            let kind = MarkKind::Region(m.region.clone());
            add(&m.span.paragraph, m.span.start, m.span.end, kind);
        }
    }
    for (i, p) in e.projects.iter().enumerate() {
        for s in &p.mentions {
            add(&s.paragraph, s.start, s.end, MarkKind::Project(i));
        }
    }
    // People where their names stand (the core finds them; the UI only highlights).
    for (span, name) in crate::extract::sources::person_mentions(corpus, e) {
        add(
            &span.paragraph,
            span.start,
            span.end,
            MarkKind::Person(name.into()),
        );
    }
    all.into_iter()
        .map(|mut v| {
            // Longer first at the same start; then drop what overlaps an earlier mark.
            v.sort_by_key(|m| (m.paragraph, m.start, std::cmp::Reverse(m.end)));
            let mut last: Option<(u32, usize)> = None;
            v.retain(|m| {
                let clear = last.is_none_or(|(p, end)| p != m.paragraph || m.start >= end);
                if clear {
                    last = Some((m.paragraph, m.end));
                }
                clear
            });
            v.into_boxed_slice()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::model::Level;

    #[test]
    fn the_tree_opens_on_what_the_corpus_is_about() {
        let c = crate::corpus::load(&[]).unwrap();
        let e = crate::extract::extract(&c);
        let d = Data::new(c, e);
        let name = |t: &TreeRow| t.region.map(|r| d.entities.regions[r].name.as_str());
        assert_eq!(name(&d.tree[0]), Some("吉林省"));
        assert_eq!(name(&d.tree[1]), Some("长春市"));
        // Places only named in passing sit under the one "also mentioned" node, after it.
        let node = d.tree.iter().position(|t| t.region.is_none()).unwrap();
        assert!(d.tree[..node].iter().all(|t| !t.mentioned_only));
        assert!(d.tree[node + 1..].iter().all(|t| t.mentioned_only));
        let beijing = d.tree.iter().position(|t| name(t) == Some("北京市")).unwrap();
        assert!(beijing > node);
        assert_eq!(d.counts[d.tree[beijing].region.unwrap()].about, 0);
        // Siblings with articles come by count, most first.
        let cc = d.tree[1].region.unwrap();
        let kids: Vec<usize> = d
            .tree
            .iter()
            .filter(|t| {
                t.depth == 2
                    && t.region
                        .is_some_and(|r| d.entities.regions[r].parent.as_deref() == Some("长春市"))
            })
            .map(|t| d.counts[t.region.unwrap()].about)
            .collect();
        assert!(kids.windows(2).all(|w| w[0] >= w[1]), "{kids:?}");
        assert!(d.counts[cc].about >= kids[0]);
        // Districts follow the tree: the first is the first county-level row with articles.
        let first_county = d
            .tree
            .iter()
            .filter_map(|t| t.region)
            .find(|&r| d.entities.regions[r].level == Level::County && d.counts[r].about > 0)
            .unwrap();
        assert_eq!(d.compared[0], d.entities.regions[first_county].name);
    }

    #[test]
    fn tree_counts_and_districts() {
        let c = crate::corpus::load(&[]).unwrap();
        let e = crate::extract::extract(&c);
        let d = Data::new(c, e);
        let names: Vec<&str> = d
            .tree
            .iter()
            .map(|r| r.region.map_or("", |i| d.entities.regions[i].name.as_str()))
            .collect();
        let jilin = names.iter().position(|n| *n == "吉林省").unwrap();
        let changchun = names.iter().position(|n| *n == "长春市").unwrap();
        assert!(jilin < changchun);
        assert_eq!(d.tree[changchun].depth, d.tree[jilin].depth + 1);
        let cc = d.region("长春市").unwrap();
        assert!(d.counts[cc].about >= 7, "{:?}", d.counts[cc]);
        assert!(d.counts[cc].mentioning >= d.counts[cc].about);
        assert!(d.compared.contains(&"朝阳区".to_owned()) && d.compared.contains(&"四平市".to_owned()));
        // 长春市 holds districts with articles of their own: it is not one to compare.
        assert!(!d.compared.contains(&"长春市".to_owned()), "{:?}", d.compared);
        assert!(d.sources.iter().any(|s| s.label == "周凯" && s.quotes.len() == 2));
        assert!(d.within("朝阳区", "吉林省"));
    }
}

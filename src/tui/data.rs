//! What the explorer shows, derived once from the corpus and its entities: the region tree
//! with counts, the districts, the sources, and the marks to highlight in each paragraph.

use crate::corpus::model::{Article, ArticleId, Corpus, ParagraphId};
use crate::extract::Entities;
use crate::search::Index;
use compact_str::CompactString;
use std::collections::HashMap;

/// Counts of what belongs to a region (its own and its subregions').
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub articles: usize,
    pub quotes: usize,
    pub projects: usize,
}

/// A row of the region tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TreeRow {
    pub region: usize,
    pub depth: usize,
}

/// A person or an anonymous source, with the quotes they gave.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    /// The name, or the role of an anonymous source.
    pub label: String,
    pub named: bool,
    pub role: String,
    pub organization: String,
    pub quotes: Vec<usize>,
}

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
    /// Focus regions of articles, in code order: what `]`, `[` and `1`–`9` step through.
    pub districts: Vec<String>,
    pub sources: Vec<Source>,
    /// Per article, its marks sorted by paragraph and start, each slice at its exact size.
    marks: Vec<Box<[Mark]>>,
    /// Article id → position in the corpus.
    article_index: HashMap<std::sync::Arc<str>, usize>,
}

impl Data {
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

        // Tree: roots in code order, children under their parent.
        let mut children: Vec<Vec<usize>> = vec![Vec::new(); regions.len()];
        let mut roots = Vec::new();
        for i in 0..regions.len() {
            match parent(i) {
                Some(p) => children[p].push(i),
                None => roots.push(i),
            }
        }
        let key = |&i: &usize| (regions[i].code.clone(), regions[i].level, regions[i].name.clone());
        roots.sort_by_key(key);
        for c in &mut children {
            c.sort_by_key(key);
        }
        let mut tree = Vec::new();
        let mut stack: Vec<(usize, usize)> = roots.iter().rev().map(|&r| (r, 0)).collect();
        while let Some((r, d)) = stack.pop() {
            tree.push(TreeRow { region: r, depth: d });
            stack.extend(children[r].iter().rev().map(|&c| (c, d + 1)));
        }

        // Counts, each item counted for its region and every ancestor.
        let mut counts = vec![Counts::default(); regions.len()];
        let mut bump = |name: Option<&str>, f: &dyn Fn(&mut Counts)| {
            let mut cur = name.and_then(|n| by_name.get(n).copied());
            while let Some(i) = cur {
                f(&mut counts[i]);
                cur = parent(i);
            }
        };
        for a in &corpus.articles {
            bump(entities.article_regions(&a.id).0.as_deref(), &|c| c.articles += 1);
        }
        for q in &entities.quotes {
            bump(q.region.as_deref(), &|c| c.quotes += 1);
        }
        for p in &entities.projects {
            bump(p.region.as_deref(), &|c| c.projects += 1);
        }

        let mut districts: Vec<String> = Vec::new();
        for a in &corpus.articles {
            if let Some(r) = entities.article_regions(&a.id).0 {
                if !districts.contains(&r) {
                    districts.push(r);
                }
            }
        }
        districts.sort_by_key(|d| {
            by_name
                .get(d.as_str())
                .map(|&i| (regions[i].code.clone(), regions[i].level))
        });

        let sources = sources(&entities);
        let marks = marks(&corpus, &entities);
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
            districts,
            sources,
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

    /// An article's focus region.
    pub fn focus(&self, a: &Article) -> Option<String> {
        self.entities.article_regions(&a.id).0
    }
}

fn sources(e: &Entities) -> Vec<Source> {
    let mut out: Vec<Source> = Vec::new();
    for (i, q) in e.quotes.iter().enumerate() {
        let label = match (&q.speaker, &q.role) {
            (Some(n), _) => n.clone(),
            (None, Some(r)) => r.clone(),
            (None, None) => continue,
        };
        match out.iter_mut().find(|s| s.label == label) {
            Some(s) => s.quotes.push(i),
            None => out.push(Source {
                label,
                named: q.speaker.is_some(),
                role: q.role.clone().unwrap_or_default(),
                organization: q.organization.clone().unwrap_or_default(),
                quotes: vec![i],
            }),
        }
    }
    out
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
    // People where their names stand in the paragraphs of the articles that quote them.
    let mut quoted: HashMap<&ArticleId, Vec<&str>> = HashMap::new();
    for p in &e.people {
        for a in &p.articles {
            quoted.entry(a).or_default().push(p.name.as_str());
        }
    }
    for a in &corpus.articles {
        let names: Vec<&str> = quoted.get(&a.id).cloned().unwrap_or_default();
        if names.is_empty() {
            continue;
        }
        for p in a.paragraphs() {
            let chars: Vec<char> = p.text.chars().collect();
            for name in &names {
                let n: Vec<char> = name.chars().collect();
                for s in 0..chars.len().saturating_sub(n.len() - 1) {
                    if chars[s..s + n.len()] == n[..] {
                        add(&p.id, s, s + n.len(), MarkKind::Person((*name).into()));
                    }
                }
            }
        }
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

    #[test]
    fn tree_counts_and_districts() {
        let c = crate::corpus::load(&[]).unwrap();
        let e = crate::extract::extract(&c);
        let d = Data::new(c, e);
        let names: Vec<&str> = d
            .tree
            .iter()
            .map(|r| d.entities.regions[r.region].name.as_str())
            .collect();
        let jilin = names.iter().position(|n| *n == "吉林省").unwrap();
        let changchun = names.iter().position(|n| *n == "长春市").unwrap();
        assert!(jilin < changchun);
        assert_eq!(d.tree[changchun].depth, d.tree[jilin].depth + 1);
        let cc = d.region("长春市").unwrap();
        assert!(d.counts[cc].articles >= 7, "{:?}", d.counts[cc]);
        assert!(d.districts.contains(&"朝阳区".to_owned()) && d.districts.contains(&"四平市".to_owned()));
        assert!(d.sources.iter().any(|s| s.label == "周凯" && s.quotes.len() == 2));
        assert!(d.within("朝阳区", "吉林省"));
    }
}

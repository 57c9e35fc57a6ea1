//! Search over everything the corpus holds: regions, projects, people and anonymous sources,
//! quotes, articles and paragraphs — fuzzy (fuzzy-matcher's SkimMatcherV2), by pinyin and
//! initials (`chaoyang`, `cyq` → 朝阳区), Traditional or Simplified alike.

pub mod keys;

use crate::corpus::model::{ArticleId, Corpus, ParagraphId};
use crate::extract::Entities;
use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;
use serde::Serialize;

/// What a search result is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Region,
    Project,
    Person,
    Quote,
    Article,
    Paragraph,
}

impl Kind {
    /// The kind's name on the command line (`--kind region`).
    pub fn name(self) -> &'static str {
        match self {
            Kind::Region => "region",
            Kind::Project => "project",
            Kind::Person => "person",
            Kind::Quote => "quote",
            Kind::Article => "article",
            Kind::Paragraph => "paragraph",
        }
    }

    /// Parses a kind name.
    pub fn parse(s: &str) -> Option<Kind> {
        [
            Kind::Region,
            Kind::Project,
            Kind::Person,
            Kind::Quote,
            Kind::Article,
            Kind::Paragraph,
        ]
        .into_iter()
        .find(|k| k.name() == s)
    }
}

/// Where a result leads.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "type", content = "id", rename_all = "lowercase")]
pub enum Target {
    /// A region by name.
    Region(String),
    /// A project by index in `Entities::projects`.
    Project(usize),
    /// A named person, or an anonymous source by role.
    Source(String),
    /// A quote by index in `Entities::quotes`.
    Quote(usize),
    Article(ArticleId),
    Paragraph(ParagraphId),
}

/// One searchable thing.
#[derive(Clone, Debug, Serialize)]
pub struct Item {
    pub kind: Kind,
    /// What is shown (and highlighted).
    pub label: String,
    /// Shown after the label: speaker and district for a quote, article for a paragraph.
    pub context: String,
    /// Matching keys: the label folded to Simplified lower case first, then pinyin forms.
    /// Empty when the label, as it stands, is the only key (most text).
    #[serde(skip)]
    pub keys: Vec<String>,
    /// Whether pinyin keys are made (names, not running text).
    #[serde(skip)]
    pub pinyin: bool,
    pub target: Target,
}

impl Item {
    /// The keys to match: the stored ones, or the label itself.
    pub fn match_keys(&self) -> impl Iterator<Item = &str> {
        let own = (self.keys.is_empty()).then_some(self.label.as_str());
        own.into_iter().chain(self.keys.iter().map(String::as_str))
    }
}

/// A search result: the item, its score and the label characters that matched.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub item: usize,
    pub score: i64,
    pub positions: Vec<usize>,
}

/// The narrowing a query's first character asks for (`@朝阳` regions only).
pub fn narrowing(query: &str) -> (Option<Vec<Kind>>, &str) {
    let mut chars = query.chars();
    let kinds = match chars.next() {
        Some('@') => vec![Kind::Region],
        Some('#') => vec![Kind::Project],
        Some('"') | Some('“') => vec![Kind::Quote],
        Some('!') | Some('！') => vec![Kind::Person],
        Some('=') => vec![Kind::Article],
        Some('~') => vec![Kind::Paragraph],
        _ => return (None, query),
    };
    (Some(kinds), chars.as_str())
}

/// The narrowing prefixes, for the help screen.
pub const PREFIXES: &[(&str, &str)] = &[
    ("@", "regions"),
    ("#", "projects"),
    ("\"", "quotes"),
    ("!", "people and sources"),
    ("=", "articles"),
    ("~", "paragraphs"),
];

/// All searchable items of a corpus, with an inverted index from characters to items.
pub struct Index {
    pub items: Vec<Item>,
    matcher: SkimMatcherV2,
    /// Which items are running text (matched as substrings).
    long: Vec<bool>,
    /// Character → names (short items) whose keys contain it.
    short_postings: Postings,
    /// Character → texts (long items) whose keys contain it.
    long_postings: Postings,
}

/// Keys longer than this are text (quotes, paragraphs): matched as a substring, not fuzzily,
/// so a short query does not match scattered characters across a whole paragraph.
const LONG_KEY: usize = 40;

impl Index {
    /// Builds the items and their keys.
    pub fn build(corpus: &Corpus, entities: &Entities) -> Index {
        let articles: std::collections::HashMap<&ArticleId, &crate::corpus::model::Article> =
            corpus.articles.iter().map(|a| (&a.id, a)).collect();
        let mut items = Vec::new();
        let mut push = |kind, label: String, context: String, target, pinyin: bool| {
            items.push(Item {
                kind,
                label,
                context,
                keys: Vec::new(),
                pinyin,
                target,
            });
        };
        for r in &entities.regions {
            push(
                Kind::Region,
                r.name.clone(),
                r.full_name.clone(),
                Target::Region(r.name.clone()),
                true,
            );
        }
        for (i, p) in entities.projects.iter().enumerate() {
            let ctx = p.region.clone().unwrap_or_default();
            push(Kind::Project, p.name.clone(), ctx, Target::Project(i), true);
        }
        for p in &entities.people {
            let ctx = p.roles.join("；");
            push(
                Kind::Person,
                p.name.clone(),
                ctx,
                Target::Source(p.name.clone()),
                true,
            );
        }
        let mut anonymous: Vec<&str> = Vec::new();
        for q in entities.quotes.iter().filter(|q| q.speaker.is_none()) {
            if let Some(r) = q.role.as_deref().filter(|r| !anonymous.contains(r)) {
                anonymous.push(r);
            }
        }
        for r in anonymous {
            push(
                Kind::Person,
                r.to_owned(),
                "anonymous source".into(),
                Target::Source(r.to_owned()),
                true,
            );
        }
        for (i, q) in entities.quotes.iter().enumerate() {
            let date = articles
                .get(&q.article)
                .and_then(|a| a.date.clone())
                .unwrap_or_default();
            let who = q.speaker.clone().unwrap_or_default();
            let ctx = [
                who.as_str(),
                q.role.as_deref().unwrap_or(""),
                q.region.as_deref().unwrap_or(""),
                date.as_str(),
            ]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" · ");
            push(Kind::Quote, q.text.clone(), ctx, Target::Quote(i), false);
        }
        for a in &corpus.articles {
            let region = entities.article_regions(&a.id).0.unwrap_or_default();
            let ctx = [a.date.clone().unwrap_or_default(), region]
                .iter()
                .filter(|s| !s.is_empty())
                .cloned()
                .collect::<Vec<_>>()
                .join(" · ");
            push(
                Kind::Article,
                a.title.clone(),
                ctx,
                Target::Article(a.id.clone()),
                false,
            );
            for p in a.paragraphs() {
                push(
                    Kind::Paragraph,
                    p.text.clone(),
                    a.title.clone(),
                    Target::Paragraph(p.id.clone()),
                    false,
                );
            }
        }
        {
            use rayon::prelude::*;
            items
                .par_iter_mut()
                .for_each(|it| it.keys = keys::keys_for(&it.label, it.pinyin));
        }
        let long: Vec<bool> = items
            .iter()
            .map(|it| {
                it.match_keys()
                    .next()
                    .is_some_and(|k| k.len() > LONG_KEY * 3 || k.chars().count() > LONG_KEY)
            })
            .collect();
        let (short_postings, long_postings) = rayon::join(
            || Postings::build(&items, |i| !long[i]),
            || Postings::build(&items, |i| long[i]),
        );
        Index {
            items,
            matcher: SkimMatcherV2::default().ignore_case(),
            long,
            short_postings,
            long_postings,
        }
    }

    /// Names (short items) that contain every character of the folded query, ascending;
    /// `within` narrows to a previous result (the query grew). Texts are found in
    /// [`Index::search_candidates`] by scanning the rarest character's list.
    pub fn candidates(&self, folded: &str, within: Option<&[u32]>) -> Vec<u32> {
        let chars = query_chars(folded);
        let mut lists: Vec<&[u32]> = Vec::with_capacity(chars.len() + 1);
        for c in &chars {
            match self.short_postings.get(*c) {
                Some(p) => lists.push(p),
                None => return Vec::new(),
            }
        }
        if let Some(w) = within {
            lists.push(w);
        }
        lists.sort_by_key(|l| l.len());
        let Some((first, rest)) = lists.split_first() else {
            return (0..self.items.len() as u32)
                .filter(|&i| !self.long[i as usize])
                .collect();
        };
        let mut out: Vec<u32> = first.to_vec();
        for l in rest {
            out.retain(|x| l.binary_search(x).is_ok());
            if out.is_empty() {
                break;
            }
        }
        out
    }

    /// Scores the name `candidates` (from [`Index::candidates`]) and finds texts containing
    /// the query, best first. Texts are read from the rarest query character's list and the
    /// scan stops once a few times `limit` have matched: a keystroke needs a full list, not
    /// every match in a year of newspapers.
    pub fn search_candidates(
        &self,
        folded: &str,
        candidates: &[u32],
        allowed: &(dyn Fn(Kind) -> bool + Sync),
        limit: usize,
    ) -> Vec<Hit> {
        use rayon::prelude::*;
        if folded.is_empty() {
            return Vec::new();
        }
        let rank = |&i: &u32| {
            let it = &self.items[i as usize];
            if !allowed(it.kind) {
                return None;
            }
            let best = it
                .match_keys()
                .filter_map(|k| self.matcher.fuzzy_match(k, folded))
                .max()?;
            Some(Hit {
                item: i as usize,
                score: best,
                positions: Vec::new(),
            })
        };
        let mut hits: Vec<Hit> = if candidates.len() > 4096 {
            candidates.par_iter().filter_map(rank).collect()
        } else {
            candidates.iter().filter_map(rank).collect()
        };

        let want = limit.saturating_mul(4).max(limit);
        let rarest = query_chars(folded)
            .into_iter()
            .map(|c| self.long_postings.get(c).unwrap_or(&[]))
            .min_by_key(|l| l.len());
        let mut found = 0;
        for &i in rarest.unwrap_or(&[]) {
            if found >= want {
                break;
            }
            let it = &self.items[i as usize];
            if !allowed(it.kind) {
                continue;
            }
            if let Some((score, _)) = self.text_score(it, folded) {
                found += 1;
                hits.push(Hit {
                    item: i as usize,
                    score,
                    positions: Vec::new(),
                });
            }
        }
        let by_rank = |a: &Hit, b: &Hit| b.score.cmp(&a.score).then(a.item.cmp(&b.item));
        if hits.len() > limit {
            hits.select_nth_unstable_by(limit, by_rank);
            hits.truncate(limit);
        }
        hits.sort_by(by_rank);
        // Matched characters only for what is shown.
        for h in &mut hits {
            if let Some((_, p)) = self.score(&self.items[h.item], folded) {
                h.positions = p;
            }
        }
        hits
    }

    /// Brute force, for benchmarks: a fuzzy pass over every item, no index.
    pub fn search_brute_force(&self, query: &str, limit: usize) -> Vec<Hit> {
        let q = keys::fold_query(query);
        let mut hits: Vec<Hit> = self
            .items
            .iter()
            .enumerate()
            .filter_map(|(i, it)| {
                let best = it
                    .match_keys()
                    .filter_map(|k| self.matcher.fuzzy_match(k, &q))
                    .max()?;
                Some(Hit {
                    item: i,
                    score: best,
                    positions: Vec::new(),
                })
            })
            .collect();
        hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.item.cmp(&b.item)));
        hits.truncate(limit);
        hits
    }

    /// Scores every item against the query, best first (ties keep index order: regions,
    /// projects, people, quotes, articles, paragraphs). An empty query matches nothing.
    pub fn search(&self, query: &str, kinds: Option<&[Kind]>, limit: usize) -> Vec<Hit> {
        let (narrow, q) = narrowing(query.trim());
        let q = keys::fold_query(q);
        if q.is_empty() {
            return Vec::new();
        }
        let allowed = |k: Kind| {
            kinds.is_none_or(|ks| ks.contains(&k)) && narrow.as_ref().is_none_or(|ks| ks.contains(&k))
        };
        let candidates = self.candidates(&q, None);
        self.search_candidates(&q, &candidates, &allowed, limit)
    }

    /// The best score over an item's keys; positions only when the label itself matched.
    /// Names match fuzzily; long texts by substring, earlier occurrences ranking higher.
    pub fn score(&self, item: &Item, q: &str) -> Option<(i64, Vec<usize>)> {
        if self.is_text(item) {
            return self.text_score(item, q);
        }
        let mut best: Option<(i64, Vec<usize>)> = None;
        for (k, key) in item.match_keys().enumerate() {
            let Some((score, idx)) = self.matcher.fuzzy_indices(key, q) else {
                continue;
            };
            let positions = if k == 0 { idx } else { Vec::new() };
            if best.as_ref().is_none_or(|(b, _)| score > *b) {
                best = Some((score, positions));
            }
        }
        best
    }

    fn is_text(&self, item: &Item) -> bool {
        item.match_keys()
            .next()
            .is_some_and(|k| k.len() > LONG_KEY * 3 || k.chars().count() > LONG_KEY)
    }

    /// Substring score of running text: longer matches and earlier ones rank higher.
    fn text_score(&self, item: &Item, q: &str) -> Option<(i64, Vec<usize>)> {
        let mut best: Option<(i64, Vec<usize>)> = None;
        for (k, key) in item.match_keys().enumerate() {
            let Some(byte) = key.find(q) else { continue };
            let start = key[..byte].chars().count();
            let n = q.chars().count();
            let score = 16 * n as i64 - (start as i64).min(200) / 4;
            let positions = if k == 0 {
                (start..start + n).collect()
            } else {
                Vec::new()
            };
            if best.as_ref().is_none_or(|(b, _)| score > *b) {
                best = Some((score, positions));
            }
        }
        best
    }
}

/// The distinct characters of a query.
fn query_chars(folded: &str) -> Vec<char> {
    let mut chars: Vec<char> = folded.chars().filter(|c| !c.is_whitespace()).collect();
    chars.sort_unstable();
    chars.dedup();
    chars
}

/// Character → items, ascending. The CJK block sits in a dense table (no hashing per
/// character of a year of text); everything else in a map.
#[derive(Default)]
struct Postings {
    dense: Vec<Vec<u32>>,
    other: rustc_hash::FxHashMap<char, Vec<u32>>,
}

const DENSE_FROM: u32 = 0x4E00;
const DENSE_TO: u32 = 0x9FFF;

impl Postings {
    fn list_mut(&mut self, c: char) -> &mut Vec<u32> {
        let u = c as u32;
        if (DENSE_FROM..=DENSE_TO).contains(&u) {
            &mut self.dense[(u - DENSE_FROM) as usize]
        } else {
            self.other.entry(c).or_default()
        }
    }

    fn get(&self, c: char) -> Option<&[u32]> {
        let u = c as u32;
        let l = if (DENSE_FROM..=DENSE_TO).contains(&u) {
            self.dense.get((u - DENSE_FROM) as usize)
        } else {
            self.other.get(&c)
        };
        l.filter(|l| !l.is_empty()).map(Vec::as_slice)
    }

    /// Postings of the items `keep` selects.
    fn build(items: &[Item], keep: impl Fn(usize) -> bool) -> Postings {
        let mut p = Postings {
            dense: vec![Vec::new(); (DENSE_TO - DENSE_FROM + 1) as usize],
            other: Default::default(),
        };
        for (i, it) in items.iter().enumerate().filter(|(i, _)| keep(*i)) {
            let i = i as u32;
            for c in it
                .match_keys()
                .flat_map(str::chars)
                .filter(|c| !c.is_whitespace())
            {
                // Items come in order, so a repeat of this item is the list's last entry.
                let list = p.list_mut(c);
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
        }
        p.dense.iter_mut().for_each(Vec::shrink_to_fit);
        p.other.values_mut().for_each(Vec::shrink_to_fit);
        p
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> (Corpus, Entities, Index) {
        let c = crate::corpus::load(&[]).unwrap();
        let e = crate::extract::extract(&c);
        let i = Index::build(&c, &e);
        (c, e, i)
    }

    fn top(i: &Index, q: &str) -> (Kind, String) {
        let h = &i.search(q, None, 5)[0];
        (i.items[h.item].kind, i.items[h.item].label.clone())
    }

    #[test]
    fn pinyin_and_initials_find_names() {
        let (_, _, i) = index();
        assert_eq!(top(&i, "chaoyang"), (Kind::Region, "朝阳区".into()));
        assert_eq!(top(&i, "cyq"), (Kind::Region, "朝阳区".into()));
        assert_eq!(top(&i, "maliang"), (Kind::Person, "马良".into()));
        assert_eq!(top(&i, "!ml"), (Kind::Person, "马良".into()));
    }

    #[test]
    fn traditional_finds_simplified() {
        let (_, _, i) = index();
        assert_eq!(top(&i, "@長春"), (Kind::Region, "长春市".into()));
        assert_eq!(top(&i, "@宽城"), (Kind::Region, "宽城区".into()));
    }

    #[test]
    fn narrowing_and_positions() {
        let (_, _, i) = index();
        let hits = i.search("\"靶向招商", None, 10);
        assert!(!hits.is_empty());
        assert!(hits.iter().all(|h| i.items[h.item].kind == Kind::Quote));
        let h = &i.search("@九台", None, 1)[0];
        assert_eq!(h.positions, [0, 1]);
        assert!(i.search("", None, 10).is_empty());
    }

    #[test]
    fn the_index_agrees_with_brute_force_on_names() {
        let (_, _, i) = index();
        let names = [Kind::Region, Kind::Project, Kind::Person];
        for q in ["cyq", "朝阳", "maliang", "九台区", "产业园"] {
            let fast: Vec<usize> = i.search(q, Some(&names), 5).iter().map(|h| h.item).collect();
            let slow: Vec<usize> = i
                .search_brute_force(q, 500)
                .into_iter()
                .filter(|h| names.contains(&i.items[h.item].kind))
                .take(5)
                .map(|h| h.item)
                .collect();
            assert_eq!(fast, slow, "{q}");
        }
    }

    #[test]
    fn candidates_narrow_as_the_query_grows() {
        let (_, _, i) = index();
        let a = i.candidates("朝", None);
        let b = i.candidates("朝阳", Some(&a));
        assert!(!b.is_empty() && b.len() <= a.len());
        assert_eq!(b, i.candidates("朝阳", None));
        assert!(i.candidates("朝😀", None).is_empty());
    }

    #[test]
    fn paragraphs_match_by_substring() {
        let (_, _, i) = index();
        let hits = i.search("~源头活水", None, 50);
        assert!(hits.len() >= 3);
        for h in hits {
            assert!(keys::fold_query(&i.items[h.item].label).contains("源头活水"));
        }
    }
}

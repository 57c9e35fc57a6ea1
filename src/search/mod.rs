//! Search over everything the corpus holds: regions, projects, people and anonymous sources,
//! quotes, articles and paragraphs — fuzzy (fuzzy-matcher's SkimMatcherV2), by pinyin and
//! initials (`chaoyang`, `cyq` → 朝阳区), Traditional or Simplified alike.

mod cache;
pub mod keys;

use crate::corpus::model::{ArticleId, Corpus, ParagraphId};
use crate::extract::Entities;
use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;
use serde::Serialize;
use std::sync::Arc;

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
    /// What is shown (and highlighted); a paragraph's label is the corpus's own text.
    pub label: Arc<str>,
    /// Shown after the label: speaker and district for a quote, article for a paragraph.
    pub context: Arc<str>,
    /// Matching keys: the label folded to Simplified lower case first, then pinyin forms.
    /// Empty when the label, folded character by character as it is read, is the only key
    /// (most text: a second copy of a year of newspapers would double the index).
    #[serde(skip)]
    pub keys: Box<[String]>,
    /// Whether pinyin keys are made (names, not running text).
    #[serde(skip)]
    pub pinyin: bool,
    /// Running text (quotes, paragraphs): matched as a substring, not fuzzily.
    #[serde(skip)]
    pub long: bool,
    pub target: Target,
}

impl Item {
    /// The keys to match: the stored ones, or the label itself.
    pub fn match_keys(&self) -> impl Iterator<Item = &str> {
        let own = (self.keys.is_empty()).then_some(&*self.label);
        own.into_iter().chain(self.keys.iter().map(String::as_str))
    }

    /// Calls `f` with every character the index lists this item under: its keys', or its
    /// label's as folded. (A plain loop: this runs over every character of the corpus.)
    fn each_index_char(&self, mut f: impl FnMut(char)) {
        if self.keys.is_empty() {
            for c in self.label.chars() {
                // Most characters are ideographs: no folding, always listed.
                if ('\u{4E00}'..='\u{9FFF}').contains(&c) {
                    f(c);
                    continue;
                }
                let c = keys::fold_text_char(c);
                if indexed(c) {
                    f(c);
                }
            }
        } else {
            for c in self.keys.iter().flat_map(|k| k.chars()) {
                if indexed(c) {
                    f(c);
                }
            }
        }
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
/// All searchable items of a corpus, with an inverted index from characters to items.
pub struct Index {
    pub items: Vec<Item>,
    matcher: SkimMatcherV2,
    /// Character → names (short items) whose keys contain it.
    short_postings: Postings,
    /// Character → texts (long items) whose keys contain it.
    long_postings: Postings,
    /// Quotes and people: found by who said it (speaker, role, organisation, region in the
    /// context) as well as by their own text.
    who: Vec<u32>,
}

/// Labels longer than this are text (quotes, paragraphs): matched as a substring, not
/// fuzzily, so a short query does not match scattered characters across a whole paragraph.
const LONG_KEY: usize = 40;

impl Index {
    /// Builds the items and their keys.
    pub fn build(corpus: &Corpus, entities: &Entities) -> Index {
        let articles: std::collections::HashMap<&ArticleId, &crate::corpus::model::Article> =
            corpus.articles.iter().map(|a| (&a.id, a)).collect();
        let paragraphs: usize = corpus.articles.iter().map(|a| a.paragraphs().count()).sum();
        let mut items = Vec::with_capacity(
            entities.regions.len()
                + entities.projects.len()
                + entities.people.len()
                + 2 * entities.quotes.len()
                + corpus.articles.len()
                + paragraphs,
        );
        let empty: Arc<str> = Arc::from("");
        let mut push = |kind, label: Arc<str>, context: Arc<str>, target, pinyin: bool| {
            let long = !pinyin && label.chars().nth(LONG_KEY).is_some();
            items.push(Item {
                kind,
                label,
                context,
                keys: Box::default(),
                pinyin,
                long,
                target,
            });
        };
        for r in &entities.regions {
            push(
                Kind::Region,
                r.name.as_str().into(),
                r.full_name.as_str().into(),
                Target::Region(r.name.clone()),
                true,
            );
        }
        for (i, p) in entities.projects.iter().enumerate() {
            let ctx = p.region.as_deref().map_or_else(|| empty.clone(), Arc::from);
            push(
                Kind::Project,
                p.name.as_str().into(),
                ctx,
                Target::Project(i),
                true,
            );
        }
        // People and anonymous sources as the Sources pane lists them: a name shared by two
        // people is two items, 公司负责人 of two companies two items.
        let anonymous_ctx: Arc<str> = Arc::from("anonymous source");
        for src in crate::extract::sources::sources(entities) {
            let ctx: Arc<str> = match &src.name {
                Some(_) => [src.role.as_str(), src.region.as_deref().unwrap_or("")]
                    .iter()
                    .filter(|s| !s.is_empty())
                    .copied()
                    .collect::<Vec<_>>()
                    .join(" · ")
                    .into(),
                None => anonymous_ctx.clone(),
            };
            let label = src.name.clone().unwrap_or_else(|| src.label.clone());
            push(Kind::Person, label.into(), ctx, Target::Source(src.label), true);
        }
        // Authors are people too (徐雁秋, found by xyq): their items open their first article.
        let mut authors: Vec<(&str, &crate::corpus::model::Article)> = Vec::new();
        for a in &corpus.articles {
            for name in &a.authors {
                if !authors.iter().any(|(n, _)| n == name) && !entities.people.iter().any(|p| &p.name == name)
                {
                    authors.push((name, a));
                }
            }
        }
        for (name, a) in authors {
            push(
                Kind::Person,
                name.into(),
                format!("author · {}", a.display_title()).into(),
                Target::Article(a.id.clone()),
                true,
            );
        }
        for (i, q) in entities.quotes.iter().enumerate() {
            let date = articles
                .get(&q.article)
                .and_then(|a| a.date.as_deref())
                .unwrap_or_default();
            // Organisation too, unless the role names it: quotes are found by who said them.
            let org = q
                .organization
                .as_deref()
                .filter(|o| !q.role.as_deref().is_some_and(|r| r.contains(o)))
                .unwrap_or("");
            let ctx = [
                q.speaker.as_deref().unwrap_or(""),
                q.role.as_deref().unwrap_or(""),
                org,
                q.region.as_deref().unwrap_or(""),
                date,
            ]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" · ");
            push(
                Kind::Quote,
                q.text.as_str().into(),
                ctx.into(),
                Target::Quote(i),
                false,
            );
        }
        for a in &corpus.articles {
            let region = entities.article_regions(&a.id).0.unwrap_or_default();
            let ctx = [a.date.clone().unwrap_or_default(), region]
                .iter()
                .filter(|s| !s.is_empty())
                .cloned()
                .collect::<Vec<_>>()
                .join(" · ");
            let title: Arc<str> = a.display_title().into();
            push(
                Kind::Article,
                title.clone(),
                ctx.into(),
                Target::Article(a.id.clone()),
                false,
            );
            for p in a.paragraphs() {
                push(
                    Kind::Paragraph,
                    p.text.clone(),
                    title.clone(),
                    Target::Paragraph(p.id.clone()),
                    false,
                );
            }
        }
        let stored = corpus.cache.as_deref().and_then(|p| cache::read(p, items.len()));
        let (short_postings, long_postings) = match stored {
            Some(stored) => {
                for (i, keys) in stored.keys {
                    if let Some(it) = items.get_mut(i as usize) {
                        it.keys = keys.into_boxed_slice();
                    }
                }
                (stored.short, stored.long)
            }
            None => {
                use rayon::prelude::*;
                items.par_iter_mut().for_each(|it| {
                    it.keys = keys::keys_for(&it.label, it.pinyin, it.long).into_boxed_slice()
                });
                let (short, long) = rayon::join(
                    || Postings::build(&items, |it| !it.long),
                    || Postings::build(&items, |it| it.long),
                );
                if let Some(p) = &corpus.cache {
                    cache::write(p, &items, &short, &long);
                }
                (short, long)
            }
        };
        let who = (0..items.len() as u32)
            .filter(|&i| matches!(items[i as usize].kind, Kind::Quote | Kind::Person))
            .collect();
        Index {
            items,
            who,
            matcher: SkimMatcherV2::default().ignore_case(),
            short_postings,
            long_postings,
        }
    }

    /// Names (short items) that contain every character of the folded query, ascending;
    /// `within` narrows to a previous result (the query grew). Texts are found in
    /// [`Index::search_candidates`] by scanning the rarest character's list.
    pub fn candidates(&self, folded: &str, within: Option<&[u32]>) -> Vec<u32> {
        let mut lists = Vec::new();
        for c in query_chars(folded) {
            match self.short_postings.get(c) {
                Some(p) => lists.push(p),
                None => return Vec::new(),
            }
        }
        lists.sort_by_key(|l| l.count);
        let mut out: Vec<u32> = match (lists.first(), within) {
            (Some(first), Some(w)) if (first.count as usize) < w.len() => first.clone().collect(),
            (_, Some(w)) => w.to_vec(),
            (Some(first), None) => first.clone().collect(),
            (None, None) => {
                return (0..self.items.len() as u32)
                    .filter(|&i| !self.items[i as usize].long)
                    .collect()
            }
        };
        if let Some(w) = within {
            out.retain(|x| w.binary_search(x).is_ok());
        }
        for l in lists {
            if out.is_empty() {
                break;
            }
            retain_in(&mut out, l);
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
            let (best, _) = self.name_score(it, folded)?;
            Some(Hit {
                item: i as usize,
                score: best,
                positions: Vec::new(),
            })
        };
        // A fuzzy score costs about a microsecond: past a thousand names, splitting the work
        // across threads outweighs handing it over.
        let mut hits: Vec<Hit> = if candidates.len() > 1024 {
            candidates.par_iter().filter_map(rank).collect()
        } else {
            candidates.iter().filter_map(rank).collect()
        };

        let want = limit.saturating_mul(4).max(limit);
        // A character no text holds means no text matches.
        let rarest = query_chars(folded)
            .into_iter()
            .map(|c| self.long_postings.get(c))
            .min_by_key(|l| l.as_ref().map_or(0, |l| l.count));
        let mut found = 0;
        for i in rarest.into_iter().flatten().flatten() {
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
        // Who said it: quotes and people whose speaker, role, organisation or region hold
        // the query's terms (周凯, 宽城 周凯, 副区长 招商), each term in some field.
        let found_already: std::collections::HashSet<usize> = hits.iter().map(|h| h.item).collect();
        let terms: Vec<&str> = folded.split_whitespace().collect();
        hits.extend(self.who.iter().filter_map(|&i| {
            let it = &self.items[i as usize];
            if found_already.contains(&(i as usize)) || !allowed(it.kind) {
                return None;
            }
            let score = who_score(it, &terms)?;
            Some(Hit {
                item: i as usize,
                score,
                positions: Vec::new(),
            })
        }));
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

    /// Brute force, for benchmarks: every item scored as the index scores it, no index.
    pub fn search_brute_force(&self, query: &str, limit: usize) -> Vec<Hit> {
        let q = keys::fold_query(query);
        let mut hits: Vec<Hit> = self
            .items
            .iter()
            .enumerate()
            .filter_map(|(i, it)| {
                let terms: Vec<&str> = q.split_whitespace().collect();
                let who = || {
                    matches!(it.kind, Kind::Quote | Kind::Person)
                        .then(|| who_score(it, &terms))
                        .flatten()
                };
                let best = self.score(it, &q).map(|(s, _)| s).or_else(who)?;
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
        self.name_score(item, q)
    }

    /// A name's score: the label fuzzily for Chinese (an exact name far above, a whole-word
    /// match above a scattered one), pinyin keys on syllable boundaries for Latin letters.
    fn name_score(&self, item: &Item, q: &str) -> Option<(i64, Vec<usize>)> {
        let latin = q.bytes().all(|b| b.is_ascii_alphanumeric());
        let n = q.chars().count() as i64;
        let mut best: Option<(i64, Vec<usize>)> = None;
        for (k, key) in item.match_keys().enumerate() {
            let found = if k == 0 {
                if latin && key.chars().any(crate::corpus::decode::is_han) {
                    // Letters inside a Chinese name (G331) match as written, never scattered.
                    key.find(q).map(|b| {
                        let s = key[..b].chars().count();
                        (16 * n, (s..s + n as usize).collect())
                    })
                } else {
                    self.matcher.fuzzy_indices(key, q).map(|(score, idx)| {
                        let bonus = if key == q {
                            1000
                        } else if key.contains(q) {
                            200
                        } else {
                            0
                        };
                        (score + bonus, idx)
                    })
                }
            } else if latin {
                keys::pinyin_score(key, q).map(|s| (s, Vec::new()))
            } else {
                self.matcher.fuzzy_match(key, q).map(|s| (s, Vec::new()))
            };
            if let Some((score, positions)) = found {
                if best.as_ref().is_none_or(|(b, _)| score > *b) {
                    best = Some((score, positions));
                }
            }
        }
        best
    }

    fn is_text(&self, item: &Item) -> bool {
        item.long
    }

    /// Substring score of running text: longer matches and earlier ones rank higher.
    fn text_score(&self, item: &Item, q: &str) -> Option<(i64, Vec<usize>)> {
        let start = match item.keys.first() {
            Some(key) => key[..key.find(q)?].chars().count(),
            None => keys::find_folded(&item.label, q)?,
        };
        let n = q.chars().count();
        let score = 16 * n as i64 - (start as i64).min(200) / 4;
        Some((score, (start..start + n).collect()))
    }
}

/// Whether the index lists a (folded) character: not spacing or punctuation, which nearly
/// every text holds and no search narrows by.
#[inline]
fn indexed(c: char) -> bool {
    !(c.is_whitespace()
        || c.is_ascii_punctuation()
        || ('\u{2000}'..='\u{206F}').contains(&c)
        || ('\u{3000}'..='\u{303F}').contains(&c))
}

/// A quote or person found by who said it: every term in its text or its context (speaker ·
/// role · organisation · region); a term that is a whole field (the name 周凯) ranks first.
fn who_score(it: &Item, terms: &[&str]) -> Option<i64> {
    let mut score = 0;
    let mut in_context = false;
    for t in terms {
        let n = t.chars().count() as i64;
        // Searched as the context is read; a field folded only once the term is in it.
        if keys::find_folded(&it.context, t).is_some() {
            let whole = it.context.split(" · ").any(|f| keys::fold_query(f) == *t);
            score += 16 * n + if whole { 300 } else { 0 };
            in_context = true;
        } else if keys::find_folded(&it.label, t).is_some() {
            score += 16 * n;
        } else {
            return None;
        }
    }
    in_context.then_some(score)
}

/// The distinct characters of a query that the index lists.
fn query_chars(folded: &str) -> Vec<char> {
    let mut chars: Vec<char> = folded.chars().filter(|&c| indexed(c)).collect();
    chars.sort_unstable();
    chars.dedup();
    chars
}

/// Keeps the entries of ascending `out` that ascending `list` holds too.
fn retain_in(out: &mut Vec<u32>, mut list: impl Iterator<Item = u32>) {
    let mut cur = list.next();
    out.retain(|&x| {
        while cur.is_some_and(|y| y < x) {
            cur = list.next();
        }
        cur == Some(x)
    });
}

/// Character → items, ascending, in parts by character (the low bits of its code) so that the parts are
/// built in parallel, each over the whole text. Within a part the CJK block and ASCII have a
/// slot per character (no hashing per character of a year of text); other characters get
/// slots as they come. A part's lists lie back to back in one buffer, each entry the varint of
/// its distance from the one before: a common character's list costs about a byte an item
/// instead of four.
#[derive(serde::Serialize, serde::Deserialize)]
struct Postings {
    parts: Vec<Part>,
}

#[derive(Default, serde::Serialize, serde::Deserialize)]
struct Part {
    other: rustc_hash::FxHashMap<char, u32>,
    /// Slot → where its list starts in `data`; the next slot's start is where it ends.
    starts: Vec<u32>,
    /// Slot → how many items its list holds.
    counts: Vec<u32>,
    /// Stored raw after the rest (see `cache`), not through serde.
    #[serde(skip)]
    data: Vec<u8>,
}

const DENSE_FROM: u32 = 0x4E00;
const DENSE_TO: u32 = 0x9FFF;
/// Slots of the CJK block, then of ASCII.
const DENSE: usize = (DENSE_TO - DENSE_FROM + 1) as usize + 0x80;

/// One character's list, decoded as it is read.
#[derive(Clone)]
struct List<'a> {
    bytes: &'a [u8],
    count: u32,
    prev: u32,
}

impl Iterator for List<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        let mut delta = 0u32;
        let mut shift = 0;
        loop {
            let (&b, rest) = self.bytes.split_first()?;
            self.bytes = rest;
            delta |= u32::from(b & 0x7f) << shift;
            if b < 0x80 {
                break;
            }
            shift += 7;
        }
        self.prev += delta;
        Some(self.prev)
    }
}

fn varint_len(mut v: u32) -> u32 {
    let mut n = 1;
    while v >= 0x80 {
        v >>= 7;
        n += 1;
    }
    n
}

fn push_varint(out: &mut [u8], at: &mut u32, mut v: u32) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        out[*at as usize] = if v > 0 { b | 0x80 } else { b };
        *at += 1;
        if v == 0 {
            break;
        }
    }
}

/// A slot's state while a part is built: the last item listed, then bytes and entries
/// (pass 1) or the write position (pass 2). Together so one cache line serves a character.
#[derive(Clone, Copy)]
struct Slot {
    last: u32,
    size: u32,
    count: u32,
}

const NONE: u32 = u32::MAX;

impl Postings {
    fn get(&self, c: char) -> Option<List<'_>> {
        // The number of parts is a power of two.
        self.parts[c as usize & (self.parts.len() - 1)].get(c)
    }

    /// Postings of the items `keep` selects.
    fn build(items: &[Item], keep: impl Fn(&Item) -> bool + Sync) -> Postings {
        use rayon::prelude::*;
        let n = rayon::current_num_threads().clamp(1, 8).next_power_of_two();
        let parts = (0..n)
            .into_par_iter()
            .map(|k| Part::build(items, &keep, |c| c as usize & (n - 1) == k))
            .collect();
        Postings { parts }
    }
}

impl Part {
    /// Whether the part is whole: every list inside the buffer (a cache file may not be).
    fn is_sound(&self) -> bool {
        let slots = self.counts.len();
        self.starts.len() == slots + 1
            && self.starts.windows(2).all(|w| w[0] <= w[1])
            && self
                .starts
                .last()
                .is_some_and(|&end| end as usize == self.data.len())
            && slots >= DENSE
            && self.other.values().all(|&s| (s as usize) < slots)
    }

    #[inline]
    fn slot(&self, c: char) -> Option<usize> {
        let u = c as u32;
        if (DENSE_FROM..=DENSE_TO).contains(&u) {
            Some((u - DENSE_FROM) as usize)
        } else if u < 0x80 {
            Some((DENSE_TO - DENSE_FROM + 1 + u) as usize)
        } else {
            self.other.get(&c).map(|&s| s as usize)
        }
    }

    fn get(&self, c: char) -> Option<List<'_>> {
        let s = self.slot(c)?;
        let count = *self.counts.get(s)?;
        let (from, to) = (self.starts[s] as usize, self.starts[s + 1] as usize);
        (count > 0).then(|| List {
            bytes: &self.data[from..to],
            count,
            prev: 0,
        })
    }

    /// The lists of the characters `mine` selects, in two passes (sizes, then entries) so
    /// the buffer is allocated once at its final size.
    fn build(items: &[Item], keep: &impl Fn(&Item) -> bool, mine: impl Fn(char) -> bool) -> Part {
        let mut p = Part::default();
        let empty = Slot {
            last: NONE,
            size: 0,
            count: 0,
        };
        let mut slots = vec![empty; DENSE];
        let kept = || items.iter().enumerate().filter(|(_, it)| keep(it));
        // Pass 1: how many bytes and entries each list takes.
        for (i, it) in kept() {
            let i = i as u32;
            it.each_index_char(|c| {
                if !mine(c) {
                    return;
                }
                let s = match p.slot(c) {
                    Some(s) => s,
                    None => {
                        p.other.insert(c, slots.len() as u32);
                        slots.push(empty);
                        slots.len() - 1
                    }
                };
                let slot = &mut slots[s];
                if slot.last != i {
                    let delta = if slot.last == NONE { i } else { i - slot.last };
                    slot.size += varint_len(delta);
                    slot.count += 1;
                    slot.last = i;
                }
            });
        }
        p.starts = Vec::with_capacity(slots.len() + 1);
        p.counts = Vec::with_capacity(slots.len());
        let mut total = 0u32;
        for slot in &mut slots {
            p.starts.push(total);
            p.counts.push(slot.count);
            total += slot.size;
            // Pass 2 keeps its write position in `size`.
            *slot = Slot {
                last: NONE,
                size: total - slot.size,
                count: 0,
            };
        }
        p.starts.push(total);
        // Pass 2: the entries.
        let mut data = vec![0u8; total as usize];
        for (i, it) in kept() {
            let i = i as u32;
            it.each_index_char(|c| {
                if !mine(c) {
                    return;
                }
                if let Some(slot) = p.slot(c).map(|s| &mut slots[s]).filter(|s| s.last != i) {
                    let delta = if slot.last == NONE { i } else { i - slot.last };
                    push_varint(&mut data, &mut slot.size, delta);
                    slot.last = i;
                }
            });
        }
        p.data = data;
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
        (i.items[h.item].kind, i.items[h.item].label.to_string())
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

    #[test]
    fn texts_found_are_every_text_holding_the_query() {
        let (_, _, i) = index();
        for q in ["源头活水", "招商", "2025", "亿元", "项目"] {
            let want: Vec<usize> = (0..i.items.len())
                .filter(|&n| {
                    let it = &i.items[n];
                    // Its own text, or (a quote) who said it.
                    it.long
                        && (keys::fold_text(&it.label).contains(q)
                            || (it.kind == Kind::Quote && keys::fold_text(&it.context).contains(q)))
                })
                .collect();
            let mut got: Vec<usize> = i
                .search(q, None, 100_000)
                .into_iter()
                .map(|h| h.item)
                .filter(|&n| i.items[n].long)
                .collect();
            got.sort_unstable();
            assert!(!want.is_empty(), "{q}");
            assert_eq!(got, want, "{q}");
        }
    }

    #[test]
    fn postings_lists_decode_to_what_was_listed() {
        let (_, _, i) = index();
        for c in ['招', '商', '区', '2', 'a'] {
            let want: Vec<u32> = (0..i.items.len() as u32)
                .filter(|&n| {
                    let it = &i.items[n as usize];
                    let mut has = false;
                    it.each_index_char(|x| has |= x == c);
                    it.long && has
                })
                .collect();
            let got: Vec<u32> = i.long_postings.get(c).map(|l| l.collect()).unwrap_or_default();
            assert_eq!(got, want, "{c}");
        }
    }

    #[test]
    fn a_stored_index_is_read_back_and_a_damaged_one_rebuilt() {
        let dir = std::env::temp_dir().join(format!("zhaoshang-index-test-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        let (mut c, e, fresh) = index();
        let path = dir.join("index");
        c.cache = Some(path.clone());
        let results = |i: &Index| {
            ["朝阳", "cyq", "源头活水", "@長春", "2025", "\"靶向"]
                .iter()
                .map(|q| i.search(q, None, 50))
                .collect::<Vec<_>>()
        };
        let want = results(&fresh);
        let written = Index::build(&c, &e);
        assert_eq!(results(&written), want);
        let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        assert!(size > 0, "index not stored");
        let read = Index::build(&c, &e);
        assert_eq!(results(&read), want);
        // Truncated, then garbage: rebuilt silently, same results, stored whole again.
        let bytes = std::fs::read(&path).unwrap();
        std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
        assert_eq!(results(&Index::build(&c, &e)), want);
        assert_eq!(std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0), size);
        std::fs::write(&path, b"garbage").unwrap();
        assert_eq!(results(&Index::build(&c, &e)), want);
        let _ = std::fs::remove_dir_all(&dir);
    }
}

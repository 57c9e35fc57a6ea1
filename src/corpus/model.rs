//! The corpus model: articles, sections, paragraphs, with stable ids.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::Arc;

/// Stable id of an article: `<file stem>-<n>` (n counts from 1 within the file).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ArticleId(pub Arc<str>);

/// Stable id of a paragraph: `<article id>/p<n>` in reading order.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ParagraphId(pub Arc<str>);

impl fmt::Display for ArticleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl ParagraphId {
    /// The id of an article's headline text: `<article id>/title` or `<article id>/subtitle`
    /// (places and figures the headline names point there).
    pub fn headline(article: &ArticleId, part: &str) -> Self {
        ParagraphId(format!("{article}/{part}").into())
    }

    /// True for a headline's id ([`ParagraphId::headline`]): what it names the body usually
    /// repeats.
    pub fn is_headline(&self) -> bool {
        self.0.ends_with("/title") || self.0.ends_with("/subtitle")
    }
}

impl fmt::Display for ParagraphId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What a paragraph is on the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ParagraphKind {
    /// Running text.
    Body,
    /// A photo caption set between paragraphs.
    Caption,
}

/// One paragraph, its text as written (reflowed when the layout broke it).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    pub id: ParagraphId,
    pub kind: ParagraphKind,
    /// Shared, so search labels and views hold the text without copying it.
    pub text: Arc<str>,
}

/// A run of paragraphs under one heading (or none, before the first heading).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub heading: Option<String>,
    pub paragraphs: Vec<Paragraph>,
}

/// One article with its metadata and sections.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub id: ArticleId,
    /// The file as named on the command line (or the bundled seed's name).
    pub file: String,
    /// The headline; empty when the text holds none.
    pub title: String,
    pub subtitle: Option<String>,
    pub authors: Vec<String>,
    /// `YYYY-MM-DD`.
    pub date: Option<String>,
    pub publication: Option<String>,
    pub page: Option<String>,
    /// The web address the article was published at (a page's canonical URL, a record's link).
    pub url: Option<String>,
    /// The site it was published on (`og:site_name`, else the URL's host).
    pub site: Option<String>,
    /// 1-based number of the record in its dataset (CSV, JSON Lines, JSON), for records.
    pub record: Option<usize>,
    pub sections: Vec<Section>,
    /// Page furniture removed from this article's file (breadcrumbs, links, copyright).
    #[serde(skip)]
    pub furniture: Vec<String>,
}

impl Article {
    /// All paragraphs in reading order.
    pub fn paragraphs(&self) -> impl Iterator<Item = &Paragraph> {
        self.sections.iter().flat_map(|s| s.paragraphs.iter())
    }

    /// The title to show: the headline, else (a page with none) the file's name.
    pub fn display_title(&self) -> &str {
        if self.title.is_empty() {
            self.file.rsplit(['/', '\\']).next().unwrap_or(&self.file)
        } else {
            &self.title
        }
    }

    /// A fingerprint of what the article says (headline and paragraphs, 16 hex digits of
    /// SHA-256): the same text gives the same hash whatever file, position or extractor version
    /// it came through, so what a user marks in it can be found again.
    pub fn content_hash(&self) -> String {
        use sha2::{Digest, Sha256};
        let mut h = Sha256::new();
        h.update(self.title.as_bytes());
        for p in self.paragraphs() {
            h.update(b"\n");
            h.update(p.text.as_bytes());
        }
        h.finalize()[..8].iter().map(|b| format!("{b:02x}")).collect()
    }

    /// The year the article was published, when its date is known.
    pub fn year(&self) -> Option<i32> {
        self.date.as_deref()?.get(0..4)?.parse().ok()
    }
}

/// A problem with one input that did not stop the rest from loading.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Warning {
    pub file: String,
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.message)
    }
}

/// Everything loaded from the inputs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    pub articles: Vec<Article>,
    pub warnings: Vec<Warning>,
    /// Total bytes read from the inputs.
    pub bytes: usize,
    /// Where derived data of exactly these inputs (the search index) may be cached; set when
    /// the corpus was opened through the cache.
    #[serde(skip)]
    pub cache: Option<std::path::PathBuf>,
}

impl Corpus {
    /// Looks an article up by id.
    pub fn article(&self, id: &ArticleId) -> Option<&Article> {
        self.articles.iter().find(|a| &a.id == id)
    }

    /// Each article's position in the corpus, by id.
    pub fn positions(&self) -> std::collections::HashMap<&str, usize> {
        self.articles
            .iter()
            .enumerate()
            .map(|(i, a)| (&*a.id.0, i))
            .collect()
    }
}

/// A span of publication dates, each end a year, a month or a day (`2024`, `2024-01`,
/// `2024-01-15`), both ends included: `until 2024-03` keeps all of March.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct DateRange {
    pub since: Option<String>,
    pub until: Option<String>,
}

impl DateRange {
    /// True when neither end is set.
    pub fn is_open(&self) -> bool {
        self.since.is_none() && self.until.is_none()
    }

    /// Whether an article of this date falls in the range; an undated one falls in none but
    /// the open range.
    pub fn contains(&self, date: Option<&str>) -> bool {
        if self.is_open() {
            return true;
        }
        let Some(d) = date else { return false };
        let after = self.since.as_deref().is_none_or(|s| d >= s);
        let before = self
            .until
            .as_deref()
            .is_none_or(|u| d.get(..u.len()).unwrap_or(d) <= u);
        after && before
    }

    /// Whether any day of month `m` (`YYYY-MM`) falls in the range: `since 2024-01-15` keeps
    /// January, `until 2024` every month of 2024.
    pub fn overlaps_month(&self, m: &str) -> bool {
        let after = self.since.as_deref().is_none_or(|s| m >= s.get(..7).unwrap_or(s));
        let before = self
            .until
            .as_deref()
            .is_none_or(|u| m.get(..u.len().min(7)).unwrap_or(m) <= u.get(..7).unwrap_or(u));
        after && before
    }

    /// `2024-01 → 2024-06`, `since 2024-01`, `until 2024-06`; empty when open.
    pub fn describe(&self) -> String {
        match (&self.since, &self.until) {
            (Some(s), Some(u)) if s == u => s.clone(),
            (Some(s), Some(u)) => format!("{s} → {u}"),
            (Some(s), None) => format!("since {s}"),
            (None, Some(u)) => format!("until {u}"),
            (None, None) => String::new(),
        }
    }
}

/// The articles of a corpus within a [`DateRange`], looked up by id: what the district table,
/// the timeline and the region counts keep when the user narrows the dates.
#[derive(Clone, Debug, Default)]
pub struct Within {
    /// The open range: every article, dated or not.
    all: bool,
    ids: std::collections::HashSet<Arc<str>>,
}

impl Within {
    /// Every article.
    pub fn all() -> Within {
        Within {
            all: true,
            ids: Default::default(),
        }
    }

    /// The articles of `corpus` whose date falls in `dates`.
    pub fn new(corpus: &Corpus, dates: &DateRange) -> Within {
        if dates.is_open() {
            return Within::all();
        }
        Within {
            all: false,
            ids: corpus
                .articles
                .iter()
                .filter(|a| dates.contains(a.date.as_deref()))
                .map(|a| a.id.0.clone())
                .collect(),
        }
    }

    /// True when the article is kept.
    pub fn keeps(&self, id: &ArticleId) -> bool {
        self.all || self.ids.contains(&id.0)
    }

    /// True when every article is kept.
    pub fn is_all(&self) -> bool {
        self.all
    }
}

/// How dates are shown unless the configuration says otherwise.
pub const DEFAULT_DATE_FORMAT: &str = "%Y-%m-%d";

/// A `YYYY-MM-DD` date in `format` (`%Y`, `%m`, `%d`; `%-m`, `%-d` without the leading zero):
/// `%Y年%-m月%-d日` → 2024年8月1日. A date of another shape is shown as it is.
pub fn format_date(date: &str, format: &str) -> String {
    let parts: Vec<&str> = date.split('-').collect();
    let [y, m, d] = parts[..] else {
        return date.to_owned();
    };
    let trim = |s: &str| s.trim_start_matches('0').to_owned();
    format
        .replace("%Y", y)
        .replace("%-m", &trim(m))
        .replace("%-d", &trim(d))
        .replace("%m", m)
        .replace("%d", d)
}

/// A date end as typed: `2024`, `2024-1`, `2024-01`, `2024/01/15`, `2024年1月` → `2024-01`;
/// none when it is not a date.
pub fn parse_date_end(s: &str) -> Option<String> {
    let parts: Vec<&str> = s
        .trim()
        .trim_end_matches('日')
        .split(['-', '/', '.', '年', '月'])
        .filter(|p| !p.is_empty())
        .collect();
    if parts.is_empty() || parts.len() > 3 || !parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit())) {
        return None;
    }
    let year: u32 = parts[0].parse().ok().filter(|y| (1900..=2999).contains(y))?;
    let mut out = format!("{year:04}");
    let limits = [12, 31];
    for (p, max) in parts[1..].iter().zip(limits) {
        let n: u32 = p.parse().ok().filter(|n| (1..=max).contains(n))?;
        out.push_str(&format!("-{n:02}"));
    }
    Some(out)
}

#[cfg(test)]
mod date_tests {
    use super::*;

    #[test]
    fn date_ends_and_ranges() {
        assert_eq!(parse_date_end("2024-1").as_deref(), Some("2024-01"));
        assert_eq!(parse_date_end("2024年3月5日").as_deref(), Some("2024-03-05"));
        assert_eq!(parse_date_end("2024/13"), None);
        assert_eq!(parse_date_end("soon"), None);
        let r = DateRange {
            since: Some("2024-01".into()),
            until: Some("2024-03".into()),
        };
        assert!(r.contains(Some("2024-01-01")) && r.contains(Some("2024-03-31")));
        assert!(!r.contains(Some("2023-12-31")) && !r.contains(Some("2024-04-01")));
        assert!(!r.contains(None), "an undated article is in no range");
        assert!(DateRange::default().contains(None));
        let from_mid_january = DateRange {
            since: Some("2024-01-15".into()),
            until: Some("2024".into()),
        };
        assert!(from_mid_january.overlaps_month("2024-01") && from_mid_january.overlaps_month("2024-12"));
        assert!(!from_mid_january.overlaps_month("2023-12") && !from_mid_january.overlaps_month("2025-01"));
        assert_eq!(format_date("2024-08-01", "%Y年%-m月%-d日"), "2024年8月1日");
        assert_eq!(format_date("2024-08", "%Y年%-m月%-d日"), "2024-08");
    }
}

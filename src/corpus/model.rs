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
}

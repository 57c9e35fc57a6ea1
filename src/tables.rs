//! The export as tables for analysts — articles, paragraphs, quotes, people, regions,
//! projects, organisations, figures — with ids that join. One definition feeds the CSV
//! folder and the SQLite database, so both have the same columns.

use crate::corpus::model::{Corpus, ParagraphKind};
use crate::extract::Entities;
use std::borrow::Cow;

/// One cell. Text borrows from the corpus where it can: a table of every paragraph is a
/// table of pointers, not a second copy of the corpus.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell<'a> {
    Null,
    Int(i64),
    Real(f64),
    Text(Cow<'a, str>),
}

impl<'a> From<&'a str> for Cell<'a> {
    fn from(s: &'a str) -> Cell<'a> {
        Cell::Text(Cow::Borrowed(s))
    }
}
impl From<String> for Cell<'_> {
    fn from(s: String) -> Self {
        Cell::Text(Cow::Owned(s))
    }
}
impl<'a, T: Into<Cell<'a>>> From<Option<T>> for Cell<'a> {
    fn from(o: Option<T>) -> Cell<'a> {
        o.map_or(Cell::Null, Into::into)
    }
}
impl From<usize> for Cell<'_> {
    fn from(n: usize) -> Self {
        Cell::Int(n as i64)
    }
}
impl From<bool> for Cell<'_> {
    fn from(b: bool) -> Self {
        Cell::Int(b as i64)
    }
}
impl From<f64> for Cell<'_> {
    fn from(x: f64) -> Self {
        Cell::Real(x)
    }
}

impl rusqlite::ToSql for Cell<'_> {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, Value, ValueRef};
        Ok(match self {
            Cell::Null => ToSqlOutput::Owned(Value::Null),
            Cell::Int(n) => ToSqlOutput::Owned(Value::Integer(*n)),
            Cell::Real(x) => ToSqlOutput::Owned(Value::Real(*x)),
            Cell::Text(s) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
        })
    }
}

/// A column: name and SQL declaration (type and constraints).
pub type Column = (&'static str, &'static str);

/// One table: its name, columns, and rows.
pub struct Table<'a> {
    pub name: &'static str,
    pub columns: &'static [Column],
    pub rows: Vec<Vec<Cell<'a>>>,
}

/// Separator of list cells (`authors`, `roles`): the enumeration comma of Chinese text.
pub const LIST_SEP: &str = "、";

/// The eight tables of a corpus, in an order where every reference points backwards.
pub fn tables<'a>(corpus: &'a Corpus, e: &'a Entities) -> Vec<Table<'a>> {
    let art_region = |id| e.article_regions(id).0;
    let articles = Table {
        name: "articles",
        columns: &[
            ("id", "TEXT PRIMARY KEY"),
            ("file", "TEXT NOT NULL"),
            ("record", "INTEGER"),
            ("url", "TEXT"),
            ("site", "TEXT"),
            ("publication", "TEXT"),
            ("date", "TEXT"),
            ("title", "TEXT"),
            ("subtitle", "TEXT"),
            ("authors", "TEXT"),
            ("page", "TEXT"),
            ("region", "TEXT REFERENCES regions(name)"),
        ],
        rows: corpus
            .articles
            .iter()
            .map(|a| {
                vec![
                    a.id.0.as_ref().into(),
                    a.file.as_str().into(),
                    a.record.into(),
                    a.url.as_deref().into(),
                    a.site.as_deref().into(),
                    a.publication.as_deref().into(),
                    a.date.as_deref().into(),
                    Some(a.title.as_str()).filter(|t| !t.is_empty()).into(),
                    a.subtitle.as_deref().into(),
                    list(&a.authors).into(),
                    a.page.as_deref().into(),
                    art_region(&a.id).into(),
                ]
            })
            .collect(),
    };
    let mut paragraph_rows = Vec::new();
    for a in &corpus.articles {
        let mut n = 0;
        for s in &a.sections {
            for p in &s.paragraphs {
                n += 1;
                paragraph_rows.push(vec![
                    p.id.0.as_ref().into(),
                    a.id.0.as_ref().into(),
                    n.into(),
                    s.heading.as_deref().into(),
                    match p.kind {
                        ParagraphKind::Body => "body",
                        ParagraphKind::Caption => "caption",
                    }
                    .into(),
                    p.text.as_ref().into(),
                ]);
            }
        }
    }
    let paragraphs = Table {
        name: "paragraphs",
        columns: &[
            ("id", "TEXT PRIMARY KEY"),
            ("article", "TEXT NOT NULL REFERENCES articles(id)"),
            ("n", "INTEGER NOT NULL"),
            ("heading", "TEXT"),
            ("kind", "TEXT NOT NULL"),
            ("text", "TEXT NOT NULL"),
        ],
        rows: paragraph_rows,
    };
    let regions = Table {
        name: "regions",
        columns: &[
            ("name", "TEXT PRIMARY KEY"),
            ("full_name", "TEXT NOT NULL"),
            ("parent", "TEXT REFERENCES regions(name)"),
            ("level", "TEXT NOT NULL"),
            ("code", "TEXT"),
            ("articles", "INTEGER NOT NULL"),
        ],
        rows: e
            .regions
            .iter()
            .map(|r| {
                vec![
                    r.name.as_str().into(),
                    r.full_name.as_str().into(),
                    r.parent.as_deref().into(),
                    format!("{:?}", r.level).to_lowercase().into(),
                    r.code.as_str().into(),
                    r.articles.len().into(),
                ]
            })
            .collect(),
    };
    let people = Table {
        name: "people",
        // Two people may share a name (李强 of 梨树县, 李强 of 九台区): keyed by number.
        columns: &[
            ("id", "INTEGER PRIMARY KEY"),
            ("name", "TEXT NOT NULL"),
            ("regions", "TEXT"),
            ("roles", "TEXT"),
            ("organizations", "TEXT"),
            ("quotes", "INTEGER NOT NULL"),
            ("articles", "INTEGER NOT NULL"),
        ],
        rows: e
            .people
            .iter()
            .enumerate()
            .map(|(i, p)| {
                vec![
                    (i + 1).into(),
                    p.name.as_str().into(),
                    list(&p.regions).into(),
                    list(&p.roles).into(),
                    list(&p.organizations).into(),
                    p.quotes.len().into(),
                    p.articles.len().into(),
                ]
            })
            .collect(),
    };
    let person_of: std::collections::HashMap<&str, usize> = e
        .people
        .iter()
        .enumerate()
        .flat_map(|(i, p)| p.quotes.iter().map(move |q| (q.as_str(), i)))
        .collect();
    let quotes = Table {
        name: "quotes",
        columns: &[
            ("id", "TEXT PRIMARY KEY"),
            ("article", "TEXT NOT NULL REFERENCES articles(id)"),
            ("paragraph", "TEXT NOT NULL REFERENCES paragraphs(id)"),
            ("speaker", "TEXT"),
            ("person", "INTEGER REFERENCES people(id)"),
            ("role", "TEXT"),
            ("organization", "TEXT"),
            ("region", "TEXT REFERENCES regions(name)"),
            ("direct", "INTEGER NOT NULL"),
            ("via", "TEXT NOT NULL"),
            ("start", "INTEGER NOT NULL"),
            ("end", "INTEGER NOT NULL"),
            ("text", "TEXT NOT NULL"),
        ],
        rows: e
            .quotes
            .iter()
            .map(|q| {
                vec![
                    q.id.as_str().into(),
                    q.article.0.as_ref().into(),
                    q.paragraph.0.as_ref().into(),
                    q.speaker.as_deref().into(),
                    person_of.get(q.id.as_str()).map(|&i| i + 1).into(),
                    q.role.as_deref().into(),
                    q.organization.as_deref().into(),
                    q.region.as_deref().into(),
                    q.direct.into(),
                    q.via.name().into(),
                    q.span.start.into(),
                    q.span.end.into(),
                    q.text.as_str().into(),
                ]
            })
            .collect(),
    };
    let projects = Table {
        name: "projects",
        columns: &[
            ("id", "INTEGER PRIMARY KEY"),
            ("name", "TEXT NOT NULL"),
            ("region", "TEXT REFERENCES regions(name)"),
            ("investment", "REAL"),
            ("currency", "TEXT"),
            ("articles", "TEXT"),
            ("mentions", "INTEGER NOT NULL"),
        ],
        rows: e
            .projects
            .iter()
            .enumerate()
            .map(|(i, p)| {
                vec![
                    (i + 1).into(),
                    p.name.as_str().into(),
                    p.region.as_deref().into(),
                    p.investment.as_ref().map(|m| m.value).into(),
                    p.investment.as_ref().map(|m| m.currency.as_str()).into(),
                    ids(p.articles.iter().map(|a| a.0.as_ref())).into(),
                    p.mentions.len().into(),
                ]
            })
            .collect(),
    };
    let organizations = Table {
        name: "organizations",
        columns: &[
            ("id", "INTEGER PRIMARY KEY"),
            ("name", "TEXT NOT NULL"),
            ("kind", "TEXT NOT NULL"),
            ("articles", "TEXT"),
            ("mentions", "INTEGER NOT NULL"),
        ],
        rows: e
            .organizations
            .iter()
            .enumerate()
            .map(|(i, o)| {
                vec![
                    (i + 1).into(),
                    o.name.as_str().into(),
                    o.kind.as_str().into(),
                    ids(o.articles.iter().map(|a| a.0.as_ref())).into(),
                    o.mentions.len().into(),
                ]
            })
            .collect(),
    };
    let figures = Table {
        name: "figures",
        columns: &[
            ("id", "INTEGER PRIMARY KEY"),
            ("article", "TEXT NOT NULL REFERENCES articles(id)"),
            ("paragraph", "TEXT NOT NULL REFERENCES paragraphs(id)"),
            ("kind", "TEXT NOT NULL"),
            ("value", "REAL NOT NULL"),
            ("unit", "TEXT NOT NULL"),
            ("metric", "TEXT"),
            ("region", "TEXT REFERENCES regions(name)"),
            ("date", "TEXT"),
            ("status", "TEXT"),
            ("period", "TEXT"),
            ("start", "INTEGER NOT NULL"),
            ("end", "INTEGER NOT NULL"),
            ("text", "TEXT NOT NULL"),
        ],
        rows: e
            .figures
            .iter()
            .enumerate()
            .map(|(i, f)| {
                vec![
                    (i + 1).into(),
                    f.article.0.as_ref().into(),
                    f.paragraph.0.as_ref().into(),
                    f.kind.as_str().into(),
                    f.value.into(),
                    f.unit.as_str().into(),
                    f.metric.as_ref().map(|m| m.as_str()).into(),
                    f.region.as_ref().map(|m| m.as_str()).into(),
                    f.date.as_ref().map(|m| m.as_str()).into(),
                    f.status.map(|s| s.as_str()).into(),
                    f.period.as_ref().map(|m| m.as_str()).into(),
                    f.span.start.into(),
                    f.span.end.into(),
                    f.text.as_str().into(),
                ]
            })
            .collect(),
    };
    vec![
        regions,
        articles,
        paragraphs,
        people,
        quotes,
        projects,
        organizations,
        figures,
    ]
}

fn list(items: &[String]) -> Option<String> {
    (!items.is_empty()).then(|| items.join(LIST_SEP))
}

/// Article ids of a project or organisation, space-separated (ids hold no spaces).
fn ids<'a>(it: impl Iterator<Item = &'a str>) -> Option<String> {
    let v: Vec<&str> = it.collect();
    (!v.is_empty()).then(|| v.join(" "))
}

/// Indexes on the columns analysts join and filter on.
pub const INDEXES: &[(&str, &str)] = &[
    ("paragraphs", "article"),
    ("quotes", "article"),
    ("quotes", "speaker"),
    ("quotes", "person"),
    ("quotes", "region"),
    ("figures", "article"),
    ("figures", "region"),
    ("figures", "metric"),
    ("projects", "region"),
    ("articles", "region"),
    ("articles", "date"),
    ("regions", "parent"),
];

/// Views for the common questions, as SQL (tested in `tests/export_formats.rs`, shown in the
/// README).
pub const VIEWS: &[(&str, &str)] = &[
    (
        "quotes_with_speaker",
        "SELECT q.id, q.speaker, q.role, q.organization, q.region, a.date, a.title, a.url, q.text, q.via, q.article, q.paragraph \
         FROM quotes q JOIN articles a ON a.id = q.article",
    ),
    (
        "money_by_district",
        "SELECT f.region, f.metric, f.status, f.period, SUM(f.value) AS total, f.unit AS currency, COUNT(*) AS figures \
         FROM figures f WHERE f.kind = 'money' AND f.region IS NOT NULL AND f.metric IS NOT NULL \
         GROUP BY f.region, f.metric, f.status, f.period, f.unit",
    ),
];

/// Punctuation of Chinese text (，。、“”《》…—): words of the full-text index of their own, so
/// that a phrase never runs across a comma or a full stop.
fn is_cjk_punctuation(c: char) -> bool {
    matches!(c, '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}' | '\u{3001}'..='\u{303F}'
        | '\u{FE10}'..='\u{FE6B}' | '\u{FF01}'..='\u{FF0F}' | '\u{FF1A}'..='\u{FF20}'
        | '\u{FF3B}'..='\u{FF40}' | '\u{FF5B}'..='\u{FF65}')
}

/// The full-text index of the SQLite export. SQLite's word tokenizers cannot split Chinese,
/// which has no spaces, and its trigram tokenizer takes three times as long to build (an
/// index entry per character, each a random access into a table of every trigram seen: at
/// ×100 it alone took twice the whole JSON export). So each Chinese character and
/// punctuation mark is indexed as a word of its own ([`search_words`]) and a run of
/// characters is found as a phrase of characters: `MATCH '"营 商 环 境"'`. The `ascii` tokenizer splits on ASCII spaces and
/// punctuation and folds ASCII case, which is all the spaced text needs. Contentless: the
/// text stays in `paragraphs` and `quotes`, whose rowids are the index's (quotes numbered
/// after the paragraphs).
pub const SEARCH_INDEX: &str =
    "CREATE VIRTUAL TABLE search_index USING fts5(text, content = '', tokenize = 'ascii');";

/// `search`: the index with what it found, queried as an FTS5 table is (`WHERE search MATCH
/// '"营 商 环 境"' ORDER BY rank`); SQLite hands the MATCH through the view to the index.
pub const SEARCH_VIEW: &str = "CREATE VIEW search AS SELECT i.rowid AS rowid, search_index AS search, \
     CASE WHEN q.rowid IS NULL THEN 'paragraph' ELSE 'quote' END AS kind, \
     coalesce(q.id, p.id) AS id, coalesce(q.article, p.article) AS article, \
     coalesce(q.text, p.text) AS text, i.rank AS rank \
     FROM search_index i LEFT JOIN paragraphs p ON p.rowid = i.rowid LEFT JOIN quotes q ON q.rowid = i.rowid;";

/// A text as the full-text index reads it: every Chinese character and punctuation mark
/// spaced apart (a word each), Latin words and numbers as they are (`G331`, `3.5`).
pub fn search_words(text: &str, out: &mut String) {
    out.clear();
    // A Chinese character (3 bytes) takes one space after it.
    out.reserve(text.len() + text.len() / 3 + 2);
    // Whether the last thing written ends a word: one space between words, never two.
    let mut apart = true;
    for c in text.chars() {
        if crate::corpus::decode::is_han(c) || is_cjk_punctuation(c) {
            if !apart {
                out.push(' ');
            }
            out.push(c);
            out.push(' ');
            apart = true;
        } else if c.is_whitespace() {
            // The ascii tokenizer would read U+3000 as part of a word.
            if !apart {
                out.push(' ');
                apart = true;
            }
        } else {
            out.push(c);
            apart = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_words_space_chinese_and_its_punctuation_and_keep_latin_words() {
        let mut out = String::new();
        search_words("形成“链主”带动，G331国道　3.5亿元", &mut out);
        let words: Vec<&str> = out.split_whitespace().collect();
        assert_eq!(
            words,
            [
                "形", "成", "“", "链", "主", "”", "带", "动", "，", "G331", "国", "道", "3.5", "亿", "元"
            ]
        );
    }
}

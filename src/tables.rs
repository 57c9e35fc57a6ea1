//! The export as tables for analysts — articles, paragraphs, quotes, people, regions,
//! projects, organisations, figures — with ids that join. One definition feeds the CSV
//! folder and the SQLite database, so both have the same columns.

use crate::corpus::model::{Corpus, ParagraphKind};
use crate::extract::Entities;

/// One cell.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
}

impl From<&str> for Cell {
    fn from(s: &str) -> Cell {
        Cell::Text(s.to_owned())
    }
}
impl From<String> for Cell {
    fn from(s: String) -> Cell {
        Cell::Text(s)
    }
}
impl<T: Into<Cell>> From<Option<T>> for Cell {
    fn from(o: Option<T>) -> Cell {
        o.map_or(Cell::Null, Into::into)
    }
}
impl From<usize> for Cell {
    fn from(n: usize) -> Cell {
        Cell::Int(n as i64)
    }
}
impl From<bool> for Cell {
    fn from(b: bool) -> Cell {
        Cell::Int(b as i64)
    }
}
impl From<f64> for Cell {
    fn from(x: f64) -> Cell {
        Cell::Real(x)
    }
}

/// A column: name and SQL declaration (type and constraints).
pub type Column = (&'static str, &'static str);

/// One table: its name, columns, and rows.
pub struct Table {
    pub name: &'static str,
    pub columns: &'static [Column],
    pub rows: Vec<Vec<Cell>>,
}

/// Separator of list cells (`authors`, `roles`): the enumeration comma of Chinese text.
pub const LIST_SEP: &str = "、";

/// The eight tables of a corpus, in an order where every reference points backwards.
pub fn tables(corpus: &Corpus, e: &Entities) -> Vec<Table> {
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
                    a.url.clone().into(),
                    a.site.clone().into(),
                    a.publication.clone().into(),
                    a.date.clone().into(),
                    Some(a.title.as_str()).filter(|t| !t.is_empty()).into(),
                    a.subtitle.clone().into(),
                    list(&a.authors).into(),
                    a.page.clone().into(),
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
                    s.heading.clone().into(),
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
                    r.parent.clone().into(),
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
                    q.speaker.clone().into(),
                    person_of.get(q.id.as_str()).map(|&i| i + 1).into(),
                    q.role.clone().into(),
                    q.organization.clone().into(),
                    q.region.clone().into(),
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
                    p.region.clone().into(),
                    p.investment.as_ref().map(|m| m.value).into(),
                    p.investment.as_ref().map(|m| m.currency.clone()).into(),
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

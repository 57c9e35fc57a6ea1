//! `zhaoshang marks`: what the user starred, tagged or annotated, with citations — Markdown
//! (a list of footnoted quotes for a draft), CSV or JSON.

use crate::corpus::model::Corpus;
use crate::extract::sources::Source;
use crate::extract::Entities;
use crate::marks::{self, Citation, Keys, Kind, Mark, Status, Store};
use anyhow::{Context, Result};
use serde::Serialize;
use std::io::Write;
use std::process::ExitCode;

/// Output formats of `marks`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A Markdown list with footnoted citations.
    Md,
    Csv,
    Json,
}

/// A mark as printed: its citation from the corpus when it is there, else as it was marked.
#[derive(Serialize)]
struct Printed<'a> {
    kind: Kind,
    starred: bool,
    tags: &'a [String],
    note: &'a str,
    status: Status,
    created: &'a str,
    #[serde(flatten)]
    citation: Citation,
}

fn printed<'a>(corpus: &Corpus, e: &Entities, sources: &[Source], keys: &Keys, m: &'a Mark) -> Printed<'a> {
    let status = keys.status(m);
    let citation = match keys.find(&m.key) {
        Some(f) => marks::citation(corpus, e, sources, keys, f),
        None => m.citation.clone(),
    };
    Printed {
        kind: m.key.kind,
        starred: m.starred,
        tags: &m.tags,
        note: &m.note,
        status,
        created: &m.created,
        citation,
    }
}

/// `zhaoshang marks [--tag T] [--kind K] [--format md|csv|json]`: exit 1 when nothing matches.
pub fn marks(
    corpus: &Corpus,
    e: &Entities,
    tag: Option<&str>,
    kind: Option<&str>,
    format: Format,
    date_format: &str,
) -> Result<ExitCode> {
    let kind = match kind {
        Some(k) => Some(
            Kind::parse(k)
                .with_context(|| format!("unknown kind {k:?}: quote, article, project or person"))?,
        ),
        None => None,
    };
    let dir = marks::data_dir().context("no data folder for marks on this system; set ZHAOSHANG_DATA_DIR")?;
    let all = match Store::open_existing(&dir)? {
        Some(store) => store.all()?,
        None => Vec::new(),
    };
    if all.is_empty() {
        eprintln!(
            "no marks yet in {} (star with s, tag with t, note with a in the explorer)",
            dir.display()
        );
    }
    let chosen: Vec<&Mark> = all
        .iter()
        .filter(|m| tag.is_none_or(|t| m.tags.iter().any(|x| x == t)))
        .filter(|m| kind.is_none_or(|k| m.key.kind == k))
        .collect();
    let sources = crate::extract::sources::sources(e);
    let keys = Keys::new(corpus, e, &sources);
    let rows: Vec<Printed> = chosen
        .iter()
        .map(|m| printed(corpus, e, &sources, &keys, m))
        .collect();
    if rows.is_empty() && !all.is_empty() {
        eprintln!("no marks match");
    }
    let mut out = std::io::stdout().lock();
    match format {
        Format::Md => out.write_all(markdown(&rows, date_format).as_bytes())?,
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &rows)?;
            writeln!(out)?;
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(&mut out);
            w.write_record([
                "kind",
                "starred",
                "tags",
                "note",
                "status",
                "text",
                "speaker",
                "role",
                "organization",
                "region",
                "title",
                "publication",
                "date",
                "url",
                "article",
                "created",
            ])?;
            for r in &rows {
                let c = &r.citation;
                let o = |s: &Option<String>| s.clone().unwrap_or_default();
                w.write_record([
                    r.kind.as_str().to_owned(),
                    r.starred.to_string(),
                    r.tags.join(" "),
                    r.note.to_owned(),
                    r.status.as_str().to_owned(),
                    c.label.clone(),
                    o(&c.speaker),
                    o(&c.role),
                    o(&c.organization),
                    o(&c.region),
                    o(&c.title),
                    o(&c.publication),
                    o(&c.date),
                    o(&c.url),
                    o(&c.article),
                    r.created.to_owned(),
                ])?;
            }
            w.flush()?;
        }
    }
    Ok(if rows.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The Markdown: one list item a mark, its citation a footnote, its date in the configuration's
/// format (CSV and JSON keep ISO dates, for machines).
///
/// ```text
/// - ★ “这样的靶向招商……”[^1] — 周凯，宽城区副区长 `#承诺`
///   > 核对数字
///
/// [^1]: 周凯，宽城区副区长：吉林日报《长春市宽城区：……》，2026-03-01，http://…
/// ```
fn markdown(rows: &[Printed], date_format: &str) -> String {
    let mut items = Vec::new();
    let mut notes = Vec::new();
    for (i, r) in rows.iter().enumerate() {
        let n = i + 1;
        let c = &r.citation;
        let star = if r.starred { "★ " } else { "" };
        let who = c.who();
        let region = c.region.as_deref().map_or(String::new(), |g| format!("（{g}）"));
        let mut item = match r.kind {
            Kind::Quote if who.is_empty() => format!("- {star}“{}”[^{n}]", c.label),
            Kind::Quote => format!("- {star}“{}”[^{n}] — {who}", c.label),
            Kind::Article => format!("- {star}《{}》[^{n}]", c.label),
            Kind::Project => format!("- {star}项目 {}{region}[^{n}]", c.label),
            Kind::Person if who.is_empty() => format!("- {star}人物 {}[^{n}]", c.label),
            Kind::Person => format!("- {star}人物 {who}[^{n}]"),
        };
        for t in r.tags {
            item.push_str(&format!(" `#{t}`"));
        }
        match r.status {
            Status::Live => {}
            Status::Orphaned => item.push_str(" *(orphaned: its article no longer yields it)*"),
            Status::Elsewhere => item.push_str(" *(not in the files loaded)*"),
        }
        items.push(item);
        if !r.note.is_empty() {
            for line in r.note.lines() {
                items.push(format!("  > {line}"));
            }
        }
        let source = c.source(date_format);
        let footnote = match (r.kind, who.is_empty(), source.is_empty()) {
            (Kind::Quote, false, false) => format!("{who}：{source}"),
            (Kind::Quote, false, true) => who,
            (_, _, false) => source,
            _ => c.label.clone(),
        };
        notes.push(format!("[^{n}]: {footnote}"));
    }
    let mut s = format!("# Marks ({})\n\n", rows.len());
    for l in items {
        s.push_str(&l);
        s.push('\n');
    }
    if !notes.is_empty() {
        s.push('\n');
        for l in notes {
            s.push_str(&l);
            s.push('\n');
        }
    }
    s
}

//! Pipe-friendly commands: `search`, `quotes`, `regions`, `projects`, `districts`, `sources`,
//! `stats`. Plain
//! tab-separated lines by default, JSON Lines with `--json`; exit 0 when something was found,
//! 1 when nothing was, 2 on error — like grep.

use crate::corpus::model::Corpus;
use crate::extract::Entities;
use crate::search::{Index, Kind, Target};
use anyhow::{bail, Result};
use serde_json::json;
use std::io::{BufRead, Write};
use std::process::ExitCode;

/// Exit status by whether anything was printed.
fn found(n: usize) -> ExitCode {
    if n > 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// Tabs and newlines inside a field would break the line format.
fn field(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

fn print_line(out: &mut impl Write, json: bool, value: serde_json::Value, fields: &[&str]) -> Result<()> {
    if json {
        writeln!(out, "{value}")?;
    } else {
        writeln!(
            out,
            "{}",
            fields.iter().map(|f| field(f)).collect::<Vec<_>>().join("\t")
        )?;
    }
    Ok(())
}

/// A region named on the command line: exact name, else the best region search hit
/// (`朝阳`, `chaoyang`, `cyq` → 朝阳区).
pub fn resolve_region(e: &Entities, index: &Index, query: &str) -> Option<String> {
    if let Some(r) = e.regions.iter().find(|r| r.name == query) {
        return Some(r.name.clone());
    }
    let hit = index.search(query, Some(&[Kind::Region]), 1).into_iter().next()?;
    match &index.items[hit.item].target {
        Target::Region(n) => Some(n.clone()),
        _ => None,
    }
}

/// The region a `--region` option names: `Some(None)` without the option, `None` when it
/// names no region (nothing can be found then).
fn region_filter(e: &Entities, index: &Index, region: Option<&str>) -> Option<Option<String>> {
    match region {
        Some(r) => resolve_region(e, index, r).map(Some),
        None => Some(None),
    }
}

/// `zhaoshang search QUERY|-`: one query, or one per line from stdin (each result line then
/// starts with the query).
pub fn search(
    corpus: &Corpus,
    e: &Entities,
    query: &str,
    kind: Option<&str>,
    limit: usize,
    json: bool,
) -> Result<ExitCode> {
    let kinds = kinds_of(kind)?;
    let index = Index::build(corpus, e);
    let queries: Vec<String> = if query == "-" {
        std::io::stdin()
            .lock()
            .lines()
            .collect::<std::io::Result<Vec<_>>>()?
            .into_iter()
            .filter(|l| !l.trim().is_empty())
            .collect()
    } else {
        vec![query.to_owned()]
    };
    let many = query == "-";
    let mut out = std::io::stdout().lock();
    let mut total = 0;
    for q in &queries {
        for h in index.search(q, kinds.as_deref(), limit) {
            let it = &index.items[h.item];
            total += 1;
            let target = serde_json::to_value(&it.target)?;
            let value = json!({"query": q, "kind": it.kind, "label": it.label, "context": it.context, "score": h.score, "target": target});
            let kind = it.kind.name();
            let mut fields = vec![kind, &*it.label, &*it.context];
            if many {
                fields.insert(0, q.as_str());
            }
            print_line(&mut out, json, value, &fields)?;
        }
    }
    Ok(found(total))
}

/// The kinds `--kind` names, if any.
fn kinds_of(kind: Option<&str>) -> Result<Option<Vec<Kind>>> {
    match kind {
        Some(k) => match Kind::parse(k) {
            Some(k) => Ok(Some(vec![k])),
            None => bail!("unknown kind {k:?}: region, project, person, quote, article or paragraph"),
        },
        None => Ok(None),
    }
}

/// The region a search hit belongs to: the region itself, a project's, a source's, a quote's,
/// the focus of an article (a paragraph's article).
fn region_of_target(
    corpus: &Corpus,
    e: &Entities,
    sources: &[crate::extract::sources::Source],
    t: &Target,
) -> Option<String> {
    let focus = |id: &crate::corpus::model::ArticleId| e.article_regions(id).0;
    match t {
        Target::Region(n) => Some(n.clone()),
        Target::Project(p) => e.projects.get(*p)?.region.clone(),
        Target::Source(label) => sources.iter().find(|s| &s.label == label)?.region.clone(),
        Target::Quote(q) => e.quotes.get(*q)?.region.clone(),
        Target::Article(id) => focus(id),
        Target::Paragraph(p) => {
            let id = p.0.rsplit_once('/').map(|(a, _)| a)?;
            let a = corpus.articles.iter().find(|a| &*a.id.0 == id)?;
            focus(&a.id)
        }
    }
}

/// `zhaoshang search --batch FILE`: per query (one a line), its hits counted per district, as
/// Datashare's batch search does for a list of names. Tab-separated with a header (`query`,
/// `total`, one column per district, `elsewhere` for hits in no district), or JSON Lines.
pub fn batch(
    corpus: &Corpus,
    e: &Entities,
    file: &std::path::Path,
    kind: Option<&str>,
    limit: usize,
    json: bool,
) -> Result<ExitCode> {
    use anyhow::Context;
    let kinds = kinds_of(kind)?;
    let text = std::fs::read_to_string(file)
        .with_context(|| format!("reading the queries in {}", file.display()))?;
    let queries: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let index = Index::build(corpus, e);
    let sources = crate::extract::sources::sources(e);
    // Every district an article is about, the cities reported on whole after them: a hit
    // counts for the most specific one holding it.
    let (mut districts, others) = crate::extract::districts::compared_and_others(corpus, e);
    districts.extend(others);
    let mut out = std::io::stdout().lock();
    if !json {
        let mut header = vec!["query", "total"];
        header.extend(districts.iter().map(String::as_str));
        header.push("elsewhere");
        writeln!(out, "{}", header.join("\t"))?;
    }
    let mut any = 0;
    for q in &queries {
        let hits = index.search(q, kinds.as_deref(), limit);
        let mut per = vec![0usize; districts.len()];
        let mut elsewhere = 0;
        for h in &hits {
            let region = region_of_target(corpus, e, &sources, &index.items[h.item].target);
            // A hit counts for the district it lies in (朝阳区's quote for 朝阳区, not 长春市).
            let holding: Vec<usize> = region
                .map(|r| {
                    (0..districts.len())
                        .filter(|&d| e.within(&r, &districts[d]))
                        .collect()
                })
                .unwrap_or_default();
            // The most specific district holding it: 宽城区, not 长春市 above it.
            let deepest = holding
                .iter()
                .copied()
                .find(|&m| holding.iter().all(|&o| e.within(&districts[m], &districts[o])));
            match deepest {
                Some(d) => per[d] += 1,
                None => elsewhere += 1,
            }
        }
        any += hits.len();
        if json {
            let by: serde_json::Map<String, serde_json::Value> = districts
                .iter()
                .zip(&per)
                .filter(|(_, &n)| n > 0)
                .map(|(d, &n)| (d.clone(), json!(n)))
                .collect();
            writeln!(
                out,
                "{}",
                json!({"query": q, "total": hits.len(), "districts": by, "elsewhere": elsewhere})
            )?;
        } else {
            let mut row = vec![field(q), hits.len().to_string()];
            row.extend(per.iter().map(usize::to_string));
            row.push(elsewhere.to_string());
            writeln!(out, "{}", row.join("\t"))?;
        }
    }
    Ok(found(any))
}

/// What `zhaoshang quotes` is asked for.
pub struct QuoteQuery<'a> {
    pub region: Option<&'a str>,
    pub speaker: Option<&'a str>,
    /// How the lines show dates (the configuration's); JSON keeps ISO dates.
    pub date_format: &'a str,
}

/// `zhaoshang quotes [--region R] [--speaker S]`.
pub fn quotes(corpus: &Corpus, e: &Entities, how: &QuoteQuery, json: bool) -> Result<ExitCode> {
    let (region, speaker) = (how.region, how.speaker);
    let index = Index::build(corpus, e);
    let Some(region) = region_filter(e, &index, region) else {
        return Ok(ExitCode::from(1));
    };
    let speaker = speaker.map(crate::search::keys::fold_query);
    let dates: std::collections::HashMap<&crate::corpus::model::ArticleId, &crate::corpus::model::Article> =
        corpus.articles.iter().map(|a| (&a.id, a)).collect();
    let mut out = std::io::stdout().lock();
    let mut n = 0;
    for q in &e.quotes {
        if let Some(r) = &region {
            if !q.region.as_deref().is_some_and(|qr| e.within(qr, r)) {
                continue;
            }
        }
        if let Some(s) = &speaker {
            let who = crate::search::keys::fold_query(&format!(
                "{} {}",
                q.speaker.as_deref().unwrap_or(""),
                q.role.as_deref().unwrap_or("")
            ));
            if !who.contains(s.as_str()) {
                continue;
            }
        }
        let date = dates
            .get(&q.article)
            .copied()
            .and_then(|a| a.date.as_deref())
            .map(|d| crate::corpus::model::format_date(d, how.date_format))
            .unwrap_or_default();
        n += 1;
        let fields = [
            q.speaker.as_deref().unwrap_or("-"),
            q.role.as_deref().unwrap_or("-"),
            q.organization.as_deref().unwrap_or("-"),
            q.region.as_deref().unwrap_or("-"),
            if date.is_empty() { "-" } else { date.as_str() },
            &q.article.0,
            q.text.as_str(),
        ];
        print_line(&mut out, json, serde_json::to_value(q)?, &fields)?;
    }
    Ok(found(n))
}

/// `zhaoshang regions`: every region with its parent, level and counts — articles about it,
/// articles mentioning it, quotes, projects — counted as the explorer counts them.
pub fn regions(e: &Entities, json: bool) -> Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    let counts = e.region_counts();
    for (r, c) in e.regions.iter().zip(&counts) {
        let mut value = serde_json::to_value(r)?;
        value["about"] = json!(c.about);
        value["mentioning"] = json!(c.mentioning);
        value["quotes"] = json!(c.quotes);
        value["projects"] = json!(c.projects);
        let level = serde_json::to_value(r.level)?;
        let fields = [
            r.name.as_str(),
            r.parent.as_deref().unwrap_or("-"),
            level.as_str().unwrap_or(""),
            &c.about.to_string(),
            &c.mentioning.to_string(),
            &c.quotes.to_string(),
            &c.projects.to_string(),
        ];
        print_line(&mut out, json, value, &fields)?;
    }
    Ok(found(e.regions.len()))
}

/// `zhaoshang projects [--region R]`.
pub fn projects(corpus: &Corpus, e: &Entities, region: Option<&str>, json: bool) -> Result<ExitCode> {
    let index = Index::build(corpus, e);
    let Some(region) = region_filter(e, &index, region) else {
        return Ok(ExitCode::from(1));
    };
    let mut out = std::io::stdout().lock();
    let mut n = 0;
    for p in &e.projects {
        if let Some(r) = &region {
            if !p.region.as_deref().is_some_and(|x| e.within(x, r)) {
                continue;
            }
        }
        n += 1;
        let investment = p
            .investment
            .as_ref()
            .map(|m| format!("{:.0} {}", m.value, m.currency))
            .unwrap_or_else(|| "-".into());
        let articles: Vec<&str> = p.articles.iter().map(|a| &*a.0).collect();
        let fields = [
            p.name.as_str(),
            p.region.as_deref().unwrap_or("-"),
            investment.as_str(),
            &articles.join(","),
        ];
        print_line(&mut out, json, serde_json::to_value(p)?, &fields)?;
    }
    Ok(found(n))
}

/// A district table cell for a terminal: `163.87亿元 (2024年1-6月)`, or `-`.
pub fn cell_text(c: Option<&crate::extract::districts::Cell>) -> String {
    match c {
        Some(c) => match &c.period {
            Some(p) => format!("{:.2}亿元 ({p})", c.value / 1e8),
            None => format!("{:.2}亿元", c.value / 1e8),
        },
        None => "-".into(),
    }
}

/// `zhaoshang districts`: the dashboard's table — per district its articles, quotes,
/// projects, and per money category the result, the target and what is still negotiated.
pub fn districts(corpus: &Corpus, e: &Entities, json: bool) -> Result<ExitCode> {
    use crate::extract::districts;
    let (compared, others) = districts::compared_and_others(corpus, e);
    let rows = districts::rows(corpus, e, &compared, &others);
    let mut out = std::io::stdout().lock();
    for r in &rows {
        let mut fields = vec![
            r.district.clone(),
            r.articles.to_string(),
            r.quotes.to_string(),
            r.projects.to_string(),
        ];
        for m in &r.money {
            fields.push(cell_text(m.actual.as_ref()));
            fields.push(cell_text(m.target.as_ref()));
            fields.push(cell_text(m.prospective.as_ref()));
        }
        fields.push(if r.compared { "compared" } else { "not compared" }.into());
        let fields: Vec<&str> = fields.iter().map(String::as_str).collect();
        print_line(&mut out, json, serde_json::to_value(r)?, &fields)?;
    }
    Ok(found(rows.len()))
}

/// `zhaoshang sources [--region R]`: what the Sources pane lists — people and anonymous
/// sources (one per organisation) with role, organisation, region and number of quotes.
pub fn sources(corpus: &Corpus, e: &Entities, region: Option<&str>, json: bool) -> Result<ExitCode> {
    let index = Index::build(corpus, e);
    let Some(region) = region_filter(e, &index, region) else {
        return Ok(ExitCode::from(1));
    };
    let mut out = std::io::stdout().lock();
    let mut n = 0;
    for s in crate::extract::sources::sources(e) {
        if let Some(r) = &region {
            // A source of the region: one of its quotes is the region's (or a subregion's).
            let of_region = s
                .quotes
                .iter()
                .any(|&q| e.quotes[q].region.as_deref().is_some_and(|x| e.within(x, r)));
            if !of_region {
                continue;
            }
        }
        n += 1;
        let count = s.quotes.len().to_string();
        let fields = [
            s.label.as_str(),
            s.name.as_deref().unwrap_or("-"),
            if s.role.is_empty() { "-" } else { s.role.as_str() },
            s.organization.as_deref().unwrap_or("-"),
            s.region.as_deref().unwrap_or("-"),
            count.as_str(),
        ];
        print_line(&mut out, json, serde_json::to_value(&s)?, &fields)?;
    }
    Ok(found(n))
}

/// `zhaoshang stats`: sizes of the corpus and its entities.
pub fn stats(corpus: &Corpus, e: &Entities, json: bool) -> Result<ExitCode> {
    let paragraphs: usize = corpus.articles.iter().map(|a| a.paragraphs().count()).sum();
    let rows: Vec<(&str, usize)> = vec![
        ("bytes", corpus.bytes),
        ("articles", corpus.articles.len()),
        ("paragraphs", paragraphs),
        ("regions", e.regions.len()),
        ("quotes", e.quotes.len()),
        ("people", e.people.len()),
        ("projects", e.projects.len()),
        ("organizations", e.organizations.len()),
        ("figures", e.figures.len()),
        ("warnings", corpus.warnings.len()),
    ];
    let mut out = std::io::stdout().lock();
    if json {
        let obj: serde_json::Map<String, serde_json::Value> =
            rows.iter().map(|(k, v)| ((*k).to_owned(), json!(v))).collect();
        writeln!(out, "{}", serde_json::Value::Object(obj))?;
    } else {
        for (k, v) in &rows {
            writeln!(out, "{k}\t{v}")?;
        }
    }
    Ok(found(corpus.articles.len()))
}

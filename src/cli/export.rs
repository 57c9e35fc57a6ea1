//! `zhaoshang export` and `zhaoshang summary`.

use crate::corpus::model::Corpus;
use crate::export::Export;
use crate::extract::Entities;
use anyhow::Result;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Opens the inputs (through the cache unless `no_cache`), reporting warnings on stderr; a
/// missing path is an error.
pub fn load_reporting(paths: &[PathBuf], no_cache: bool) -> Result<(Corpus, Entities)> {
    let opts = crate::open::Options {
        no_cache,
        progress: true,
        ..Default::default()
    };
    let (corpus, entities, _) = crate::open::open(paths, &opts)?;
    for w in &corpus.warnings {
        eprintln!("zhaoshang: warning: {w}");
    }
    Ok((corpus, entities))
}

/// Prints the export JSON.
pub fn export(paths: &[PathBuf], pretty: bool, no_cache: bool) -> Result<ExitCode> {
    let (corpus, entities) = load_reporting(paths, no_cache)?;
    let doc = Export::new(&corpus, &entities);
    let mut out = std::io::stdout().lock();
    if pretty {
        serde_json::to_writer_pretty(&mut out, &doc)?;
    } else {
        serde_json::to_writer(&mut out, &doc)?;
    }
    writeln!(out)?;
    Ok(ExitCode::SUCCESS)
}

/// Prints what was loaded: articles with titles and sizes, then entity counts.
pub fn summary(paths: &[PathBuf], no_cache: bool) -> Result<ExitCode> {
    let (corpus, entities) = load_reporting(paths, no_cache)?;
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "{} articles, {} bytes read",
        corpus.articles.len(),
        corpus.bytes
    )?;
    for a in &corpus.articles {
        let paragraphs = a.paragraphs().count();
        let date = a.date.as_deref().unwrap_or("----------");
        writeln!(
            out,
            "  {}  {date}  {}  ({} sections, {paragraphs} paragraphs)",
            a.id,
            a.title,
            a.sections.len()
        )?;
    }
    writeln!(
        out,
        "{} regions, {} quotes, {} projects, {} organisations, {} people, {} figures",
        entities.regions.len(),
        entities.quotes.len(),
        entities.projects.len(),
        entities.organizations.len(),
        entities.people.len(),
        entities.figures.len()
    )?;
    Ok(ExitCode::SUCCESS)
}

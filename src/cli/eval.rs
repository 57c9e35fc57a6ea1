//! `zhaoshang eval GOLD.json [PATH…]`: scores the extraction of annotated pages.

use crate::eval::{score, GoldPage, Report};
use anyhow::{Context, Result};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The pages beside an annotation: `<folder of GOLD.json>/pages`.
fn default_pages(gold: &Path) -> PathBuf {
    gold.parent().unwrap_or(Path::new(".")).join("pages")
}

/// Reads an annotation file, saying which file and where it is malformed.
pub fn read_gold(path: &Path) -> Result<Vec<GoldPage>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    serde_json::from_str(&text).with_context(|| format!("{}: not an annotation file", path.display()))
}

/// Loads the pages, scores them and prints the table (or JSON).
pub fn eval(
    gold_path: &Path,
    paths: &[PathBuf],
    json: bool,
    misses: bool,
    how: &super::export::Loading,
) -> Result<ExitCode> {
    let gold = read_gold(gold_path)?;
    let paths = if paths.is_empty() {
        vec![default_pages(gold_path)]
    } else {
        paths.to_vec()
    };
    let (corpus, entities) = super::export::load_reporting(&paths, how)?;
    let report = score(&gold, &corpus, &entities);
    let mut out = std::io::stdout().lock();
    if json {
        serde_json::to_writer(&mut out, &report)?;
        writeln!(out)?;
    } else {
        print_table(&mut out, &report, misses)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The table: one line per measure with found/total, share and bar, then the misses.
fn print_table(out: &mut impl Write, r: &Report, misses: bool) -> Result<()> {
    writeln!(out, "{} pages scored", r.pages)?;
    if !r.missing.is_empty() {
        writeln!(out, "not loaded ({}): {}", r.missing.len(), r.missing.join(" "))?;
    }
    for m in &r.measures {
        let mark = if m.passes() { "ok" } else { "below" };
        writeln!(
            out,
            "{:<54}{:>9}  {:>5.1}%  bar {:>3.0}%  {mark}",
            m.name,
            format!("{}/{}", m.found, m.total),
            100.0 * m.ratio(),
            100.0 * m.bar
        )?;
    }
    if misses {
        for m in r.measures.iter().filter(|m| !m.misses.is_empty()) {
            writeln!(out, "\n{} — {} missed:", m.name, m.misses.len())?;
            for line in &m.misses {
                writeln!(out, "  {line}")?;
            }
        }
    }
    Ok(())
}

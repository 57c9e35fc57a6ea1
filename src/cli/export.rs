//! `zhaoshang export` (JSON, JSON Lines, a folder of CSV tables, a SQLite database) and
//! `zhaoshang summary`.

use crate::corpus::formats::FieldMap;
use crate::corpus::model::Article;
use crate::corpus::model::Corpus;
use crate::export::{article_out, Export};
use crate::extract::ArticleExtract;
use crate::extract::Entities;
use crate::open::{Progress, Reporter};
use crate::tables::{self, Cell, Table};
use anyhow::{bail, Context, Result};
use std::borrow::Cow;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// How the commands open a corpus.
#[derive(Clone, Debug, Default)]
pub struct Loading {
    /// Neither read nor write the cache.
    pub no_cache: bool,
    /// Dataset fields named explicitly (`--field content=正文`).
    pub fields: FieldMap,
}

/// Opens the inputs (through the cache unless `no_cache`), reporting warnings on stderr; a
/// missing path is an error.
pub fn load_reporting(paths: &[PathBuf], how: &Loading) -> Result<(Corpus, Entities)> {
    let opts = crate::open::Options {
        no_cache: how.no_cache,
        progress: stderr_progress(),
        fields: how.fields.clone(),
        ..Default::default()
    };
    let (corpus, entities, _) = crate::open::open(paths, &opts)?;
    for w in &corpus.warnings {
        eprintln!("zhaoshang: warning: {w}");
    }
    Ok((corpus, entities))
}

/// Progress on stderr, when it is a terminal, for loads long enough to wait for: every
/// hundred files of a large folder, the articles of a large file as they are read.
pub fn stderr_progress() -> Option<Reporter> {
    use std::io::IsTerminal;
    if !std::io::stderr().is_terminal() {
        return None;
    }
    Some(Reporter::new(|p| match p {
        Progress::Files { done, total } if total >= 200 && (done.is_multiple_of(100) || done == total) => {
            eprint!("\rzhaoshang: loading {done}/{total} files…");
            if done == total {
                eprintln!();
            }
        }
        Progress::Extracting { file, done, total } => {
            eprint!("\rzhaoshang: reading {file}: {done}/{total} articles…");
            if done == total {
                eprintln!();
            }
        }
        _ => {}
    }))
}

/// The export formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One JSON document (the contract in the README).
    Json,
    /// One article per line with its entities.
    Jsonl,
    /// A folder of tables (articles.csv, paragraphs.csv, quotes.csv …).
    Csv,
    /// One SQLite database with the same tables, views and a full-text index.
    Sqlite,
}

/// What `export` was asked for.
#[derive(Clone, Debug)]
pub struct ExportArgs {
    pub format: Format,
    /// A file (json, jsonl, sqlite) or folder (csv); json and jsonl default to stdout.
    pub out: Option<PathBuf>,
    pub pretty: bool,
    /// CSV without the UTF-8 byte order mark (Excel and WPS need it to read UTF-8).
    pub no_bom: bool,
}

/// Loads the inputs and writes the export; JSON Lines are written file by file as the
/// inputs are read, never holding the corpus.
pub fn export(paths: &[PathBuf], args: &ExportArgs, how: &Loading) -> Result<ExitCode> {
    if args.format == Format::Jsonl {
        let mut out = output(args.out.as_deref())?;
        export_jsonl(paths, how, &mut out)?;
        out.flush()?;
    } else {
        let (corpus, entities) = load_reporting(paths, how)?;
        write_export(&corpus, &entities, args)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// A buffered output file, or stdout.
fn output(path: Option<&Path>) -> Result<Box<dyn Write>> {
    Ok(match path {
        Some(p) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).with_context(|| format!("{}: cannot create", p.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    })
}

/// Writes a loaded corpus in the format asked for (JSON Lines are not written from a loaded
/// corpus: see [`export_jsonl`]).
pub fn write_export(corpus: &Corpus, entities: &Entities, args: &ExportArgs) -> Result<()> {
    match args.format {
        Format::Jsonl => bail!("JSON Lines are written as the inputs are read (export_jsonl)"),
        Format::Json => {
            let mut out = output(args.out.as_deref())?;
            let doc = Export::new(corpus, entities);
            if args.pretty {
                serde_json::to_writer_pretty(&mut out, &doc)?;
            } else {
                serde_json::to_writer(&mut out, &doc)?;
            }
            writeln!(out)?;
            out.flush()?;
        }
        Format::Csv => {
            let dir = args.out.clone().unwrap_or_else(|| PathBuf::from("zhaoshang-csv"));
            write_csv(&tables::tables(corpus, entities), &dir, !args.no_bom)?;
            eprintln!("zhaoshang: wrote the tables to {}/", dir.display());
        }
        Format::Sqlite => {
            let path = args
                .out
                .clone()
                .unwrap_or_else(|| PathBuf::from("zhaoshang.sqlite"));
            write_sqlite(corpus, entities, &path)?;
            eprintln!("zhaoshang: wrote {}", path.display());
        }
    }
    Ok(())
}

/// Reads the inputs a few files at a time (through the cache) and writes each file's
/// articles as JSON Lines as soon as they are read ([`write_jsonl_file`]): memory is that of
/// the files in flight, whatever the size of the corpus. Warnings go to stderr at the end.
pub fn export_jsonl(paths: &[PathBuf], how: &Loading, out: &mut dyn Write) -> Result<()> {
    let opts = crate::open::Options {
        no_cache: how.no_cache,
        progress: stderr_progress(),
        fields: how.fields.clone(),
        ..Default::default()
    };
    let (inputs, skipped) = crate::open::inputs(paths)?;
    let (warnings, _) = crate::open::stream_inputs(&inputs, &opts, |articles, extracts| {
        write_jsonl_file(&articles, &extracts, out)
    })?;
    for w in warnings.iter().chain(&skipped) {
        eprintln!("zhaoshang: warning: {w}");
    }
    Ok(())
}

/// One line per article: the article as in the JSON export, its quotes and figures, and the
/// projects, organisations and people it names as this article names them (mentions, roles,
/// organisations and investment stated here; the corpus-wide lists are the JSON export's).
/// Each line is serialised on its own.
pub fn write_jsonl_file(
    articles: &[Article],
    extracts: &[ArticleExtract],
    out: &mut dyn Write,
) -> std::io::Result<()> {
    use crate::extract::model::{Figure, Money, Quote, Span};
    /// A project, organisation or person as seen from one article.
    #[derive(serde::Serialize)]
    struct Named<'a> {
        name: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        kind: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        region: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        investment: Option<&'a Money>,
        #[serde(skip_serializing_if = "Option::is_none")]
        roles: Option<&'a [String]>,
        #[serde(skip_serializing_if = "Option::is_none")]
        organizations: Option<&'a [String]>,
        #[serde(skip_serializing_if = "<[Span]>::is_empty")]
        mentions: &'a [Span],
    }
    #[derive(serde::Serialize)]
    struct Line<'a> {
        #[serde(flatten)]
        article: crate::export::ArticleOut,
        quotes: &'a [Quote],
        projects: Vec<Named<'a>>,
        organizations: Vec<Named<'a>>,
        people: Vec<Named<'a>>,
        figures: &'a [Figure],
    }
    for (a, x) in articles.iter().zip(extracts) {
        // The merges the corpus uses, over this article alone.
        let projects = crate::extract::projects::merge([(&a.id, x.projects.as_slice())]);
        let orgs = crate::extract::orgs::merge([(&a.id, x.orgs.as_slice())]);
        let people = crate::extract::quotes::people(&x.quotes);
        let line = Line {
            article: article_out(a, Some(&x.regions)),
            quotes: &x.quotes,
            projects: projects
                .iter()
                .map(|p| Named {
                    name: &p.name,
                    kind: None,
                    region: p.region.as_deref(),
                    investment: p.investment.as_ref(),
                    roles: None,
                    organizations: None,
                    mentions: &p.mentions,
                })
                .collect(),
            organizations: orgs
                .iter()
                .map(|o| Named {
                    name: &o.name,
                    kind: Some(&o.kind),
                    region: None,
                    investment: None,
                    roles: None,
                    organizations: None,
                    mentions: &o.mentions,
                })
                .collect(),
            people: people
                .iter()
                .map(|p| Named {
                    name: &p.name,
                    kind: None,
                    region: None,
                    investment: None,
                    roles: Some(&p.roles),
                    organizations: Some(&p.organizations),
                    mentions: &[],
                })
                .collect(),
            figures: &x.figures,
        };
        serde_json::to_writer(&mut *out, &line)?;
        out.write_all(b"\n")?;
    }
    Ok(())
}

/// The tables as `<name>.csv` files in `dir` (created if missing), UTF-8 with a byte order
/// mark when `bom` (Excel and WPS read BOM-less CSV in the local code page: 乱码).
pub fn write_csv(tables: &[Table], dir: &Path, bom: bool) -> Result<()> {
    std::fs::create_dir_all(dir).with_context(|| format!("{}: cannot create the folder", dir.display()))?;
    for t in tables {
        let path = dir.join(format!("{}.csv", t.name));
        let file =
            std::fs::File::create(&path).with_context(|| format!("{}: cannot create", path.display()))?;
        let mut w = std::io::BufWriter::new(file);
        if bom {
            w.write_all(b"\xEF\xBB\xBF")?;
        }
        let mut c = csv::Writer::from_writer(w);
        c.write_record(t.columns.iter().map(|(n, _)| *n))?;
        for row in &t.rows {
            c.write_record(row.iter().map(|cell| match cell {
                Cell::Null => Cow::Borrowed(&b""[..]),
                Cell::Int(n) => Cow::Owned(n.to_string().into_bytes()),
                Cell::Real(x) => Cow::Owned(x.to_string().into_bytes()),
                Cell::Text(s) => Cow::Borrowed(s.as_bytes()),
            }))?;
        }
        c.flush()
            .with_context(|| format!("{}: cannot write", path.display()))?;
    }
    Ok(())
}

/// The tables, indexes, views and a full-text index (`search`, over paragraphs and quotes) in
/// one SQLite file, written beside the target and renamed over it when complete.
pub fn write_sqlite(corpus: &Corpus, e: &Entities, path: &Path) -> Result<()> {
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    let _ = std::fs::remove_file(&tmp);
    let r = fill_sqlite(corpus, e, &tmp);
    if let Err(err) = r {
        let _ = std::fs::remove_file(&tmp);
        return Err(err.context(format!("{}: cannot write the database", path.display())));
    }
    std::fs::rename(&tmp, path).with_context(|| format!("{}: cannot write", path.display()))?;
    Ok(())
}

fn fill_sqlite(corpus: &Corpus, e: &Entities, path: &Path) -> Result<()> {
    let mut db = rusqlite::Connection::open(path)?;
    // A fresh file written once by this process: no journal, no fsync, no lock per
    // statement; foreign keys checked once at the end rather than per row.
    db.execute_batch(FRESH_FILE)?;
    // The full-text index is half the work and needs nothing from the tables: it is built on
    // a second core, into a file of its own beside this one, while the tables are written,
    // and its rows are then copied in (a copy of a few large blobs, not a rebuild).
    let index_file = path.with_extension(format!("fts{}", std::process::id()));
    let _ = std::fs::remove_file(&index_file);
    let r = std::thread::scope(|s| -> Result<()> {
        let index = s.spawn(|| build_search_index(corpus, e, &index_file));
        let tx = db.transaction()?;
        let tables = tables::tables(corpus, e);
        let paragraphs = fill_tables(&tx, &tables)?;
        drop(tables);
        // Indexes after the rows: one sort per index instead of a B-tree insert per row.
        for (table, col) in tables::INDEXES {
            tx.execute_batch(&format!("CREATE INDEX {table}_{col} ON {table}(\"{col}\");"))?;
        }
        for (name, sql) in tables::VIEWS {
            tx.execute_batch(&format!("CREATE VIEW {name} AS {sql};"))?;
        }
        // The index numbers paragraphs from 1 in corpus order and quotes after them, as
        // `fill_tables` gives their rowids.
        let last: Option<i64> = tx.query_row("SELECT MAX(rowid) FROM paragraphs", [], |r| r.get(0))?;
        if last.unwrap_or(0) != paragraphs as i64 {
            bail!("the paragraphs' rowids are not 1 to {paragraphs}");
        }
        tx.execute_batch(tables::SEARCH_INDEX)?;
        tx.execute_batch(tables::SEARCH_VIEW)?;
        tx.commit()?;
        // Checked while the index is still being built.
        let broken: i64 = db.query_row("SELECT COUNT(*) FROM pragma_foreign_key_check", [], |r| r.get(0))?;
        if broken > 0 {
            bail!("{broken} rows refer to missing rows (foreign keys)");
        }
        index
            .join()
            .map_err(|_| anyhow::anyhow!("the full-text index's thread stopped"))??;
        copy_search_index(&mut db, &index_file)
    });
    let _ = std::fs::remove_file(&index_file);
    r
}

/// Pragmas for a file written once, start to end, by this process.
const FRESH_FILE: &str =
    "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE;
     PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = OFF;";

/// The tables behind the full-text index `search_index` (FTS5's shadow tables).
const SEARCH_INDEX_TABLES: [&str; 4] = [
    "search_index_data",
    "search_index_idx",
    "search_index_docsize",
    "search_index_config",
];

/// Builds the full-text index of paragraphs and quotes in a database file of its own: rowids
/// as [`fill_tables`] numbers them, paragraphs from 1 in corpus order, quotes after them.
fn build_search_index(corpus: &Corpus, e: &Entities, file: &Path) -> Result<()> {
    let mut db = rusqlite::Connection::open(file)?;
    db.execute_batch(FRESH_FILE)?;
    let tx = db.transaction()?;
    let texts = corpus
        .articles
        .iter()
        .flat_map(|a| a.paragraphs().map(|p| &*p.text))
        .chain(e.quotes.iter().map(|q| q.text.as_str()));
    fill_search_index(&tx, (1i64..).zip(texts))?;
    tx.commit()?;
    Ok(())
}

/// Replaces the rows of the (empty) `search_index` of `db` by those of the index built in
/// `file`: the same FTS5 table, so its shadow tables hold the same kind of rows.
fn copy_search_index(db: &mut rusqlite::Connection, file: &Path) -> Result<()> {
    let name = file.to_str().context("the index file's path is not UTF-8")?;
    db.execute("ATTACH DATABASE ?1 AS built", [name])?;
    let tx = db.transaction()?;
    for t in SEARCH_INDEX_TABLES {
        tx.execute_batch(&format!(
            "DELETE FROM main.{t}; INSERT INTO main.{t} SELECT * FROM built.{t};"
        ))?;
    }
    tx.commit()?;
    db.execute_batch("DETACH DATABASE built;")?;
    Ok(())
}

/// Creates the tables and inserts their rows; the number of paragraphs.
fn fill_tables(tx: &rusqlite::Transaction, tables: &[Table]) -> Result<usize> {
    let mut paragraphs = 0;
    for t in tables {
        let cols: Vec<String> = t
            .columns
            .iter()
            .map(|(n, decl)| format!("\"{n}\" {decl}"))
            .collect();
        tx.execute_batch(&format!("CREATE TABLE {} ({});", t.name, cols.join(", ")))?;
        let marks = vec!["?"; t.columns.len()].join(", ");
        if t.name == "quotes" {
            // Quotes are numbered after the paragraphs: one rowid names a paragraph or a
            // quote in the full-text index.
            let names: Vec<String> = t.columns.iter().map(|(n, _)| format!("\"{n}\"")).collect();
            let mut stmt = tx.prepare(&format!(
                "INSERT INTO quotes (rowid, {}) VALUES (?, {marks})",
                names.join(", ")
            ))?;
            for (row, rowid) in t.rows.iter().zip(paragraphs + 1..) {
                let rowid = tables::Cell::from(rowid);
                stmt.execute(rusqlite::params_from_iter(std::iter::once(&rowid).chain(row)))?;
            }
        } else {
            if t.name == "paragraphs" {
                paragraphs = t.rows.len();
            }
            let mut stmt = tx.prepare(&format!("INSERT INTO {} VALUES ({marks})", t.name))?;
            for row in &t.rows {
                stmt.execute(rusqlite::params_from_iter(row))?;
            }
        }
    }
    Ok(paragraphs)
}

/// The full-text index of paragraphs and quotes by rowid (see [`tables::SEARCH_INDEX`]).
fn fill_search_index<'a>(
    tx: &rusqlite::Transaction,
    texts: impl Iterator<Item = (i64, &'a str)>,
) -> Result<()> {
    tx.execute_batch(tables::SEARCH_INDEX)?;
    // One flush of the index per 64 MB and no merging on the way (FTS5 otherwise writes a
    // segment per megabyte and merges them as it goes), one merge at the end; FTS5's
    // defaults are then restored for anyone who adds rows later.
    tx.execute_batch(
        "INSERT INTO search_index(search_index, rank) VALUES ('hashsize', 67108864);
         INSERT INTO search_index(search_index, rank) VALUES ('automerge', 0);",
    )?;
    {
        let mut insert = tx.prepare("INSERT INTO search_index(rowid, text) VALUES (?, ?)")?;
        let mut words = String::new();
        for (rowid, text) in texts {
            tables::search_words(text, &mut words);
            insert.execute(rusqlite::params![rowid, words])?;
        }
    }
    tx.execute_batch(
        "INSERT INTO search_index(search_index) VALUES ('optimize');
         INSERT INTO search_index(search_index, rank) VALUES ('hashsize', 1048576);
         INSERT INTO search_index(search_index, rank) VALUES ('automerge', 4);",
    )?;
    Ok(())
}

/// Prints what was loaded: articles with titles and sizes, then entity counts.
pub fn summary(paths: &[PathBuf], how: &Loading) -> Result<ExitCode> {
    let (corpus, entities) = load_reporting(paths, how)?;
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
            a.display_title(),
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

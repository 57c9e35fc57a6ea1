//! Command-line commands: argument structs and what each command prints.

pub mod bench;
pub mod export;
pub mod query;

use anyhow::Result;
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// Terminal explorer for Chinese regional news on investment promotion (招商引资).
#[derive(Debug, Parser)]
#[command(name = "zhaoshang", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Files or folders of .txt articles to open (default: the bundled seed articles).
    pub paths: Vec<PathBuf>,
    /// Do not read or write the cache of processed files.
    #[arg(long, global = true)]
    pub no_cache: bool,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the whole corpus with its entities as JSON.
    Export {
        /// Files or folders (default: the bundled seeds).
        paths: Vec<PathBuf>,
        /// Indent the JSON.
        #[arg(long)]
        pretty: bool,
    },
    /// Print a one-screen summary of the corpus.
    Summary { paths: Vec<PathBuf> },
    /// Search regions, projects, people, quotes, articles and paragraphs (QUERY `-`: one
    /// query per line from stdin).
    Search {
        query: String,
        paths: Vec<PathBuf>,
        /// Only this kind: region, project, person, quote, article or paragraph.
        #[arg(long)]
        kind: Option<String>,
        #[arg(long, default_value_t = 20)]
        limit: usize,
        /// JSON Lines instead of tab-separated lines.
        #[arg(long)]
        json: bool,
    },
    /// List quotes, by region and/or speaker.
    Quotes {
        paths: Vec<PathBuf>,
        /// A region (name, short form or pinyin): its quotes and its subregions'.
        #[arg(long)]
        region: Option<String>,
        /// Part of the speaker's name or role.
        #[arg(long)]
        speaker: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// List regions with parent, level and counts.
    Regions {
        paths: Vec<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// List projects, by region.
    Projects {
        paths: Vec<PathBuf>,
        #[arg(long)]
        region: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Sizes of the corpus and its entities.
    Stats {
        paths: Vec<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// Measure load and search at ×1, ×100 and ×1000 against baselines from the same run.
    Bench {
        /// Scales to measure (the seed corpus copied N times).
        #[arg(long, value_delimiter = ',', default_values_t = vec![1, 100])]
        scales: Vec<usize>,
        /// Timed repetitions (the median is reported).
        #[arg(long, default_value_t = 3)]
        runs: usize,
    },
    /// Measure launch to first frame and keystroke to frame in the search box.
    BenchUi {
        /// The larger corpus: the seeds ×N.
        #[arg(long, default_value_t = 100)]
        scale: usize,
        /// Repetitions of the launch measurement (the median is reported).
        #[arg(long, default_value_t = 5)]
        runs: usize,
    },
    /// One scale of `bench`, in a process of its own (so its peak memory is its own).
    #[command(hide = true)]
    BenchScale {
        dir: PathBuf,
        #[arg(long)]
        runs: usize,
        #[arg(long)]
        cache: PathBuf,
    },
    /// Load, build and draw one frame off-screen, printing the milliseconds it took.
    #[command(hide = true)]
    FirstFrame { paths: Vec<PathBuf> },
    /// Open a corpus as the explorer does (index included), printing the peak resident bytes.
    #[command(hide = true)]
    PeakMemory {
        dir: PathBuf,
        #[arg(long)]
        cache: Option<PathBuf>,
    },
    /// Write the seed corpus scaled ×N into a folder (deterministic: same N, same files).
    Scale {
        #[arg(long)]
        factor: usize,
        #[arg(long)]
        out: PathBuf,
    },
}

/// Opens the explorer; without a terminal (a pipe, CI) prints the summary instead.
fn explore(paths: &[PathBuf], no_cache: bool) -> Result<ExitCode> {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        eprintln!("zhaoshang: not a terminal; printing the summary (run `zhaoshang export` for JSON)");
        return export::summary(paths, no_cache);
    }
    let (corpus, entities) = export::load_reporting(paths, no_cache)?;
    crate::tui::run(crate::tui::data::Data::new(corpus, entities))?;
    Ok(ExitCode::SUCCESS)
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<ExitCode> {
    let started = std::time::Instant::now();
    let nc = cli.no_cache;
    let load = |paths: &[PathBuf]| export::load_reporting(paths, nc);
    match cli.command {
        Some(Command::Export { paths, pretty }) => export::export(&paths, pretty, nc),
        Some(Command::Summary { paths }) => export::summary(&paths, nc),
        Some(Command::Search {
            query,
            paths,
            kind,
            limit,
            json,
        }) => {
            let (c, e) = load(&paths)?;
            query::search(&c, &e, &query, kind.as_deref(), limit, json)
        }
        Some(Command::Quotes {
            paths,
            region,
            speaker,
            json,
        }) => {
            let (c, e) = load(&paths)?;
            query::quotes(&c, &e, region.as_deref(), speaker.as_deref(), json)
        }
        Some(Command::Regions { paths, json }) => {
            let (_, e) = load(&paths)?;
            query::regions(&e, json)
        }
        Some(Command::Projects { paths, region, json }) => {
            let (c, e) = load(&paths)?;
            query::projects(&c, &e, region.as_deref(), json)
        }
        Some(Command::Stats { paths, json }) => {
            let (c, e) = load(&paths)?;
            query::stats(&c, &e, json)
        }
        Some(Command::Bench { scales, runs }) => bench::bench(&scales, runs),
        Some(Command::BenchScale { dir, runs, cache }) => bench::bench_scale(&dir, runs, &cache),
        Some(Command::BenchUi { scale, runs }) => bench::bench_ui(scale, runs),
        Some(Command::FirstFrame { paths }) => bench::first_frame(&paths, started, nc),
        Some(Command::PeakMemory { dir, cache }) => bench::peak_memory_of_open(&dir, cache),
        Some(Command::Scale { factor, out }) => bench::write_scaled(factor, &out).map(|_| ExitCode::SUCCESS),
        None => explore(&cli.paths, nc),
    }
}

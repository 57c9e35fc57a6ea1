//! Command-line commands: argument structs and what each command prints.

pub mod bench;
pub mod export;

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
    /// Measure load throughput on the seeds scaled up, against a plain read of the same bytes.
    Bench {
        /// How many copies of the seed corpus to load.
        #[arg(long, default_value_t = 100)]
        scale: usize,
        /// Timed repetitions (the median is reported).
        #[arg(long, default_value_t = 5)]
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
    /// Load, build and draw one frame off-screen, printing the milliseconds it took.
    #[command(hide = true)]
    FirstFrame { paths: Vec<PathBuf> },
    /// Write the seed corpus scaled ×N into a folder (deterministic: same N, same files).
    Scale {
        #[arg(long)]
        factor: usize,
        #[arg(long)]
        out: PathBuf,
    },
}

/// Opens the explorer; without a terminal (a pipe, CI) prints the summary instead.
fn explore(paths: &[PathBuf]) -> Result<ExitCode> {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        eprintln!("zhaoshang: not a terminal; printing the summary (run `zhaoshang export` for JSON)");
        return export::summary(paths);
    }
    let (corpus, entities) = export::load_reporting(paths)?;
    crate::tui::run(crate::tui::data::Data::new(corpus, entities))?;
    Ok(ExitCode::SUCCESS)
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<ExitCode> {
    let started = std::time::Instant::now();
    match cli.command {
        Some(Command::BenchUi { scale, runs }) => bench::bench_ui(scale, runs),
        Some(Command::FirstFrame { paths }) => bench::first_frame(&paths, started),
        Some(Command::Export { paths, pretty }) => export::export(&paths, pretty),
        Some(Command::Summary { paths }) => export::summary(&paths),
        Some(Command::Bench { scale, runs }) => bench::bench(scale, runs),
        Some(Command::Scale { factor, out }) => bench::write_scaled(factor, &out).map(|_| ExitCode::SUCCESS),
        None => explore(&cli.paths),
    }
}

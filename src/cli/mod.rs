//! Command-line commands: argument structs and what each command prints.

pub mod bench;
pub mod eval;
pub mod export;
pub mod marks;
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
    /// Name a dataset field explicitly (CSV/JSON records), e.g. `--field content=正文`;
    /// fields: title, content, date, url, source, author.
    #[arg(long = "field", global = true, value_name = "FIELD=NAME")]
    pub fields: Vec<String>,
    /// The configuration file (default: $XDG_CONFIG_HOME/zhaoshang/config.toml, i.e.
    /// ~/.config/zhaoshang/config.toml).
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Print the configuration in effect as TOML (keys, theme, corpus paths, date format).
    #[arg(long)]
    pub print_config: bool,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Export the corpus with its entities: JSON, JSON Lines, CSV tables or SQLite.
    Export {
        /// Files or folders (default: the bundled seeds).
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = export::Format::Json)]
        format: export::Format,
        /// Output file (json, jsonl: default stdout; sqlite: default zhaoshang.sqlite) or
        /// folder (csv: default zhaoshang-csv).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Indent the JSON.
        #[arg(long)]
        pretty: bool,
        /// CSV without the UTF-8 byte order mark.
        #[arg(long)]
        no_bom: bool,
    },
    /// Print a one-screen summary of the corpus.
    Summary { paths: Vec<PathBuf> },
    /// Search regions, projects, people, quotes, articles and paragraphs (QUERY `-`: one
    /// query per line from stdin; `--batch FILE`: a table of hits per district).
    Search {
        /// What to look for (with --batch, the first path).
        #[arg(required_unless_present = "batch")]
        query: Option<String>,
        paths: Vec<PathBuf>,
        /// One query per line (blank lines and `#` comments skipped): per query, its hits
        /// counted per district — tab-separated with a header, or JSON Lines with --json.
        #[arg(long, value_name = "FILE")]
        batch: Option<PathBuf>,
        /// Only this kind: region, project, person, quote, article or paragraph.
        #[arg(long)]
        kind: Option<String>,
        /// Hits per query (default 20; with --batch, 1000).
        #[arg(long)]
        limit: Option<usize>,
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
    /// The district table: articles, quotes, projects and money (results apart from targets,
    /// each with its period and the figures it came from).
    Districts {
        paths: Vec<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// List people and anonymous sources (one per organisation), by region.
    Sources {
        paths: Vec<PathBuf>,
        /// A region (name, short form or pinyin): sources with a quote there.
        #[arg(long)]
        region: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// What you starred, tagged or annotated in the explorer, with citations (speaker, role,
    /// organisation, title, date, URL); marks whose quote is no longer extracted are listed as
    /// orphaned. Exit 1 when none matches.
    Marks {
        /// The files the marks were made on (default: the bundled seeds); tells what is still
        /// there from what is orphaned.
        paths: Vec<PathBuf>,
        /// Only marks with this tag.
        #[arg(long)]
        tag: Option<String>,
        /// Only marks on this kind: quote, article, project or person.
        #[arg(long)]
        kind: Option<String>,
        #[arg(long, value_enum, default_value_t = marks::Format::Md)]
        format: marks::Format,
    },
    /// Sizes of the corpus and its entities.
    Stats {
        paths: Vec<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// Score the extraction of annotated pages against their annotation (the development
    /// set's format): quotes, speakers, titles, focus regions, projects, money.
    Eval {
        /// The annotation (a JSON array of pages, as tests/dev/gold.min.json).
        gold: PathBuf,
        /// The pages (default: the folder `pages` beside the annotation).
        paths: Vec<PathBuf>,
        /// One JSON object instead of the table.
        #[arg(long)]
        json: bool,
        /// Only the table, without the list of misses.
        #[arg(long)]
        brief: bool,
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
    /// Time each export format on the seeds ×N against json in the same run, and the peak
    /// memory of the jsonl and json exports at larger scales.
    BenchExport {
        #[arg(long, default_value_t = 100)]
        scale: usize,
        #[arg(long, value_delimiter = ',', default_values_t = vec![100, 1000])]
        memory_scales: Vec<usize>,
        #[arg(long, default_value_t = 3)]
        runs: usize,
    },
    /// Open through the cache, export to nowhere, print the peak resident bytes.
    #[command(hide = true)]
    ExportPeak {
        dir: PathBuf,
        #[arg(long)]
        format: String,
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
        /// Empty OUT first when it holds other files (otherwise refused).
        #[arg(long)]
        force: bool,
    },
}

/// Opens the explorer; without a terminal (a pipe, CI) prints the summary instead.
fn explore(
    paths: &[PathBuf],
    how: &export::Loading,
    config: crate::config::Config,
    warnings: Vec<String>,
) -> Result<ExitCode> {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        eprintln!("zhaoshang: not a terminal; printing the summary (run `zhaoshang export` for JSON)");
        return export::summary(paths, how);
    }
    // Missing paths are reported here, before the screen is taken.
    let (inputs, skipped) = crate::open::inputs(paths)?;
    let opts = crate::open::Options {
        no_cache: how.no_cache,
        fields: how.fields.clone(),
        ..Default::default()
    };
    crate::tui::run(inputs, skipped, opts, config, warnings)?;
    Ok(ExitCode::SUCCESS)
}

/// True when an error is stdout closed by its reader (`zhaoshang quotes | head -2`): the
/// command then ends quietly with status 0, as grep and ripgrep do.
pub fn closed_stdout(e: &anyhow::Error) -> bool {
    use std::io::ErrorKind::BrokenPipe;
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == BrokenPipe)
            || c.downcast_ref::<serde_json::Error>()
                .is_some_and(|j| j.io_error_kind() == Some(BrokenPipe))
    })
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<ExitCode> {
    let started = std::time::Instant::now();
    let nc = cli.no_cache;
    let how = export::Loading {
        no_cache: nc,
        fields: crate::corpus::formats::FieldMap::parse(&cli.fields).map_err(anyhow::Error::msg)?,
    };
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let (config, warnings) = crate::config::load(cli.config.as_deref(), no_color);
    for w in &warnings {
        eprintln!("zhaoshang: {w}");
    }
    if cli.print_config {
        print!("{}", crate::config::to_toml(&config));
        return Ok(ExitCode::SUCCESS);
    }
    // No path on the command line: the configuration's corpus, else the bundled seeds.
    let paths_or_default = |paths: &[PathBuf]| -> Vec<PathBuf> {
        if paths.is_empty() {
            config.paths.clone()
        } else {
            paths.to_vec()
        }
    };
    let load = |paths: &[PathBuf]| export::load_reporting(&paths_or_default(paths), &how);
    match cli.command {
        Some(Command::Export {
            paths,
            format,
            out,
            pretty,
            no_bom,
        }) => export::export(
            &paths,
            &export::ExportArgs {
                format,
                out,
                pretty,
                no_bom,
            },
            &how,
        ),
        Some(Command::Summary { paths }) => export::summary(&paths, &how),
        Some(Command::Search {
            query,
            paths,
            batch,
            kind,
            limit,
            json,
        }) => match (batch, query) {
            (Some(file), first) => {
                // With --batch there is no QUERY: what stood there is a path.
                let paths: Vec<PathBuf> = first.map(PathBuf::from).into_iter().chain(paths).collect();
                let (c, e) = load(&paths)?;
                query::batch(&c, &e, &file, kind.as_deref(), limit.unwrap_or(1000), json)
            }
            (None, Some(q)) => {
                let (c, e) = load(&paths)?;
                query::search(&c, &e, &q, kind.as_deref(), limit.unwrap_or(20), json)
            }
            (None, None) => anyhow::bail!("search: give a QUERY, `-` for stdin, or --batch FILE"),
        },
        Some(Command::Quotes {
            paths,
            region,
            speaker,
            json,
        }) => {
            let (c, e) = load(&paths)?;
            let ask = query::QuoteQuery {
                region: region.as_deref(),
                speaker: speaker.as_deref(),
                date_format: &config.date_format,
            };
            query::quotes(&c, &e, &ask, json)
        }
        Some(Command::Regions { paths, json }) => {
            let (_, e) = load(&paths)?;
            query::regions(&e, json)
        }
        Some(Command::Projects { paths, region, json }) => {
            let (c, e) = load(&paths)?;
            query::projects(&c, &e, region.as_deref(), json)
        }
        Some(Command::Districts { paths, json }) => {
            let (c, e) = load(&paths)?;
            query::districts(&c, &e, json)
        }
        Some(Command::Sources { paths, region, json }) => {
            let (c, e) = load(&paths)?;
            query::sources(&c, &e, region.as_deref(), json)
        }
        Some(Command::Marks {
            paths,
            tag,
            kind,
            format,
        }) => {
            let (c, e) = load(&paths)?;
            marks::marks(
                &c,
                &e,
                tag.as_deref(),
                kind.as_deref(),
                format,
                &config.date_format,
            )
        }
        Some(Command::Stats { paths, json }) => {
            let (c, e) = load(&paths)?;
            query::stats(&c, &e, json)
        }
        Some(Command::Eval {
            gold,
            paths,
            json,
            brief,
        }) => eval::eval(&gold, &paths, json, !brief, &how),
        Some(Command::Bench { scales, runs }) => bench::bench(&scales, runs),
        Some(Command::BenchScale { dir, runs, cache }) => bench::bench_scale(&dir, runs, &cache),
        Some(Command::BenchUi { scale, runs }) => bench::bench_ui(scale, runs),
        Some(Command::BenchExport {
            scale,
            memory_scales,
            runs,
        }) => bench::bench_export(scale, &memory_scales, runs),
        Some(Command::ExportPeak { dir, format }) => bench::export_peak(&dir, &format),
        Some(Command::FirstFrame { paths }) => bench::first_frame(&paths, started, nc),
        Some(Command::PeakMemory { dir, cache }) => bench::peak_memory_of_open(&dir, cache),
        Some(Command::Scale { factor, out, force }) => {
            bench::scale_into(factor, &out, force).map(|_| ExitCode::SUCCESS)
        }
        None => {
            let paths = paths_or_default(&cli.paths);
            explore(&paths, &how, config, warnings)
        }
    }
}

//! `zhaoshang bench` and `zhaoshang scale`: a deterministic corpus scaler and load
//! throughput measured against a plain read of the same bytes in the same run.

use crate::corpus::{self, SEEDS};
use anyhow::{Context, Result};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// The seed corpus ×`factor`: copy k of each seed, with its digits rotated by k (so figures
/// and dates differ between copies) and the copy number in its file name. Copy 0 is the seeds
/// as they are. Same factor, same bytes.
pub fn scaled_seeds(factor: usize) -> Vec<(String, String)> {
    let mut out = Vec::with_capacity(factor * SEEDS.len());
    for k in 0..factor {
        for (name, text) in SEEDS {
            let stem = name.trim_end_matches(".txt");
            let text = if k == 0 {
                (*text).to_owned()
            } else {
                rotate_digits(text, k)
            };
            out.push((format!("{k:05}_{stem}.txt"), text));
        }
    }
    out
}

fn rotate_digits(text: &str, k: usize) -> String {
    text.chars()
        .map(|c| match c.to_digit(10) {
            // Keep years plausible only loosely: this is load, not meaning.
            Some(d) => char::from_digit((d + k as u32) % 10, 10).unwrap_or(c),
            None => c,
        })
        .collect()
}

/// `zhaoshang scale --out DIR [--force]`: the scaled corpus into a folder of its own. A
/// folder holding other files is refused (they would be read as part of the corpus), or
/// emptied first with `force`.
pub fn scale_into(factor: usize, dir: &Path, force: bool) -> Result<()> {
    if dir.exists() {
        let names: std::collections::HashSet<String> =
            scaled_seeds(factor).into_iter().map(|(n, _)| n).collect();
        let mut others = Vec::new();
        for entry in std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
            let name = entry?.file_name().to_string_lossy().into_owned();
            if !names.contains(&name) {
                others.push(name);
            }
        }
        if !others.is_empty() {
            if !force {
                anyhow::bail!(
                    "{} holds other files ({}{}); choose an empty folder or pass --force to empty it",
                    dir.display(),
                    others.iter().take(3).cloned().collect::<Vec<_>>().join(", "),
                    if others.len() > 3 { ", …" } else { "" }
                );
            }
            std::fs::remove_dir_all(dir).with_context(|| format!("emptying {}", dir.display()))?;
        }
    }
    write_scaled(factor, dir).map(|_| ())
}

/// Writes the scaled corpus into `dir`.
pub fn write_scaled(factor: usize, dir: &Path) -> Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let mut files = Vec::new();
    for (name, text) in scaled_seeds(factor) {
        let path = dir.join(name);
        std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
        files.push(path);
    }
    Ok(files)
}

fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort();
    xs[xs.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// Peak resident memory of this process (Linux `VmHWM`), in bytes.
fn peak_memory() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// The fixed query set: Chinese 2- and 4-character queries, pinyin, people, quote fragments.
pub const QUERIES: &[&str] = &[
    "朝阳",
    "招商",
    "项目",
    "招商引资",
    "营商环境",
    "到位资金",
    "chaoyang",
    "cyq",
    "maliang",
    "周凯",
    "马良",
    "靶向招商",
    "源头活水",
];

/// `zhaoshang bench --scales 1,100,1000`: each scale in a child process (its own peak memory).
pub fn bench(scales: &[usize], runs: usize) -> Result<ExitCode> {
    let exe = std::env::current_exe()?;
    writeln!(std::io::stdout(), "| scale | MB | read MB/s | cold load+extract+index MB/s | cached reopen | cold/cached | peak memory cold / cached (× corpus) | keystroke p50 / p95 | substring scan p50 / p95 | fuzzy pass p50 / p95 |")?;
    writeln!(std::io::stdout(), "|---|---|---|---|---|---|---|---|---|---|")?;
    for &scale in scales {
        let root = std::env::temp_dir().join(format!("zhaoshang-bench-{}-{scale}", std::process::id()));
        let dir = root.join("corpus");
        write_scaled(scale, &dir)?;
        let out = std::process::Command::new(&exe)
            .arg("bench-scale")
            .arg(&dir)
            .args(["--runs", &runs.max(1).to_string(), "--cache"])
            .arg(root.join("cache"))
            .output();
        let _ = std::fs::remove_dir_all(&root);
        let out = out?;
        if !out.status.success() {
            anyhow::bail!("scale {scale}: {}", String::from_utf8_lossy(&out.stderr));
        }
        writeln!(
            std::io::stdout(),
            "| ×{scale} {}",
            String::from_utf8_lossy(&out.stdout).trim()
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

/// One scale: prints the rest of its table row.
pub fn bench_scale(dir: &Path, runs: usize, cache: &Path) -> Result<ExitCode> {
    use crate::open::{open, Options};
    use crate::search::{keys::fold_query, Index};
    let files = corpus::collect_files(&[dir.to_owned()])?;
    let paths = [dir.to_owned()];
    let (mut read_t, mut cold_t, mut warm_t) = (Vec::new(), Vec::new(), Vec::new());
    let mut bytes = 0;
    let cold_opts = Options {
        no_cache: true,
        ..Options::default()
    };
    let warm_opts = Options {
        cache_dir: Some(cache.to_owned()),
        ..Options::default()
    };
    // Fill the cache once, untimed, as a first launch does: files, then the corpus's index.
    let (c, e, _) = open(&paths, &warm_opts)?;
    drop(Index::build(&c, &e));
    drop((c, e));
    let mut kept = None;
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        bytes = files
            .iter()
            .map(|f| std::fs::read(f).map(|b| b.len()))
            .sum::<std::io::Result<usize>>()?;
        read_t.push(t.elapsed());

        let t = Instant::now();
        let (c, e, _) = open(&paths, &cold_opts)?;
        let index = Index::build(&c, &e);
        cold_t.push(t.elapsed());
        drop((c, e, index));

        let t = Instant::now();
        let (c2, e2, stats) = open(&paths, &warm_opts)?;
        let index = Index::build(&c2, &e2);
        warm_t.push(t.elapsed());
        anyhow::ensure!(stats.cached == stats.files, "cache not used: {stats:?}");
        kept = Some((c2, index));
    }
    let Some((corpus, index)) = kept else {
        anyhow::bail!("no run")
    };
    // Peak memory as a user's process sees it: one open, in a fresh process each way.
    let exe = std::env::current_exe()?;
    let peak_of = |args: &[&std::ffi::OsStr]| -> Result<u64> {
        let out = std::process::Command::new(&exe)
            .arg("peak-memory")
            .args(args)
            .output()?;
        anyhow::ensure!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        Ok(String::from_utf8_lossy(&out.stdout).trim().parse()?)
    };
    let peak_cold = peak_of(&["--no-cache".as_ref(), dir.as_os_str()])?;
    let peak_warm = peak_of(&[dir.as_os_str(), "--cache".as_ref(), cache.as_os_str()])?;
    let mb = bytes as f64 / 1e6;
    let (read, cold, warm) = (median(read_t), median(cold_t), median(warm_t));

    // Per keystroke: type each query, narrowing from the previous keystroke's candidates.
    let mut keystrokes = Vec::new();
    for q in QUERIES {
        let chars: Vec<char> = q.chars().collect();
        let mut prev: Option<(String, Vec<u32>)> = None;
        for n in 1..=chars.len() {
            let typed: String = chars[..n].iter().collect();
            let t = Instant::now();
            let folded = fold_query(&typed);
            let within = prev
                .as_ref()
                .filter(|(p, _)| folded.starts_with(p.as_str()))
                .map(|(_, c)| c.as_slice());
            let cands = index.candidates(&folded, within);
            let hits = index.search_candidates(&folded, &cands, &|_| true, 200);
            keystrokes.push(ms(t.elapsed()));
            std::hint::black_box(hits);
            prev = Some((folded, cands));
        }
    }
    // Baselines, per query: a substring scan and a full fuzzy pass over all paragraphs.
    let paragraphs: Vec<String> = corpus
        .articles
        .iter()
        .flat_map(|a| a.paragraphs().map(|p| fold_query(&p.text)))
        .collect();
    let matcher = fuzzy_matcher::skim::SkimMatcherV2::default();
    let (mut scan, mut fuzzy) = (Vec::new(), Vec::new());
    for q in QUERIES {
        let f = fold_query(q);
        let t = Instant::now();
        let n = paragraphs.iter().filter(|p| p.contains(f.as_str())).count();
        scan.push(ms(t.elapsed()));
        std::hint::black_box(n);
        let t = Instant::now();
        let n = paragraphs
            .iter()
            .filter(|p| fuzzy_matcher::FuzzyMatcher::fuzzy_match(&matcher, p, &f).is_some())
            .count();
        fuzzy.push(ms(t.elapsed()));
        std::hint::black_box(n);
    }
    let pct = |xs: &Vec<f64>| (percentile(xs.clone(), 0.5), percentile(xs.clone(), 0.95));
    let (k50, k95) = pct(&keystrokes);
    let (s50, s95) = pct(&scan);
    let (f50, f95) = pct(&fuzzy);
    writeln!(std::io::stdout(),
        "| {mb:.1} | {:.0} | {:.1} ({:.0} ms) | {:.0} ms | {:.1}× | {:.0} MB ({:.1}×) / {:.0} MB ({:.1}×) | {k50:.2} / {k95:.2} ms | {s50:.1} / {s95:.1} ms | {f50:.1} / {f95:.1} ms |",
        mb / read.as_secs_f64().max(1e-9),
        mb / cold.as_secs_f64().max(1e-9),
        ms(cold),
        ms(warm),
        cold.as_secs_f64() / warm.as_secs_f64().max(1e-9),
        peak_cold as f64 / 1e6,
        peak_cold as f64 / bytes.max(1) as f64,
        peak_warm as f64 / 1e6,
        peak_warm as f64 / bytes.max(1) as f64,
    )?;
    Ok(ExitCode::SUCCESS)
}

/// `zhaoshang peak-memory DIR [--cache C]` (hidden): opens the corpus and builds what the
/// explorer builds, then prints the process's peak resident bytes. Without `--cache` (and
/// with the global `--no-cache`) the open is cold.
pub fn peak_memory_of_open(dir: &Path, cache: Option<PathBuf>) -> Result<ExitCode> {
    let opts = crate::open::Options {
        no_cache: cache.is_none(),
        cache_dir: cache,
        ..Default::default()
    };
    let (corpus, entities, _) = crate::open::open(&[dir.to_owned()], &opts)?;
    let data = crate::tui::data::Data::new(corpus, entities);
    std::hint::black_box(&data);
    writeln!(std::io::stdout(), "{}", peak_memory().unwrap_or(0))?;
    Ok(ExitCode::SUCCESS)
}

/// `zhaoshang bench-export`: each export format on the seeds ×`scale`, the corpus opened once
/// (through a cache filled first, as a user's second export would), timed as the command a
/// user runs and as the writer alone, against `json` in the same run; then the peak memory
/// of `export --format jsonl` and `json` at each of `memory_scales`, each in a process of
/// its own.
pub fn bench_export(scale: usize, memory_scales: &[usize], runs: usize) -> Result<ExitCode> {
    use crate::cli::export::{write_export, ExportArgs, Format};
    let exe = std::env::current_exe()?;
    let root = std::env::temp_dir().join(format!("zhaoshang-bench-export-{}", std::process::id()));
    let result = (|| -> Result<()> {
        let dir = root.join(format!("x{scale}"));
        write_scaled(scale, &dir)?;
        let cache = root.join("cache");
        let opts = crate::open::Options {
            cache_dir: Some(cache.clone()),
            ..Default::default()
        };
        let (corpus, entities, _) = crate::open::open(std::slice::from_ref(&dir), &opts)?;
        let formats = [
            ("json", Format::Json),
            ("jsonl", Format::Jsonl),
            ("csv", Format::Csv),
            ("sqlite", Format::Sqlite),
        ];
        let mut rows = Vec::new();
        for (name, format) in formats {
            let out = root.join(format!("out.{name}"));
            let args = ExportArgs {
                format,
                out: Some(out.clone()),
                pretty: false,
                no_bom: false,
            };
            let mut writer = Vec::new();
            let mut command = Vec::new();
            for _ in 0..runs.max(1) {
                // JSON Lines are written as the files are read: no writer apart from the load.
                if format != Format::Jsonl {
                    let t = Instant::now();
                    write_export(&corpus, &entities, &args)?;
                    writer.push(t.elapsed());
                }
                let t = Instant::now();
                let st = std::process::Command::new(&exe)
                    .env("ZHAOSHANG_CACHE_DIR", &cache)
                    .args(["export", "--format", name, "--out"])
                    .arg(&out)
                    .arg(&dir)
                    .stderr(std::process::Stdio::null())
                    .status()?;
                command.push(t.elapsed());
                anyhow::ensure!(st.success(), "export --format {name} failed");
            }
            let size = if out.is_dir() {
                std::fs::read_dir(&out)?
                    .flatten()
                    .filter_map(|f| f.metadata().ok())
                    .map(|m| m.len())
                    .sum()
            } else {
                std::fs::metadata(&out)?.len()
            };
            rows.push((
                name,
                median(command),
                (!writer.is_empty()).then(|| median(writer)),
                size,
            ));
        }
        let (_, json_cmd, json_writer, _) = rows[0];
        let json_writer = json_writer.unwrap_or_default();
        println!(
            "Seeds ×{scale} ({:.1} MB, {} articles), median of {} runs; × = against json in this run:\n",
            corpus.bytes as f64 / 1e6,
            corpus.articles.len(),
            runs.max(1)
        );
        println!("| format | `zhaoshang export` (warm cache) | × json | writer alone | × json | output |");
        println!("|---|---|---|---|---|---|");
        for (name, cmd, writer, size) in &rows {
            let writer = writer.map_or_else(
                || "(streams while loading) | –".to_owned(),
                |w| {
                    format!(
                        "{:.0} ms | {:.2}×",
                        ms(w),
                        w.as_secs_f64() / json_writer.as_secs_f64().max(1e-9)
                    )
                },
            );
            println!(
                "| {name} | {:.0} ms | {:.2}× | {writer} | {:.1} MB |",
                ms(*cmd),
                cmd.as_secs_f64() / json_cmd.as_secs_f64().max(1e-9),
                *size as f64 / 1e6
            );
        }
        drop((corpus, entities));
        println!("\n| scale | MB | peak memory: export jsonl | export json | open alone (same cache) |");
        println!("|---|---|---|---|---|");
        for &m in memory_scales {
            let dir = root.join(format!("m{m}"));
            write_scaled(m, &dir)?;
            let mb = corpus::collect_files(std::slice::from_ref(&dir))?
                .iter()
                .filter_map(|f| f.metadata().ok())
                .map(|m| m.len())
                .sum::<u64>() as f64
                / 1e6;
            let cache = root.join(format!("cache{m}"));
            let peak = |args: &[&str]| -> Result<u64> {
                let out = std::process::Command::new(&exe)
                    .env("ZHAOSHANG_CACHE_DIR", &cache)
                    .args(args)
                    .arg(&dir)
                    .stderr(std::process::Stdio::null())
                    .output()?;
                anyhow::ensure!(out.status.success(), "{args:?} failed");
                Ok(String::from_utf8_lossy(&out.stdout).trim().parse().unwrap_or(0))
            };
            // Fill the cache first: the peaks compare the exports, not the first load.
            peak(&["export-peak", "--format", "json"])?;
            let jsonl = peak(&["export-peak", "--format", "jsonl"])?;
            let json = peak(&["export-peak", "--format", "json"])?;
            let open = peak(&["export-peak", "--format", "none"])?;
            println!(
                "| ×{m} | {mb:.1} | {:.0} MB | {:.0} MB | {:.0} MB |",
                jsonl as f64 / 1e6,
                json as f64 / 1e6,
                open as f64 / 1e6
            );
            let _ = std::fs::remove_dir_all(&dir);
        }
        Ok(())
    })();
    let _ = std::fs::remove_dir_all(&root);
    result?;
    Ok(ExitCode::SUCCESS)
}

/// `zhaoshang export-peak --format F DIR` (hidden): opens through the cache, writes the export
/// to a sink (`none`: no export), prints the process's peak resident bytes.
pub fn export_peak(dir: &Path, format: &str) -> Result<ExitCode> {
    let mut sink = std::io::sink();
    if format == "jsonl" {
        // As `export --format jsonl` runs: file by file, never the whole corpus.
        let how = crate::cli::export::Loading::default();
        crate::cli::export::export_jsonl(&[dir.to_owned()], &how, &mut sink)?;
    } else {
        let opts = crate::open::Options {
            cache_dir: crate::open::default_cache_dir(),
            ..Default::default()
        };
        let (corpus, entities, _) = crate::open::open(&[dir.to_owned()], &opts)?;
        if format == "json" {
            serde_json::to_writer(&mut sink, &crate::export::Export::new(&corpus, &entities))?;
        }
    }
    println!("{}", peak_memory().unwrap_or(0));
    Ok(ExitCode::SUCCESS)
}

/// `zhaoshang first-frame [PATH…]` (hidden): loads, builds the explorer and draws its first
/// frame off-screen, then prints the milliseconds since `started`.
pub fn first_frame(paths: &[PathBuf], started: Instant, no_cache: bool) -> Result<ExitCode> {
    let opts = crate::open::Options {
        no_cache,
        ..Default::default()
    };
    let (corpus, entities, _) = crate::open::open(paths, &opts)?;
    let data = std::sync::Arc::new(crate::tui::data::Data::new(corpus, entities));
    let app = crate::tui::app::App::new(
        data,
        crate::tui::theme::Theme::new(false),
        ratatui::layout::Rect::new(0, 0, 120, 36),
    );
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 36))?;
    t.draw(|f| crate::tui::view::draw(&app, f))?;
    writeln!(std::io::stdout(), "{:.3}", started.elapsed().as_secs_f64() * 1e3)?;
    Ok(ExitCode::SUCCESS)
}

fn percentile(mut xs: Vec<f64>, p: f64) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[((xs.len() as f64 - 1.0) * p).round() as usize]
}

/// `zhaoshang bench-ui`: launch to first frame with data, and keystroke to frame in the
/// search box, on the seeds and on the seeds ×`scale`, each against a baseline from the same run.
pub fn bench_ui(scale: usize, runs: usize) -> Result<ExitCode> {
    let exe = std::env::current_exe()?;
    let dir = std::env::temp_dir().join(format!("zhaoshang-bench-ui-{}-{scale}", std::process::id()));
    write_scaled(scale, &dir)?;
    // The warm launches and the keystrokes use a cache of their own, never the user's.
    let warm_cache = dir.with_extension("cache-warm");
    let result = (|| -> Result<()> {
        for (label, paths) in [
            ("seeds ×1".to_owned(), vec![]),
            (format!("seeds ×{scale}"), vec![dir.clone()]),
        ] {
            // Launch: child processes, median wall time, against `zhaoshang --version`.
            let mut floor = Vec::new();
            let mut wall = Vec::new();
            let mut inner = Vec::new();
            let mut first = Vec::new();
            for run in 0..runs.max(1) {
                // A first launch: nothing in the cache.
                let empty = dir.with_extension(format!("cache{run}"));
                let t = Instant::now();
                std::process::Command::new(&exe)
                    .arg("first-frame")
                    .args(&paths)
                    .env("ZHAOSHANG_CACHE_DIR", &empty)
                    .output()?;
                first.push(t.elapsed().as_secs_f64() * 1e3);
                let _ = std::fs::remove_dir_all(&empty);
                let t = Instant::now();
                std::process::Command::new(&exe).arg("--version").output()?;
                floor.push(t.elapsed().as_secs_f64() * 1e3);
                let t = Instant::now();
                let out = std::process::Command::new(&exe)
                    .arg("first-frame")
                    .args(&paths)
                    .env("ZHAOSHANG_CACHE_DIR", &warm_cache)
                    .output()?;
                wall.push(t.elapsed().as_secs_f64() * 1e3);
                inner.push(
                    String::from_utf8_lossy(&out.stdout)
                        .trim()
                        .parse::<f64>()
                        .unwrap_or(f64::NAN),
                );
            }
            let (f, w, i, e) = (
                percentile(floor, 0.5),
                percentile(wall, 0.5),
                percentile(inner, 0.5),
                percentile(first, 0.5),
            );
            writeln!(std::io::stdout(), "{label}: launch → first frame {w:.1} ms wall ({i:.1} ms inside the process); bare process start {f:.1} ms; ratio {:.1}×", w / f.max(1e-9))?;
            writeln!(
                std::io::stdout(),
                "{label}: first launch (empty cache) → first frame {e:.1} ms wall"
            )?;

            // Keystrokes: type queries into the search box, drawing after each key.
            let opts = crate::open::Options {
                cache_dir: Some(warm_cache.clone()),
                ..crate::open::Options::default()
            };
            let (corpus, entities, _) = crate::open::open(&paths, &opts)?;
            let data = std::sync::Arc::new(crate::tui::data::Data::new(corpus, entities));
            let area = ratatui::layout::Rect::new(0, 0, 120, 36);
            let mut app = crate::tui::app::App::new(data, crate::tui::theme::Theme::new(false), area);
            let mut term = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 36))?;
            let mut keys = Vec::new();
            let mut redraw = Vec::new();
            for q in ["朝阳区商务局", "maliang", "cyq", "到位资金", "靶向招商", "長春"] {
                app.update(Action::Search);
                for c in q.chars() {
                    let t = Instant::now();
                    app.update(Action::Input(c));
                    term.draw(|f| crate::tui::view::draw(&app, f))?;
                    keys.push(t.elapsed().as_secs_f64() * 1e3);
                    let t = Instant::now();
                    term.draw(|f| crate::tui::view::draw(&app, f))?;
                    redraw.push(t.elapsed().as_secs_f64() * 1e3);
                }
                app.update(Action::Back);
            }
            let (p50, p95) = (percentile(keys.clone(), 0.5), percentile(keys, 0.95));
            let r50 = percentile(redraw, 0.5);
            writeln!(std::io::stdout(), "{label}: keystroke → frame p50 {p50:.2} ms, p95 {p95:.2} ms; redraw alone p50 {r50:.2} ms; ratio {:.1}×", p50 / r50.max(1e-9))?;

            // Timeline and Compare: opening each (the core works its figures out once) and a
            // frame of each, against a redraw of the main screen in the same run.
            use crate::tui::app::{Action, Purpose};
            let frames = |app: &crate::tui::app::App,
                          term: &mut ratatui::Terminal<ratatui::backend::TestBackend>|
             -> Result<f64> {
                let mut xs = Vec::new();
                for _ in 0..30 {
                    let t = Instant::now();
                    term.draw(|f| crate::tui::view::draw(app, f))?;
                    xs.push(t.elapsed().as_secs_f64() * 1e3);
                }
                Ok(percentile(xs, 0.5))
            };
            app.update(Action::ClearFilter);
            let main = frames(&app, &mut term)?;
            let t = Instant::now();
            app.update(Action::Timeline);
            let timeline_open = t.elapsed().as_secs_f64() * 1e3;
            let timeline = frames(&app, &mut term)?;
            app.update(Action::Back);
            let districts = app.data.compared.clone();
            let (first, second) = (
                districts.first().cloned().unwrap_or_default(),
                districts.get(1).cloned().unwrap_or_default(),
            );
            let t = Instant::now();
            app.update(Action::Compare);
            crate::tui::compare::picked(&mut app, Purpose::CompareFirst, first);
            crate::tui::compare::picked(&mut app, Purpose::CompareSecond, second);
            let compare_open = t.elapsed().as_secs_f64() * 1e3;
            let compare = frames(&app, &mut term)?;
            app.update(Action::Back);
            writeln!(
                std::io::stdout(),
                "{label}: Timeline frame p50 {timeline:.2} ms (opening {timeline_open:.1} ms), Compare frame p50 {compare:.2} ms (opening {compare_open:.1} ms); main screen redraw p50 {main:.2} ms; ratios {:.1}× and {:.1}×",
                timeline / main.max(1e-9),
                compare / main.max(1e-9)
            )?;
        }
        Ok(())
    })();
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::remove_dir_all(&warm_cache);
    result.map(|_| ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scaler_is_deterministic_and_copy_zero_is_the_seeds() {
        let a = scaled_seeds(3);
        assert_eq!(a, scaled_seeds(3));
        assert_eq!(a.len(), 3 * SEEDS.len());
        assert_eq!(a[0].1, SEEDS[0].1);
        assert_ne!(a[SEEDS.len()].1, SEEDS[0].1);
        assert_eq!(rotate_digits("2024年", 1), "3135年");
    }
}

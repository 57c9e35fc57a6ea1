//! `zhaoshang bench` and `zhaoshang scale`: a deterministic corpus scaler and load
//! throughput measured against a plain read of the same bytes in the same run.

use crate::corpus::{self, SEEDS};
use crate::extract;
use anyhow::{Context, Result};
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

fn mb_per_s(bytes: usize, d: Duration) -> f64 {
    bytes as f64 / 1e6 / d.as_secs_f64().max(1e-9)
}

/// Prints load and extraction throughput at ×`scale`, with a plain read as the baseline.
pub fn bench(scale: usize, runs: usize) -> Result<ExitCode> {
    let runs = runs.max(1);
    let dir = std::env::temp_dir().join(format!("zhaoshang-bench-{}-{scale}", std::process::id()));
    let files = write_scaled(scale, &dir)?;
    let result = measure(&dir, &files, runs);
    // Leave nothing behind, whatever happened.
    let _ = std::fs::remove_dir_all(&dir);
    result
}

fn measure(dir: &Path, files: &[PathBuf], runs: usize) -> Result<ExitCode> {
    let mut read_t = Vec::new();
    let mut load_t = Vec::new();
    let mut extract_t = Vec::new();
    let mut bytes = 0;
    let mut articles = 0;
    // Warm the page cache and the lazily built models once, untimed.
    let _ = corpus::load(&[dir.to_owned()])?;
    for _ in 0..runs {
        let t = Instant::now();
        bytes = files
            .iter()
            .map(|f| std::fs::read(f).map(|b| b.len()))
            .sum::<std::io::Result<usize>>()?;
        read_t.push(t.elapsed());

        let t = Instant::now();
        let c = corpus::load(&[dir.to_owned()])?;
        load_t.push(t.elapsed());
        articles = c.articles.len();

        let t = Instant::now();
        let e = extract::extract(&c);
        extract_t.push(t.elapsed());
        std::hint::black_box(e);
    }
    let (read, load, ext) = (median(read_t), median(load_t), median(extract_t));
    println!(
        "corpus: {} files, {articles} articles, {:.2} MB; median of {runs} runs",
        files.len(),
        bytes as f64 / 1e6
    );
    println!(
        "plain read        {:>10.1} MB/s  ({:.1} ms)",
        mb_per_s(bytes, read),
        read.as_secs_f64() * 1e3
    );
    println!(
        "load (decode+layout) {:>7.1} MB/s  ({:.1} ms)  = {:.1}× the read time",
        mb_per_s(bytes, load),
        load.as_secs_f64() * 1e3,
        load.as_secs_f64() / read.as_secs_f64().max(1e-9)
    );
    println!(
        "extract           {:>10.1} MB/s  ({:.1} ms, {:.1} ms per MB)  = {:.1}× the read time",
        mb_per_s(bytes, ext),
        ext.as_secs_f64() * 1e3,
        ext.as_secs_f64() * 1e3 / (bytes as f64 / 1e6).max(1e-9),
        ext.as_secs_f64() / read.as_secs_f64().max(1e-9)
    );
    Ok(ExitCode::SUCCESS)
}

/// `zhaoshang first-frame [PATH…]` (hidden): loads, builds the explorer and draws its first
/// frame off-screen, then prints the milliseconds since `started`.
pub fn first_frame(paths: &[PathBuf], started: Instant) -> Result<ExitCode> {
    let corpus = corpus::load(paths)?;
    let entities = extract::extract(&corpus);
    let data = std::sync::Arc::new(crate::tui::data::Data::new(corpus, entities));
    let app = crate::tui::app::App::new(
        data,
        crate::tui::theme::Theme::new(false),
        ratatui::layout::Rect::new(0, 0, 120, 36),
    );
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 36))?;
    t.draw(|f| crate::tui::view::draw(&app, f))?;
    println!("{:.3}", started.elapsed().as_secs_f64() * 1e3);
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
    let result = (|| -> Result<()> {
        for (label, paths) in [
            ("seeds ×1".to_owned(), vec![]),
            (format!("seeds ×{scale}"), vec![dir.clone()]),
        ] {
            // Launch: child processes, median wall time, against `zhaoshang --version`.
            let mut floor = Vec::new();
            let mut wall = Vec::new();
            let mut inner = Vec::new();
            for _ in 0..runs.max(1) {
                let t = Instant::now();
                std::process::Command::new(&exe).arg("--version").output()?;
                floor.push(t.elapsed().as_secs_f64() * 1e3);
                let t = Instant::now();
                let out = std::process::Command::new(&exe)
                    .arg("first-frame")
                    .args(&paths)
                    .output()?;
                wall.push(t.elapsed().as_secs_f64() * 1e3);
                inner.push(
                    String::from_utf8_lossy(&out.stdout)
                        .trim()
                        .parse::<f64>()
                        .unwrap_or(f64::NAN),
                );
            }
            let (f, w, i) = (
                percentile(floor, 0.5),
                percentile(wall, 0.5),
                percentile(inner, 0.5),
            );
            println!("{label}: launch → first frame {w:.1} ms wall ({i:.1} ms inside the process); bare process start {f:.1} ms; ratio {:.1}×", w / f.max(1e-9));

            // Keystrokes: type queries into the search box, drawing after each key.
            let corpus = corpus::load(&paths)?;
            let entities = extract::extract(&corpus);
            let data = std::sync::Arc::new(crate::tui::data::Data::new(corpus, entities));
            let area = ratatui::layout::Rect::new(0, 0, 120, 36);
            let mut app = crate::tui::app::App::new(data, crate::tui::theme::Theme::new(false), area);
            let mut term = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 36))?;
            let mut keys = Vec::new();
            let mut redraw = Vec::new();
            for q in ["朝阳区商务局", "maliang", "cyq", "到位资金", "靶向招商", "長春"] {
                use crate::tui::app::Action;
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
            println!("{label}: keystroke → frame p50 {p50:.2} ms, p95 {p95:.2} ms; redraw alone p50 {r50:.2} ms; ratio {:.1}×", p50 / r50.max(1e-9));
        }
        Ok(())
    })();
    let _ = std::fs::remove_dir_all(&dir);
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

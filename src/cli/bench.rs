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

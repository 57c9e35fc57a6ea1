//! Loading: files → decoded text → articles with sections and paragraphs.

pub mod decode;
pub mod layout;
pub mod lm;
pub mod model;
pub mod normalize;
pub mod reflow;
pub mod split;

use crate::corpus::layout::{classify, lines};
use crate::corpus::lm::{CharLm, Lm};
use crate::corpus::model::{Article, ArticleId, Corpus, Paragraph, ParagraphId, Section, Warning};
use crate::corpus::reflow::{reflow, Block};
use jieba_rs::Jieba;
use rayon::prelude::*;
use std::borrow::Cow;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock, RwLock};
use thiserror::Error;

/// The seed articles bundled into the binary: (file name, text).
pub const SEEDS: &[(&str, &str)] = &[
    (
        "000_e531affd4cd05da8.txt",
        include_str!("../../seeds/000_e531affd4cd05da8.txt"),
    ),
    (
        "001_aa0bf713121e1eb7.txt",
        include_str!("../../seeds/001_aa0bf713121e1eb7.txt"),
    ),
    (
        "002_e906b18849288d0d.txt",
        include_str!("../../seeds/002_e906b18849288d0d.txt"),
    ),
    (
        "003_a673a7862b0b97f3.txt",
        include_str!("../../seeds/003_a673a7862b0b97f3.txt"),
    ),
    (
        "004_eacb7dac1d5eb72a.txt",
        include_str!("../../seeds/004_eacb7dac1d5eb72a.txt"),
    ),
];

/// Errors that stop a load before it starts (a path that is not there).
#[derive(Debug, Error)]
pub enum LoadError {
    #[error("{0}: no such file or directory")]
    Missing(PathBuf),
    #[error("{path}: cannot list directory: {source}")]
    ListDir { path: PathBuf, source: std::io::Error },
}

/// One input: its display name and where its bytes are.
pub struct Input {
    pub name: String,
    pub source: Source,
}

/// Where an input's bytes are.
pub enum Source {
    /// In memory (the bundled seeds, tests).
    Bytes(Cow<'static, [u8]>),
    /// A file, read when its turn comes: a large corpus is never all in memory as bytes.
    File(PathBuf),
}

impl Input {
    /// An input held in memory.
    pub fn from_bytes(name: impl Into<String>, bytes: impl Into<Cow<'static, [u8]>>) -> Input {
        Input {
            name: name.into(),
            source: Source::Bytes(bytes.into()),
        }
    }

    /// Its bytes, or why they cannot be read.
    pub fn read(&self) -> Result<Cow<'_, [u8]>, String> {
        match &self.source {
            Source::Bytes(b) => Ok(Cow::Borrowed(b.as_ref())),
            Source::File(f) => std::fs::read(f)
                .map(Cow::Owned)
                .map_err(|e| format!("cannot read: {e}")),
        }
    }
}

/// The bundled seeds as inputs.
pub fn seed_inputs() -> Vec<Input> {
    SEEDS
        .iter()
        .map(|(name, text)| Input::from_bytes(*name, text.as_bytes()))
        .collect()
}

/// Expands paths into files: a file as given, a folder into every `.txt` below it, sorted.
pub fn collect_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, LoadError> {
    let mut files = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut found = Vec::new();
            walk_txt(p, &mut found)?;
            found.sort();
            files.extend(found);
        } else if p.exists() {
            files.push(p.clone());
        } else {
            return Err(LoadError::Missing(p.clone()));
        }
    }
    Ok(files)
}

fn walk_txt(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), LoadError> {
    let entries = std::fs::read_dir(dir).map_err(|source| LoadError::ListDir {
        path: dir.to_owned(),
        source,
    })?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk_txt(&path, out)?;
        } else if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt")) {
            out.push(path);
        }
    }
    Ok(())
}

/// Reads files into inputs; a file that cannot be read becomes a warning later.
pub fn read_inputs(files: &[PathBuf]) -> Vec<Input> {
    files
        .iter()
        .map(|f| Input {
            // A file name can hold escape sequences too; it is shown on screen.
            name: normalize::sanitize(&f.display().to_string()),
            source: Source::File(f.clone()),
        })
        .collect()
}

/// Loads the bundled seeds (no paths) or the given files and folders.
pub fn load(paths: &[PathBuf]) -> Result<Corpus, LoadError> {
    if paths.is_empty() {
        return Ok(load_inputs(&seed_inputs()));
    }
    Ok(load_inputs(&read_inputs(&collect_files(paths)?)))
}

/// Loads inputs; bad inputs become warnings and the rest still loads.
pub fn load_inputs(inputs: &[Input]) -> Corpus {
    let prefixes = id_prefixes(inputs);
    // Files are independent: lay them out in parallel, keep the input order.
    let results: Vec<(usize, Result<Vec<Article>, Warning>)> = inputs
        .par_iter()
        .zip(prefixes.par_iter())
        .map(|(input, prefix)| load_one(input, prefix))
        .collect();
    let mut corpus = Corpus::default();
    for (bytes, r) in results {
        corpus.bytes += bytes;
        match r {
            Ok(articles) => corpus.articles.extend(articles),
            Err(w) => corpus.warnings.push(w),
        }
    }
    corpus
}

/// Article id prefixes: the file stem, with `~2`, `~3` … for stems seen before.
pub fn id_prefixes(inputs: &[Input]) -> Vec<String> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    inputs
        .iter()
        .map(|input| {
            let stem = file_stem(&input.name);
            let n = seen.entry(stem.clone()).or_default();
            *n += 1;
            if *n == 1 {
                stem
            } else {
                format!("{stem}~{n}")
            }
        })
        .collect()
}

/// Decodes and lays out one input: its byte count and articles, or the warning it gives.
pub fn load_one(input: &Input, prefix: &str) -> (usize, Result<Vec<Article>, Warning>) {
    load_bytes(&input.name, input.read().as_deref(), prefix)
}

/// Lays out one input's bytes (or reports why they could not be read).
pub fn load_bytes(
    name: &str,
    bytes: Result<&[u8], &String>,
    prefix: &str,
) -> (usize, Result<Vec<Article>, Warning>) {
    let warn = |message: String| Warning {
        file: name.to_owned(),
        message,
    };
    match bytes {
        Err(e) => (0, Err(warn(e.clone()))),
        Ok(bytes) => match decode::decode(bytes) {
            Ok(d) => (bytes.len(), Ok(load_text(name, prefix, &d.text))),
            Err(e) => (bytes.len(), Err(warn(format!("skipped: {e}")))),
        },
    }
}

fn file_stem(name: &str) -> String {
    Path::new(name)
        .file_stem()
        .map_or_else(|| name.to_owned(), |s| s.to_string_lossy().into_owned())
}

static JIEBA: RwLock<Option<Arc<Jieba>>> = RwLock::new(None);

/// The shared segmenter, with the project's dictionary of domain words; built on first use.
pub fn jieba() -> Arc<Jieba> {
    if let Some(j) = JIEBA.read().ok().and_then(|g| g.clone()) {
        return j;
    }
    let Ok(mut slot) = JIEBA.write() else {
        // A thread panicked while building it: build one for this caller alone.
        return Arc::new(build_jieba());
    };
    slot.get_or_insert_with(|| Arc::new(build_jieba())).clone()
}

/// Frees the segmenter (its dictionary is some 40 MB) once a load is over; the next load
/// builds it again. The explorer never segments after loading.
pub fn release_jieba() {
    if let Ok(mut slot) = JIEBA.write() {
        *slot = None;
    }
}

fn build_jieba() -> Jieba {
    {
        let mut j = Jieba::new();
        // Place names are words: the region finder relies on them not being split.
        for line in layout::asset_lines(include_str!("../../assets/gazetteer/gazetteer.tsv")) {
            let cols: Vec<&str> = line.split('\t').collect();
            let names = cols
                .get(1)
                .into_iter()
                .copied()
                .chain(cols.get(4).into_iter().flat_map(|s| s.split(',')));
            for name in names.filter(|n| n.chars().count() >= 2) {
                if !j.has_word(name) {
                    j.add_word(name, Some(1000), Some("ns"));
                }
            }
        }
        for line in layout::asset_lines(include_str!("../../assets/userdict.txt")) {
            let mut parts = line.split_whitespace();
            if let Some(word) = parts.next() {
                let freq = parts.next().and_then(|f| f.parse().ok());
                j.add_word(word, freq, parts.next());
            }
        }
        j
    }
}

/// The genre's character model, from the bundled corpus. A seed being loaded is left out of
/// its own genre model, so that it is read the way an unseen article is.
fn genre_lm(text: &str) -> &'static CharLm {
    static LMS: OnceLock<Vec<CharLm>> = OnceLock::new();
    let lms = LMS.get_or_init(|| {
        (0..=SEEDS.len())
            .map(|skip| {
                let mut m = CharLm::default();
                for (_, t) in SEEDS
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| *i != skip)
                    .map(|(_, s)| s)
                {
                    for l in lines(t) {
                        m.add(&l.folded, true);
                    }
                }
                m
            })
            .collect()
    });
    let own = SEEDS.iter().position(|(_, t)| *t == text).unwrap_or(SEEDS.len());
    &lms[own]
}

/// Lays out one decoded file into articles with ids `<prefix>-<n>`.
pub fn load_text(file: &str, prefix: &str, text: &str) -> Vec<Article> {
    let ls = lines(text);
    let kinds = classify(&ls);
    let fallback = file_stem(file);
    let raw = split::split(&ls, &kinds, &fallback);
    let mut own = CharLm::default();
    for a in &raw {
        for l in &a.body {
            own.add(&l.folded, false);
        }
    }
    let lm = Lm {
        parts: [genre_lm(text), &own],
    };
    let j = jieba();
    let has_word = |w: &str| j.has_word(w);
    raw.into_iter()
        .enumerate()
        .map(|(k, a)| {
            let id = ArticleId(format!("{prefix}-{}", k + 1).into());
            let sections = sections(&id, reflow(&a.body, &lm, &has_word));
            Article {
                id,
                file: file.to_owned(),
                title: a.title,
                subtitle: a.subtitle,
                authors: a.authors,
                date: a.date,
                publication: a.publication,
                page: a.page,
                sections,
                furniture: a.furniture,
            }
        })
        .collect()
}

fn sections(id: &ArticleId, blocks: Vec<Block>) -> Vec<Section> {
    let mut out = vec![Section {
        heading: None,
        paragraphs: Vec::new(),
    }];
    let mut n = 0;
    for b in blocks {
        match b {
            Block::Heading(h) => out.push(Section {
                heading: Some(h),
                paragraphs: Vec::new(),
            }),
            Block::Paragraph(kind, text) => {
                n += 1;
                let pid = ParagraphId(format!("{id}/p{n}").into());
                if let Some(s) = out.last_mut() {
                    s.paragraphs.push(Paragraph {
                        id: pid,
                        kind,
                        text: text.into(),
                    });
                }
            }
        }
    }
    if out[0].paragraphs.is_empty() && out.len() > 1 {
        out.remove(0);
    }
    out
}

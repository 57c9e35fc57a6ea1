//! Loading: files → decoded text → articles with sections and paragraphs.

pub mod decode;
pub mod formats;
pub mod layout;
pub mod lm;
pub mod model;
pub mod normalize;
pub mod reflow;
pub mod split;

use crate::corpus::formats::{FieldMap, Format};
use crate::corpus::layout::{classify, lines};
use crate::corpus::lm::{CharLm, Edges, Lm};
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

/// Expands paths into files: a file as given, a folder into every file of a format the
/// loader reads (text, web pages, datasets, Word documents) below it, sorted.
pub fn collect_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, LoadError> {
    collect(paths).map(|(files, _)| files)
}

/// Like [`collect_files`], with one warning for the files of folders that were passed by
/// (`3 files of unsupported formats skipped (2 .pdf, 1 .jpg)`), not one line each.
pub fn collect(paths: &[PathBuf]) -> Result<(Vec<PathBuf>, Option<Warning>), LoadError> {
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut found = Vec::new();
            walk(p, &mut found, &mut skipped)?;
            found.sort();
            files.extend(found);
        } else if p.exists() {
            files.push(p.clone());
        } else {
            return Err(LoadError::Missing(p.clone()));
        }
    }
    Ok((files, unsupported_warning(&skipped)))
}

fn unsupported_warning(skipped: &[PathBuf]) -> Option<Warning> {
    if skipped.is_empty() {
        return None;
    }
    let mut by_ext: std::collections::BTreeMap<String, usize> = Default::default();
    for f in skipped {
        let ext = f.extension().map_or_else(
            || "(no extension)".to_owned(),
            |e| format!(".{}", e.to_string_lossy().to_lowercase()),
        );
        *by_ext.entry(ext).or_default() += 1;
    }
    let mut kinds: Vec<(String, usize)> = by_ext.into_iter().collect();
    kinds.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let list: Vec<String> = kinds.iter().map(|(e, n)| format!("{n} {e}")).collect();
    let n = skipped.len();
    Some(Warning {
        file: normalize::sanitize(&skipped[0].parent().unwrap_or(Path::new(".")).display().to_string()),
        message: format!(
            "{n} file{} of unsupported formats skipped ({}); readable: .txt .html .htm .mhtml .mht .csv .tsv .jsonl .ndjson .json .docx",
            if n == 1 { "" } else { "s" },
            normalize::sanitize(&list.join(", "))
        ),
    })
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>, skipped: &mut Vec<PathBuf>) -> Result<(), LoadError> {
    let entries = std::fs::read_dir(dir).map_err(|source| LoadError::ListDir {
        path: dir.to_owned(),
        source,
    })?;
    for entry in entries.flatten() {
        let path = entry.path();
        // Hidden files (`.DS_Store`, editor swap files) are not part of a corpus.
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        if path.is_dir() {
            walk(&path, out, skipped)?;
        } else if Format::of(&path.to_string_lossy()).is_some() {
            out.push(path);
        } else {
            skipped.push(path);
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
    let (files, skipped) = collect(paths)?;
    let mut corpus = load_inputs(&read_inputs(&files));
    corpus.warnings.extend(skipped);
    Ok(corpus)
}

/// Loads inputs; bad inputs become warnings and the rest still loads.
pub fn load_inputs(inputs: &[Input]) -> Corpus {
    load_inputs_with(inputs, &FieldMap::default())
}

/// Loads inputs, reading datasets' fields as named in `fields`.
pub fn load_inputs_with(inputs: &[Input], fields: &FieldMap) -> Corpus {
    let prefixes = id_prefixes(inputs);
    // Files are independent: lay them out in parallel, keep the input order.
    let results: Vec<Loaded> = inputs
        .par_iter()
        .zip(prefixes.par_iter())
        .map(|(input, prefix)| load_one(input, prefix, fields))
        .collect();
    let mut corpus = Corpus::default();
    for Loaded {
        bytes,
        result,
        problems,
    } in results
    {
        corpus.bytes += bytes;
        corpus.warnings.extend(problems);
        match result {
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

/// What one input gave.
pub struct Loaded {
    /// Bytes read.
    pub bytes: usize,
    /// Its articles, or why none could be read.
    pub result: Result<Vec<Article>, Warning>,
    /// Parts that were skipped while the rest loaded (a broken row, an invalid line).
    pub problems: Vec<Warning>,
}

/// Decodes and lays out one input.
pub fn load_one(input: &Input, prefix: &str, fields: &FieldMap) -> Loaded {
    load_bytes(&input.name, input.read().as_deref(), prefix, fields)
}

/// Lays out one input's bytes (or reports why they could not be read), by its format.
pub fn load_bytes(name: &str, bytes: Result<&[u8], &String>, prefix: &str, fields: &FieldMap) -> Loaded {
    let warn = |message: String| Warning {
        file: name.to_owned(),
        message,
    };
    let bytes = match bytes {
        Err(e) => {
            return Loaded {
                bytes: 0,
                result: Err(warn(e.clone())),
                problems: Vec::new(),
            }
        }
        Ok(b) => b,
    };
    let size = bytes.len();
    let format = Format::of(name).unwrap_or(Format::Text);
    if format == Format::Text {
        let result = match decode::decode(bytes) {
            Ok(d) => Ok(load_text(name, prefix, &d.text)),
            Err(e) => Err(warn(format!("skipped: {e}"))),
        };
        return Loaded {
            bytes: size,
            result,
            problems: Vec::new(),
        };
    }
    match formats::read(format, bytes, fields) {
        Err(e) => Loaded {
            bytes: size,
            result: Err(warn(format!("skipped: {e}"))),
            problems: Vec::new(),
        },
        Ok(read) => {
            let mut articles = Vec::new();
            for doc in read.docs {
                let first = articles.len() + 1;
                let mut these = load_text_numbered(name, prefix, &doc.text, first);
                for a in &mut these {
                    apply_meta(a, &doc.meta);
                }
                articles.extend(these);
            }
            Loaded {
                bytes: size,
                result: Ok(articles),
                problems: read.problems.into_iter().map(warn).collect(),
            }
        }
    }
}

/// What the file states about a document in fields of its own (a page's `<meta>`, a record's
/// `发布时间`/`来源`) is taken over what the layout guessed from the text; where it came from
/// (URL, site, record) only the file can say.
fn apply_meta(a: &mut Article, meta: &formats::Meta) {
    a.url = meta.url.as_deref().map(normalize::sanitize);
    a.site = meta.site.as_deref().map(normalize::sanitize);
    a.record = meta.record;
    if let Some(d) = &meta.date {
        a.date = Some(d.clone());
    }
    if let Some(p) = &meta.publication {
        a.publication = Some(normalize::sanitize(p));
    }
    if !meta.authors.is_empty() {
        a.authors = meta.authors.iter().map(|s| normalize::sanitize(s)).collect();
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
            // 郊区, 和县: ordinary words or too short to stand alone; as words they would
            // change how everything else is cut.
            if cols.get(5) == Some(&"qualified") {
                continue;
            }
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
    // A seed in Traditional script is still that seed (its Simplified twin is in the model).
    static SIMPLIFIED: OnceLock<Vec<String>> = OnceLock::new();
    let simple = |t: &str| {
        normalize::simplify(t)
            .chars()
            .map(normalize::fold_char)
            .collect::<String>()
    };
    let seeds = SIMPLIFIED.get_or_init(|| SEEDS.iter().map(|(_, t)| simple(t)).collect());
    let own = match SEEDS.iter().position(|(_, t)| *t == text) {
        Some(i) => i,
        None if text.chars().any(normalize::is_traditional) => {
            // Converters disagree on a few characters (餘 → 余 or 馀): nearly equal is equal.
            let text: Vec<char> = simple(text).chars().collect();
            let same = |seed: &String| {
                let seed: Vec<char> = seed.chars().collect();
                seed.len() == text.len()
                    && seed.iter().zip(&text).filter(|(a, b)| a != b).count() * 100 <= seed.len()
            };
            seeds.iter().position(same).unwrap_or(SEEDS.len())
        }
        None => SEEDS.len(),
    };
    &lms[own]
}

/// Lays out one decoded file into articles with ids `<prefix>-<n>`.
pub fn load_text(file: &str, prefix: &str, text: &str) -> Vec<Article> {
    load_text_numbered(file, prefix, text, 1)
}

/// Lays out one document of a file, numbering its articles from `first` (a dataset's records
/// share the file's numbering).
fn load_text_numbered(file: &str, prefix: &str, text: &str, first: usize) -> Vec<Article> {
    let text = &*normalize::strip_pinyin_annotations(text);
    let ls = lines(text);
    let kinds = classify(&ls);
    let raw = split::split(&ls, &kinds);
    // The character models judge only a line that ends open (a paragraph the layout cut);
    // most files have none, and then neither model is built or looked up.
    let cut = raw
        .iter()
        .flat_map(|a| &a.body)
        .any(|l| layout::is_open(&l.folded));
    let mut own = CharLm::default();
    if cut {
        let body = || raw.iter().flat_map(|a| &a.body).map(|l| l.folded.as_str());
        let edges = Edges::of(body(), layout::is_open);
        for l in body() {
            own.add_at_edges(l, &edges);
        }
    }
    let none = CharLm::default();
    let lm = Lm {
        parts: [if cut { genre_lm(text) } else { &none }, &own],
    };
    let j = jieba();
    let has_word = |w: &str| j.has_word(w);
    raw.into_iter()
        .enumerate()
        .map(|(k, a)| {
            let id = ArticleId(format!("{prefix}-{}", k + first).into());
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
                url: None,
                site: None,
                record: None,
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

//! Opening a corpus: read, lay out and extract every file — in parallel, from the per-file
//! cache when a file is unchanged — then merge. Used by the explorer and every command.

use crate::corpus::formats::FieldMap;
use crate::corpus::model::{Article, Corpus, Warning};
use crate::corpus::{self, Input};
use crate::extract::{self, ArticleExtract, Entities};
use rayon::prelude::*;
use rustc_hash::FxHasher;
use serde::{Deserialize, Serialize};
use std::hash::{Hash, Hasher};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// Bump when what a cache entry holds changes shape or meaning.
const CACHE_FORMAT: u32 = 4;

/// Everything one file yields.
#[derive(Clone, Serialize, Deserialize)]
struct Entry {
    bytes: usize,
    result: Result<(Vec<Article>, Vec<ArticleExtract>), Warning>,
    /// Parts of the file skipped while the rest loaded (a dataset's broken rows).
    problems: Vec<Warning>,
}

/// How to open.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Skip the cache entirely (neither read nor write).
    pub no_cache: bool,
    /// Cache folder; default: the user's cache directory.
    pub cache_dir: Option<PathBuf>,
    /// Told how the load goes (the explorer draws it, commands print it).
    pub progress: Option<Reporter>,
    /// Dataset fields named explicitly (`--field content=正文`).
    pub fields: FieldMap,
}

/// How far a load has got.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Progress {
    /// A file is being read and laid out (not from the cache): its name and size.
    Reading { file: String, bytes: usize },
    /// The extractors have read `done` of the `total` articles of a file.
    Extracting { file: String, done: usize, total: usize },
    /// `done` of the `total` files are open.
    Files { done: usize, total: usize },
}

/// Receives [`Progress`] reports, from the loading threads.
#[derive(Clone)]
pub struct Reporter(pub Arc<dyn Fn(Progress) + Send + Sync>);

impl Reporter {
    /// A reporter calling `f`.
    pub fn new(f: impl Fn(Progress) + Send + Sync + 'static) -> Reporter {
        Reporter(Arc::new(f))
    }
}

impl std::fmt::Debug for Reporter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Reporter")
    }
}

/// Extraction is reported for files of at least this many articles (a dataset, a year of a
/// paper in one file); smaller files only count as files.
const REPORT_ARTICLES_FROM: usize = 64;

/// What an open did, for reports and benchmarks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    pub files: usize,
    /// Files read from the user's cache.
    pub cached: usize,
    /// Files taken from the bundled seeds' processed form.
    pub bundled: usize,
}

/// The user's cache folder for zhaoshang (`$ZHAOSHANG_CACHE_DIR` overrides it).
pub fn default_cache_dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("ZHAOSHANG_CACHE_DIR") {
        return Some(PathBuf::from(d));
    }
    directories::ProjectDirs::from("", "", "zhaoshang").map(|d| d.cache_dir().to_owned())
}

/// A fingerprint of the rule files and the cache format (not of the code).
fn assets_fingerprint() -> u64 {
    let mut h = FxHasher::default();
    CACHE_FORMAT.hash(&mut h);
    env!("CARGO_PKG_VERSION").hash(&mut h);
    for text in crate::assets_fingerprint_texts() {
        text.hash(&mut h);
    }
    h.finish()
}

/// A fingerprint of the rules compiled into this binary: new rules, new cache.
fn rules_fingerprint() -> u64 {
    let mut h = FxHasher::default();
    assets_fingerprint().hash(&mut h);
    // A rebuilt binary may read differently even with the same rules.
    if let Some(meta) = std::env::current_exe()
        .ok()
        .and_then(|p| std::fs::metadata(p).ok())
    {
        meta.len().hash(&mut h);
        meta.modified().ok().hash(&mut h);
    }
    h.finish()
}

/// The bundled seeds as processed when the bundle was made: the very first launch shows them
/// without building jieba's dictionary (most of a first launch). The test
/// `bundled_seeds_are_current` keeps it equal to a fresh load; regenerate it with
/// `UPDATE_BUNDLE=1 cargo test --release bundled_seeds`.
const BUNDLE: &[u8] = include_bytes!("../assets/seeds.bundle");

#[derive(Serialize, Deserialize)]
struct Bundle {
    fingerprint: u64,
    entries: Vec<(String, Entry)>,
}

/// The bundled entry of an input, by its key, when the bundle was made with these rules.
fn bundled(key: &str) -> Option<Entry> {
    static ENTRIES: std::sync::OnceLock<Vec<(String, Entry)>> = std::sync::OnceLock::new();
    let entries = ENTRIES.get_or_init(|| {
        let Some(mut bundle) = postcard::from_bytes::<Bundle>(BUNDLE)
            .ok()
            .filter(|b| b.fingerprint == assets_fingerprint())
        else {
            return Vec::new();
        };
        for (_, e) in &mut bundle.entries {
            if let Ok((articles, extracts)) = &mut e.result {
                share_ids(articles, extracts);
            }
        }
        bundle.entries
    });
    entries.iter().find(|(k, _)| k == key).map(|(_, e)| e.clone())
}

/// 128-bit content key of one input: its bytes, name, id prefix and the dataset fields named.
fn key(input: &Input, bytes: &[u8], prefix: &str, fields: &FieldMap) -> String {
    let mut parts = [0u64; 2];
    for (seed, part) in parts.iter_mut().enumerate() {
        let mut h = FxHasher::default();
        (seed as u64 + 0x9e37_79b9_7f4a_7c15).hash(&mut h);
        bytes.hash(&mut h);
        input.name.hash(&mut h);
        prefix.hash(&mut h);
        if !fields.0.is_empty() {
            fields.hash(&mut h);
        }
        *part = h.finish();
    }
    format!("{:016x}{:016x}", parts[0], parts[1])
}

fn read_entry(path: &Path) -> Option<Entry> {
    decode_entry(&std::fs::read(path).ok()?)
}

fn decode_entry(bytes: &[u8]) -> Option<Entry> {
    let mut entry: Entry = postcard::from_bytes(bytes).ok()?;
    if let Ok((articles, extracts)) = &mut entry.result {
        share_ids(articles, extracts);
    }
    Some(entry)
}

/// Ids decoded from the cache arrive as one allocation per mention; a freshly computed
/// entry shares one per id (a year of figures and spans would otherwise hold millions of
/// copies).
fn share_ids(articles: &mut [Article], extracts: &mut [ArticleExtract]) {
    let mut seen: rustc_hash::FxHashSet<Arc<str>> = Default::default();
    let mut share = |id: &mut Arc<str>| match seen.get(&**id) {
        Some(s) => *id = s.clone(),
        None => {
            seen.insert(id.clone());
        }
    };
    for a in articles {
        share(&mut a.id.0);
        for p in a.sections.iter_mut().flat_map(|s| s.paragraphs.iter_mut()) {
            share(&mut p.id.0);
        }
    }
    for e in extracts {
        if let Some(a) = &mut e.regions.article {
            share(&mut a.0);
        }
        for m in &mut e.regions.mentions {
            share(&mut m.span.paragraph.0);
        }
        for q in &mut e.quotes {
            share(&mut q.article.0);
            share(&mut q.paragraph.0);
            share(&mut q.span.paragraph.0);
        }
        for p in &mut e.projects {
            share(&mut p.span.paragraph.0);
        }
        for o in &mut e.orgs {
            share(&mut o.span.paragraph.0);
        }
        for f in &mut e.figures {
            share(&mut f.article.0);
            share(&mut f.paragraph.0);
            share(&mut f.span.paragraph.0);
        }
    }
}

fn write_entry(path: &Path, e: &Entry) {
    if let Ok(bytes) = postcard::to_stdvec(e) {
        write_cache_file(path, |w| w.write_all(&bytes));
    }
}

/// Writes a cache file whole or not at all (a reader never sees half of one): into a
/// temporary file, then renamed. A cache that cannot be written is no cache; the load goes on.
pub(crate) fn write_cache_file(path: &Path, write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) {
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    let written = std::fs::File::create(&tmp).is_ok_and(|f| {
        let mut w = std::io::BufWriter::new(f);
        write(&mut w).is_ok() && w.flush().is_ok()
    });
    if written {
        let _ = std::fs::rename(&tmp, path);
    } else {
        let _ = std::fs::remove_file(&tmp);
    }
}

fn compute(
    input: &Input,
    bytes: Result<&[u8], &String>,
    prefix: &str,
    fields: &FieldMap,
    progress: Option<&Reporter>,
) -> Entry {
    if let (Some(r), Ok(b)) = (progress, &bytes) {
        (r.0)(Progress::Reading {
            file: input.name.clone(),
            bytes: b.len(),
        });
    }
    let loaded = corpus::load_bytes(&input.name, bytes, prefix, fields);
    let result = loaded.result.map(|articles| {
        let total = articles.len();
        let report = progress.filter(|_| total >= REPORT_ARTICLES_FROM);
        // Every hundredth of the file, so that a report never costs more than the work.
        let step = (total / 100).max(1);
        let done = AtomicUsize::new(0);
        let extracts = articles
            .par_iter()
            .map(|a| {
                let x = extract::article(a);
                if let Some(r) = report {
                    let n = done.fetch_add(1, Ordering::Relaxed) + 1;
                    if n.is_multiple_of(step) || n == total {
                        (r.0)(Progress::Extracting {
                            file: input.name.clone(),
                            done: n,
                            total,
                        });
                    }
                }
                x
            })
            .collect();
        (articles, extracts)
    });
    Entry {
        bytes: loaded.bytes,
        result,
        problems: loaded.problems,
    }
}

/// What opening files shares: the cache folder, the options and the counts so far.
struct Loader<'a> {
    opts: &'a Options,
    dir: Option<PathBuf>,
    total: usize,
    done: AtomicUsize,
    cached: AtomicUsize,
    bundled: AtomicUsize,
}

impl<'a> Loader<'a> {
    fn new(opts: &'a Options, total: usize) -> Loader<'a> {
        let dir = if opts.no_cache {
            None
        } else {
            opts.cache_dir
                .clone()
                .or_else(default_cache_dir)
                .map(|d| d.join(format!("v{CACHE_FORMAT}-{:016x}", rules_fingerprint())))
        };
        if let Some(d) = &dir {
            let _ = std::fs::create_dir_all(d);
        }
        Loader {
            opts,
            dir,
            total,
            done: AtomicUsize::new(0),
            cached: AtomicUsize::new(0),
            bundled: AtomicUsize::new(0),
        }
    }

    /// One input's entry (from the cache, the bundle or computed) and its cache key.
    fn load(&self, input: &Input, prefix: &str) -> (Entry, Option<String>) {
        let opts = self.opts;
        // Read here, not up front: only the files in flight are in memory as bytes.
        let bytes = input.read();
        let k = bytes.as_ref().ok().map(|b| key(input, b, prefix, &opts.fields));
        let path = self.dir.as_ref().zip(k.as_ref()).map(|(d, k)| d.join(k));
        let hit = path.as_deref().and_then(read_entry);
        let from_bundle = || {
            let e = k.as_deref().filter(|_| !opts.no_cache).and_then(bundled)?;
            self.bundled.fetch_add(1, Ordering::Relaxed);
            Some(e)
        };
        let entry = match hit {
            Some(e) => {
                self.cached.fetch_add(1, Ordering::Relaxed);
                e
            }
            None => {
                let e = from_bundle().unwrap_or_else(|| {
                    compute(
                        input,
                        bytes.as_deref(),
                        prefix,
                        &opts.fields,
                        opts.progress.as_ref(),
                    )
                });
                if let Some(p) = &path {
                    write_entry(p, &e);
                }
                e
            }
        };
        let done = self.done.fetch_add(1, Ordering::Relaxed) + 1;
        if let Some(r) = &opts.progress {
            (r.0)(Progress::Files {
                done,
                total: self.total,
            });
        }
        (entry, k)
    }

    fn stats(self) -> Stats {
        Stats {
            files: self.total,
            cached: self.cached.into_inner(),
            bundled: self.bundled.into_inner(),
        }
    }
}

/// Opens the inputs: (corpus, entities, what came from the cache).
pub fn open_inputs(inputs: &[Input], opts: &Options) -> (Corpus, Entities, Stats) {
    let prefixes = corpus::id_prefixes(inputs);
    let loader = Loader::new(opts, inputs.len());
    let entries: Vec<(Entry, Option<String>)> = inputs
        .par_iter()
        .zip(prefixes.par_iter())
        .map(|(input, prefix)| loader.load(input, prefix))
        .collect();
    let mut corpus = Corpus::default();
    // The corpus as a whole: its files' keys in order name its search index.
    if let Some(d) = &loader.dir {
        let mut h = FxHasher::default();
        for (_, k) in &entries {
            k.hash(&mut h);
        }
        corpus.cache = Some(d.join(format!("index-{:016x}-{}", h.finish(), entries.len())));
    }
    let mut per = Vec::new();
    for (e, _) in entries {
        corpus.bytes += e.bytes;
        corpus.warnings.extend(e.problems);
        match e.result {
            Ok((articles, extracts)) => {
                corpus.articles.extend(articles);
                per.extend(extracts);
            }
            Err(w) => corpus.warnings.push(w),
        }
    }
    corpus::release_jieba();
    release_free_memory();
    let entities = extract::merge(&corpus.articles, per);
    release_free_memory();
    (corpus, entities, loader.stats())
}

/// Opens the inputs a few at a time and hands each file's articles, with what the extractors
/// found in each, to `each`, in input order; then returns the warnings (files that could not
/// be read, broken records) and what came from the cache. Only the files in flight are held,
/// so memory does not grow with the corpus: for exports that write as they read. (Nothing is
/// merged across files: a person's or project's corpus-wide lists need [`open`].)
pub fn stream_inputs(
    inputs: &[Input],
    opts: &Options,
    mut each: impl FnMut(Vec<Article>, Vec<ArticleExtract>) -> std::io::Result<()>,
) -> std::io::Result<(Vec<Warning>, Stats)> {
    let prefixes = corpus::id_prefixes(inputs);
    let loader = Loader::new(opts, inputs.len());
    let mut warnings = Vec::new();
    // Enough files in flight to keep every thread busy; few enough to stay small.
    let batch = 4 * rayon::current_num_threads().max(1);
    let result = (|| {
        for (inputs, prefixes) in inputs.chunks(batch).zip(prefixes.chunks(batch)) {
            let entries: Vec<(Entry, Option<String>)> = inputs
                .par_iter()
                .zip(prefixes.par_iter())
                .map(|(input, prefix)| loader.load(input, prefix))
                .collect();
            for (e, _) in entries {
                warnings.extend(e.problems);
                match e.result {
                    Ok((articles, extracts)) => each(articles, extracts)?,
                    Err(w) => warnings.push(w),
                }
            }
        }
        Ok(())
    })();
    corpus::release_jieba();
    release_free_memory();
    result.map(|()| (warnings, loader.stats()))
}

/// The inputs named by paths (the bundled seeds when there are none), and a warning for the
/// files skipped as unreadable formats.
pub fn inputs(paths: &[PathBuf]) -> Result<(Vec<Input>, Option<Warning>), corpus::LoadError> {
    if paths.is_empty() {
        Ok((corpus::seed_inputs(), None))
    } else {
        let (files, skipped) = corpus::collect(paths)?;
        Ok((corpus::read_inputs(&files), skipped))
    }
}

/// Hands memory freed by the load back to the system. The parallel load interleaves
/// short-lived work (segmentation, character models) with what it keeps, and glibc's malloc
/// keeps the pages of the holes left behind; on a year of newspapers that is a third of the
/// process.
pub fn release_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        extern "C" {
            fn malloc_trim(pad: usize) -> i32;
        }
        // SAFETY: malloc_trim only returns unused pages of the allocator's own heaps.
        unsafe {
            malloc_trim(0);
        }
    }
}

/// Opens the bundled seeds (no paths) or the given files and folders.
pub fn open(paths: &[PathBuf], opts: &Options) -> Result<(Corpus, Entities, Stats), corpus::LoadError> {
    let (inputs, skipped) = inputs(paths)?;
    let (mut corpus, entities, stats) = open_inputs(&inputs, opts);
    corpus.warnings.extend(skipped);
    Ok((corpus, entities, stats))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cached_reopen_gives_the_same_result_and_survives_corruption() {
        let dir = std::env::temp_dir().join(format!("zhaoshang-cache-test-{}", std::process::id()));
        let opts = Options {
            cache_dir: Some(dir.clone()),
            ..Options::default()
        };
        let (c1, e1, s1) = open(&[], &opts).unwrap();
        assert_eq!(s1.cached, 0);
        let export = |c: &Corpus, e: &Entities| {
            serde_json::to_string(&crate::export::Export::new(c, e)).unwrap_or_default()
        };
        let first = export(&c1, &e1);
        let (c2, e2, s2) = open(&[], &opts).unwrap();
        assert_eq!(s2.cached, s2.files);
        assert!(export(&c2, &e2) == first, "cached reopen differs");
        // Corrupt every entry: rebuilt silently, same result.
        for sub in std::fs::read_dir(&dir).unwrap().flatten() {
            for f in std::fs::read_dir(sub.path()).unwrap().flatten() {
                std::fs::write(f.path(), b"garbage").unwrap();
            }
        }
        let (c3, e3, s3) = open(&[], &opts).unwrap();
        assert_eq!(s3.cached, 0);
        assert!(export(&c3, &e3) == first, "rebuilt cache differs");
        let (_, _, s4) = open(
            &[],
            &Options {
                no_cache: true,
                ..opts
            },
        )
        .unwrap();
        assert_eq!(s4.cached, 0);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn streaming_hands_over_every_file_in_order_as_open_reads_it() {
        let opts = Options {
            no_cache: true,
            ..Options::default()
        };
        let (corpus, _, _) = open(&[], &opts).unwrap();
        let inputs = corpus::seed_inputs();
        let mut articles = Vec::new();
        let mut files = 0;
        let (warnings, stats) = stream_inputs(&inputs, &opts, |a, x| {
            assert_eq!(a.len(), x.len());
            assert!(a
                .iter()
                .zip(&x)
                .all(|(a, x)| x.regions.article.as_ref() == Some(&a.id)));
            files += 1;
            articles.extend(a);
            Ok(())
        })
        .unwrap();
        assert_eq!(files, inputs.len());
        assert_eq!(stats.files, inputs.len());
        assert!(warnings.is_empty(), "{warnings:?}");
        assert!(
            articles == corpus.articles,
            "streamed articles differ from the open's"
        );
        // A writer's error stops the stream and comes back.
        let err = stream_inputs(&inputs, &opts, |_, _| Err(std::io::Error::other("full"))).unwrap_err();
        assert_eq!(err.to_string(), "full");
    }

    #[test]
    fn a_large_file_reports_its_articles_as_they_are_read() {
        // A dataset of 100 records: more than enough articles to be reported one by one.
        let record = |i: usize| {
            serde_json::json!({
                "title": format!("朝阳区招商引资第{i}期"),
                "content": format!("朝阳区商务局局长马良表示：“第{i}个项目已经落地。”"),
            })
            .to_string()
        };
        let big: String = (0..100).map(|i| record(i) + "\n").collect();
        let inputs = vec![
            Input::from_bytes("big.jsonl", big.into_bytes()),
            Input::from_bytes("small.txt", "标题\n\n宽城区召开会议。\n".as_bytes().to_vec()),
        ];
        let seen = Arc::new(std::sync::Mutex::new(Vec::new()));
        let sink = seen.clone();
        let opts = Options {
            no_cache: true,
            progress: Some(Reporter::new(move |p| sink.lock().unwrap().push(p))),
            ..Options::default()
        };
        let (corpus, _, _) = open_inputs(&inputs, &opts);
        assert_eq!(corpus.articles.len(), 101);
        let seen = seen.lock().unwrap();
        let of = |name: &str| -> Vec<(usize, usize)> {
            seen.iter()
                .filter_map(|p| match p {
                    Progress::Extracting { file, done, total } if file == name => Some((*done, *total)),
                    _ => None,
                })
                .collect()
        };
        let big = of("big.jsonl");
        assert_eq!(big.len(), 100, "one report per article (a hundredth of 100)");
        let mut done: Vec<usize> = big.iter().map(|&(d, _)| d).collect();
        done.sort_unstable();
        assert_eq!(done, (1..=100).collect::<Vec<_>>());
        assert!(big.iter().all(|&(_, t)| t == 100));
        // The small file is only counted as a file.
        assert!(of("small.txt").is_empty());
        let reading = seen
            .iter()
            .position(|p| matches!(p, Progress::Reading { file, .. } if file == "big.jsonl"));
        let first_article = seen.iter().position(|p| matches!(p, Progress::Extracting { .. }));
        assert!(reading < first_article, "read before extracted");
        let mut files: Vec<(usize, usize)> = seen
            .iter()
            .filter_map(|p| match p {
                Progress::Files { done, total } => Some((*done, *total)),
                _ => None,
            })
            .collect();
        files.sort_unstable();
        assert_eq!(files, [(1, 2), (2, 2)]);
    }

    #[test]
    fn bundled_seeds_are_current() {
        let inputs = corpus::seed_inputs();
        let prefixes = corpus::id_prefixes(&inputs);
        let entries: Vec<(String, Entry)> = inputs
            .iter()
            .zip(&prefixes)
            .map(|(input, prefix)| {
                let bytes = input.read().unwrap();
                let fields = FieldMap::default();
                let entry = compute(input, Ok(&bytes), prefix, &fields, None);
                (key(input, &bytes, prefix, &fields), entry)
            })
            .collect();
        let fresh = postcard::to_stdvec(&Bundle {
            fingerprint: assets_fingerprint(),
            entries,
        })
        .unwrap();
        if std::env::var_os("UPDATE_BUNDLE").is_some() {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/seeds.bundle");
            std::fs::write(path, &fresh).unwrap();
            return;
        }
        assert!(
            fresh == BUNDLE,
            "assets/seeds.bundle is stale: UPDATE_BUNDLE=1 cargo test --release bundled_seeds"
        );
        // And an open uses it: no seed is computed on a first launch.
        let dir = std::env::temp_dir().join(format!("zhaoshang-bundle-test-{}", std::process::id()));
        let opts = Options {
            cache_dir: Some(dir.clone()),
            ..Options::default()
        };
        let (_, _, stats) = open(&[], &opts).unwrap();
        assert_eq!((stats.bundled, stats.cached), (stats.files, 0));
        let _ = std::fs::remove_dir_all(&dir);
    }
}

//! Corpora in every shape they arrive in (saved pages, datasets, Word documents; fixtures made
//! from the seeds by `tests/fixtures/formats/make.py`) give the articles, quotes and projects
//! the `.txt` seeds give; broken inputs are reported by file and line; and the analysts'
//! exports (JSON Lines, CSV tables, SQLite) hold the corpus, the SQLite one answering the
//! README's example queries.

mod common;

use common::{gold, list, s, seeds};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use zhaoshang::corpus::model::Corpus;
use zhaoshang::extract::Entities;

fn fixture(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/formats")
        .join(p)
}

fn open(paths: &[PathBuf]) -> (Corpus, Entities) {
    let opts = zhaoshang::open::Options {
        no_cache: true,
        ..Default::default()
    };
    let (c, e, _) = zhaoshang::open::open(paths, &opts).expect("fixtures exist");
    (c, e)
}

type Quotes = BTreeSet<(Option<String>, Option<String>, String)>;
type Projects = BTreeSet<(String, Option<String>)>;

/// What must not change with the shape of the input: titles, quotes with their speakers and
/// roles, projects with their regions.
fn content(c: &Corpus, e: &Entities) -> (BTreeSet<String>, Quotes, Projects) {
    (
        c.articles.iter().map(|a| a.title.clone()).collect(),
        e.quotes
            .iter()
            .map(|q| (q.speaker.clone(), q.role.clone(), q.text.clone()))
            .collect(),
        e.projects
            .iter()
            .map(|p| (p.name.clone(), p.region.clone()))
            .collect(),
    )
}

fn assert_same_as_seeds(what: &str, paths: &[PathBuf]) {
    let (seed_corpus, seed_export) = seeds();
    let (c, e) = open(paths);
    assert!(c.warnings.is_empty(), "{what}: {:?}", c.warnings);
    let (titles, quotes, projects) = content(&c, &e);
    let seed_entities = Entities {
        quotes: seed_export.entities.quotes.clone(),
        projects: seed_export.entities.projects.clone(),
        ..Default::default()
    };
    let (st, sq, sp) = content(seed_corpus, &seed_entities);
    assert_eq!(titles, st, "{what}: titles");
    let missing: Vec<_> = sq.difference(&quotes).collect();
    let extra: Vec<_> = quotes.difference(&sq).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "{what}: quotes missing {missing:#?}\nextra {extra:#?}"
    );
    let missing: Vec<_> = sp.difference(&projects).collect();
    let extra: Vec<_> = projects.difference(&sp).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "{what}: projects missing {missing:?}\nextra {extra:?}"
    );
    // And scored against the hand annotation directly: every gold quote and project is there.
    for g in list(gold(), "quotes") {
        let start = s(g, "start").unwrap_or_default();
        assert!(
            e.quotes
                .iter()
                .any(|q| q.text.starts_with(start) && q.speaker.as_deref() == s(g, "speaker")),
            "{what}: gold quote {start}"
        );
    }
    for g in list(gold(), "projects") {
        let key = s(g, "key").unwrap_or_default();
        assert!(
            e.projects.iter().any(|p| p.name.contains(key)),
            "{what}: gold project {key}"
        );
    }
}

#[test]
fn saved_web_pages_in_three_cms_layouts_read_like_the_text_files() {
    assert_same_as_seeds("html", &[fixture("html")]);
}

#[test]
fn word_documents_read_like_the_text_files() {
    assert_same_as_seeds("docx", &[fixture("docx")]);
}

#[test]
fn csv_dataset_with_chinese_field_names_reads_like_the_text_files() {
    assert_same_as_seeds("csv", &[fixture("records/seeds.csv")]);
}

#[test]
fn json_lines_dataset_with_chinese_field_names_reads_like_the_text_files() {
    assert_same_as_seeds("jsonl", &[fixture("records/seeds.jsonl")]);
}

#[test]
fn pages_and_records_keep_their_provenance() {
    let (c, _) = open(&[fixture("html"), fixture("records/seeds.csv")]);
    let gbk = c
        .articles
        .iter()
        .find(|a| a.id.0.as_ref() == "001_aa0bf713121e1eb7-1")
        .expect("the GBK page's article");
    assert_eq!(gbk.title, "长春市绿园区：以营商环境之“优”谋高质量发展之“进”");
    assert_eq!(gbk.site.as_deref(), Some("长春市人民政府"));
    let epaper = c
        .articles
        .iter()
        .find(|a| a.id.0.as_ref() == "002_e906b18849288d0d-1")
        .expect("the e-paper page's article");
    assert_eq!(
        epaper.url.as_deref(),
        Some("http://epaper.example-sp.cn/news/2025-06/18/002_e906b18849288d0d.html")
    );
    assert_eq!(epaper.site.as_deref(), Some("epaper.example-sp.cn"));
    assert_eq!(epaper.date.as_deref(), Some("2025-06-18"));
    let record = c
        .articles
        .iter()
        .find(|a| a.file.ends_with("seeds.csv") && a.title.starts_with("九台区"))
        .expect("a record's article");
    assert_eq!(record.record, Some(5));
    // The dataset's own 来源 and 发布时间 fields, over what the text's lines say (吉林日报).
    assert_eq!(record.publication.as_deref(), Some("长春市人民政府"));
    assert_eq!(record.date.as_deref(), Some("2024-08-01"));
    assert!(record
        .url
        .as_deref()
        .is_some_and(|u| u.ends_with("004_eacb7dac1d5eb72a.html")));
}

#[test]
fn broken_inputs_are_named_by_file_and_line_and_the_rest_loads() {
    let (c, _) = open(&[fixture("bad")]);
    let warnings: Vec<String> = c.warnings.iter().map(|w| w.to_string()).collect();
    let has = |file: &str, what: &str| {
        assert!(
            warnings.iter().any(|w| w.contains(file) && w.contains(what)),
            "no warning {file} … {what} in {warnings:#?}"
        )
    };
    has(
        "broken_row.csv",
        "line 139 (record 2): 1 fields where the header has 3; skipped",
    );
    has("invalid_line.jsonl", "line 2 (record 2): invalid JSON");
    has("no_article.html", "no article text found");
    has("truncated.docx", "not a readable .docx");
    has("bad", "2 files of unsupported formats skipped (1 .jpg, 1 .pdf)");
    assert_eq!(warnings.len(), 5, "{warnings:#?}");
    // The good rows and lines around the broken ones.
    let titles: BTreeSet<&str> = c.articles.iter().map(|a| a.title.as_str()).collect();
    for t in [
        "朝阳区以“四大行动”撬动发展新格局",
        "招商赋能强引擎实干筑势启新程——四平市招商引资工作回眸",
        "九台区打造招商引资“强引擎”",
    ] {
        assert!(titles.contains(t), "{t} not loaded: {titles:?}");
    }
}

/// The seeds exported as SQLite, into a file of the calling test's own: tests run in
/// parallel, and one removing a shared file broke another's export.
fn seed_db() -> rusqlite::Connection {
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let (corpus, _) = seeds();
    let entities = zhaoshang::extract::extract(corpus);
    let call = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let path = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!(
        "zhaoshang-export-test-{}-{call}.sqlite",
        std::process::id()
    ));
    zhaoshang::cli::export::write_sqlite(corpus, &entities, &path).expect("the export writes");
    let db = rusqlite::Connection::open(&path).expect("the database opens");
    let _ = std::fs::remove_file(&path);
    db
}

/// The README's example queries, verbatim (the test fails if the README's copy drifts).
const QUOTES_OF_KUANCHENG: &str =
    "SELECT speaker, role, date, text FROM quotes_with_speaker WHERE region = '宽城区' ORDER BY id;";
const FUNDS_PER_DISTRICT: &str =
    "SELECT region, total FROM money_by_district WHERE metric = '到位资金' ORDER BY total DESC;";
const SEARCH_QUOTES: &str = r#"SELECT s.id, q.speaker FROM search s JOIN quotes q ON q.id = s.id WHERE search MATCH '"营 商 环 境"' AND s.kind = 'quote' ORDER BY s.id;"#;

#[test]
fn readme_queries_run_against_the_seeds_database() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap_or_default();
    for q in [QUOTES_OF_KUANCHENG, FUNDS_PER_DISTRICT, SEARCH_QUOTES] {
        assert!(readme.contains(q), "README lacks the tested query {q}");
    }
    let db = seed_db();
    let rows: Vec<(Option<String>, Option<String>)> = db
        .prepare(QUOTES_OF_KUANCHENG)
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let (_, export) = seeds();
    let expected: Vec<(Option<String>, Option<String>)> = {
        let mut qs: Vec<_> = export
            .entities
            .quotes
            .iter()
            .filter(|q| q.region.as_deref() == Some("宽城区"))
            .collect();
        qs.sort_by(|a, b| a.id.cmp(&b.id));
        qs.iter().map(|q| (q.speaker.clone(), q.role.clone())).collect()
    };
    assert_eq!(rows, expected);
    assert!(
        rows.contains(&(Some("周凯".into()), Some("宽城区副区长".into()))),
        "{rows:?}"
    );
    let funds: Vec<(String, f64)> = db
        .prepare(FUNDS_PER_DISTRICT)
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    // 2025年,四平市…到位资金218.82亿元 (seed 003).
    assert_eq!(funds, [("四平市".to_owned(), 21_882_000_000.0)]);
    let found: Vec<(String, Option<String>)> = db
        .prepare(SEARCH_QUOTES)
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let expected: BTreeSet<String> = export
        .entities
        .quotes
        .iter()
        .filter(|q| q.text.contains("营商环境"))
        .map(|q| q.id.clone())
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(
        found.iter().map(|(id, _)| id.clone()).collect::<BTreeSet<_>>(),
        expected
    );
}

/// The full-text index finds exactly the paragraphs and quotes holding a run of characters
/// (Chinese, Latin and digits mixed), and a phrase never across punctuation.
#[test]
fn full_text_search_finds_what_a_substring_scan_finds() {
    let db = seed_db();
    let (corpus, export) = seeds();
    let phrase = |q: &str| -> String {
        let mut words = String::new();
        zhaoshang::tables::search_words(q, &mut words);
        format!("\"{}\"", words.split_whitespace().collect::<Vec<_>>().join(" "))
    };
    // 签约落位 is in seed 004; seed 001's 签约、落位项目 must not be found (a phrase never runs
    // across punctuation).
    for q in [
        "营商环境",
        "宽城区",
        "招商引资",
        "周凯",
        "到位资金",
        "签约落位",
        "218.82亿元",
        "GDP",
        "peek",
        "“链主”",
    ] {
        let found: BTreeSet<(String, String)> = db
            .prepare("SELECT kind, id FROM search WHERE search MATCH ?1")
            .unwrap()
            .query_map([phrase(q)], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let needle = q.to_lowercase();
        let mut expected: BTreeSet<(String, String)> = corpus
            .articles
            .iter()
            .flat_map(|a| a.paragraphs())
            .filter(|p| p.text.to_lowercase().contains(&needle))
            .map(|p| ("paragraph".to_owned(), p.id.0.to_string()))
            .collect();
        expected.extend(
            export
                .entities
                .quotes
                .iter()
                .filter(|x| x.text.to_lowercase().contains(&needle))
                .map(|x| ("quote".to_owned(), x.id.clone())),
        );
        assert!(!expected.is_empty(), "{q} is in the seeds");
        assert_eq!(found, expected, "{q}");
    }
    // Best first: bm25 ranks through the view.
    let ranked: Vec<String> = db
        .prepare("SELECT text FROM search WHERE search MATCH '\"招 商\"' ORDER BY rank LIMIT 3")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(ranked.len(), 3);
    assert!(ranked.iter().all(|t| t.contains("招商")), "{ranked:?}");
    db.execute(
        "INSERT INTO search_index(search_index) VALUES ('integrity-check')",
        [],
    )
    .unwrap();
}

#[test]
fn sqlite_has_every_table_with_keys_that_join() {
    let db = seed_db();
    let (corpus, export) = seeds();
    let count = |t: &str| -> usize {
        db.query_row(&format!("SELECT COUNT(*) FROM {t}"), [], |r| r.get::<_, i64>(0))
            .unwrap() as usize
    };
    assert_eq!(count("articles"), corpus.articles.len());
    assert_eq!(
        count("paragraphs"),
        corpus
            .articles
            .iter()
            .map(|a| a.paragraphs().count())
            .sum::<usize>()
    );
    assert_eq!(count("quotes"), export.entities.quotes.len());
    assert_eq!(count("people"), export.entities.people.len());
    assert_eq!(count("regions"), export.entities.regions.len());
    assert_eq!(count("projects"), export.entities.projects.len());
    assert_eq!(count("organizations"), export.entities.organizations.len());
    assert_eq!(count("figures"), export.entities.figures.len());
    let dangling: i64 = db
        .query_row("SELECT COUNT(*) FROM pragma_foreign_key_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(dangling, 0);
    let joined: i64 = db
        .query_row(
            "SELECT COUNT(*) FROM quotes q JOIN paragraphs p ON p.id = q.paragraph JOIN articles a ON a.id = p.article",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(joined as usize, export.entities.quotes.len());
}

#[test]
fn csv_tables_open_in_excel_and_join() {
    let (corpus, _) = seeds();
    let entities = zhaoshang::extract::extract(corpus);
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("zhaoshang-csv-test-{}", std::process::id()));
    let tables = zhaoshang::tables::tables(corpus, &entities);
    zhaoshang::cli::export::write_csv(&tables, &dir, true).unwrap();
    for t in [
        "articles",
        "paragraphs",
        "quotes",
        "people",
        "regions",
        "projects",
        "organizations",
        "figures",
    ] {
        let bytes = std::fs::read(dir.join(format!("{t}.csv"))).unwrap();
        assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "{t}.csv has no BOM");
    }
    let mut quotes = csv::Reader::from_path(dir.join("quotes.csv")).unwrap();
    let header = quotes.headers().unwrap().clone();
    let article_col = header.iter().position(|h| h == "article").unwrap();
    let article_ids: BTreeSet<String> = corpus.articles.iter().map(|a| a.id.0.to_string()).collect();
    let mut n = 0;
    for row in quotes.records() {
        let row = row.unwrap();
        assert!(article_ids.contains(&row[article_col]), "{:?}", &row[article_col]);
        n += 1;
    }
    assert_eq!(n, entities.quotes.len());
    zhaoshang::cli::export::write_csv(&tables, &dir, false).unwrap();
    assert!(std::fs::read(dir.join("articles.csv"))
        .unwrap()
        .starts_with(b"id,"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn jsonl_is_one_article_per_line_with_its_entities() {
    let (corpus, export) = seeds();
    let how = zhaoshang::cli::export::Loading {
        no_cache: true,
        ..Default::default()
    };
    let mut out = Vec::new();
    zhaoshang::cli::export::export_jsonl(&[], &how, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let lines: Vec<serde_json::Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), corpus.articles.len());
    // Each line is the article as the JSON export has it, plus what it names.
    let json = serde_json::to_value(export).unwrap();
    for (line, article) in lines.iter().zip(json["articles"].as_array().unwrap()) {
        for (k, v) in article.as_object().unwrap() {
            assert_eq!(&line[k], v, "{k} of {}", article["id"]);
        }
        let id = article["id"].as_str().unwrap();
        for p in line["projects"].as_array().unwrap() {
            for m in p["mentions"].as_array().unwrap() {
                assert!(m["paragraph"].as_str().unwrap().starts_with(&format!("{id}/")));
            }
        }
    }
    let quotes: Vec<&serde_json::Value> = lines
        .iter()
        .flat_map(|l| l["quotes"].as_array().unwrap())
        .collect();
    assert_eq!(quotes.len(), export.entities.quotes.len());
    assert_eq!(
        serde_json::to_value(&export.entities.quotes).unwrap(),
        serde_json::json!(quotes)
    );
    let figures: usize = lines.iter().map(|l| l["figures"].as_array().unwrap().len()).sum();
    assert_eq!(figures, export.entities.figures.len());
    // 周凯 speaks in an article about 宽城区, with his role there.
    let zhou = lines
        .iter()
        .flat_map(|l| l["people"].as_array().unwrap())
        .find(|p| p["name"] == "周凯")
        .expect("周凯 is a person of a line");
    assert!(
        zhou["roles"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r == "宽城区副区长"),
        "{zhou}"
    );
}

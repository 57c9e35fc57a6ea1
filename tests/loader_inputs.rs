//! The loader on inputs that are not clean UTF-8: other encodings, binary and empty files,
//! hostile control characters; and the CLI's exit codes.

use std::path::PathBuf;
use std::process::Command;
use zhaoshang::corpus::{self, model::Article};

fn fixture(p: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(p)
}

fn seed(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds").join(name)
}

/// What must survive a re-encoding: titles, metadata and every paragraph, as one string.
fn shape(articles: &[Article]) -> Vec<String> {
    articles
        .iter()
        .map(|a| {
            let mut out = format!("{}|{:?}|{:?}|{:?}", a.title, a.subtitle, a.authors, a.date);
            for s in &a.sections {
                out.push_str(&format!("\n## {:?}", s.heading));
                for p in &s.paragraphs {
                    out.push_str(&format!("\n{:?}:{}", p.kind, p.text));
                }
            }
            out
        })
        .collect()
}

#[test]
fn re_encoded_seeds_load_to_the_same_articles() {
    for (fixture_name, seed_name) in [
        ("encodings/004_gbk.txt", "004_eacb7dac1d5eb72a.txt"),
        ("encodings/004_utf16le_bom.txt", "004_eacb7dac1d5eb72a.txt"),
        ("encodings/003_utf16be_bom.txt", "003_a673a7862b0b97f3.txt"),
        ("encodings/003_gb18030_crlf.txt", "003_a673a7862b0b97f3.txt"),
    ] {
        let original = corpus::load(&[seed(seed_name)]).unwrap();
        let encoded = corpus::load(&[fixture(fixture_name)]).unwrap();
        assert!(
            encoded.warnings.is_empty(),
            "{fixture_name}: {:?}",
            encoded.warnings
        );
        assert_eq!(
            shape(&encoded.articles),
            shape(&original.articles),
            "{fixture_name}"
        );
    }
}

#[test]
fn binary_empty_and_undecodable_files_warn_and_the_rest_loads() {
    let c = corpus::load(&[fixture("bad"), seed("004_eacb7dac1d5eb72a.txt")]).unwrap();
    assert_eq!(c.articles.len(), 1, "the good file still loads");
    let messages: Vec<String> = c.warnings.iter().map(|w| w.to_string()).collect();
    assert_eq!(messages.len(), 3, "{messages:?}");
    assert!(
        messages
            .iter()
            .any(|m| m.contains("binary.txt") && m.contains("binary")),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("empty.txt") && m.contains("empty")),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("latin1_noise.txt") && m.contains("not text")),
        "{messages:?}"
    );
}

#[test]
fn folders_load_sorted_and_deterministic() {
    let a = corpus::load(&[PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds")]).unwrap();
    let b = corpus::load(&[]).unwrap();
    assert_eq!(a.articles.len(), 9);
    let titles =
        |c: &zhaoshang::corpus::model::Corpus| c.articles.iter().map(|a| a.title.clone()).collect::<Vec<_>>();
    assert_eq!(titles(&a), titles(&b));
}

#[test]
fn control_characters_and_escapes_never_survive() {
    let text = "九台区\u{1b}[2J打造招商引资“强引擎”\n\n本报记者 郭小宇\n\n正文\u{7}\u{1b}]0;pwned\u{7}一段。\u{202e}\n";
    let arts = corpus::load_text("evil.txt", "evil", text);
    let all: String = arts
        .iter()
        .flat_map(|a| {
            a.paragraphs()
                .map(|p| p.text.to_string())
                .chain([a.title.clone()])
        })
        .collect();
    assert!(!all.chars().any(|c| c.is_control() || c == '\u{202e}'), "{all:?}");
    assert_eq!(arts[0].title, "九台区打造招商引资“强引擎”");
}

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_zhaoshang"))
}

#[test]
fn missing_path_exits_2_with_one_line() {
    let out = bin().args(["export", "/no/such/corpus"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("/no/such/corpus"), "{err}");
}

#[test]
fn export_has_the_contract_keys_and_warnings() {
    let out = bin()
        .arg("export")
        .arg(fixture("bad"))
        .arg(seed("003_a673a7862b0b97f3.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for key in [
        "articles",
        "regions",
        "quotes",
        "projects",
        "organizations",
        "people",
        "figures",
        "warnings",
    ] {
        assert!(v[key].is_array(), "{key}");
    }
    assert_eq!(v["warnings"].as_array().unwrap().len(), 3);
    let a = &v["articles"][0];
    for key in [
        "id",
        "file",
        "title",
        "subtitle",
        "authors",
        "date",
        "publication",
        "page",
        "region",
        "regions",
        "sections",
    ] {
        assert!(a.get(key).is_some(), "article key {key}");
    }
    let p = &a["sections"][0]["paragraphs"][0];
    assert!(p["id"].is_string() && p["text"].is_string());
    assert!(p["kind"] == "body" || p["kind"] == "caption");
    assert!(String::from_utf8_lossy(&out.stderr).contains("warning"));
}

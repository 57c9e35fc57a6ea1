//! `zhaoshang eval`: scoring annotated pages, on an article and annotation written for the test
//! (our own text, kept apart from the development set's third-party pages).

use std::process::Command;

fn eval(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_zhaoshang"))
        .arg("eval")
        .args(args)
        .env(
            "ZHAOSHANG_CACHE_DIR",
            std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
                .join(format!("zhaoshang-eval-test-{}", std::process::id())),
        )
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

fn measure<'a>(report: &'a serde_json::Value, name: &str) -> &'a serde_json::Value {
    report["measures"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["name"] == name)
        .unwrap_or_else(|| panic!("no measure {name}"))
}

fn counts(m: &serde_json::Value) -> (u64, u64) {
    (m["found"].as_u64().unwrap(), m["total"].as_u64().unwrap())
}

#[test]
fn scores_quotes_titles_regions_projects_and_money() {
    let (code, out) = eval(&[
        "tests/fixtures/eval/gold.json",
        "tests/fixtures/eval/articles",
        "--json",
    ]);
    assert_eq!(code, 0, "{out}");
    let r: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(r["pages"], 1);
    assert_eq!(r["missing"], serde_json::json!(["absent.txt"]));
    // Two of the three statements are in the page; the third was never said.
    assert_eq!(counts(measure(&r, "quotes found (recall)")), (2, 3));
    assert_eq!(
        counts(measure(&r, "quotes attributed to the right speaker")),
        (2, 3)
    );
    let misses = measure(&r, "quotes found (recall)")["misses"].to_string();
    assert!(misses.contains("这一句没有人说过"), "{misses}");
    assert_eq!(
        counts(measure(&r, "title, where the page text holds the headline")),
        (1, 1)
    );
    assert_eq!(
        counts(measure(&r, "focus region among the regions the article is about")),
        (1, 1)
    );
    assert_eq!(counts(measure(&r, "project recall")), (1, 1));
    // 99亿元 is not in the page.
    assert_eq!(counts(measure(&r, "money amounts found")), (2, 3));
}

#[test]
fn prints_a_table_with_the_misses() {
    let (code, out) = eval(&["tests/fixtures/eval/gold.json", "tests/fixtures/eval/articles"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.starts_with("1 pages scored\nnot loaded (1): absent.txt\n"),
        "{out}"
    );
    assert!(out.contains("money amounts found"), "{out}");
    assert!(out.contains("a.txt: not found: 99亿元"), "{out}");
}

#[test]
fn pages_default_to_the_folder_beside_the_annotation() {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("zhaoshang-eval-default-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("pages")).unwrap();
    std::fs::copy("tests/fixtures/eval/gold.json", dir.join("gold.json")).unwrap();
    std::fs::copy("tests/fixtures/eval/articles/a.txt", dir.join("pages/a.txt")).unwrap();
    let (code, out) = eval(&[dir.join("gold.json").to_str().unwrap(), "--brief"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.starts_with("1 pages scored\n"), "{out}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_malformed_annotation_is_an_error_naming_the_file() {
    let out = Command::new(env!("CARGO_BIN_EXE_zhaoshang"))
        .args(["eval", "Cargo.toml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Cargo.toml: not an annotation file"));
}

//! The pipe-friendly commands: plain lines, JSON Lines, stdin queries, grep-like exit codes.

use std::io::Write;
use std::process::{Command, Stdio};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_zhaoshang"));
    // Keep the user's cache out of tests; each test gets a fresh one.
    c.env(
        "ZHAOSHANG_CACHE_DIR",
        std::env::temp_dir().join(format!("zhaoshang-cli-test-{}", std::process::id())),
    );
    c
}

fn run(args: &[&str]) -> (i32, String, String) {
    let out = bin().args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn search_prints_lines_and_exits_like_grep() {
    let (code, out, _) = run(&["search", "cyq", "--kind", "region"]);
    assert_eq!(code, 0);
    assert!(
        out.lines().next().unwrap().starts_with("region\t朝阳区\t"),
        "{out}"
    );
    let (code, out, _) = run(&["search", "zzzzqqqq"]);
    assert_eq!((code, out.as_str()), (1, ""));
    let (code, _, err) = run(&["search", "x", "--kind", "planet"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown kind"));
}

#[test]
fn search_json_lines() {
    let (code, out, _) = run(&["search", "maliang", "--json", "--limit", "3"]);
    assert_eq!(code, 0);
    let first: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    assert_eq!(first["label"], "马良");
    assert_eq!(first["kind"], "person");
    assert!(out.lines().count() <= 3);
}

#[test]
fn search_reads_queries_from_stdin() {
    let mut child = bin()
        .args(["search", "-", "--limit", "1"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("九台\nmaliang\n\n".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(
        lines[0].starts_with("九台\t") && lines[1].starts_with("maliang\tperson\t马良"),
        "{text}"
    );
}

#[test]
fn quotes_by_region_and_speaker() {
    let (code, out, _) = run(&["quotes", "--region", "kuancheng"]);
    assert_eq!(code, 0);
    assert!(
        out.lines().count() >= 6 && out.lines().all(|l| l.split('\t').nth(2) == Some("宽城区")),
        "{out}"
    );
    let (code, out, _) = run(&["quotes", "--speaker", "周凯", "--json"]);
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 2);
    let v: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    assert_eq!(v["role"], "宽城区副区长");
    let (code, _, _) = run(&["quotes", "--speaker", "无此人"]);
    assert_eq!(code, 1);
}

#[test]
fn regions_projects_stats() {
    let (code, out, _) = run(&["regions"]);
    assert_eq!(code, 0);
    assert!(
        out.lines().any(|l| l.starts_with("公主岭市\t长春市\tcounty\t")),
        "{out}"
    );
    let (code, out, _) = run(&["projects", "--region", "绿园"]);
    assert_eq!(code, 0);
    assert!(out.contains("航空博览园") && !out.contains("国商眼镜城"));
    let (code, out, _) = run(&["stats", "--json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(v["articles"], 9);
    let (code, _, err) = run(&["stats", "/no/such/dir"]);
    assert_eq!(code, 2);
    assert!(err.contains("/no/such/dir"));
}

#[test]
fn no_cache_gives_the_same_answers() {
    let (_, a, _) = run(&["quotes", "--json"]);
    let (_, b, _) = run(&["--no-cache", "quotes", "--json"]);
    let (_, c, _) = run(&["quotes", "--json"]);
    assert_eq!(a, b);
    assert_eq!(a, c);
}

//! The pipe-friendly commands: plain lines, JSON Lines, stdin queries, grep-like exit codes.

use std::io::Write;
use std::process::{Command, Stdio};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_zhaoshang"));
    // Keep the user's cache out of tests; each test gets a fresh one.
    c.env(
        "ZHAOSHANG_CACHE_DIR",
        std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("zhaoshang-cli-test-{}", std::process::id())),
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
        out.lines().count() >= 6 && out.lines().all(|l| l.split('\t').nth(3) == Some("宽城区")),
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

/// `zhaoshang quotes --json | head -1`: every listing command ends quietly with status 0 when
/// its reader closes the pipe. The corpus is the seeds ×8, so each command still has lines to
/// write when the reader is gone.
#[test]
fn a_closed_pipe_ends_every_listing_command_quietly() {
    use std::io::{BufRead, BufReader, Read};
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("zhaoshang-pipe-test-{}", std::process::id()));
    let (code, _, err) = run(&["scale", "--factor", "8", "--out", dir.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let d = dir.to_str().unwrap();
    let commands: [&[&str]; 9] = [
        &["summary", d],
        &["export", d],
        &["export", "--pretty", d],
        &["search", "长春", "--limit", "1000", d],
        &["quotes", d],
        &["quotes", "--json", d],
        &["regions", d],
        &["projects", "--json", d],
        &["stats", d],
    ];
    for args in commands {
        let mut child = bin()
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        // The reader is dropped here: the pipe closes after one line.
        let mut err = String::new();
        child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
        let status = child.wait().unwrap();
        assert!(!line.is_empty(), "{args:?}: no first line");
        assert_eq!((status.code(), err.as_str()), (Some(0), ""), "{args:?}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// `zhaoshang regions` and the explorer's Regions pane count the same way: articles about a
/// division, articles mentioning it, quotes, projects — subdivisions included.
#[test]
fn regions_counts_agree_with_the_explorer() {
    let (code, out, _) = run(&["regions", "--json"]);
    assert_eq!(code, 0);
    let c = zhaoshang::corpus::load(&[]).unwrap();
    let e = zhaoshang::extract::extract(&c);
    let d = zhaoshang::tui::data::Data::new(c, e);
    let mut seen = 0;
    for line in out.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let i = d.region(v["name"].as_str().unwrap()).unwrap();
        let c = d.counts[i];
        let cli = [&v["about"], &v["mentioning"], &v["quotes"], &v["projects"]]
            .map(|x| x.as_u64().unwrap() as usize);
        assert_eq!(cli, [c.about, c.mentioning, c.quotes, c.projects], "{line}");
        seen += 1;
    }
    assert_eq!(seen, d.entities.regions.len());
    let jilin = out.lines().find(|l| l.contains("\"name\":\"吉林省\"")).unwrap();
    assert!(jilin.contains("\"about\":9"), "{jilin}");
}

/// The districts of `districts --json` on the seeds, by name.
fn districts_json() -> std::collections::HashMap<String, serde_json::Value> {
    let (code, out, _) = run(&["districts", "--json"]);
    assert_eq!(code, 0);
    out.lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .map(|v| (v["district"].as_str().unwrap_or_default().to_owned(), v))
        .collect()
}

/// Every distinct figure of a cell, summed or not: (value in 亿元, period).
fn cell_figures(cell: &serde_json::Value) -> Vec<(f64, String)> {
    ["figures", "other_periods"]
        .iter()
        .flat_map(|k| cell[k].as_array().cloned().unwrap_or_default())
        .map(|f| {
            (
                f["value"].as_f64().unwrap_or_default() / 1e8,
                f["period"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

#[test]
fn districts_keep_results_apart_from_targets() {
    let d = districts_json();
    let received = &d["九台区"]["money"][1];
    assert_eq!(received["category"], "到位资金");
    assert_eq!(received["actual"]["value"].as_f64(), Some(16_387_000_000.0));
    assert_eq!(received["actual"]["period"], "2024年1-6月");
    assert_eq!(cell_figures(&received["actual"]).len(), 1, "{received}");
    let first = &received["actual"]["figures"][0];
    assert_eq!(
        first["paragraph"]
            .as_str()
            .map(|p| p.starts_with(first["article"].as_str().unwrap_or("?"))),
        Some(true)
    );
    assert_eq!(received["target"]["value"].as_f64(), Some(26_000_000_000.0));
    // The 1483.01亿元 of projects under negotiation is neither a result nor added to one.
    let invested = &d["九台区"]["money"][2];
    assert_eq!(invested["actual"]["value"].as_f64(), Some(1_500_000_000.0));
    assert_eq!(invested["prospective"]["value"].as_f64(), Some(148_301_000_000.0));

    let signed = &d["南关区"]["money"][0];
    assert_eq!(signed["category"], "签约/引资");
    assert!(signed["actual"].is_null(), "{signed}");
    let mut targets = cell_figures(&signed["target"]);
    targets.sort_by(|a, b| a.0.total_cmp(&b.0));
    let values: Vec<f64> = targets.iter().map(|t| t.0).collect();
    assert_eq!(values, [12.0, 80.0], "80 once, 12 apart: {signed}");
    assert_eq!(signed["target"]["value"].as_f64(), Some(8_000_000_000.0));
}

#[test]
fn districts_are_the_ones_compared_then_cities_reported_on_whole() {
    let (code, out, _) = run(&["districts", "--json"]);
    assert_eq!(code, 0);
    let rows: Vec<(String, bool)> = out
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .map(|v| {
            (
                v["district"].as_str().unwrap_or_default().to_owned(),
                v["compared"] == true,
            )
        })
        .collect();
    let names: Vec<&str> = rows.iter().map(|(n, _)| n.as_str()).collect();
    // The order `]` steps through (the Regions pane's), then 长春市 apart.
    assert_eq!(
        names,
        [
            "朝阳区",
            "南关区",
            "宽城区",
            "绿园区",
            "九台区",
            "公主岭市",
            "四平市",
            "长春市"
        ]
    );
    assert!(rows[..7].iter().all(|(_, c)| *c) && !rows[7].1, "{rows:?}");
}

#[test]
fn districts_lines_show_periods() {
    let (code, out, _) = run(&["districts"]);
    assert_eq!(code, 0);
    let jiutai = out
        .lines()
        .find(|l| l.starts_with("九台区\t"))
        .unwrap_or_default();
    assert!(
        jiutai.contains("163.87亿元 (2024年1-6月)\t260.00亿元 (2024年)"),
        "{jiutai}"
    );
}

#[test]
fn sources_keep_two_companies_managers_apart() {
    let (code, out, _) = run(&["sources", "--json"]);
    assert_eq!(code, 0);
    let all: Vec<serde_json::Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let managers: Vec<&serde_json::Value> = all
        .iter()
        .filter(|s| s["name"].is_null() && s["role"].as_str().is_some_and(|r| r.contains("公司负责人")))
        .collect();
    assert_eq!(managers.len(), 2, "{out}");
    let orgs: Vec<&str> = managers
        .iter()
        .filter_map(|s| s["organization"].as_str())
        .collect();
    assert!(
        orgs.contains(&"楚天华通医药设备有限公司") && orgs.contains(&"长春鲜啤三十公里科技有限公司"),
        "{orgs:?}"
    );
    assert!(
        out.contains("\"label\":\"公司负责人 · 楚天华通医药设备有限公司\""),
        "{out}"
    );
    let (code, out, _) = run(&["sources", "--region", "九台区"]);
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 1, "{out}");
}

#[test]
fn one_name_in_two_counties_is_two_people() {
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/people/same_name_two_counties.txt"
    );
    let (code, out, err) = run(&["sources", fixture]);
    assert_eq!(code, 0, "{err}");
    let li: Vec<&str> = out
        .lines()
        .filter(|l| l.split('\t').nth(1) == Some("李强"))
        .collect();
    assert_eq!(li.len(), 2, "{out}");
    assert!(li.iter().any(|l| l.starts_with("李强 · 梨树县\t")), "{out}");
    assert!(li.iter().any(|l| l.starts_with("李强 · 九台区\t")), "{out}");
}

#[test]
fn quotes_show_the_organisation() {
    let (code, out, _) = run(&["quotes", "--region", "九台区"]);
    assert_eq!(code, 0);
    let line = out
        .lines()
        .find(|l| l.starts_with("-\t公司负责人\t"))
        .unwrap_or_default();
    assert_eq!(line.split('\t').nth(2), Some("楚天华通医药设备有限公司"), "{out}");
}

#[test]
fn search_finds_who_said_it_and_pinyin_on_syllables() {
    let (code, out, _) = run(&["search", "周凯", "--kind", "quote"]);
    assert_eq!((code, out.lines().count()), (0, 2), "{out}");
    let (_, out, _) = run(&["search", "宽城 周凯", "--kind", "quote"]);
    assert_eq!(out.lines().count(), 2, "{out}");
    let (_, out, _) = run(&["search", "副区长 招商", "--kind", "quote"]);
    assert!(out.lines().count() >= 1, "{out}");
    let (code, out, _) = run(&["search", "xyq", "--kind", "person"]);
    assert_eq!(code, 0);
    assert_eq!(
        out.lines().next().and_then(|l| l.split('\t').nth(1)),
        Some("徐雁秋"),
        "{out}"
    );
    let (_, out, _) = run(&["search", "chaoyang"]);
    let labels: Vec<&str> = out.lines().filter_map(|l| l.split('\t').nth(1)).collect();
    assert_eq!(labels.first(), Some(&"朝阳区"), "{out}");
    for l in labels.iter().take(5) {
        assert!(l.contains("朝阳") || l.contains("朝陽"), "{out}");
    }
}

#[test]
fn scale_refuses_a_folder_holding_other_files() {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("zhaoshang-scale-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("notes.txt"), "mine").unwrap();
    let out = dir.to_string_lossy().into_owned();
    let (code, _, err) = run(&["scale", "--factor", "1", "--out", &out]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--force") && dir.join("notes.txt").exists(), "{err}");
    let (code, _, err) = run(&["scale", "--factor", "1", "--out", &out, "--force"]);
    assert_eq!(code, 0, "{err}");
    assert!(!dir.join("notes.txt").exists());
    // Writing the same scale again over its own files is fine.
    let (code, _, err) = run(&["scale", "--factor", "1", "--out", &out]);
    assert_eq!(code, 0, "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A folder of its own under the temp folder.
fn temp_dir(name: &str) -> std::path::PathBuf {
    let d = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("zhaoshang-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn the_config_file_sets_keys_theme_paths_and_dates_and_a_bad_value_names_its_line() {
    let dir = temp_dir("config");
    let corpus = dir.join("news");
    std::fs::create_dir_all(&corpus).unwrap();
    std::fs::write(
        corpus.join("a.txt"),
        "朝阳区招商\n\n2024年3月1日\n\n本报记者 张三\n\n朝阳区副区长李强表示：“我们欢迎投资。”\n",
    )
    .unwrap();
    let file = dir.join("config.toml");
    std::fs::write(
        &file,
        format!(
            "[keys]\nstar = \"x\"\n\n[theme]\nquote = \"grean\"\n\n[corpus]\npaths = [{:?}]\n\n[display]\ndate_format = \"%Y年%-m月%-d日\"\n",
            corpus.display().to_string()
        ),
    )
    .unwrap();
    let path = file.display().to_string();
    let (code, out, err) = run(&["--config", &path, "--print-config"]);
    assert_eq!(code, 0);
    assert!(
        err.contains("config.toml line 5: theme.quote: unknown colour \"grean\"")
            && err.contains("the default stays"),
        "{err}"
    );
    assert!(
        out.contains("star = [\"x\"]") && out.contains("quote = \"green\""),
        "{out}"
    );
    assert!(
        out.contains("date_format = \"%Y年%-m月%-d日\"  # 2024-08-01 shows as 2024年8月1日"),
        "{out}"
    );
    // The configured corpus is what a command opens when given no path.
    let (code, out, _) = run(&["--config", &path, "stats", "--json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["articles"], 1, "{out}");
    // Found in $XDG_CONFIG_HOME/zhaoshang/ without --config.
    let xdg = dir.join("xdg");
    std::fs::create_dir_all(xdg.join("zhaoshang")).unwrap();
    std::fs::write(
        xdg.join("zhaoshang/config.toml"),
        "[keys]\nmarked = [\"M\", \"f9\"]\n",
    )
    .unwrap();
    let out = bin()
        .env("XDG_CONFIG_HOME", &xdg)
        .arg("--print-config")
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&out.stdout);
    assert!(out.contains("marked = [\"M\", \"f9\"]"), "{out}");
    // Broken TOML: one message with the line, every default kept.
    std::fs::write(&file, "[keys]\nstar = \"x\n").unwrap();
    let (code, out, err) = run(&["--config", &path, "--print-config"]);
    assert_eq!(code, 0);
    assert!(err.contains("config.toml line 2:"), "{err}");
    assert!(out.contains("star = [\"s\"]"), "{out}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn search_batch_counts_hits_per_district() {
    let dir = temp_dir("batch");
    let file = dir.join("names.txt");
    std::fs::write(&file, "# people to check\n周凯\n\n马良\nzzzzqqqq\n").unwrap();
    let path = file.display().to_string();
    let (code, out, err) = run(&["search", "--batch", &path, "--kind", "quote"]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<Vec<&str>> = out.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(lines.len(), 4, "a header and three queries: {out}");
    let header = &lines[0];
    assert_eq!(&header[..2], ["query", "total"]);
    assert_eq!(header.last(), Some(&"elsewhere"));
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let zhou = &lines[1];
    assert_eq!(zhou[0], "周凯");
    assert_eq!(zhou[1], "2", "周凯's two quotes: {out}");
    assert_eq!(zhou[col("宽城区")], "2");
    assert_eq!(lines[3][..2], ["zzzzqqqq", "0"]);
    let (_, out, _) = run(&["search", "--batch", &path, "--json"]);
    let first: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    assert_eq!(first["query"], "周凯");
    assert!(first["districts"]["宽城区"].as_u64().unwrap() >= 2, "{first}");
    let (code, _, err) = run(&["search", "--batch", "/nonexistent/names.txt"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("reading the queries in /nonexistent/names.txt"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn quotes_show_dates_in_the_configured_format_and_json_keeps_iso() {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("zhaoshang-cli-dates-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("config.toml");
    std::fs::write(&file, "[display]\ndate_format = \"%Y年%-m月%-d日\"\n").unwrap();
    let path = file.display().to_string();
    let (code, out, _) = run(&["--config", &path, "quotes", "--region", "九台区"]);
    assert_eq!(code, 0);
    assert!(
        out.lines().all(|l| l.split('\t').nth(4) == Some("2024年8月1日")),
        "{out}"
    );
    let (_, out, _) = run(&["quotes", "--region", "九台区"]);
    assert!(
        out.lines().all(|l| l.split('\t').nth(4) == Some("2024-08-01")),
        "{out}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

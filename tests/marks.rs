//! Marks that last: star, tag and note on TestBackend; the Marked view; marks surviving a
//! re-extraction (and kept as orphaned when their quote changed); `zhaoshang marks` on a
//! fixture data folder; two processes writing marks at once. Every test keeps its marks in a
//! temporary folder of its own, never in the user's.

mod common;

use common::{screen, snapshot};
use ratatui::layout::Rect;
use std::path::PathBuf;
use std::process::Command;
use std::sync::Arc;
use zhaoshang::corpus::model::Corpus;
use zhaoshang::extract::Entities;
use zhaoshang::marks::{self, Citation, Key, Keys, Kind, Status, Store};
use zhaoshang::tui::app::{Action, App, Overlay};
use zhaoshang::tui::data::Data;
use zhaoshang::tui::layout::Pane;
use zhaoshang::tui::theme::Theme;

const W: u16 = 120;
const H: u16 = 36;

/// A fresh folder under the system's temp folder.
fn temp(name: &str) -> PathBuf {
    let d = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("zhaoshang-marks-test-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn loaded() -> (Corpus, Entities) {
    let c = zhaoshang::corpus::load(&[]).unwrap();
    let e = zhaoshang::extract::extract(&c);
    (c, e)
}

fn app_on(data: Arc<Data>, dir: &std::path::Path, w: u16, h: u16) -> App {
    let mut a = App::new(data, Theme::new(true), Rect::new(0, 0, w, h));
    a.set_marks(Store::open(dir).unwrap());
    a
}

fn press(app: &mut App, keys: &[Action]) {
    for k in keys {
        app.update(k.clone());
    }
}

fn typed(s: &str) -> Vec<Action> {
    s.chars().map(Action::Input).collect()
}

/// The quote “这样的靶向招商……” of 周凯, opened in the reader with the quote picked.
fn on_zhou_kais_quote(a: &mut App) {
    press(a, &[Action::Search]);
    press(a, &typed("\"靶向招商"));
    press(a, &[Action::Open]);
    assert_eq!(a.pane, Pane::Reader);
    assert!(a.reader.entity.is_some());
}

#[test]
fn s_t_a_star_tag_and_annotate_and_the_marked_view_lists_them() {
    let dir = temp("keys");
    let data = Arc::new(Data::new(loaded().0, loaded().1));
    let mut a = app_on(data.clone(), &dir, W, H);
    on_zhou_kais_quote(&mut a);
    press(&mut a, &[Action::Star]);
    assert!(
        a.message.as_deref().unwrap().starts_with("★ starred quote"),
        "{:?}",
        a.message
    );
    // The glyph follows the quote in the reader.
    assert!(
        screen(&a, W, H).contains("效率。★”周凯说"),
        "{}",
        screen(&a, W, H)
    );

    press(&mut a, &[Action::Tag]);
    assert_eq!(a.overlay, Overlay::Prompt);
    press(&mut a, &typed("承诺，待核实"));
    press(&mut a, &[Action::Open]);
    assert_eq!(a.overlay, Overlay::None);
    assert_eq!(a.message.as_deref(), Some("tags: 承诺 待核实"));
    press(&mut a, &[Action::Note]);
    press(&mut a, &typed("核对27类与281户"));
    press(&mut a, &[Action::Open]);
    assert_eq!(a.message.as_deref(), Some("note saved"));

    // The article: no entity picked (Esc), then `s`; `承` + Tab completes to the tag in use.
    press(&mut a, &[Action::Back, Action::Star, Action::Tag]);
    press(&mut a, &typed("承"));
    press(&mut a, &[Action::Complete]);
    assert_eq!(a.prompt.as_ref().unwrap().input, "承诺");
    let s = screen(&a, W, H);
    assert!(
        s.contains("Tags for article") && s.contains("in use: 承诺"),
        "{s}"
    );
    press(&mut a, &[Action::Open]);
    assert!(screen(&a, W, H).contains("Reader · ★ #承诺 "));

    // In Items the quote's row carries the star where the badge's space was.
    a.go_to(zhaoshang::search::Target::Source("周凯".into()));
    let s = screen(&a, W, H);
    assert!(s.contains("[引]★这样的靶向招商"), "{s}");

    let all = Store::open(&dir).unwrap().all().unwrap();
    let kinds: Vec<(Kind, bool, Vec<String>)> = all
        .iter()
        .map(|m| (m.key.kind, m.starred, m.tags.clone()))
        .collect();
    assert_eq!(
        kinds,
        [
            (Kind::Quote, true, vec!["承诺".to_owned(), "待核实".to_owned()]),
            (Kind::Article, true, vec!["承诺".to_owned()]),
        ]
    );
    assert_eq!(all[0].note, "核对27类与281户");
    assert_eq!(all[0].citation.speaker.as_deref(), Some("周凯"));

    // The Marked view: both, the tag filter narrows, Tab picks a kind, Enter goes there.
    press(&mut a, &[Action::Marked]);
    assert_eq!(a.overlay, Overlay::Marked);
    let s = screen(&a, W, H);
    assert!(s.contains("Marked (2)") && s.contains("#承诺 #待核实"), "{s}");
    snapshot("marked", &s.replace(&all[0].created, "YYYY-MM-DD HH:MM:SS"));
    press(&mut a, &[Action::TagFilter]);
    assert_eq!(a.marked.tag.as_deref(), Some("承诺"));
    press(&mut a, &[Action::TagFilter]);
    assert_eq!(a.marked.tag.as_deref(), Some("待核实"));
    assert!(screen(&a, W, H).contains("Marked (1)"));
    press(&mut a, &[Action::TagFilter, Action::NextPane, Action::NextPane]);
    assert_eq!(
        (a.marked.tag.as_deref(), a.marked.kind),
        (None, Some(Kind::Article))
    );
    press(&mut a, &[Action::PrevPane, Action::Open]);
    assert_eq!(a.overlay, Overlay::None);
    assert_eq!(a.pane, Pane::Reader);
    let q = a.reader.entity.map(|e| {
        zhaoshang::tui::reader::entities(&a.data, a.reader.article.unwrap())[e]
            .mark
            .kind
            .clone()
    });
    assert!(
        matches!(q, Some(zhaoshang::tui::data::MarkKind::Quote(_))),
        "{q:?}"
    );

    // `s` in the Marked view unstars; a mark with nothing left goes.
    press(&mut a, &[Action::Marked, Action::NextPane]);
    assert_eq!(a.marked.kind, Some(Kind::Article), "the view keeps its filter");
    press(&mut a, &[Action::Star]);
    press(&mut a, &[Action::Tag, Action::ClearInput, Action::Open]);
    assert_eq!(Store::open(&dir).unwrap().all().unwrap().len(), 1);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn marks_show_in_every_list_at_80x24() {
    let dir = temp("narrow");
    let (c, e) = loaded();
    let data = Arc::new(Data::new(c, e));
    let mut a = app_on(data, &dir, 80, 24);
    // A project, from its pane; a person, from theirs.
    press(&mut a, &[Action::NextPane, Action::Star]);
    assert_eq!(a.pane, Pane::Projects);
    press(&mut a, &[Action::NextPane, Action::Star]);
    assert_eq!(a.pane, Pane::Sources);
    let s = screen(&a, 80, 24);
    assert!(s.lines().any(|l| l.starts_with("│★")), "{s}");
    press(&mut a, &[Action::Marked]);
    let s = screen(&a, 80, 24);
    assert!(s.contains("★ [项]") && s.contains("★ [人]"), "{s}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// The key and citation of the quote with these words.
fn quote_mark(c: &Corpus, e: &Entities, words: &str) -> (Key, Citation, usize) {
    let sources = zhaoshang::extract::sources::sources(e);
    let keys = Keys::new(c, e, &sources);
    let q = e.quotes.iter().position(|q| q.text.contains(words)).unwrap();
    let key = keys.quote(e, q).unwrap();
    let cit = marks::citation(c, e, &sources, &keys, marks::Found::Quote(q));
    (key, cit, q)
}

#[test]
fn a_mark_survives_re_extraction_and_is_kept_as_orphaned_when_its_quote_changed() {
    let dir = temp("orphan");
    let (c, e) = loaded();
    let (key, cit, q) = quote_mark(&c, &e, "靶向招商");
    let original = e.quotes[q].text.clone();
    let mut store = Store::open(&dir).unwrap();
    store.toggle_star(&key, &cit).unwrap();
    store.retag(&key, &cit, &["待核实".into()], &[]).unwrap();
    drop(store);

    // Extracted again, the articles in another order (as another run or cache might give
    // them): positions change, the mark still finds its quote.
    let (mut c2, _) = loaded();
    c2.articles.reverse();
    let e2 = zhaoshang::extract::extract(&c2);
    let data = Data::new(c2, e2);
    let m = &Store::open(&dir).unwrap().all().unwrap()[0];
    let found = data.keys.find(&m.key);
    assert!(matches!(found, Some(marks::Found::Quote(i)) if data.entities.quotes[i].text == original));
    assert_eq!(data.keys.status(m), Status::Live);

    // Extracted with a changed rule: the quote now stops at its first clause.
    let (c3, _) = loaded();
    let mut e3 = zhaoshang::extract::extract(&c3);
    for quote in e3.quotes.iter_mut().filter(|x| x.text == original) {
        quote.text = original.split('，').next().unwrap().to_owned() + "。";
    }
    let data = Arc::new(Data::new(c3, e3));
    assert_eq!(data.keys.status(m), Status::Orphaned);
    let mut a = app_on(data, &dir, W, H);
    press(&mut a, &[Action::Marked]);
    let s = screen(&a, W, H);
    assert!(s.contains("1 orphaned") && s.contains("orphaned #待核实"), "{s}");
    // With its original words and citation.
    assert!(
        s.contains(&original[..original.len().min(30)]) && s.contains("周凯"),
        "{s}"
    );
    press(&mut a, &[Action::Open]);
    assert_eq!(a.overlay, Overlay::Marked, "an orphan has nowhere to go");
    assert!(a.message.as_deref().unwrap().starts_with("orphaned"));
    let _ = std::fs::remove_dir_all(&dir);
}

fn bin(data: &std::path::Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_zhaoshang"));
    c.env("ZHAOSHANG_DATA_DIR", data)
        .env("ZHAOSHANG_CACHE_DIR", data.join("cache"));
    c
}

#[test]
fn marks_md_prints_footnoted_citations() {
    let dir = temp("md");
    let (c, e) = loaded();
    let sources = zhaoshang::extract::sources::sources(&e);
    let keys = Keys::new(&c, &e, &sources);
    let mut store = Store::open(&dir).unwrap();
    let (key, cit, q) = quote_mark(&c, &e, "靶向招商");
    store.toggle_star(&key, &cit).unwrap();
    store
        .retag(&key, &cit, &["承诺".into(), "待核实".into()], &[])
        .unwrap();
    store.set_note(&key, &cit, "核对27类与281户").unwrap();
    // Its article, and an orphan: a quote of that article the extractor no longer finds.
    let a = keys.quote_article(q).unwrap();
    store
        .toggle_star(
            &keys.article(a),
            &marks::citation(&c, &e, &sources, &keys, marks::Found::Article(a)),
        )
        .unwrap();
    let gone = Key {
        kind: Kind::Quote,
        key: keys.hashes[a].clone(),
        detail: "我们将全力以赴。".into(),
    };
    let gone_cit = Citation {
        label: "我们将全力以赴。".into(),
        speaker: Some("周凯".into()),
        role: Some("宽城区副区长".into()),
        ..cit.clone()
    };
    store.retag(&gone, &gone_cit, &["待核实".into()], &[]).unwrap();
    drop(store);

    let out = bin(&dir).args(["marks", "--format", "md"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let md = String::from_utf8(out.stdout).unwrap();
    // The seed article carries no date or URL: its citation is its title.
    let expected = "\
# Marks (3)

- ★ “这样的靶向招商，让我们能精准找到契合发展的项目，大大提升了招商效率。”[^1] — 周凯，宽城区副区长 `#承诺` `#待核实`
  > 核对27类与281户
- ★ 《长春市宽城区：招商攻坚正当时 项目落地涌春潮》[^2]
- “我们将全力以赴。”[^3] — 周凯，宽城区副区长 `#待核实` *(orphaned: its article no longer yields it)*

[^1]: 周凯，宽城区副区长：《长春市宽城区：招商攻坚正当时 项目落地涌春潮》
[^2]: 《长春市宽城区：招商攻坚正当时 项目落地涌春潮》
[^3]: 周凯，宽城区副区长：《长春市宽城区：招商攻坚正当时 项目落地涌春潮》
";
    assert_eq!(md, expected);

    // `--tag` narrows; csv and json carry the same citation fields.
    let out = bin(&dir)
        .args(["marks", "--tag", "承诺", "--format", "csv"])
        .output()
        .unwrap();
    let csv = String::from_utf8(out.stdout).unwrap();
    assert_eq!(csv.lines().count(), 2, "{csv}");
    assert!(csv
        .lines()
        .next()
        .unwrap()
        .starts_with("kind,starred,tags,note,status,text,speaker,role,organization"));
    let out = bin(&dir)
        .args(["marks", "--format", "json", "--kind", "quote"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2);
    assert_eq!(v[1]["status"], "orphaned");
    assert_eq!(v[0]["speaker"], "周凯");
    let out = bin(&dir).args(["marks", "--tag", "没有"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn marks_md_dates_follow_the_configured_format_and_json_keeps_iso() {
    let dir = temp("dates");
    let (c, e) = loaded();
    let (key, cit, _) = quote_mark(&c, &e, "选择在九台区投资建厂");
    assert_eq!(cit.date.as_deref(), Some("2024-08-01"));
    let mut store = Store::open(&dir.join("data")).unwrap();
    store.toggle_star(&key, &cit).unwrap();
    drop(store);
    let config = dir.join("config.toml");
    std::fs::write(&config, "[display]\ndate_format = \"%Y年%-m月%-d日\"\n").unwrap();
    let out = bin(&dir.join("data"))
        .arg("--config")
        .arg(&config)
        .args(["marks", "--format", "md"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let md = String::from_utf8(out.stdout).unwrap();
    let footnote = md.lines().find(|l| l.starts_with("[^1]:")).unwrap();
    assert_eq!(
        footnote,
        "[^1]: 公司负责人，楚天华通医药设备有限公司：吉林日报《九台区打造招商引资“强引擎”》，2024年8月1日"
    );
    let out = bin(&dir.join("data"))
        .arg("--config")
        .arg(&config)
        .args(["marks", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["date"], "2024-08-01");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn listing_marks_creates_no_database() {
    let home = temp("none");
    let data = home.join("data");
    let cache = home.join("cache");
    for args in [&["marks"][..], &["marks", "--format", "json"]] {
        let out = Command::new(env!("CARGO_BIN_EXE_zhaoshang"))
            .args(args)
            .env("ZHAOSHANG_DATA_DIR", &data)
            .env("ZHAOSHANG_CACHE_DIR", &cache)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("no marks yet"), "{err}");
        assert!(!data.exists(), "listing created {}", data.display());
    }
    // A data folder without a database: still nothing created in it.
    std::fs::create_dir_all(&data).unwrap();
    let out = bin(&data)
        .env("ZHAOSHANG_CACHE_DIR", &cache)
        .arg("marks")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read_dir(&data).unwrap().count(), 0);
    let _ = std::fs::remove_dir_all(&home);
}

/// Run as a child by `two_processes_do_not_lose_marks`: stars and tags `n` quotes of its own
/// and tags one quote both children share.
fn writer(dir: &str, who: &str) {
    let mut s = Store::open(std::path::Path::new(dir)).unwrap();
    let shared = Key {
        kind: Kind::Quote,
        key: "shared".into(),
        detail: "同一句话".into(),
    };
    for i in 0..40 {
        let k = Key {
            kind: Kind::Quote,
            key: who.into(),
            detail: format!("第{i}句"),
        };
        let cit = Citation::default();
        s.toggle_star(&k, &cit).unwrap();
        s.retag(&shared, &cit, &[format!("{who}{i}")], &[]).unwrap();
    }
}

#[test]
fn two_processes_do_not_lose_marks() {
    if let (Ok(dir), Ok(who)) = (
        std::env::var("ZS_MARKS_WRITER_DIR"),
        std::env::var("ZS_MARKS_WRITER"),
    ) {
        writer(&dir, &who);
        return;
    }
    let dir = temp("two");
    let me = std::env::current_exe().unwrap();
    let children: Vec<_> = ["a", "b"]
        .into_iter()
        .map(|who| {
            Command::new(&me)
                .args([
                    "--exact",
                    "two_processes_do_not_lose_marks",
                    "--test-threads",
                    "1",
                ])
                .env("ZS_MARKS_WRITER_DIR", &dir)
                .env("ZS_MARKS_WRITER", who)
                .spawn()
                .unwrap()
        })
        .collect();
    for mut c in children {
        assert!(c.wait().unwrap().success());
    }
    let all = Store::open(&dir).unwrap().all().unwrap();
    assert_eq!(all.iter().filter(|m| m.starred).count(), 80, "every star of both");
    let shared = all.iter().find(|m| m.key.key == "shared").unwrap();
    assert_eq!(shared.tags.len(), 80, "every tag of both on the one mark");
    let _ = std::fs::remove_dir_all(&dir);
}

//! The explorer on ratatui's TestBackend: screen snapshots of each pane, the help and the
//! dashboard; key sequences; resizing; hostile text. Snapshots live in tests/snapshots/ and are
//! rewritten with UPDATE_SNAPSHOTS=1 (then reviewed in the diff).

use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use ratatui::Terminal;
use std::sync::{Arc, OnceLock};
use zhaoshang::corpus::{load_text, model::Corpus};
use zhaoshang::search::Target;
use zhaoshang::tui::app::{Action, App, Overlay};
use zhaoshang::tui::data::{Data, MarkKind};
use zhaoshang::tui::layout::Pane;
use zhaoshang::tui::theme::Theme;
use zhaoshang::tui::{reader, view};

const W: u16 = 120;
const H: u16 = 36;

fn seeds() -> Arc<Data> {
    static DATA: OnceLock<Arc<Data>> = OnceLock::new();
    DATA.get_or_init(|| {
        let c = zhaoshang::corpus::load(&[]).unwrap();
        let e = zhaoshang::extract::extract(&c);
        Arc::new(Data::new(c, e))
    })
    .clone()
}

fn app() -> App {
    App::new(seeds(), Theme::new(true), Rect::new(0, 0, W, H))
}

/// The screen as text, one line a row (wide characters once, their second cell skipped).
fn screen(app: &App, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| view::draw(app, f)).unwrap();
    let buf = t.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..h {
        let mut skip = 0;
        for x in 0..w {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let s = buf[(x, y)].symbol();
            out.push_str(s);
            skip = unicode_width::UnicodeWidthStr::width(s).saturating_sub(1);
        }
        out.push('\n');
    }
    out
}

fn snapshot(name: &str, actual: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(format!("{name}.txt"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("missing snapshot {}; run with UPDATE_SNAPSHOTS=1", path.display()));
    if expected != actual {
        let diff: Vec<String> = expected
            .lines()
            .zip(actual.lines())
            .enumerate()
            .filter(|(_, (e, a))| e != a)
            .map(|(i, (e, a))| format!("row {i}\n  expected: {e}\n  actual:   {a}"))
            .collect();
        panic!("snapshot {name} differs:\n{}", diff.join("\n"));
    }
}

fn press(app: &mut App, keys: &[Action]) {
    for k in keys {
        app.update(k.clone());
    }
}

fn typed(s: &str) -> Vec<Action> {
    s.chars().map(Action::Input).collect()
}

#[test]
fn snapshot_main_screen() {
    snapshot("main", &screen(&app(), W, H));
}

#[test]
fn snapshot_each_pane_focused() {
    let mut a = app();
    for (name, pane) in [
        ("projects", Pane::Projects),
        ("sources", Pane::Sources),
        ("items", Pane::Items),
        ("reader", Pane::Reader),
    ] {
        press(&mut a, &[Action::NextPane]);
        assert_eq!(a.pane, pane);
        if pane != Pane::Reader {
            press(&mut a, &[Action::Down, Action::Down]);
        }
        snapshot(&format!("pane_{name}"), &screen(&a, W, H));
    }
}

#[test]
fn snapshot_help_and_dashboard() {
    let mut a = app();
    press(&mut a, &[Action::Help]);
    let s = screen(&a, W, H);
    assert!(
        s.contains("next / previous district") && s.contains("only regions"),
        "{s}"
    );
    snapshot("help", &s);
    press(&mut a, &[Action::Back, Action::Dashboard]);
    let s = screen(&a, W, H);
    assert!(s.contains("到位资金") && s.contains("218.82"), "{s}");
    snapshot("dashboard", &s);
}

#[test]
fn snapshot_search_pinyin() {
    let mut a = app();
    press(&mut a, &[Action::Search]);
    press(&mut a, &typed("cyq"));
    let s = screen(&a, W, H);
    assert!(s.contains("[区] 朝阳区"), "{s}");
    snapshot("search_cyq", &s);
}

#[test]
fn slash_ml_enter_lands_on_ma_liangs_quote() {
    let mut a = app();
    press(&mut a, &[Action::Search]);
    press(&mut a, &typed("ml"));
    press(&mut a, &[Action::Open]);
    assert_eq!(a.overlay, Overlay::None);
    let items = a.items();
    let row = &items[a.cursors[3].selected];
    let q = row.quote.expect("a quote is selected");
    assert_eq!(a.data.entities.quotes[q].speaker.as_deref(), Some("马良"));
    let art = a.reader.article.unwrap();
    let ent = &reader::entities(&a.data, art)[a.reader.entity.unwrap()];
    assert_eq!(ent.mark.kind, MarkKind::Quote(q));
    assert!(screen(&a, W, H).contains("《见东方·吉时晚宴》历经128天"));
}

#[test]
fn bracket_goes_to_the_next_district_and_ctrl_o_returns() {
    let mut a = app();
    let ds = a.data.districts.clone();
    let i = ds.iter().position(|d| d == "朝阳区").unwrap();
    press(&mut a, &[Action::District(i)]);
    assert_eq!(a.filter.as_deref(), Some("朝阳区"));
    press(&mut a, &[Action::NextDistrict]);
    assert_eq!(a.filter.as_deref(), Some(ds[i + 1].as_str()));
    // Panes show that district only.
    assert!(a
        .visible_projects()
        .iter()
        .all(|&p| a.data.entities.projects[p].region.as_deref() == Some(ds[i + 1].as_str())));
    press(&mut a, &[Action::HistoryBack]);
    assert_eq!(a.filter.as_deref(), Some("朝阳区"));
    press(&mut a, &[Action::HistoryForward]);
    assert_eq!(a.filter.as_deref(), Some(ds[i + 1].as_str()));
    press(&mut a, &[Action::ClearFilter]);
    assert_eq!(a.filter, None);
    snapshot("filtered_after_bracket", &{
        let mut b = app();
        press(&mut b, &[Action::District(i), Action::NextDistrict]);
        screen(&b, W, H)
    });
}

#[test]
fn g_goes_to_a_district_by_fuzzy_name() {
    let mut a = app();
    press(&mut a, &[Action::GotoDistrict]);
    press(&mut a, &typed("jiutai"));
    press(&mut a, &[Action::Open]);
    assert_eq!(a.filter.as_deref(), Some("九台区"));
    press(&mut a, &[Action::Back]);
    assert_eq!(a.filter, None, "Esc clears the filter");
}

#[test]
fn entities_cycle_and_enter_jumps_to_their_pane() {
    let mut a = app();
    a.go_to(Target::Article(a.data.corpus.articles[0].id.clone()));
    press(&mut a, &[Action::NextEntity]);
    assert_eq!(a.pane, Pane::Reader);
    let art = a.reader.article.unwrap();
    let ents = reader::entities(&a.data, art);
    // Walk to the first project mention and jump.
    let p = ents
        .iter()
        .position(|e| matches!(e.mark.kind, MarkKind::Project(_)))
        .unwrap();
    while a.reader.entity != Some(p) {
        press(&mut a, &[Action::NextEntity]);
    }
    let MarkKind::Project(pi) = ents[p].mark.kind.clone() else {
        unreachable!()
    };
    press(&mut a, &[Action::Open]);
    assert_eq!(a.pane, Pane::Projects);
    assert_eq!(a.visible_projects()[a.cursors[1].selected], pi);
    press(&mut a, &[Action::HistoryBack]);
    assert_eq!(a.pane, Pane::Reader);
}

#[test]
fn yank_copies_the_quote_with_its_citation() {
    let mut a = app();
    press(&mut a, &[Action::Search]);
    press(&mut a, &typed("\"靶向招商"));
    press(&mut a, &[Action::Open, Action::Yank]);
    let c = a.clipboard.clone().expect("clipboard text");
    assert!(
        c.contains("这样的靶向招商") && c.contains("周凯，宽城区副区长") && c.contains("《长春市宽城区"),
        "{c}"
    );
}

#[test]
fn mouse_click_focuses_and_selects() {
    let mut a = app();
    let r = a.rects().projects;
    press(&mut a, &[Action::Click(r.x + 2, r.y + 3)]);
    assert_eq!(a.pane, Pane::Projects);
    assert_eq!(a.cursors[1].selected, 2);
    let rd = a.rects().reader;
    press(&mut a, &[Action::ScrollDown(rd.x + 2, rd.y + 2)]);
    assert_eq!(a.reader.scroll, 3);
}

#[test]
fn resizing_never_panics_and_small_screens_say_so() {
    let mut a = app();
    for (w, h) in [
        (1, 1),
        (10, 3),
        (59, 40),
        (60, 15),
        (60, 16),
        (61, 17),
        (80, 24),
        (200, 60),
        (37, 90),
    ] {
        press(&mut a, &[Action::Resize(w, h)]);
        for act in [
            Action::Down,
            Action::NextPane,
            Action::NextEntity,
            Action::PageDown,
        ] {
            press(&mut a, &[act]);
            let s = screen(&a, w, h);
            if w < 60 || h < 16 {
                assert!(
                    s.replace('\n', "").contains("Terminal") || w * h < 40,
                    "{w}x{h}: {s}"
                );
            }
        }
    }
    for overlay in [
        Action::Help,
        Action::Back,
        Action::Dashboard,
        Action::Back,
        Action::Search,
    ] {
        press(&mut a, &[overlay, Action::Resize(61, 16)]);
        screen(&a, 61, 16);
    }
}

#[test]
fn nothing_from_a_file_reaches_the_terminal_raw() {
    let text = "恶意\u{1b}[2J标题\u{1b}]0;title\u{7}\n\n本报记者 张三\n\n正文\u{1b}[31m红色\u{9b}31m，朝阳区\u{7}。\n";
    let dir = std::env::temp_dir().join(format!("zhaoshang-evil-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("evil\u{1b}[1mname\u{7}.txt");
    std::fs::write(&path, text).unwrap();
    let loaded = zhaoshang::corpus::load(&[path]).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        !loaded.articles[0].id.0.chars().any(char::is_control),
        "{:?}",
        loaded.articles[0].id
    );
    assert!(!loaded.articles[0].file.chars().any(char::is_control));
    let arts = load_text("evil.txt", "evil", text);
    let corpus = Corpus {
        articles: arts,
        warnings: vec![],
        bytes: text.len(),
        cache: None,
    };
    let e = zhaoshang::extract::extract(&corpus);
    let mut a = App::new(
        Arc::new(Data::new(corpus, e)),
        Theme::new(false),
        Rect::new(0, 0, W, H),
    );
    a.go_to(Target::Article(a.data.corpus.articles[0].id.clone()));
    let s = screen(&a, W, H);
    assert!(!s.chars().any(|c| c.is_control() && c != '\n'), "{s:?}");
    assert!(s.contains("恶意标题"));
}

#[test]
fn no_color_styles_have_no_colours() {
    let t = Theme::new(true);
    for st in [
        t.title, t.quote, t.region, t.project, t.person, t.selected, t.status,
    ] {
        assert_eq!((st.fg, st.bg), (None, None));
    }
}

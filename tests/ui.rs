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

mod common;
use common::{screen, snapshot, text_of};

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
    let row = &items[a.cursor(Pane::Items).selected];
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
    let ds = a.data.compared.clone();
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
    assert_eq!(a.visible_projects()[a.cursor(Pane::Projects).selected], pi);
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
    assert_eq!(a.cursor(Pane::Projects).selected, 2);
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
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("zhaoshang-evil-{}", std::process::id()));
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

/// The sizes the explorer is checked at: a standard terminal, a middling one, a large one.
const SIZES: [(u16, u16); 3] = [(80, 24), (100, 30), (160, 48)];

/// The main screen, the reader, the help and the dashboard at each size.
#[test]
fn snapshots_at_each_size() {
    for (w, h) in SIZES {
        let mut a = App::new(seeds(), Theme::new(true), Rect::new(0, 0, w, h));
        let main = screen(&a, w, h);
        // The key hints shorten; the corpus figures stay whole.
        let status = main.lines().last().unwrap();
        assert!(
            status.starts_with("9 articles · 58 KB · 18 quotes · ")
                && status.contains(" projects · all districts ")
                && status.contains('?'),
            "{w}×{h}: {status}"
        );
        snapshot(&format!("main_{w}x{h}"), &main);
        // The reader, opened from the first quote of the district's items.
        press(&mut a, &[Action::Open]);
        let q = a.items().iter().position(|r| r.badge == "引").unwrap();
        for _ in 0..q {
            press(&mut a, &[Action::Down]);
        }
        snapshot(&format!("items_{w}x{h}"), &screen(&a, w, h));
        press(&mut a, &[Action::Open]);
        assert_eq!(a.pane, Pane::Reader);
        snapshot(&format!("reader_{w}x{h}"), &screen(&a, w, h));
        press(&mut a, &[Action::Help]);
        let mut s = screen(&a, w, h);
        snapshot(&format!("help_{w}x{h}"), &s);
        // What does not fit is a scroll away: every entry can be read.
        for _ in 0..40 {
            press(&mut a, &[Action::Down]);
            s.push_str(&screen(&a, w, h));
        }
        assert!(
            s.contains("next / previous") && s.contains("only paragraphs"),
            "{s}"
        );
        press(&mut a, &[Action::Back, Action::Dashboard]);
        let s = screen(&a, w, h);
        assert!(s.contains("到位资金"), "{s}");
        snapshot(&format!("dashboard_{w}x{h}"), &s);
    }
}

/// The text a list row shows for its item, and the lead (badge, indentation) before it.
fn row_parts(a: &App, pane: Pane, index: usize) -> Option<(String, String)> {
    let d = &a.data;
    Some(match pane {
        Pane::Regions => {
            let t = &d.tree[*a.visible_regions().get(index)?];
            let r = &d.entities.regions[t.region?];
            let marker = if a.filter.as_deref() == Some(r.name.as_str()) {
                "▸"
            } else {
                ""
            };
            (format!("{}{marker}", "  ".repeat(t.depth)), r.name.clone())
        }
        Pane::Projects => (
            String::new(),
            d.entities.projects[*a.visible_projects().get(index)?]
                .name
                .clone(),
        ),
        Pane::Sources => {
            let s = &d.sources[*a.visible_sources().get(index)?];
            let text = if s.name.is_some() {
                format!("{} {}", s.label, s.role)
            } else {
                format!("({})", s.label)
            };
            (String::new(), text)
        }
        Pane::Items => {
            let r = a.items().get(index)?.clone();
            (format!("[{}] ", r.badge), r.label)
        }
        Pane::Reader => return None,
    })
}

/// At every size, in every pane's focus, each list row shows at least 16 cells of its item's
/// own text (all of it when shorter), cut only between characters and marked with `…`.
#[test]
fn list_rows_keep_sixteen_cells_of_text_at_every_size() {
    use unicode_width::UnicodeWidthStr;
    for (w, h) in SIZES {
        let mut a = App::new(seeds(), Theme::new(true), Rect::new(0, 0, w, h));
        let mut checked = 0;
        for step in 0..6 {
            let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
            t.draw(|f| view::draw(&a, f)).unwrap();
            let buf = t.backend().buffer().clone();
            let rects = a.rects();
            for pane in [Pane::Regions, Pane::Projects, Pane::Sources, Pane::Items] {
                let r = rects.of(pane);
                if r.width == 0 {
                    continue;
                }
                for y in r.y + 1..r.y + r.height - 1 {
                    let index = a.cursor(pane).offset + (y - r.y - 1) as usize;
                    let Some((lead, text)) = row_parts(&a, pane, index) else {
                        continue;
                    };
                    let mut shown = String::new();
                    let mut x = r.x + 1;
                    while x < r.x + r.width - 1 {
                        let s = buf[(x, y)].symbol();
                        shown.push_str(s);
                        x += s.width().max(1) as u16;
                    }
                    let rest = shown
                        .strip_prefix(&lead)
                        .unwrap_or_else(|| panic!("{w}×{h} {pane:?} row {index}: {shown:?} lacks {lead:?}"));
                    let kept: String = text
                        .chars()
                        .zip(rest.chars())
                        .take_while(|(a, b)| a == b)
                        .map(|(a, _)| a)
                        .collect();
                    let cut = kept.len() < text.len();
                    assert!(
                        kept.width() >= text.width().min(16),
                        "{w}×{h} {pane:?} row {index}: {shown:?} shows {} cells of {text:?}",
                        kept.width()
                    );
                    if cut {
                        assert!(
                            rest[kept.len()..].starts_with('…'),
                            "{w}×{h} {pane:?}: {shown:?} cut without …"
                        );
                    }
                    checked += 1;
                }
            }
            // Next: each pane in turn, then into the items.
            press(&mut a, &[if step == 4 { Action::Open } else { Action::NextPane }]);
        }
        assert!(checked > 20, "{w}×{h}: only {checked} rows checked");
    }
}

#[test]
fn the_first_bracket_lands_on_the_first_district_of_the_regions_pane() {
    let mut a = app();
    press(&mut a, &[Action::NextDistrict]);
    let first = a.filter.clone().unwrap();
    // The first county-level row with articles, as the pane shows it — not 长春市.
    let d = &a.data;
    let row = d
        .tree
        .iter()
        .filter_map(|t| t.region)
        .find(|&r| {
            d.entities.regions[r].level == zhaoshang::extract::model::Level::County && d.counts[r].about > 0
        })
        .unwrap();
    assert_eq!(first, d.entities.regions[row].name);
    assert_ne!(first, "长春市");
    press(&mut a, &[Action::PrevDistrict]);
    assert_eq!(a.filter.as_deref(), a.data.compared.last().map(String::as_str));
}

#[test]
fn clearing_the_district_filter_keeps_the_selection() {
    for clear in [Action::ClearFilter, Action::Back] {
        let mut a = app();
        let i = a.data.compared.iter().position(|d| d == "绿园区").unwrap();
        press(
            &mut a,
            &[Action::District(i), Action::NextPane, Action::Down, Action::Down],
        );
        assert_eq!(a.pane, Pane::Projects);
        let project = a.visible_projects()[a.cursor(Pane::Projects).selected];
        press(&mut a, &[Action::PrevPane]);
        let region = a.visible_regions()[a.cursor(Pane::Regions).selected];
        a.update(clear.clone());
        assert_eq!(a.filter, None, "{clear:?}");
        assert_eq!(
            a.visible_regions()[a.cursor(Pane::Regions).selected],
            region,
            "{clear:?}"
        );
        assert_eq!(
            a.visible_projects()[a.cursor(Pane::Projects).selected],
            project,
            "{clear:?}"
        );
        // And the selection is on screen.
        let h = a.rects().regions.height as usize - 2;
        assert!(a.cursor(Pane::Regions).selected < a.cursor(Pane::Regions).offset + h);
    }
}

#[test]
fn a_region_only_mentioned_lists_the_articles_that_mention_it() {
    let mut a = app();
    let node = a
        .visible_regions()
        .iter()
        .position(|&r| a.data.tree[r].region.is_none())
        .unwrap();
    press(&mut a, &[Action::Top]);
    for _ in 0..node {
        press(&mut a, &[Action::Down]);
    }
    let before = a.visible_regions().len();
    press(&mut a, &[Action::Open]);
    assert!(
        a.regions.listing.mentioned_open && a.visible_regions().len() > before,
        "Enter unfolds the node"
    );
    let beijing = a
        .visible_regions()
        .iter()
        .position(|&r| {
            a.data.tree[r]
                .region
                .is_some_and(|i| a.data.entities.regions[i].name == "北京市")
        })
        .unwrap();
    press(&mut a, &[Action::Top]);
    for _ in 0..beijing {
        press(&mut a, &[Action::Down]);
    }
    let items = a.items();
    assert!(
        !items.is_empty() && items.iter().all(|r| r.badge == "提"),
        "{items:?}"
    );
    // Opening one shows the paragraph that names the place.
    press(&mut a, &[Action::Open, Action::Open]);
    assert_eq!(a.pane, Pane::Reader);
    assert!(screen(&a, W, H).contains("北京"), "{}", screen(&a, W, H));
    press(&mut a, &[Action::HistoryBack]);
}

#[test]
fn below_the_wide_shape_the_lists_are_tabs_that_keys_and_clicks_switch() {
    for (w, h) in [(100, 30), (80, 24)] {
        let mut a = App::new(seeds(), Theme::new(true), Rect::new(0, 0, w, h));
        let s = screen(&a, w, h);
        let top = s.lines().next().unwrap();
        assert!(
            top.contains("Regions 地区 (") && top.contains("│Projects│Sources"),
            "{top}"
        );
        // Tab goes to the next list, which takes the pane.
        press(&mut a, &[Action::NextPane]);
        assert_eq!(a.pane, Pane::Projects);
        assert!(a.rects().shows(Pane::Projects) && !a.rects().shows(Pane::Regions));
        // A click on a tab's name shows that list.
        let s = screen(&a, w, h);
        let top = s.lines().next().unwrap();
        let at = top.find("Sources").unwrap();
        let col = unicode_width::UnicodeWidthStr::width(&top[..at]) as u16;
        press(&mut a, &[Action::Click(col + 1, 0)]);
        assert_eq!(a.pane, Pane::Sources, "{w}×{h}: {top}");
        assert!(a.rects().shows(Pane::Sources));
    }
}

/// An article from a saved page: the reader shows where it came from, `o` hands its URL to
/// the browser, and `y`'s citation ends with it.
#[test]
fn page_provenance_under_the_title_o_opens_the_url_and_y_cites_it() {
    let page = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/formats/html/000_e531affd4cd05da8.html");
    let (c, e, _) = zhaoshang::open::open(
        &[page],
        &zhaoshang::open::Options {
            no_cache: true,
            ..Default::default()
        },
    )
    .unwrap();
    let url = "http://www.example-jl.cn/news/2025-06/18/000_e531affd4cd05da8.html";
    assert_eq!(c.articles[0].url.as_deref(), Some(url));
    let mut a = App::new(Arc::new(Data::new(c, e)), Theme::new(true), Rect::new(0, 0, W, H));
    let s = screen(&a, W, H);
    assert!(s.contains("000_e531affd4cd05da8.html ·"), "{s}");
    press(&mut a, &[Action::OpenUrl]);
    assert_eq!(a.open_url.as_deref(), Some(url));
    press(&mut a, &[Action::Search]);
    let quote: String = a.data.entities.quotes[0].text.chars().take(6).collect();
    press(&mut a, &typed(&format!("\"{quote}")));
    press(&mut a, &[Action::Open, Action::Yank]);
    let cite = a.clipboard.clone().expect("clipboard text");
    assert!(cite.ends_with(&format!("，{url}）")), "{cite}");
}

#[test]
fn o_on_a_text_file_article_says_there_is_no_url() {
    let mut a = app();
    press(&mut a, &[Action::OpenUrl]);
    assert_eq!(a.open_url, None);
    assert!(a.message.as_deref().is_some_and(|m| m.contains("no URL")));
}

#[test]
fn yank_cites_organisation_and_publication() {
    let mut a = app();
    press(&mut a, &[Action::Search]);
    press(&mut a, &typed("\"选择在九台区投资建厂"));
    press(&mut a, &[Action::Open, Action::Yank]);
    let c = a.clipboard.clone().expect("clipboard text");
    assert!(
        c.contains(
            "—— 公司负责人，楚天华通医药设备有限公司（吉林日报《九台区打造招商引资“强引擎”》，2024-08-01）"
        ),
        "{c}"
    );
}

#[test]
fn skipped_files_are_said_in_the_status_bar_and_listed() {
    let mut c = zhaoshang::corpus::load(&[]).unwrap();
    c.warnings.push(zhaoshang::corpus::model::Warning {
        file: "broken\u{1b}[31m.txt".into(),
        message: "binary file, skipped".into(),
    });
    let e = zhaoshang::extract::extract(&c);
    let mut a = App::new(Arc::new(Data::new(c, e)), Theme::new(true), Rect::new(0, 0, W, H));
    let s = screen(&a, W, H);
    assert!(s.contains("1 file skipped (w)"), "{s}");
    press(&mut a, &[Action::Skipped]);
    assert_eq!(a.overlay, Overlay::Skipped);
    let s = screen(&a, W, H);
    assert!(
        s.contains("Skipped files (1)") && s.contains("broken.txt") && s.contains("binary file, skipped"),
        "{s}"
    );
    assert!(!s.contains('\u{1b}'));
    press(&mut a, &[Action::Back]);
    assert_eq!(a.overlay, Overlay::None);
}

#[test]
fn p_opens_the_person_page_with_every_quote_by_date_and_every_role() {
    let mut a = app();
    a.go_to(Target::Source("周凯".into()));
    assert_eq!(a.pane, Pane::Items);
    press(&mut a, &[Action::Person]);
    assert_eq!(a.overlay, Overlay::Person);
    let page = a.person.page.clone().unwrap();
    assert_eq!(page.name, "周凯");
    assert_eq!(page.quotes.len(), 2);
    assert_eq!(page.roles[0].role, "宽城区副区长");
    let s = screen(&a, W, H);
    assert!(
        s.contains("Person · 周凯") && s.contains("roles: 宽城区副区长"),
        "{s}"
    );
    snapshot("person", &s);
    // Enter shows the quote in its article.
    press(&mut a, &[Action::Down, Action::Open]);
    assert_eq!((a.overlay, a.pane), (Overlay::None, Pane::Reader));
    let art = a.reader.article.unwrap();
    let ent = &reader::entities(&a.data, art)[a.reader.entity.unwrap()];
    assert_eq!(ent.mark.kind, MarkKind::Quote(page.quotes[1]));
    // From the reader, the picked quote's speaker; at 80×24 too.
    press(&mut a, &[Action::Resize(80, 24), Action::Person]);
    assert_eq!(a.person.page.as_ref().unwrap().name, "周凯");
    snapshot("person_80x24", &screen(&a, 80, 24));
    // Nothing personal selected: it says what to select.
    let mut b = app();
    press(&mut b, &[Action::Person]);
    assert_eq!(b.overlay, Overlay::None);
    assert!(b.message.as_deref().unwrap().starts_with("select a person"));
}

#[test]
fn since_and_until_narrow_the_panes_and_articles_sort_by_date() {
    let mut a = app();
    press(&mut a, &[Action::ClearFilter, Action::Top]);
    let dated = |a: &App| -> Vec<Option<String>> {
        a.items()
            .iter()
            .filter(|r| r.badge == "文")
            .map(|r| a.data.corpus.articles[r.article].date.clone())
            .collect()
    };
    // 吉林省's articles: newest first, the undated after.
    let all = dated(&a);
    assert_eq!(all.len(), 9);
    assert_eq!(all[0].as_deref(), Some("2026-01-14"));
    assert_eq!(all[1].as_deref(), Some("2024-08-01"));
    assert!(all[2..].iter().all(Option::is_none));

    press(&mut a, &[Action::Command]);
    press(&mut a, &typed("since 2025"));
    assert!(screen(&a, W, H)
        .lines()
        .last()
        .unwrap()
        .starts_with(":since 2025█"));
    press(&mut a, &[Action::Open]);
    assert_eq!(a.dates.since.as_deref(), Some("2025"));
    assert_eq!(dated(&a), [Some("2026-01-14".to_owned())]);
    assert_eq!(
        a.message.as_deref(),
        Some("dates: since 2025 (undated articles hidden)")
    );
    // Once the message is gone, the status bar says the range.
    press(&mut a, &[Action::Resize(W, H)]);
    a.message = None;
    let s = screen(&a, W, H);
    assert!(
        s.lines().last().unwrap().contains("all districts · since 2025"),
        "{s}"
    );
    // Projects and sources narrow too: those of the one article left.
    let id = &a.data.corpus.articles[a.items()[0].article].id.clone();
    assert!(a
        .visible_projects()
        .iter()
        .all(|&p| a.data.entities.projects[p].articles.contains(id)));
    assert!(a.visible_projects().len() < a.data.entities.projects.len());
    press(&mut a, &[Action::Command]);
    press(&mut a, &typed("until 2024-12"));
    press(&mut a, &[Action::Open]);
    assert!(
        a.message.as_deref().unwrap().contains("after until"),
        "{:?}",
        a.message
    );
    press(&mut a, &[Action::Command]);
    press(&mut a, &typed("until soon"));
    press(&mut a, &[Action::Open]);
    assert!(a.message.as_deref().unwrap().starts_with("not a date"));
    press(&mut a, &[Action::Command]);
    press(&mut a, &typed("dates"));
    press(&mut a, &[Action::Open]);
    assert!(a.dates.is_open());
    assert_eq!(dated(&a).len(), 9);
}

#[test]
fn big_t_shows_the_timeline_and_enter_narrows_to_a_district_and_month() {
    let mut a = app();
    press(&mut a, &[Action::Timeline]);
    assert_eq!(a.overlay, Overlay::Timeline);
    let t = a.timeline.data.clone().unwrap();
    assert_eq!(
        (
            t.months.first().unwrap().as_str(),
            t.months.last().unwrap().as_str()
        ),
        ("2024-08", "2026-01")
    );
    // The district the panes showed is selected; 九台区 holds the article of 2024-08.
    let jiutai = t.rows.iter().position(|r| r.district == "九台区").unwrap();
    while a.timeline.row < jiutai {
        press(&mut a, &[Action::Down]);
    }
    press(&mut a, &[Action::Top]);
    let s = screen(&a, W, H);
    assert!(
        s.contains("Timeline · articles per month") && s.contains("九台区 · 2024-08: 1 articles"),
        "{s}"
    );
    snapshot("timeline", &s);
    press(&mut a, &[Action::NextEntity]);
    assert!(screen(&a, W, H).contains("Timeline · quotes per month"));
    snapshot("timeline_80x24", &{
        press(&mut a, &[Action::Resize(80, 24)]);
        screen(&a, 80, 24)
    });
    press(&mut a, &[Action::Resize(W, H), Action::Open]);
    assert_eq!(a.overlay, Overlay::None);
    assert_eq!(a.filter.as_deref(), Some("九台区"));
    assert_eq!(
        (a.dates.since.as_deref(), a.dates.until.as_deref()),
        (Some("2024-08"), Some("2024-08"))
    );
    assert!(a
        .items()
        .iter()
        .filter(|r| r.badge == "文")
        .all(|r| a.data.corpus.articles[r.article].date.as_deref() == Some("2024-08-01")));
}

#[test]
fn c_compares_two_districts_picked_by_fuzzy_name() {
    let mut a = app();
    press(&mut a, &[Action::ClearFilter, Action::Compare]);
    assert_eq!(a.overlay, Overlay::District);
    assert!(screen(&a, W, H).contains("Compare: the first district"));
    press(&mut a, &typed("kuancheng"));
    press(&mut a, &[Action::Open]);
    assert_eq!(a.overlay, Overlay::District, "now the second");
    press(&mut a, &typed("jiutai"));
    press(&mut a, &[Action::Open]);
    assert_eq!(a.overlay, Overlay::Compare);
    let s = screen(&a, W, H);
    assert!(
        s.contains("宽城区")
            && s.contains("九台区")
            && s.contains("到位资金")
            && s.contains("Most quoted")
            && s.contains("周凯"),
        "{s}"
    );
    snapshot("compare", &s);
    snapshot("compare_80x24", &{
        press(&mut a, &[Action::Resize(80, 24)]);
        screen(&a, 80, 24)
    });
    // With a district filter, `c` asks only for the other one.
    press(&mut a, &[Action::Back, Action::Resize(W, H)]);
    let i = a.data.compared.iter().position(|d| d == "朝阳区").unwrap();
    press(&mut a, &[Action::District(i), Action::Compare]);
    assert!(screen(&a, W, H).contains("Compare with district"));
    press(&mut a, &typed("nanguan"));
    press(&mut a, &[Action::Open]);
    let p = a.compare.profiles.clone().unwrap();
    assert_eq!(
        (p.0.row.district.as_str(), p.1.row.district.as_str()),
        ("朝阳区", "南关区")
    );
}

#[test]
fn the_help_shows_the_keys_in_effect() {
    let mut a = app();
    let mut c = zhaoshang::config::Config::defaults(true);
    let warnings = zhaoshang::config::apply(&mut c, "[keys]\nstar = [\"x\", \"ctrl-s\"]\n", "t");
    assert!(warnings.is_empty(), "{warnings:?}");
    a.keymap = c.keymap;
    press(&mut a, &[Action::Resize(160, 48), Action::Help]);
    let s = screen(&a, 160, 48);
    assert!(s.contains("x ctrl-s") && s.contains("star / unstar"), "{s}");
    assert!(!s.contains("  s            star"), "{s}");
}

/// The loading screen of a first open: a large file being read by the extractors, and a
/// folder being opened, at the smallest size and the default one.
#[test]
fn loading_screen_shows_files_and_articles() {
    use zhaoshang::open::Progress;
    use zhaoshang::tui::loading::Loading;
    let draw = |l: &Loading, w: u16, h: u16| {
        let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
        t.draw(|f| view::loading::loading(l, &Theme::new(true), f))
            .unwrap();
        text_of(t.backend().buffer(), w, h)
    };
    let mut big = Loading::new(1);
    big.apply(Progress::Reading {
        file: "2024年吉林日报.csv".into(),
        bytes: 45_200_000,
    });
    big.apply(Progress::Extracting {
        file: "2024年吉林日报.csv".into(),
        done: 5000,
        total: 20000,
    });
    let screen = draw(&big, 80, 24);
    assert!(screen.contains("Opening 1 file…"), "{screen}");
    assert!(screen.contains("5000 / 20000 articles"), "{screen}");
    assert!(screen.contains("0 / 1 files"), "{screen}");
    snapshot("loading_80x24", &screen);
    let mut folder = Loading::new(9000);
    folder.apply(Progress::Files {
        done: 4500,
        total: 9000,
    });
    folder.apply(Progress::Reading {
        file: "04500_003_a673a7862b0b97f3.txt".into(),
        bytes: 6600,
    });
    let screen = draw(&folder, W, H);
    assert!(screen.contains("4500 / 9000 files"), "{screen}");
    assert!(!screen.contains("articles"), "{screen}");
    snapshot("loading", &screen);
    folder.indexing = true;
    assert!(draw(&folder, W, H).contains("Building the search index…"));
}

/// Runs `:line` on the command line.
fn command(a: &mut App, line: &str) {
    press(a, &[Action::Command]);
    press(a, &typed(line));
    press(a, &[Action::Open]);
}

/// The position of the seed article of this date.
fn dated_article(a: &App, date: &str) -> usize {
    a.data
        .corpus
        .articles
        .iter()
        .position(|x| x.date.as_deref() == Some(date))
        .unwrap()
}

#[test]
fn the_date_filter_narrows_the_region_counts() {
    let mut a = app();
    let jilin = a.data.region("吉林省").unwrap();
    let before = a.counts()[jilin];
    assert_eq!(before.about, 9);
    command(&mut a, "since 2025");
    // One dated article since 2025: 吉林省 is about it alone, with its quotes and projects.
    let after = a.counts()[jilin];
    assert_eq!(after.about, 1, "{after:?}");
    assert!(
        after.quotes < before.quotes && after.projects < before.projects,
        "{after:?}"
    );
    press(&mut a, &[Action::Resize(W, H)]);
    let s = screen(&a, W, H);
    let row = s.lines().find(|l| l.contains("吉林省")).unwrap();
    assert!(
        row.contains(&format!(
            "1/{}·{}·{}",
            after.mentioning, after.quotes, after.projects
        )),
        "{row}"
    );
    command(&mut a, "dates");
    assert_eq!(a.counts()[jilin], before);
}

#[test]
fn the_date_filter_narrows_the_marked_view() {
    let mut a = app();
    let old = dated_article(&a, "2024-08-01");
    let new = dated_article(&a, "2026-01-14");
    for i in [old, new] {
        let id = a.data.corpus.articles[i].id.clone();
        a.go_to(Target::Article(id));
        press(&mut a, &[Action::Star]);
    }
    press(&mut a, &[Action::Marked]);
    assert!(screen(&a, W, H).contains("Marked (2)"));
    press(&mut a, &[Action::Back]);
    command(&mut a, "until 2024-12");
    press(&mut a, &[Action::Marked]);
    let s = screen(&a, W, H);
    assert!(
        s.contains("Marked (1)") && s.contains("dates: until 2024-12"),
        "{s}"
    );
    let title = a.data.corpus.articles[old].display_title();
    assert!(s.contains(&title.chars().take(8).collect::<String>()), "{s}");
    // Enter goes to the one in range.
    press(&mut a, &[Action::Open]);
    assert_eq!(a.reader.article, Some(old));
}

#[test]
fn the_date_filter_narrows_the_timeline_to_its_months() {
    let mut a = app();
    press(&mut a, &[Action::Timeline]);
    assert_eq!(a.timeline.data.as_ref().unwrap().months.len(), 18);
    press(&mut a, &[Action::Back]);
    command(&mut a, "since 2025");
    press(&mut a, &[Action::Timeline]);
    let t = a.timeline.data.clone().unwrap();
    assert_eq!(t.months, ["2026-01"], "only the months in range");
    // The undated articles are in no range: nothing is counted as undated either.
    assert!(t.rows.iter().all(|r| r.undated == [0; 3]));
    let total: usize = t.rows.iter().map(|r| r.counts[0].iter().sum::<usize>()).sum();
    assert_eq!(total, 1);
    let s = screen(&a, W, H);
    assert!(s.contains("Timeline · since 2025 · articles per month"), "{s}");
    // A range with no article says so and how to see every date.
    press(&mut a, &[Action::Back]);
    command(&mut a, "since 2030");
    press(&mut a, &[Action::Timeline]);
    assert!(screen(&a, W, H).contains("No article in since 2030"));
}

#[test]
fn the_date_filter_narrows_compare() {
    let mut a = app();
    let compare = |a: &mut App| {
        press(a, &[Action::ClearFilter, Action::Compare]);
        press(a, &typed("jiutai"));
        press(a, &[Action::Open]);
        press(a, &typed("kuancheng"));
        press(a, &[Action::Open]);
        assert_eq!(a.overlay, Overlay::Compare);
        a.compare.profiles.clone().unwrap()
    };
    let all = compare(&mut a);
    assert_eq!(all.0.row.district, "九台区");
    assert!(
        all.0.row.articles == 1 && all.1.row.articles > 0,
        "{:?}",
        all.0.row
    );
    assert!(all.1.row.quotes > 0 && !all.1.sources.is_empty() && !all.1.projects.is_empty());
    press(&mut a, &[Action::Back]);
    // 九台区's article is of 2024-08; 宽城区's are undated: out of any range.
    command(&mut a, "until 2024-12");
    let within = compare(&mut a);
    assert_eq!(within.0.row.articles, 1);
    assert_eq!(
        within.0.row.money, all.0.row.money,
        "九台区's figures are of that article"
    );
    let k = &within.1;
    assert_eq!((k.row.articles, k.row.quotes, k.row.projects), (0, 0, 0));
    assert!(k.projects.is_empty() && k.sources.is_empty());
    assert!(k
        .row
        .money
        .iter()
        .all(|m| m.actual.is_none() && m.target.is_none()));
    let s = screen(&a, W, H);
    assert!(s.contains("Compare · until 2024-12"), "{s}");
}

#[test]
fn the_configured_date_format_is_used_in_citations_and_the_person_page() {
    let mut a = app();
    a.date_format = "%Y年%-m月%-d日".into();
    press(&mut a, &[Action::Search]);
    press(&mut a, &typed("\"选择在九台区投资建厂"));
    press(&mut a, &[Action::Open, Action::Yank]);
    let c = a.clipboard.clone().expect("clipboard text");
    assert!(
        c.ends_with("（吉林日报《九台区打造招商引资“强引擎”》，2024年8月1日）"),
        "{c}"
    );
    // The Marked view's citation of it.
    press(&mut a, &[Action::Star, Action::Marked]);
    let s = screen(&a, W, H);
    assert!(s.contains("《九台区打造招商引资“强引擎”》，2024年8月1日"), "{s}");
    // The person page's roles, with when: someone with a role quoted in a dated article.
    press(&mut a, &[Action::Back]);
    let d = a.data.clone();
    let date_of = |q: &usize| d.article_date(&d.entities.quotes[*q].article);
    let person = d
        .sources
        .iter()
        .find(|s| !s.role.is_empty() && s.quotes.iter().any(|q| date_of(q).is_some()))
        .expect("someone with a role quoted in a dated article");
    let iso = person.quotes.iter().filter_map(date_of).min().unwrap();
    let shown = zhaoshang::corpus::model::format_date(iso, "%Y年%-m月%-d日");
    a.go_to(Target::Source(person.label.clone()));
    press(&mut a, &[Action::Person]);
    let s = screen(&a, W, H);
    let roles = s.lines().find(|l| l.contains("roles:")).unwrap_or_default();
    assert!(roles.contains(&format!("({shown}")) && !s.contains(iso), "{s}");
}

//! Shared helpers for the integration tests: the gold annotation and the seed export.

#![allow(dead_code)]

use ratatui::backend::TestBackend;
use ratatui::Terminal;
use serde_json::Value;
use std::sync::OnceLock;
use zhaoshang::corpus::model::Corpus;
use zhaoshang::export::Export;
use zhaoshang::tui::app::App;
use zhaoshang::tui::view;

/// `tests/gold/seeds.json`, a verbatim copy of `../shared/gold/seeds.json`.
pub fn gold() -> &'static Value {
    static GOLD: OnceLock<Value> = OnceLock::new();
    GOLD.get_or_init(|| {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/gold/seeds.json"))
            .expect("tests/gold/seeds.json is part of the repository");
        serde_json::from_str(&text).expect("gold is valid JSON")
    })
}

/// The bundled seeds, loaded and extracted once per test binary.
pub fn seeds() -> &'static (Corpus, Export) {
    static SEEDS: OnceLock<(Corpus, Export)> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let corpus = zhaoshang::corpus::load(&[]).expect("the bundled seeds load");
        let entities = zhaoshang::extract::extract(&corpus);
        let export = Export::new(&corpus, &entities);
        (corpus, export)
    })
}

/// A gold list as an array.
pub fn list<'a>(v: &'a Value, key: &str) -> &'a Vec<Value> {
    v[key]
        .as_array()
        .unwrap_or_else(|| panic!("gold has a list {key}"))
}

/// A JSON string field, or None for null/missing.
pub fn s<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v[key].as_str()
}

/// File name without folders.
pub fn base(file: &str) -> &str {
    file.rsplit(['/', '\\']).next().unwrap_or(file)
}

/// The screen as text, one line a row (wide characters once, their second cell skipped).
pub fn screen(app: &App, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| view::draw(app, f)).unwrap();
    text_of(t.backend().buffer(), w, h)
}

/// A drawn buffer as text, one line a row (wide characters once).
pub fn text_of(buf: &ratatui::buffer::Buffer, w: u16, h: u16) -> String {
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

pub fn snapshot(name: &str, actual: &str) {
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

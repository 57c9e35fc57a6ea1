//! Shared helpers for the integration tests: the gold annotation and the seed export.

#![allow(dead_code)]

use serde_json::Value;
use std::sync::OnceLock;
use zhaoshang::corpus::model::Corpus;
use zhaoshang::export::Export;

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

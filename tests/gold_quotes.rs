//! Scores quotes against the gold: every gold quote found and attributed, no slogan reported
//! as a quote, at most one reported quote that is neither gold nor optional.

mod common;

use common::{base, gold, list, s, seeds};
use serde_json::Value;
use zhaoshang::extract::model::Quote;

fn file_of(q: &Quote) -> String {
    let (_, export) = seeds();
    let a = export
        .articles
        .iter()
        .find(|a| *a.id == *q.article.0)
        .expect("quote's article exists");
    base(&a.file).to_owned()
}

fn matches(g: &Value, q: &Quote) -> bool {
    s(g, "file") == Some(file_of(q).as_str()) && q.text.starts_with(s(g, "start").unwrap())
}

fn attributed(g: &Value, q: &Quote) -> bool {
    match s(g, "speaker") {
        Some(name) => q.speaker.as_deref() == Some(name),
        None => q.speaker.is_none() && q.role.as_deref() == s(g, "role"),
    }
}

#[test]
fn gold_quotes_found_and_attributed() {
    let (_, export) = seeds();
    let golds = list(gold(), "quotes");
    let mut ok = 0;
    for g in golds {
        match export.entities.quotes.iter().find(|q| matches(g, q)) {
            Some(q) if attributed(g, q) => {
                ok += 1;
                if let Some(role) = s(g, "role") {
                    if q.role.as_deref() != Some(role) {
                        eprintln!("role differs for {:?}: {:?} vs gold {role}", q.speaker, q.role);
                    }
                }
                if q.region.as_deref() != s(g, "region") {
                    eprintln!(
                        "region differs for {:?}: {:?} vs gold {:?}",
                        q.speaker,
                        q.region,
                        s(g, "region")
                    );
                }
            }
            Some(q) => eprintln!(
                "misattributed {}: {:?} / {:?}",
                s(g, "start").unwrap(),
                q.speaker,
                q.role
            ),
            None => eprintln!("missing quote: {}", s(g, "start").unwrap()),
        }
    }
    eprintln!("quotes: {ok}/{}", golds.len());
    assert_eq!(ok, golds.len());
}

#[test]
fn gold_quote_roles_and_regions() {
    let (_, export) = seeds();
    let golds = list(gold(), "quotes");
    let (mut roles, mut regions) = (0, 0);
    for g in golds {
        if let Some(q) = export.entities.quotes.iter().find(|q| matches(g, q)) {
            roles += usize::from(q.role.as_deref() == s(g, "role"));
            regions += usize::from(q.region.as_deref() == s(g, "region"));
        }
    }
    eprintln!(
        "quote roles: {roles}/{}, regions: {regions}/{}",
        golds.len(),
        golds.len()
    );
    assert_eq!(roles, golds.len());
    assert_eq!(regions, golds.len());
}

#[test]
fn slogans_are_not_quotes() {
    let (_, export) = seeds();
    for n in list(gold(), "not_quotes").iter().filter_map(|v| v.as_str()) {
        assert!(
            !export.entities.quotes.iter().any(|q| q.text.contains(n)),
            "slogan reported as a quote: {n}"
        );
    }
}

#[test]
fn few_stray_quotes() {
    let (_, export) = seeds();
    let known: Vec<&Value> = list(gold(), "quotes")
        .iter()
        .chain(list(gold(), "optional_quotes"))
        .collect();
    let stray: Vec<&Quote> = export
        .entities
        .quotes
        .iter()
        .filter(|q| !known.iter().any(|g| matches(g, q)))
        .collect();
    for q in &stray {
        eprintln!("stray quote: {:?} {:?} {}", q.speaker, q.role, q.text);
    }
    eprintln!(
        "stray quotes: {}; reported {}",
        stray.len(),
        export.entities.quotes.len()
    );
    assert!(stray.len() <= 1);
}

//! Scores regions against the gold: every gold region with its parent, no false places,
//! the focus region of every article, and the regions each article names.

mod common;

use common::{base, gold, list, s, seeds};

#[test]
fn gold_regions_present_with_their_parents() {
    let (_, export) = seeds();
    for g in list(gold(), "regions") {
        let name = s(g, "name").unwrap();
        let r = export.entities.regions.iter().find(|r| r.name == name);
        let r = r.unwrap_or_else(|| panic!("region {name} missing"));
        assert_eq!(r.parent.as_deref(), s(g, "parent"), "parent of {name}");
    }
}

#[test]
fn no_false_places() {
    let (_, export) = seeds();
    for bad in list(gold(), "not_regions").iter().filter_map(|v| v.as_str()) {
        assert!(
            !export.entities.regions.iter().any(|r| r.name == bad),
            "{bad} reported as a region"
        );
        for a in &export.articles {
            assert!(
                !a.regions.iter().any(|r| r == bad),
                "{bad} in regions of {}",
                a.id
            );
            assert!(
                !a.regions
                    .iter()
                    .any(|r| r.trim_end_matches(['市', '区', '县'])
                        == bad.trim_end_matches(['市', '区', '县'])),
                "{bad} (any form) in regions of {}",
                a.id
            );
        }
    }
}

#[test]
fn mentions_are_spans_into_the_text() {
    let (corpus, export) = seeds();
    for a in &export.articles {
        let article = corpus.articles.iter().find(|x| *x.id.0 == *a.id).unwrap();
        for m in &a.region_mentions {
            let text = article
                .paragraphs()
                .find(|p| p.id == m.span.paragraph)
                .map(|p| p.text.to_string())
                .or_else(|| {
                    m.span
                        .paragraph
                        .0
                        .ends_with("/title")
                        .then(|| article.title.clone())
                })
                .or_else(|| {
                    article
                        .subtitle
                        .clone()
                        .filter(|_| m.span.paragraph.0.ends_with("/subtitle"))
                })
                .expect("span names a paragraph of its article");
            let named: String = text
                .chars()
                .skip(m.span.start)
                .take(m.span.end - m.span.start)
                .collect();
            assert!(named.chars().count() >= 2, "{named}");
        }
    }
    assert!(export.articles.iter().all(|a| !a.region_mentions.is_empty()));
}

#[test]
fn focus_regions() {
    let (_, export) = seeds();
    let mut ok = 0;
    let golds = list(gold(), "articles");
    for g in golds {
        let a = export
            .articles
            .iter()
            .find(|a| base(&a.file) == s(g, "file").unwrap() && a.title.as_deref() == s(g, "title"));
        let got = a.and_then(|a| a.region.as_deref());
        if got == s(g, "focus_region") {
            ok += 1;
        } else {
            eprintln!(
                "focus of {}: {got:?}, gold {:?}",
                s(g, "title").unwrap(),
                s(g, "focus_region")
            );
        }
    }
    eprintln!("focus regions: {ok}/{}", golds.len());
    assert_eq!(ok, golds.len());
}

#[test]
fn article_regions_recall() {
    let (_, export) = seeds();
    let (mut found, mut total) = (0, 0);
    for g in list(gold(), "article_regions") {
        let a = export
            .articles
            .iter()
            .find(|a| base(&a.file) == s(g, "file").unwrap() && a.title.as_deref() == s(g, "title"));
        let Some(a) = a else { continue };
        for r in g["regions"].as_array().unwrap().iter().filter_map(|v| v.as_str()) {
            total += 1;
            if a.regions.iter().any(|x| x == r) {
                found += 1;
            } else {
                eprintln!("{} misses {r}; has {:?}", a.id, a.regions);
            }
        }
    }
    eprintln!("article regions: {found}/{total}");
    assert_eq!(found, total);
}

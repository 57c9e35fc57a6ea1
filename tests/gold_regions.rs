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
                a.title
            );
            assert!(
                !a.regions
                    .iter()
                    .any(|r| r.trim_end_matches(['市', '区', '县'])
                        == bad.trim_end_matches(['市', '区', '县'])),
                "{bad} (any form) in regions of {}",
                a.title
            );
        }
    }
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
            .find(|a| base(&a.file) == s(g, "file").unwrap() && a.title == s(g, "title").unwrap());
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
            .find(|a| base(&a.file) == s(g, "file").unwrap() && a.title == s(g, "title").unwrap());
        let Some(a) = a else { continue };
        for r in g["regions"].as_array().unwrap().iter().filter_map(|v| v.as_str()) {
            total += 1;
            if a.regions.iter().any(|x| x == r) {
                found += 1;
            } else {
                eprintln!("{} misses {r}; has {:?}", a.title, a.regions);
            }
        }
    }
    eprintln!("article regions: {found}/{total}");
    assert!(found * 100 >= total * 95);
}

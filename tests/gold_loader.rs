//! Scores the loader's export of the seeds against the hand annotation (tests/gold/seeds.json)
//! and fails below the bars the foundation issue sets.

mod common;

use common::{base, gold, list, s, seeds};
use zhaoshang::corpus::model::ParagraphKind;
use zhaoshang::export::ArticleOut;

fn find_article<'a>(articles: &'a [ArticleOut], file: &str, title: &str) -> Option<&'a ArticleOut> {
    articles
        .iter()
        .find(|a| base(&a.file) == file && a.title.as_deref() == Some(title))
}

#[test]
fn articles_titles_subtitles_authors_dates() {
    let (_, export) = seeds();
    let gold_articles = list(gold(), "articles");
    let mut exact = 0;
    for g in gold_articles {
        let file = s(g, "file").unwrap();
        let title = s(g, "title").unwrap();
        let Some(a) = find_article(&export.articles, file, title) else {
            eprintln!("missing article: {file} {title}");
            continue;
        };
        let authors: Vec<&str> = g["authors"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|v| v.as_str())
            .collect();
        let ok = a.subtitle.as_deref() == s(g, "subtitle")
            && a.authors == authors
            && a.date.as_deref() == s(g, "date");
        if ok {
            exact += 1;
        } else {
            eprintln!(
                "mismatch in {title}: subtitle {:?} authors {:?} date {:?}",
                a.subtitle, a.authors, a.date
            );
        }
        if let Some(page) = s(g, "page") {
            assert_eq!(a.page.as_deref(), Some(page), "page of {title}");
        }
        if let Some(publication) = s(g, "publication") {
            assert_eq!(
                a.publication.as_deref(),
                Some(publication),
                "publication of {title}"
            );
        }
    }
    eprintln!(
        "articles exact: {exact}/{}; exported {}",
        gold_articles.len(),
        export.articles.len()
    );
    assert_eq!(exact, gold_articles.len());
    assert_eq!(export.articles.len(), gold_articles.len(), "no extra articles");
}

#[test]
fn headings_as_sections() {
    let (_, export) = seeds();
    let (mut found, mut total, mut extra) = (0, 0, 0);
    for g in list(gold(), "articles") {
        let gold_headings: Vec<&str> = g["headings"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|v| v.as_str())
            .collect();
        total += gold_headings.len();
        let Some(a) = find_article(&export.articles, s(g, "file").unwrap(), s(g, "title").unwrap()) else {
            continue;
        };
        let ours: Vec<&str> = a.sections.iter().filter_map(|s| s.heading.as_deref()).collect();
        found += gold_headings.iter().filter(|h| ours.contains(h)).count();
        for h in ours.iter().filter(|h| !gold_headings.contains(h)) {
            eprintln!("extra heading in {}: {h}", a.id);
            extra += 1;
        }
    }
    eprintln!("headings: {found}/{total} found, {extra} extra");
    assert_eq!(found, total, "every gold heading");
    assert_eq!(extra, 0, "no extra headings");
}

#[test]
fn captions_are_captions() {
    let (_, export) = seeds();
    let (mut ok, mut total) = (0, 0);
    for g in list(gold(), "articles") {
        let Some(a) = find_article(&export.articles, s(g, "file").unwrap(), s(g, "title").unwrap()) else {
            continue;
        };
        for c in g["captions"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|v| v.as_str())
        {
            total += 1;
            let hit = a
                .sections
                .iter()
                .flat_map(|s| &s.paragraphs)
                .any(|p| p.kind == ParagraphKind::Caption && &*p.text == c);
            if hit {
                ok += 1;
            } else {
                eprintln!("caption not found as caption in {}: {c}", a.id);
            }
        }
    }
    eprintln!("captions: {ok}/{total}");
    assert_eq!(ok, total);
}

fn joined(file: &str, end: &str, next: &str) -> bool {
    let (_, export) = seeds();
    let needle = format!("{end}{next}");
    export
        .articles
        .iter()
        .filter(|a| base(&a.file) == file)
        .flat_map(|a| a.sections.iter().flat_map(|s| &s.paragraphs))
        .any(|p| p.kind == ParagraphKind::Body && p.text.contains(&needle))
}

#[test]
fn broken_paragraphs_are_rejoined() {
    let joins = list(gold(), "joins");
    let ok = joins
        .iter()
        .filter(|j| joined(s(j, "file").unwrap(), s(j, "end").unwrap(), s(j, "next").unwrap()))
        .count();
    for j in joins
        .iter()
        .filter(|j| !joined(s(j, "file").unwrap(), s(j, "end").unwrap(), s(j, "next").unwrap()))
    {
        eprintln!(
            "join missed: {} | {}",
            s(j, "end").unwrap(),
            s(j, "next").unwrap()
        );
    }
    eprintln!("joins: {ok}/{}", joins.len());
    assert_eq!(ok, joins.len());
}

#[test]
fn scrambled_paragraphs_are_rejoined() {
    let joins = list(gold(), "scrambled_joins");
    let ok = joins
        .iter()
        .filter(|j| joined(s(j, "file").unwrap(), s(j, "end").unwrap(), s(j, "next").unwrap()))
        .count();
    for j in joins
        .iter()
        .filter(|j| !joined(s(j, "file").unwrap(), s(j, "end").unwrap(), s(j, "next").unwrap()))
    {
        eprintln!(
            "scrambled join missed: {} | {}",
            s(j, "end").unwrap(),
            s(j, "next").unwrap()
        );
    }
    eprintln!("scrambled joins: {ok}/{}", joins.len());
    assert_eq!(ok, joins.len(), "every scrambled join");
}

#[test]
fn no_boilerplate_in_body() {
    let (_, export) = seeds();
    for b in list(gold(), "boilerplate").iter().filter_map(|v| v.as_str()) {
        for a in &export.articles {
            for p in a.sections.iter().flat_map(|s| &s.paragraphs) {
                assert!(!p.text.contains(b), "boilerplate {b:?} in {} {}", a.id, p.id);
            }
            for h in a.sections.iter().filter_map(|s| s.heading.as_deref()) {
                assert!(!h.contains(b), "boilerplate {b:?} as heading in {}", a.id);
            }
        }
    }
}

#[test]
fn paragraph_ids_are_unique_and_stable() {
    let (_, export) = seeds();
    let again = zhaoshang::export::Export::new(&zhaoshang::corpus::load(&[]).unwrap(), &Default::default());
    let ids: Vec<&str> = export
        .articles
        .iter()
        .flat_map(|a| a.sections.iter().flat_map(|s| &s.paragraphs))
        .map(|p| &*p.id.0)
        .collect();
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), ids.len());
    let ids_again: Vec<&str> = again
        .articles
        .iter()
        .flat_map(|a| a.sections.iter().flat_map(|s| &s.paragraphs))
        .map(|p| &*p.id.0)
        .collect();
    assert_eq!(ids, ids_again);
}

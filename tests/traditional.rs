//! The extractors on the seed corpus converted to Traditional Chinese: the same articles,
//! quotes, people, regions, projects, organisations and figures as the Simplified original
//! (strings compared in Simplified form: the Traditional run reports them as written).

use zhaoshang::corpus::model::Corpus;
use zhaoshang::corpus::{load_inputs, seed_inputs, Input};
use zhaoshang::export::Export;

fn s(x: &str) -> String {
    zhconv::zhconv(x, zhconv::Variant::ZhHans)
}

fn so(x: &Option<String>) -> Option<String> {
    x.as_deref().map(s)
}

/// The text in Traditional script, phrase by phrase as a converter writes it (藉助, 頭髮).
fn traditional(text: &str) -> String {
    zhconv::zhconv(text, zhconv::Variant::ZhHant)
}

/// The seeds as loaded, in Simplified and in Traditional script.
fn corpora() -> (Corpus, Corpus) {
    let trad_inputs: Vec<Input> = zhaoshang::corpus::SEEDS
        .iter()
        .map(|(name, text)| Input::from_bytes(*name, traditional(text).into_bytes()))
        .collect();
    (load_inputs(&seed_inputs()), load_inputs(&trad_inputs))
}

fn exports() -> (Export, Export) {
    let (simp, trad) = corpora();
    (
        Export::new(&simp, &zhaoshang::extract::extract(&simp)),
        Export::new(&trad, &zhaoshang::extract::extract(&trad)),
    )
}

/// Compares one view of both exports, naming the first difference.
fn same<T: PartialEq + std::fmt::Debug>(
    what: &str,
    es: &Export,
    et: &Export,
    f: impl Fn(&Export) -> Vec<T>,
) -> Option<String> {
    let (a, b) = (f(es), f(et));
    if a != b {
        let first = a
            .iter()
            .zip(&b)
            .position(|(x, y)| x != y)
            .unwrap_or(a.len().min(b.len()));
        return Some(format!(
            "{what}: {} in Simplified, {} in Traditional; first difference at {first}:\n  simplified:  {:?}\n  traditional: {:?}",
            a.len(),
            b.len(),
            a.get(first),
            b.get(first)
        ));
    }
    None
}

#[test]
fn traditional_seeds_extract_like_simplified() {
    let (es, et) = exports();
    assert_eq!(et.articles.len(), es.articles.len());
    let differences: Vec<String> = [
        same("focus regions", &es, &et, |e| {
            e.articles.iter().map(|a| a.region.clone()).collect()
        }),
        same("article regions", &es, &et, |e| {
            e.articles.iter().map(|a| a.regions.clone()).collect()
        }),
        same("quotes", &es, &et, |e| {
            e.entities
                .quotes
                .iter()
                .map(|q| {
                    (
                        so(&q.speaker),
                        so(&q.role),
                        so(&q.organization),
                        q.region.clone(),
                        s(&q.text),
                        q.direct,
                        q.span.clone(),
                    )
                })
                .collect()
        }),
        same("people", &es, &et, |e| {
            e.entities
                .people
                .iter()
                .map(|p| {
                    (
                        s(&p.name),
                        p.roles.iter().map(|r| s(r)).collect::<Vec<_>>(),
                        p.quotes.clone(),
                    )
                })
                .collect()
        }),
        same("regions", &es, &et, |e| {
            e.entities
                .regions
                .iter()
                .map(|r| (r.name.clone(), r.articles.clone()))
                .collect()
        }),
        same("projects", &es, &et, |e| {
            e.entities
                .projects
                .iter()
                .map(|p| {
                    (
                        s(&p.name),
                        p.region.clone(),
                        p.investment.as_ref().map(|m| m.value),
                        p.mentions.clone(),
                    )
                })
                .collect()
        }),
        same("organisations", &es, &et, |e| {
            e.entities
                .organizations
                .iter()
                .map(|o| (s(&o.name), o.kind.clone(), o.mentions.clone()))
                .collect()
        }),
        same("figures", &es, &et, |e| {
            e.entities
                .figures
                .iter()
                .map(|f| {
                    (
                        f.kind.to_string(),
                        f.value,
                        f.metric.as_deref().map(s),
                        f.region.clone(),
                        s(&f.text),
                        f.span.clone(),
                    )
                })
                .collect()
        }),
    ]
    .into_iter()
    .flatten()
    .collect();
    assert!(differences.is_empty(), "{}", differences.join("\n"));
}

/// The dashboard's money columns: the same values and periods, not empty (metrics and status
/// words are matched on the folded text, 到位內資 as 到位内资).
#[test]
fn traditional_seeds_fill_the_dashboard_like_simplified() {
    use zhaoshang::extract::districts;
    let (simp, trad) = corpora();
    let money_cells = |c: &Corpus| {
        let x = zhaoshang::extract::extract(c);
        let (compared, others) = districts::compared_and_others(c, &x);
        districts::rows(c, &x, &compared, &others)
            .iter()
            .flat_map(|r| {
                r.money.iter().map(|m| {
                    let v = |c: &Option<districts::Cell>| c.as_ref().map(|c| (c.value, c.period.clone()));
                    (v(&m.actual), v(&m.target), v(&m.prospective))
                })
            })
            .collect::<Vec<_>>()
    };
    let (ms, mt) = (money_cells(&simp), money_cells(&trad));
    assert_eq!(mt, ms, "dashboard money");
    assert!(mt.iter().filter(|m| m.0.is_some()).count() >= 4, "{mt:?}");
}

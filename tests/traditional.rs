//! The extractors on the seed corpus converted to Traditional Chinese: the same articles,
//! quotes, speakers and focus regions as the Simplified original.

use zhaoshang::corpus::{load_inputs, seed_inputs, Input};
use zhaoshang::export::Export;

fn simplified(s: &str) -> String {
    zhconv::zhconv(s, zhconv::Variant::ZhHans)
}

#[test]
fn traditional_seeds_extract_like_simplified() {
    let simp = load_inputs(&seed_inputs());
    let trad_inputs: Vec<Input> = zhaoshang::corpus::SEEDS
        .iter()
        .map(|(name, text)| {
            Input::from_bytes(*name, zhconv::zhconv(text, zhconv::Variant::ZhHant).into_bytes())
        })
        .collect();
    let trad = load_inputs(&trad_inputs);
    let es = Export::new(&simp, &zhaoshang::extract::extract(&simp));
    let et = Export::new(&trad, &zhaoshang::extract::extract(&trad));

    assert_eq!(et.articles.len(), es.articles.len());
    let focus = |e: &Export| e.articles.iter().map(|a| a.region.clone()).collect::<Vec<_>>();
    assert_eq!(focus(&et), focus(&es), "focus regions");

    let quotes = |e: &Export| {
        e.entities
            .quotes
            .iter()
            .map(|q| {
                (
                    q.speaker.as_deref().map(simplified),
                    q.role.as_deref().map(simplified),
                    q.direct,
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(quotes(&et), quotes(&es), "quotes and speakers");

    let money = |e: &Export| {
        e.entities
            .figures
            .iter()
            .filter(|f| f.kind == "money")
            .map(|f| f.value)
            .sum::<f64>()
    };
    assert_eq!(money(&et), money(&es), "money figures");
}

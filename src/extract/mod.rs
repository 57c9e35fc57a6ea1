//! Entities found in the corpus: regions, quotes, projects, organisations, people, figures.

pub mod figures;
pub mod gazetteer;
pub mod lexicon;
pub mod model;
pub mod orgs;
pub mod projects;
pub mod quotes;
pub mod regions;
pub mod text;

use crate::corpus::model::{Article, Corpus};
use crate::extract::gazetteer::gazetteer;
use crate::extract::model::Level;
pub use model::Entities;

/// The district a name names (梨树中广核燃机一体化调峰 → 梨树县), if any.
fn county_named_in(text: &str) -> Option<String> {
    let g = gazetteer();
    let bounds = text::word_boundaries(text);
    g.find(text, &|i| bounds.contains(&i))
        .into_iter()
        .flat_map(|h| h.candidates)
        .find(|&d| g.divisions[d].level == Level::County)
        .map(|d| g.divisions[d].name.clone())
}

/// Runs every extractor over the corpus.
pub fn extract(corpus: &Corpus) -> Entities {
    let (regions, article_regions, mentions) = regions::extract(&corpus.articles);
    let focus_of = |id: &crate::corpus::model::ArticleId| regions::region_of_article(&article_regions, id);
    let focus = |a: &Article| focus_of(&a.id);
    let (quotes, people) = quotes::extract(&corpus.articles, &focus);
    let projects = projects::extract(&corpus.articles, &focus_of, &county_named_in);
    let organizations = orgs::extract(&corpus.articles);
    let g = gazetteer();
    let name_of = |d: usize| g.divisions[d].name.clone();
    let figures = corpus
        .articles
        .iter()
        .zip(&mentions)
        .flat_map(|(a, m)| figures::article_figures(a, m, focus(a).as_deref(), &name_of))
        .collect();
    Entities {
        regions,
        quotes,
        projects,
        organizations,
        people,
        figures,
        article_regions,
    }
}

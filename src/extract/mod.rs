//! Entities found in the corpus: regions, quotes, projects, organisations, people, figures.

pub mod gazetteer;
pub mod lexicon;
pub mod model;
pub mod quotes;
pub mod regions;
pub mod text;

use crate::corpus::model::Corpus;
pub use model::Entities;

/// Runs every extractor over the corpus.
pub fn extract(corpus: &Corpus) -> Entities {
    let (regions, article_regions, _mentions) = regions::extract(&corpus.articles);
    let focus = |a: &crate::corpus::model::Article| regions::region_of_article(&article_regions, &a.id);
    let (quotes, people) = quotes::extract(&corpus.articles, &focus);
    Entities {
        regions,
        quotes,
        people,
        article_regions,
        ..Entities::default()
    }
}

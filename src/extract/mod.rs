//! Entities found in the corpus: regions, quotes, projects, organisations, people, figures.

pub mod gazetteer;
pub mod model;
pub mod regions;
pub mod text;

use crate::corpus::model::Corpus;
pub use model::Entities;

/// Runs every extractor over the corpus.
pub fn extract(corpus: &Corpus) -> Entities {
    let (regions, article_regions, _mentions) = regions::extract(&corpus.articles);
    Entities {
        regions,
        article_regions,
        ..Entities::default()
    }
}

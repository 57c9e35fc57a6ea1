//! The export document: the JSON contract shared by `zhaoshang export`, scripts and tests.

use crate::corpus::model::{Article, Corpus, Section, Warning};
use crate::extract::model::{ArticleRegions, RegionMention};
use crate::extract::Entities;
use serde::{Deserialize, Serialize};

/// One article as exported, with the regions the extractors gave it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ArticleOut {
    pub id: String,
    pub file: String,
    /// The headline; null when the page holds none.
    pub title: Option<String>,
    pub subtitle: Option<String>,
    pub authors: Vec<String>,
    pub date: Option<String>,
    pub publication: Option<String>,
    pub page: Option<String>,
    /// Where it was published on the web, when known.
    pub url: Option<String>,
    /// The site it was published on.
    pub site: Option<String>,
    /// Its record number in a dataset file.
    pub record: Option<usize>,
    /// The division the article is about.
    pub region: Option<String>,
    /// Every division it names.
    pub regions: Vec<String>,
    /// Where each division is named: region name and span.
    pub region_mentions: Vec<RegionMention>,
    pub sections: Vec<Section>,
}

/// The whole export.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Export {
    pub articles: Vec<ArticleOut>,
    #[serde(flatten)]
    pub entities: Entities,
    pub warnings: Vec<Warning>,
}

impl Export {
    /// Assembles the export from a loaded corpus and its entities.
    pub fn new(corpus: &Corpus, entities: &Entities) -> Self {
        let articles = corpus
            .articles
            .iter()
            .map(|a| article_out(a, entities.regions_of(&a.id)))
            .collect();
        Export {
            articles,
            entities: entities.clone(),
            warnings: corpus.warnings.clone(),
        }
    }
}

/// One article as exported, with the divisions the extractors found in it.
pub fn article_out(a: &Article, found: Option<&ArticleRegions>) -> ArticleOut {
    let (region, regions, region_mentions) = found
        .map(|r| (r.region.clone(), r.regions.clone(), r.mentions.clone()))
        .unwrap_or_default();
    ArticleOut {
        id: a.id.0.to_string(),
        file: a.file.clone(),
        title: Some(a.title.clone()).filter(|t| !t.is_empty()),
        subtitle: a.subtitle.clone(),
        authors: a.authors.clone(),
        date: a.date.clone(),
        publication: a.publication.clone(),
        page: a.page.clone(),
        url: a.url.clone(),
        site: a.site.clone(),
        record: a.record,
        region,
        regions,
        region_mentions,
        sections: a.sections.clone(),
    }
}

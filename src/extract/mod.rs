//! Entities found in the corpus: regions, quotes, projects, organisations, people, figures.
//!
//! Each article is read on its own (`article`, in parallel, and cacheable); `merge` then
//! joins what the articles found into the corpus-wide lists.

pub mod districts;
pub mod figures;
pub mod fold;
pub mod gazetteer;
pub mod lexicon;
pub mod model;
pub mod orgs;
pub mod projects;
pub mod quotes;
pub mod regions;
pub mod sources;
pub mod text;

use crate::corpus::model::{Article, Corpus};
use crate::extract::gazetteer::gazetteer;
use crate::extract::model::{ArticleRegions, Figure, Level, Quote};
use crate::extract::orgs::OrgMention;
use crate::extract::projects::ProjectMention;
use crate::extract::regions::RegionEntry;
pub use model::Entities;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

/// What one article yields, before merging.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ArticleExtract {
    pub regions: ArticleRegions,
    pub region_entries: Vec<RegionEntry>,
    pub quotes: Vec<Quote>,
    pub projects: Vec<ProjectMention>,
    pub orgs: Vec<OrgMention>,
    pub figures: Vec<Figure>,
}

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

/// Reads one article: every rule matches on its folded form (Simplified, one set of
/// punctuation), and what is reported is restored to the text as written.
pub fn article(written: &Article) -> ArticleExtract {
    let folded = fold::fold_article(written);
    let a: &Article = &folded;
    // Segmented once for the three extractors that read word boundaries.
    let words = text::Words::of(a);
    let orgs = orgs::article(a, &words);
    let (regions, region_entries) = regions::article(a, &words, &orgs);
    let focus = regions.region.clone();
    let mut found = ArticleExtract {
        quotes: quotes::article(a, focus.clone(), &words),
        projects: projects::article(a, focus.clone(), &regions.mentions, &county_named_in),
        orgs,
        figures: figures::article_figures(a, &regions.mentions, focus.as_deref()),
        regions,
        region_entries,
    };
    if let std::borrow::Cow::Owned(f) = &folded {
        restore(&mut found, &fold::Restorer::new(written, f));
    }
    found
}

/// Names and texts found in the folded article, as the article writes them (spans are the
/// same in both).
fn restore(found: &mut ArticleExtract, r: &fold::Restorer) {
    for q in &mut found.quotes {
        q.text = r.restore(&q.text);
        r.restore_opt(&mut q.speaker);
        r.restore_opt(&mut q.role);
        r.restore_opt(&mut q.organization);
        for o in &mut q.organizations {
            *o = r.restore(o);
        }
    }
    for p in &mut found.projects {
        p.name = r.restore(&p.name);
    }
    for o in &mut found.orgs {
        o.name = r.restore(&o.name);
    }
    for f in &mut found.figures {
        f.text = r.restore(&f.text).into();
    }
}

/// Joins the articles' findings (in corpus order) into the entity lists.
pub fn merge(articles: &[Article], per: Vec<ArticleExtract>) -> Entities {
    let ids = || articles.iter().map(|a| &a.id);
    let regions = regions::merge(ids().zip(per.iter().map(|e| e.region_entries.as_slice())));
    let projects = projects::merge(ids().zip(per.iter().map(|e| e.projects.as_slice())));
    let organizations = orgs::merge(ids().zip(per.iter().map(|e| e.orgs.as_slice())));
    // Sized once: a year of figures doubling its way up would hold half as much again.
    let mut quotes = Vec::with_capacity(per.iter().map(|e| e.quotes.len()).sum());
    let mut figures = Vec::with_capacity(per.iter().map(|e| e.figures.len()).sum());
    let mut article_regions = Vec::with_capacity(per.len());
    for e in per {
        quotes.extend(e.quotes);
        figures.extend(e.figures);
        article_regions.push(e.regions);
    }
    let people = quotes::people(&quotes);
    let by_article = model::ArticleIndex(
        articles
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.clone(), i))
            .collect(),
    );
    Entities {
        regions,
        quotes,
        projects,
        organizations,
        people,
        figures,
        article_regions,
        by_article,
    }
}

/// Runs every extractor over the corpus, articles in parallel.
pub fn extract(corpus: &Corpus) -> Entities {
    let per: Vec<ArticleExtract> = corpus.articles.par_iter().map(article).collect();
    merge(&corpus.articles, per)
}

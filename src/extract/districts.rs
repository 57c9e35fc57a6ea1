//! The district table: districts side by side with their articles, quotes, projects and the
//! money the text gives — results apart from targets, each figure once, one period per cell.
//! What the dashboard draws and `zhaoshang districts` prints.

use crate::corpus::model::{ArticleId, Corpus, ParagraphId};
use crate::extract::model::{Figure, Status};
use crate::extract::model::{Level, RegionCounts as Counts};
use crate::extract::Entities;
use serde::Serialize;

/// Money categories: heading and the metric words that belong to it (签约总额 and 引资额 are
/// signing; 到位内资 and 实际利用外资 money received; 总投资 and 计划投入 investment).
pub const CATEGORIES: &[(&str, &[&str])] = &[
    ("签约/引资", &["签约", "引资"]),
    ("到位资金", &["到位", "实际利用外资"]),
    ("投资额", &["投资", "计划投入"]),
];

/// The category a metric falls in, the first that fits.
pub fn category(metric: &str) -> Option<usize> {
    CATEGORIES
        .iter()
        .position(|(_, words)| words.iter().any(|w| metric.contains(w)))
}

/// One figure a cell was made from, with where it stands.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Source {
    pub article: ArticleId,
    pub paragraph: ParagraphId,
    /// As written (163.87亿元).
    pub text: String,
    /// CNY.
    pub value: f64,
    pub metric: String,
    pub status: Status,
    pub period: Option<String>,
}

/// The sum of the distinct figures of one period, and the figures of other periods left out.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Cell {
    /// CNY.
    pub value: f64,
    /// The period summed (2024年1-6月); the latest year, a whole year before its parts.
    pub period: Option<String>,
    /// The figures summed, each once.
    pub figures: Vec<Source>,
    /// Distinct figures of the same status from other periods, not added.
    pub other_periods: Vec<Source>,
}

/// One money category of a district: results, targets and money still talked about.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Money {
    pub category: String,
    pub actual: Option<Cell>,
    pub target: Option<Cell>,
    /// Negotiating and planned figures (洽谈项目…拟投资额), never added to the others.
    pub prospective: Option<Cell>,
}

/// One district's row.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Row {
    pub district: String,
    /// A district users compare; false for a larger division reported on as a whole (长春市,
    /// whose districts are compared) or a development zone.
    pub compared: bool,
    /// Articles whose focus it is.
    pub articles: usize,
    pub quotes: usize,
    pub projects: usize,
    /// One per [`CATEGORIES`], in order.
    pub money: Vec<Money>,
}

/// The other divisions articles are about, in code order: those not in `compared` — a
/// prefecture-level city whose districts have articles of their own (长春市), a development
/// zone. Reported on as a whole, their figures are no district's and are not compared.
pub fn others(corpus: &Corpus, e: &Entities, compared: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for a in &corpus.articles {
        if let Some(r) = e.article_regions(&a.id).0 {
            if !out.contains(&r) && !compared.contains(&r) {
                out.push(r);
            }
        }
    }
    out.sort_by_key(|d| {
        e.regions
            .iter()
            .find(|r| &r.name == d)
            .map(|r| (r.code.clone(), r.level))
    });
    out
}

/// The districts compared, in the Regions pane's order, and the others (see [`others`]).
pub fn compared_and_others(corpus: &Corpus, e: &Entities) -> (Vec<String>, Vec<String>) {
    let by_name: std::collections::HashMap<&str, usize> = e
        .regions
        .iter()
        .enumerate()
        .map(|(i, r)| (r.name.as_str(), i))
        .collect();
    let parent = |i: usize| {
        e.regions[i]
            .parent
            .as_deref()
            .and_then(|p| by_name.get(p).copied())
    };
    let (_, compared) = tree_and_districts(&e.regions, &e.region_counts(), &parent);
    let others = others(corpus, e, &compared);
    (compared, others)
}

/// A row of the region tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TreeRow {
    /// The division; `None` for the "also mentioned" node that folds the places no article
    /// is about (北京市, 上海市 named in passing).
    pub region: Option<usize>,
    pub depth: usize,
    /// True for the rows under the "also mentioned" node.
    pub mentioned_only: bool,
}

/// The region tree ordered by what the corpus is about, and the districts in that order.
///
/// Divisions with articles about them come first, the most written-about first (吉林省 ›
/// 长春市 › 朝阳区 before 北京市); top-level divisions no article is about are folded under one
/// "also mentioned" node at the end. A district is a county-level unit with articles about it
/// (朝阳区, 公主岭市), or a larger one whose articles name no such unit under it (四平市 when
/// no article is about 梨树县): the most specific places the corpus reports on.
pub fn tree_and_districts(
    regions: &[crate::extract::model::Region],
    counts: &[Counts],
    parent: &dyn Fn(usize) -> Option<usize>,
) -> (Vec<TreeRow>, Vec<String>) {
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); regions.len()];
    let mut roots = Vec::new();
    for i in 0..regions.len() {
        match parent(i) {
            Some(p) => children[p].push(i),
            None => roots.push(i),
        }
    }
    let key = |&i: &usize| {
        (
            std::cmp::Reverse(counts[i].about),
            regions[i].code.clone(),
            regions[i].level,
            regions[i].name.clone(),
        )
    };
    roots.sort_by_key(key);
    for c in &mut children {
        c.sort_by_key(key);
    }
    let (about, mentioned): (Vec<usize>, Vec<usize>) = roots.into_iter().partition(|&r| counts[r].about > 0);
    let mut tree = Vec::new();
    let walk = |tops: &[usize], depth: usize, mentioned_only: bool, tree: &mut Vec<TreeRow>| {
        let mut stack: Vec<(usize, usize)> = tops.iter().rev().map(|&r| (r, depth)).collect();
        while let Some((r, d)) = stack.pop() {
            tree.push(TreeRow {
                region: Some(r),
                depth: d,
                mentioned_only,
            });
            stack.extend(children[r].iter().rev().map(|&c| (c, d + 1)));
        }
    };
    walk(&about, 0, false, &mut tree);
    if !mentioned.is_empty() {
        tree.push(TreeRow {
            region: None,
            depth: 0,
            mentioned_only: false,
        });
        walk(&mentioned, 1, true, &mut tree);
    }
    let reported = |i: usize| counts[i].about > 0 && regions[i].level != Level::Zone;
    let districts = tree
        .iter()
        .filter_map(|t| t.region)
        .filter(|&i| {
            reported(i) && (regions[i].level == Level::County || !children[i].iter().any(|&c| reported(c)))
        })
        .map(|i| regions[i].name.clone())
        .collect();
    (tree, districts)
}

/// The table's rows: one per district compared, in order, then one per other division
/// articles are about (`compared: false`).
pub fn rows(corpus: &Corpus, e: &Entities, compared: &[String], others: &[String]) -> Vec<Row> {
    let names = compared
        .iter()
        .map(|n| (n, true))
        .chain(others.iter().map(|n| (n, false)));
    names
        .map(|(name, is_compared)| {
            let mut per: Vec<[Vec<&Figure>; 3]> = vec![Default::default(); CATEGORIES.len()];
            for f in e.figures.iter().filter(|f| {
                f.kind == "money" && f.unit == "CNY" && f.region.as_deref() == Some(name.as_str())
            }) {
                let (Some(k), Some(status)) = (f.metric.as_deref().and_then(category), f.status) else {
                    continue;
                };
                let slot = match status {
                    Status::Actual => 0,
                    Status::Target => 1,
                    Status::Negotiating | Status::Planned => 2,
                };
                per[k][slot].push(f);
            }
            let money = per
                .into_iter()
                .zip(CATEGORIES)
                .map(|([actual, target, prospective], (heading, _))| Money {
                    category: (*heading).to_owned(),
                    actual: cell(&actual),
                    target: cell(&target),
                    prospective: cell(&prospective),
                })
                .collect();
            Row {
                district: name.clone(),
                compared: is_compared,
                articles: corpus
                    .articles
                    .iter()
                    .filter(|a| e.article_regions(&a.id).0.as_deref() == Some(name))
                    .count(),
                quotes: e
                    .quotes
                    .iter()
                    .filter(|q| q.region.as_deref() == Some(name))
                    .count(),
                projects: e
                    .projects
                    .iter()
                    .filter(|p| p.region.as_deref() == Some(name))
                    .count(),
                money,
            }
        })
        .collect()
}

/// The year a period starts with (`2024年1-6月` → 2024).
fn year_of(period: Option<&str>) -> Option<i32> {
    period?.get(0..4)?.parse().ok()
}

/// Distinct figures (the same value, category and period stated twice is one figure: 力争引资额
/// 突破80亿元 and 明确2026年……引资额突破80亿元的目标 — a figure without a period is the same
/// as one of equal value with a period), summed over one period.
fn cell(figures: &[&Figure]) -> Option<Cell> {
    let mut distinct: Vec<Source> = Vec::new();
    let mut ordered: Vec<&Figure> = figures.to_vec();
    // Stable: figures with a period first, so the undated repeat is the one dropped.
    ordered.sort_by_key(|f| f.period.is_none());
    for f in ordered {
        let period = f.period.as_deref().map(str::to_owned);
        if distinct
            .iter()
            .any(|d| d.value == f.value && (d.period == period || period.is_none()))
        {
            continue;
        }
        distinct.push(Source {
            article: f.article.clone(),
            paragraph: f.paragraph.clone(),
            text: f.text.to_string(),
            value: f.value,
            metric: f.metric.as_deref().unwrap_or_default().to_owned(),
            status: f.status.unwrap_or(Status::Actual),
            period,
        });
    }
    // The latest year; in it the whole year (2026年) before a part (2026年一季度), then the
    // period with more figures.
    let mut periods: Vec<Option<String>> = Vec::new();
    for d in &distinct {
        if !periods.contains(&d.period) {
            periods.push(d.period.clone());
        }
    }
    let count = |p: &Option<String>| distinct.iter().filter(|d| &d.period == p).count();
    let chosen = periods.into_iter().max_by_key(|p| {
        let whole = p
            .as_deref()
            .is_some_and(|p| p.chars().count() == 5 && p.ends_with('年'));
        (year_of(p.as_deref()), whole, count(p))
    })?;
    let (figures, other_periods): (Vec<Source>, Vec<Source>) =
        distinct.into_iter().partition(|d| d.period == chosen);
    Some(Cell {
        value: figures.iter().map(|f| f.value).sum(),
        period: chosen,
        figures,
        other_periods,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_and_targets_apart_each_figure_once() {
        let c = crate::corpus::load(&[]).unwrap_or_default();
        let e = crate::extract::extract(&c);
        let (compared, others) = compared_and_others(&c, &e);
        let rows = rows(&c, &e, &compared, &others);
        let jiutai = rows.iter().find(|r| r.district == "九台区").map(|r| &r.money[1]);
        let received = jiutai.and_then(|m| m.actual.as_ref()).map(|c| c.value);
        assert_eq!(received, Some(16_387_000_000.0));
        let target = jiutai.and_then(|m| m.target.as_ref()).map(|c| c.value);
        assert_eq!(target, Some(26_000_000_000.0));
        assert_eq!(category("签约总额"), Some(0));
        assert_eq!(category("拟投资额"), Some(2));
    }

    #[test]
    fn the_table_lists_the_districts_compared_then_the_cities_reported_on_whole() {
        let c = crate::corpus::load(&[]).unwrap_or_default();
        let e = crate::extract::extract(&c);
        let (compared, others) = compared_and_others(&c, &e);
        // The Regions pane's order: 朝阳区 (two articles) first, then by division code.
        assert_eq!(
            compared,
            [
                "朝阳区",
                "南关区",
                "宽城区",
                "绿园区",
                "九台区",
                "公主岭市",
                "四平市"
            ]
        );
        // One article is about 长春市 as a whole; its districts are compared, it is not.
        assert_eq!(others, ["长春市"]);
        let rows = rows(&c, &e, &compared, &others);
        let names: Vec<(&str, bool)> = rows.iter().map(|r| (r.district.as_str(), r.compared)).collect();
        assert_eq!(names.last(), Some(&("长春市", false)));
        assert!(names[..7].iter().all(|&(_, c)| c));
        // Every article about a place has its row: none is lost by the split.
        assert_eq!(rows.iter().map(|r| r.articles).sum::<usize>(), c.articles.len());
    }
}

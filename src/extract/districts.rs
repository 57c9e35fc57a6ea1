//! The district table: districts side by side with their articles, quotes, projects and the
//! money the text gives — results apart from targets, each figure once, one period per cell.
//! What the dashboard draws and `zhaoshang districts` prints.

use crate::corpus::model::{ArticleId, Corpus, ParagraphId, Within};
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
    rows_within(corpus, e, compared, others, &Within::all())
}

/// [`rows`] of the articles `within` keeps (a date filter): their figures, quotes and the
/// projects named in them.
pub fn rows_within(
    corpus: &Corpus,
    e: &Entities,
    compared: &[String],
    others: &[String],
    within: &Within,
) -> Vec<Row> {
    let names = compared
        .iter()
        .map(|n| (n, true))
        .chain(others.iter().map(|n| (n, false)));
    names
        .map(|(name, is_compared)| {
            let mut per: Vec<[Vec<&Figure>; 3]> = vec![Default::default(); CATEGORIES.len()];
            for f in e.figures.iter().filter(|f| {
                // A headline's amount repeats the body's or sums it up: never added again.
                f.kind == "money"
                    && !f.paragraph.is_headline()
                    && f.unit == "CNY"
                    && f.region.as_deref() == Some(name.as_str())
                    && within.keeps(&f.article)
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
                    .filter(|a| within.keeps(&a.id) && e.article_regions(&a.id).0.as_deref() == Some(name))
                    .count(),
                quotes: e
                    .quotes
                    .iter()
                    .filter(|q| q.region.as_deref() == Some(name) && within.keeps(&q.article))
                    .count(),
                projects: e
                    .projects
                    .iter()
                    .filter(|p| p.region.as_deref() == Some(name) && named_within(p, within))
                    .count(),
                money,
            }
        })
        .collect()
}

/// True when a project is named in an article `within` keeps.
fn named_within(p: &crate::extract::model::Project, within: &Within) -> bool {
    within.is_all() || p.articles.iter().any(|a| within.keeps(a))
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

/// What the timeline counts per month: articles about the district, quotes given for it,
/// projects in it (by the first dated article naming each).
pub const SERIES: [&str; 3] = ["articles", "quotes", "projects"];

/// Per district, articles, quotes and projects per month.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Timeline {
    /// `YYYY-MM`, oldest first: every month from the first to the last (only those with
    /// something in them when the span is longer than twenty years).
    pub months: Vec<String>,
    pub rows: Vec<TimelineRow>,
}

/// One district of the timeline.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct TimelineRow {
    pub district: String,
    /// Per [`SERIES`], a count per month of [`Timeline::months`].
    pub counts: [Vec<usize>; 3],
    /// Per [`SERIES`], what has no date (an undated article's quotes and projects too).
    pub undated: [usize; 3],
}

/// `2024-08` of a `2024-08-01` date, when it is a real month.
fn month_of(date: Option<&str>) -> Option<String> {
    let d = date?;
    let (y, m) = (d.get(0..4)?, d.get(5..7)?);
    let ok = y.chars().all(|c| c.is_ascii_digit()) && m.parse::<u32>().is_ok_and(|m| (1..=12).contains(&m));
    ok.then(|| format!("{y}-{m}"))
}

/// The months from `first` to `last`, both `YYYY-MM`.
fn months_between(first: &str, last: &str) -> Vec<String> {
    let parse = |s: &str| -> Option<i64> {
        Some(s.get(0..4)?.parse::<i64>().ok()? * 12 + s.get(5..7)?.parse::<i64>().ok()? - 1)
    };
    let (Some(a), Some(b)) = (parse(first), parse(last)) else {
        return Vec::new();
    };
    (a..=b)
        .map(|n| format!("{:04}-{:02}", n / 12, n % 12 + 1))
        .collect()
}

/// The timeline of districts `names`: each article, quote and project counted in the month of
/// its article (a project: its first dated article) for every district of `names` it lies in.
/// Only the articles `within` keeps count, and under a date filter (`dates`) the axis holds
/// only the months it reaches: `:since 2025-01` starts the chart in January 2025.
pub fn timeline(
    corpus: &Corpus,
    e: &Entities,
    names: &[String],
    dates: &crate::corpus::model::DateRange,
) -> Timeline {
    let within = Within::new(corpus, dates);
    use std::collections::{BTreeSet, HashMap};
    let position = corpus.positions();
    let article_month: Vec<Option<String>> = corpus
        .articles
        .iter()
        .map(|a| month_of(a.date.as_deref()))
        .collect();
    let month_of_article = |id: &ArticleId| position.get(&*id.0).and_then(|&i| article_month[i].clone());
    let month_within = |id: &ArticleId| within.keeps(id).then(|| month_of_article(id)).flatten();
    // Which of `names` each region lies in, worked out once per region (not per item).
    let mut under: HashMap<String, Vec<usize>> = HashMap::new();
    let mut districts_of = |region: Option<&str>| -> Vec<usize> {
        let Some(r) = region else { return Vec::new() };
        under
            .entry(r.to_owned())
            .or_insert_with(|| (0..names.len()).filter(|&d| e.within(r, &names[d])).collect())
            .clone()
    };
    // (series, district, month or none)
    let mut hits: Vec<(usize, usize, Option<String>)> = Vec::new();
    for (i, a) in corpus.articles.iter().enumerate() {
        if !within.keeps(&a.id) {
            continue;
        }
        let focus = e.article_regions(&a.id).0;
        for d in districts_of(focus.as_deref()) {
            hits.push((0, d, article_month[i].clone()));
        }
    }
    for q in e.quotes.iter().filter(|q| within.keeps(&q.article)) {
        for d in districts_of(q.region.as_deref()) {
            hits.push((1, d, month_of_article(&q.article)));
        }
    }
    for p in e.projects.iter().filter(|p| named_within(p, &within)) {
        let month = p.articles.iter().filter_map(&month_within).min();
        for d in districts_of(p.region.as_deref()) {
            hits.push((2, d, month.clone()));
        }
    }
    // The axis spans the corpus's dated articles, so districts compare on one axis.
    let present: BTreeSet<String> = article_month
        .iter()
        .flatten()
        .cloned()
        .chain(hits.iter().filter_map(|(_, _, m)| m.clone()))
        .collect();
    // Under a date filter the axis is the filter's months that have articles, and any between.
    let present: BTreeSet<String> = present.into_iter().filter(|m| dates.overlaps_month(m)).collect();
    let months = match (present.first(), present.last()) {
        (Some(a), Some(b)) => {
            let all = months_between(a, b);
            if all.len() <= 240 {
                all
            } else {
                present.iter().cloned().collect()
            }
        }
        _ => Vec::new(),
    };
    let index: HashMap<&str, usize> = months.iter().enumerate().map(|(i, m)| (m.as_str(), i)).collect();
    let mut rows: Vec<TimelineRow> = names
        .iter()
        .map(|n| TimelineRow {
            district: n.clone(),
            counts: std::array::from_fn(|_| vec![0; months.len()]),
            undated: [0; 3],
        })
        .collect();
    for (series, d, month) in hits {
        match month.as_deref().and_then(|m| index.get(m)) {
            Some(&i) => rows[d].counts[series][i] += 1,
            None => rows[d].undated[series] += 1,
        }
    }
    Timeline { months, rows }
}

/// One district for the side-by-side comparison: its table row, its projects by stated
/// investment and its sources by number of quotes.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Profile {
    pub row: Row,
    /// Name and stated investment (CNY), the largest first, then those without one.
    pub projects: Vec<(String, Option<f64>)>,
    /// Label, role and number of quotes given for the district, the most first.
    pub sources: Vec<(String, String, usize)>,
}

/// The profile of district `name` (its subdivisions included for projects and sources).
pub fn profile(
    corpus: &Corpus,
    e: &Entities,
    sources: &[crate::extract::sources::Source],
    name: &str,
    within: &Within,
) -> Profile {
    let row = rows_within(corpus, e, &[name.to_owned()], &[], within).remove(0);
    let mut projects: Vec<(String, Option<f64>)> = e
        .projects
        .iter()
        .filter(|p| p.region.as_deref().is_some_and(|r| e.within(r, name)) && named_within(p, within))
        .map(|p| (p.name.clone(), p.investment.as_ref().map(|m| m.value)))
        .collect();
    projects.sort_by(|a, b| b.1.unwrap_or(-1.0).total_cmp(&a.1.unwrap_or(-1.0)));
    let mut quoted: Vec<(String, String, usize)> = sources
        .iter()
        .map(|s| {
            let n = s
                .quotes
                .iter()
                .filter(|&&q| {
                    let quote = &e.quotes[q];
                    within.keeps(&quote.article) && quote.region.as_deref().is_some_and(|r| e.within(r, name))
                })
                .count();
            (s.label.clone(), s.role.clone(), n)
        })
        .filter(|(_, _, n)| *n > 0)
        .collect();
    quoted.sort_by_key(|s| std::cmp::Reverse(s.2));
    Profile {
        row,
        projects,
        sources: quoted,
    }
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
    fn a_headlines_amount_is_never_added_to_the_bodys() {
        for text in [
            "宽城区签约总额超100亿元\n\n宽城区签约项目12个，其中甲项目签约额60亿元，乙项目签约额40亿元。\n",
            "寬城區簽約總額超100億元\n\n寬城區簽約項目12個，其中甲項目簽約額60億元，乙項目簽約額40億元。\n",
        ] {
            let c = Corpus {
                articles: crate::corpus::load_text("t.txt", "t", text),
                ..Default::default()
            };
            let e = crate::extract::extract(&c);
            assert!(e.figures.iter().any(|f| f.paragraph.is_headline()), "{text}");
            let names = ["宽城区".to_owned()];
            let row = &rows(&c, &e, &names, &[])[0];
            let signed = row.money[0].actual.as_ref().map(|c| c.value);
            assert_eq!(signed, Some(100e8), "{text}");
        }
    }

    #[test]
    fn the_timeline_counts_per_month_and_keeps_the_undated_apart() {
        let c = crate::corpus::load(&[]).unwrap();
        let e = crate::extract::extract(&c);
        let names = vec!["九台区".to_owned(), "朝阳区".to_owned()];
        let t = timeline(&c, &e, &names, &Default::default());
        // The two dated seeds: 2024-08 and 2026-01, every month between.
        assert_eq!(t.months.first().map(String::as_str), Some("2024-08"));
        assert_eq!(t.months.last().map(String::as_str), Some("2026-01"));
        assert_eq!(t.months.len(), 18);
        let jiutai = &t.rows[0];
        assert_eq!(
            jiutai.counts[0].iter().sum::<usize>() + jiutai.undated[0],
            1 + jiutai.undated[0]
        );
        assert_eq!(jiutai.counts[0][0], 1, "九台区's article of 2024-08-01");
        assert_eq!(
            t.rows[1].counts[0].iter().sum::<usize>(),
            0,
            "朝阳区's articles are undated"
        );
        assert!(t.rows[1].undated[0] >= 2);
        assert_eq!(
            months_between("2024-11", "2025-02"),
            ["2024-11", "2024-12", "2025-01", "2025-02"]
        );
    }

    #[test]
    fn a_profile_ranks_projects_by_investment_and_sources_by_quotes() {
        let c = crate::corpus::load(&[]).unwrap();
        let e = crate::extract::extract(&c);
        let sources = crate::extract::sources::sources(&e);
        let p = profile(&c, &e, &sources, "宽城区", &Within::all());
        assert!(
            p.sources.iter().any(|(l, _, n)| l == "周凯" && *n == 2),
            "{:?}",
            p.sources
        );
        let values: Vec<f64> = p.projects.iter().map_while(|(_, v)| *v).collect();
        assert!(values.windows(2).all(|w| w[0] >= w[1]), "{values:?}");
        assert_eq!(p.row.district, "宽城区");
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

//! Scoring the extraction of real pages against a hand annotation (`zhaoshang eval`).
//!
//! The gold format is the development set's (`tests/dev/gold.min.json`): one entry per page
//! file with its title, the regions it is about, its quotes (speaker, role, direct, the first
//! characters said), its named projects and its money amounts as written. Every comparison is
//! made on a folded form (Traditional → Simplified, full-width → ASCII, no spacing), so a page
//! in Traditional is matched by what the extractors report from it.

use crate::corpus::model::{ArticleId, Corpus};
use crate::extract::model::Quote;
use crate::extract::Entities;
use crate::search::keys::fold_query;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// One annotated page.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct GoldPage {
    /// The page's file name (`01.txt`), matched against the loaded files' names.
    pub file: String,
    #[serde(default)]
    pub url: Option<String>,
    /// The headline; null when the page holds none.
    #[serde(default)]
    pub title: Option<String>,
    /// False when the headline is known but not in the page's text.
    #[serde(default = "yes")]
    pub title_in_text: bool,
    /// Full Simplified names of the divisions the page is about (长春市朝阳区).
    #[serde(default)]
    pub regions: Vec<String>,
    #[serde(default)]
    pub quotes: Vec<GoldQuote>,
    #[serde(default)]
    pub projects: Vec<String>,
    #[serde(default)]
    pub money: Vec<String>,
}

fn yes() -> bool {
    true
}

/// One statement of the annotation.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct GoldQuote {
    /// The name as written; null for an anonymous source.
    pub speaker: Option<String>,
    #[serde(default)]
    pub role: Option<String>,
    #[serde(default)]
    pub direct: bool,
    /// The first characters of what was said, as written.
    pub start: String,
}

/// Found over total for one measure, with what was missed (or wrongly reported).
#[derive(Clone, Debug, Default, Serialize)]
pub struct Measure {
    pub name: &'static str,
    pub found: usize,
    pub total: usize,
    /// The bar for this measure, as a fraction.
    pub bar: f64,
    /// One line per miss: `file: what`.
    pub misses: Vec<String>,
}

impl Measure {
    fn new(name: &'static str, bar: f64) -> Self {
        Measure {
            name,
            bar,
            ..Default::default()
        }
    }

    fn hit(&mut self, ok: bool, file: &str, miss: impl FnOnce() -> String) {
        self.total += 1;
        if ok {
            self.found += 1;
        } else {
            self.misses.push(format!("{file}: {}", miss()));
        }
    }

    /// The share found (1 when there is nothing to find).
    pub fn ratio(&self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            self.found as f64 / self.total as f64
        }
    }

    /// Whether the measure reaches its bar.
    pub fn passes(&self) -> bool {
        self.ratio() >= self.bar
    }
}

/// The scores of one run.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    /// Pages of the annotation that were loaded and scored.
    pub pages: usize,
    /// Pages of the annotation with no loaded file of that name.
    pub missing: Vec<String>,
    pub measures: Vec<Measure>,
}

/// Folded for comparison: Simplified, ASCII punctuation, lower case, no spacing, and without
/// the pinyin some pages print after characters (the loader takes it out of the text; the
/// gold quotes the page as written, and a gold start may end inside one: `優(y`).
pub fn fold(s: &str) -> String {
    let s = crate::corpus::normalize::strip_pinyin_annotations(s);
    let mut s: &str = &s;
    if let Some(open) = s.rfind('(') {
        let cut = &s[open + 1..];
        let after_han = s[..open]
            .chars()
            .next_back()
            .is_some_and(crate::corpus::decode::is_han);
        // (A start may end on the bracket itself: 當(dāng)前機(.)
        if after_han
            && cut
                .chars()
                .all(|c| c.is_ascii_lowercase() || crate::corpus::normalize::is_toned_vowel(c))
        {
            s = &s[..open];
        }
    }
    fold_query(s).chars().filter(|c| !c.is_whitespace()).collect()
}

/// A reported statement matches a gold one when the first 8 characters of the gold start
/// occur within the first 40 of what it reports (the development set's rule).
pub fn quote_matches(gold_start: &str, text: &str) -> bool {
    let start: String = fold(gold_start).chars().take(8).collect();
    let head: String = fold(text).chars().take(40).collect();
    !start.is_empty() && head.contains(&start)
}

/// Attributed: the same speaker; for an anonymous source, no name and roles that contain one
/// another.
pub fn attributed(gold: &GoldQuote, q: &Quote) -> bool {
    match gold.speaker.as_deref().map(fold).filter(|s| !s.is_empty()) {
        Some(name) => q.speaker.as_deref().map(fold).as_deref() == Some(name.as_str()),
        None => {
            let (Some(g), Some(r)) = (gold.role.as_deref().map(fold), q.role.as_deref().map(fold)) else {
                return q.speaker.is_none();
            };
            q.speaker.is_none() && !g.is_empty() && !r.is_empty() && (g.contains(&r) || r.contains(&g))
        }
    }
}

/// A reported project names a gold one: equal, or one holding the other when the shorter is
/// at least four characters and half the longer (`中铁长春东北亚博览项目` ~ `东北亚博览项目`).
/// The company a text writes before a project may be written or left out on either side
/// (`…餐饮有限公司乌苏里江冷水鱼项目` ~ `乌苏里江冷水鱼项目`): annotations differ on it.
pub fn project_matches(gold: &str, reported: &str) -> bool {
    let (g, r) = (fold(gold), fold(reported));
    holds_most_of(&g, &r) || holds_most_of(without_owner(&g), without_owner(&r))
}

/// A project's name after the firm written before it: what follows its last 公司 or 集团
/// (firms only: a bureau's 局 or a department's 部 also reads inside names, 东部新城), when
/// at least four characters are left.
fn without_owner(name: &str) -> &str {
    let cut = ["公司", "集团"]
        .iter()
        .filter_map(|w| name.rfind(w).map(|at| at + w.len()))
        .max();
    match cut {
        Some(at) if name[at..].chars().count() >= 4 => &name[at..],
        _ => name,
    }
}

fn holds_most_of(g: &str, r: &str) -> bool {
    if g == r {
        return true;
    }
    let (short, long) = if g.chars().count() <= r.chars().count() {
        (g, r)
    } else {
        (r, g)
    };
    let (s, l) = (short.chars().count(), long.chars().count());
    s >= 4 && 2 * s >= l && long.contains(short)
}

/// Whether a division's full name (黑龙江省黑河市嫩江市) is the one a page's annotation names
/// (嫩江市): its end, or — a county made a city or a district since (撤县设市, 撤县设区:
/// 嫩江县 → 嫩江市) — its end with the old suffix.
fn names_division(full: &str, gold: &str) -> bool {
    if full.ends_with(gold) {
        return true;
    }
    let renamed = |name: &str, from: char, to: &[char]| {
        name.strip_suffix(from).is_some_and(|stem| {
            // In a prefecture: a county's level, not a prefecture's own (长春市 was never 长春县).
            let in_prefecture = |f: &str| {
                f.strip_suffix(stem)
                    .is_some_and(|p| ["市", "州", "盟", "地区"].iter().any(|w| p.ends_with(w)))
            };
            stem.chars().count() >= 2
                && to
                    .iter()
                    .any(|&t| full.strip_suffix(t).is_some_and(in_prefecture))
        })
    };
    renamed(gold, '县', &['市', '区'])
}

/// A title as the loader gave it, or none (an empty title is no title).
fn reported_title(corpus: &Corpus, ids: &[ArticleId]) -> Option<String> {
    let first = ids.first()?;
    corpus
        .article(first)
        .map(|a| a.title.trim().to_owned())
        .filter(|t| !t.is_empty())
}

/// The file name of a path as loaded (`dev/pages/01.txt` → `01.txt`).
fn base_name(file: &str) -> &str {
    file.rsplit(['/', '\\']).next().unwrap_or(file)
}

/// Scores the corpus (loaded from the annotated pages) against the annotation.
pub fn score(gold: &[GoldPage], corpus: &Corpus, entities: &Entities) -> Report {
    let mut by_file: HashMap<&str, Vec<ArticleId>> = HashMap::new();
    for a in &corpus.articles {
        by_file.entry(base_name(&a.file)).or_default().push(a.id.clone());
    }
    let mut quotes_found = Measure::new("quotes found (recall)", 0.90);
    let mut quotes_attr = Measure::new("quotes attributed to the right speaker", 0.90);
    let mut quote_prec = Measure::new("quote precision", 0.95);
    let mut titles = Measure::new("title, where the page text holds the headline", 0.90);
    let mut no_titles = Measure::new("no title where the page holds no headline", 0.90);
    let mut focus = Measure::new("focus region among the regions the article is about", 0.90);
    let mut proj_recall = Measure::new("project recall", 0.90);
    let mut proj_prec = Measure::new("project precision", 0.80);
    let mut money = Measure::new("money amounts found", 0.95);
    let mut missing = Vec::new();
    let mut pages = 0;

    for page in gold {
        let Some(ids) = by_file.get(page.file.as_str()) else {
            missing.push(page.file.clone());
            continue;
        };
        pages += 1;
        let file = page.file.as_str();
        let in_page: HashSet<&ArticleId> = ids.iter().collect();

        // Titles: the first article's, against the headline when the text holds one.
        let title = reported_title(corpus, ids);
        match (&page.title, page.title_in_text) {
            (Some(g), true) => titles.hit(title.as_deref().map(fold) == Some(fold(g)), file, || {
                format!("title {:?}, expected {g:?}", title.as_deref().unwrap_or("(none)"))
            }),
            _ => no_titles.hit(title.is_none(), file, || {
                format!("title {:?}, expected none", title.as_deref().unwrap_or(""))
            }),
        }

        // Focus: the first article's region, one of those the page is about.
        let (region, _) = entities.article_regions(&ids[0]);
        let full = region
            .as_deref()
            .and_then(|r| entities.regions.iter().find(|x| x.name == r))
            .map(|r| fold(&r.full_name));
        let about: Vec<String> = page.regions.iter().map(|r| fold(r)).collect();
        if !about.is_empty() {
            let ok = full
                .as_deref()
                .is_some_and(|f| about.iter().any(|g| names_division(f, g)));
            focus.hit(ok, file, || {
                format!(
                    "focus {:?}, about {:?}",
                    region.as_deref().unwrap_or("(none)"),
                    page.regions
                )
            });
        }

        // Quotes: each gold statement matched once, to the reported quote that starts with it
        // (an attributed one first).
        let reported: Vec<&Quote> = entities
            .quotes
            .iter()
            .filter(|q| in_page.contains(&q.article))
            .collect();
        let mut used = vec![false; reported.len()];
        for g in &page.quotes {
            let candidates: Vec<usize> = (0..reported.len())
                .filter(|&i| !used[i] && quote_matches(&g.start, &reported[i].text))
                .collect();
            let pick = candidates
                .iter()
                .copied()
                .find(|&i| attributed(g, reported[i]))
                .or_else(|| candidates.first().copied());
            let who = g.speaker.as_deref().or(g.role.as_deref()).unwrap_or("?");
            quotes_found.hit(pick.is_some(), file, || format!("not found: {who}: {}", g.start));
            let ok = pick.is_some_and(|i| attributed(g, reported[i]));
            quotes_attr.hit(ok, file, || match pick {
                Some(i) => format!(
                    "{}: {} — reported as {} / {}",
                    who,
                    g.start,
                    reported[i].speaker.as_deref().unwrap_or("-"),
                    reported[i].role.as_deref().unwrap_or("-")
                ),
                None => format!("not found: {who}: {}", g.start),
            });
            if let Some(i) = pick {
                used[i] = true;
            }
        }
        for (i, q) in reported.iter().enumerate() {
            quote_prec.hit(used[i], file, || {
                let head: String = q.text.chars().take(24).collect();
                format!(
                    "not in the gold: {} / {}: {head}",
                    q.speaker.as_deref().unwrap_or("-"),
                    q.role.as_deref().unwrap_or("-")
                )
            });
        }

        // Projects: recall over the gold names, precision over what was reported.
        let projects: Vec<&str> = entities
            .projects
            .iter()
            .filter(|p| p.articles.iter().any(|a| in_page.contains(a)))
            .map(|p| p.name.as_str())
            .collect();
        for g in &page.projects {
            let ok = projects.iter().any(|r| project_matches(g, r));
            proj_recall.hit(ok, file, || format!("not found: {g}"));
        }
        for r in &projects {
            let ok = page.projects.iter().any(|g| project_matches(g, r));
            proj_prec.hit(ok, file, || format!("not in the gold: {r}"));
        }

        // Money: each amount as written, among the money figures of the page.
        let amounts: Vec<String> = entities
            .figures
            .iter()
            .filter(|f| f.kind == "money" && in_page.contains(&f.article))
            .map(|f| fold(&f.text))
            .collect();
        for g in &page.money {
            let want = fold(g);
            money.hit(amounts.contains(&want), file, || format!("not found: {g}"));
        }
    }
    Report {
        pages,
        missing,
        measures: vec![
            quotes_found,
            quotes_attr,
            quote_prec,
            titles,
            no_titles,
            focus,
            proj_recall,
            proj_prec,
            money,
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_county_made_a_city_is_the_same_division() {
        assert!(names_division("黑龙江省黑河市嫩江市", "嫩江市"));
        assert!(names_division("黑龙江省黑河市嫩江市", "嫩江县"));
        assert!(names_division("吉林省长春市九台区", "九台县"));
        assert!(!names_division("黑龙江省黑河市嫩江市", "黑河县"));
        assert!(!names_division("吉林省长春市", "长春县"));
    }

    #[test]
    fn quote_start_matches_within_the_first_forty_characters_folded() {
        assert!(quote_matches(
            "朝陽區既是省會城市中",
            "朝阳区既是省会城市中心城区，也是……"
        ));
        assert!(quote_matches(
            "在項目建設中,感受到",
            "在项目建设中，感受到长春市……"
        ));
        // A gold start cut inside a pinyin gloss, its tone mark and all.
        assert!(quote_matches("圍繞汽車產(chǎn", "圍繞汽車產業，總投資135億元……"));
        assert!(quote_matches("當(dāng)前機(", "當前機遇疊加、前景無限……"));
        assert!(!quote_matches("下一步我们将继续", "今年以来，全区签约项目……"));
        let late = format!("{}下一步我们将继续加大投资", "很".repeat(40));
        assert!(!quote_matches("下一步我们将继续", &late));
    }

    #[test]
    fn projects_match_equal_or_one_holding_most_of_the_other() {
        assert!(project_matches(
            "中鐵長春東北亞博覽項目",
            "中铁长春东北亚博览项目"
        ));
        assert!(project_matches("中铁长春东北亚博览项目", "长春东北亚博览项目"));
        assert!(!project_matches("中铁长春东北亚博览项目", "博览项目"));
        assert!(!project_matches("永春现代生物医药城", "项目"));
        // The firm before a project, written on one side only.
        assert!(project_matches(
            "乌苏里江冷水鱼项目",
            "佳木斯市乌苏里江餐饮有限公司乌苏里江冷水鱼项目"
        ));
        assert!(project_matches(
            "北京建龍重工集團有限公司吉林白城綠色鑄鍛產業園",
            "吉林白城绿色铸锻产业园"
        ));
        assert!(!project_matches(
            "吉林白城绿色铸锻产业园",
            "北京建龙重工集团有限公司"
        ));
    }

    fn quote(speaker: Option<&str>, role: Option<&str>) -> Quote {
        Quote {
            id: "q".into(),
            article: ArticleId("a-1".into()),
            paragraph: crate::corpus::model::ParagraphId("a-1/p1".into()),
            speaker: speaker.map(str::to_owned),
            role: role.map(str::to_owned),
            organization: None,
            organizations: vec![],
            region: None,
            text: String::new(),
            direct: true,
            span: crate::extract::model::Span {
                paragraph: crate::corpus::model::ParagraphId("a-1/p1".into()),
                start: 0,
                end: 0,
            },
            via: crate::extract::model::Via::SpeakerBefore,
        }
    }

    #[test]
    fn attribution_by_name_or_by_anonymous_role() {
        let named = GoldQuote {
            speaker: Some("許軍".into()),
            role: Some("區長".into()),
            direct: false,
            start: "x".into(),
        };
        assert!(attributed(&named, &quote(Some("许军"), None)));
        assert!(!attributed(&named, &quote(Some("许涛"), None)));
        let anon = GoldQuote {
            speaker: None,
            role: Some("企业负责人".into()),
            direct: true,
            start: "x".into(),
        };
        assert!(attributed(
            &anon,
            &quote(None, Some("吉林某某有限公司企业负责人"))
        ));
        assert!(!attributed(&anon, &quote(Some("王明"), Some("企业负责人"))));
        assert!(!attributed(&anon, &quote(None, Some("区长"))));
    }
}

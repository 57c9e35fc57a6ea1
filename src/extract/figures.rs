//! Figures: money normalised to a value and currency, counts, percentages, areas and dates,
//! each with the metric it measures, its region, article and paragraph.

use crate::corpus::layout::{asset_lines, ymd};
use crate::corpus::model::Article;
use crate::extract::model::{Figure, Money, RegionMention, Span};
use compact_str::CompactString;
use regex::Regex;
use std::sync::OnceLock;

struct Patterns {
    money: Regex,
    percent: Regex,
    points: Regex,
    area: Regex,
    count: Regex,
    date: Regex,
    metrics: Vec<String>,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        let re = |p: &str| Regex::new(p).unwrap_or_else(|e| panic!("built-in pattern {p}: {e}"));
        let mut metrics: Vec<String> =
            asset_lines(include_str!("../../assets/extract/metrics.txt")).map(String::from).collect();
        metrics.sort_by_key(|m| std::cmp::Reverse(m.chars().count()));
        Patterns {
            money: re(r"(\d+(?:\.\d+)?)\s*(万亿|萬億|亿|億|千万|千萬|百万|百萬|万|萬|千)?\s*(美元|欧元|歐元|港元|日元|英镑|英鎊|元|美金)"),
            percent: re(r"(\d+(?:\.\d+)?)\s*[%％]|百分之(\d+(?:\.\d+)?)"),
            points: re(r"(\d+(?:\.\d+)?)\s*个百分点"),
            area: re(r"(\d+(?:\.\d+)?)\s*(万|萬)?\s*(平方米|平方公里|平方千米|公顷|公頃|亩|畝|平米)"),
            count: re(r"(\d+(?:\.\d+)?)\s*(万|萬)?\s*(个|個|家|户|戶|项|項|次|名|人|座|条|條|处|處|类|類|场|場|批|辆|輛|吨|噸|天)"),
            date: re(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日"),
            metrics,
        }
    })
}

fn multiplier(unit: &str) -> f64 {
    match unit {
        "万亿" | "萬億" => 1e12,
        "亿" | "億" => 1e8,
        "千万" | "千萬" => 1e7,
        "百万" | "百萬" => 1e6,
        "万" | "萬" => 1e4,
        "千" => 1e3,
        _ => 1.0,
    }
}

fn currency(unit: &str) -> &'static str {
    match unit {
        "美元" | "美金" => "USD",
        "欧元" | "歐元" => "EUR",
        "港元" => "HKD",
        "日元" => "JPY",
        "英镑" | "英鎊" => "GBP",
        _ => "CNY",
    }
}

/// The first amount of money in `text` and the byte range it spans (callers check what
/// stands after it).
pub fn parse_money_span(text: &str) -> Option<(Money, std::ops::Range<usize>)> {
    let c = patterns().money.captures(text)?;
    let n: f64 = c[1].parse().ok()?;
    let m = multiplier(c.get(2).map_or("", |m| m.as_str()));
    let money = Money {
        value: (n * m).round(),
        currency: currency(&c[3]).to_owned(),
    };
    Some((money, c.get(0)?.range()))
}

/// `218.82亿元` → 21,882,000,000 CNY; `300万美元` → 3,000,000 USD.
pub fn parse_money(text: &str) -> Option<Money> {
    parse_money_span(text).map(|(m, _)| m)
}

/// A match: kind, value, unit, char range, date.
struct Raw {
    kind: &'static str,
    value: f64,
    unit: String,
    start: usize,
    end: usize,
    date: Option<String>,
}

fn char_index(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}

/// Every figure in one text, earlier kinds winning where matches overlap (a money amount is
/// not also a count).
fn raw_figures(text: &str, year: Option<i32>) -> Vec<Raw> {
    let p = patterns();
    let mut out: Vec<Raw> = Vec::new();
    let overlaps = |out: &[Raw], s: usize, e: usize| out.iter().any(|r| s < r.end && r.start < e);
    for c in p.money.captures_iter(text) {
        let (Some(m), Ok(n)) = (c.get(0), c[1].parse::<f64>()) else {
            continue;
        };
        let mult = multiplier(c.get(2).map_or("", |m| m.as_str()));
        out.push(Raw {
            kind: "money",
            value: (n * mult).round(),
            unit: currency(&c[3]).to_owned(),
            start: char_index(text, m.start()),
            end: char_index(text, m.end()),
            date: None,
        });
    }
    for c in p.points.captures_iter(text) {
        let (Some(m), Ok(n)) = (c.get(0), c[1].parse::<f64>()) else {
            continue;
        };
        let (s, e) = (char_index(text, m.start()), char_index(text, m.end()));
        if !overlaps(&out, s, e) {
            out.push(Raw {
                kind: "percentage_points",
                value: n,
                unit: "pp".into(),
                start: s,
                end: e,
                date: None,
            });
        }
    }
    for c in p.percent.captures_iter(text) {
        let Some(m) = c.get(0) else { continue };
        let Some(Ok(n)) = c.get(1).or_else(|| c.get(2)).map(|g| g.as_str().parse::<f64>()) else {
            continue;
        };
        let (s, e) = (char_index(text, m.start()), char_index(text, m.end()));
        if !overlaps(&out, s, e) {
            out.push(Raw {
                kind: "percent",
                value: n,
                unit: "%".into(),
                start: s,
                end: e,
                date: None,
            });
        }
    }
    for c in p.area.captures_iter(text) {
        let (Some(m), Ok(n)) = (c.get(0), c[1].parse::<f64>()) else {
            continue;
        };
        let mult = if c.get(2).is_some() { 1e4 } else { 1.0 };
        let unit = match &c[3] {
            "平方米" | "平米" => "m2",
            "平方公里" | "平方千米" => "km2",
            "公顷" | "公頃" => "ha",
            _ => "mu",
        };
        let (s, e) = (char_index(text, m.start()), char_index(text, m.end()));
        if !overlaps(&out, s, e) {
            out.push(Raw {
                kind: "area",
                value: n * mult,
                unit: unit.into(),
                start: s,
                end: e,
                date: None,
            });
        }
    }
    for c in p.date.captures_iter(text) {
        let Some(m) = c.get(0) else { continue };
        let y = c
            .get(1)
            .map(|y| y.as_str().to_owned())
            .or_else(|| year.map(|y| y.to_string()));
        let date = y.and_then(|y| ymd(&y, &c[2], &c[3]));
        let (s, e) = (char_index(text, m.start()), char_index(text, m.end()));
        if !overlaps(&out, s, e) {
            out.push(Raw {
                kind: "date",
                value: 0.0,
                unit: "date".into(),
                start: s,
                end: e,
                date,
            });
        }
    }
    for c in p.count.captures_iter(text) {
        let (Some(m), Ok(n)) = (c.get(0), c[1].parse::<f64>()) else {
            continue;
        };
        let mult = if c.get(2).is_some() { 1e4 } else { 1.0 };
        let (s, e) = (char_index(text, m.start()), char_index(text, m.end()));
        if !overlaps(&out, s, e) {
            out.push(Raw {
                kind: "count",
                value: n * mult,
                unit: c[3].to_owned(),
                start: s,
                end: e,
                date: None,
            });
        }
    }
    out.sort_by_key(|r| r.start);
    out
}

fn is_clause_break(c: char) -> bool {
    matches!(
        c,
        '，' | ',' | '。' | '；' | ';' | '！' | '？' | '：' | ':' | '、'
    )
}

/// The metric a figure measures: the nearest keyword before it in its clause, else the first
/// after it (65个|重点项目).
fn metric(chars: &[char], start: usize, end: usize) -> Option<String> {
    let p = patterns();
    let from = (0..start)
        .rev()
        .find(|&j| is_clause_break(chars[j]))
        .map_or(0, |j| j + 1);
    let before: String = chars[from..start].iter().collect();
    let best_before = p
        .metrics
        .iter()
        .filter_map(|m| before.rfind(m.as_str()).map(|pos| (pos + m.len(), m)))
        .max_by_key(|(end, m)| (*end, m.len()));
    if let Some((_, m)) = best_before {
        return Some(m.clone());
    }
    let to = (end..chars.len())
        .find(|&j| is_clause_break(chars[j]))
        .unwrap_or(chars.len());
    let after: String = chars[end..to.min(end + 12)].iter().collect();
    p.metrics
        .iter()
        .filter_map(|m| after.find(m.as_str()).map(|pos| (pos, m)))
        .min_by_key(|(pos, m)| (*pos, std::cmp::Reverse(m.len())))
        .map(|(_, m)| m.clone())
}

/// Figures of one article. `mentions` are its resolved region mentions: a figure belongs to
/// the region the text gives it ([`region_before`](crate::extract::regions::region_before)),
/// else to the article's focus.
pub fn article_figures(a: &Article, mentions: &[RegionMention], focus: Option<&str>) -> Vec<Figure> {
    let mut out = Vec::new();
    for p in a.paragraphs() {
        let chars: Vec<char> = p.text.chars().collect();
        for r in raw_figures(&p.text, a.year()) {
            let region = crate::extract::regions::region_before(
                mentions,
                &p.id,
                &chars,
                r.start,
                crate::extract::regions::Scope::Sentence,
                &|_| true,
            )
            .or_else(|| focus.map(CompactString::from));
            out.push(Figure {
                kind: r.kind.into(),
                value: r.value,
                unit: r.unit.into(),
                metric: if r.kind == "date" {
                    None
                } else {
                    metric(&chars, r.start, r.end).map(CompactString::from)
                },
                region,
                article: a.id.clone(),
                paragraph: p.id.clone(),
                text: chars[r.start..r.end].iter().collect(),
                date: r.date.map(CompactString::from),
                span: Span {
                    paragraph: p.id.clone(),
                    start: r.start,
                    end: r.end,
                },
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(String, f64, String, Option<String>)> {
        let chars: Vec<char> = text.chars().collect();
        raw_figures(text, Some(2026))
            .into_iter()
            .map(|r| {
                let m = metric(&chars, r.start, r.end);
                (r.kind.to_owned(), r.value, r.date.unwrap_or(r.unit), m)
            })
            .collect()
    }

    #[test]
    fn money_is_normalised() {
        assert_eq!(
            parse_money("实现到位资金218.82亿元").map(|m| (m.value, m.currency)),
            Some((21_882_000_000.0, "CNY".into()))
        );
        assert_eq!(
            parse_money("实际利用外资300万美元").map(|m| (m.value, m.currency)),
            Some((3_000_000.0, "USD".into()))
        );
        assert_eq!(
            parse_money("總投資15億元").map(|m| m.value),
            Some(1_500_000_000.0)
        );
    }

    #[test]
    fn figures_with_metrics() {
        let f = kinds("明确全年目标：签约项目100个、落位项目36个、省外引资额55亿元、实际利用外资300万美元。");
        assert_eq!(
            f[0],
            ("count".into(), 100.0, "个".into(), Some("签约项目".into()))
        );
        assert_eq!(f[1], ("count".into(), 36.0, "个".into(), Some("落位项目".into())));
        assert_eq!(
            f[2],
            (
                "money".into(),
                5_500_000_000.0,
                "CNY".into(),
                Some("省外引资额".into())
            )
        );
        assert_eq!(
            f[3],
            (
                "money".into(),
                3_000_000.0,
                "USD".into(),
                Some("实际利用外资".into())
            )
        );
    }

    #[test]
    fn percent_area_count_after_and_dates() {
        let f = kinds(
            "出租率已显著提升至40%，占地面积5.8万平方米，65个重点项目全面铺开，第三产业占比提高2.8个百分点。",
        );
        assert_eq!(f[0], ("percent".into(), 40.0, "%".into(), Some("出租率".into())));
        assert_eq!(
            f[1],
            ("area".into(), 58_000.0, "m2".into(), Some("占地面积".into()))
        );
        assert_eq!(f[2], ("count".into(), 65.0, "个".into(), Some("重点项目".into())));
        assert_eq!(f[3].0, "percentage_points");
        let f = kinds("国商眼镜城于3月15日试营业，该项目于2025年9月28日开工。");
        assert_eq!(f[0].2, "2026-03-15");
        assert_eq!(f[1].2, "2025-09-28");
    }
}

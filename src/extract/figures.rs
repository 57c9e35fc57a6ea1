//! Figures: money normalised to a value and currency, counts, percentages, areas and dates,
//! each with the metric it measures, its region, article and paragraph.

use crate::corpus::layout::{asset_lines, ymd};
use crate::corpus::model::{Article, ParagraphId};
use crate::extract::model::{Figure, Money, RegionMention, Span, Status};
use crate::extract::text::{folded_chars, sentence_start, WordSet};
use compact_str::CompactString;
use regex::Regex;
use std::sync::OnceLock;

struct Patterns {
    money: Regex,
    /// An amount written in Chinese numerals, in 万 or 亿 (三十二点九亿元, 五千万元).
    cn_money: Regex,
    /// An amount in 万/亿 with no currency (签约额15亿): money after a word of money.
    bare_money: Regex,
    money_words: WordSet,
    percent: Regex,
    points: Regex,
    area: Regex,
    count: Regex,
    date: Regex,
    metrics: WordSet,
    year: Regex,
    months: Regex,
    markers: Markers,
}

/// The words that give a figure its status and period (assets/extract/figure_*.txt).
struct Markers {
    completed: WordSet,
    results: WordSet,
    targets: WordSet,
    negotiating: WordSet,
    planned: WordSet,
    periods: WordSet,
    /// Period word → how it is written (`year`, `last year`, `1-6月`, `一季度`).
    period_forms: std::collections::HashMap<String, String>,
}

fn markers() -> Markers {
    let set = |t: &'static str| WordSet::new(asset_lines(t));
    let mut period_forms = std::collections::HashMap::new();
    for l in asset_lines(include_str!("../../assets/extract/figure_periods.txt")) {
        if let Some((w, form)) = l.split_once('\t') {
            period_forms.insert(w.trim().to_owned(), form.trim().to_owned());
        }
    }
    Markers {
        completed: set(include_str!("../../assets/extract/figure_completed.txt")),
        results: set(include_str!("../../assets/extract/figure_results.txt")),
        targets: set(include_str!("../../assets/extract/figure_targets.txt")),
        negotiating: set(include_str!("../../assets/extract/figure_negotiating.txt")),
        planned: set(include_str!("../../assets/extract/figure_planned.txt")),
        periods: WordSet::new(period_forms.keys()),
        period_forms,
    }
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        let re = |p: &str| Regex::new(p).unwrap_or_else(|e| panic!("built-in pattern {p}: {e}"));
        let metrics = WordSet::new(asset_lines(include_str!("../../assets/extract/metrics.txt")));
        Patterns {
            // 134余亿元, 1000多亿元, 10万余元: 余/多 ("more than") after the number or the unit.
            // 1亿4800万美元: 亿 and 万 in one amount; 4,800: thousands grouped by commas.
            money: re(r"(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*[余多]?\s*(?:(?P<yi>亿|億)(?P<n2>\d{1,3}(?:,\d{3})+|\d+)(?:万|萬)|(?P<u>万亿|萬億|亿|億|千万|千萬|百万|百萬|万|萬|千))?\s*[余多]?\s*(?P<cur>美元|欧元|歐元|港元|日元|英镑|英鎊|元|美金)"),
            cn_money: re(r"(?P<n>[一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?)\s*[余多]?\s*(?P<u>万亿|萬億|亿|億|千万|千萬|百万|百萬|万|萬)\s*[余多]?\s*(?P<cur>美元|欧元|歐元|港元|日元|英镑|英鎊|元|美金)"),
            bare_money: re(r"(\d+(?:\.\d+)?)\s*[余多]?\s*(万亿|萬億|亿|億|千万|千萬|百万|百萬|万|萬)[余多]?"),
            money_words: WordSet::new(asset_lines(include_str!("../../assets/extract/money_words.txt"))),
            percent: re(r"(\d+(?:\.\d+)?)\s*[%％]|百分之(\d+(?:\.\d+)?)"),
            points: re(r"(\d+(?:\.\d+)?)\s*个百分点"),
            area: re(r"(\d+(?:\.\d+)?)\s*(万|萬)?\s*(平方米|平方公里|平方千米|公顷|公頃|亩|畝|平米)"),
            count: re(r"(\d+(?:\.\d+)?)\s*(万|萬)?\s*(个|個|家|户|戶|项|項|次|名|人|座|条|條|处|處|类|類|场|場|批|辆|輛|吨|噸|天)"),
            date: re(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日"),
            metrics,
            year: re(r"(?:^|[^0-9])((?:19|20)\d{2})\s*年"),
            months: re(r"(\d{1,2})\s*[-—–~～至到]\s*(\d{1,2})\s*月"),
            markers: markers(),
        }
    })
}

/// Whether a word names what a figure measures (产值, 销售收入).
pub(crate) fn is_metric(word: &str) -> bool {
    patterns().metrics.contains(word)
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
    let money = Money {
        value: money_value(&c)?,
        currency: currency(&c["cur"]).to_owned(),
    };
    Some((money, c.get(0)?.range()))
}

/// The value of a match of the money pattern: its number times its unit, or 亿 and 万 added.
fn money_value(c: &regex::Captures) -> Option<f64> {
    let number = |g: &str| c.name(g)?.as_str().replace(',', "").parse::<f64>().ok();
    let n = number("n")?;
    let value = match number("n2") {
        Some(wan) => n * 1e8 + wan * 1e4,
        None => n * multiplier(c.name("u").map_or("", |m| m.as_str())),
    };
    Some(value.round())
}

/// A number written in Chinese numerals below ten thousand, with a decimal part after 点
/// (三十二点九 → 32.9, 两千五百 → 2500, 十五 → 15).
fn chinese_number(text: &str) -> Option<f64> {
    let digit = |c: char| match c {
        '零' | '〇' => Some(0.0),
        '一' => Some(1.0),
        '二' | '两' => Some(2.0),
        '三' => Some(3.0),
        '四' => Some(4.0),
        '五' => Some(5.0),
        '六' => Some(6.0),
        '七' => Some(7.0),
        '八' => Some(8.0),
        '九' => Some(9.0),
        _ => None,
    };
    let (whole, frac) = text.split_once('点').map_or((text, None), |(w, f)| (w, Some(f)));
    let mut total = 0.0;
    let mut current: Option<f64> = None;
    for c in whole.chars() {
        let place = match c {
            '十' => 10.0,
            '百' => 100.0,
            '千' => 1000.0,
            _ => {
                current = Some(digit(c)?);
                continue;
            }
        };
        // 十五: a place with no digit before it counts one of it.
        total += current.take().unwrap_or(1.0) * place;
    }
    total += current.unwrap_or(0.0);
    if let Some(f) = frac {
        let mut scale = 0.1;
        for c in f.chars() {
            total += digit(c)? * scale;
            scale /= 10.0;
        }
    }
    (total > 0.0).then_some(total)
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
fn raw_figures(text: &str, year: Option<i32>, headline: bool) -> Vec<Raw> {
    let p = patterns();
    let mut out: Vec<Raw> = Vec::new();
    let overlaps = |out: &[Raw], s: usize, e: usize| out.iter().any(|r| s < r.end && r.start < e);
    for c in p.money.captures_iter(text) {
        let (Some(m), Some(value)) = (c.get(0), money_value(&c)) else {
            continue;
        };
        out.push(Raw {
            kind: "money",
            value,
            unit: currency(&c["cur"]).to_owned(),
            start: char_index(text, m.start()),
            end: char_index(text, m.end()),
            date: None,
        });
    }
    for c in p.cn_money.captures_iter(text) {
        let (Some(m), Some(n)) = (c.get(0), chinese_number(&c["n"])) else {
            continue;
        };
        let (s, e) = (char_index(text, m.start()), char_index(text, m.end()));
        if !overlaps(&out, s, e) {
            out.push(Raw {
                kind: "money",
                value: (n * multiplier(&c["u"])).round(),
                unit: currency(&c["cur"]).to_owned(),
                start: s,
                end: e,
                date: None,
            });
        }
    }
    let chars: Vec<char> = text.chars().collect();
    for c in p.bare_money.captures_iter(text) {
        let (Some(m), Ok(n)) = (c.get(0), c[1].parse::<f64>()) else {
            continue;
        };
        let (s, e) = (char_index(text, m.start()), char_index(text, m.end()));
        if !overlaps(&out, s, e) && is_bare_money(&chars, s, e, headline) {
            out.push(Raw {
                kind: "money",
                value: (n * multiplier(&c[2])).round(),
                unit: "CNY".into(),
                start: s,
                end: e,
                date: None,
            });
        }
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

/// Measure words and units that make a bare 万/亿 a quantity (5000万吨, 10万人, 3亿千瓦时).
const QUANTITY_UNITS: &str =
    "吨人个家户项次名座条处类场批辆台套件张份册部架艘株头只亩平方公千瓦度立米斤克元美欧港日英";

/// A bare 万/亿 amount at `start..end` of `chars` is money: a word of money stands right before
/// it in its clause (签约额15亿, 总投资达3亿: a few characters such as 达, 约, 超过 may come
/// between) and no unit of quantity follows it. A headline drops the words a sentence needs
/// (…招商引资工作获丰收 达113亿): there an amount that nothing follows is money.
fn is_bare_money(chars: &[char], start: usize, end: usize, headline: bool) -> bool {
    if chars.get(end).is_some_and(|c| QUANTITY_UNITS.contains(*c)) {
        return false;
    }
    if headline && chars.get(end).is_none_or(|c| !crate::corpus::decode::is_han(*c)) {
        return true;
    }
    let from = (0..start)
        .rev()
        .find(|&j| is_clause_break(chars[j]))
        .map_or(0, |j| j + 1)
        .max(start.saturating_sub(12));
    last_word(&patterns().money_words, chars, from, start).is_some_and(|(e, _)| start - e <= 3)
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
    // The metric named last before the figure in its clause (the longest of those ending
    // there), else the first one in the dozen characters after it.
    if let Some((e, n)) = last_word(&p.metrics, chars, from, start) {
        return Some(chars[e - n..e].iter().collect());
    }
    let to = (end..chars.len())
        .find(|&j| is_clause_break(chars[j]))
        .unwrap_or(chars.len())
        .min(end + 12);
    (end..to).find_map(|i| {
        p.metrics
            .all_at(chars, i)
            .find(|&(_, n)| i + n <= to)
            .map(|(k, _)| p.metrics.word(k))
    })
}

/// Figures of one article. `mentions` are its resolved region mentions: a figure belongs to
/// the region the text gives it ([`region_before`](crate::extract::regions::region_before)),
/// else to the article's focus. Words are matched on the folded text (Traditional →
/// Simplified), spans and `text` are the original's.
pub fn article_figures(a: &Article, mentions: &[RegionMention], focus: Option<&str>) -> Vec<Figure> {
    let mut out = Vec::new();
    // The article comes folded to Simplified (extract::fold); figures also read full-width
    // punctuation as ASCII. The headline's amounts count too (通化市22个项目集中签约 总投资249亿元),
    // on the headline's id: the body usually repeats them, so the district table never adds them.
    let texts: Vec<(ParagraphId, &str, Vec<char>)> = crate::extract::regions::article_texts(a)
        .into_iter()
        .map(|(id, t, _)| (id, t, folded_chars(t)))
        .collect();
    // Undated, an article's year is not guessed from the years it names (预计2027年投产).
    let year = a.year();
    for (pid, text, folded) in &texts {
        // Every figure pattern reads a number (`\d`, which `is_numeric` covers): a paragraph
        // without one, half of them, is not searched seven times over.
        // (Or an amount in Chinese numerals, which 万 or 亿 always follows: 三十二点九亿元.)
        if !folded
            .iter()
            .any(|&c| may_be_digit(c) || matches!(c, '亿' | '万'))
        {
            continue;
        }
        let chars: Vec<char> = text.chars().collect();
        let folded_text: String = folded.iter().collect();
        let headline = pid.is_headline();
        for r in raw_figures(&folded_text, year, headline) {
            if headline && r.kind != "money" {
                continue;
            }
            let region = crate::extract::regions::region_before(
                mentions,
                pid,
                &chars,
                r.start,
                crate::extract::regions::Scope::Sentence,
                &|_| true,
            )
            .or_else(|| focus.map(CompactString::from));
            let dated = r.kind == "date";
            out.push(Figure {
                kind: r.kind.into(),
                value: r.value,
                unit: r.unit.into(),
                metric: if dated {
                    None
                } else {
                    metric(folded, r.start, r.end).map(CompactString::from)
                },
                region,
                article: a.id.clone(),
                paragraph: pid.clone(),
                text: chars[r.start..r.end].iter().collect(),
                date: r.date.map(CompactString::from),
                span: Span {
                    paragraph: pid.clone(),
                    start: r.start,
                    end: r.end,
                },
                status: (!dated).then(|| status(folded, r.start, r.end)),
                period: if dated {
                    None
                } else {
                    period(folded, r.start, year).map(CompactString::from)
                },
            });
        }
    }
    out
}

/// False for a character `\d` cannot match (a Han ideograph is never a digit; asking
/// `is_numeric` of each is a table search).
fn may_be_digit(c: char) -> bool {
    c.is_ascii_digit() || !c.is_ascii() && !('\u{4E00}'..='\u{9FFF}').contains(&c) && c.is_numeric()
}

/// The last word of `set` that ends within `[from, to)` of `chars`: (end, length).
fn last_word(set: &WordSet, chars: &[char], from: usize, to: usize) -> Option<(usize, usize)> {
    set.last_ending_within(chars, from, to)
}

/// Whether a figure reports a result, a goal, or money still talked about, by the words of its
/// sentence before it (and a 目标 closing its clause: 引资额突破80亿元的目标).
fn status(chars: &[char], start: usize, end: usize) -> Status {
    let m = &patterns().markers;
    let from = sentence_start(chars, start);
    let completed = last_word(&m.completed, chars, from, start);
    let result = last_word(&m.results, chars, from, start);
    let target = last_word(&m.targets, chars, from, start);
    let negotiating = last_word(&m.negotiating, chars, from, start);
    let planned = last_word(&m.planned, chars, from, start);
    // The list a 的目标 closes runs over 、: 落地招商项目50个以上、引资额突破80亿元的目标.
    let clause_end = (end..chars.len())
        .find(|&j| matches!(chars[j], '，' | ',' | '。' | '；' | ';' | '！' | '？' | '!' | '?'))
        .unwrap_or(chars.len());
    let target_after = last_word(&m.targets, chars, end, clause_end).is_some();
    let nearest = [
        (completed, Status::Actual, true),
        (result, Status::Actual, false),
        (target, Status::Target, false),
        (negotiating, Status::Negotiating, false),
        (planned, Status::Planned, false),
    ]
    .into_iter()
    .filter_map(|(w, s, strong)| w.map(|w| (w, s, strong)))
    .max_by_key(|&(w, _, _)| w);
    match nearest {
        // 累计到位内资163.87亿元: done, whatever was aimed at before.
        Some((_, Status::Actual, true)) => Status::Actual,
        // 确保全年……完成内资到位资金260亿元: the modal governs the result verb.
        Some((_, Status::Actual, false)) if target.is_some() || target_after => Status::Target,
        // 新增洽谈项目194个、拟投资额1483.01亿元: planned money of projects in negotiation.
        Some((_, Status::Planned, _)) if negotiating.is_some() => Status::Negotiating,
        Some((_, s, _)) => s,
        None if target_after => Status::Target,
        None => Status::Actual,
    }
}

/// The period a figure covers: the part of the year (1-6月份, 一季度, 上半年) its sentence
/// names before it, the year its paragraph names before it (2023年，…地区生产总值完成835.8亿元),
/// else the article's `year` (全年, 今年, or no period: the year reported).
fn period(chars: &[char], start: usize, year: Option<i32>) -> Option<String> {
    let p = patterns();
    let from = sentence_start(chars, start);
    let paragraph_before: String = chars[..start].iter().collect();
    let before: String = chars[from..start].iter().collect();
    let char_end = |byte: usize| before[..byte].chars().count();
    // The part of the year, the nearest one named: (end, form).
    let mut part: Option<(usize, String)> = p
        .months
        .captures_iter(&before)
        .filter_map(|c| {
            let (a, b) = (c[1].parse::<u32>().ok()?, c[2].parse::<u32>().ok()?);
            let end = char_end(c.get(0)?.end());
            // 1-12月 is the whole year.
            (1 <= a && a < b && b <= 12 && (a, b) != (1, 12)).then(|| (end, format!("{a}-{b}月")))
        })
        .last();
    let mut relative_year = 0;
    if let Some((end, n)) = last_word(&p.markers.periods, chars, from, start) {
        let word: String = chars[end - n..end].iter().collect();
        let form = p.markers.period_forms.get(&word).cloned().unwrap_or_default();
        match form.as_str() {
            "year" => {}
            "last year" => relative_year = -1,
            _ if part.as_ref().is_none_or(|(e, _)| *e < end - from) => part = Some((end - from, form)),
            _ => {}
        }
    }
    let named = p
        .year
        .captures_iter(&paragraph_before)
        .filter_map(|c| c[1].parse::<i32>().ok())
        .last();
    let year = named.or(year.map(|y| y + relative_year));
    match (year, part) {
        (Some(y), Some((_, part))) => Some(format!("{y}年{part}")),
        (Some(y), None) => Some(format!("{y}年")),
        (None, Some((_, part))) => Some(part),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_in_chinese_numerals() {
        let money = |t: &str| -> Vec<f64> {
            raw_figures(t, Some(2026), false)
                .into_iter()
                .filter(|r| r.kind == "money")
                .map(|r| r.value)
                .collect()
        };
        assert_eq!(money("总金额达三十二点九亿元"), [3_290_000_000.0]);
        assert_eq!(money("投资五千万元"), [50_000_000.0]);
        assert_eq!(money("总额一百二十亿元"), [12_000_000_000.0]);
        assert_eq!(money("投资两千五百万美元"), [25_000_000.0]);
        assert!(money("多元化发展，一元复始").is_empty());
    }

    fn kinds(text: &str) -> Vec<(String, f64, String, Option<String>)> {
        let chars: Vec<char> = text.chars().collect();
        raw_figures(text, Some(2026), false)
            .into_iter()
            .map(|r| {
                let m = metric(&chars, r.start, r.end);
                (r.kind.to_owned(), r.value, r.date.unwrap_or(r.unit), m)
            })
            .collect()
    }

    #[test]
    fn yi_and_wan_in_one_amount_and_grouped_thousands() {
        for (text, value, cur) in [
            ("1亿4800万美元", 148_000_000.0, "USD"),
            ("1億4,800萬美元", 148_000_000.0, "USD"),
            ("3,500万元", 35_000_000.0, "CNY"),
            ("12.5亿元", 1_250_000_000.0, "CNY"),
        ] {
            let m = parse_money(text).map(|m| (m.value, m.currency));
            assert_eq!(m, Some((value, cur.to_owned())), "{text}");
        }
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

    /// Status and period of the figure written `figure` in `sentence`, as the folded text
    /// reads them (the article's year 2026).
    fn status_period(sentence: &str, figure: &str) -> (Status, Option<String>) {
        let chars = super::super::text::folded_chars(sentence);
        let f = super::super::text::folded_chars(figure);
        let start = (0..chars.len())
            .find(|&i| chars[i..].starts_with(&f))
            .unwrap_or_else(|| panic!("{figure} in {sentence}"));
        (
            status(&chars, start, start + f.len()),
            period(&chars, start, Some(2026)),
        )
    }

    #[test]
    fn status_of_each_marker_simplified_and_traditional() {
        let actual = Status::Actual;
        let target = Status::Target;
        let cases: &[(&str, &str, Status)] = &[
            (
                "1-6月份,全区新签约项目43个,累计到位内资163.87亿元。",
                "163.87亿元",
                actual,
            ),
            ("今年以来，全区完成固定资产投资30亿元。", "30亿元", actual),
            ("全市实现到位资金218.82亿元。", "218.82亿元", actual),
            ("已签约项目12个。", "12个", actual),
            (
                "确保全年签约项目50个,完成内资到位资金260亿元。",
                "260亿元",
                target,
            ),
            ("力争引资额突破80亿元。", "80亿元", target),
            (
                "明确2026年落地招商项目50个以上、引资额突破80亿元的目标。",
                "80亿元",
                target,
            ),
            (
                "明确2026年落地招商项目50个以上、引资额突破80亿元的目标。",
                "50个",
                target,
            ),
            (
                "明确全年目标：签约项目100个、省外引资额55亿元。",
                "55亿元",
                target,
            ),
            ("计划全年引进项目20个。", "20个", target),
            ("预计年产值10亿元。", "10亿元", target),
            ("全年招商引资要实现50亿元。", "50亿元", target),
            (
                "新增洽谈项目194个、拟投资额1483.01亿元。",
                "1483.01亿元",
                Status::Negotiating,
            ),
            ("新增洽谈项目194个。", "194个", Status::Negotiating),
            ("该项目拟投资5亿元。", "5亿元", Status::Planned),
        ];
        for &(sentence, figure, want) in cases {
            assert_eq!(status_period(sentence, figure).0, want, "{sentence}");
            let trad = zhconv::zhconv(sentence, zhconv::Variant::ZhHant);
            let trad_figure = zhconv::zhconv(figure, zhconv::Variant::ZhHant);
            assert_eq!(status_period(&trad, &trad_figure).0, want, "{trad}");
        }
    }

    #[test]
    fn period_of_each_pattern_simplified_and_traditional() {
        let cases: &[(&str, &str, &str)] = &[
            (
                "力争一季度项目开复工率达85%以上，完成省外引资额12亿元。",
                "12亿元",
                "2026年一季度",
            ),
            (
                "1-6月份,全区累计到位内资163.87亿元。",
                "163.87亿元",
                "2026年1-6月",
            ),
            ("上半年，全区签约项目30个。", "30个", "2026年1-6月"),
            ("确保全年完成内资到位资金260亿元。", "260亿元", "2026年"),
            ("明确2025年落地招商项目50个以上。", "50个", "2025年"),
            ("2024年前三季度，全区到位资金20亿元。", "20亿元", "2024年1-9月"),
            ("去年全区到位资金20亿元。", "20亿元", "2025年"),
            ("力争引资额突破80亿元。", "80亿元", "2026年"),
        ];
        for &(sentence, figure, want) in cases {
            assert_eq!(
                status_period(sentence, figure).1.as_deref(),
                Some(want),
                "{sentence}"
            );
            let trad = zhconv::zhconv(sentence, zhconv::Variant::ZhHant);
            let trad_figure = zhconv::zhconv(figure, zhconv::Variant::ZhHant);
            assert_eq!(
                status_period(&trad, &trad_figure).1.as_deref(),
                Some(want),
                "{trad}"
            );
        }
    }

    #[test]
    fn amounts_of_more_than_and_bare_amounts_after_a_word_of_money() {
        let money = |text: &str| -> Vec<f64> {
            kinds(text)
                .into_iter()
                .filter(|(k, ..)| k == "money")
                .map(|(_, v, ..)| v)
                .collect()
        };
        // 余/多 after the number or the unit: more than that amount.
        assert_eq!(
            money("计划总投资134余亿元，其中1000多亿元、10万余元"),
            [134e8, 1000e8, 10e4]
        );
        // No currency: money after a word of money, not a count of tons or people.
        assert_eq!(money("系列项目签约额15亿，投资方为某公司。"), [15e8]);
        assert_eq!(money("投资5000万建设度假区，总投资达3亿"), [5000e4, 3e8]);
        assert!(money("年产5000万吨钢材，吸纳就业10万人，人口300万").is_empty());
    }

    /// The figures of a text's first article.
    fn figures_of(text: &str) -> Vec<Figure> {
        let arts = crate::corpus::load_text("t.txt", "t", text);
        arts.first()
            .map_or_else(Vec::new, |a| article_figures(a, &[], None))
    }

    #[test]
    fn a_headline_amount_needs_no_word_of_money() {
        for text in [
            "某市招商引资工作获丰收 达113亿\n\n全年签约项目60个，吸纳就业1万人。\n",
            "某市招商引資工作獲豐收 達113億\n\n全年簽約項目60個，吸納就業1萬人。\n",
        ] {
            let money: Vec<f64> = figures_of(text)
                .iter()
                .filter(|f| f.kind == "money")
                .map(|f| f.value)
                .collect();
            assert_eq!(money, [113e8], "{text}");
        }
    }

    #[test]
    fn a_headlines_amounts_are_found_and_marked() {
        for text in [
            "某市22个项目集中签约 总投资249亿元\n\n某市举行签约仪式，22个项目总投资249亿元。签约额15亿，投资5000万建设度假区。\n",
            "某市22個項目集中簽約 總投資249億元\n\n某市舉行簽約儀式，22個項目總投資249億元。簽約額15億，投資5000萬建設度假區。\n",
        ] {
            let figures = figures_of(text);
            let money: Vec<(String, bool)> = figures
                .iter()
                .filter(|f| f.kind == "money")
                .map(|f| (crate::corpus::normalize::simplify(&f.text).into_owned(), f.paragraph.is_headline()))
                .collect();
            assert_eq!(
                money,
                [
                    ("249亿元".to_owned(), true),
                    ("249亿元".to_owned(), false),
                    ("15亿".to_owned(), false),
                    ("5000万".to_owned(), false)
                ],
                "{text}"
            );
            // Only money is read from a headline (22个项目 is the body's count).
            assert!(figures.iter().all(|f| f.kind == "money" || !f.paragraph.is_headline()));
        }
    }

    #[test]
    fn traditional_figures_keep_their_metric() {
        // 累計到位內資 reads as 到位内资: the word list holds the Simplified form only.
        let chars = super::super::text::folded_chars(&zhconv::zhconv(
            "累计到位内资163.87亿元",
            zhconv::Variant::ZhHant,
        ));
        assert_eq!(metric(&chars, 6, 15).as_deref(), Some("到位内资"));
    }
}

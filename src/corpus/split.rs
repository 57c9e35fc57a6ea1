//! Classified lines → raw articles: where each article starts, its title, subtitle, byline,
//! date, edition and publication, and the text lines that make its body.

use crate::corpus::decode::is_han;
use crate::corpus::layout::{
    is_caption_like, is_dash_subtitle, is_lead_marker, is_masthead, is_title_like, labelled_authors,
    page_label_len, parse_publication, ymd, Line, LineKind,
};
use crate::corpus::normalize::fold_char;
use regex::Regex;
use std::sync::OnceLock;

/// An article before its body is laid out into sections.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct RawArticle {
    pub title: String,
    pub subtitle: Option<String>,
    pub authors: Vec<String>,
    pub date: Option<String>,
    pub page: Option<String>,
    pub publication: Option<String>,
    /// Body lines (headings, captions and paragraphs, not yet told apart), in file order.
    pub body: Vec<Line>,
    pub furniture: Vec<String>,
}

/// Where an article's header sits: its first line and the lines that make the header.
#[derive(Clone, Debug, PartialEq)]
struct Start {
    first: usize,
    title: Vec<usize>,
    subtitle: Option<usize>,
    byline: Option<usize>,
}

/// Splits one file into articles. An article whose text holds no headline has no title (the
/// file's name is no headline).
pub fn split(lines: &[Line], kinds: &[LineKind]) -> Vec<RawArticle> {
    let starts = find_starts(lines, kinds);
    let publication = lines
        .iter()
        .zip(kinds)
        .filter(|(_, k)| matches!(k, LineKind::Furniture | LineKind::Text | LineKind::Date(_)))
        .filter(|(l, _)| l.folded.chars().count() <= 60)
        .find_map(|(l, k)| match k {
            // 来源:四平日报 on a metadata line, with or without a date on it.
            LineKind::Furniture | LineKind::Date(_) => parse_publication(&l.folded),
            // A masthead line alone (吉林日报) is the only text line that names it.
            _ => parse_publication(&l.folded).filter(|p| *p == l.folded),
        });

    // Dates and editions printed above the first title belong to every article of the file.
    let head_end = starts.first().map_or(lines.len(), |s| s.first);
    let mut file_date = None;
    let mut file_page = None;
    for i in 0..head_end {
        match &kinds[i] {
            LineKind::Date(d) => file_date = file_date.or_else(|| Some(d.clone())),
            LineKind::Page => file_page = file_page.or_else(|| Some(lines[i].text.clone())),
            _ => {}
        }
    }

    let mut articles = Vec::new();
    if starts.is_empty() {
        articles.push(build(lines, kinds, 0, lines.len(), None));
    } else {
        for (k, s) in starts.iter().enumerate() {
            // The first article also owns what stands above its title (captions, datelines).
            let from = if k == 0 { 0 } else { s.first };
            let to = starts.get(k + 1).map_or(lines.len(), |n| n.first);
            articles.push(build(lines, kinds, from, to, Some(s)));
        }
    }
    for a in &mut articles {
        a.date = a.date.take().or_else(|| file_date.clone());
        a.page = a.page.take().or_else(|| file_page.clone());
        a.publication = publication.clone();
    }
    articles
}

fn build(lines: &[Line], kinds: &[LineKind], from: usize, to: usize, start: Option<&Start>) -> RawArticle {
    let mut a = RawArticle::default();
    let header: Vec<usize> = start
        .map(|s| {
            s.title
                .iter()
                .copied()
                .chain(s.subtitle)
                .chain(s.byline)
                .collect()
        })
        .unwrap_or_default();
    // A date run onto the headline is the article's when no dateline under it says otherwise.
    let mut title_date = None;
    if let Some(s) = start {
        let last = s
            .title
            .last()
            .map(|&i| lines[i].text.trim_end_matches(['|', '｜', '丨', ' ']));
        title_date = last.and_then(trailing_date).map(|(_, d)| d);
        a.title = join_title(s.title.iter().map(|&i| lines[i].text.as_str()));
        a.subtitle = s.subtitle.map(|i| lines[i].text.clone());
        if let Some(LineKind::Byline(names)) = s.byline.map(|b| &kinds[b]) {
            a.authors = names.clone();
        }
    }
    let title_at = start.map_or(from, |s| s.first);
    for i in from..to {
        if header.contains(&i) {
            continue;
        }
        // 作者:李华 王芳 on a metadata line.
        if matches!(kinds[i], LineKind::Furniture | LineKind::Date(_)) {
            for n in labelled_authors(&lines[i]) {
                if !a.authors.contains(&n) {
                    a.authors.push(n);
                }
            }
        }
        // A dateline is kept with the furniture too: a site's line names its site (浑江区人民政府
        // 发布时间:…) as well as the date.
        if matches!(kinds[i], LineKind::Date(_)) {
            a.furniture.push(lines[i].text.clone());
        }
        match &kinds[i] {
            LineKind::Furniture => a.furniture.push(lines[i].text.clone()),
            // A dateline under the title is this article's own; one above it is the file's.
            LineKind::Date(d) if i > title_at => a.date = a.date.take().or_else(|| Some(d.clone())),
            LineKind::Page if i > title_at => a.page = a.page.take().or_else(|| Some(lines[i].text.clone())),
            LineKind::Date(_) | LineKind::Page => {}
            LineKind::Byline(names) => {
                // A second byline line (通讯员 …) or one printed at the end.
                for n in names {
                    if !a.authors.contains(n) {
                        a.authors.push(n.clone());
                    }
                }
            }
            LineKind::Text => match original_title(&lines[i].text) {
                // A repost names the headline it was first published under: the headline,
                // when the page shows none of its own; never body text.
                Some(t) => {
                    if a.title.is_empty() {
                        a.title = clean_title(t).to_owned();
                    } else if a.subtitle.is_none() {
                        // 原題:吉浙兩省對口合作有序展開  雙方簽約項目89個 總投資815億元 under the page's
                        // 吉浙兩省對口合作有序展開: what the original headline adds is its deck.
                        let deck = t.strip_prefix(a.title.as_str()).map(str::trim);
                        if let Some(deck) = deck.filter(|d| !d.is_empty()) {
                            a.subtitle = Some(deck.to_owned());
                        }
                    }
                    a.furniture.push(lines[i].text.clone());
                }
                None => a.body.push(lines[i].clone()),
            },
        }
    }
    a.date = a.date.take().or(title_date);
    a
}

/// The headline of a line that only gives a repost's original one: `【原标题：…】`,
/// `(原标题:…)`, `原題：…`.
fn original_title(line: &str) -> Option<&str> {
    let t = line.trim();
    let (t, closed) = match t.strip_prefix(['【', '[', '(', '（']) {
        Some(inner) => (inner.trim_start(), true),
        None => (t, false),
    };
    let rest = ["原标题", "原標題", "原题", "原題"]
        .iter()
        .find_map(|l| t.strip_prefix(l))?
        .trim_start()
        .strip_prefix([':', '：'])?;
    let rest = if closed {
        rest.trim_end().strip_suffix(['】', ']', ')', '）'])?
    } else {
        rest
    };
    let rest = rest.trim();
    (!rest.is_empty() && rest.chars().count() <= 60).then_some(rest)
}

/// Title lines are joined; a first line ending in a colon runs on (`长春市绿园区：` +
/// `以营商环境之“优”…`).
fn join_title<'a>(parts: impl Iterator<Item = &'a str>) -> String {
    clean_title(&parts.collect::<Vec<_>>().concat()).to_owned()
}

/// A headline without what a page sets around it: a reprint's 原题：, a list bullet, a
/// trailing separator (`• 长春九台招商引资走进天津 |` → the headline).
fn clean_title(t: &str) -> &str {
    // | 标题: …| |||: a field of a government page's table of metadata.
    let mut t = original_title(t)
        .unwrap_or(t)
        .trim()
        .trim_start_matches(['|', '｜', ' ']);
    for label in ["原题", "原題", "原标题", "原標題", "标题", "標題"] {
        if let Some(rest) = t.strip_prefix(label) {
            if let Some(rest) = rest.strip_prefix([':', '：']) {
                t = rest.trim_start();
            }
        }
    }
    let t = t
        .trim_start_matches(BULLETS)
        .trim_start_matches(['-', ' '])
        .trim_end_matches(['|', '｜', '丨', ' '])
        .trim();
    let t = strip_programme(strip_page_label(t));
    let t = trailing_date(t).map_or(t, |(head, _)| head);
    strip_site_keywords(strip_trailing_label(strip_keyword_tag(t)))
}

/// The keywords a site's page title ends in, each after an underscore (`…对接会议举行_锦州_锦州市_合作`):
/// two or more short words, cut off.
fn strip_site_keywords(t: &str) -> &str {
    let parts: Vec<&str> = t.split('_').collect();
    let keywords = &parts[1..];
    if keywords.len() >= 2
        && parts[0].chars().count() >= 8
        && keywords
            .iter()
            .all(|k| (1..=8).contains(&k.chars().count()) && !k.contains(['，', ',', '。']))
    {
        parts[0].trim_end()
    } else {
        t
    }
}

/// A headline without a page's label glued before it (`热搜词:某州春季项目集中开工`, `字体:…`):
/// the label names a field of the page, never the article.
fn strip_page_label(t: &str) -> &str {
    match page_label_len(t) {
        Some(n) if t[n..].trim_start().chars().count() >= 6 => t[n..].trim_start(),
        _ => t,
    }
}

/// A headline without the programme or column it ran in (`吉林新闻联播:吉林 深化区域合作…`,
/// `早间快讯：…`): a label of up to eight characters ending in a word for a news programme.
fn strip_programme(t: &str) -> &str {
    const PROGRAMMES: [&str; 8] = ["联播", "聯播", "新闻", "新聞", "快讯", "快訊", "播报", "播報"];
    let Some((label, rest)) = t.split_once([':', '：']) else {
        return t;
    };
    let label = label.trim();
    let rest = rest.trim_start();
    let programme = label.chars().count() <= 8
        && label.chars().all(is_han)
        && PROGRAMMES.iter().any(|w| label.ends_with(w));
    if programme && rest.chars().count() >= 8 {
        rest
    } else {
        t
    }
}

/// A date the page runs onto the end of a headline (`…开工仪式2021/4/9`, `… 2021-04-09 10:30`,
/// `…2021年4月9日`): the headline before it and the date as `YYYY-MM-DD`.
fn trailing_date(t: &str) -> Option<(&str, String)> {
    static DATE: OnceLock<Regex> = OnceLock::new();
    let re = DATE.get_or_init(|| {
        Regex::new(
            r"\s*([0-9０-９]{4})\s*(?:[-/.－／．]|年)\s*([0-9０-９]{1,2})\s*(?:[-/.－／．]|月)\s*([0-9０-９]{1,2})\s*日?(?:\s+[0-9０-９]{1,2}[:：][0-9０-９]{2}(?:[:：][0-9０-９]{2})?)?$",
        )
        .unwrap_or_else(|e| panic!("built-in date pattern: {e}"))
    });
    let c = re.captures(t)?;
    let whole = c.get(0)?;
    let head = t[..whole.start()].trim_end();
    // The date must follow a word, not a figure (…第2021/4/9), and leave a headline.
    let before = head.chars().next_back()?;
    if before.is_ascii_digit() || head.chars().count() < 6 {
        return None;
    }
    let digits = |i: usize| -> String { c[i].chars().map(fold_char).collect() };
    Some((head, ymd(&digits(1), &digits(2), &digits(3))?))
}

/// Marks that open the items of a list of links.
const BULLETS: &[char] = &['•', '·', '●', '■', '◆', '▪'];

/// A line set as a list item (`• 辽宁省凌海市:…`).
fn is_bulleted(line: &str) -> bool {
    line.trim_start().starts_with(BULLETS)
}

/// A page's keyword tag set before its headline (`王明招商引资 王明率团在深圳招商引资…` →
/// the headline): a first part made only of words the headline repeats.
fn strip_keyword_tag(t: &str) -> &str {
    let Some(cut) = t.find([' ', '\u{3000}']) else {
        return t;
    };
    let (tag, rest) = (&t[..cut], t[cut..].trim_start());
    let chars: Vec<char> = tag.chars().collect();
    if !(2..=10).contains(&chars.len()) || !chars.iter().all(|&c| is_han(c)) || rest.chars().count() < 8 {
        return t;
    }
    // Cover the tag with pieces of two or more characters the rest holds, longest first.
    let mut i = 0;
    while i < chars.len() {
        let piece = (2..=chars.len() - i)
            .rev()
            .find(|&n| rest.contains(&chars[i..i + n].iter().collect::<String>()));
        match piece {
            Some(n) => i += n,
            None => return t,
        }
    }
    rest
}

/// A channel or column label a page sets after its headline (`…新动能 最新快讯`, `…工作 建言献策`),
/// or a button in brackets (`…集中动工 [复制链接]`): a last word of two to four characters
/// standing apart from a long headline.
fn strip_trailing_label(t: &str) -> &str {
    let Some(cut) = t.rfind([' ', '\u{3000}']) else {
        return t;
    };
    let (head, label) = (t[..cut].trim_end(), t[cut..].trim());
    let button = label
        .strip_prefix(['[', '【'])
        .and_then(|l| l.strip_suffix([']', '】']));
    let label = button.unwrap_or(label);
    let n = label.chars().count();
    // …抢时间 换挡位 提速度: the last of phrases set apart alike (as long as the one before it)
    // is the headline's own. A button in brackets never is.
    let series = button.is_none()
        && head
            .rsplit_once([' ', '\u{3000}'])
            .is_some_and(|(_, before)| before.chars().count() == n && before.chars().all(is_han));
    if (2..=4).contains(&n) && label.chars().all(is_han) && head.chars().count() >= 12 && !series {
        head
    } else {
        t
    }
}

fn ends_with_colon(folded: &str) -> bool {
    folded.ends_with(':')
}

/// The headline when the page's first title-like line is the page's own: a later title-like
/// line before the body that the first only repeats with the site's tags (`船营区参加…交流会
/// 要闻-吉林站 …` over `船营区参加…交流会`), or one under the page's navigation with its date or
/// byline right under it (`v美丽郊区v`, `首页 > 新闻中心`, then the headline and `发布日期:`).
/// Otherwise the first line.
fn headline_below(lines: &[Line], kinds: &[LineKind], first: usize) -> usize {
    if is_subtitle_set_under(lines, kinds, first) {
        return first;
    }
    let body = (first + 1..lines.len())
        .find(|&j| kinds[j] == LineKind::Text && !is_title_like(&lines[j].folded))
        .unwrap_or(lines.len());
    let dated = |c: usize| dated_below(kinds, c);
    if dated(first) {
        return first;
    }
    let top = &lines[first].folded;
    (first + 1..body)
        .filter(|&c| {
            let f = &lines[c].folded;
            // A label (发布时间:) is no headline.
            can_head(lines, kinds, c) && !is_caption_like(f) && !ends_with_colon(f) && f.chars().count() > 4
        })
        .find(|&c| {
            let f = &lines[c].folded;
            let tagged = top.len() > f.len() && top.starts_with(f.as_str());
            let under_navigation = (first + 1..c).any(|j| kinds[j] == LineKind::Furniture);
            // A breadcrumb (当前位置:首页 > …) stands right over the page's own headline.
            let under_breadcrumb =
                c > first + 1 && kinds[c - 1] == LineKind::Furniture && lines[c - 1].folded.contains("位置");
            tagged || (under_navigation && dated(c)) || under_breadcrumb
        })
        .unwrap_or(first)
}

/// True when the first line under `i` that is not furniture is a dateline or a byline: a
/// headline's, never a caption's.
fn dated_below(kinds: &[LineKind], i: usize) -> bool {
    (i + 1..kinds.len())
        .find(|&j| kinds[j] != LineKind::Furniture)
        .is_some_and(|j| matches!(kinds[j], LineKind::Date(_) | LineKind::Byline(_)))
}

/// Title-like and not a sentence that merely happens to be short.
fn can_head(lines: &[Line], kinds: &[LineKind], i: usize) -> bool {
    kinds[i] == LineKind::Text && is_title_like(&lines[i].folded) && !is_masthead(&lines[i].folded)
}

/// The previous line that is text, skipping datelines and editions between title and byline.
fn prev_text(kinds: &[LineKind], i: usize) -> Option<usize> {
    (0..i)
        .rev()
        .find(|&j| !matches!(kinds[j], LineKind::Date(_) | LineKind::Page))
        .filter(|&j| kinds[j] == LineKind::Text)
}

/// A web page's subtitle: a title-like line set right under the title (no blank line between)
/// with the page's metadata (来源, 发布时间, 作者) right under it. A title-like line after a
/// blank is a section heading instead.
fn is_subtitle_set_under(lines: &[Line], kinds: &[LineKind], title: usize) -> bool {
    let (sub, meta) = (title + 1, title + 2);
    meta < lines.len()
        && lines[sub].gap == 0
        && can_head(lines, kinds, sub)
        && matches!(
            kinds[meta],
            LineKind::Date(_) | LineKind::Byline(_) | LineKind::Furniture
        )
}

fn find_starts(lines: &[Line], kinds: &[LineKind]) -> Vec<Start> {
    let mut starts: Vec<Start> = Vec::new();
    let mut used = vec![false; lines.len()];
    fn push(starts: &mut Vec<Start>, s: Start, used: &mut [bool]) {
        for &i in s.title.iter().chain(&s.subtitle).chain(&s.byline) {
            used[i] = true;
        }
        starts.push(s);
    }

    // 1. A byline under one or two title lines (title, optional subtitle).
    for b in 0..lines.len() {
        if !matches!(kinds[b], LineKind::Byline(_)) {
            continue;
        }
        let Some(t1) = prev_text(kinds, b).filter(|&j| can_head(lines, kinds, j) && !used[j]) else {
            continue;
        };
        let t0 = prev_text(kinds, t1).filter(|&j| can_head(lines, kinds, j) && !used[j]);
        let s = match t0 {
            Some(t0) if ends_with_colon(&lines[t0].folded) => Start {
                first: t0,
                title: vec![t0, t1],
                subtitle: None,
                byline: Some(b),
            },
            Some(t0) if !is_dash_subtitle(&lines[t0].folded) => Start {
                first: t0,
                title: vec![t0],
                subtitle: Some(t1),
                byline: Some(b),
            },
            _ => Start {
                first: t1,
                title: vec![t1],
                subtitle: None,
                byline: Some(b),
            },
        };
        push(&mut starts, s, &mut used);
    }

    // 2. A title over a dash subtitle (——…) or an editorial lead-in (写在前面：), no byline.
    for i in 0..lines.len() {
        if used[i] || kinds[i] != LineKind::Text {
            continue;
        }
        let f = &lines[i].folded;
        let (dash, lead) = (is_dash_subtitle(f), is_lead_marker(f));
        if !dash && !lead {
            continue;
        }
        let Some(t) = prev_text(kinds, i).filter(|&j| can_head(lines, kinds, j) && !used[j]) else {
            continue;
        };
        if is_dash_subtitle(&lines[t].folded) {
            continue;
        }
        let s = Start {
            first: t,
            title: vec![t],
            subtitle: dash.then_some(i),
            byline: None,
        };
        push(&mut starts, s, &mut used);
    }

    // 3. The file's first title-like line heads the first article when nothing above does.
    // Photo captions may stand above the title; they are skipped here.
    // So are mastheads (吉林农村报, a site's name) and the channel labels of a page (新闻,
    // 投资动态): a headline is longer than four characters unless a colon runs it on.
    if let Some(first) = (0..lines.len()).find(|&i| {
        let f = &lines[i].folded;
        // A headline of these pages is written in Chinese (not ZKX's LAB). One may end in an
        // exclamation or a question when its date or byline is right under it (…项目开工！ |
        // 2024年06月24日 20:06), which a caption never has.
        let exclaimed_over_date = f.ends_with(['!', '?']) && dated_below(kinds, i);
        // A line of clauses ending in a colon opens what it introduces (盛夏时节，踏访…的热情：);
        // a headline runs on after a colon only from a head with no comma (敦化市：). Clauses
        // trailing off in an ellipsis are prose too (…如火如荼，规划蓝图跃然眼前……).
        kinds[i] == LineKind::Text
            && !((ends_with_colon(f) || f.ends_with('…')) && f.contains([',', '，']))
            && (!is_caption_like(f) || exclaimed_over_date)
            && !is_masthead(f)
            && f.chars().filter(|&c| crate::corpus::decode::is_han(c)).count() >= 2
            && (f.chars().count() > 4 || ends_with_colon(f))
    }) {
        let first = headline_below(lines, kinds, first);
        let earliest = starts.iter().map(|s| s.first).min();
        let has_body_before = earliest.is_some_and(|e| {
            (first..e).any(|j| kinds[j] == LineKind::Text && !used[j] && !is_title_like(&lines[j].folded))
        });
        // A list of links (• 甲市:…, • 乙市:…) heads no article: its items are other pages'.
        let list_item =
            is_bulleted(&lines[first].text) && lines.iter().filter(|l| is_bulleted(&l.text)).count() >= 2;
        if !used[first]
            && !list_item
            && is_title_like(&lines[first].folded)
            && (earliest.is_none() || has_body_before)
        {
            let mut title = vec![first];
            let mut subtitle = None;
            if ends_with_colon(&lines[first].folded) {
                if let Some(next) = (first + 1..lines.len()).find(|&j| kinds[j] != LineKind::Furniture) {
                    if can_head(lines, kinds, next) && !used[next] {
                        title.push(next);
                    }
                }
            } else if is_subtitle_set_under(lines, kinds, first) && !used[first + 1] {
                subtitle = Some(first + 1);
            }
            push(
                &mut starts,
                Start {
                    first,
                    title,
                    subtitle,
                    byline: None,
                },
                &mut used,
            );
        }
    }

    starts.sort_by_key(|s| s.first);
    starts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::layout::{classify, lines};

    fn split_text(text: &str) -> Vec<RawArticle> {
        let ls = lines(text);
        let ks = classify(&ls);
        split(&ls, &ks)
    }

    #[test]
    fn title_subtitle_byline() {
        let a = split_text("\n\n朝阳区以“四大行动”撬动发展新格局\n\n首店经济与存量焕新成招商“双引擎”\n\n本报记者 徐雁秋\n\n正文第一段。\n");
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].title, "朝阳区以“四大行动”撬动发展新格局");
        assert_eq!(a[0].subtitle.as_deref(), Some("首店经济与存量焕新成招商“双引擎”"));
        assert_eq!(a[0].authors, ["徐雁秋"]);
        assert_eq!(a[0].body.len(), 1);
    }

    #[test]
    fn title_over_two_lines_runs_on_after_colon() {
        let a = split_text(
            "长春市绿园区：\n\n以营商环境之“优”谋高质量发展之“进”\n\n发展势头稳中向好\n\n正文。\n",
        );
        assert_eq!(a[0].title, "长春市绿园区：以营商环境之“优”谋高质量发展之“进”");
        assert_eq!(a[0].subtitle, None);
        assert_eq!(a[0].body[0].text, "发展势头稳中向好");
    }

    #[test]
    fn several_articles_and_captions_go_to_the_article_above() {
        let text = "甲区招商忙\n\n本报记者 张三\n\n甲区正文。\n\n\n\n甲区图片说明。\n\n乙区：项目落地\n\n本报记者 李四\n\n乙区正文。\n\n从“等风来”到“追风去”\n\n——丙区拼开局\n\n丙区正文。\n\n丁市：春之序曲\n\n写在前面：\n\n丁市正文。\n";
        let a = split_text(text);
        let titles: Vec<_> = a.iter().map(|a| a.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "甲区招商忙",
                "乙区：项目落地",
                "从“等风来”到“追风去”",
                "丁市：春之序曲"
            ]
        );
        assert_eq!(a[0].body.last().map(|l| l.text.as_str()), Some("甲区图片说明。"));
        assert_eq!(a[2].subtitle.as_deref(), Some("——丙区拼开局"));
        assert_eq!(a[3].body[0].text, "写在前面：");
    }

    #[test]
    fn web_page_header_and_footer() {
        let text = "Title\n您当前的位置: 首页 > > 文章详细\n招商赋能强引擎——四平市招商引资工作回眸\n发布时间:2026-01-14\n\n  正文。\n\n上一篇:\n商丘:全市首笔气候贷\nTitle";
        let a = split_text(text);
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].title, "招商赋能强引擎——四平市招商引资工作回眸");
        assert_eq!(a[0].date.as_deref(), Some("2026-01-14"));
        assert_eq!(a[0].body.len(), 1);
        // Four lines of the page and the dateline.
        assert_eq!(a[0].furniture.len(), 6);
    }

    #[test]
    fn an_exclaimed_headline_over_its_date() {
        let a = split_text("大连又一批重大项目开工！\n2024年06月24日 20:06 大连发布\n\n  今年是攻坚之年，全市推动171个项目集中开工。\n");
        assert_eq!(a[0].title, "大连又一批重大项目开工！");
        // Without a date under it, a short exclaimed line stays a caption-like line, no headline.
        let a = split_text("加油！\n\n  今年是攻坚之年，全市推动171个项目集中开工。\n");
        assert_eq!(a[0].title, "");
    }

    #[test]
    fn breadcrumbs_forum_buttons_and_source_lines_are_furniture() {
        let text = "您的当前位置: 首页>>建言立论>>调查视察>>正文\n\n某市政协副主席到开发区企业进行调研\n\n消息来源:某某日报\n\n  正文。\n";
        let a = split_text(text);
        assert_eq!(a[0].title, "某市政协副主席到开发区企业进行调研");
        let text = "注册\n\n发新话题 回复该主题\n\n某市27个重点项目集中动工 [复制链接]\n\n1#\n\n「本文来源:某某晨报」\n\n  正文第一段，项目集中开工。\n";
        let a = split_text(text);
        assert_eq!(a[0].title, "某市27个重点项目集中动工");
        assert_eq!(a[0].body.len(), 1, "{:?}", a[0].body);
        // A page with no headline does not take its source line for one.
        let a = split_text("- 消息来源:某某日报\n\n  今年以来，开发区累计开展活动30次，对接洽谈项目10个。\n");
        assert_eq!(a[0].title, "");
    }

    #[test]
    fn newspaper_header_and_copyright() {
        let text = "2024年08月01日\n首页\n第02版:特别关注\n\n九台区打造招商引资“强引擎”\n\n本报记者 郭小宇\n\n正文。\n\n吉 林 日 报 社 版 权 所 有\n";
        let a = split_text(text);
        assert_eq!(a[0].date.as_deref(), Some("2024-08-01"));
        assert_eq!(a[0].page.as_deref(), Some("第02版:特别关注"));
        assert_eq!(a[0].publication.as_deref(), Some("吉林日报"));
        assert_eq!(a[0].authors, ["郭小宇"]);
    }

    #[test]
    fn web_page_metadata_line_and_subtitle() {
        let text = "您当前的位置：首页 > 新闻中心\n\n双辽市：招商引资跑出“加速度”\n重点项目建设全面提速\n来源：四平日报　　发布时间：2025-06-18 09:30　　作者：李华 王芳 责任编辑：张三\n\n　　正文第一段。\n\n重点项目全面开花\n\n　　正文第二段。\n";
        let a = split_text(text);
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].title, "双辽市：招商引资跑出“加速度”");
        assert_eq!(a[0].subtitle.as_deref(), Some("重点项目建设全面提速"));
        assert_eq!(a[0].authors, ["李华", "王芳"], "the next label ends the names");
        assert_eq!(a[0].date.as_deref(), Some("2025-06-18"));
        assert_eq!(a[0].publication.as_deref(), Some("四平日报"));
        // The heading after a blank line stays in the body.
        assert!(a[0].body.iter().any(|l| l.text == "重点项目全面开花"));
        // Without metadata under it, a title-like second line is no subtitle.
        let a = split_text("双辽市招商跑出加速度\n重点项目全面开花\n\n正文第一段。\n");
        assert_eq!(a[0].subtitle, None);
    }

    #[test]
    fn metadata_without_a_date_is_furniture_with_authors() {
        let a = split_text("九臺區打造招商引資“強引擎”\n\n來源：吉林日報　作者：郭曉宇\n\n正文。\n");
        assert_eq!(a[0].authors, ["郭曉宇"], "as written");
        assert_eq!(a[0].publication.as_deref(), Some("吉林日报"));
        assert_eq!(a[0].body.len(), 1);
    }

    #[test]
    fn titles_lose_reprint_labels_bullets_and_separators() {
        assert_eq!(
            clean_title("原题：投资家乡建设 助力振兴发展"),
            "投资家乡建设 助力振兴发展"
        );
        assert_eq!(clean_title("原題:我市簽約15個重大項目"), "我市簽約15個重大項目");
        assert_eq!(
            clean_title("• 长春九台招商引资走进天津 |"),
            "长春九台招商引资走进天津"
        );
        // A forum's button after its thread's subject.
        assert_eq!(
            clean_title("某市27个重点项目集中动工总投资22 [复制链接]"),
            "某市27个重点项目集中动工总投资22"
        );
        // The last of phrases set apart alike is the headline's own, no channel label.
        assert_eq!(
            clean_title("某市:跨越追赶抢时间 换挡位 提速度"),
            "某市:跨越追赶抢时间 换挡位 提速度"
        );
        assert_eq!(
            clean_title("某市上半年项目建设跑出加速度 最新快讯"),
            "某市上半年项目建设跑出加速度"
        );
        assert_eq!(
            clean_title("某市上半年项目建设 开足马力 要闻"),
            "某市上半年项目建设 开足马力"
        );
    }

    #[test]
    fn a_sites_keywords_after_the_headline_are_cut_off() {
        assert_eq!(
            clean_title("项目投资总额612亿元!锦州市央地合作对接会议举行_锦州_锦州市_合作"),
            "项目投资总额612亿元!锦州市央地合作对接会议举行"
        );
        assert_eq!(clean_title("招商_引资"), "招商_引资");
    }

    #[test]
    fn a_news_programmes_name_before_the_headline_is_cut_off() {
        assert_eq!(
            clean_title("吉林新闻联播:东岭 深化区域合作 塑造发展新优势"),
            "东岭 深化区域合作 塑造发展新优势"
        );
        assert_eq!(
            clean_title("早间快讯：东岭县签约12个重点项目总投资58亿元"),
            "东岭县签约12个重点项目总投资58亿元"
        );
        // A speaker's name before a colon is the headline's own.
        assert_eq!(
            clean_title("王明：东岭县将全力优化营商环境"),
            "王明：东岭县将全力优化营商环境"
        );
    }

    #[test]
    fn a_pages_label_glued_before_the_headline_is_cut_off() {
        assert_eq!(
            clean_title("热搜词:某州春季项目集中开工活动举行"),
            "某州春季项目集中开工活动举行"
        );
        assert_eq!(
            clean_title("熱搜詞：某州春季項目集中開工活動舉行"),
            "某州春季項目集中開工活動舉行"
        );
        assert_eq!(
            clean_title("字体:某县重点项目建设如火如荼"),
            "某县重点项目建设如火如荼"
        );
        // A word that only begins like a label, or a label with too little after it, stays.
        assert_eq!(clean_title("标签化管理:某县创新招商"), "标签化管理:某县创新招商");
        assert_eq!(clean_title("来源:某报"), "来源:某报");
        // Set alone over the headline, the label does not run on into it.
        for text in [
            "字体:\n\n某县重点项目建设如火如荼\n\n  某县今年以来新建项目30个。\n",
            "字體：\n\n某縣重點項目建設如火如荼\n\n  某縣今年以來新建項目30個。\n",
        ] {
            assert_eq!(
                split_text(text)[0].title,
                text.split('\n').nth(2).unwrap_or_default()
            );
        }
    }

    #[test]
    fn a_date_run_onto_the_headline_is_the_articles_date() {
        for (t, head) in [
            (
                "某区举行重点项目春季开工仪式2022/3/8",
                "某区举行重点项目春季开工仪式",
            ),
            (
                "某區舉行重點項目春季開工儀式 2022-03-08 10:30",
                "某區舉行重點項目春季開工儀式",
            ),
            ("某县签约仪式隆重举行2022年3月8日", "某县签约仪式隆重举行"),
            ("某县签约仪式隆重举行２０２２／３／８", "某县签约仪式隆重举行"),
        ] {
            assert_eq!(clean_title(t), head, "{t}");
        }
        // A date inside the headline, or a figure, is the headline's own.
        for t in [
            "某区2022年3月8日举行项目开工仪式",
            "某县项目总投资达20221/3/8",
            "某县项目",
        ] {
            assert_eq!(clean_title(t), t);
        }
        let a =
            &split_text("某区举行重点项目春季开工仪式2022/3/8\n\n  3月8日上午，某区举行重点项目开工仪式。\n")
                [0];
        assert_eq!(a.title, "某区举行重点项目春季开工仪式");
        assert_eq!(a.date.as_deref(), Some("2022-03-08"));
        // A dateline under the headline says when the article was published.
        let a = &split_text(
            "某区举行重点项目春季开工仪式2022/3/8\n发布时间:2022-03-09\n\n  3月8日上午，某区举行开工仪式。\n",
        )[0];
        assert_eq!(a.date.as_deref(), Some("2022-03-09"));
    }

    #[test]
    fn page_furniture_and_a_byline_above_the_headline() {
        // Buttons and page numbers, then the headline.
        let a = &split_text("【CNML格式】 【 】 【打 印】\n【 第1頁 第2頁 】\n某市市長會見台商考察團\n2019-06-13 00:20:56\n\n  某市市長會見了台商考察團一行，雙方進行了座談。\n")[0];
        assert_eq!(a.title, "某市市長會見台商考察團");
        // The site's name and its breadcrumb, then the headline.
        let a = &split_text("某某网 正文\n某市党政代表团来某省考察\n2018-07-02 09:03:53 来源: 某某网\n\n  7月1日，某市党政代表团来某省考察。\n")[0];
        assert_eq!(a.title, "某市党政代表团来某省考察");
        // A byline with its names first is no headline; the page has none.
        for text in [
            "□张三 李四 本报记者 王五\n\n  6日，在某经济技术开发区，17个产业项目集中开工。\n",
            "□張三 李四 本報記者 王五\n\n  6日，在某經濟技術開發區，17個產業項目集中開工。\n",
        ] {
            let a = &split_text(text)[0];
            assert_eq!(a.title, "", "{text}");
            assert_eq!(a.authors.len(), 3, "{text}");
        }
    }

    #[test]
    fn a_sites_logo_and_app_buttons_are_furniture() {
        let a = &split_text("某某Logo\n下载客户端\n\n登录\n\n某县重点项目集中开工仪式成功举行\n\n2020-04-17 20:47\n\n4月17日上午，某县重点项目集中开工。\n")[0];
        assert_eq!(a.title, "某县重点项目集中开工仪式成功举行");
    }

    #[test]
    fn a_reposts_original_headline_is_the_title_and_not_body() {
        let a = &split_text("近日，考察团一行来梨树县考察，双方召开座谈会。\n\n【原标题：吉林省台商企业家考察团来我县考察】\n")[0];
        assert_eq!(a.title, "吉林省台商企业家考察团来我县考察");
        assert!(a.body.iter().all(|l| !l.text.contains("原标题")));
        let a = &split_text("近日，考察團一行來梨樹縣考察。\n\n（原標題:考察團來我縣考察）\n")[0];
        assert_eq!(a.title, "考察團來我縣考察");
        // What the original headline adds to the page's is its deck (and its amounts are read).
        let a = &split_text("吉浙两省对口合作有序展开\n\n2018-04-23 09:54:47 | 来源:吉林日报\n\n原题:吉浙两省对口合作有序展开  双方签约项目89个 总投资815亿元\n\n  正文。\n")[0];
        assert_eq!(a.title, "吉浙两省对口合作有序展开");
        assert_eq!(a.subtitle.as_deref(), Some("双方签约项目89个 总投资815亿元"));
        // A sentence about a headline is body text.
        assert_eq!(original_title("原标题说明了一切。"), None);
    }

    #[test]
    fn a_keyword_tag_before_the_headline_is_dropped() {
        assert_eq!(
            clean_title("王明招商引资 王明率团在深圳招商引资洽谈推进项目"),
            "王明率团在深圳招商引资洽谈推进项目"
        );
        assert_eq!(
            clean_title("王明招商引資 王明率團在深圳招商引資洽談推進項目"),
            "王明率團在深圳招商引資洽談推進項目"
        );
        // Two parts of one headline that share no word stay together.
        assert_eq!(
            clean_title("从“创新年”到“提升年” 我市招商引资质效双升"),
            "从“创新年”到“提升年” 我市招商引资质效双升"
        );
        assert_eq!(
            clean_title("话乡情 聚合力 谋发展——某旗举行乡友恳谈会"),
            "话乡情 聚合力 谋发展——某旗举行乡友恳谈会"
        );
    }

    #[test]
    fn a_list_of_links_has_no_headline() {
        for text in [
            "当前位置:首页 > 多彩辽宁\n多彩辽宁\n  • 甲市:冷冰雪成热资源 打造浓浓年味\n    “花式过冬”，甲市用冰雪资源打造年味，迎接节日旅游高峰。\n    02/19\n  • 乙市:强强联手解锁新玩法\n    新年启新程，文旅当先锋，两大集团携手有大动作。\n    02/18\n",
            "當前位置:首頁 > 多彩遼寧\n多彩遼寧\n  • 甲市:冷冰雪成熱資源 打造濃濃年味\n    “花式過冬”，甲市用冰雪資源打造年味，迎接節日旅遊高峰。\n    02/19\n  • 乙市:強強聯手解鎖新玩法\n    新年啟新程，文旅當先鋒，兩大集團攜手有大動作。\n    02/18\n",
        ] {
            assert_eq!(split_text(text)[0].title, "", "{text}");
        }
        // One bulleted headline is still the headline.
        let a =
            split_text("• 长春九台招商引资走进天津 |\n\n九台区代表团赴天津开展招商活动，拜访了多家企业。\n");
        assert_eq!(a[0].title, "长春九台招商引资走进天津");
    }

    #[test]
    fn text_without_title_has_none() {
        let a = split_text("这是一段没有标题的正文，说明了很多事情，而且很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长。\n");
        assert_eq!(a[0].title, "");
        assert_eq!(a[0].body.len(), 1);
        // Clauses that end in a colon or trail off in an ellipsis are prose, however short.
        let a = split_text("盛夏时节，踏访项目建设一线，酷日挡不住建设者的热情：\n看！工地塔吊林立，一批项目建设如火如荼，规划蓝图跃然眼前……\n项目建设高歌猛进，全市上下干劲十足，重点项目全面推进，各项工作取得明显成效。\n");
        assert_eq!(a[0].title, "");
    }

    #[test]
    fn the_pages_own_name_above_the_headline_is_not_the_title() {
        let body = "\n\n  本报讯 6月3日，某市代表团到某区考察项目，双方就产业合作深入交流。\n";
        for (head, title) in [
            // A site's names and the words it describes itself with.
            ("某市新闻网官方新闻门户-权威媒体 某市门户\n\n某市代表团赴某区考察项目", "某市代表团赴某区考察项目"),
            ("某市新聞網官方新聞門戶-權威媒體\n\n某市代表團赴某區考察項目", "某市代表團赴某區考察項目"),
            // A line without Chinese is no headline of these pages.
            ("ZKX's LAB\n\n某市代表团赴某区考察项目", "某市代表团赴某区考察项目"),
            // The page's title with the site's tags, then the headline alone.
            (
                "某区参加对口合作交流会 要闻-某站 李某 2502649\n您当前的位置:首页 > 要闻\n\n某区参加对口合作交流会\n\n2017-09-13 14:33",
                "某区参加对口合作交流会",
            ),
            // A decoration above the navigation; the headline has its date right under it.
            (
                "v美丽某区v\n首页 > 新闻中心 > 某区要闻\n某集团一行到某区调研考察项目\n发布日期:2022-05-19 09:15:55",
                "某集团一行到某区调研考察项目",
            ),
            // A column of navigation items, the breadcrumb, then the headline with the date and
            // the page's other metadata on one line under it.
            (
                "首页\n新闻中心\n电视节目\n融媒大喇叭\n高新技术产业区\n空港经济开发区\n某市概况 某市新闻 社会民生 公示公告 图片新闻\n您当前的位置:某某新闻网 > 新闻中心 > 正文\n\n某市长会见某某株式会社常务副社长\n\n2015-11-02  标签:某某 会见  来源:某某新闻网  作者:张三",
                "某市长会见某某株式会社常务副社长",
            ),
            // A site's slogan over a breadcrumb and the headline.
            (
                "服务粉丝\n\n我们一直在努力\n当前位置:首页 > 情感 > 故事 >\n\n某市:新年新气象 打响项目攻坚战\n\n日期: 来源:某市融媒",
                "某市:新年新气象 打响项目攻坚战",
            ),
            // A slogan, an app's and a follow prompt, the headline over its source and date.
            (
                "最权威及时的某市综合新闻\n安装某某+客户端\n关注某市新闻网\n\n40个重点项目开复工\n\n来源:某某+客户端 2025-04-15",
                "40个重点项目开复工",
            ),
            // A breadcrumb label and one run together; the date with a site's name and a count.
            ("本页位置:首页新闻中心经济新闻\n某州吸引各国客商投资\n\n2008年08月28日 16:18", "某州吸引各国客商投资"),
            ("首页财经详情\n\n某旗赴京作推介\n\n来源网络2023-05-26 19:58:22 18", "某旗赴京作推介"),
            ("某项目在某市破土动工\n\n   2020-09-01 互联网中国铸造网12840", "某项目在某市破土动工"),
            // A breadcrumb opening with its separator; a disclaimer under a picture; a field of a
            // government page's table.
            (">首页> IT >\n\n某市:煤城之春50多个大工地热火朝天\n\n时间:2022-04-12 16:10:51", "某市:煤城之春50多个大工地热火朝天"),
            ("(资料图片仅供参考)\n\n某市长赴某所考察\n\n2022-04-12", "某市长赴某所考察"),
            ("| 标题: 1-9月全市重点项目建设情况 | |||\n| 索引号:01166760-1/2025-00033 | |||", "1-9月全市重点项目建设情况"),
            // A date and time with its half of the day and weekday; a government site's bar.
            ("2021/8/16 上午9:31:36 星期一\n\n某区春季重点项目开工仪式举行\n\n稿源: 某区政府网 2024-04-02", "某区春季重点项目开工仪式举行"),
            ("首页 政府信息公开 通知公告 专题活动 政策文件及解读\n\n某旗工业园区\n\n2024-04-02", "某旗工业园区"),
        ] {
            let a = split_text(&format!("{head}{body}"));
            assert_eq!(a[0].title, title, "{head}");
        }
        // A label with its date under it is no headline.
        let a = split_text("从某年到某年 我市招商引资质效双升\n\n分享到:\n\n发布时间:\n\n2025-10-10 09:10\n\n招商引资是区域经济发展的生命线，我市紧扣高质量发展。\n");
        assert_eq!(a[0].title, "从某年到某年 我市招商引资质效双升");
    }
}

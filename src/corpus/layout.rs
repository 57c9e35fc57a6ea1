//! Lines → classified lines: page furniture, dates, editions, bylines, publication, and the
//! shape tests (title-like, heading-like, caption-like, open-ended) the splitter and the
//! reflow build on.

use crate::corpus::normalize::{fold, sanitize, simplify, simplify_char, trim};
use regex::Regex;
use std::sync::OnceLock;

/// One non-blank line of a file.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// As written, sanitised and trimmed.
    pub text: String,
    /// Folded for matching.
    pub folded: String,
    /// Blank lines before it.
    pub gap: usize,
    /// 1-based line number in the file.
    pub line_no: usize,
}

/// What a line is, before articles are split.
#[derive(Clone, Debug, PartialEq)]
pub enum LineKind {
    /// Breadcrumbs, navigation links, copyright, addresses: not part of any article.
    Furniture,
    /// A dateline; the date as `YYYY-MM-DD`.
    Date(String),
    /// Edition and page (`第02版:特别关注`).
    Page,
    /// A byline with the authors it names.
    Byline(Vec<String>),
    /// Title, heading, caption or body: decided later.
    Text,
}

struct Rules {
    /// The furniture patterns anchored at the line's start, in one set: a line is matched
    /// against all of them in one pass that stops where none can match any more.
    furniture: regex::RegexSet,
    /// The others (版权所有, ICP备, a picture's file name), which are looked for anywhere: apart,
    /// so that a long paragraph is scanned whole only for these.
    furniture_anywhere: regex::RegexSet,
    link_headers: Vec<String>,
    byline_words: Vec<String>,
    lead_markers: Vec<String>,
    photo_markers: Vec<String>,
    site_descriptors: Vec<String>,
    /// The buttons of a page's tools (打印, 关闭, 大中小).
    page_tools: Vec<String>,
    /// The labels over a page's metadata and tools (字体, 热搜词, 关键词), each used with a colon.
    page_labels: Vec<String>,
    /// The last step of a breadcrumb (正文, 首页), set after a site's name.
    breadcrumb_words: Vec<String>,
    date_alone: Regex,
    date_labelled: Regex,
    date_iso_alone: Regex,
    /// A date with a clock time, then perhaps the site's name (2020年04月13日 02:04某某网).
    date_timed: Regex,
    /// A channel's label before the date and time, and maybe a region's after (民生 2024-11-13
    /// 11:02 内蒙古).
    date_channel: Regex,
    /// A date then the page's other metadata (2015-11-02  标签:… 来源:延吉新闻网  作者:…).
    date_with_meta: Regex,
    /// A date anywhere in a metadata line.
    date_anywhere: Regex,
    page: Regex,
    copyright: Regex,
    source: Regex,
    /// A web page's metadata line (来源:…, 作者:…): furniture, or a dateline when it has a date.
    meta_line: Regex,
    masthead: Regex,
    /// A newspaper's or a site's name alone on a line (吉林农村报, 大院网-山西大院资讯网,
    /// 浑江区人民政府): the page's masthead, never its headline.
    site_name: Regex,
}

/// Non-comment, non-empty lines of an asset file.
pub(crate) fn asset_lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The furniture patterns anchored at the line's start (`^…`), or the others.
fn furniture_set(anchored: bool) -> regex::RegexSet {
    let lines = asset_lines(include_str!("../../assets/layout/furniture.txt"));
    regex::RegexSet::new(lines.filter(|p| p.starts_with('^') == anchored))
        .unwrap_or_else(|e| panic!("built-in furniture patterns: {e}"))
}

fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(|| {
        let re = |p: &str| Regex::new(p).unwrap_or_else(|e| panic!("built-in pattern {p}: {e}"));
        let list = |text: &'static str| -> Vec<String> { asset_lines(text).map(String::from).collect() };
        Rules {
            furniture: furniture_set(true),
            furniture_anywhere: furniture_set(false),
            link_headers: list(include_str!("../../assets/layout/link_headers.txt")),
            byline_words: list(include_str!("../../assets/layout/bylines.txt")),
            lead_markers: list(include_str!("../../assets/layout/lead_markers.txt")),
            photo_markers: list(include_str!("../../assets/layout/photo_markers.txt")),
            site_descriptors: list(include_str!("../../assets/layout/site_descriptors.txt")),
            page_tools: list(include_str!("../../assets/layout/page_tools.txt")),
            page_labels: list(include_str!("../../assets/layout/page_labels.txt")),
            breadcrumb_words: list(include_str!("../../assets/layout/breadcrumb_words.txt")),
            date_alone: re(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(\s*(星期|周).)?$"),
            date_labelled: re(
                r"(发布时间|发布日期|发表时间|发稿时间|更新时间|日期|时间)\s*:?\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})",
            ),
            // (2021/8/16 上午9:31:36 星期一: the time may say its half of the day, and the
            // weekday may follow.)
            date_iso_alone: re(
                r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(\s+(上午|下午)?\d{1,2}:\d{2}(:\d{2})?)?(\s*(星期|周).)?$",
            ),
            date_timed: re(
                r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*\d{1,2}:\d{2}(?::\d{2})?[^。,!?;:“”]{0,20}$",
            ),
            date_channel: re(
                r"^[\p{Han}]{2,6}\s+(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s+\d{1,2}:\d{2}(:\d{2})?(\s+[\p{Han}]{2,6})?$",
            ),
            date_with_meta: re(
                r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s(.{0,40}(来源|作者|标签|编辑|浏览|点击|字号)\s*:|[^\s。，,]{2,20}(网|报|网站|客户端)\s?\d*$)",
            ),
            date_anywhere: re(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})"),
            page: re(r"^第\s*[0-9A-Z]{1,3}\s*版"),
            copyright: re(r"^(?:版权所有\s*:?\s*)?(.{2,16}?)社?\s*版权所有|版权所有\s*:?\s*(.{2,16}?)社?$"),
            source: re(r"(?:^|\s|[「【\[(“]|消息|文章|信息|新闻|稿件|本文)来源\s*:\s*([^\s」】”)\]）]{2,16})"),
            // Also a site's line holding a date and then a source (铁东区人民政府 2023-08-28 10:39 来源: 区委宣传部).
            meta_line: re(
                r"^[-•·\s]*[「【\[(“]?(来源|稿源|文章来源|信息来源|消息来源|新闻来源|稿件来源|本文来源|转自|转载自|作者|发布者)\s*:|\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}.{0,30}\s(来源|稿源|作者|发布者)\s*:",
            ),
            masthead: re(r"^[\p{Han}]{2,8}(日报|晚报|时报|商报|新闻|周刊)$"),
            site_name: re(
                r"^(?:[\p{Han}A-Za-z0-9·]{1,10}[-—|｜ ]+)?(?:[\p{Han}A-Za-z0-9·]{2,12}(日报|晚报|时报|商报|周刊|新闻网|资讯网|信息网|门户网站?|门户|政府网|人民政府|融媒体中心)|[\p{Han}]{2,6}[报网])$",
            ),
        }
    })
}

/// Splits decoded text into non-blank lines, counting the blank lines before each.
///
/// Text in Traditional characters is matched in Simplified form (`本報記者` → `本报记者`), so
/// every rule is written once; the text as written is kept for display.
pub fn lines(text: &str) -> Vec<Line> {
    // Only a text with a Traditional character can need simplifying; the converter's guess
    // of the script (dear: it runs both converters) is asked only then.
    let traditional = text.chars().any(crate::corpus::normalize::is_traditional) && {
        let sample: String = text
            .chars()
            .filter(|c| crate::corpus::decode::is_han(*c))
            .take(2000)
            .collect();
        !sample.is_empty() && !zhconv::is_hans(&sample)
    };
    let mut out = Vec::new();
    let mut gap = 0;
    for (i, raw) in text.split('\n').enumerate() {
        let clean = sanitize(raw);
        let t = trim(&clean);
        if t.is_empty() {
            gap += 1;
            continue;
        }
        let folded = if traditional { fold(&simplify(t)) } else { fold(t) };
        out.push(Line {
            text: t.to_owned(),
            folded,
            gap,
            line_no: i + 1,
        });
        gap = 0;
    }
    out
}

/// Classifies every line; the linked title after `上一篇:` is furniture too.
pub fn classify(lines: &[Line]) -> Vec<LineKind> {
    let r = rules();
    let mut kinds = Vec::with_capacity(lines.len());
    let mut link_follows = false;
    for line in lines {
        let f = line.folded.as_str();
        let meta = r.meta_line.is_match(f);
        let kind = if link_follows {
            link_follows = false;
            LineKind::Furniture
        } else if meta {
            // 来源:四平日报 发布时间:2025-06-18: furniture, but its date counts, wherever it
            // stands (来源:冰城+客户端 2025-04-15).
            parse_dateline(f)
                .or_else(|| r.date_anywhere.captures(f).and_then(|c| ymd(&c[1], &c[2], &c[3])))
                .map_or(LineKind::Furniture, LineKind::Date)
        } else if is_furniture(f) {
            // `上一篇:` alone: its link text is on the next line.
            link_follows = r.link_headers.iter().any(|h| f.trim_end_matches(':').trim() == h);
            LineKind::Furniture
        } else if let Some(date) = parse_dateline(f) {
            LineKind::Date(date)
        } else if r.page.is_match(f) && f.chars().count() <= 30 {
            LineKind::Page
        } else if let Some(authors) = parse_byline(f) {
            LineKind::Byline(as_written(authors, f, &fold(&line.text)))
        } else {
            LineKind::Text
        };
        kinds.push(kind);
    }
    // 通辽在线 蒙速办 蒙企通 between a login bar and a site map: a run of short links inside
    // the page's navigation is navigation too.
    for i in 1..lines.len().saturating_sub(1) {
        if kinds[i] == LineKind::Text
            && kinds[i - 1] == LineKind::Furniture
            && kinds[i + 1] == LineKind::Furniture
            && is_link_run(&lines[i].folded)
        {
            kinds[i] = LineKind::Furniture;
        }
    }
    kinds
}

/// Three or more short words set apart by spaces, no punctuation (`通辽在线 蒙速办 蒙企通`).
fn is_link_run(folded: &str) -> bool {
    let words: Vec<&str> = folded.split_whitespace().collect();
    words.len() >= 3
        && words
            .iter()
            .all(|w| w.chars().count() <= 8 && !w.contains(|c: char| "。,!?;:“”\"".contains(c)))
}

/// True when a folded line is page furniture.
pub fn is_furniture(folded: &str) -> bool {
    let r = rules();
    r.furniture.is_match(folded)
        || r.furniture_anywhere.is_match(folded)
        || is_tool_row(folded)
        || is_keyword_line(folded)
}

/// A site's keyword line, as mirror and spam sites set over copied pages (`必威体育,betway必威体育`,
/// `某某官方网站,Something某某,某某APP下载`): short comma-separated items, one of them with Latin
/// letters, that all repeat the same brand. A headline's clauses do not repeat one word each.
fn is_keyword_line(folded: &str) -> bool {
    let items: Vec<Vec<char>> = folded
        .split([',', '，', '、'])
        .map(|i| i.trim().chars().collect())
        .collect();
    if items.len() < 2
        || items
            .iter()
            .any(|i| i.is_empty() || i.len() > 16 || i.contains(&'。'))
    {
        return false;
    }
    if !items.iter().any(|i| i.iter().any(char::is_ascii_alphabetic)) {
        return false;
    }
    // One item names the site or its app (…体育, …官方网站, …APP下载), as a headline's do not.
    const SITE: [&str; 8] = [
        "体育",
        "官网",
        "官方网站",
        "网站",
        "APP下载",
        "app下载",
        "娱乐",
        "平台",
    ];
    if !items.iter().any(|i| {
        let t: String = i.iter().collect();
        SITE.iter().any(|w| t.ends_with(w))
    }) {
        return false;
    }
    // A brand of two Han characters that every item holds, written right after a Latin word of
    // four letters or more in one of them (betway必威; not an acronym: AI产业园).
    let first = &items[0];
    first.windows(2).any(|w| {
        w.iter().all(|&c| crate::corpus::decode::is_han(c))
            && items.iter().all(|i| i.windows(2).any(|x| x == w))
            && items.iter().any(|i| {
                (4..i.len().saturating_sub(1))
                    .any(|k| i[k..k + 2] == *w && i[k - 4..k].iter().all(char::is_ascii_alphabetic))
            })
    })
}

/// A row of a page's tool buttons and the labels over them, in brackets or not
/// (`【字体:大 中 小】 【打 印】 【关闭】`, `CNML格式】 【 】 【打 印】`, `热搜词:` alone): every word
/// of it is a button (page_tools.txt) or a label with its colon (page_labels.txt).
pub fn is_tool_row(folded: &str) -> bool {
    let r = rules();
    // Buttons are set apart, or letter-spaced (【打 印】), by spaces, brackets and bars.
    let compact: String = folded
        .chars()
        .filter(|&c| !c.is_whitespace() && !matches!(c, '【' | '】' | '[' | ']' | '|' | '｜' | '丨'))
        .collect();
    let mut rest = compact.as_str();
    if rest.is_empty() {
        return false;
    }
    while !rest.is_empty() {
        let buttons = r
            .page_tools
            .iter()
            .filter_map(|w| rest.strip_prefix(w.as_str()))
            .map(|after| after.strip_prefix(':').unwrap_or(after));
        let labels = r
            .page_labels
            .iter()
            .filter_map(|w| rest.strip_prefix(w.as_str())?.strip_prefix(':'));
        // The longest word that fits: the least left over.
        match buttons.chain(labels).min_by_key(|after| after.len()) {
            Some(after) => rest = after,
            None => return false,
        }
    }
    true
}

/// The length in bytes of a page label and its colon that open a line as written
/// (`熱搜詞：2025年…` → the bytes of `熱搜詞：`), matched in folded Simplified form.
pub fn page_label_len(written: &str) -> Option<usize> {
    let folded: Vec<(usize, char)> = written
        .char_indices()
        .map(|(i, c)| (i, crate::corpus::normalize::fold_char(simplify_char(c))))
        .collect();
    rules().page_labels.iter().find_map(|label| {
        let n = label.chars().count();
        let head = folded.get(..n)?;
        let colon = folded.get(n).filter(|(_, c)| *c == ':')?;
        head.iter()
            .map(|(_, c)| *c)
            .eq(label.chars())
            .then(|| colon.0 + written[colon.0..].chars().next().map_or(1, char::len_utf8))
    })
}

/// A line that is only a date, or a labelled date among other metadata
/// (`2024年08月01日`, `发布时间:2026-01-14`, `2026-01-14 10:00`).
pub fn parse_dateline(folded: &str) -> Option<String> {
    let r = rules();
    if folded.chars().count() > 60 || folded.contains('。') {
        return None;
    }
    let caps = r
        .date_alone
        .captures(folded)
        .map(|c| (c[1].to_owned(), c[2].to_owned(), c[3].to_owned()))
        .or_else(|| {
            r.date_labelled
                .captures(folded)
                .map(|c| (c[2].to_owned(), c[3].to_owned(), c[4].to_owned()))
        })
        .or_else(|| {
            r.date_iso_alone
                .captures(folded)
                .or_else(|| r.date_timed.captures(folded))
                .or_else(|| r.date_channel.captures(folded))
                .or_else(|| r.date_with_meta.captures(folded))
                .map(|c| (c[1].to_owned(), c[2].to_owned(), c[3].to_owned()))
        })?;
    ymd(&caps.0, &caps.1, &caps.2)
}

/// `("2024","8","1")` → `2024-08-01`, rejecting impossible months and days.
pub fn ymd(y: &str, m: &str, d: &str) -> Option<String> {
    let (y, m, d): (u32, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    if !(1900..=2100).contains(&y) || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// Names found in a folded (perhaps converted) line, taken back from the line as written when
/// the two align character for character (本報記者 陳星瀚 keeps 陳星瀚).
fn as_written(names: Vec<String>, folded: &str, written: &str) -> Vec<String> {
    let (f, w): (Vec<char>, Vec<char>) = (folded.chars().collect(), written.chars().collect());
    if f.len() != w.len() {
        return names;
    }
    let mut from = 0;
    names
        .into_iter()
        .map(|n| {
            let nc: Vec<char> = n.chars().collect();
            match (from..=f.len().saturating_sub(nc.len())).find(|&i| f[i..i + nc.len()] == nc[..]) {
                Some(i) => {
                    from = i + nc.len();
                    w[i..i + nc.len()].iter().collect()
                }
                None => n,
            }
        })
        .collect()
}

/// `本报记者 张三 李四 通讯员 王五` → `[张三, 李四, 王五]`. Every token must be a byline word
/// or a 2–4 character name, so prose that starts with 记者 is not a byline.
///
/// A newspaper may set the names first, and mark the line (`□张三 李四 本报记者 王五`): a byline
/// word of two or more characters standing alone among the names makes it a byline too.
pub fn parse_byline(folded: &str) -> Option<Vec<String>> {
    if folded.chars().count() > 40 {
        return None;
    }
    let folded = folded.trim_start_matches(BYLINE_MARKS).trim_start();
    let words = &rules().byline_words;
    let first_is_word = words.iter().any(|w| folded.starts_with(w.as_str()));
    // A word standing alone, of two or more characters: 记者观察 or 图们江 name no one.
    let names_a_word = || {
        folded
            .split([' ', '、', ',', '，', '/'])
            .any(|t| words.iter().any(|w| w.chars().count() >= 2 && t == w))
    };
    if !first_is_word && !names_a_word() {
        return None;
    }
    let mut authors = Vec::new();
    for token in folded.split([' ', '、', ',', '，', '/']) {
        let mut rest = token.trim_matches(|c: char| c == ':' || c == '(' || c == ')');
        // Strip any byline words glued to the front (记者张三).
        loop {
            let before = rest;
            for w in words {
                if let Some(r) = rest.strip_prefix(w.as_str()) {
                    rest = r.trim_start_matches(':');
                    break;
                }
            }
            if rest == before {
                break;
            }
        }
        if rest.is_empty() {
            continue;
        }
        let n = rest.chars().count();
        // The paper the reporters write for (文/摄 黑龙江日报 全媒体记者 …).
        if (3..=8).contains(&n) && rest.ends_with('报') && rest.chars().all(crate::corpus::decode::is_han) {
            continue;
        }
        if (2..=4).contains(&n) && rest.chars().all(crate::corpus::decode::is_han) {
            authors.push(rest.to_owned());
        } else {
            return None;
        }
    }
    (!authors.is_empty()).then_some(authors)
}

/// Marks a newspaper sets before a byline (`□本报记者 张三`, `■张三`).
const BYLINE_MARKS: &[char] = &['□', '■'];

/// The publication named by a copyright, source or masthead line (`吉 林 日 报 社 版 权 所 有`
/// → 吉林日报).
pub fn parse_publication(folded: &str) -> Option<String> {
    let r = rules();
    if let Some(c) = r.copyright.captures(folded) {
        let name = c.get(1).or_else(|| c.get(2))?.as_str().trim();
        return (!name.is_empty()).then(|| name.trim_end_matches('社').to_owned());
    }
    if let Some(c) = r.source.captures(folded) {
        return Some(c[1].trim_end_matches('社').to_owned());
    }
    r.masthead.is_match(folded).then(|| folded.to_owned())
}

/// True when a line opens with an editorial lead-in (`写在前面：`, `编者按`).
pub fn is_lead_marker(folded: &str) -> bool {
    rules().lead_markers.iter().any(|m| {
        folded
            .strip_prefix(m.as_str())
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(':') || rest.starts_with(' '))
    })
}

/// Sentence-final punctuation (folded forms).
fn is_terminal(c: char) -> bool {
    matches!(c, '。' | '!' | '?' | '…' | ';' | ':' | '．')
}

fn is_closer(c: char) -> bool {
    matches!(c, '”' | '’' | ')' | '》' | '】' | '〕' | '"' | '\'')
}

/// True when a paragraph stops mid-sentence (`…项目引`, `…为企业解决好资金、用工、营销等方面问题，`),
/// i.e. the page layout cut it.
pub fn is_open(folded: &str) -> bool {
    let mut chars = folded.chars().rev().skip_while(|c| c.is_whitespace());
    loop {
        match chars.next() {
            None => return false,
            Some(c) if is_closer(c) => continue,
            Some(c) => return !is_terminal(c),
        }
    }
}

/// True when a line contains a sentence break inside it.
fn has_inner_sentence_end(folded: &str) -> bool {
    folded.contains(['。', '!', '?', ';'])
}
/// A line that could be a title: short, no sentence inside it.
pub fn is_title_like(folded: &str) -> bool {
    let n = folded.chars().count();
    (2..=60).contains(&n)
        && !folded.contains('。')
        && !folded.ends_with([',', '、', ';', '，'])
        && !is_lead_marker(folded)
}

/// A line that could be a section heading: short, no sentence break, not introducing a list.
pub fn is_heading_like(folded: &str) -> bool {
    let n = folded.chars().count();
    (2..=36).contains(&n)
        && !has_inner_sentence_end(folded)
        && !folded.ends_with([':', ',', '、', '，'])
        && !folded.starts_with('—')
        && !opens_with_connective_clause(folded)
        && !is_lead_marker(folded)
}

/// `此外，…`, `同时，…`: a sentence that opens with a one- or two-character clause is prose,
/// not a heading.
fn opens_with_connective_clause(folded: &str) -> bool {
    folded.chars().take(3).any(|c| c == ',' || c == '，')
}

/// A fragment opening with a one-character clause (`期、挂图作战…`, `业、不流失…`) can only be
/// the rest of a word the layout cut; no paragraph starts that way.
pub fn starts_mid_word(folded: &str) -> bool {
    let mut cs = folded.chars();
    matches!((cs.next(), cs.next()), (Some(c), Some('、' | ',' | '，')) if crate::corpus::decode::is_han(c) && !is_numeral(c))
}

/// Chinese numerals open list items (`一、`, `二、`).
pub fn is_numeral(c: char) -> bool {
    "一二三四五六七八九十百千万零〇两壹贰叁肆伍陆柒捌玖拾".contains(c)
}

/// A subtitle line (`——长春市南关区“全员招商”拼开局`).
pub fn is_dash_subtitle(folded: &str) -> bool {
    (folded.starts_with("——") || folded.starts_with("--")) && is_title_like(folded)
}

/// A newspaper's or a site's name alone on a line: the page's masthead, never its headline.
pub fn is_masthead(folded: &str) -> bool {
    // 【中国某某网】: a site's name in brackets is still its name.
    let inner = folded
        .trim()
        .trim_start_matches(['【', '['])
        .trim_end_matches(['】', ']']);
    let inner = inner.trim();
    if rules().site_name.is_match(inner) {
        return true;
    }
    // 辽阳新闻网官方新闻门户-权威媒体 辽阳门户: a site's names and the words it describes itself
    // with, set apart by dashes, bars or spaces.
    let parts: Vec<&str> = inner
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '—' | '|' | '｜' | '_'))
        .filter(|p| !p.is_empty())
        .collect();
    // Self-descriptions are read two characters at a time (官方新闻门户 = 官方|新闻|门户).
    let describes = |p: &str| {
        let chars: Vec<char> = p.chars().collect();
        chars.len() >= 2
            && chars.chunks(2).all(|w| {
                let w: String = w.iter().collect();
                rules().site_descriptors.contains(&w)
            })
    };
    // 某某网 正文: the site's name and the last step of its breadcrumb.
    let breadcrumb = |p: &str| rules().breadcrumb_words.iter().any(|w| w == p);
    parts.len() >= 2
        && parts.iter().any(|p| rules().site_name.is_match(p))
        && parts
            .iter()
            .all(|p| rules().site_name.is_match(p) || describes(p) || breadcrumb(p))
}

/// A short sentence that could caption a photo (`景阳广场。`).
pub fn is_caption_like(folded: &str) -> bool {
    let n = folded.chars().count();
    (2..=50).contains(&n) && (ends_sentence(folded) || has_photo_marker(folded))
}

/// True when the last character (behind closing quotes and brackets) ends a sentence.
pub fn ends_sentence(folded: &str) -> bool {
    let last = folded
        .chars()
        .rev()
        .find(|c| !c.is_whitespace() && !is_closer(*c));
    matches!(last, Some('。' | '!' | '?' | '…' | '．'))
}

/// Carries a photo credit such as `(资料图片)` or `记者 李华 摄`, or opens like a caption
/// (`图为…`, `▲…`). Body prose never ends in a bare 摄: a sentence would close it.
pub fn has_photo_marker(folded: &str) -> bool {
    if rules().photo_markers.iter().any(|m| folded.ends_with(m.as_str())) {
        return true;
    }
    let short = folded.chars().count() <= 120;
    let opens = [
        "图为",
        "图片为",
        "上图",
        "下图",
        "左图",
        "右图",
        "图:",
        "图片:",
        "▲",
        "△",
    ]
    .iter()
    .any(|o| folded.starts_with(o));
    // …签约 供图 新民市委宣传部, …签约。某某 供图: a credit by whoever supplied the photo.
    let supplied = folded.ends_with("供图")
        || folded
            .rsplit_once(' ')
            .is_some_and(|(head, who)| head.trim_end().ends_with("供图") && who.chars().count() <= 12);
    // 马原(右一)在…: where a person stands in the picture.
    let placed = ["(左", "(右", "(中"].iter().any(|o| {
        folded
            .match_indices(o)
            .any(|(i, _)| folded[i + o.len()..].starts_with(['一', '二', '三', '四', '五', ')']))
    });
    short && (opens || supplied || placed || ends_with_photo_credit(folded))
}

/// `… 记者 李华 摄`, `…(张三 摄)`, `…。记者李华摄`: a name of 2–4 characters, set off by a space
/// or bracket or led by a byline word, then 摄.
fn ends_with_photo_credit(folded: &str) -> bool {
    let Some(rest) = folded.trim_end_matches([')', ' ']).strip_suffix('摄') else {
        return false;
    };
    let chars: Vec<char> = rest.trim_end().chars().collect();
    let run_len = chars
        .iter()
        .rev()
        .take_while(|c| crate::corpus::decode::is_han(**c) || **c == '·')
        .count();
    let (head, run) = chars.split_at(chars.len() - run_len);
    let run: String = run.iter().collect();
    // A byline word glued to the name (记者李华); one-character ones (文, 图) may begin a name.
    let name = rules()
        .byline_words
        .iter()
        .filter(|w| w.chars().count() >= 2)
        .find_map(|w| run.strip_prefix(w.as_str()))
        .unwrap_or(&run);
    let set_off = name.len() < run.len() || matches!(head.last(), Some(' ' | '(' | ':' | '/'));
    (2..=4).contains(&name.chars().count()) && set_off
}

/// Names given by a labelled metadata line (`来源:四平日报 作者:李华 王芳 编辑:张三` → 李华,
/// 王芳), taken back as written. Every name must be 2–4 characters; the next label ends them.
pub fn labelled_authors(line: &Line) -> Vec<String> {
    let f = line.folded.as_str();
    let label_end = f.match_indices(':').find_map(|(i, _)| {
        let label = f[..i].rsplit(' ').next()?.trim();
        matches!(label, "作者" | "记者" | "撰稿" | "采写" | "文" | "文/图").then_some(i + 1)
    });
    let Some(at) = label_end else {
        return Vec::new();
    };
    let mut names = Vec::new();
    for token in f[at..].split([' ', '、', ',', '，']).filter(|t| !t.is_empty()) {
        let n = token.chars().count();
        if token.contains(':') || !(2..=4).contains(&n) || !token.chars().all(crate::corpus::decode::is_han) {
            break;
        }
        names.push(token.to_owned());
    }
    as_written(names, f, &fold(&line.text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture_lines() {
        for l in [
            "Title",
            "您当前的位置: 首页 > > 文章详细",
            "上一篇:",
            "首页",
            "吉林日报社版权所有 未经授权禁止复制或建立镜像",
            "地址:吉林省长春市火炬路1518号",
            "责任编辑:张三",
            "【字体:大 中 小】",
            "|",
            "招商动态 NEWS",
            "新闻中心 NEWS CENTER",
            "分享至",
            "正在阅读:某区来某县开展对口合作 实现互利共赢",
            "(资料图)",
            "（图片）",
            "0",
            "128",
            "客服热线:0311-85395669",
            "必威体育,betway必威体育",
            "必威官方网站,Betway必威,必威APP下载",
            "吉林市丰满区人民政府| 2022-02-09 14:15",
            "字号: v|",
            "本篇文章1067字,读完约3分钟",
            "资讯电话:",
            "139-32128-146",
            "主办:某某网股份有限公司 举报电话 / 新闻热线:0431-8888888 邮箱:news@example.cn",
            "某某网移动版",
            "签发时间:",
        ] {
            assert!(is_furniture(&fold(l)), "{l}");
        }
        // A sentence about a report line is body text.
        assert!(!is_furniture(&fold(
            "为优化营商环境，市营商环境建设局公布了举报电话：0431-12345678，接受企业投诉。"
        )));
        for l in [
            "招商引资是经济发展的“源头活水”",
            "首页经济点亮商圈",
            "长春市 GDP 增长",
            "吉林 AI 产业园开工",
            "开通24小时服务热线，解决企业诉求",
            "市长热线：企业诉求件件有回音",
            "Tesla上海超级工厂投产，上海新能源车出口创新高",
            "吉林AI产业园开工，AI企业集聚吉林",
        ] {
            assert!(!is_furniture(&fold(l)), "{l}");
        }
    }

    /// Whether each line of a text is furniture, folded as the loader folds it (Traditional
    /// text in Simplified form).
    fn furniture_kinds(text: &str) -> Vec<bool> {
        classify(&lines(text))
            .into_iter()
            .map(|k| k == LineKind::Furniture)
            .collect()
    }

    #[test]
    fn rows_of_page_buttons_and_bare_labels_are_furniture() {
        for text in [
            "【打印本页】 【关 闭】 【CNML格式】\n字号:【大 中 小】 【收藏】\n热搜词:\n关键词：\n某市招商引资工作会议召开\n",
            "【打印本頁】 【關 閉】 【CNML格式】\n字號:【大 中 小】 【收藏】\n熱搜詞:\n關鍵詞：\n某市招商引資工作會議召開\n",
        ] {
            assert_eq!(furniture_kinds(text), [true, true, true, true, false], "{text}");
        }
        // A font-size switch, a tool's label broken before its bracket, a follow prompt.
        let text = "设置字体大小:【大 中 小】\n【页面调色板\n】\n关注某市新闻网\n某市招商引资工作会议召开\n";
        assert_eq!(furniture_kinds(text), [true, true, true, true, false]);
        // Button words inside a headline, or a label with its value, are no row of buttons.
        for l in [
            "打印机产业园项目开工",
            "关闭落后产能 推动转型",
            "关键词:招商引资",
            "字体设计大赛开幕",
        ] {
            assert!(!is_tool_row(&fold(l)), "{l}");
        }
    }

    #[test]
    fn app_prompts_and_page_numbers_are_furniture() {
        for text in [
            "某某新闻 客户端下载\n下载某某日报APP\n【 第1页 第2页 第3页 】\n上一页 下一页 共5页\n某县客户端下载量突破十万次\n",
            "某某新聞 客戶端下載\n下載某某日報APP\n【 第1頁 第2頁 第3頁 】\n上一頁 下一頁 共5頁\n某縣客戶端下載量突破十萬次\n",
        ] {
            assert_eq!(furniture_kinds(text), [true, true, true, true, false], "{text}");
        }
        // A body line about installing, and subheadings about the internet, stay.
        let text = "安装调试工作全面完成，项目可通过手机客户端实时查看运行数据。\n关注工业互联网\n";
        assert_eq!(furniture_kinds(text), [false, false]);
    }

    #[test]
    fn a_run_of_links_inside_the_navigation_is_navigation() {
        for text in [
            "欢迎访问某市人民政府!\n登录/注册 用户中心 微信 微博 客户端\n某市在线 政务办 企业通\n网站导航 支持IPV6 无障碍\n从“创新年”到“提升年” 我市招商引资质效双升\n",
            "歡迎訪問某市人民政府!\n登錄/註冊 用戶中心 微信 微博 客戶端\n某市在線 政務辦 企業通\n網站導航 支持IPV6 無障礙\n從“創新年”到“提升年” 我市招商引資質效雙升\n",
        ] {
            let kinds = classify(&lines(text));
            assert_eq!(kinds[..4], [LineKind::Furniture, LineKind::Furniture, LineKind::Furniture, LineKind::Furniture], "{text}");
            assert_eq!(kinds[4], LineKind::Text, "{text}");
        }
        // The same words as a headline's, away from the navigation, stay text.
        let kinds = classify(&lines("话乡情 聚合力 谋发展\n\n正文。\n"));
        assert_eq!(kinds[0], LineKind::Text);
    }

    #[test]
    fn a_date_with_its_time_and_the_sites_name_is_a_dateline() {
        assert_eq!(
            parse_dateline(&fold("2020年04月13日 02:04某某材料网zr")).as_deref(),
            Some("2020-04-13")
        );
        assert_eq!(
            parse_dateline(&fold("2020-04-13 02:04 某某网")).as_deref(),
            Some("2020-04-13")
        );
        assert_eq!(parse_dateline(&fold("2020年04月13日 02:04，会议召开。")), None);
    }

    #[test]
    fn traditional_lines_match_the_same_rules() {
        let ls = lines("本報記者 陳星瀚\n\n吉林日報社版權所有\n\n您當前的位置：首頁\n");
        let kinds = classify(&ls);
        assert_eq!(kinds[0], LineKind::Byline(vec!["陳星瀚".into()]));
        assert_eq!(kinds[1], LineKind::Furniture);
        assert_eq!(kinds[2], LineKind::Furniture);
        assert_eq!(ls[0].text, "本報記者 陳星瀚");
    }

    #[test]
    fn link_title_after_prev_next_is_furniture() {
        let ls = lines("正文。\n上一篇:\n商丘:全市首笔气候贷落地\n下一篇：\n关于青岛市李沧区的报告\n");
        let kinds = classify(&ls);
        assert_eq!(kinds[0], LineKind::Text);
        assert!(kinds[1..].iter().all(|k| *k == LineKind::Furniture));
    }

    #[test]
    fn datelines() {
        assert_eq!(parse_dateline("2024年08月01日").as_deref(), Some("2024-08-01"));
        assert_eq!(
            parse_dateline("2024年8月1日 星期四").as_deref(),
            Some("2024-08-01")
        );
        assert_eq!(
            parse_dateline(&fold("发布时间：2026-01-14")).as_deref(),
            Some("2026-01-14")
        );
        assert_eq!(parse_dateline("2026/1/14 09:30").as_deref(), Some("2026-01-14"));
        // A channel's label before the date and time, a region's after.
        assert_eq!(
            parse_dateline(&fold("民生   2024-11-13 11:02   内蒙古")).as_deref(),
            Some("2024-11-13")
        );
        assert_eq!(
            parse_dateline("来源:吉林日报 发布日期:2025.12.3").as_deref(),
            Some("2025-12-03")
        );
        assert_eq!(
            parse_dateline(&fold("2015-11-02  标签:石井 光洋  来源:某某新闻网  作者:张三")).as_deref(),
            Some("2015-11-02")
        );
        assert_eq!(parse_dateline("2025年9月28日开工。"), None);
        assert_eq!(parse_dateline("2024年13月01日"), None);
    }

    #[test]
    fn bylines() {
        assert_eq!(parse_byline("本报记者 徐雁秋"), Some(vec!["徐雁秋".to_owned()]));
        assert_eq!(
            parse_byline("本报记者 张三 李四 通讯员 王五"),
            Some(vec!["张三".into(), "李四".into(), "王五".into()])
        );
        assert_eq!(parse_byline("记者 陳星瀚"), Some(vec!["陳星瀚".to_owned()]));
        assert_eq!(
            parse_byline("□文/摄 黑龙江日报 全媒体记者 孙思琪"),
            Some(vec!["孙思琪".to_owned()])
        );
        assert_eq!(parse_byline("记者从市商务局获悉"), None);
        assert_eq!(parse_byline("本报记者"), None);
    }

    #[test]
    fn bylines_with_the_names_first_and_a_mark() {
        assert_eq!(
            parse_byline("■李华 王芳 本报记者 张三"),
            Some(vec!["李华".into(), "王芳".into(), "张三".into()])
        );
        let ls = lines("□陳星瀚 李華 本報記者 王芳\n\n正文。\n");
        assert_eq!(
            classify(&ls)[0],
            LineKind::Byline(vec!["陳星瀚".into(), "李華".into(), "王芳".into()])
        );
        // Names alone, or a byline word glued into a column's name, make no byline.
        assert_eq!(parse_byline("张三 李四"), None);
        assert_eq!(parse_byline("项目建设 记者观察"), None);
        assert_eq!(parse_byline("□项目建设 图们江"), None);
    }

    #[test]
    fn mastheads_are_site_and_paper_names_alone() {
        for m in [
            "吉林农村报",
            "香港商报",
            "大院网-山西大院资讯网",
            "浑江区人民政府",
            "吉林日报",
            "中国吉林网",
            "【中国耐火材料网】",
            // The site's name and the last step of its breadcrumb.
            "某某网 正文",
            "某某新闻网 首页",
        ] {
            assert!(is_masthead(m), "{m}");
        }
        let ls = lines("某某新聞網 首頁\n某市代表團來我縣考察\n");
        assert!(is_masthead(&ls[0].folded));
        assert!(!is_masthead(&ls[1].folded));
        assert!(!is_masthead("某某网 正文内容丰富"));
        for h in [
            "朝阳区打造产业集聚新高地",
            "二道江区:掀起“百日攻坚”新高潮",
            "织密招商引资服务网络",
            "本报讯",
        ] {
            assert!(!is_masthead(h), "{h}");
        }
    }

    #[test]
    fn publication_from_copyright_and_source() {
        assert_eq!(
            parse_publication(&fold("吉 林 日 报 社 版 权 所 有  未 经 授 权 禁 止 复 制")).as_deref(),
            Some("吉林日报")
        );
        assert_eq!(
            parse_publication("版权所有:长春日报社").as_deref(),
            Some("长春日报")
        );
        assert_eq!(
            parse_publication("来源:四平日报 作者:张三").as_deref(),
            Some("四平日报")
        );
        // In brackets, as folded (（来源：吉林日报） → (来源:吉林日报)).
        assert_eq!(parse_publication("(来源:吉林日报)").as_deref(), Some("吉林日报"));
        assert_eq!(parse_publication("[来源:辽宁日报]").as_deref(), Some("辽宁日报"));
        assert_eq!(parse_publication("吉林日报").as_deref(), Some("吉林日报"));
    }

    #[test]
    fn open_and_closed_paragraph_ends() {
        assert!(is_open("服务保障筑根基,全链闭环促落地。项目引"));
        assert!(is_open("项目总投资9248.78"));
        assert!(is_open("为企业解决好资金、用工、营销等方面问题,"));
        assert!(!is_open("营造优质的商业环境。”"));
        assert!(!is_open("全力向好!"));
        assert!(!is_open("写在前面:"));
        assert!(is_open("带动形成全域齐心上、勇于奋进的“朝阳氛围”"));
    }

    #[test]
    fn shapes() {
        assert!(is_heading_like("发展势头稳中向好"));
        assert!(is_heading_like(&fold(
            "首店经济点亮商圈，沉浸式体验激发消费新活力"
        )));
        assert!(is_heading_like(&fold("短 评")));
        assert!(!is_heading_like(&fold("写在前面：")));
        assert!(!is_heading_like(&fold("——二季度要实现“全开工”。坚持倒排工")));
        assert!(is_dash_subtitle(&fold("——长春市南关区“全员招商”拼开局")));
        assert!(is_caption_like(&fold("欧亚卖场新春活动现场。(资料图片)")));
        assert!(is_caption_like("景阳广场。"));
        for caption in [
            "图为吉运风电装备制造项目建设现场。 记者 李华 摄",
            "某市委书记王某(右一)在主会场与相关企业进行签约 供图 某市委宣传部",
            "项目建设现场。(张三 摄)",
            "项目建设现场。记者李华摄",
            "▲工人们正在车间内忙碌",
            "通讯员 王五摄",
        ] {
            assert!(has_photo_marker(&fold(caption)), "{caption}");
        }
        for prose in [
            "禁止拍摄",
            "该项目占地面积较大，适合航拍摄",
            "全市招商引资工作推进会召开",
        ] {
            assert!(!has_photo_marker(&fold(prose)), "{prose}");
        }
        assert!(is_lead_marker(&fold("写在前面：")));
        assert!(is_lead_marker("编者按"));
        assert!(!is_heading_like(&fold("此外，项目的加速集聚、高效落地，源")));
        assert!(starts_mid_word("期、挂图作战"));
        assert!(starts_mid_word("储,生成一批"));
        assert!(!starts_mid_word("一、总体要求"));
        assert!(!starts_mid_word("同时,"));
    }
}

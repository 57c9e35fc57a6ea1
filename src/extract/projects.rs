//! Projects: named projects, parks, bases, centres, complexes and undertakings, with their
//! region, articles and the investment stated next to them.

use crate::corpus::layout::asset_lines;
use crate::corpus::model::{Article, ArticleId};
use crate::extract::figures::parse_money;
use crate::extract::model::{Level, Money, Project, RegionMention, Span};
use crate::extract::regions::{region_before, Scope};
use crate::extract::text::{Bounds, WordSet};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Word lists for names.
pub(crate) struct NameRules {
    pub suffixes: WordSet,
    pub boundaries: WordSet,
    /// The generic words of two characters or more, longest first, and those of one.
    generic_words: Vec<String>,
    generic_chars: Vec<char>,
    process_verbs: std::collections::HashSet<String>,
    class_words: WordSet,
    class_fields: std::collections::HashSet<String>,
    qualified_nouns: WordSet,
    milestones: WordSet,
    list_kinds: WordSet,
    governing_verbs: std::collections::HashSet<String>,
    zone_heads: WordSet,
    designations: WordSet,
    definitions: WordSet,
    introducers: WordSet,
    measure_labels: Vec<String>,
    measure_units: Vec<String>,
    compounds: WordSet,
    industries: std::collections::HashSet<String>,
    quantifiers: WordSet,
    class_markers: WordSet,
}

pub(crate) fn rules() -> &'static NameRules {
    static R: OnceLock<NameRules> = OnceLock::new();
    R.get_or_init(|| {
        let mut generic: Vec<String> = asset_lines(include_str!("../../assets/extract/project_generic.txt"))
            .map(String::from)
            .collect();
        generic.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
        let generic_words = generic
            .iter()
            .filter(|g| g.chars().count() > 1)
            .cloned()
            .collect();
        let generic_chars = generic
            .iter()
            .filter(|g| g.chars().count() == 1)
            .filter_map(|g| g.chars().next())
            .collect();
        NameRules {
            generic_words,
            generic_chars,
            suffixes: WordSet::new(asset_lines(include_str!(
                "../../assets/extract/project_suffixes.txt"
            ))),
            boundaries: WordSet::new(asset_lines(include_str!(
                "../../assets/extract/name_boundaries.txt"
            ))),
            process_verbs: asset_lines(include_str!("../../assets/extract/project_process_verbs.txt"))
                .map(String::from)
                .collect(),
            class_words: WordSet::new(asset_lines(include_str!(
                "../../assets/extract/project_class_words.txt"
            ))),
            class_fields: asset_lines(include_str!("../../assets/extract/project_class_fields.txt"))
                .map(String::from)
                .collect(),
            qualified_nouns: WordSet::new(asset_lines(include_str!(
                "../../assets/extract/project_qualified_nouns.txt"
            ))),
            milestones: WordSet::new(asset_lines(include_str!(
                "../../assets/extract/project_milestones.txt"
            ))),
            list_kinds: WordSet::new(asset_lines(include_str!(
                "../../assets/extract/project_list_kinds.txt"
            ))),
            governing_verbs: asset_lines(include_str!("../../assets/extract/governing_verbs.txt"))
                .map(String::from)
                .collect(),
            designations: WordSet::new(asset_lines(include_str!(
                "../../assets/extract/project_designations.txt"
            ))),
            definitions: WordSet::new(asset_lines(include_str!(
                "../../assets/extract/definition_markers.txt"
            ))),
            introducers: WordSet::new(asset_lines(include_str!(
                "../../assets/extract/list_introducers.txt"
            ))),
            measure_labels: asset_lines(include_str!("../../assets/extract/measure_labels.txt"))
                .map(String::from)
                .collect(),
            measure_units: asset_lines(include_str!("../../assets/extract/measure_units.txt"))
                .map(String::from)
                .collect(),
            zone_heads: WordSet::new(asset_lines(include_str!(
                "../../assets/extract/project_zone_heads.txt"
            ))),
            compounds: WordSet::new(asset_lines(include_str!(
                "../../assets/extract/project_word_compounds.txt"
            ))),
            industries: asset_lines(include_str!("../../assets/extract/industry_fields.txt"))
                .map(String::from)
                .collect(),
            quantifiers: WordSet::new(asset_lines(include_str!(
                "../../assets/extract/collective_quantifiers.txt"
            ))),
            class_markers: WordSet::new(asset_lines(include_str!(
                "../../assets/extract/class_markers.txt"
            ))),
        }
    })
}

/// Characters a name is made of (Han, Latin, digits, `·`, brackets, quotes inside names).
fn is_name_char(c: char) -> bool {
    crate::corpus::decode::is_han(c)
        || c.is_ascii_alphanumeric()
        // γ-丁内酯: chemistry names its compounds with Greek letters.
        || ('α'..='ω').contains(&c)
        // 花园口Ⅱ海上风电场址: a phase or a site numbered in Roman numerals.
        || ('Ⅰ'..='Ⅻ').contains(&c)
        || matches!(
            c,
            '·' | '(' | ')' | '（' | '）' | '“' | '”' | '‘' | '’' | '+' | '.' | '-' | '/'
        )
}

/// Where a name ending at `end` starts: leftwards over name characters, stopping after a
/// boundary word (推动, 的) or an item separator. At most `max` characters.
pub(crate) fn name_start(chars: &[char], end: usize, max: usize) -> usize {
    start_of_name(chars, end, max, None)
}

/// [`name_start`]; a boundary word ending at `own_last_word` that is a verb of building or of
/// a process is the name's own last word (酸奶|建设|项目, …电力综合能源建设、).
fn start_of_name(chars: &[char], end: usize, max: usize, own_last_word: Option<usize>) -> usize {
    let r = rules();
    let floor = end.saturating_sub(max);
    let mut j = end;
    while j > floor && is_name_char(chars[j - 1]) {
        if let Some((k, n)) = r.boundaries.longest_ending(chars, j) {
            // 数|据|2000P, 等|量置换, 和|平区: a one-character particle that makes a noun with
            // the character before or after it is part of that noun.
            // So is a verb that makes a noun with the character after it (举办|地 → 举办地).
            let in_word = (n == 1 && j >= 2 && is_noun(&chars[j - 2..j]))
                || (j < end && crate::corpus::decode::is_han(chars[j]) && is_noun(&chars[j - n..=j]));
            let own = own_last_word == Some(j) && r.process_verbs.contains(&r.boundaries.word(k));
            if !(in_word || own) {
                break;
            }
        }
        j -= 1;
    }
    // Unbalanced brackets or quotes at the front are not part of the name.
    while j < end && matches!(chars[j], ')' | '）' | '”' | '’' | '.' | '-' | '+') {
        j += 1;
    }
    let j = past_unclosed_mark(chars, j, end);
    // …产业园(汽车零部件制造基地: a name inside brackets opened before it starts after them.
    let mut depth = 0i32;
    for k in (j..end).rev() {
        match chars[k] {
            ')' | '）' => depth += 1,
            '(' | '（' if depth == 0 => return k + 1,
            '(' | '（' => depth -= 1,
            _ => {}
        }
    }
    j
}

/// A name never starts inside a division's name (新宾满族自|治县南杂木工业园区, where the
/// segmenter read 自 as a preposition): it starts with the division.
fn outside_a_division(chars: &[char], start: usize) -> usize {
    if start == 0 || !crate::corpus::decode::is_han(chars[start - 1]) {
        return start;
    }
    let from = start.saturating_sub(8);
    let window: String = chars[from..(start + 4).min(chars.len())].iter().collect();
    crate::extract::gazetteer::gazetteer()
        .find(&window, &|_| true)
        .iter()
        .find(|h| from + h.start < start && start < from + h.end && h.end - h.start >= 3)
        .map_or(start, |h| from + h.start)
}

/// “永春现代生物医药城: past an opening mark at `j` whose closing one is not in the name.
fn past_unclosed_mark(chars: &[char], mut j: usize, end: usize) -> usize {
    for (open, close) in [('“', '”'), ('‘', '’')] {
        if j < end && chars[j] == open && !chars[j..end].contains(&close) {
            j += 1;
        }
    }
    j
}

/// True when the characters are one noun of the dictionary (数据, 等量, 和平).
fn is_noun(word: &[char]) -> bool {
    let word: String = word.iter().collect();
    let j = crate::corpus::jieba();
    let tags = j.tag(&word, false);
    tags.len() == 1 && (tags[0].tag.starts_with('n') || matches!(tags[0].tag, "vn" | "b"))
}

/// True when the name has a closing mark without its opening one (手”工程).
pub(crate) fn unbalanced(name: &str) -> bool {
    let mut depth = 0i32;
    for c in name.chars() {
        match c {
            '“' | '‘' | '(' | '（' => depth += 1,
            '”' | '’' | ')' | '）' => depth -= 1,
            _ => {}
        }
        if depth < 0 {
            return true;
        }
    }
    depth != 0
}

/// 聚焦|项目, 获取|项目: a verb taking 项目 as its object, not a project's name — unless it
/// names an industry's process (风电装备制造|项目, 旧城改造|项目).
fn verb_object(name: &str, suffix_len: usize) -> bool {
    let head: String = name
        .chars()
        .take(name.chars().count().saturating_sub(suffix_len))
        .collect();
    let j = crate::corpus::jieba();
    // 利用好|项目, 服务好|项目: 好 after a verb is its complement of result, whatever the
    // segmenter glued the verb to (not 友好, 美好: a word of their own).
    let chars: Vec<char> = head.chars().collect();
    if chars.len() >= 3
        && chars[chars.len() - 1] == '好'
        && !j.has_word(&chars[chars.len() - 2..].iter().collect::<String>())
    {
        return true;
    }
    // 齐心协力抓|项目, 提档升级上|项目: a one-character verb of the campaigns for projects (抓,
    // 上, 引, 跑, 谈, 争, 促) takes 项目 as its object, unless it ends a word that is no verb
    // (线上, 以上; not 力抓).
    if let Some(&last) = chars.last() {
        let noun_word = chars.len() >= 2 && {
            let w: String = chars[chars.len() - 2..].iter().collect();
            let tags = j.tag(&w, false);
            j.has_word(&w) && tags.len() == 1 && !tags[0].tag.starts_with('v')
        };
        if "抓上引跑谈争促".contains(last) && !noun_word {
            return true;
        }
    }
    let tags = j.tag(&head, false);
    // 火锅|旗舰店/v: after a noun a three-character "verb" of the segmenter is the head of a
    // compound noun (not 全面|聚焦: verbs taking 项目 have two).
    // Nor after the verb's own object, named before it in two words or more (三家店|水库|引水,
    // 海参|海肠|混养, …金属矿|采选): a compound of noun and verb names the process (not
    // 全面|聚焦, 重点|推进: one word before the verb, of manner).
    // A clause that takes 项目 as its object has a verb, an adverb or a modal before its verb
    // (双方|进一步|夯实, 人大代表|要|跟踪): none of those here. A measure before the verb sets a
    // goal (肉牛|产值|翻番|工程), no process.
    let before = &tags[..tags.len().saturating_sub(1)];
    let object_before = before.len() >= 2
        && before.iter().map(|t| t.word.chars().count()).sum::<usize>() >= 3
        && before.last().is_some_and(|t| {
            matches!(t.tag, "n" | "nz" | "ns" | "nt" | "j") && !crate::extract::figures::is_metric(t.word)
        })
        && !before
            .iter()
            .any(|t| {
                matches!(t.tag, "d" | "ad" | "v" | "p" | "c" | "r" | "u")
                    || t.tag == "nr" && t.word.chars().count() >= 2
            })
        // Nor a person's name and the verb alone (张建文|出席|项目, 杨利文|出席|项目).
        && !tags.last().is_some_and(|v| {
            let verb_start = chars.len() - v.word.chars().count();
            crate::extract::lexicon::lexicon().name_at(&chars, 0, chars.len()) == Some(verb_start)
        });
    let compound = object_before
        || tags.len() >= 2
            && tags[tags.len() - 2].tag == "n"
            && tags.last().is_some_and(|t| t.word.chars().count() >= 3);
    !compound
        && tags.last().is_some_and(|t| {
            t.tag == "v" && t.word.chars().count() >= 2 && !rules().process_verbs.contains(t.word)
        })
}

/// True when what is left of a name without generic words is under two characters
/// (重点项目, 一批优质项目, 亿元以上项目), also once its leading verbs, adverbs and pronouns
/// are dropped (确保|项目, 该|项目).
pub(crate) fn is_generic(name: &str, suffix_len: usize) -> bool {
    is_generic_with(name, suffix_len, true)
}

/// The generic test; `strip_places` also discounts place names (for projects; an
/// organisation may well be named by its place: 深圳长春商会).
pub(crate) fn is_generic_with(name: &str, suffix_len: usize, strip_places: bool) -> bool {
    generic(name, suffix_len, strip_places, strip_places)
}

/// The generic test; `kind_heads` also counts a head of one or two common words
/// (民生项目) as generic, which a clause that singles the project out overrides (与…协会签订|软体
/// 家具项目).
fn generic(name: &str, suffix_len: usize, strip_places: bool, kind_heads: bool) -> bool {
    if is_generic_as_is(name, suffix_len, strip_places) || counted(name) {
        return true;
    }
    let j = crate::corpus::jieba();
    // 民生项目, 合作项目, 基础设施项目: a head of one or two common words names a kind of
    // project, not a project (a name carries a proper noun, a place, a figure or more words).
    let head: String = name
        .chars()
        .take(name.chars().count().saturating_sub(suffix_len))
        .collect();
    if kind_heads && name.ends_with("项目") && (2..=4).contains(&head.chars().count()) {
        let tags = j.tag(&head, false);
        if tags.len() <= 2
            && tags.iter().all(|t| {
                matches!(
                    t.tag,
                    "n" | "vn" | "v" | "a" | "ad" | "an" | "d" | "b" | "l" | "i"
                )
            })
        {
            return true;
        }
    }
    let tags = j.tag(name, false);
    let lead: usize = tags
        .iter()
        .take_while(|t| matches!(t.tag, "v" | "d" | "p" | "c" | "r" | "u" | "ad"))
        .map(|t| t.word.chars().count())
        .sum();
    lead > 0
        && lead < name.chars().count()
        && is_generic_as_is(
            &name.chars().skip(lead).collect::<String>(),
            suffix_len,
            strip_places,
        )
}

/// A digit of a count: 0-9 or 一 to 十 (百, 千, 余, 多 are added where a count may hold them).
fn is_count_digit(c: char) -> bool {
    c.is_ascii_digit() || is_cn_digit(c)
}

/// 一 to 十, with 两.
fn is_cn_digit(c: char) -> bool {
    matches!(
        c,
        '一' | '二' | '两' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
    )
}

/// 25个合作项目, 又一个亿元项目, 12家企业就15个项目, 共上报47条项目: a count of projects, not a
/// name.
fn counted(name: &str) -> bool {
    let chars: Vec<char> = name.chars().collect();
    let numeral = |c: char| is_count_digit(c) || "百千".contains(c);
    // (栋, 座, 处: buildings and sites counted, 5栋鸡舍地基工程.)
    let classifier = |c: char| matches!(c, '个' | '家' | '批' | '项' | '类' | '条' | '栋' | '座' | '处');
    // 130多个, 20余项: an approximate count too.
    let at = (0..chars.len()).find(|&i| {
        numeral(chars[i])
            && (chars.get(i + 1).is_some_and(|&c| classifier(c))
                || matches!(chars.get(i + 1), Some('多' | '余'))
                    && chars.get(i + 2).is_some_and(|&c| classifier(c)))
    });
    // 三家店|水库, 四家子|村: a place named with a count is no count.
    at.is_some_and(|i| !in_a_proper_name(&chars, i))
}

/// Whether the segmenter reads the character at `i` inside a name of a place, a person or an
/// organisation of three characters or more.
fn in_a_proper_name(chars: &[char], i: usize) -> bool {
    let text: String = chars.iter().collect();
    let j = crate::corpus::jieba();
    let mut k = 0;
    for t in j.tag(&text, false) {
        let n = t.word.chars().count();
        if k <= i && i < k + n {
            return n >= 3 && matches!(t.tag, "ns" | "nr" | "nz" | "nt");
        }
        k += n;
    }
    false
}

fn is_generic_as_is(name: &str, suffix_len: usize, strip_places: bool) -> bool {
    let chars: Vec<char> = name.chars().collect();
    let mut rest: String = chars[..chars.len().saturating_sub(suffix_len)].iter().collect();
    // Place names and years say where and when, not what (2024年朝阳区项目).
    let g = crate::extract::gazetteer::gazetteer();
    let places: Vec<(usize, usize)> = g
        .find(&rest, &|_| true)
        .iter()
        .map(|h| (h.start, h.end))
        .collect();
    // 西|鞍山|铁矿: a direction before a place is part of a proper name, not what is left.
    let head_len = chars.len().saturating_sub(suffix_len);
    let directed = matches!(chars.first(), Some('东' | '西' | '南' | '北'))
        && places.iter().any(|&(s, e)| s == 1 && e == head_len);
    if directed {
        return false;
    }
    if strip_places && !places.is_empty() {
        rest = without_spans(&rest, &places);
    }
    // A date says when (12月31日前|项目, 12月底|项目); a measure how big (12万平方米|生产基地).
    rest = without_measures(&without_dates(&rest));
    // Generic words first: 上半年 is one of them before 年 alone goes.
    rest = without_generic_words(&rest);
    rest = rest.replace('年', "");
    // Lower-case letters glued to characters are pinyin or mojibake (重攸c项目), not a name.
    let rest: String = rest
        .chars()
        .filter(|c| !c.is_ascii_digit() && !c.is_ascii_lowercase() && !matches!(c, '(' | ')' | '（' | '）'))
        .collect();
    rest.chars().count() < 2
}

/// The text without its dates: a month with or without its day, and 底, 初, 末, 前, 后 or 中
/// after them (12月31日前, 9月底).
fn without_dates(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let number = |i: usize| chars[i..].iter().take_while(|&&c| is_count_digit(c)).count();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        // A month, then perhaps its day (日 or 号): a number before 号 alone is an ordinal
        // (3号线, 1号楼), not a date.
        let m = number(i);
        if m > 0 && chars.get(i + m) == Some(&'月') {
            i += m + 1;
            let d = number(i);
            if d > 0 && matches!(chars.get(i + d), Some('日' | '号')) {
                i += d + 1;
            }
            if matches!(chars.get(i), Some('底' | '初' | '末' | '前' | '后' | '中'))
                && !chars.get(i + 1).is_some_and(|&c| is_count_digit(c))
            {
                i += 1;
            }
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// The text without its measures: a number with its unit (12万平方米, 30万吨, 100兆瓦).
fn without_measures(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let units: Vec<Vec<char>> = rules()
        .measure_units
        .iter()
        .map(|u| u.chars().collect())
        .collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let number = chars[i..]
            .iter()
            .take_while(|&&c| c.is_ascii_digit() || matches!(c, '.' | '万' | '亿'))
            .count();
        if number > 0 && chars[i].is_ascii_digit() {
            if let Some(u) = units.iter().find(|u| chars[i + number..].starts_with(u)) {
                i += number + u.len();
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// A name found in a paragraph.
#[derive(Clone)]
struct Found {
    name: String,
    start: usize,
    end: usize,
}

fn suffix_at_end(chars: &[char], end: usize) -> Option<usize> {
    rules().suffixes.longest_ending(chars, end).map(|(_, n)| n)
}

/// A word of the head (the name without its ending) as jieba tags it, with its char offsets.
struct Tok<'a> {
    word: &'a str,
    tag: &'a str,
    end: usize,
}

fn tokens<'a>(tags: &'a [jieba_rs::Tag<'a>]) -> Vec<Tok<'a>> {
    let mut at = 0;
    tags.iter()
        .map(|t| {
            let n = t.word.chars().count();
            at += n;
            Tok {
                word: t.word,
                tag: t.tag,
                end: at,
            }
        })
        .collect()
}

/// Prepositions that open a person's phrase right after their name (姜克明就…, 刘金成对…).
const AFTER_A_NAME: &str = "就对向为在与";

/// Where the name read leftwards from `head_end` really starts once the predicate before it
/// is cut off: 绿园区聚焦|重大产业项目, 东莞家具协会签订|软体家具项目, 中植集团就|华北…项目,
/// 继|肉牛屠宰项目, 立足产业链条引|项目. `None` when nothing is left.
///
/// A verb (other than an industry's process), an adverb or a preposition ends a clause when it
/// opens it or follows what can be a subject or a modifier of a verb: a place, an organisation,
/// a role, a time, another verb or adverb (香坊区举行|…, 今年3月底进行|…, 全区共确定|…). After a
/// noun it is part of a compound name (肉牛良种繁育融合示范产业园, 铝挤压生产线项目). A word right
/// after a boundary verb (推动|穿越无人机…基地) is the name's own first word, whatever jieba
/// calls it; at a clause start it is the clause's predicate. A one-character verb right before
/// the ending takes it as its object (引|项目, 建|项目).
fn after_predicate(chars: &[char], start: usize, head_end: usize) -> Option<usize> {
    if head_end <= start {
        return Some(start);
    }
    let clause_initial = start == 0 || !is_name_char(chars[start - 1]);
    let head: Vec<char> = chars[start..head_end].to_vec();
    let head_text: String = head.iter().collect();
    let j = crate::corpus::jieba();
    let tags = j.tag(&head_text, false);
    let toks = tokens(&tags);
    let last = toks.len().saturating_sub(1);
    let r = rules();
    let lex = crate::extract::lexicon::lexicon();
    let g = crate::extract::gazetteer::gazetteer();
    // An aspect particle closes the predicate before it (标志|着|该工程, 完成|了|…).
    let is_predicate = |t: &Tok| match t.tag {
        "v" => !r.process_verbs.contains(t.word),
        "d" | "p" | "ad" | "uz" | "ul" | "ug" => true,
        _ => false,
    };
    // What can stand before a verb as its subject or modifier (a verb only when it is itself
    // a predicate: 聚焦|提质|增速, not 肉牛繁育|融合).
    let subject_before = |i: usize| {
        let end = toks[i - 1].end;
        matches!(toks[i - 1].tag, "t" | "r")
            || lex.org_suffix_ending(&head, end).is_some()
            || lex.role_ending(&head, end).is_some()
            // 市委书记刘慧军|就…: a person named after a role, however the name was cut.
            || (2..=3).any(|m| {
                end >= m + 2 && lex.role_ending(&head, end - m).is_some() && lex.name_at(&head, end - m, end) == Some(m)
            })
            || g.find(&head[..end].iter().collect::<String>(), &|_| true)
                .iter()
                .any(|h| h.end == end)
    };
    // 姜克明就|…: a person's name opening the clause before a preposition is its subject, however
    // the segmenter cut the name (姜|克|明).
    // (赵晓红还就…: an adverb may stand between.)
    if clause_initial {
        if let Some(n) = (3..=5).find(|&n| {
            head.get(n).is_some_and(|c| AFTER_A_NAME.contains(*c))
                && (lex.name_at(&head, 0, n) == Some(n)
                    || "还也又则".contains(head[n - 1]) && lex.name_at(&head, 0, n - 1) == Some(n - 1))
        }) {
            return after_predicate(chars, start + n + 1, head_end);
        }
    }
    // 县委书记刘金成就…: a person named after a position, then a preposition, opens a phrase
    // of their own, however the segmenter joined the name to the preposition (成就).
    if let Some(k) = (0..head.len()).rev().find_map(|r| {
        let r0 = lex.role_ending(&head, r).map(|_| r)?;
        (2..=3).find_map(|m| {
            let p = r0 + m;
            (head.get(p).is_some_and(|c| AFTER_A_NAME.contains(*c)) && lex.name_at(&head, r0, p) == Some(m))
                .then_some(p + 1)
        })
    }) {
        if k < head.len() {
            return after_predicate(chars, start + k, head_end);
        }
    }
    // 正在|筹建…, 已经|启动…: a verb right after an adverb of aspect is a predicate. (Not after
    // 在 or 将 alone, which are as often a preposition: 在|觉华岛…, 将|申泰隆物流城打造成….)
    let after_aspect = ["正在", "已经", "即将", "曾经", "将要"]
        .iter()
        .any(|w| start >= 2 && chars[start - 2..start].iter().copied().eq(w.chars()));
    let mut is_cut = vec![false; toks.len()];
    for (i, t) in toks.iter().enumerate() {
        let single = t.word.chars().count() == 1;
        // (地 makes an adverb only of a manner: 图文并茂|地, not 寒|地, 新发|地.)
        let adverbial = t.tag == "uv" && i > 0 && matches!(toks[i - 1].tag, "l" | "i" | "a" | "ad" | "z");
        if (matches!(t.tag, "uz" | "ul" | "ug") || adverbial) && i > 0 {
            is_cut[i] = true;
            continue;
        }
        is_cut[i] = is_predicate(t)
            && if single && t.tag == "v" && i == last && i > 0 {
                // …节能灯|具|生产基地: unless the character makes a word with the one before
                // it (灯具), which the segmenter gave to a longer word.
                let k = t.end - 1;
                !(k >= 1 && j.has_word(&head[k - 1..=k].iter().collect::<String>()))
            } else if i == 0 {
                // An adverb or a preposition never opens a name (在|不断发展…). A character
                // jieba calls a verb before a fragment of a proper name that is no place opens
                // the name itself (觉|华岛旅游度假区, 申|泰|隆物流城); before a place it governs
                // it (赴|长春).
                (clause_initial && !(single && t.tag == "v" && opens_a_proper_name(&toks, g)))
                    || t.tag != "v"
                    || after_aspect
            } else {
                // A preposition always opens a phrase of its own (市商务局就|…); 与 joins partners.
                // A preposition after a person opens a phrase too (姜克明就|…); inside a
                // compound it does not (特种交通|用|铝合金).
                let person = toks[i - 1].tag == "nr" && toks[i - 1].word.chars().count() >= 2;
                // 四平·长春共建汽车产业园: places joined by a middle dot name partners inside a
                // name; prose joins a subject's partners with 与 or 和.
                let dotted = i >= 2 && toks[i - 2].word == "·" && toks[i - 1].tag == "ns";
                ((t.tag == "p" && t.word != "与") || !single || t.tag != "v")
                    && (is_cut[i - 1] || (subject_before(i) && !dotted) || (t.tag == "p" && person))
            };
    }
    // …总公司投资1亿元新建|大沾河精淀粉加工: a verb after an amount of money is the clause's
    // predicate, whatever verb it is (投资5000万元建设|…); the amount is what was put in.
    for i in 1..toks.len() {
        let before = &head[..toks[i - 1].end];
        let money = before.ends_with(&['元']) && number_start(&before[..before.len() - 1]).is_some();
        // (新建 is a county to jieba: a word ending in 建 is a verb of building all the same.)
        let verb = toks[i].tag.starts_with('v') || toks[i].word.ends_with('建');
        if money && verb && toks[i].word.chars().count() >= 2 && i < last {
            is_cut[i] = true;
        }
    }
    // 打|好|项目, 抓|实|项目: a verb and its complement of result take 项目 as their object.
    if last > 0
        && toks[last].tag.starts_with('a')
        && toks[last].word.chars().count() == 1
        && toks[last - 1].word.chars().count() == 1
        && toks[last - 1].tag == "v"
        && is_predicate(&toks[last - 1])
    {
        is_cut[last] = true;
    }
    let cut = toks
        .iter()
        .zip(&is_cut)
        .filter(|(_, &c)| c)
        .map(|(t, _)| t.end)
        .max();
    match cut {
        None => Some(start),
        Some(c) if c >= head.len() => None,
        Some(c) => Some(start + c),
    }
}

/// True when the first word (a character jieba calls a verb) opens a proper name: it governs
/// nothing (not 赴, 继, 引) and the word after it is a fragment of a name jieba could not place,
/// tagged as a proper noun (a person, a place, another name) but no division of the gazetteer
/// (华岛, 禄).
fn opens_a_proper_name(toks: &[Tok], g: &crate::extract::gazetteer::Gazetteer) -> bool {
    !rules().governing_verbs.contains(toks[0].word)
        && toks.get(1).is_some_and(|t| {
            matches!(t.tag, "nr" | "ns" | "nz" | "nrt")
                && !g
                    .find(t.word, &|_| true)
                    .iter()
                    .any(|h| h.start == 0 && h.end == t.word.chars().count())
        })
}

/// True when a word can only be part of a proper name: one jieba tags as a proper noun (nz,
/// nrt, a place) or foreign, a rare word (中粮, 国商, 减震器), a surname-like single
/// character (吉|高), a figure, model or phase (10GW, 2000P, 二期).
fn is_distinctive(j: &jieba_rs::Jieba, t: &Tok) -> bool {
    if rules().industries.contains(t.word) {
        return false;
    }
    let n = t.word.chars().count();
    t.word.chars().any(|c| c.is_ascii_alphanumeric())
        || matches!(t.tag, "nz" | "nrt" | "eng")
        || (n == 1 && matches!(t.tag, "nr" | "ns" | "nz"))
        || (n > 1 && t.tag == "ns" && j.suggest_freq(t.word) < 5000)
        || (n >= 2 && j.has_word(t.word) && j.suggest_freq(t.word) < 50)
        || (n == 2 && t.word.ends_with('期') && t.tag != "t")
}

/// True when a head names something in particular: a distinctive word, a place, or a run of
/// single characters jieba could not join (a brand it does not know: 铭|洋, 琴|洋, 数|智), as
/// opposed to common vocabulary (现代服务业, 医药健康产业园). Long heads are names.
fn has_proper_part(head: &str) -> bool {
    uncommon_len(head) > 6 || names_something(head)
}

/// The text without its generic words. A word of two characters or more goes wherever it
/// stands (一批优质|项目); one of a single character (大, 新, 小) only where it is a word of its
/// own (大|项目, but 小镇 and 新材料 keep theirs).
fn without_generic_words(text: &str) -> String {
    let r = rules();
    let mut rest = text.to_owned();
    // A word can be in what is left only if its first character is in the text (taking words
    // out never brings a character in): most of the list is passed over without a search.
    let present: Vec<char> = text.chars().collect();
    for g in &r.generic_words {
        if g.chars().next().is_some_and(|c| present.contains(&c)) && rest.contains(g.as_str()) {
            rest = rest.replace(g.as_str(), "");
        }
    }
    if !rest.chars().any(|c| r.generic_chars.contains(&c)) {
        return rest;
    }
    // A single character stays where it makes a word of the dictionary with the next ones
    // (小镇, 新材料) or the one before (做大): asking the dictionary is cheaper than segmenting.
    let j = crate::corpus::jieba();
    let chars: Vec<char> = rest.chars().collect();
    let word = |a: usize, b: usize| j.has_word(&chars[a..b].iter().collect::<String>());
    let in_word = |i: usize| {
        (i + 2 <= chars.len() && word(i, i + 2))
            || (i + 3 <= chars.len() && word(i, i + 3))
            || (i >= 1 && word(i - 1, i + 1))
    };
    chars
        .iter()
        .enumerate()
        .filter(|&(i, c)| !r.generic_chars.contains(c) || in_word(i))
        .map(|(_, &c)| c)
        .collect()
}

/// True when the text opens with a place: a division the gazetteer knows, a word the
/// segmenter tags as a place name (东北|新发地), or the name of a river, road or line, which
/// a character of its kind ends (热水河|治理, 丰碑线|改造), as names of works do.
fn opens_with_a_place(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    // (Not a common word that ends in one: 生产线, 高速路.)
    let feature = (2..=3).any(|i| {
        i + 2 <= chars.len()
            && matches!(
                chars[i],
                '河' | '江' | '湖' | '山' | '线' | '路' | '港' | '湾' | '岛'
            )
            && !common_noun(&chars[..=i])
    });
    feature
        || crate::extract::gazetteer::gazetteer()
            .find(text, &|_| true)
            .iter()
            .any(|h| h.start == 0)
        || crate::corpus::jieba()
            .tag(text, false)
            .first()
            .is_some_and(|t| t.tag == "ns")
}

/// True when the characters are one common noun of the dictionary (生产线, 高速路), not a
/// name it knows (红旗路).
fn common_noun(chars: &[char]) -> bool {
    let word: String = chars.iter().collect();
    let j = crate::corpus::jieba();
    let tags = j.tag(&word, false);
    tags.len() == 1 && tags[0].tag == "n"
}

/// The test of [`has_proper_part`] whatever the length.
fn names_something(head: &str) -> bool {
    let j = crate::corpus::jieba();
    let tags = j.tag(head, false);
    let toks = tokens(&tags);
    let single_run = toks.windows(2).any(|w| {
        w.iter().all(|t| {
            t.word.chars().count() == 1
                && crate::corpus::decode::is_han(t.word.chars().next().unwrap_or(' '))
                && !matches!(t.tag, "m" | "q" | "p" | "c" | "u" | "r" | "f")
        }) && !w.iter().all(|t| t.tag == "n")
    });
    single_run
        || toks.iter().any(|t| is_distinctive(&j, t))
        || !crate::extract::gazetteer::gazetteer()
            .find(head, &|_| true)
            .is_empty()
}

/// 新能源项目3个, 农产品加工项目4个: a project word followed by a count names a kind.
fn counted_after(chars: &[char], start: usize, end: usize) -> bool {
    let digits = chars[end..]
        .iter()
        .take_while(|&&c| is_count_digit(c) || "百千余多".contains(c))
        .count();
    // …知巢鸟总部及数字经济产业园2个项目: a count of the projects just listed, not of a kind.
    let of_projects = chars[(end + digits + 1).min(chars.len())..].starts_with(&['项', '目']);
    // 青贮饲料基地3万亩: so does an area, the kind measured — a kind in common words (not
    // 长白山人参种植基地3000亩).
    let rest = &chars[(end + digits).min(chars.len())..];
    let area = matches!(
        rest,
        ['亩', ..] | ['万', '亩', ..] | ['公', '顷', ..] | ['万', '公', '顷', ..]
    ) && {
        let head_end = end - suffix_at_end(chars, end).unwrap_or(0);
        !opens_with_a_place(&chars[start..head_end.max(start)].iter().collect::<String>())
    };
    digits > 0 && (matches!(chars.get(end + digits), Some('个' | '项' | '家')) && !of_projects || area)
}

/// 2023年沈阳市首批|项目, 金普新区招商|项目, 链条内科技型产业|项目: a class word right before
/// 项目 makes the phrase the projects of a place, a time or a kind, not one project.
fn names_a_class(chars: &[char], start: usize, end: usize) -> bool {
    if end < start + 2 || chars[end - 2..end] != ['项', '目'] {
        return false;
    }
    // 重点建设|项目: the class word may stand before 建设.
    let head_end = if chars[start..end - 2].ends_with(&['建', '设']) {
        end - 4
    } else {
        end - 2
    };
    let r = rules();
    let Some((k, n)) = r.class_words.longest_ending(chars, head_end) else {
        return false;
    };
    // 中国五矿鹤岗石墨|产业项目: before a field a name of its own (an investor, a brand) makes it
    // one project; places, years and common words only qualify the class.
    // The clause must single it out by the amount invested in it, as a class is not.
    // So does a company's name before it (金跃集团…光伏|产业项目): the company's one project.
    let lex = crate::extract::lexicon::lexicon();
    let by_a_company = || (start + 2..head_end - n).any(|e| lex.org_suffix_ending(chars, e).is_some());
    let named = || {
        r.class_fields.contains(&r.class_words.word(k))
            && names_something_but_places(&chars[start..head_end - n].iter().collect::<String>())
            && (investment_after(chars, end).is_some()
                || investment_before(chars, start).is_some()
                || by_a_company())
    };
    head_end >= start + n && !named()
}

/// 认养一头牛集团深加工项目|总经理李建军, …集团项目|负责人: a 项目 before a role is where the
/// person works (its company or its team), named as a role chain names an employer, not a
/// project announced.
fn employs_a_speaker(chars: &[char], end: usize, suffix_len: usize) -> bool {
    // Or through the project's own office (项目|管理部工作人员, 项目|部经理, 项目|办主任).
    const UNITS: [&str; 7] = ["管理部", "指挥部", "办公室", "管理处", "部", "办", "组"];
    let lex = crate::extract::lexicon::lexicon();
    let unit = UNITS
        .iter()
        .find(|u| text_at(chars, end, u))
        .map_or(0, |u| u.chars().count());
    chars[end - suffix_len..end] == ['项', '目']
        && (lex.role_at(chars, end).is_some() || (unit > 0 && lex.role_at(chars, end + unit).is_some()))
}

/// True when a name names an event or a slogan, not a project: an edition of an event
/// (第十九届…冰雪节项目), or a plan counted out in numbered parts (两城三区四基地 — not 一期、
/// 二期 of one project), or a company's legal name before 项目 (…矿业有限公司项目: whose
/// project, not which).
fn event_or_slogan(name: &str) -> bool {
    let chars: Vec<char> = name.chars().collect();
    let edition = chars
        .windows(3)
        .any(|w| w[0] == '第' && (is_cn_digit(w[1]) || w[1].is_ascii_digit()))
        && chars.contains(&'届');
    let parts = (0..chars.len().saturating_sub(1))
        .filter(|&i| {
            is_cn_digit(chars[i])
                && (i == 0 || !is_cn_digit(chars[i - 1]))
                && !is_cn_digit(chars[i + 1])
                && !matches!(chars[i + 1], '期' | '号' | '批' | '个' | '家' | '项' | '大')
                && crate::corpus::decode::is_han(chars[i + 1])
        })
        .count();
    let company = name.ends_with("公司项目");
    edition || (parts >= 2 && chars.len() <= 12) || company
}

/// A name that says it is a project (…项目, …工程), whatever its words.
fn says_it_is_a_project(name: &[char]) -> bool {
    name.ends_with(&['项', '目']) || name.ends_with(&['工', '程'])
}

/// Whether `w` is written at `i`.
fn text_at(chars: &[char], i: usize, w: &str) -> bool {
    chars
        .get(i..)
        .is_some_and(|rest| rest.iter().copied().take(w.chars().count()).eq(w.chars()))
}

/// Whether `w` is written right before `end`.
fn text_ending(chars: &[char], end: usize, w: &str) -> bool {
    let n = w.chars().count();
    end >= n && chars[end - n..end].iter().copied().eq(w.chars())
}

/// 先后到甲大市场、乙风情小镇、丙产业基地进行了实地考察, 深入到…景区及…地块、…等地: a place
/// on the list of stops of a visit is where visitors went, not a project announced (a project
/// visited says so: …项目建设现场).
fn a_stop_of_a_visit(chars: &[char], start: usize, end: usize) -> bool {
    // A project visited is one (…项目现场, …工程).
    let after: String = chars[end..chars.len().min(end + 4)].iter().collect();
    if says_it_is_a_project(&chars[start..end])
        || ["现场", "建设现场", "工地"].iter().any(|w| after.starts_with(w))
        || stops_are_the_projects(chars, end)
    {
        return false;
    }
    in_a_list_of_stops(chars, start, end)
}

/// …、抚远冷链物流园区等地，对重点项目进行调研: the sentence says the stops are the projects
/// inspected.
fn stops_are_the_projects(chars: &[char], end: usize) -> bool {
    let sentence_end = (end..chars.len())
        .find(|&j| matches!(chars[j], '。' | '；' | ';' | '！' | '？'))
        .unwrap_or(chars.len());
    // The 等地 that closes this list: only list items before it (not 等地区, nor one of a later
    // clause).
    let list_end = (end..sentence_end)
        .find(|&j| !(is_name_char(chars[j]) || chars[j] == '、'))
        .unwrap_or(sentence_end);
    let rest: String = chars[end..sentence_end].iter().collect();
    let Some(at) = rest.find("等地").filter(|&at| {
        let k = end + rest[..at].chars().count();
        k + 2 <= list_end && !text_at(chars, k, "等地区")
    }) else {
        return false;
    };
    let Some(after) = rest[at + "等地".len()..].strip_prefix(['，', ',']) else {
        return false;
    };
    let Some(p) = after.find("项目") else {
        return false;
    };
    // 对重点项目进行调研, 调研重点项目: the projects are the object of the inspection, in the clause
    // right after the list.
    let clause = &after[..p];
    // (对 the preposition, not 对接 or 对标.)
    let to = clause.starts_with('对') && !clause.starts_with("对接") && !clause.starts_with("对标");
    !clause.contains(['，', ',']) && (to || INSPECT.iter().any(|w| clause.contains(w)))
}

/// 来到…建材市场、骊住建材、|硼铁合金项目|和…展厅等地进行实地查看: a project visited among
/// other stops is one project, whatever its words.
fn a_project_visited(chars: &[char], start: usize, end: usize) -> bool {
    says_it_is_a_project(&chars[start..end]) && in_a_list_of_stops(chars, start, end)
}

/// Whether `start..end` is an item of a list of stops a visit made: after a verb of visiting in
/// its clause, in a list (、) closed by 等地, a bare 等 or the inspection itself.
fn in_a_list_of_stops(chars: &[char], start: usize, end: usize) -> bool {
    const VISIT: [&str; 7] = ["到", "深入", "走进", "参观", "来到", "察看", "考察"];
    const STOPS_END: [&str; 4] = ["进行了实地考察", "进行实地考察", "实地考察", "进行了考察"];
    // The clause, list separators and all.
    let clause = (0..start)
        .rev()
        .find(|&j| matches!(chars[j], '，' | ',' | '。' | '；' | ';' | '：' | ':'))
        .map_or(0, |j| j + 1);
    let before: String = chars[clause..start].iter().collect();
    let Some(verb) = VISIT
        .iter()
        .filter_map(|v| before.rfind(v).map(|at| at + v.len()))
        .max()
    else {
        return false;
    };
    let in_list = |j: usize| is_name_char(chars[j]) || matches!(chars[j], '、' | '和' | '及');
    let last = (end..chars.len()).find(|&j| !in_list(j)).unwrap_or(chars.len());
    let list: String = before[verb..]
        .chars()
        .chain(chars[start..last].iter().copied())
        .collect();
    // Closed by 等地, or by a bare 等 (…基地等，认真听取…), or by the inspection itself, in the
    // same sentence.
    let sentence_end = (end..chars.len())
        .find(|&j| matches!(chars[j], '。' | '；' | ';' | '！' | '？'))
        .unwrap_or(chars.len());
    let rest: String = chars[end..sentence_end].iter().collect();
    // Or by a kind of what was done (…森马集团等活动).
    let kind_closes = rest
        .find('等')
        .is_some_and(|k| lists_a_kind(&rest[k + '等'.len_utf8()..]));
    let closed = list.ends_with('等')
        || rest.contains("等地")
        || kind_closes
        || STOPS_END.iter().any(|w| rest.contains(w));
    list.contains('、') && closed
}

/// 坐落于…产业园内的…项目: a park that a project is located in is its place, not the project;
/// so is a park where a project is inspected (在…科技园|考察…项目).
fn locates_a_project(chars: &[char], start: usize, end: usize) -> bool {
    // The first five also read a park a project lies in (坐落于…产业园内).
    const LOCATED: [&str; 9] = [
        "位于",
        "坐落于",
        "坐落在",
        "落户于",
        "地处",
        "落户在",
        "落户到",
        "入驻",
        "设在",
    ];
    let after = |words: &[&str]| words.iter().any(|w| text_ending(chars, start, w));
    // 落户在|…高新技术产业园。, 位于|…产业园区。: after a verb of being located a park or a
    // base is where something is, whatever follows. A project says so (…项目, …工程).
    let own = says_it_is_a_project(&chars[start..end]);
    // 位于沈抚连接带上的|…工业园区: the same, with a phrase of place before 的.
    let located_de = start > 0 && chars[start - 1] == '的' && {
        let clause_start = (0..start - 1)
            .rev()
            .find(|&j| !is_name_char(chars[j]) && chars[j] != '的')
            .map_or(0, |j| j + 1);
        // Only since the 的 before this one, and not across a verb of building (位于…的|…集团投资
        // 建设的|…产业园: the place is the company's).
        let from = (clause_start..start - 1)
            .rev()
            .find(|&j| chars[j] == '的')
            .map_or(clause_start, |j| j + 1)
            .max(start.saturating_sub(16));
        let phrase: String = chars[from..start].iter().collect();
        LOCATED[..5].iter().any(|w| phrase.contains(w))
            && !["投资", "建设", "新建"].iter().any(|w| phrase.contains(w))
    };
    // …工业园区|各在建项目, …产业园|内各项目: the projects in it name it as their place (not
    // 中韩产业园|内新签约项目12个, where the park is the one built).
    let rest = &chars[end..];
    let holds_projects = (rest.starts_with(&['各'])
        || rest.starts_with(&['内', '各'])
        || rest.starts_with(&['内', '在', '建']))
        && rest[..rest.len().min(10)].windows(2).any(|w| w == ['项', '目']);
    // 来到…工业园区，详细了解…: one stop of a visit, inspected.
    let visited = ["来到", "走进", "深入"]
        .iter()
        .any(|w| text_ending(chars, start, w))
        && matches!(chars.get(end), Some('，' | ','))
        && {
            let next: String = chars[end + 1..chars.len().min(end + 12)].iter().collect();
            INSPECT.iter().chain(&["了解"]).any(|v| next.contains(v))
        };
    (after(&LOCATED[..5]) && matches!(chars.get(end), Some('内' | '里')))
        || (!own && (after(&LOCATED) || located_de || visited))
        || holds_projects
        || inspected_at(chars, end)
}

/// Verbs of inspecting a project where it is (在…科技园|考察…项目).
const INSPECT: [&str; 6] = ["考察", "调研", "察看", "视察", "查看", "参观"];

/// 在星光农业科技园|考察现代国际农产品市场项目: where the clause goes on from a place to inspect a
/// project there, the place is where the project is.
fn inspected_at(chars: &[char], at: usize) -> bool {
    let Some(verb) = INSPECT.iter().find(|v| text_at(chars, at, v)) else {
        return false;
    };
    let from = at + verb.chars().count();
    let clause_end = (from..chars.len())
        .find(|&j| !is_name_char(chars[j]))
        .unwrap_or(chars.len());
    clause_end >= from + 4 && chars[from..clause_end].ends_with(&['项', '目'])
}

/// 到黑龙江六水香生态农业有限公司考察|稻米加工项目: a project inspected at a named company or
/// park is the one there.
fn inspected_at_a_named_place(chars: &[char], start: usize) -> bool {
    let lex = crate::extract::lexicon::lexicon();
    INSPECT.iter().any(|v| {
        let n = v.chars().count();
        start >= n + 2
            && text_ending(chars, start, v)
            && (lex.org_suffix_ending(chars, start - n).is_some()
                || suffix_at_end(chars, start - n).is_some())
    })
}

/// 振兴老工业基地|战略: the phrase qualifies the noun after it (a policy), it names no project.
fn qualifies_a_noun(chars: &[char], end: usize) -> bool {
    let r = rules();
    r.qualified_nouns.longest_at(chars, end).is_some_and(|(k, n)| {
        // 城市 must end there (…口岸|城市, not …广场|城市综合体, 城市更新).
        r.qualified_nouns.word(k) != "城市"
            || !chars
                .get(end + n)
                .is_some_and(|&c| crate::corpus::decode::is_han(c) && c != '的')
    })
}

/// [`names_something`] on what is left once places, years and figures are taken out: the
/// name of an investor or a brand (中国五矿, 铭洋), not 2023年沈阳市 or 阿荣旗经济社会.
fn names_something_but_places(text: &str) -> bool {
    let places: Vec<(usize, usize)> = crate::extract::gazetteer::gazetteer()
        .find(text, &|_| true)
        .iter()
        .map(|h| (h.start, h.end))
        .collect();
    let rest: String = without_spans(text, &places)
        .chars()
        .filter(|&c| !c.is_ascii_digit() && c != '年')
        .collect();
    rest.chars().count() >= 2 && names_something(&rest)
}

/// The text without the characters of the (start, end) spans given.
fn without_spans(text: &str, spans: &[(usize, usize)]) -> String {
    text.chars()
        .enumerate()
        .filter(|(i, _)| !spans.iter().any(|&(s, e)| s <= *i && *i < e))
        .map(|(_, c)| c)
        .collect()
}

/// 进口铁矿|石, 工程|师, 项目|库: the project word is the start of a longer word, where the
/// segmenter reads one there (not 项目|部分生产线, though 项目部 is a word of the dictionary).
fn word_goes_on(chars: &[char], bounds: &Bounds, end: usize, suffix_len: usize) -> bool {
    let Some(&next) = chars.get(end) else {
        return false;
    };
    let from = end - suffix_len;
    let word: String = chars[from..=end].iter().collect();
    let compound = rules()
        .compounds
        .longest_at(chars, from)
        .is_some_and(|(_, n)| n > suffix_len && bounds.contains(&(from + n)));
    compound
        || (suffix_len >= 2
            && crate::corpus::decode::is_han(next)
            && crate::corpus::jieba().has_word(&word)
            && bounds.contains(&(end + 1)))
}

/// 中咨(北京)项目|管理发展有限公司: the name runs on into an organisation's.
fn runs_into_organisation(chars: &[char], end: usize) -> bool {
    let lex = crate::extract::lexicon::lexicon();
    let r = rules();
    (end + 1..chars.len().min(end + 12))
        .take_while(|&e| {
            crate::corpus::decode::is_han(chars[e - 1]) && r.boundaries.longest_ending(chars, e).is_none()
        })
        .any(|e| {
            // 汽车城|经发局: a bureau's name after it too (局 alone, two characters or more
            // before it), not the character that ends a word (…园|区).
            lex.org_suffix_ending(chars, e)
                .is_some_and(|n| e - n >= end && (n >= 2 || (chars[e - 1] == '局' && e - end >= 3)))
        })
}

/// …领域|延链补链强链项目: right after 等 a phrase names what the listed items are; and a name in
/// a list that 等 closes with a field or a place (…、商务楼宇轻资产项目招引等重点领域) is one of those.
fn category_of_a_list(chars: &[char], start: usize, end: usize) -> bool {
    if start > 0 && chars[start - 1] == '等' {
        return true;
    }
    // …加工项目现场等地: a project's site among the places visited is still a project.
    // So is a project among them (…建材市场、硼铁合金项目和…展厅等地).
    if (chars[..end].ends_with(&['项', '目']) && chars[end..].starts_with(&['现', '场']))
        || a_project_visited(chars, start, end)
        || stops_are_the_projects(chars, end)
    {
        return false;
    }
    let deng = (end..chars.len().min(end + 12))
        .take_while(|&j| is_name_char(chars[j]) || chars[j] == '、')
        .find(|&j| chars[j] == '等');
    deng.is_some_and(|k| {
        let tail: String = chars[k + 1..chars.len().min(k + 12)].iter().collect();
        lists_a_kind(&tail)
    })
}

/// 土建工程, 汽车城, 数据中心: a name that is one word of the dictionary as it stands is a
/// common noun, not a name.
fn lexicalised(name: &str) -> bool {
    let j = crate::corpus::jieba();
    let tags = j.tag(name, false);
    tags.len() == 1 && matches!(tags[0].tag, "n" | "l" | "vn" | "i")
}

/// 我们公司年产5000台…项目, 该公司…项目: a name led by a pronoun refers back to a project named
/// as such elsewhere.
fn led_by_pronoun(name: &str) -> bool {
    let j = crate::corpus::jieba();
    let tags = j.tag(name, false);
    tags.first().is_some_and(|t| t.tag == "r")
}

/// 与|肇东市大力水泥制品厂|水泥制品加工项目: after 与 an organisation is the partner that signs,
/// and the project's name starts after it. The start of the name, moved past the partner.
fn after_partner(chars: &[char], start: usize, head_end: usize) -> usize {
    if start == 0 || !matches!(chars[start - 1], '与' | '同') {
        return start;
    }
    let lex = crate::extract::lexicon::lexicon();
    (start + 2..head_end)
        .rev()
        .find(|&e| lex.org_suffix_ending(chars, e).is_some() || chars[e - 1] == '厂')
        .unwrap_or(start)
}

/// True when the clause singles a head of common vocabulary out as one project: an
/// organisation that owns it (…有限公司|电子商务产业园项目), a signing verb or an investor
/// (签订|软体家具项目)
/// the amount invested in it (投资36亿元的|特色小镇项目), or a list of projects it stands in.
fn singled_out(chars: &[char], start: usize, end: usize) -> bool {
    // Signing it, or someone's investing in it or bringing it in (温州客商投资的|满草堂医药综合体,
    // 梨树县引进的|玉米深加工产业园项目).
    // (…集团与…集团合作的|有机水田开发项目: the partners' one project.)
    const SIGNING: [&str; 11] = [
        "签署了",
        "签署",
        "签订了",
        "签订",
        "签约",
        "投资的",
        "引进的",
        "招引的",
        "签约的",
        "合作的",
        "合资的",
    ];
    let before: String = chars[start.saturating_sub(3)..start].iter().collect();
    // An item of a list of projects (医药健康产业园项目、…发动机生产基地项目、…): a neighbour
    // ends in a project word too (生产性、生活性服务业项目 lists qualities). Not after 是: a
    // list that says what a place is (是国家重要的装备工业基地、商品粮基地).
    let clause = chars[crate::extract::text::sentence_start(chars, start)..start].to_vec();
    let copula = clause.contains(&'是');
    // …项目现场、环保设备制造项目现场、…: a list of project sites visited.
    let end = if chars[end..].starts_with(&['现', '场']) {
        end + 2
    } else {
        end
    };
    let listed = !copula
        && ((start > 1 && neighbour_ends_in_a_facility(chars, start - 1))
            || (matches!(chars.get(end), Some('、' | '和' | '及'))
                && next_item_has_suffix(chars, end + 1, chars[end] != '、'))
            || ends_in_projects(chars, end));
    listed
        || SIGNING.iter().any(|w| before.ends_with(w))
        || measured_before(chars, start)
        || negotiated_with_organisation(chars, start)
        || built_by_organisation(chars, start)
        || crate::extract::lexicon::lexicon()
            .org_suffix_ending(chars, start)
            .is_some()
        // …有限公司的|智慧装备制造产业园: a company's own, named with 的.
        || (start > 2
            && chars[start - 1] == '的'
            && crate::extract::lexicon::lexicon()
                .org_suffix_ending(chars, start - 1)
                .is_some_and(|n| n >= 2))
        || investment_before(chars, start).is_some()
        || amount_just_before(chars, start).is_some()
        || inspected_at_a_named_place(chars, start)
        || a_project_visited(chars, start, end)
}

/// 建设占地面积16万平方米的|服装智能制造产业园项目: a size or an output measured before 的
/// describes one project.
fn measured_before(chars: &[char], start: usize) -> bool {
    if start == 0 || chars[start - 1] != '的' {
        return false;
    }
    let clause = crate::extract::text::clause_start(chars, start);
    chars[clause..start].iter().any(|c| c.is_ascii_digit())
}

/// 与…有限公司董事长黄宝平，就推进|新能源光伏组件项目落地事宜开展座谈: a project an organisation
/// is met about (就…) or talked over with it (洽谈…) is that organisation's one project.
fn negotiated_with_organisation(chars: &[char], start: usize) -> bool {
    const NEGOTIATE: [&str; 4] = ["洽谈", "商谈", "磋商", "接洽"];
    let sentence = crate::extract::text::sentence_start(chars, start);
    // Or talked over with it (与…有限公司对接洽谈|鱼菜共生项目合作事宜).
    let verb = NEGOTIATE
        .iter()
        .find(|v| start >= sentence + v.chars().count() && text_ending(chars, start, v))
        .map(|v| start - v.chars().count());
    let Some(jiu) = verb.or_else(|| (sentence..start).rev().find(|&j| chars[j] == '就')) else {
        return false;
    };
    let lex = crate::extract::lexicon::lexicon();
    (sentence + 2..jiu).any(|e| lex.org_suffix_ending(chars, e).is_some_and(|n| n >= 2))
}

/// 宝能物流集团有限公司计划在空港经济开发区建设|智慧供应链产业园项目: what a named organisation
/// builds is its project.
fn built_by_organisation(chars: &[char], start: usize) -> bool {
    const BUILD: [&str; 6] = ["建设", "新建", "兴建", "投建", "打造", "建立"];
    let before: String = chars[start.saturating_sub(2)..start].iter().collect();
    let sentence = crate::extract::text::sentence_start(chars, start);
    let lex = crate::extract::lexicon::lexicon();
    // The organisation opens the sentence as its subject (not 高新区与万达集团签署了…).
    let subject = (sentence + 4..start)
        .take_while(|&e| is_name_char(chars[e - 1]) && !matches!(chars[e - 1], '与' | '和' | '同'))
        .any(|e| lex.org_suffix_ending(chars, e).is_some_and(|n| n >= 2));
    BUILD.contains(&before.as_str()) && subject
}

/// …、腾翔铸锻造产业园和核乏料罐制造等项目: the list a name stands in ends in 等…项目.
fn ends_in_projects(chars: &[char], end: usize) -> bool {
    let Some(deng) = (end..chars.len().min(end + 40))
        .take_while(|&j| is_name_char(chars[j]) || chars[j] == '、')
        .find(|&j| chars[j] == '等')
    else {
        return false;
    };
    let tail: String = chars[deng + 1..chars.len().min(deng + 9)].iter().collect();
    tail.contains("项目") && !lists_a_kind(&tail)
}

/// True when the item before the separator at `sep` ends in a project word: after 、 any, after
/// 和 or 及 a facility (养殖基地和|养蜂示范基地, but 民生项目和|基础设施项目 are kinds).
fn neighbour_ends_in_a_facility(chars: &[char], sep: usize) -> bool {
    // A project's site (…项目现场、) ends in its project word too.
    let site = chars[sep] == '、' && sep >= 4 && chars[..sep].ends_with(&['现', '场']);
    if site && suffix_at_end(chars, sep - 2).is_some() {
        return true;
    }
    match (chars[sep], suffix_at_end(chars, sep)) {
        ('、', Some(_)) => true,
        ('和' | '及', Some(n)) => !matches!(chars[sep - n..sep], ['项', '目'] | ['工', '程']),
        _ => false,
    }
}

/// True when the list item starting at `i` ends in a project word.
/// With `facility_only` (after 和 or 及) the word is a facility's, not 项目 or 工程.
fn next_item_has_suffix(chars: &[char], i: usize, facility_only: bool) -> bool {
    let end = (i..chars.len())
        .find(|&j| !is_name_char(chars[j]))
        .unwrap_or(chars.len());
    (i + 2..=end).any(|e| {
        suffix_at_end(chars, e).is_some_and(|n| {
            e - n > i && !(facility_only && matches!(chars[e - n..e], ['项', '目'] | ['工', '程']))
        })
    })
}

/// Names ending in a project word: 致远百亿级项目, 国商眼镜城, 满草堂医药综合体.
fn by_suffix(chars: &[char], bounds: &Bounds) -> Vec<Found> {
    let mut out = Vec::new();
    for end in 2..=chars.len() {
        let Some(n) = suffix_at_end(chars, end) else {
            continue;
        };
        // 项目建设 ends at 项目; 工程(一期)项目 is taken whole at its last ending.
        // 建设|风电场 but 酸奶建设|项目: before 项目 and 工程 a verb of building is part of the name.
        let generic_ending = matches!(chars[end - n..end], ['项', '目'] | ['工', '程']);
        let start = start_of_name(chars, end - n, 36, generic_ending.then_some(end - n));
        let Some(start) = after_predicate(chars, start, end - n) else {
            continue;
        };
        // 就|“…项目”: a predicate cut before an opening mark whose closing one is not in the name.
        let start = past_unclosed_mark(chars, start, end);
        let start = trim_front(chars, after_partner(chars, start, end - n), end);
        let start = after_class_of_projects(chars, start, end - n);
        // 等生态旅游产业及|生物质秸秆综合利用项目: after the list's category, a name joined to it.
        let start = if start > 0 && chars[start - 1] == '等' {
            (start..end - n)
                .rev()
                .find(|&j| matches!(chars[j], '及' | '和'))
                .map_or(start, |j| j + 1)
        } else {
            start
        };
        let start = capacity_list_start(chars, start, end - n);
        // 果蔬批发市场及|汽车汽配交易中心: a conjunction after a name complete with its own
        // ending joins two names; and none opens one (…建设及|人参种植项目).
        let start = (start..end - n)
            .rev()
            .find(|&j| {
                matches!(chars[j], '及' | '和' | '与') && (j == start || suffix_at_end(chars, j).is_some())
            })
            .map_or(start, |j| j + 1);
        let amount = leading_amount(&chars[start..end - n]).unwrap_or(0);
        let start = start + amount;
        let start = outside_a_division(chars, start);
        // 首座跨江铁路大桥|同江中俄黑龙江铁路大桥: a description after a rank, with the same ending,
        // stands in apposition before the name, which opens with its place (not
        // 京东亚洲一号物流园|长春物流园, a brand's branch).
        let head: String = chars[start..end - n].iter().collect();
        let after_rank = RANKS
            .iter()
            .chain(&["第一"])
            .filter_map(|r| {
                head.find(r)
                    .map(|b| start + head[..b].chars().count() + r.chars().count())
            })
            .min();
        let start = after_rank
            .and_then(|from| {
                (from.max(start + 2)..end - n).rev().find(|&k| {
                    k >= n
                        && chars[k - n..k] == chars[end - n..end]
                        && opens_with_a_place(&chars[k..end].iter().collect::<String>())
                })
            })
            .unwrap_or(start);
        let name: String = chars[start..end].iter().collect();
        // The tests that read the characters around the name first, those that ask jieba
        // or the gazetteer last. 沉浸式餐饮娱乐项目《见东方·吉时晚宴》: a description before
        // the name itself.
        // 中农兴和|公司蛋品加工厂: a name never opens with a company's ending; the 和 that cut it
        // was inside the company's name.
        if end - start <= n
            || chars.get(end) == Some(&'《')
            || (["公司", "集团"].iter().any(|w| text_at(chars, start, w)) && start + 2 < end - n)
            || inside_of(chars, bounds, end)
            || unbalanced(&name)
            || counted_after(chars, start, end)
            || names_a_class(chars, start, end)
            || word_goes_on(chars, bounds, end, n)
            || crate::extract::lexicon::lexicon()
                .org_suffix_at(chars, end)
                .is_some_and(|m| bounds.contains(&(end + m)))
            || runs_into_organisation(chars, end)
            // …开发区(沈阳通航产业基地)管委会: a zone's other name in brackets, inside the name of
            // the zone's committee.
            || (matches!(chars.get(end), Some(')' | '）'))
                && crate::extract::lexicon::lexicon().org_suffix_at(chars, end + 1).is_some())
            || qualifies_a_noun(chars, end)
            || employs_a_speaker(chars, end, n)
            || a_stop_of_a_visit(chars, start, end)
            || locates_a_project(chars, start, end)
            || category_of_a_list(chars, start, end)
        {
            continue;
        }
        // 现代服务业项目, 石化产业基地: common vocabulary names a kind of project, unless
        // the clause singles one out.
        let single = singled_out(chars, start, end);
        let kind = !single && !has_proper_part(&chars[start..end - n].iter().collect::<String>());
        // …的屠宰和|食品加工厂项目, …制造与|表面应用项目: a kind after 和, 与 or 及 whose other
        // half has no project word of its own is one name with it.
        let joined = if kind {
            joined_start(chars, start, end, n)
        } else {
            None
        };
        let (start, name, kind) = match joined {
            Some(s) => (s, chars[s..end].iter().collect(), false),
            None => (start, name, kind),
        };
        // …的吉运风电装备制造项目: after 的 (or an amount: 1.2亿元|…医养结合项目) the name is a
        // noun phrase, whatever ends its head.
        let after_de = (start > 0 && matches!(chars[start - 1], '的')) || amount > 0;
        if !kind
            && (after_de || (!verb_object(&name, n) && !parallel_to_a_verb_phrase(chars, start, end, n)))
            && !generic(&name, n, true, !single)
            && !lexicalised(&name)
            && !led_by_pronoun(&name)
            && !event_or_slogan(&name)
        {
            out.push(Found { name, start, end });
        }
    }
    out
}

/// 全面聚焦项目、全员奋战项目、|全力攻坚项目: an item of a list whose neighbour, with the same
/// ending, is a verb taking it as object is one of a row of parallel verb phrases (排比), not a
/// name, whatever the segmenter makes of its own verb.
fn parallel_to_a_verb_phrase(chars: &[char], start: usize, end: usize, suffix_len: usize) -> bool {
    let ending = &chars[end - suffix_len..end];
    let neighbour_is_verb_phrase = |from: usize, to: usize| {
        to >= from + suffix_len + 2
            && chars[to - suffix_len..to] == *ending
            && verb_object(&chars[from..to].iter().collect::<String>(), suffix_len)
    };
    let before = start >= 2 && chars[start - 1] == '、' && {
        let from = (0..start - 1)
            .rev()
            .find(|&j| !is_name_char(chars[j]) || chars[j] == '、')
            .map_or(0, |j| j + 1);
        neighbour_is_verb_phrase(from, start - 1)
    };
    let after = chars.get(end) == Some(&'、') && {
        let to = (end + 1..chars.len())
            .find(|&j| !is_name_char(chars[j]) || chars[j] == '、')
            .unwrap_or(chars.len());
        neighbour_is_verb_phrase(end + 1, to)
    };
    before || after
}

/// 招商推介会及|合作项目, …营口片区及|重点企业项目: a conjunction that joins an event or an area
/// to a generic kind of project joins two things, neither a named project.
fn joins_a_generic_kind(chars: &[char], start: usize, end: usize, suffix_len: usize) -> bool {
    let Some(j) = (start + 2..end - suffix_len)
        .rev()
        .find(|&j| matches!(chars[j], '及' | '和' | '与'))
    else {
        return false;
    };
    // (Not 和 inside a word: 和平, 和谐.)
    let word = |w: &[char]| crate::corpus::jieba().has_word(&w.iter().collect::<String>());
    let in_word = word(&chars[j..(j + 2).min(end)]) || word(&chars[j - 1..=j]);
    // What stands before is an event or an area (…推介会, …片区), not a process that the kind
    // completes (肉牛屠宰及|食品加工项目).
    let event_or_area =
        matches!(chars[j - 1], '会' | '区') || text_ending(chars, j, "活动") || text_ending(chars, j, "仪式");
    !in_word
        && event_or_area
        && suffix_at_end(chars, j).is_none()
        && is_generic(&chars[j + 1..end].iter().collect::<String>(), suffix_len)
}

/// 年产6万吨N-甲基吡咯烷酮、|γ-丁内酯系列产品项目: after a capacity (年产, 年加工 and a figure)
/// the 、 lists the products of one project, not projects. Where the name starts then.
fn capacity_list_start(chars: &[char], start: usize, head_end: usize) -> usize {
    if start < 2 || chars[start - 1] != '、' || head_end <= start {
        return start;
    }
    let from = name_start(chars, start - 1, 30);
    // The item before names no project of its own (…奶粉项目现场、|…).
    if (from + 2..start).any(|e| suffix_at_end(chars, e).is_some()) {
        return start;
    }
    let capacity = (from..start - 1).find(|&p| {
        chars[p] == '年'
            && (p == 0 || !is_count_digit(chars[p - 1]))
            && (p + 2..(p + 4).min(start - 1)).any(|d| {
                chars[d].is_ascii_digit() && chars[p + 1..d].iter().all(|&c| crate::corpus::decode::is_han(c))
            })
    });
    capacity.unwrap_or(start)
}

/// Where a name of common words that follows 和, 与 or 及 starts once the words before the
/// conjunction join it: `None` when they end in a project word of their own (民生项目和|…), or
/// the whole still names no one thing — it must stand after 的 or be singled out by the clause
/// (招引|总部企业与现代服务业项目 are two kinds).
fn joined_start(chars: &[char], start: usize, end: usize, suffix_len: usize) -> Option<usize> {
    let head_end = end - suffix_len;
    if start < 2 || head_end < start + 2 || !matches!(chars[start - 1], '和' | '与' | '及' | '、') {
        return None;
    }
    if suffix_at_end(chars, start - 1).is_some() {
        return None;
    }
    let s = after_predicate(chars, name_start(chars, start - 1, 24), start - 1)?;
    // 。旭阳铜金粉、铝膏项目厂房全部建成: two products of one maker share the project word when
    // the pair is the whole subject of its clause.
    let paired_products = chars[start - 1] == '、'
        && (s == 0 || matches!(chars[s - 1], '。' | '；' | ';' | '，' | ','))
        && !chars[s..start - 1].contains(&'、')
        // The second a product of a word or two (铝膏), the first no project of its own.
        && head_end - start <= 3
        && !chars[s..start - 1].windows(2).any(|w| w == ['项', '目']);
    if chars[start - 1] == '、' && !paired_products {
        return None;
    }
    let one_thing = paired_products || (s > 0 && chars[s - 1] == '的') || singled_out(chars, s, end);
    (s + 2 < start && one_thing && has_proper_part(&chars[s..head_end].iter().collect::<String>()))
        .then_some(s)
}

/// Where a name starts that follows a class of projects in apposition (全市重大项目|中兴汽车
/// 零部件产业园): after the last 项目 inside it whose phrase is generic or a class.
fn after_class_of_projects(chars: &[char], start: usize, head_end: usize) -> usize {
    let Some(p) = (start + 2..head_end.saturating_sub(1))
        .rev()
        .find(|&p| chars[p - 2..p] == ['项', '目'])
    else {
        return start;
    };
    if a_class_of_projects(chars, start, p) {
        p
    } else {
        start
    }
}

/// True when `chars[start..end]`, ending in 项目, names a class of projects (全市重大项目,
/// 国家重大能源战略项目) or is generic: no one project.
fn a_class_of_projects(chars: &[char], start: usize, end: usize) -> bool {
    names_a_class(chars, start, end) || is_generic(&chars[start..end].iter().collect::<String>(), 2)
}

/// Names in apposition to a generic 项目 (国家重大能源战略项目|辽河储气库群|建设): after a phrase
/// that names a class of projects, what runs up to a verb of the project's course is its name.
fn by_apposition(chars: &[char]) -> Vec<Found> {
    let r = rules();
    let mut out = Vec::new();
    for i in 2..chars.len() {
        if chars[i - 2..i] != ['项', '目'] {
            continue;
        }
        // The cheap test first: a verb of the project's course close after it.
        let Some(end) = (i + 3..chars.len().min(i + 21))
            .take_while(|&e| is_name_char(chars[e - 1]))
            .find(|&e| r.milestones.longest_at(chars, e).is_some())
        else {
            continue;
        };
        if !a_class_of_projects(chars, name_start(chars, i - 2, 24), i) {
            continue;
        }
        let name: String = chars[i..end].iter().collect();
        let lex = crate::extract::lexicon::lexicon();
        // A noun phrase without a particle or a verb of its own (not 又好又快, 云视频集中).
        let j = crate::corpus::jieba();
        let tags = j.tag(&name, false);
        let noun_phrase = tags
            .last()
            .is_some_and(|t| t.tag.starts_with('n') || t.tag == "vn")
            && tags
                .first()
                .is_some_and(|t| !matches!(t.tag, "r" | "p" | "d" | "c" | "u"));
        // 重点项目|“开春全面|开工”: a slogan's quotation cut open is no name.
        if is_name_char(chars[i])
            && !unbalanced(&name)
            && noun_phrase
            && !(i..end).any(|e| r.boundaries.longest_at(chars, e).is_some())
            && names_something_but_places(&name)
            && !is_generic(&name, 0)
            && !lexicalised(&name)
            && lex.org_suffix_ending(chars, end).is_none()
        {
            out.push(Found { name, start: i, end });
        }
    }
    out
}

/// Every project name in a paragraph, by all three rules; where finds overlap the longest
/// wins (…配套工程(一期)项目 over …配套工程).
fn names_in(chars: &[char]) -> Vec<Found> {
    let mut found = by_title_marks(chars);
    found.extend(by_enumeration(chars));
    found.extend(by_comma_list(chars));
    // Word boundaries, segmented only where a rule asks (项目|部分, not 项目部).
    let text: String = chars.iter().collect();
    found.extend(by_suffix(chars, &crate::extract::text::word_boundaries(&text)));
    found.extend(by_apposition(chars));
    found.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
    let mut kept: Vec<Found> = Vec::new();
    for f in found
        .into_iter()
        .map(|f| without_leading_rank(chars, without_leading_amount(chars, f)))
    {
        if part_of_this_project(chars, &f)
            || relied_on(chars, f.start, f.end)
            || in_a_definition(chars, f.start)
            || designated(chars, f.start, f.end)
            || names_no_project(&f.name)
            || holds_an_amount(&f.name)
            || counted_before(chars, f.start, f.end)
            || classed_after(chars, f.end)
            || ranked_or_typed(&f.name)
            || described_by_a_superlative(chars, f.start)
            || a_venue(chars, f.start, f.end)
            || counted_by_size(chars, f.start, f.end)
            || aspired_to(chars, f.start, f.end)
            || in_a_slogan(chars, f.start, f.end)
            || joins_a_generic_kind(chars, f.start, f.end, suffix_at_end(chars, f.end).unwrap_or(0))
        {
            continue;
        }
        if !kept.iter().any(|k| f.start < k.end && k.start < f.end) {
            kept.push(f);
        }
    }
    kept.into_iter().flat_map(|f| split_alias(chars, f)).collect()
}

/// 签订的10亿元|人参精深加工项目: an amount written right before a name is what it costs (see
/// [`amount_just_before`]), not part of the name.
fn without_leading_amount(chars: &[char], f: Found) -> Found {
    let Some(at) = leading_amount(&chars[f.start..f.end]).filter(|&at| f.start + at + 2 <= f.end) else {
        return f;
    };
    let start = f.start + at;
    Found {
        name: chars[start..f.end].iter().collect(),
        start,
        end: f.end,
    }
}

/// How many characters an amount of money opening `chars` takes (1.2亿元|…), if one does.
fn leading_amount(chars: &[char]) -> Option<usize> {
    let text: String = chars.iter().collect();
    let (_, span) = crate::extract::figures::parse_money_span(&text)?;
    (span.start == 0).then(|| text[..span.end].chars().count())
}

/// The amount written right before a name (签订的10亿元|人参精深加工项目, 1.1亿元的|…项目).
fn amount_just_before(chars: &[char], start: usize) -> Option<Money> {
    let end = if start > 0 && chars[start - 1] == '的' {
        start - 1
    } else {
        start
    };
    let clause: String = chars[crate::extract::text::clause_start(chars, end)..end]
        .iter()
        .collect();
    // The last amount of the clause, ending where the name (or its 的) begins.
    let from = clause.char_indices().map(|(i, _)| i).find(|&i| {
        crate::extract::figures::parse_money_span(&clause[i..])
            .is_some_and(|(_, r)| r.start == 0 && i + r.end == clause.len())
    })?;
    parse_money(&clause[from..])
}

/// 单体投资100亿元大项目: an amount is said of projects (what they cost), never part of one's
/// name; a name with its capacity (年产5万吨) has no currency.
fn holds_an_amount(name: &str) -> bool {
    parse_money(name).is_some()
}

/// 引进了一批大的|物流园区建设项目, 期待一些|沪连合作项目: a plural counted or gathered before the
/// phrase (over an adjective with 的) makes it a kind of project.
fn counted_before(chars: &[char], start: usize, end: usize) -> bool {
    let r = rules();
    // One adjective of one or two characters with 的 may stand between (一批大的, 一些新的).
    let mut ends = vec![start];
    if start >= 2 && chars[start - 1] == '的' {
        ends.extend(
            [start - 2, start.saturating_sub(3)]
                .into_iter()
                .filter(|&e| e >= 1 && e < start - 1),
        );
    }
    // 3个|…项目, 31所|学校…改造 count more than one; 一个 singles one out. The count may open
    // the phrase itself.
    if let Some(c) = (start + 1..end.min(start + 6)).find(|&j| !is_count_digit(chars[j])) {
        ends.push(c + 1);
    }
    let numbered = |e: usize| {
        let classifier = e >= 2 && matches!(chars[e - 1], '个' | '项' | '批' | '所' | '座' | '处' | '条');
        let digits = chars[..e.saturating_sub(1)]
            .iter()
            .rev()
            .take_while(|&&c| is_count_digit(c) || "百千余多".contains(c))
            .count();
        classifier && digits > 0 && !(digits == 1 && matches!(chars[e - 2], '一' | '1'))
    };
    // 一些沪连合作项目: or the phrase may hold it, read leftwards past it (期待一些…).
    (start..end).any(|i| {
        r.quantifiers
            .longest_at(chars, i)
            .is_some_and(|(_, n)| i + n <= end)
    }) || ends
        .into_iter()
        .any(|e| r.quantifiers.longest_ending(chars, e).is_some() || numbered(e))
}

/// 首个食品级鱼油生产企业合作项目, 产业结构调整型项目: a rank among projects (the first of its
/// kind) or a type (…型) describes what a project is, it does not name one.
fn ranked_or_typed(name: &str) -> bool {
    RANKS.iter().any(|r| name.contains(r)) || name.ends_with("型项目")
}

/// 全省最大规模|涝区工程项目, 规模最大的|蛋鸡养殖基地: a superlative before the words says what
/// the project is the greatest of; it describes a project named elsewhere, it names none.
fn described_by_a_superlative(chars: &[char], start: usize) -> bool {
    let before = start.checked_sub(1).map(|j| chars[j]);
    chars.get(start) == Some(&'最')
        || before == Some('最')
        || (before == Some('的')
            && (start.saturating_sub(8)..start - 1)
                .rev()
                .take_while(|&j| crate::corpus::decode::is_han(chars[j]))
                .any(|j| chars[j] == '最'))
}

/// 围绕“大干项目、干大项目”的战略部署: words in quotation marks that a plan, a call or a
/// principle follows are its slogan, not a project.
fn in_a_slogan(chars: &[char], start: usize, end: usize) -> bool {
    const PLANS: [&str; 10] = [
        "部署", "要求", "理念", "思路", "目标", "号召", "口号", "战略", "精神", "方针",
    ];
    let opened = (start.saturating_sub(30)..start)
        .rev()
        .take_while(|&j| chars[j] != '”')
        .any(|j| chars[j] == '“');
    let Some(close) = (end..chars.len().min(end + 30)).find(|&j| chars[j] == '”') else {
        return false;
    };
    if !opened || chars[end..close].contains(&'“') {
        return false;
    }
    let after: String = chars[close + 1..chars.len().min(close + 12)].iter().collect();
    let after = after.strip_prefix('的').unwrap_or(&after);
    // The noun the quotation qualifies ends in the word (的战略部署, not 战略合作协议: a
    // project named in an agreement's title).
    let head: String = after
        .chars()
        .take_while(|&c| crate::corpus::decode::is_han(c))
        .collect();
    head.chars().count() <= 6 && PLANS.iter().any(|w| head.ends_with(w))
}

/// 致力打造|北方百亿级先进陶瓷产业基地: what a place or a project is to be made into is an aim,
/// not a project — unless it says it is one (打造|…项目).
fn aspired_to(chars: &[char], start: usize, end: usize) -> bool {
    // An investment in the clause makes it a project built (投资10亿元打造|…产业园).
    let clause: String = chars[crate::extract::text::clause_start(chars, start)..start]
        .iter()
        .collect();
    ["打造", "打造成", "打造为"]
        .iter()
        .any(|w| text_ending(chars, start, w))
        && !says_it_is_a_project(&chars[start..end])
        && !clause.contains("投资")
}

/// 在|伊春国际会展中心|举行: a hall, a hotel or a centre for meetings where an event is held is
/// its venue, not a project. (A park that hosts its own signing may well be one: 在…产业园举行.)
fn a_venue(chars: &[char], start: usize, end: usize) -> bool {
    const HELD: [&str; 5] = ["举行", "举办", "召开", "开幕", "隆重"];
    const HALLS: [&str; 10] = [
        "会展中心",
        "会议中心",
        "展览中心",
        "博览中心",
        "酒店",
        "宾馆",
        "大厦",
        "礼堂",
        "体育馆",
        "剧院",
    ];
    start > 0
        && chars[start - 1] == '在'
        && HELD.iter().any(|w| text_at(chars, end, w))
        && HALLS.iter().any(|w| text_ending(chars, end, w))
}

/// 绿电替代|三大|基地, 四大工程: a count of the kind the ending names (三大 is "the three big"),
/// not one project.
fn counted_by_size(chars: &[char], start: usize, end: usize) -> bool {
    let Some(n) = suffix_at_end(chars, end) else {
        return false;
    };
    let head_end = end - n;
    // 粮乳肉菜四大|标准化|基地: a short qualifier may follow the count; not inside a place's
    // name (五大连池).
    let by_size = (start + 1..head_end).rev().take(4).any(|k| {
        chars[k] == '大'
            && is_cn_digit(chars[k - 1])
            && chars[k - 1] != '一'
            && !crate::extract::gazetteer::gazetteer()
                .find(&chars[k - 1..head_end].iter().collect::<String>(), &|_| true)
                .iter()
                .any(|h| h.start == 0)
    });
    // 两期项目 (two phases), 二期工程 (the second phase): a phase alone names no project.
    let phases = head_end == start + 2
        && chars[start + 1] == '期'
        && is_cn_digit(chars[start])
        && chars[start] != '一';
    by_size || phases
}

/// Ranks among projects of a kind (see [`ranked_or_typed`]).
const RANKS: [&str; 6] = ["首个", "首家", "首座", "第一个", "第一家", "第一座"];

/// 全国首家|寒地食用菌研发中心: a rank opening the phrase (with where it holds) says what the
/// project is first of; the name follows it.
fn without_leading_rank(chars: &[char], f: Found) -> Found {
    const SCOPES: [&str; 6] = ["全国", "全省", "全市", "国内", "省内", "东北"];
    let text: String = f.name.clone();
    let scope = SCOPES.iter().find(|w| text.starts_with(*w)).map_or("", |w| w);
    let Some(rank) = RANKS.iter().find(|r| text[scope.len()..].starts_with(*r)) else {
        return f;
    };
    let start = f.start + scope.chars().count() + rank.chars().count();
    if start + 4 > f.end {
        return f;
    }
    Found {
        name: chars[start..f.end].iter().collect(),
        start,
        end: f.end,
    }
}

/// 惠民工程|类的…, …事业项目|数量占比达35.2%: a category being sorted or counted.
fn classed_after(chars: &[char], end: usize) -> bool {
    // 类似 compares; it does not sort.
    rules().class_markers.longest_at(chars, end).is_some() && chars.get(end + 1) != Some(&'似')
}

/// What no project is called: a position (…经济开发区党工委书记, a zone's head and not the
/// zone), or the word 项目 joined to another noun (签订合作协议和项目投资协议: agreements and
/// projects, nothing named).
fn names_no_project(name: &str) -> bool {
    let chars: Vec<char> = name.chars().collect();
    let n = chars.len();
    let conjoined = n >= 3 && chars.ends_with(&['项', '目']) && matches!(chars[n - 3], '和' | '及' | '与');
    let lex = crate::extract::lexicon::lexicon();
    let position = (0..n).any(|i| lex.role_at(&chars, i) == Some(n - i));
    conjoined || position
}

/// …沿海经济带是指|长兴岛临港工业区、…基地: what a definition lists are the parts of a
/// concept (a plan, a belt, a corridor), not projects announced.
fn in_a_definition(chars: &[char], start: usize) -> bool {
    // Only the list right after the marker: back over names and 、 within the clause.
    let mut j = start;
    loop {
        if rules().definitions.longest_ending(chars, j).is_some() {
            return true;
        }
        if j == 0 || !(is_name_char(chars[j - 1]) || chars[j - 1] == '、') {
            return false;
        }
        j -= 1;
    }
}

/// …产业园内, …基地里: a place something happens in (a park with its locative), where the
/// text goes on about what is there rather than about building it.
fn inside_of(chars: &[char], bounds: &Bounds, end: usize) -> bool {
    // The locative closes its phrase (…产业园内，主播…), and is a word of its own (not 内容);
    // …产业园内基础设施建设 goes on about the park itself.
    matches!(chars.get(end), Some('内' | '里'))
        && chars.get(end + 1).is_none_or(|&c| !is_name_char(c))
        && bounds.contains(&(end + 1))
}

/// 被…列为|绿色能源转化标杆项目, 评为|…示范基地: what a body names something as is a title
/// it gives, not the name of a project.
fn designated(chars: &[char], start: usize, end: usize) -> bool {
    let r = &rules().designations;
    // 作为 names what a project serves as (该项目作为|…标杆项目), when the name ends the
    // phrase; before 的 and a noun it is a role of the subject (作为|…项目的投资主体).
    if text_ending(chars, start, "作为") {
        return chars.get(end) != Some(&'的');
    }
    // 打造|成东北…基地: the verb's 成 or 为 may have stayed on the name's front.
    r.longest_ending(chars, start).is_some()
        || (matches!(chars.get(start), Some('成' | '为')) && r.longest_ending(chars, start + 1).is_some())
}

/// 依托马林有色金属产业园区…的优势: what a plan relies on is there already, an asset and not a
/// project announced.
fn relied_on(chars: &[char], start: usize, end: usize) -> bool {
    let before: String = chars[start.saturating_sub(2)..start].iter().collect();
    // So is what serves as something (以|法库财湖机场|为航空物流运营基地).
    let serves = start > 0 && chars[start - 1] == '以' && chars.get(end) == Some(&'为');
    ["依托", "依靠", "借助", "背靠", "凭借"].contains(&before.as_str()) || serves
}

/// 该项目将构建…研发中心、生产制造基地: in a sentence about a project already named (该项目,
/// 此项目), what it builds in common words are its parts, not projects of their own. Not what
/// the sentence says it is (该项目是…的仔猪育肥项目).
fn part_of_this_project(chars: &[char], f: &Found) -> bool {
    const THIS: [&str; 7] = [
        "该项目",
        "此项目",
        "本项目",
        "这个项目",
        "这一项目",
        "该工程",
        "此工程",
    ];
    let start = f.start;
    let s = crate::extract::text::sentence_start(chars, start);
    let s = (s..start).find(|&j| !chars[j].is_whitespace()).unwrap_or(start);
    let opening: String = chars[s..start.min(s + 4)].iter().collect();
    let Some(this) = THIS.iter().find(|w| opening.starts_with(*w)) else {
        return false;
    };
    let after = s + this.chars().count();
    let copula = chars[after..start]
        .iter()
        .any(|c| matches!(c, '是' | '为' | '即' | '系'));
    let head_len = suffix_at_end(chars, f.end).unwrap_or(0);
    let head: String = chars[start..f.end - head_len].iter().collect();
    after < start && !copula && !has_proper_part(&head)
}

/// 吉林白城绿色铸锻产业园(汽车零部件制造基地): a name with a second name for it in brackets at
/// its end is two names.
fn split_alias(chars: &[char], f: Found) -> Vec<Found> {
    let close = f.end.saturating_sub(1);
    let open = (f.start..close).rev().find(|&j| matches!(chars[j], '(' | '（'));
    match open {
        Some(open)
            if matches!(chars[close], ')' | '）')
                && open > f.start + 1
                && suffix_at_end(chars, close).is_some_and(|n| close - n > open + 1)
                && suffix_at_end(chars, open).is_some() =>
        {
            vec![
                Found {
                    name: chars[f.start..open].iter().collect(),
                    start: f.start,
                    end: open,
                },
                Found {
                    name: chars[open + 1..close].iter().collect(),
                    start: open + 1,
                    end: close,
                },
            ]
        }
        _ => vec![f],
    }
}

/// Where a name really starts once what only locates it is off the front: a company before a
/// place (北京建龙重工集团有限公司|吉林白城绿色铸锻产业园) is the investor, a place before a quoted
/// name (白城市|“双创中心”) is where it is.
fn trim_front(chars: &[char], start: usize, end: usize) -> usize {
    // 今天|北新新材料…项目: a word of time that points at the day (deictic, a closed class)
    // opens the clause, never a name; 到达 straddling the start (记者到|达镇赉县…) is a verb of
    // arriving.
    const NOW: [&str; 15] = [
        "今天", "今年", "目前", "当前", "近日", "日前", "当天", "昨天", "明年", "去年", "近期", "现在",
        "此前", "随后", "同时",
    ];
    let lead: String = chars[start..end.min(start + 2)].iter().collect();
    if end >= start + 6 && NOW.contains(&lead.as_str()) {
        return trim_front(chars, start + 2, end);
    }
    if start > 0 && end >= start + 6 && matches!(chars[start - 1..=start], ['到' | '抵', '达']) {
        return trim_front(chars, start + 1, end);
    }
    // The shortest worth reading: a place of two characters and a name of four.
    if end < start + 6 {
        return start;
    }
    // 依托该旗|300万亩高效节水农田项目: the place the article is about, referred back to.
    if matches!(chars[start], '该' | '該' | '本' | '全')
        && matches!(
            chars[start + 1],
            '县' | '縣' | '市' | '区' | '區' | '旗' | '乡' | '鄉' | '镇' | '鎮' | '省' | '州' | '盟'
        )
    {
        return start + 2;
    }
    let name: String = chars[start..end].iter().collect();
    let places = crate::extract::gazetteer::gazetteer().find(&name, &|_| true);
    if let Some(h) = places.iter().find(|h| h.start == 0) {
        let at = start + h.end;
        if chars.get(at) == Some(&'“') && chars[end - 1] == '”' && !chars[at + 1..end - 1].contains(&'“')
        {
            return at;
        }
    }
    let lex = crate::extract::lexicon::lexicon();
    // 正威集团|哈尔滨项目: unless the place and the ending are all that is left, and the company
    // is what names the project.
    let n = suffix_at_end(chars, end).unwrap_or(0);
    places
        .iter()
        .map(|h| start + h.start)
        .filter(|&at| at > start + 2 && lex.org_suffix_ending(chars, at).is_some_and(|n| n >= 2))
        .max()
        .filter(|&at| !is_generic(&chars[at..end].iter().collect::<String>(), n))
        .unwrap_or(start)
}

/// Items listed before 等…项目 (城市会客厅、北方电器产业园等优质项目) or before the count of
/// the projects they are (…小镇、…基地、…总部6个项目分别落户).
fn by_enumeration(chars: &[char]) -> Vec<Found> {
    let mut out = Vec::new();
    for k in 0..chars.len() {
        let tail_from = if chars[k] == '等' {
            k + 1
        } else if k > 0 && is_name_char(chars[k - 1]) && counts_listed_projects(chars, k) {
            k
        } else {
            continue;
        };
        // The list must end in a project word within its clause (等一批…的重大项目).
        let tail_end = (tail_from..chars.len().min(tail_from + 35))
            .find(|&j| matches!(chars[j], '，' | ',' | '。' | '；' | ';'));
        let tail: String = chars[tail_from..tail_end.unwrap_or(chars.len().min(tail_from + 35))]
            .iter()
            .collect();
        if !(tail.contains("项目") || tail.contains("工程") || projects_introduce_the_list(chars, k)) {
            continue;
        }
        // …副市长尤源、政府办主任赵宏亮等参加了项目推进活动: a verb with its aspect before the
        // project word makes the items its subject, not projects.
        let to_project = tail.find("项目").or_else(|| tail.find("工程")).unwrap_or(0);
        if tail[..to_project].contains(['了', '着', '过']) {
            continue;
        }
        // “专班包保”、…等一系列推进措施使项目…: items that the tail calls measures, ways or
        // policies before any project word are those, whatever project follows.
        const NOT_PROJECTS: [&str; 8] = ["措施", "举措", "方式", "手段", "政策", "机制", "模式", "办法"];
        if NOT_PROJECTS.iter().any(|w| tail[..to_project].contains(w)) {
            continue;
        }
        let numerals = tail
            .chars()
            .take_while(|&c| is_count_digit(c) || "百千".contains(c))
            .count();
        // 兴业银行、苏宁易购等9个社区配套项目: examples of a counted kind — investors and
        // brands; a project among them is named by its own suffix. (等一批… is no count.)
        // But 东北新发地、中蓝光电马达等344个新项目开工: a count of projects of no kind in
        // particular (新, 续建, 重点) counts the items themselves.
        // Unless an item is a field (农产品精深加工产业、…等16个项目).
        let counted_kind = || {
            let kind: String = tail.chars().skip(numerals + 1).collect();
            let list = crate::extract::text::sentence_start(chars, k);
            let fields = chars[list..k].split(|&c| c == '、').any(|item| {
                item.ends_with(&['产', '业'])
                    || item.ends_with(&['行', '业'])
                    || item.ends_with(&['领', '域'])
            });
            fields
                || kind
                    .find("项目")
                    .is_none_or(|at| !is_generic_as_is(&kind[..at + "项目".len()], 2, true))
        };
        if chars[k] == '等'
            && numerals > 0
            && matches!(tail.chars().nth(numerals), Some('个' | '家' | '项'))
            && counted_kind()
        {
            continue;
        }
        // 新材料、高科技、低空经济等相关产业项目: categories, not named projects.
        if tail.contains("相关") || tail.contains('类') {
            continue;
        }
        // …、“项目管家”等重大项目推进机制: 项目 qualifies the noun the list is of.
        if tail_names_a_qualified_noun(&tail) {
            continue;
        }
        // 赴北京、上海等地, 工业、旅游等多个领域: the items are places or fields.
        if chars[k] == '等' && lists_a_kind(&tail) {
            continue;
        }
        // Items back to the clause start, split by 、.
        let mut items: Vec<(Found, bool)> = Vec::new();
        let mut item_end = k;
        loop {
            let sep = (0..item_end)
                .rev()
                .find(|&j| !is_name_char(chars[j]) || chars[j] == '、');
            let is_list_sep = sep.is_some_and(|j| chars[j] == '、');
            let n = suffix_at_end(chars, item_end).unwrap_or(0);
            // Each item read like a name: boundary words, the predicate and a partner off the
            // front (引进了中泽集团总投资200亿元的|…项目, 就|长发镇…).
            let own = (n == 0 || matches!(chars[item_end - n..item_end], ['项', '目'] | ['工', '程']))
                .then_some(item_end - n);
            let start = after_predicate(chars, start_of_name(chars, item_end, 36, own), item_end - n)
                .map(|s| trim_front(chars, after_partner(chars, s, item_end - n), item_end));
            // …产业园和|核乏料罐制造: 和 or 及 after a project word joins two items.
            let joined = start.filter(|&s| {
                s > 1 && matches!(chars[s - 1], '和' | '及') && suffix_at_end(chars, s - 1).is_some()
            });
            if let Some(start) = start.filter(|&s| item_end > s + 1) {
                let name: String = chars[start..item_end].iter().collect();
                // 兴业银行、苏宁易购等9个社区配套项目: companies listed are investors, not projects.
                let company = crate::extract::lexicon::lexicon()
                    .org_suffix_ending(chars, item_end)
                    .is_some();
                // 新能源、人工智能等项目, 华微电子、吉研高科等项目: an item without a project word
                // of its own is a project only when it names one — a proper part and more than
                // a company's short name (品牌|行业: 显拓汽车, 诺德电子).
                // A quoted name (白城市|“双创中心”) is a name by how it is written.
                let quoted = matches!((chars[start], chars[item_end - 1]), ('“', '”') | ('‘', '’'));
                // 冰雪+民俗非遗文化: a pairing of fields is a kind of offer; a name has a name
                // before its + (隆氢科技“绿电制氢+零碳物流”).
                let paired_fields = name
                    .split_once('+')
                    .is_some_and(|(first, _)| !names_something(first));
                let named =
                    n > 0 || quoted || (item_end - start >= 6 && names_something(&name) && !paired_fields);
                // 行天健健康产业建设: a brand the segmenter does not know, among names it does,
                // is a name too when more than common words and industries are left of it.
                let like_its_neighbours = !paired_fields
                    && ((item_end - start >= 6 && uncommon_len(&name) >= 5)
                        || (item_end - start == 5 && opens_with_a_place(&name)));
                let place = crate::extract::gazetteer::gazetteer()
                    .find(&name, &|_| true)
                    .iter()
                    .any(|h| h.start == 0 && h.end == item_end - start);
                if (named || like_its_neighbours)
                    && !place
                    && !a_quantity(&name)
                    && !a_person(chars, start, item_end)
                    && !unbalanced(&name)
                    && !is_generic(&name, n)
                    && !company
                    && !names_a_class(chars, start, item_end)
                    && !lexicalised(&name)
                    && !event_or_slogan(&name)
                {
                    items.push((
                        Found {
                            name,
                            start,
                            end: item_end,
                        },
                        named,
                    ));
                }
            }
            match (joined, sep) {
                (Some(s), _) => item_end = s - 1,
                (None, Some(j)) if is_list_sep => item_end = j,
                _ => break,
            }
        }
        // 考察中部石材园区屋顶光伏、中部建材展览馆、石材交易大市场等项目: names of more than
        // common words each, that 等项目 says are projects, need no project word of their own.
        // Not fields and kinds (新绿色有机农业、可循环再利用发展、…等项目占比较大).
        const FIELDS: [&str; 8] = ["农业", "工业", "产业", "行业", "领域", "发展", "经济", "服务业"];
        let said_to_be_projects = chars[k] == '等'
            && tail.starts_with("项目")
            && items.len() >= 2
            && !items
                .iter()
                .any(|(f, _)| FIELDS.iter().any(|w| f.name.ends_with(w)));
        let any_named = items.iter().any(|(_, named)| *named) || said_to_be_projects;
        out.extend(
            items
                .into_iter()
                .filter(|(_, named)| *named || any_named)
                .map(|(f, _)| f),
        );
    }
    out
}

/// 援建项目包括，中煤集团年产40万吨聚氯乙烯、60万吨电石，乌兰集团…，…等17个项目: when a list's
/// items hold 、 themselves, commas set them apart, after a word that opens a list (包括) or a
/// colon. Each item is one project, whatever it holds; at least three items make the list.
fn by_comma_list(chars: &[char]) -> Vec<Found> {
    let is_comma = |c: char| matches!(c, '，' | ',');
    let mut out = Vec::new();
    for k in 0..chars.len() {
        if chars[k] != '等' {
            continue;
        }
        let tail: String = chars[k + 1..chars.len().min(k + 13)]
            .iter()
            .take_while(|&&c| !is_comma(c) && !matches!(c, '。' | '；' | ';'))
            .collect();
        if !(tail.contains("项目") || tail.contains("工程")) || lists_a_kind(&tail) {
            continue;
        }
        let sentence = (0..k)
            .rev()
            .find(|&j| matches!(chars[j], '。' | '；' | ';'))
            .map_or(0, |j| j + 1);
        // The list opens after its last introducer (or colon) of the sentence. (A question
        // mark does not end the search: in a list it is a character the page's encoding lost.)
        let Some(open) = (sentence..k).rev().find(|&j| {
            (matches!(chars[j], '：' | ':')
                || (is_comma(chars[j]) && rules().introducers.longest_ending(chars, j).is_some()))
        }) else {
            continue;
        };
        // A list of projects says so before it (开工的项目包括，…, 项目如下：); a colon after
        // a speaker opens what was said (王明表示：…).
        let head: String = chars[sentence..open].iter().collect();
        if !(head.contains("项目") || head.contains("工程")) {
            continue;
        }
        let mut items = Vec::new();
        let mut from = open + 1;
        for end in (open + 1..=k).filter(|&j| j == k || is_comma(chars[j])) {
            items.push((from, end));
            from = end + 1;
        }
        if items.len() < 3 || !items.iter().any(|&(s, e)| chars[s..e].contains(&'、')) {
            continue;
        }
        for (start, end) in items {
            let name: String = chars[start..end].iter().collect();
            let n = suffix_at_end(chars, end).unwrap_or(0);
            // An item is a name, not a clause: it opens with no verb, adverb, preposition,
            // time or pronoun (推动…落地, 今年要…).
            let no_predicate = crate::corpus::jieba()
                .tag(&name, false)
                .first()
                .is_some_and(|t| !matches!(t.tag.chars().next(), Some('v' | 'd' | 'p' | 't' | 'c' | 'r')));
            if no_predicate
                && end - start >= 5
                && end - start <= 40
                && chars[start..end].iter().all(|&c| is_name_char(c) || c == '、')
                && (n > 0 || has_proper_part(&name))
                && !unbalanced(&name)
                && !is_generic(&name, n)
            {
                out.push(Found { name, start, end });
            }
        }
    }
    out
}

/// 总投资383亿元、总占地面积1545万平方米的110个项目: an item that ends in a unit after a number
/// is a measure of the projects, not one of them.
fn a_quantity(name: &str) -> bool {
    let chars: Vec<char> = name.chars().collect();
    let Some(unit) = rules()
        .measure_units
        .iter()
        .find(|u| name.ends_with(u.as_str()))
        .map(|u| u.chars().count())
    else {
        return false;
    };
    let before = &chars[..chars.len() - unit];
    let Some(at) = number_start(before) else {
        return false;
    };
    // What stands before the number labels a measure (总投资, 占地面积), not a project with its
    // capacity (大唐向阳风电100兆瓦).
    let label: String = before[..at].iter().collect();
    label.is_empty()
        || is_generic_as_is(&label, 0, true)
        || rules().measure_labels.iter().any(|w| label.contains(w.as_str()))
}

/// Where the number that ends `chars` starts (1545万, 1亿多, 3.5), if one does: digits with
/// their multipliers and approximations.
fn number_start(chars: &[char]) -> Option<usize> {
    let part = |c: &char| c.is_ascii_digit() || is_cn_digit(*c) || "万亿千百余多.".contains(*c);
    let at = chars.iter().rposition(|c| !part(c)).map_or(0, |i| i + 1);
    chars[at..]
        .iter()
        .any(|c| c.is_ascii_digit() || is_cn_digit(*c))
        .then_some(at)
}

/// 市援兴办主任、兴安盟副盟长张世旺等出席…: an item that ends in a person's name after a role
/// is a person.
fn a_person(chars: &[char], start: usize, end: usize) -> bool {
    let lex = crate::extract::lexicon::lexicon();
    (2..=3).any(|m| {
        end >= start + m + 2
            && lex.role_ending(chars, end - m).is_some()
            && lex.name_at(chars, end - m, end) == Some(m)
    })
}

/// How many characters of a name are left once generic words and names of industries are
/// taken out (行天健健康产业建设 → 行天健健康).
fn uncommon_len(name: &str) -> usize {
    // Industries first: 新 of 新材料 is no generic word there.
    let mut rest = name.to_owned();
    for w in &rules().industries {
        if rest.contains(w.as_str()) {
            rest = rest.replace(w.as_str(), "");
        }
    }
    without_generic_words(&rest)
        .chars()
        .filter(|&c| crate::corpus::decode::is_han(c))
        .count()
}

/// 重点项目涵盖|新疆国融储能调频电站、…、新加坡新瑞贸易镁建材等。: the sentence says before the
/// list that projects are what it holds (项目涵盖, 项目包括, 项目有), so a list that 等 closes
/// without a project word after it is of projects too.
fn projects_introduce_the_list(chars: &[char], k: usize) -> bool {
    const INTRO: [&str; 4] = ["项目涵盖", "项目包括", "项目包含", "项目有"];
    let sentence = crate::extract::text::sentence_start(chars, k);
    let before: String = chars[sentence..k].iter().collect();
    if INTRO.iter().any(|w| {
        before
            .rfind(w)
            .is_some_and(|at| !before[at..].contains(['，', ',', '：', ':', '；']))
    }) {
        return true;
    }
    // 新开工项目5个，包括…等，: the projects with their count, then the list after a comma,
    // closed by 等 and nothing more (…等功能区 lists the parts of one project).
    let closed = chars
        .get(k + 1)
        .is_none_or(|&c| matches!(c, '，' | ',' | '。' | '；' | ';'));
    let Some(at) = before
        .rfind("，包括")
        .or_else(|| before.rfind(",包括"))
        .filter(|_| closed)
    else {
        return false;
    };
    let after = &before[at..];
    if after[after.find("包括").unwrap_or(0)..].contains(['，', ',', '：', ':', '；']) {
        return false;
    }
    let head: Vec<char> = before[..at].chars().collect();
    let mut end = head.len();
    if end > 0 && matches!(head[end - 1], '个' | '项') {
        end -= 1;
        while end > 0 && (is_count_digit(head[end - 1]) || "百千多余".contains(head[end - 1])) {
            end -= 1;
        }
    }
    end >= 2 && matches!(head[end - 2..end], ['项', '目'] | ['工', '程'])
}

/// True when the words after a list's 等 run from 项目 on to a noun it only qualifies
/// (等重大项目推进机制, 等项目合作模式).
fn tail_names_a_qualified_noun(tail: &str) -> bool {
    let Some(at) = tail.find("项目") else {
        return false;
    };
    let after: Vec<char> = tail[at + "项目".len()..]
        .chars()
        .take_while(|&c| is_name_char(c))
        .collect();
    !after.is_empty()
        && rules()
            .qualified_nouns
            .longest_ending(&after, after.len())
            .is_some()
}

/// 6个项目, 3个重点项目 right after a list: the count of the projects listed.
fn counts_listed_projects(chars: &[char], k: usize) -> bool {
    let digits = chars[k..].iter().take_while(|&&c| is_count_digit(c)).count();
    if digits == 0 || chars.get(k + digits) != Some(&'个') {
        return false;
    }
    // The list: a 、 in the clause before.
    let clause = crate::extract::text::clause_start(chars, k);
    let rest: String = chars[k + digits + 1..chars.len().min(k + digits + 7)]
        .iter()
        .collect();
    // Two joined by 和 or 及 count as well (…物流城和…配件城两个物流项目), where the first ends in a
    // project word (not 和龙, 涉及, 以及).
    let joined =
        (clause + 1..k).any(|j| matches!(chars[j], '和' | '及') && suffix_at_end(chars, j).is_some());
    let clause_has_list = chars[clause.saturating_sub(1)..k].contains(&'、')
        || (clause > 0 && chars[clause - 1] == '、')
        || joined;
    // The count's kind may name a field before the project word (两个物流项目).
    let kind = rest
        .char_indices()
        .take_while(|&(_, c)| crate::corpus::decode::is_han(c))
        .map(|(b, _)| b)
        .find(|&b| rest[b..].starts_with("项目"));
    clause_has_list && kind.is_some_and(|b| rest[..b].chars().count() <= 4)
}

/// The words after 等 say the items are places, fields or firms (等地, 等多个领域, 等企业),
/// with or without a count before them.
fn lists_a_kind(tail: &str) -> bool {
    let chars: Vec<char> = tail.chars().collect();
    let count = chars
        .iter()
        .take_while(|&&c| is_count_digit(c) || "百千多余个家批项".contains(c))
        .count();
    // The kind may follow a qualifier (等重点领域), up to the first project word.
    let first_project = (0..chars.len())
        .find(|&i| chars[i..].starts_with(&['项', '目']))
        .unwrap_or(chars.len());
    // Nor a zone (等产业集聚区建设, 等产业基地): the field only qualifies the place built.
    let r = rules();
    (count..chars.len().min(count + 4).min(first_project)).any(|i| {
        r.list_kinds.longest_at(&chars, i).is_some_and(|(_, n)| {
            // 等领域项目: a kind of two characters stays one before 项目; a single one there is
            // part of another word (等基|地|项目).
            // But a kind that is itself a generic word of project names (产业: 等重大产业项目)
            // qualifies the projects, and the items are projects again.
            let project = chars[i + n..].starts_with(&['项', '目']);
            let qualifies_projects = || {
                let kind: String = chars[i..i + n].iter().collect();
                r.generic_words.contains(&kind)
            };
            // 等一批产业结构优、…的项目: a kind that goes on into a longer word of the
            // dictionary (产业结构) is no kind but a quality of the projects.
            // So does 等地|下资源开发利用项目: 地下 is a word of its own.
            let goes_on = || {
                (1..=2).any(|more| {
                    i + n + more <= chars.len()
                        && crate::corpus::jieba().has_word(&chars[i..i + n + more].iter().collect::<String>())
                })
            };
            (!project || (n >= 2 && !qualifies_projects()))
                && !goes_on()
                && r.zone_heads.longest_at(&chars, i + n).is_none()
                && (project || r.suffixes.longest_at(&chars, i + n).is_none())
        })
    })
}

/// Works named in 《》 right after the word 项目: 沉浸式餐饮娱乐项目《见东方·吉时晚宴》.
fn by_title_marks(chars: &[char]) -> Vec<Found> {
    let mut out = Vec::new();
    for (k, &c) in chars.iter().enumerate() {
        if c != '《' {
            continue;
        }
        let Some(close) = (k + 1..chars.len()).find(|&j| chars[j] == '》') else {
            continue;
        };
        let before: String = chars[k.saturating_sub(2)..k].iter().collect();
        if before == "项目" || before == "項目" {
            out.push(Found {
                name: chars[k + 1..close].iter().collect(),
                start: k + 1,
                end: close,
            });
        }
    }
    out
}

/// The investment stated after a name in its sentence (项目总投资9248.78万元).
fn investment_after(chars: &[char], end: usize) -> Option<Money> {
    let stop = (end..chars.len())
        .find(|&j| matches!(chars[j], '。' | '；' | ';'))
        .unwrap_or(chars.len());
    let rest: String = chars[end..stop].iter().collect();
    let at = rest.find("总投资").or_else(|| rest.find("總投資"))?;
    // …小镇、…建设、…开发等13个项目集中开工，总投资30亿元: with more of a list right after the
    // name, or the count that closes a list before the amount, the amount is the list's total
    // or the next item's, no one item's (but 长春光电产业园项目，主要建设厂房、研发中心，总投资
    // 10亿元 is the project's own).
    let between = &rest[..at];
    let more_of_a_list = between.trim_start().starts_with('、');
    let counted = between.split('等').skip(1).any(|after| {
        let digits = after.chars().take_while(|&c| is_count_digit(c)).count();
        (digits > 0 && after.chars().nth(digits).is_some_and(|c| "个项家批".contains(c)))
            || after.starts_with("一批")
    });
    if more_of_a_list || counted {
        return None;
    }
    parse_money(&rest[at..])
}

/// The investment stated before a name in its clause: 总投资12亿元的|吉运风电装备制造项目,
/// 计划投入11.47亿元在长春国家农高区打造|公主岭乳品深加工项目. Between the amount and the name
/// only words may stand (no other figure), and at most 16 of them.
fn investment_before(chars: &[char], start: usize) -> Option<Money> {
    let clause: String = chars[crate::extract::text::clause_start(chars, start)..start]
        .iter()
        .collect();
    let at = ["总投资", "總投資", "投资", "投資", "投入"]
        .iter()
        .filter_map(|w| clause.rfind(w))
        .max()?;
    let rest = &clause[at..];
    let (money, span) = crate::extract::figures::parse_money_span(rest)?;
    let between = &rest[span.end..];
    let words_only = !between.chars().any(|c| c.is_ascii_digit()) && between.chars().count() <= 16;
    words_only.then_some(money)
}

/// A project named in one article.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ProjectMention {
    pub name: String,
    pub region: Option<String>,
    pub investment: Option<Money>,
    pub span: Span,
}

/// The projects one article names, in reading order.
pub fn article(
    a: &Article,
    focus: Option<String>,
    mentions: &[RegionMention],
    region_in: &dyn Fn(&str) -> Option<String>,
) -> Vec<ProjectMention> {
    // Only a district named in the project's own clause (梨树县引进的…项目) or referred back to
    // (该县引进的…) takes it: a city before it is mostly where the investor comes from
    // (温州客商投资的…), and list items each have their own place.
    let g = crate::extract::gazetteer::gazetteer();
    let district = |m: &RegionMention| g.named(&m.region).any(|d| g.divisions[d].level == Level::County);
    let mut out = Vec::new();
    // 景阳广场。: a photo caption shows a place as it stands; what it names is a project when
    // it says so (…三期项目) or the text names it too.
    let found: Vec<(&crate::corpus::model::Paragraph, Vec<char>, Vec<Found>)> = a
        .paragraphs()
        .map(|p| {
            let chars: Vec<char> = p.text.chars().collect();
            let names = names_in(&chars);
            (p, chars, names)
        })
        .collect();
    let in_body: Vec<&str> = found
        .iter()
        .filter(|(p, _, _)| p.kind == crate::corpus::model::ParagraphKind::Body)
        .flat_map(|(_, _, names)| names.iter().map(|f| f.name.as_str()))
        .collect();
    for (p, chars, names) in &found {
        let (p, chars) = (*p, chars.as_slice());
        let caption = p.kind == crate::corpus::model::ParagraphKind::Caption;
        for f in names.iter().cloned() {
            if caption && !says_it_is_a_project(&chars[f.start..f.end]) && !in_body.contains(&f.name.as_str())
            {
                continue;
            }
            out.push(ProjectMention {
                region: region_in(&f.name)
                    .or_else(|| {
                        region_before(mentions, &p.id, chars, f.start, Scope::Clause, &district)
                            .map(String::from)
                    })
                    .or_else(|| focus.clone()),
                investment: investment_after(chars, f.end)
                    .or_else(|| investment_before(chars, f.start))
                    .or_else(|| amount_just_before(chars, f.start)),
                span: Span {
                    paragraph: p.id.clone(),
                    start: f.start,
                    end: f.end,
                },
                name: f.name,
            });
        }
    }
    out
}

/// Projects merged by name across articles: the first region and investment stated win.
pub fn merge<'a>(
    per_article: impl IntoIterator<Item = (&'a ArticleId, &'a [ProjectMention])>,
) -> Vec<Project> {
    let mut projects: Vec<Project> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (id, mentions) in per_article {
        for m in mentions {
            let i = *index.entry(m.name.as_str()).or_insert_with(|| {
                projects.push(Project {
                    name: m.name.clone(),
                    region: m.region.clone(),
                    articles: Vec::new(),
                    investment: None,
                    mentions: Vec::new(),
                });
                projects.len() - 1
            });
            let pr = &mut projects[i];
            if pr.articles.last() != Some(id) {
                pr.articles.push(id.clone());
            }
            if pr.investment.is_none() {
                pr.investment = m.investment.clone();
            }
            pr.mentions.push(m.span.clone());
        }
    }
    projects
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        names_in(&chars).into_iter().map(|f| f.name).collect()
    }

    #[test]
    fn suffix_names_stop_at_verbs_and_particles() {
        assert_eq!(
            names("全力推动致远百亿级项目、吉高示范基地等重点项目建设"),
            ["致远百亿级项目", "吉高示范基地"]
        );
        assert_eq!(
            names("总投资5000万元、规划用地5800平方米的二期食品产业园项目即将开工"),
            ["二期食品产业园项目"]
        );
        // Traditional is read folded (see extract::fold).
        assert_eq!(
            names(&crate::extract::fold::fold_text("國商眼鏡城於3月15日試營業")),
            ["国商眼镜城"]
        );
    }

    #[test]
    fn enumerated_items_before_deng_xiangmu() {
        assert_eq!(
            names("成功引进城市会客厅、北方电器产业园等优质项目20个"),
            ["城市会客厅", "北方电器产业园"]
        );
        assert_eq!(
            names("推动叶赫转山湖文旅开发等一批特色项目取得阶段性进展"),
            ["叶赫转山湖文旅开发"]
        );
        assert!(names("赴北京、深圳、广州、衢州等地开展靶向招商").is_empty());
    }

    #[test]
    fn a_short_item_among_named_ones_opens_with_a_place() {
        // Five characters are a name when they open with a place or a river, road or line.
        assert_eq!(
            names("开工项目包括清源湖治理、红旗路改造、北方电器产业园等12个新建项目"),
            ["清源湖治理", "红旗路改造", "北方电器产业园"]
        );
        // Nor a common word ending in a river's or a road's character (生产线).
        assert_eq!(
            names("开工项目包括生产线改造、北方电器产业园等12个新建项目"),
            ["北方电器产业园"]
        );
        // Not a firm's short name with its product (unless it opens with a place).
        assert_eq!(
            names("开工项目包括恒凯消防车、北方电器产业园等12个新建项目"),
            ["北方电器产业园"]
        );
    }

    #[test]
    fn a_list_after_the_count_of_projects() {
        assert_eq!(
            names(
                "新开工项目4个，包括5万吨果蔬深加工、智慧冷链物流、社区养老服务网络、房地产等，总投资8亿元"
            ),
            ["5万吨果蔬深加工", "智慧冷链物流", "社区养老服务网络"]
        );
        // The parts of one project are no projects.
        assert!(names("拟建设文旅项目，包括超大型购物中心、摄影棚外景用地、度假酒店群等功能区").is_empty());
    }

    #[test]
    fn descriptions_venues_and_counts_name_no_project() {
        for t in [
            // Parallel verb phrases (排比), whatever the segmenter makes of the verb.
            "掀起全面聚焦项目、全员奋战项目、全力攻坚项目、全心服务项目的新热潮",
            // Dates.
            "正在为12月31日前项目主体完工而奋战",
            "预计12月底项目厂房将完成施工",
            // Superlatives describe a project named elsewhere.
            "这是今年全省最大规模灌区工程项目",
            "作为全省单场养殖规模最大的肉牛养殖基地，项目于5月开工",
            // A slogan in quotation marks that a plan follows.
            "全县紧紧围绕“大干项目、干大项目”的战略部署，一手抓招商引资",
            // A verb and its complement 好.
            "要充分利用好项目建设黄金期",
            // A government's verb before its event.
            "州委、州政府举行2025年延边州春季项目集中开工活动",
            // A city's works in general; an area measured; a phrase of time.
            "因处于高寒地区，黑龙江省黑河市工程项目施工期相对较短",
            "分两期建设12万平方米生产基地",
            "听取了疫情防控期间货运口岸闭环管理情况介绍",
            // An event or an area joined to a generic kind of project; 项目 inside a head.
            "伊春市重点产业项目招商推介会及合作项目签约仪式举行",
            "听取辽宁自由贸易试验区营口片区及重点企业项目谋划情况",
            "落实了事关全局的重点项目工程保证责任制",
            // A kind of city.
            "他指出，珠海与黑河同属边境口岸城市",
            // An aim: what the place is to be made into.
            "园区致力打造东北百亿级先进陶瓷产业基地",
            // A hall where an event is held.
            "签约仪式于27日在松江国际会展中心举行",
            // Counts.
            "重点抓好风电装备、绿色化工和绿电替代三大基地建设",
            "目前8栋厂房地基工程已全部完工",
            // A person named after a role, then 就.
            "县委书记王明军就全县项目集中开工情况进行汇报",
        ] {
            assert!(names(t).is_empty(), "{t}: {:?}", names(t));
        }
        // An ordinal is no date; an investment makes what is built no aim; 城市 goes on into
        // a name.
        assert_eq!(
            names("开工项目包括地铁3号线二期工程、北方电器产业园等项目"),
            ["地铁3号线二期工程", "北方电器产业园"]
        );
        assert_eq!(names("某公司投资10亿元打造智能装备产业园"), ["智能装备产业园"]);
        assert_eq!(names("万达广场城市综合体开业"), ["万达广场城市综合体"]);
        // A park hosting its own signing may be a project.
        assert_eq!(names("推介会在深港产业园举行"), ["深港产业园"]);
    }

    #[test]
    fn stops_said_to_be_the_projects_inspected() {
        assert_eq!(
            names("王明前往同江跨境物流园、松花木材加工厂、江北冷链物流园区等地，对重点项目进行调研"),
            ["同江跨境物流园", "松花木材加工厂", "江北冷链物流园区"]
        );
        // 对接 is no preposition: the stops of a trip to talk projects over stay places.
        assert!(names("赴深圳、南沙国际物流园等地，对接重点项目").is_empty());
        // Stops of a visit that says nothing of projects stay places.
        assert!(names("王明前往松花木材加工厂、江北冷链物流园区等地，看望慰问一线职工").is_empty());
        // A company's own, named with 的.
        assert_eq!(
            names("华源集团智能装备有限公司的智能装备制造产业园奠基"),
            ["智能装备制造产业园"]
        );
        // A zone that names a bureau or a larger area is no project.
        assert!(names("长春国际汽车城经发局局长李明介绍").is_empty());
        assert!(names("绿园区正处于长春国际汽车城板块良好发展机遇期").is_empty());
        // The partners' one project.
        assert_eq!(
            names("由吉林丰盛农业开发集团有限公司与绿野集团合作的有机水田开发项目，投资9亿元"),
            ["有机水田开发项目"]
        );
        // The company names its project when only a place is left after it.
        assert_eq!(names("华威集团长春项目计划总投资150亿元"), ["华威集团长春项目"]);
        // A name never opens with a company's ending (…兴和|公司…).
        assert_eq!(names("同时并购中农兴和公司蛋品加工厂"), Vec::<String>::new());
    }

    #[test]
    fn names_said_to_be_projects_and_words_the_segmenter_split() {
        // 等项目 says what the items are.
        assert_eq!(
            names("考察团赴湖北考察中部石材园区屋顶光伏、中部建材展览馆、石材交易大市场等项目"),
            ["中部石材园区屋顶光伏", "中部建材展览馆", "石材交易大市场"]
        );
        // Not fields.
        assert!(names("其中新绿色有机农业、可循环再利用发展、生态观光现代农业等项目占比较大").is_empty());
        // 灯|具: a character that makes a word with the one before is no verb taking the ending.
        assert_eq!(
            names("签约了超量子LED智慧节能灯具生产基地"),
            ["超量子LED智慧节能灯具生产基地"]
        );
        // 扶贫 names what a project is for.
        assert_eq!(
            names("中广核新能源风电扶贫项目已经开工"),
            ["中广核新能源风电扶贫项目"]
        );
    }

    #[test]
    fn works_in_title_marks() {
        assert_eq!(
            names("东北首店——沉浸式餐饮娱乐项目《见东方·吉时晚宴》，成为新亮点"),
            ["见东方·吉时晚宴"]
        );
        assert!(names("细化制定《宽城区2026年招商引资工作方案》").is_empty());
    }

    #[test]
    fn generic_phrases_are_not_projects() {
        for t in [
            "一批重大项目竣工投产",
            "确保项目开工复工率100%",
            "签约项目100个",
            "该项目占地71956平方米",
            "让我们能精准找到契合发展的项目",
            "绿园区始终将项目建设作为重点",
            "组织各成员单位聚焦项目落地关键环节",
            "将招商引资列为“全区一号工程”",
            "计划7月末完成建筑工程",
            "走进绿园区各重大项目建设现场",
            "争取新材料、高科技、低空经济等相关产业项目",
            "2024年朝阳区项目建设攻坚年",
            "会上共签约25个合作项目",
            "又一个亿元项目落地",
            "推进民生项目和基础设施项目建设",
            "兴业银行、苏宁易购等9个社区配套项目",
        ] {
            assert!(names(t).is_empty(), "{t}: {:?}", names(t));
        }
    }

    #[test]
    fn the_predicate_before_a_name_is_cut_off() {
        let fold = |t: &str| names(&crate::extract::fold::fold_text(t));
        // A place or an organisation as subject, then the verb: the name is its object.
        assert_eq!(
            names("铁西区举行锦程光电产业园项目签约仪式"),
            ["锦程光电产业园项目"]
        );
        assert_eq!(
            fold("鐵西區舉行錦程光電產業園項目簽約儀式"),
            ["锦程光电产业园项目"]
        );
        assert_eq!(
            names("市商务局就华信冷链物流园项目作了介绍"),
            ["华信冷链物流园项目"]
        );
        // A clause that opens with a verb or an adverb; a one-character verb taking 项目.
        for t in [
            "继锦程光电产业园项目之后",
            "聚焦大项目好项目",
            "立足资源抓项目",
            "年内有项目签约",
        ] {
            assert!(
                !names(t)
                    .iter()
                    .any(|n| n.starts_with(t.chars().next().unwrap_or(' '))),
                "{t}: {:?}",
                names(t)
            );
        }
        assert!(fold("聚焦資源抓項目").is_empty());
        // After a noun a verb is part of the name (肉牛繁育|示范产业园, 铝板|挤压生产线).
        assert_eq!(
            names("建设德兴肉牛繁育融合示范产业园"),
            ["德兴肉牛繁育融合示范产业园"]
        );
    }

    #[test]
    fn common_vocabulary_names_a_kind_unless_singled_out() {
        let fold = |t: &str| names(&crate::extract::fold::fold_text(t));
        for t in [
            "共签约农产品加工项目4个、现代物流项目3个",
            "大力引进现代服务业项目",
            "这里是国家重要的装备工业基地",
            "推进重点民生工程",
        ] {
            assert!(names(t).is_empty(), "{t}: {:?}", names(t));
        }
        assert!(fold("大力引進現代服務業項目").is_empty());
        // Signed, invested in, owned by a company or listed with other projects: one project.
        assert_eq!(
            names("开发区与华信科技有限公司签订智能仓储项目"),
            ["智能仓储项目"]
        );
        assert_eq!(fold("開發區與華信科技有限公司簽訂智能倉儲項目"), ["智能仓储项目"]);
        assert_eq!(names("投资12亿元的温泉度假项目开工"), ["温泉度假项目"]);
        assert_eq!(
            names("签约的医药健康产业园项目、减速机生产项目均已开工"),
            ["医药健康产业园项目", "减速机生产项目"]
        );
    }

    #[test]
    fn enumerated_items_without_a_project_word_must_name_one() {
        for t in [
            "推动新能源、人工智能等项目落地",
            "诺华电子、佳通科技等项目加快建设",
            "绿色食品、现代物流等项目",
        ] {
            assert!(names(t).is_empty(), "{t}: {:?}", names(t));
        }
        assert_eq!(
            names("推动锦程10万吨碳纤维原丝、华信冷链物流园等项目"),
            ["锦程10万吨碳纤维原丝", "华信冷链物流园"]
        );
    }

    #[test]
    fn investment_next_to_a_project() {
        let c: Vec<char> = "绿园区航空博览园项目，首开区规划总面积超260万平方米，总投资近150亿元。"
            .chars()
            .collect();
        assert_eq!(investment_after(&c, 10).map(|m| m.value), Some(15_000_000_000.0));
        // What the project builds, listed, leaves its amount its own.
        let c: Vec<char> = "长春光电产业园项目，主要建设厂房、研发中心及配套设施，总投资10亿元。"
            .chars()
            .collect();
        assert_eq!(investment_after(&c, 9).map(|m| m.value), Some(1_000_000_000.0));
        // The total of a list is no item's: 百岁家居建材工业园|、荣信沐樾府等20个重点项目，总投资28.77亿元.
        let c: Vec<char> =
            "开工的百岁家居建材工业园、荣信沐樾府、世泰钛材加工中心等20个重点项目，总投资28.77亿元。"
                .chars()
                .collect();
        assert_eq!(investment_after(&c, 12), None);
        assert_eq!(investment_after(&c, 27), None);
        // Nor is the next item's (…风电场开发项目、计划总投资30亿元的…项目).
        let c: Vec<char> =
            "包括计划总投资50亿元的中海油风电场开发项目、计划总投资30亿元的大唐风电场开发项目等大项目。"
                .chars()
                .collect();
        assert_eq!(investment_after(&c, 22), None);
    }

    #[test]
    fn a_project_takes_the_district_its_clause_names_or_refers_back_to() {
        let text = "双辽市：招商跑出加速度\n\n本报记者 李华\n\n双辽市新签约项目27个。梨树县同样不甘落后。该县引进的年产10万吨生物饲料项目于5月开工，梨树县引进的玉米深加工产业园项目也已签约。温州客商投资的满草堂医药综合体落户。\n";
        let arts = crate::corpus::load_text("t.txt", "t", text);
        let words = crate::extract::text::Words::of(&arts[0]);
        let (regions, _) = crate::extract::regions::article(&arts[0], &words, &[]);
        let got: Vec<(String, Option<String>)> =
            article(&arts[0], regions.region.clone(), &regions.mentions, &|_| None)
                .into_iter()
                .map(|m| (m.name, m.region))
                .collect();
        let region_of = |name: &str| got.iter().find(|(n, _)| n == name).and_then(|(_, r)| r.clone());
        assert_eq!(regions.region.as_deref(), Some("双辽市"));
        assert_eq!(
            region_of("年产10万吨生物饲料项目").as_deref(),
            Some("梨树县"),
            "{got:?}"
        );
        assert_eq!(
            region_of("玉米深加工产业园项目").as_deref(),
            Some("梨树县"),
            "{got:?}"
        );
        // A city before a project is where the investor comes from: the focus keeps it.
        assert_eq!(
            region_of("满草堂医药综合体").as_deref(),
            Some("双辽市"),
            "{got:?}"
        );
    }

    #[test]
    fn process_verbs_make_names_other_verbs_take_objects() {
        assert_eq!(
            names("总投资12亿元的吉运风电装备制造项目已完成主体施工。"),
            ["吉运风电装备制造项目"]
        );
        assert_eq!(names("推进旧城改造项目，"), ["旧城改造项目"]);
        assert!(names("各部门精准跟踪项目进展。").is_empty());
        // 3D打印 is a way of making things, not a verb taking 项目.
        assert_eq!(both("东城区3D打印项目正在推进。"), ["东城区3D打印项目"]);
        // A verb after its own object named in the name is the process (水库|引水); after an
        // adverb or a modal it takes 项目 as its object in a clause.
        assert_eq!(names("西山水库引水工程开工。"), ["西山水库引水工程"]);
        assert_eq!(
            names("白音诺尔多金属矿采选项目年内取得核准。"),
            ["白音诺尔多金属矿采选项目"]
        );
        assert_eq!(
            names("凌海市推动海参海肠混养项目取得突破。"),
            ["海参海肠混养项目"]
        );
        // A place named with a count (三家店) is no count of projects.
        assert_eq!(
            names("投资5.4亿元的三家店水库引水工程均已开工。"),
            ["三家店水库引水工程"]
        );
        assert!(names("双方进一步夯实项目合作基础。").is_empty());
        assert!(names("人大代表要跟踪项目进展。").is_empty());
        assert!(names("市领导王明、张建文出席项目开工仪式。").is_empty());
        // An aspect particle closes the predicate before the name (标志着|该工程).
        assert_eq!(
            names("建设新厂区一期工程的正式签约，标志着该工程正式进入启动阶段。"),
            ["新厂区一期工程"]
        );
        assert!(names("大型展板图文并茂地展示着项目建设成果。").is_empty());
    }

    #[test]
    fn commas_set_apart_items_that_hold_enumeration_commas() {
        assert_eq!(
            both(
                "开工的项目包括，北山集团年产40万吨聚氯乙烯、60万吨电石，东河集团年产2万吨白酒，\
                  南岭公司3万千瓦生物质发电等9个项目。"
            ),
            [
                "北山集团年产40万吨聚氯乙烯、60万吨电石",
                "东河集团年产2万吨白酒",
                "南岭公司3万千瓦生物质发电"
            ]
        );
        // Without items that hold 、 the commas are a sentence's own.
        assert!(both("会议指出：要抓招商，抓服务，抓落实等重点项目工作。").is_empty());
        // What a speaker lists are clauses, not projects.
        assert!(
            both("王明表示：北湖产业园、南山物流园建设顺利，推动东城区商贸综合体落地，加快西岭风电场等重点项目建设。")
                .iter()
                .all(|n| !n.contains("推动") && !n.contains("建设顺利") && !n.contains("加快"))
        );
    }

    #[test]
    fn qualities_of_the_listed_projects_are_no_kind() {
        // 产业结构 is a quality the projects have; 产业 alone would be the field listed.
        assert_eq!(
            both("北湖石化新材料、东岭Ⅱ海上风电场址等一批产业结构优、投资体量大的项目集中开工。"),
            ["北湖石化新材料", "东岭Ⅱ海上风电场址"]
        );
        assert!(both("赴北京、上海等一批产业项目集聚地考察。").is_empty());
    }

    #[test]
    fn guesthouses_end_names_and_lines_count_projects() {
        assert_eq!(both("本次开工的西山村民宿是重中之重。"), ["西山村民宿"]);
        assert!(both("各部门共上报47条项目。").is_empty());
    }

    #[test]
    fn measures_people_times_and_goals_are_no_projects() {
        // What a list of projects measures.
        assert!(both("总投资80亿元、总占地面积120万平方米的36个重点项目在北湖区集中开工。").is_empty());
        // Who attended.
        assert!(both("市商务局局长、开发区副主任李明远等出席重点项目开工仪式。").is_empty());
        // When all of them start.
        assert!(both("预计在6月底前全部项目实现开复工。").is_empty());
        // What a zone is to be made into.
        assert!(both("要把北湖新区打造成长白山矿泉水产业基地。").is_empty());
        // A project written with its capacity is a project.
        assert_eq!(
            both("今年开工建设北湖风电100兆瓦、东岭光伏20万千瓦等新能源项目。"),
            ["北湖风电100兆瓦", "东岭光伏20万千瓦"]
        );
        // A project built is one still.
        assert_eq!(
            both("总投资5亿元、占地300亩的北湖精细化工产业园项目开工。"),
            ["北湖精细化工产业园项目"]
        );
    }

    #[test]
    fn two_products_of_one_maker_share_the_project_word() {
        assert_eq!(both("北山铜粉、铝膏项目厂房全部建成。"), ["北山铜粉、铝膏项目"]);
        // Qualities listed, or a project's own team beside another, are no pair of products.
        assert!(both("重点选择生产性、生活性服务业项目。").is_empty());
    }

    #[test]
    fn qualities_of_projects_and_a_zones_other_name_are_no_names() {
        assert!(both("双方签订了北湖区意向性项目。").is_empty());
        // A zone's other name inside its committee's.
        assert!(both("北湖经济开发区(东山通航产业基地)管委会副主任刘明参加调研。").is_empty());
        assert!(both("推进东城区公益性项目建设。").is_empty());
    }

    #[test]
    fn verbs_of_having_and_watching_and_a_firm_in_general_make_no_names() {
        assert!(both("东山乡建有万亩蔬菜产业园区，现有暖棚600亩。").is_empty());
        assert!(both("各部门要压实责任，紧盯项目建设关键节点，做好服务保障工作。").is_empty());
        assert!(both("在北湖机械有限公司项目建设场地，正在施工的是企业二期工程。").is_empty());
    }

    #[test]
    fn a_verb_after_an_amount_is_the_investors_predicate() {
        assert_eq!(
            both("引进了某某食品总公司投资1亿元新建东山精淀粉加工等一批重点项目。"),
            ["东山精淀粉加工"]
        );
        assert_eq!(
            both("由北方集团投资5000万元建设长岭物流园项目。"),
            ["长岭物流园项目"]
        );
    }

    #[test]
    fn investment_before_a_project() {
        let invest = |text: &str, name: &str| {
            let c: Vec<char> = text.chars().collect();
            let n: Vec<char> = name.chars().collect();
            let start = (0..c.len()).find(|&i| c[i..].starts_with(&n)).unwrap_or(0);
            investment_before(&c, start).map(|m| m.value)
        };
        assert_eq!(
            invest(
                "在开发区，总投资12亿元的吉运风电装备制造项目已完成主体施工。",
                "吉运风电装备制造项目"
            ),
            Some(1_200_000_000.0)
        );
        let list = "投资3.2亿元的玉米深加工产业园项目、投资8000万元的冷链物流中心项目也在加紧建设。";
        assert_eq!(invest(list, "冷链物流中心项目"), Some(80_000_000.0));
        assert_eq!(invest(list, "玉米深加工产业园项目"), Some(320_000_000.0));
        assert_eq!(
            invest(
                "伊利集团计划投入11.47亿元在长春国家农高区打造公主岭乳品深加工项目。",
                "公主岭乳品深加工项目"
            ),
            Some(1_147_000_000.0)
        );
        // Another figure between: the amount is about something else.
        assert_eq!(
            invest("总投资12亿元，其中一期3亿元建设仓储中心项目。", "仓储中心项目"),
            None
        );
        assert_eq!(
            invest(
                "投资5亿元建设的厂房已投用20余个项目配套的综合服务中心项目。",
                "综合服务中心项目"
            ),
            None
        );
    }

    /// The names found in a sentence written in Simplified and in Traditional script (read
    /// folded): both must give the same names, reported here in Simplified.
    fn both(text: &str) -> Vec<String> {
        let simplified = names(text);
        let traditional = names(&crate::extract::fold::fold_text(&zhconv::zhconv(
            text,
            zhconv::Variant::ZhHant,
        )));
        assert_eq!(
            simplified, traditional,
            "{text}: Simplified and Traditional differ"
        );
        simplified
    }

    #[test]
    fn a_class_word_before_xiangmu_names_the_projects_of_a_place_or_time() {
        for t in [
            "2024年铁西区首批项目集中开工",
            "大东区招商项目签约仪式在沈阳举行",
            "区发改局介绍了重点建设项目情况",
            "双辽市校友企业家项目对接会召开",
            "上半年四平市项目建设提速",
            "长春新区经济开发区项目建设如火如荼",
        ] {
            assert!(both(t).is_empty(), "{t}: {:?}", names(t));
        }
        // A name before the class word stays a name.
        assert_eq!(
            both("铁西区举行锦程光电产业园项目签约仪式"),
            ["锦程光电产业园项目"]
        );
    }

    #[test]
    fn common_words_and_longer_words_are_not_names() {
        for t in [
            "二期工程完成土建工程和设备安装",
            "指导企业申报省级项目库",
            "项目部经理王明介绍说",
            "完成进口铁矿石卸货",
            "华信工程有限公司中标",
            "项目管理由中泰(上海)项目管理咨询有限公司负责",
            "我们公司年产3000吨饲料项目今年投产",
        ] {
            assert!(both(t).is_empty(), "{t}: {:?}", names(t));
        }
    }

    #[test]
    fn a_partner_or_an_investor_before_the_name_is_cut_off() {
        assert_eq!(
            both("开发区与北京华信科贸有限公司冷链物流园项目成功签约"),
            ["冷链物流园项目"]
        );
        assert_eq!(
            both("听取了北京华信重工集团有限公司吉林白山精密铸造产业园建设情况"),
            ["吉林白山精密铸造产业园"]
        );
        // A place before a quoted name is where it is.
        assert_eq!(
            both("听取了松原市“创业孵化中心”、华信冷链物流园等项目情况"),
            ["“创业孵化中心”", "华信冷链物流园"]
        );
        // A person named after a position, then a preposition (however the segmenter joined
        // them: 刘金|成就), or a name, an adverb and a preposition opening the clause.
        assert_eq!(
            names("延寿县县委书记刘金成就延寿县沙棘产业园规划建设现状作了介绍。"),
            ["延寿县沙棘产业园"]
        );
        assert!(names("赵晓红还就新项目落地提出了要求。").is_empty());
        // Determiners name no project (有关项目, 上述项目).
        assert!(names("会议研究了有关项目的推进情况。").is_empty());
    }

    #[test]
    fn a_second_name_in_brackets_is_a_name_of_its_own() {
        assert_eq!(
            both("参观了白山精密铸造产业园(汽车零部件制造基地)"),
            ["白山精密铸造产业园", "汽车零部件制造基地"]
        );
    }

    #[test]
    fn what_an_organisation_builds_or_what_is_listed_with_facilities_is_one_project() {
        assert_eq!(
            both("华信物流集团有限公司计划在空港开发区建设智慧物流产业园项目"),
            ["智慧物流产业园项目"]
        );
        assert_eq!(
            both("加快建设长白山黄牛养殖基地和养蜂示范基地"),
            ["长白山黄牛养殖基地", "养蜂示范基地"]
        );
        // A list that says what a place is names kinds.
        assert!(both("这里是全国重要的装备工业基地、商品粮基地和畜牧业基地").is_empty());
    }

    #[test]
    fn list_items_are_read_like_names() {
        // The predicate, the investor and the amount off the front of an item.
        assert_eq!(
            both("当地引进了华信集团总投资20亿元的碳纤维产业园项目、长白山矿泉水项目等重大项目"),
            ["碳纤维产业园项目", "长白山矿泉水项目"]
        );
        // A list closed by the count of its projects; 和 after a project word joins items.
        assert_eq!(
            both("锦程光电产业园、华信冷链物流中心扩建、吉高碳纤维原丝3个项目分别落户"),
            ["锦程光电产业园", "华信冷链物流中心扩建", "吉高碳纤维原丝"]
        );
        assert_eq!(
            both("围绕玉米深加工、锦程光电产业园和吉高碳纤维原丝等项目开展招商"),
            ["锦程光电产业园", "吉高碳纤维原丝"]
        );
        // Places, fields and measures listed before 等 are not projects.
        for t in [
            "赴北京、上海等地开展重点项目招商",
            "在工业、旅游、科技等多个领域拥有一批好项目",
            "采取领导包联、部门联动等措施推动重点项目建设",
            "推动现代农业、绿色能源等领域补链强链项目签约",
            "聚焦医药城建设、楼宇经济项目招引等重点领域发力",
        ] {
            assert!(both(t).is_empty(), "{t}: {:?}", names(t));
        }
        // After the list's category, a name joined to it by 及.
        assert_eq!(
            both("就松花湖滑雪场改造等冰雪产业及玉米秸秆饲料化项目开展招商"),
            ["玉米秸秆饲料化项目"]
        );
    }

    #[test]
    fn names_run_over_words_that_only_look_like_boundaries() {
        // 建设 as a name's last word before 项目; 数据 and 等量 are nouns, not 据 and 等.
        assert_eq!(
            both("记者来到华信乳业公司年产3万吨奶粉建设项目工地"),
            ["华信乳业公司年产3万吨奶粉建设项目"]
        );
        assert_eq!(both("推动农业大数据500P智算中心落地"), ["农业大数据500P智算中心"]);
        assert_eq!(
            both("华信钢铁公司2号高炉等量置换改造项目已开工"),
            ["华信钢铁公司2号高炉等量置换改造项目"]
        );
        // Quotes in single marks, a rate with a slash, a direction before a place.
        assert_eq!(both("参与“草原风光走廊”等重大项目"), ["“草原风光走廊”"]);
        // Single marks too (a converter writes them 『』, read then as the outer marks).
        assert_eq!(names("参与‘草原风光走廊’等重大项目"), ["‘草原风光走廊’"]);
        assert_eq!(
            both("华信化工有限公司30万吨/年乙二醇项目开工"),
            ["华信化工有限公司30万吨/年乙二醇项目"]
        );
        assert_eq!(
            both("东大连铁矿、陈家沟铁矿等项目稳步建设"),
            ["东大连铁矿", "陈家沟铁矿"]
        );
        // A count of the projects just listed is no count of a kind.
        assert_eq!(
            both("锦程产业园及数字经济产业园2个项目超过50亿元"),
            ["锦程产业园及数字经济产业园"]
        );
        // A verb that makes a noun with the next character (举办地); partners joined by a
        // middle dot inside a name, where prose would join a subject's with 与.
        assert_eq!(
            both("博览会永久举办地综合体项目开工"),
            ["博览会永久举办地综合体项目"]
        );
        assert_eq!(both("白城·松原共建化工产业园揭牌"), ["白城·松原共建化工产业园"]);
        assert!(both("白城与松原共建化工产业园").is_empty());
        // A count inside a place's name; 作为 before a role of the subject; a place before 的
        // that is a company's; a park built, with projects in it; a brand's branch; a named
        // base with its area.
        for (text, name) in [
            ("五大连池矿泉产业园开工", "五大连池矿泉产业园"),
            (
                "吉林亚泰集团作为亚泰医药产业园项目的投资主体",
                "亚泰医药产业园项目",
            ),
            (
                "位于经开区的亚泰集团投资建设的亚泰医药产业园正式投产",
                "亚泰医药产业园",
            ),
            ("总投资10亿元的中韩产业园内新签约项目12个", "中韩产业园"),
            (
                "京东亚洲一号物流园长春物流园正式运营",
                "京东亚洲一号物流园长春物流园",
            ),
            ("投资建设长白山人参种植基地3000亩", "长白山人参种植基地"),
        ] {
            assert_eq!(both(text), [name], "{text}");
        }
    }

    #[test]
    fn industrial_parks_built_not_parks_visited_or_holding_projects() {
        assert_eq!(
            both("加快建设扎哈淖尔工业园区和鲁北工业园区，吸引大企业落户"),
            ["扎哈淖尔工业园区", "鲁北工业园区"]
        );
        // A name starts with the division it opens with, however the segmenter cut it.
        assert_eq!(
            both("新宾满族自治县南杂木工业园区建设加快"),
            ["新宾满族自治县南杂木工业园区"]
        );
        // Located by a phrase before 的; one stop of a visit; the place of projects in it.
        assert!(both("首先来到位于沈抚连接带上的拉古工业园区，详细了解园区规划").is_empty());
        assert!(both("副县长来到南杂木工业园区，重点考察了森隆公司").is_empty());
        assert!(both("汤河子工业园区各在建项目施工现场一片繁忙").is_empty());
    }

    #[test]
    fn compound_nouns_and_quoted_names_after_a_preposition() {
        // A three-character "verb" after a noun heads a compound noun (火锅|旗舰店).
        assert_eq!(
            both("小尾羊蒙式火锅旗舰店项目正式对外营业"),
            ["小尾羊蒙式火锅旗舰店项目"]
        );
        // A name in quotation marks after 就.
        assert_eq!(
            both("就“华冶吉粤生物质发电综合产业园项目”进行汇报"),
            ["华冶吉粤生物质发电综合产业园项目"]
        );
        // 包装 inside a name is packaging (纸制品包装); 谋划包装 still names no project.
        assert_eq!(
            both("成功签约了艺虹环保纸制品包装智能生产项目"),
            ["艺虹环保纸制品包装智能生产项目"]
        );
        assert!(both("积极谋划包装大项目好项目").is_empty());
    }

    #[test]
    fn farms_plants_and_bridges_and_a_description_in_apposition() {
        assert_eq!(
            both("建设万头安格斯肉牛良种繁育场和150万吨玉米秸秆饲料厂"),
            ["万头安格斯肉牛良种繁育场", "150万吨玉米秸秆饲料厂"]
        );
        assert_eq!(
            both("中俄两国首座跨江铁路大桥同江中俄黑龙江铁路大桥实现贯通"),
            ["同江中俄黑龙江铁路大桥"]
        );
    }

    #[test]
    fn verbs_designations_counts_and_areas_name_no_project() {
        for text in [
            // Verbs before their object.
            "连续4年累计获得中药材基地建设项目",
            "持续深化工程建设项目",
            "充分利用人参高新技术产业园区的优势",
            // What a project serves as.
            "该项目作为合作区纺织服装业升级版标杆项目",
            // A count with qualifiers after it, phases counted, an area measured.
            "建设粮乳肉菜四大标准化基地",
            "两期项目建成投产后",
            "发展青贮饲料基地3万亩",
            // Items a list calls measures before any project word.
            "“专班包保”、“一会三函”、“领办代办”等一系列推进措施使项目得以快速实施",
            // One-character verbs of the campaigns for projects, and verbs before their object.
            "营造全省齐心协力抓项目的浓厚氛围",
            "实施现有企业提档升级上项目",
            "举行奠基仪式并宣布工程项目开工",
        ] {
            assert!(both(text).is_empty(), "{text}: {:?}", both(text));
        }
    }

    #[test]
    fn stages_and_sizes_of_projects_are_generic() {
        for t in ["在续建项目中", "新开工项目进展顺利", "推进一批百亿级项目"] {
            assert!(both(t).is_empty(), "{t}: {:?}", names(t));
        }
    }

    #[test]
    fn a_kind_joined_by_he_or_yu_to_words_before_it_is_one_name() {
        assert_eq!(
            both("参观了华信产业园的冷藏和肉类分割车间项目"),
            ["华信产业园", "冷藏和肉类分割车间项目"]
        );
        assert_eq!(
            both("计划投资建设的碳化硅晶圆制造与封装测试项目"),
            ["碳化硅晶圆制造与封装测试项目"]
        );
        // Two kinds, nothing making them one: 引进|总部企业与现代物流项目.
        assert!(both("着力引进总部企业与现代物流项目").is_empty());
    }

    /// [`both`], and the Traditional form written by hand (「」, variants the converter does not
    /// give) reads the same too.
    fn both_scripts(simplified: &str, traditional: &str) -> Vec<String> {
        let s = both(simplified);
        let t = names(&crate::extract::fold::fold_text(traditional));
        assert_eq!(s, t, "{traditional}");
        s
    }

    #[test]
    fn approximate_counts_and_seasons_are_not_names() {
        for (s, t) in [
            (
                "在基础设施等领域开展120多个重大工程项目",
                "在基礎設施等領域開展120多個重大工程項目",
            ),
            ("全区谋划20余项产业项目", "全區謀劃20餘項產業項目"),
            ("2024年冬季项目集中开工", "2024年冬季項目集中開工"),
        ] {
            assert!(both_scripts(s, t).is_empty(), "{s}");
        }
    }

    #[test]
    fn a_single_character_generic_word_counts_only_as_a_word() {
        // 小 of 小镇, 新 of 新材料 are not 大|项目's generic 大.
        assert_eq!(
            both_scripts("签约投资18亿元的特色小镇项目", "簽約投資18億元的特色小鎮項目"),
            ["特色小镇项目"]
        );
        assert!(names("一批大项目好项目落地").is_empty());
    }

    #[test]
    fn a_field_after_an_investor_is_part_of_the_name() {
        assert_eq!(
            both_scripts(
                "天合光能白城风电产业项目总投资30亿元",
                "天合光能白城風電產業項目總投資30億元"
            ),
            ["天合光能白城风电产业项目"]
        );
        // A place and common words still only qualify the class.
        assert!(names("和龙市经济社会产业项目总投资30亿元").is_empty());
    }

    #[test]
    fn a_name_in_apposition_to_a_class_of_projects() {
        assert_eq!(
            both_scripts(
                "全力推进省级重点项目松花湖冰雪小镇建设",
                "全力推進省級重點項目松花湖冰雪小鎮建設"
            ),
            ["松花湖冰雪小镇"]
        );
        assert_eq!(
            both_scripts(
                "双方推进了国家能源战略项目红星储气库群建设",
                "雙方推進了國家能源戰略項目紅星儲氣庫群建設"
            ),
            ["红星储气库群"]
        );
        // What follows is no noun phrase: 又好又快, 集中.
        assert!(names("推动重点项目又好又快建设").is_empty());
        assert!(names("重大项目云视频集中签约").is_empty());
    }

    #[test]
    fn policies_employers_and_pairings_are_not_projects() {
        for (s, t) in [
            ("振兴东北老工业基地战略深入实施", "振興東北老工業基地戰略深入實施"),
            ("长岭县物流集团项目负责人王丽说", "長嶺縣物流集團項目負責人王麗說"),
            (
                "推出冰雪+民俗文化、冰雪+温泉养生等文旅项目",
                "推出冰雪+民俗文化、冰雪+溫泉養生等文旅項目",
            ),
        ] {
            assert!(both_scripts(s, t).is_empty(), "{s}: {:?}", names(s));
        }
        // 含, 涵盖 open a list; the list item is what is named.
        assert_eq!(
            both_scripts(
                "建设三大基地，含梅河船舶工业基地",
                "建設三大基地，含梅河船舶工業基地"
            ),
            ["梅河船舶工业基地"]
        );
    }

    #[test]
    fn events_slogans_mechanisms_and_companies_are_not_projects() {
        for (s, t) in [
            (
                "第十二届中俄国际冰雪节项目签约仪式在会馆召开",
                "第十二屆中俄國際冰雪節項目簽約儀式在會館召開",
            ),
            ("聚力“一城两区三基地”建设", "聚力“一城兩區三基地”建設"),
            (
                "深化市长直通车、“项目管家”等重大项目推进机制",
                "深化市長直通車、「項目管家」等重大項目推進機制",
            ),
            (
                "市政府与吉林宏达矿业有限公司项目洽谈会举行",
                "市政府與吉林宏達礦業有限公司項目洽談會舉行",
            ),
        ] {
            assert!(both_scripts(s, t).is_empty(), "{s}: {:?}", names(s));
        }
        // The phases of one project are no numbered plan.
        assert!(!event_or_slogan("碳纤维一期、二期项目"));
        assert!(event_or_slogan("两城三区四基地"));
    }

    #[test]
    fn stops_of_a_visit_and_places_of_projects_are_not_projects() {
        for (s, t) in [
            (
                "调研组先后来到松花湖风景区、北大湖滑雪场和红叶谷等地实地考察",
                "調研組先後來到松花湖風景區、北大湖滑雪場和紅葉谷等地實地考察",
            ),
            (
                "考察团先后深入长岭县生猪养殖基地、县行政服务中心等地进行实地考察",
                "考察團先後深入長嶺縣生豬養殖基地、縣行政服務中心等地進行實地考察",
            ),
            (
                "坐落于长岭县西部新材料产业园内的铜冶炼厂",
                "坐落於長嶺縣西部新材料產業園內的銅冶煉廠",
            ),
            ("该项目二期项目即将开工", "該項目二期項目即將開工"),
        ] {
            assert!(both_scripts(s, t).is_empty(), "{s}: {:?}", names(s));
        }
        // A project visited at its site is one.
        assert_eq!(
            both_scripts(
                "领导先后到长岭年产2500吨奶粉项目现场、县行政服务中心进行了实地考察",
                "領導先後到長嶺年產2500噸奶粉項目現場、縣行政服務中心進行了實地考察"
            ),
            ["长岭年产2500吨奶粉项目"]
        );
    }

    #[test]
    fn the_parts_a_project_builds_are_not_projects() {
        assert_eq!(
            both_scripts(
                "其中，甲乙医疗机器人项目签约额3亿元。该项目将构建研发中心、生产制造基地。",
                "其中，甲乙醫療機器人項目簽約額3億元。該項目將構建研發中心、生產製造基地。"
            ),
            ["甲乙医疗机器人项目"]
        );
        // What the sentence says the project is, is its name.
        assert_eq!(
            both_scripts(
                "该项目是上海某畜牧有限公司投资的仔猪育肥项目，建设12栋育肥舍。",
                "該項目是上海某畜牧有限公司投資的仔豬育肥項目，建設12棟育肥舍。"
            ),
            ["仔猪育肥项目"]
        );
    }

    #[test]
    fn products_listed_after_a_capacity_make_one_name() {
        assert_eq!(
            both_scripts(
                "开发区与某新材料公司签约年产6万吨N-甲基吡咯烷酮、γ-丁内酯系列产品项目。",
                "開發區與某新材料公司簽約年產6萬噸N-甲基吡咯烷酮、γ-丁內酯系列產品項目。"
            ),
            ["年产6万吨N-甲基吡咯烷酮、γ-丁内酯系列产品项目"]
        );
        // Two projects, each with its own project word, stay two.
        assert_eq!(
            both_scripts(
                "先后到年产2500吨奶粉项目现场、华康生物年产400吨原料药建设项目现场调研",
                "先後到年產2500噸奶粉項目現場、華康生物年產400噸原料藥建設項目現場調研"
            ),
            ["年产2500吨奶粉项目", "华康生物年产400吨原料药建设项目"]
        );
    }

    #[test]
    fn a_list_of_people_or_a_need_is_no_project() {
        for (s, t) in [
            (
                "市长刘鑫、政府办主任赵宏亮等参加了项目推进活动",
                "市長劉鑫、政府辦主任趙宏亮等參加了項目推進活動",
            ),
            (
                "当前正处于转型的重要时期，迫切需要引育高质量发展项目",
                "當前正處於轉型的重要時期，迫切需要引育高質量發展項目",
            ),
        ] {
            assert!(both_scripts(s, t).is_empty(), "{s}: {:?}", names(s));
        }
        // A person before a preposition is the subject, the project follows (姜克明就|…).
        assert_eq!(
            both_scripts(
                "会上，姜克明就长发镇“两库一泉”旅游观光、特色种植采摘基地等项目进行推介",
                "會上，姜克明就長發鎮“兩庫一泉”旅遊觀光、特色種植採摘基地等項目進行推介"
            ),
            ["长发镇“两库一泉”旅游观光", "特色种植采摘基地"]
        );
    }

    #[test]
    fn a_count_of_new_projects_after_a_list_counts_the_items() {
        assert_eq!(
            both_scripts(
                "东北新发地、中蓝光电马达等344个新项目开工，金发科技ABS一期等265个续建项目复工",
                "東北新發地、中藍光電馬達等344個新項目開工，金發科技ABS一期等265個續建項目復工"
            ),
            // 东北新发地: five characters that open with a place, beside a named item.
            ["东北新发地", "中蓝光电马达", "金发科技ABS一期"]
        );
        // A count of a kind of project: the items are its investors.
        assert!(both("兴业银行、苏宁易购等9个社区配套项目").is_empty());
    }

    #[test]
    fn industries_are_kinds_of_projects_not_names() {
        for (s, t) in [
            (
                "本市招商队伍赴江苏对接企业，重点推进装备制造和钢铁深加工项目",
                "本市招商隊伍赴江蘇對接企業，重點推進裝備製造和鋼鐵深加工項目",
            ),
            ("积极引进农畜产品深加工项目", "積極引進農畜產品深加工項目"),
            // What a plan relies on is there already.
            (
                "依托某某有色金属产业园区的原材料优势，开展招商",
                "依託某某有色金屬產業園區的原材料優勢，開展招商",
            ),
            // Fields listed before a count of projects.
            (
                "与某协会等在农产品精深加工产业、新能源新材料开发建设、无人机制造等16个项目进行了集中签约",
                "與某協會等在農產品精深加工產業、新能源新材料開發建設、無人機製造等16個項目進行了集中簽約",
            ),
        ] {
            assert!(both_scripts(s, t).is_empty(), "{s}: {:?}", names(s));
        }
        // Lower-case letters glued to a character are no name (mojibake of a page).
        assert!(names("推介该省投资发展?jié)摿Φ闹攸c项目").is_empty());
        // One project of a kind, singled out by its size or by the company it is discussed with.
        assert_eq!(
            both_scripts(
                "计划在本县建设占地面积16万平方米的服装智能制造产业园项目",
                "計劃在本縣建設佔地面積16萬平方米的服裝智能製造產業園項目"
            ),
            ["服装智能制造产业园项目"]
        );
        assert_eq!(
            both_scripts(
                "与某某新能源技术开发有限公司董事长张华，就推进新能源光伏组件项目落地事宜开展座谈",
                "與某某新能源技術開發有限公司董事長張華，就推進新能源光伏組件項目落地事宜開展座談"
            ),
            ["新能源光伏组件项目"]
        );
    }

    #[test]
    fn a_brand_the_segmenter_does_not_know_is_named_among_names_it_knows() {
        assert_eq!(
            both_scripts(
                "华星新能源汽车线缆生产线、瑞丰祥健康产业建设、欧洲城甲楼房地产等项目顺利推进",
                "華星新能源汽車線纜生產線、瑞豐祥健康產業建設、歐洲城甲樓房地產等項目順利推進"
            ),
            [
                "华星新能源汽车线缆生产线",
                "瑞丰祥健康产业建设",
                "欧洲城甲楼房地产"
            ]
        );
        // With no name the segmenter knows beside it, or of common words, it is not.
        for (s, t) in [
            (
                "城北健康产业建设、城南甲楼房地产等项目顺利推进",
                "城北健康產業建設、城南甲樓房地產等項目順利推進",
            ),
            (
                "华星新能源汽车线缆生产线、肉牛养殖、新材料制造等项目",
                "華星新能源汽車線纜生產線、肉牛養殖、新材料製造等項目",
            ),
        ] {
            let got = both_scripts(s, t);
            assert!(
                !got.iter()
                    .any(|n| n.contains("城北") || n.contains("肉牛") || n.contains("新材料制造")),
                "{s}: {got:?}"
            );
        }
    }

    #[test]
    fn treating_waste_is_a_process_and_a_trip_ends_a_name() {
        assert_eq!(
            both_scripts(
                "本次开工的项目为：瓦房店市固体废弃物综合处理项目、金州区建筑垃圾再利用项目。",
                "本次開工的項目為：瓦房店市固體廢棄物綜合處理項目、金州區建築垃圾再利用項目。"
            ),
            ["瓦房店市固体废弃物综合处理项目", "金州区建筑垃圾再利用项目"]
        );
        assert_eq!(
            both_scripts(
                "市政府外办主任陈双伟率工作组赴辽中区中俄经贸合作产业园调研",
                "市政府外辦主任陳雙偉率工作組赴遼中區中俄經貿合作產業園調研"
            ),
            ["辽中区中俄经贸合作产业园"]
        );
    }

    #[test]
    fn a_list_the_sentence_says_holds_projects() {
        assert_eq!(
            both_scripts(
                "10个项目集中签约。重点项目涵盖华兴储能调频电站、浙江商会大洋河北方不夜城、新加坡新瑞贸易镁建材等。",
                "10個項目集中簽約。重點項目涵蓋華興儲能調頻電站、浙江商會大洋河北方不夜城、新加坡新瑞貿易鎂建材等。"
            ),
            ["华兴储能调频电站", "浙江商会大洋河北方不夜城", "新加坡新瑞贸易镁建材"]
        );
        // Without it, a list closed by 等 alone is of anything.
        assert!(
            !both("会上推介了华兴储能调频电站、浙江商会大洋河北方不夜城、新加坡新瑞贸易镁建材等。")
                .iter()
                .any(|n| n.contains("新加坡"))
        );
    }

    #[test]
    fn project_sites_visited_are_projects() {
        assert_eq!(
            both_scripts(
                "先后到智能云仓及供应链平台项目现场、环保设备制造项目现场、鲜食玉米原浆加工项目现场等地进行项目巡检。",
                "先後到智能雲倉及供應鏈平台項目現場、環保設備製造項目現場、鮮食玉米原漿加工項目現場等地進行項目巡檢。"
            ),
            ["智能云仓及供应链平台项目", "环保设备制造项目", "鲜食玉米原浆加工项目"]
        );
    }

    #[test]
    fn public_works_end_in_what_they_build() {
        assert_eq!(
            both_scripts(
                "城东水库、人民医院综合楼、城南污水处理厂等12个项目集中开工。",
                "城東水庫、人民醫院綜合樓、城南污水處理廠等12個項目集中開工。"
            ),
            ["城东水库", "人民医院综合楼", "城南污水处理厂"]
        );
    }

    #[test]
    fn positions_and_a_conjoined_project_word_name_no_project() {
        assert!(both("细河区与金融机构签订合作协议和项目投资协议。").is_empty());
        assert!(both(
            "2月9日上午，吉林丰满经济开发区党工委书记、管委会主任郭万洪率领项目服务专班成员对17个项目进行了全面踏查。"
        )
        .is_empty());
    }

    #[test]
    fn two_joined_by_he_before_their_count() {
        assert_eq!(
            both_scripts(
                "北林区引进28亿元建设东盛物流城和东富汽车配件城两个物流项目。",
                "北林區引進28億元建設東盛物流城和東富汽車配件城兩個物流項目。"
            ),
            ["东盛物流城", "东富汽车配件城"]
        );
        // 和 and 及 inside words join nothing (涉及, 和龙).
        assert!(both("此次签约涉及新能源5个项目。").is_empty());
    }

    #[test]
    fn complementary_and_symbiotic_kinds_of_plant() {
        assert_eq!(
            both_scripts(
                "义县举行“项目开工月”启动暨华能120兆瓦农光互补项目开工仪式。",
                "義縣舉行「項目開工月」啟動暨華能120兆瓦農光互補項目開工儀式。"
            ),
            ["华能120兆瓦农光互补项目"]
        );
    }

    #[test]
    fn a_verb_jieba_sees_in_a_brand_opens_the_name() {
        // 申|泰|隆: a character jieba calls a verb before a fragment of a name no place holds.
        assert_eq!(both("今年，申泰隆物流城项目分三期建设"), ["申泰隆物流城项目"]);
        // Before a place it governs it, and a verb that governs names governs this one too.
        assert_eq!(both("今年，赴长春电子商务产业园对接"), ["长春电子商务产业园"]);
        assert_eq!(both("今年，引鼎泰物流城项目落地"), ["鼎泰物流城项目"]);
        // After 在 (at) or 将 the name keeps its first character.
        assert_eq!(both("仪式在觉华岛旅游度假区举行"), ["觉华岛旅游度假区"]);
    }

    #[test]
    fn zones_of_a_field_are_places_built_not_fields() {
        assert_eq!(
            both("正在全力推进北岭山泵业基地、青石湾旅游度假区、东港临港工业区等产业集聚区建设"),
            ["北岭山泵业基地", "青石湾旅游度假区", "东港临港工业区"]
        );
        // The field itself stays a kind (等产业).
        assert!(both("发展了泵业、新能源装备等产业").is_empty());
    }

    #[test]
    fn what_a_definition_lists_and_a_visits_activities_are_no_projects() {
        assert!(both("沿海经济带是指东港临港工业区、西海沿海产业基地和南湾工业园区").is_empty());
        // Only the list right after the marker.
        assert_eq!(
            both("沿海经济带是指东港临港工业区，今年推进北岭蜂业产业园建设"),
            ["北岭蜂业产业园"]
        );
        assert!(both("代表团参加了考察滨江商务区规划建设、东山生态园、某集团等活动").is_empty());
    }

    #[test]
    fn a_project_word_before_a_word_jieba_reads_across_ends_the_name() {
        // 项目|部分: not 项目部, the office of a project.
        assert_eq!(
            both("东林40万吨高强铝合金项目部分生产线已试运行"),
            ["东林40万吨高强铝合金项目"]
        );
        assert!(both("东林铝业项目部经理王明介绍").is_empty());
    }

    #[test]
    fn verbs_of_a_clause_are_not_part_of_a_name() {
        for t in [
            "全力打好项目投资攻坚战",
            "园区开始配套设施、场地等工程建设",
            "贸易区明确项目运营方向",
            "不锈钢轧钢项目正在进行基础土建工程",
        ] {
            let found = both(t);
            assert!(
                found.iter().all(|n| !["打", "开始", "明确", "进行", "土建"]
                    .iter()
                    .any(|v| n.contains(v))),
                "{t}: {found:?}"
            );
        }
        // After an adverb of aspect a verb is the predicate (正在|筹建).
        assert_eq!(both("该市正在筹建东湖物流产业园"), ["东湖物流产业园"]);
        assert_eq!(
            both("鼎泰地产公司董事长高明介绍鼎泰文旅项目情况"),
            ["鼎泰文旅项目"]
        );
    }

    #[test]
    fn titles_given_fields_and_places_inside_are_no_projects() {
        // A title a body gives.
        assert!(both("该项目被国家电投列为绿色氢能转化标杆项目").is_empty());
        assert!(both("该园区被授予国家级绿色工业示范基地").is_empty());
        // Fields a list of a kind of projects names (等领域项目).
        assert!(both("做好公共卫生、老旧小区改造等领域项目储备").is_empty());
        // A park as the place where something happens.
        assert!(both("东湖电子商务产业园内，主播在镜头前介绍特产").is_empty());
        // Not when the text goes on about the park (…产业园内基础设施…).
        assert_eq!(
            both("东湖电子商务产业园内基础设施建设加快推进"),
            ["东湖电子商务产业园"]
        );
        // A kind that qualifies projects makes the items projects (等重大产业项目).
        assert_eq!(
            both("引进了东岭集团投资的钢化新材料产业园项目等重大产业项目"),
            ["钢化新材料产业园项目"]
        );
        // 产业园区 is one ending.
        assert_eq!(both("分别是投资3500万元的北岭蜂业产业园区"), ["北岭蜂业产业园区"]);
    }

    #[test]
    fn ports_airports_and_homes_a_county_builds_are_names() {
        assert_eq!(both("加快建设东岭中心渔港"), ["东岭中心渔港"]);
        assert_eq!(both("推进新鸭江公路大桥口岸建设"), ["新鸭江公路大桥口岸"]);
        assert_eq!(both("今年开工建设红岭社会福利院"), ["红岭社会福利院"]);
        // A time before the name is no part of it (今年以来|…).
        assert_eq!(both("今年以来北湖中心渔港吞吐量大增"), ["北湖中心渔港"]);
    }

    #[test]
    fn cooperation_between_partners_is_a_kind_of_project() {
        assert!(both("推进广东省对口合作项目落地").is_empty());
        assert_eq!(both("推进东岭中俄合作产业园建设"), ["东岭中俄合作产业园"]);
    }

    #[test]
    fn a_slogan_cut_open_is_no_name_in_apposition() {
        assert!(both("调研企业复工复产、重点项目“开春全面开工”情况").is_empty());
    }

    #[test]
    fn kinds_counted_gathered_or_sorted_are_no_names() {
        // A plural before the phrase, over an adjective with 的, or opening it.
        assert!(both("去年引进了一批新的冷链仓储建设项目").is_empty());
        assert!(both("双方期待一些港航合作项目尽快落地").is_empty());
        assert!(both("全县谋划了3个光伏发电项目").is_empty());
        // A category sorted (类) or counted (数量, 占比).
        assert!(both("其中民生保障工程类的项目有12个").is_empty());
        assert!(both("交通水利设施项目数量占比达40%").is_empty());
        // 类似 compares and sorts nothing.
        assert_eq!(both("北湖冰雪小镇类似的做法"), ["北湖冰雪小镇"]);
        // An amount is no part of a name.
        assert!(both("单体投资50亿元大项目取得突破").is_empty());
    }

    #[test]
    fn an_amount_before_a_name_is_its_cost() {
        assert_eq!(
            both("县政府与东岭集团签订的8亿元大豆精深加工项目"),
            ["大豆精深加工项目"]
        );
        let c: Vec<char> = "县政府与东岭集团签订的8亿元大豆精深加工项目".chars().collect();
        let at = c.len() - "大豆精深加工项目".chars().count();
        assert_eq!(amount_just_before(&c, at).map(|m| m.value), Some(800_000_000.0));
        // Lists of kinds open with 既有, 也有: no part of the first item.
        assert_eq!(
            both("这些项目中既有北湖冷链物流中心等产业项目，也有东岭大桥改造等基础设施项目"),
            ["北湖冷链物流中心", "东岭大桥改造"]
        );
    }

    #[test]
    fn a_project_after_its_amount_or_its_company_is_named() {
        // An amount opens a noun phrase as 的 does: what follows is the project's name.
        assert_eq!(both("建成1.5亿元康华医养结合项目"), ["康华医养结合项目"]);
        // A company before a field singles out its one project.
        assert_eq!(
            both("考察了金河集团年产10万吨光伏玻璃产业项目"),
            ["金河集团年产10万吨光伏玻璃产业项目"]
        );
        // 等地|下资源: 地下 is a word, so 等 closes a list of named items, not of places.
        assert_eq!(both("推进大盘道铁矿等地下资源开发利用项目"), ["大盘道铁矿"]);
    }

    #[test]
    fn a_place_where_a_project_is_inspected_is_not_the_project() {
        assert_eq!(
            both("省长到东丰县北岭科技园考察果蔬冷链物流项目"),
            ["果蔬冷链物流项目"]
        );
        // Inspected at a company: the company's project.
        assert_eq!(
            both("随后到吉北粮食加工有限公司考察玉米深加工项目"),
            ["玉米深加工项目"]
        );
    }

    #[test]
    fn a_kind_visited_talked_over_or_measured_is_one_project() {
        // A stop of a visit that is a project.
        assert_eq!(
            both("一行先后来到东岭建材市场、北湖建材、硼铁合金项目和宏达二厂展厅等地进行实地查看"),
            ["硼铁合金项目"]
        );
        // Talked over with a named company.
        assert_eq!(
            both("副县长与东岭农业发展有限公司对接洽谈鱼菜共生项目合作事宜"),
            ["鱼菜共生项目"]
        );
        // 该旗 refers back to the place; the measure stays with the name.
        assert_eq!(
            both("依托该旗200万亩高效节水农田项目引进节水灌溉企业"),
            ["200万亩高效节水农田项目"]
        );
        // Kinds named without any of that stay kinds.
        assert!(both("全县大力发展鱼菜共生项目").is_empty());
    }

    #[test]
    fn a_rank_a_type_or_a_count_of_places_describes_projects() {
        // A rank opening the phrase says what the project is first of; the name follows.
        assert_eq!(
            both("全省首家北方寒地果蔬研发中心建成投用"),
            ["北方寒地果蔬研发中心"]
        );
        // Inside the phrase it describes a project named elsewhere.
        assert!(both("这也是东岭集团首个新建矿泉水生产基地项目").is_empty());
        // A type of project, and one counted by its places.
        assert!(both("重点推进东岭市产业结构调整型项目").is_empty());
        assert!(both("全年完成12所学校消防设施改造工程").is_empty());
        // A new round of projects is a batch of them.
        assert!(both("掀起新一轮大上项目的热潮").is_empty());
    }

    #[test]
    fn words_of_now_and_of_arriving_open_no_name() {
        assert_eq!(
            both("今天东岭新材料有限公司聚酯纤维项目开工"),
            ["东岭新材料有限公司聚酯纤维项目"]
        );
        assert_eq!(
            both("记者到达镇赉县食品产业园区柠檬酸项目大门口"),
            ["镇赉县食品产业园区柠檬酸项目"]
        );
    }

    #[test]
    fn squares_markets_and_trading_centres_are_built_but_a_caption_only_shows_them() {
        assert_eq!(
            both("今年将建设湖白友谊广场和东岭果蔬批发市场"),
            ["湖白友谊广场", "东岭果蔬批发市场"]
        );
        let text = "东岭县：项目建设提速\n\n本报记者 李华\n\n今年东岭县新开工项目27个，总投资58亿元，其中北湖果蔬批发市场已投入使用。\n\n\n\n景阳广场。\n\n全县上下正全力推进项目建设。\n";
        let arts = crate::corpus::load_text("t.txt", "t", text);
        let captions = arts[0]
            .paragraphs()
            .filter(|p| p.kind == crate::corpus::model::ParagraphKind::Caption)
            .count();
        assert_eq!(captions, 1);
        let got: Vec<String> = article(&arts[0], None, &[], &|_| None)
            .into_iter()
            .map(|m| m.name)
            .collect();
        assert_eq!(got, ["北湖果蔬批发市场"]);
    }

    #[test]
    fn a_park_something_is_located_in_is_its_place() {
        assert_eq!(
            both("东岭热泵生产项目落户在北湖经济开发区高新技术产业园"),
            ["东岭热泵生产项目"]
        );
        assert!(both("该项目总投资1.8亿元，位于东岭高新技术产业园区").is_empty());
        // A project located somewhere is still one.
        assert_eq!(
            both("位于北湖镇的东岭热泵生产基地项目已开工"),
            ["东岭热泵生产基地项目"]
        );
    }

    #[test]
    fn a_projects_office_that_employs_someone_is_no_project() {
        assert!(both("东岭钢铁公司设备工程部项目管理部工作人员赵明告诉记者").is_empty());
        assert!(both("据东岭热电厂扩建项目部经理介绍").is_empty());
    }

    #[test]
    fn what_serves_as_something_is_there_already() {
        assert!(both("签约拟投资2亿元的项目，以东岭北湖机场为航空物流运营基地").is_empty());
    }

    #[test]
    fn a_conjunction_after_a_complete_name_joins_two() {
        assert_eq!(
            both("工作组对东岭汽车产业园、北湖果蔬批发市场及西岭汽配交易中心进行科学规划"),
            ["东岭汽车产业园", "北湖果蔬批发市场", "西岭汽配交易中心"]
        );
    }

    #[test]
    fn a_cause_is_no_part_of_a_name() {
        assert!(both("十九世纪初，闯关东人群因金矿、人参、木材在此集聚").is_empty());
    }
}

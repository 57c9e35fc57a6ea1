//! Text clean-up: what is kept for display, and a folded form used only for matching.

use crate::corpus::decode::is_han;
use std::sync::OnceLock;

/// Removes what must never reach a terminal or a JSON consumer: control characters, escape
/// sequences, zero-width and bidi controls. Tabs become spaces; the text is otherwise kept
/// as written.
pub fn sanitize(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => skip_escape_sequence(&mut chars),
            '\t' => out.push(' '),
            // C0/C1 controls, DEL, zero-width and bidi formatting, BOM.
            c if c.is_control() => {}
            '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Drops the rest of an ANSI escape sequence whose ESC was just read: CSI (`ESC [ … final`),
/// OSC/DCS/APC strings (up to BEL or ESC \), and two-byte escapes.
fn skip_escape_sequence(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    match chars.peek().copied() {
        Some('[') => {
            chars.next();
            for c in chars.by_ref() {
                if ('\u{40}'..='\u{7e}').contains(&c) {
                    break;
                }
            }
        }
        Some(']') | Some('P') | Some('_') | Some('^') | Some('X') => {
            chars.next();
            while let Some(c) = chars.next() {
                if c == '\u{7}' {
                    break;
                }
                if c == '\u{1b}' {
                    if chars.peek() == Some(&'\\') {
                        chars.next();
                    }
                    break;
                }
            }
        }
        Some(_) => {
            chars.next();
        }
        None => {}
    }
}

/// Trims the line's edges, including full-width spaces and NBSP (stray indentation).
pub fn trim(line: &str) -> &str {
    line.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}' || c == '\u{A0}')
}

const CJK_FIRST: char = '\u{4E00}';
const CJK_LAST: char = '\u{9FFF}';

/// Traditional (and variant) character → its Simplified form, for every basic CJK ideograph
/// the converter changes on its own (no phrase context: the fold must keep positions). A dense
/// table over the block (itself where unchanged): every character of every file is looked up.
fn simplified_table() -> &'static [char] {
    static TABLE: OnceLock<Vec<char>> = OnceLock::new();
    TABLE.get_or_init(|| {
        // One character a line, so that no phrase rule applies.
        let all: String = (CJK_FIRST..=CJK_LAST).flat_map(|c| [c, '\n']).collect();
        let simplified = zhconv::zhconv(&all, zhconv::Variant::ZhHans);
        let mut table: Vec<char> = (CJK_FIRST..=CJK_LAST).collect();
        for (a, b) in all.split('\n').zip(simplified.split('\n')) {
            let (mut ac, mut bc) = (a.chars(), b.chars());
            if let (Some(x), None, Some(y), None) = (ac.next(), ac.next(), bc.next(), bc.next()) {
                table[x as usize - CJK_FIRST as usize] = y;
            }
        }
        table
    })
}

/// True for a character that Simplified writing replaces (長 → 长).
pub fn is_traditional(c: char) -> bool {
    simplify_char(c) != c
}

/// The Simplified form of one character (itself when it has none): 長 → 长, 説 → 说.
pub fn simplify_char(c: char) -> char {
    if (CJK_FIRST..=CJK_LAST).contains(&c) {
        simplified_table()[c as usize - CJK_FIRST as usize]
    } else {
        c
    }
}

/// Text in Simplified script, one character out for each character in (so positions hold):
/// phrase by phrase where the converter keeps the length (藉助 → 借助, 頭髮 → 头发), else
/// character by character. Text without Traditional characters is returned as it is.
pub fn simplify(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(is_traditional) {
        return std::borrow::Cow::Borrowed(text);
    }
    let phrased = zhconv::zhconv(text, zhconv::Variant::ZhHans);
    if phrased.chars().count() == text.chars().count() {
        std::borrow::Cow::Owned(phrased)
    } else {
        std::borrow::Cow::Owned(text.chars().map(simplify_char).collect())
    }
}

/// Folds a line for matching: full-width ASCII → ASCII, full-width space and NBSP → space,
/// runs of spaces → one, letter-spaced words closed up (`吉 林 日 报 社` → `吉林日报社`).
/// Chinese punctuation that has no ASCII twin (，。“”) is kept.
pub fn fold(line: &str) -> String {
    let mut s = String::with_capacity(line.len());
    for c in line.chars() {
        s.push(fold_char(c));
    }
    let s = close_letter_spacing(trim(&s));
    let mut out = String::with_capacity(s.len());
    let mut prev_space = false;
    for c in s.chars() {
        if c == ' ' {
            if !prev_space {
                out.push(' ');
            }
            prev_space = true;
        } else {
            out.push(c);
            prev_space = false;
        }
    }
    out
}

/// Folds one character: `：`→`:`, `（`→`(`, `１`→`1`, full-width/no-break spaces → space.
pub fn fold_char(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' | '\u{A0}' | '\u{2002}'..='\u{200A}' => ' ',
        '「' => '“',
        '」' => '”',
        // 『』 stand inside 「」 as ‘’ inside “”.
        '『' => '‘',
        '』' => '’',
        c => c,
    }
}

/// `吉 林 日 报 社 版 权 所 有  未 经 授 权` → `吉林日报社版权所有 未经授权`: when most
/// space-separated tokens are single Han characters, single spaces are layout, not words.
fn close_letter_spacing(s: &str) -> String {
    let tokens: Vec<&str> = s.split(' ').filter(|t| !t.is_empty()).collect();
    if tokens.len() < 2 {
        return s.to_owned();
    }
    let single_han = tokens
        .iter()
        .filter(|t| {
            let mut cs = t.chars();
            matches!((cs.next(), cs.next()), (Some(c), None) if is_han(c))
        })
        .count();
    if single_han * 10 < tokens.len() * 7 {
        return s.to_owned();
    }
    // Two or more spaces separate words; one space separates letters.
    s.split("  ")
        .map(|w| w.split(' ').collect::<String>())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A vowel with a tone mark, as pinyin writes it (ü too: it is pinyin's alone).
pub(crate) fn is_toned_vowel(c: char) -> bool {
    "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ".contains(c)
}

/// Pinyin some sites print after characters (`企業(yè)家`, `考察團(tuán)`, a reading aid of
/// pages converted to Traditional) taken out: it cuts words, names and quotes in two. A
/// bracketed lowercase syllable right after a character is such an annotation when it bears
/// a tone mark, or when the text holds at least three that do (the neutral tone has none);
/// `聚醚醚酮(PEEK)`, `(kg)` and `(2024)` stay.
pub fn strip_pinyin_annotations(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains(['(', '（']) {
        return std::borrow::Cow::Borrowed(text);
    }
    let chars: Vec<char> = text.chars().collect();
    // (open, close, toned) of each bracketed syllable after a character.
    let mut found: Vec<(usize, usize, bool)> = Vec::new();
    for i in 1..chars.len() {
        if !matches!(chars[i], '(' | '（') || !is_han(chars[i - 1]) {
            continue;
        }
        let Some(len) = chars[i + 1..]
            .iter()
            .take(8)
            .position(|&c| matches!(c, ')' | '）'))
        else {
            continue;
        };
        let inner = &chars[i + 1..i + 1 + len];
        if (1..=6).contains(&len) && inner.iter().all(|&c| c.is_ascii_lowercase() || is_toned_vowel(c)) {
            found.push((i, i + 1 + len, inner.iter().any(|&c| is_toned_vowel(c))));
        }
    }
    let toned = found.iter().filter(|f| f.2).count();
    found.retain(|f| f.2 || toned >= 3);
    if found.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut next = found.iter().peekable();
    let mut i = 0;
    while i < chars.len() {
        if let Some(&&(open, close, _)) = next.peek() {
            if i == open {
                i = close + 1;
                next.next();
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pinyin_after_characters_is_taken_out() {
        assert_eq!(
            strip_pinyin_annotations("吉林省臺(tái)商食品企業(yè)家考察團(tuán)來我縣考察"),
            "吉林省臺商食品企業家考察團來我縣考察"
        );
        assert_eq!(
            strip_pinyin_annotations("台(tái)商企业(yè)家考察团(tuán)的(de)考察"),
            "台商企业家考察团的考察"
        );
        // Not pinyin, or no tone anywhere: kept as written.
        for kept in [
            "聚醚醚酮(PEEK)项目",
            "重量(kg)为",
            "年产(2024)",
            "单位(de)不明",
            "中植东方(北京)草业",
        ] {
            assert_eq!(strip_pinyin_annotations(kept), kept);
        }
    }

    #[test]
    fn sanitize_strips_escapes_and_controls() {
        assert_eq!(sanitize("朝阳\u{1b}[31m区\u{1b}[0m"), "朝阳区");
        assert_eq!(sanitize("a\u{1b}]52;c;ZXZpbA==\u{7}b"), "ab");
        assert_eq!(sanitize("招商\u{7}\u{8}\u{200B}引资\tX"), "招商引资 X");
        assert_eq!(sanitize("\u{202E}abc"), "abc");
    }

    #[test]
    fn fold_full_width_and_spaces() {
        assert_eq!(fold("　发布时间：２０２６－０１－１４"), "发布时间:2026-01-14");
        assert_eq!(
            fold("长春：奏响招商引资「春之序曲」"),
            "长春:奏响招商引资“春之序曲”"
        );
        assert_eq!(fold("a\u{A0}\u{A0}b"), "a b");
    }

    #[test]
    fn fold_closes_letter_spacing() {
        assert_eq!(
            fold("吉 林 日 报 社 版 权 所 有  未 经 授 权 禁 止 复 制"),
            "吉林日报社版权所有 未经授权禁止复制"
        );
        assert_eq!(fold("短 评"), "短评");
        // Words separated by spaces stay apart.
        assert_eq!(fold("8条赛道发力 20个项目签约"), "8条赛道发力 20个项目签约");
        assert_eq!(fold("精准对接 招“链”引群"), "精准对接 招“链”引群");
    }

    #[test]
    fn trim_handles_full_width_indentation() {
        assert_eq!(trim("\u{3000}\u{3000}招商引资  "), "招商引资");
    }
}

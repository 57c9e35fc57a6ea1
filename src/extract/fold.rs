//! The folded form extraction matches on.
//!
//! Every paragraph is folded once, character for character, so a position in the folded text
//! is the same position in the text as written: Traditional and variant characters become
//! Simplified (`長春區長許軍説` → `长春区长许军说`), quotation marks of every kind become “”
//! (「」 and paired ASCII `"`; 『』 nested inside them become ‘’), ASCII clause punctuation becomes full-width (`,` → `，`
//! except inside numbers such as `1,200`), full-width letters and digits become ASCII. The
//! extractors read the folded article; what they report is then restored to the text as
//! written (spans are shared; strings are taken back from the same positions). Word lists are
//! therefore written once, in Simplified.

use crate::corpus::model::Article;
pub use crate::corpus::normalize::{is_traditional, simplify, simplify_char};
use std::borrow::Cow;

/// One character folded for matching, without context (see [`fold_text`] for ASCII marks).
pub fn fold_char(c: char) -> char {
    match c {
        '\u{4E00}'..='\u{9FFF}' => simplify_char(c),
        '「' | '〝' | '＂' => '“',
        '」' | '〞' => '”',
        // 『』 stand inside 「」 as ‘’ inside “”.
        '『' => '‘',
        '』' => '’',
        // Full-width letters and digits (１２ → 12); full-width punctuation stays full-width.
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '％' => '%',
        '．' => '.',
        '\u{3000}' | '\u{A0}' | '\u{2002}'..='\u{200A}' => ' ',
        c => c,
    }
}

/// Folds a text; positions are kept (one character out for each character in).
pub fn fold_text(text: &str) -> String {
    let chars: Vec<char> = simplify(text).chars().collect();
    // The converter turns 「」『』 into “”‘’: the marks are read as written.
    let written: Vec<char> = text.chars().collect();
    // Traditional text: some character changed when simplified.
    let traditional = written.iter().zip(&chars).any(|(w, c)| w != c);
    let mut out = String::with_capacity(text.len());
    let mut open_ascii_quote = false;
    // 『』 are the outer marks where no other quotation is open (『…「立科速度」…』, as some
    // sites write): then they fold to “”, and 「」 inside them to ‘’.
    let mut outer_corner = false;
    let mut open_double = false;
    for (i, &c) in chars.iter().enumerate() {
        let digit_before = i > 0 && chars[i - 1].is_ascii_digit();
        let digit_after = chars.get(i + 1).is_some_and(|c| c.is_ascii_digit());
        let mark = match written.get(i) {
            Some(&w @ ('「' | '」' | '『' | '』' | '〝' | '〞')) => w,
            _ => c,
        };
        let folded = match mark {
            // ASCII quotes alternate: the first opens, the next closes.
            '"' => {
                open_ascii_quote = !open_ascii_quote;
                if open_ascii_quote {
                    '“'
                } else {
                    '”'
                }
            }
            // 1,200 and 10:30 keep their marks; between words they are clause punctuation.
            ',' if !(digit_before && digit_after) => '，',
            ':' if !(digit_before && digit_after) => '：',
            ';' => '；',
            '!' => '！',
            '?' => '？',
            '(' => '（',
            ')' => '）',
            '『' if !open_double && !outer_corner => {
                outer_corner = true;
                '“'
            }
            '』' if outer_corner => {
                outer_corner = false;
                '”'
            }
            '「' | '〝' | '“' if outer_corner => '‘',
            '」' | '〞' | '”' if outer_corner => '’',
            // 总投资170亿元得|…城: after an amount 得 can only be the particle 的 mistyped, as
            // some sites write it (not 得到, 得不偿失: words of their own).
            '得' if i > 0
                && chars[i - 1] == '元'
                && chars
                    .get(i + 1)
                    .is_some_and(|&n| crate::corpus::decode::is_han(n))
                && !(2..=4).any(|n| {
                    chars
                        .get(i..i + n)
                        .is_some_and(|w| crate::corpus::jieba().has_word(&w.iter().collect::<String>()))
                }) =>
            {
                '的'
            }
            // 标志著, 随著, 展示著: in Traditional text 著 after a word is the aspect particle
            // 着 (not 显著, 著名, 土著: words of their own; nor 所著, written by).
            '著' if traditional
                && i > 0
                && crate::corpus::decode::is_han(chars[i - 1])
                && chars[i - 1] != '所'
                && ![i - 1, i].iter().any(|&k| {
                    chars
                        .get(k..k + 2)
                        .is_some_and(|w| crate::corpus::jieba().has_word(&w.iter().collect::<String>()))
                }) =>
            {
                '着'
            }
            c => {
                let f = fold_char(c);
                match f {
                    '“' => open_double = true,
                    '”' => open_double = false,
                    _ => {}
                }
                f
            }
        };
        out.push(folded);
    }
    out
}

/// The article folded for matching, borrowed when folding changes nothing.
pub fn fold_article(a: &Article) -> Cow<'_, Article> {
    // Each text is folded once: kept if anything changed, dropped otherwise.
    let changed = |s: &str| Some(fold_text(s)).filter(|f| f != s);
    let title = changed(&a.title);
    let subtitle = a.subtitle.as_deref().map(changed);
    let headings: Vec<Option<String>> = a
        .sections
        .iter()
        .map(|s| s.heading.as_deref().and_then(changed))
        .collect();
    let texts: Vec<Option<String>> = a.paragraphs().map(|p| changed(&p.text)).collect();
    let any = title.is_some()
        || subtitle.as_ref().is_some_and(Option::is_some)
        || headings.iter().any(Option::is_some)
        || texts.iter().any(Option::is_some);
    if !any {
        return Cow::Borrowed(a);
    }
    let mut f = a.clone();
    if let Some(t) = title {
        f.title = t;
    }
    if let Some(Some(t)) = subtitle {
        f.subtitle = Some(t);
    }
    let mut texts = texts.into_iter();
    for (s, heading) in f.sections.iter_mut().zip(headings) {
        if let Some(h) = heading {
            s.heading = Some(h);
        }
        for p in &mut s.paragraphs {
            if let Some(Some(t)) = texts.next() {
                p.text = t.into();
            }
        }
    }
    Cow::Owned(f)
}

/// Takes strings found in a folded article back to the article as written.
pub struct Restorer<'a> {
    /// The article's folded texts, title first, one after another with a `SEPARATOR` between
    /// them, so that a string is looked for in all of them in one search.
    folded: String,
    /// Where each text starts in `folded`, and the text as written.
    texts: Vec<(usize, &'a str)>,
}

/// Stands between two texts in [`Restorer`]'s haystack; no extracted string holds it.
const SEPARATOR: char = '\u{0}';

impl<'a> Restorer<'a> {
    /// For an article and its folded form (`None` when folding changed nothing).
    pub fn new(written: &'a Article, folded: &Article) -> Restorer<'a> {
        let mut pairs = vec![(folded.title.as_str(), written.title.as_str())];
        if let (Some(f), Some(w)) = (&folded.subtitle, &written.subtitle) {
            pairs.push((f.as_str(), w.as_str()));
        }
        for (fp, wp) in folded.paragraphs().zip(written.paragraphs()) {
            pairs.push((&*fp.text, &*wp.text));
        }
        let mut haystack = String::with_capacity(pairs.iter().map(|(f, _)| f.len() + 1).sum());
        let mut texts = Vec::with_capacity(pairs.len());
        for (f, w) in pairs {
            texts.push((haystack.len(), w));
            haystack.push_str(f);
            haystack.push(SEPARATOR);
        }
        Restorer {
            folded: haystack,
            texts,
        }
    }

    /// `s` as written: the same characters of the first text that holds it folded; `s` itself
    /// when no text does (a name built from parts).
    pub fn restore(&self, s: &str) -> String {
        if s.is_empty() {
            return String::new();
        }
        // The first match in the texts joined is in the first text that holds `s` (which
        // cannot run over a separator, unless it holds one itself).
        let found = if s.contains(SEPARATOR) {
            None
        } else {
            self.folded.find(s)
        };
        let Some(byte) = found else {
            return s.to_owned();
        };
        let k = self.texts.partition_point(|&(start, _)| start <= byte) - 1;
        let (from, written) = self.texts[k];
        let start = self.folded[from..byte].chars().count();
        let n = s.chars().count();
        written.chars().skip(start).take(n).collect()
    }

    /// In place, for an optional string.
    pub fn restore_opt(&self, s: &mut Option<String>) {
        if let Some(v) = s {
            *v = self.restore(v);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traditional_and_variants_fold_to_simplified_in_place() {
        assert_eq!(fold_text("長春市朝陽區區長許軍説"), "长春市朝阳区区长许军说");
        assert_eq!(fold_text("爲企業啓動"), "为企业启动");
        assert_eq!(fold_text("長春").chars().count(), 2);
    }

    #[test]
    fn corner_marks_outside_any_quotation_are_the_outer_ones() {
        assert_eq!(
            fold_text("『創造了「立科速度」。』他說"),
            "“创造了‘立科速度’。”他说"
        );
        assert_eq!(
            fold_text("「創造了『立科速度』。」他說"),
            "“创造了‘立科速度’。”他说"
        );
        assert_eq!(
            fold_text("“创造了『立科速度』。”他说"),
            "“创造了‘立科速度’。”他说"
        );
    }

    #[test]
    fn quotation_marks_of_every_kind_become_curly() {
        assert_eq!(fold_text("他說:「我們要加快。」"), "他说：“我们要加快。”");
        assert_eq!(fold_text("「踐行『活化』理念」"), "“践行‘活化’理念”");
        assert_eq!(
            fold_text(r#"王明说, "我们要加快." 他笑"#),
            "王明说， “我们要加快.” 他笑"
        );
    }

    #[test]
    fn de_mistyped_after_an_amount_is_the_particle() {
        assert_eq!(fold_text("总投资170亿元得医疗城"), "总投资170亿元的医疗城");
        // A word of its own stays (得到), and so does 得 anywhere else.
        assert_eq!(fold_text("投资5亿元得到落实"), "投资5亿元得到落实");
        assert_eq!(fold_text("为省几百元得不偿失"), "为省几百元得不偿失");
        assert_eq!(fold_text("发展得很好"), "发展得很好");
    }

    #[test]
    fn zhe_after_a_verb_is_the_aspect_particle() {
        assert_eq!(fold_text("標志著該工程正式啟動"), "标志着该工程正式启动");
        assert_eq!(fold_text("隨著項目推進"), "随着项目推进");
        // Words of their own keep it (显著, 著名, 土著).
        assert_eq!(fold_text("成效顯著"), "成效显著");
        assert_eq!(fold_text("著名企業家"), "著名企业家");
        // Simplified text keeps 著 as written (王明所著, 新著).
        assert_eq!(fold_text("王明所著的新书"), "王明所著的新书");
        assert_eq!(fold_text("這是王明所著"), "这是王明所著");
    }

    #[test]
    fn numbers_keep_their_ascii_marks() {
        assert_eq!(
            fold_text("投资1,200万元,10:30开工;"),
            "投资1,200万元，10:30开工；"
        );
        assert_eq!(fold_text("增长１２．５％"), "增长12.5%");
    }

    #[test]
    fn simplified_text_is_left_alone() {
        let s = "朝阳区招商局局长郑非表示：“我们将全力以赴。”";
        assert_eq!(fold_text(s), s);
    }
}

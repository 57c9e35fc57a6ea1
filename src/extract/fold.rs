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

use crate::corpus::model::{Article, Paragraph};
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
    let mut out = String::with_capacity(text.len());
    let mut open_ascii_quote = false;
    for (i, &c) in chars.iter().enumerate() {
        let digit_before = i > 0 && chars[i - 1].is_ascii_digit();
        let digit_after = chars.get(i + 1).is_some_and(|c| c.is_ascii_digit());
        let folded = match c {
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
            c => fold_char(c),
        };
        out.push(folded);
    }
    out
}

/// The article folded for matching, borrowed when folding changes nothing.
pub fn fold_article(a: &Article) -> Cow<'_, Article> {
    let changes = |s: &str| fold_text(s) != s;
    let any = changes(&a.title)
        || a.subtitle.as_deref().is_some_and(changes)
        || a.sections.iter().any(|s| {
            s.heading.as_deref().is_some_and(changes) || s.paragraphs.iter().any(|p| changes(&p.text))
        });
    if !any {
        return Cow::Borrowed(a);
    }
    let mut f = a.clone();
    f.title = fold_text(&a.title);
    f.subtitle = a.subtitle.as_deref().map(fold_text);
    for s in &mut f.sections {
        s.heading = s.heading.as_deref().map(fold_text);
        for p in &mut s.paragraphs {
            *p = Paragraph {
                id: p.id.clone(),
                kind: p.kind,
                text: fold_text(&p.text).into(),
            };
        }
    }
    Cow::Owned(f)
}

/// Takes strings found in a folded article back to the article as written.
pub struct Restorer<'a> {
    /// (folded, as written) texts of the article, title first.
    texts: Vec<(String, &'a str)>,
}

impl<'a> Restorer<'a> {
    /// For an article and its folded form (`None` when folding changed nothing).
    pub fn new(written: &'a Article, folded: &Article) -> Restorer<'a> {
        let mut texts = vec![(folded.title.clone(), written.title.as_str())];
        if let (Some(f), Some(w)) = (&folded.subtitle, &written.subtitle) {
            texts.push((f.clone(), w.as_str()));
        }
        for (fp, wp) in folded.paragraphs().zip(written.paragraphs()) {
            texts.push((fp.text.to_string(), &*wp.text));
        }
        Restorer { texts }
    }

    /// `s` as written: the same characters of the first text that holds it folded; `s` itself
    /// when no text does (a name built from parts).
    pub fn restore(&self, s: &str) -> String {
        if s.is_empty() {
            return String::new();
        }
        for (folded, written) in &self.texts {
            if let Some(byte) = folded.find(s) {
                let start = folded[..byte].chars().count();
                let n = s.chars().count();
                return written.chars().skip(start).take(n).collect();
            }
        }
        s.to_owned()
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
    fn quotation_marks_of_every_kind_become_curly() {
        assert_eq!(fold_text("他說:「我們要加快。」"), "他说：“我们要加快。”");
        assert_eq!(fold_text("「踐行『活化』理念」"), "“践行‘活化’理念”");
        assert_eq!(
            fold_text(r#"王明说, "我们要加快." 他笑"#),
            "王明说， “我们要加快.” 他笑"
        );
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

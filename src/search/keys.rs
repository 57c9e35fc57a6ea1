//! Matching keys: Simplified lower case, full pinyin and initials (every reading of a
//! heteronym, so 朝阳 is both zhaoyang and chaoyang).

use crate::corpus::decode::is_han;
use crate::corpus::normalize::fold;
use pinyin::ToPinyinMulti;

/// At most this many pinyin spellings per name (heteronyms multiply).
const MAX_VARIANTS: usize = 8;

/// A query or key folded for matching: Traditional → Simplified, full-width → ASCII, lower case.
pub fn fold_query(s: &str) -> String {
    let simplified = if s.chars().any(is_traditional) {
        zhconv::zhconv(s, zhconv::Variant::ZhHans)
    } else {
        s.to_owned()
    };
    fold(&simplified).to_lowercase()
}

/// Folds running text for matching in one pass: Traditional → Simplified where needed,
/// full-width → ASCII, ASCII lower case. (Spacing is left alone: no query matches across it.)
pub fn fold_text(s: &str) -> String {
    let simplified;
    let s = if s.chars().any(is_traditional) {
        simplified = zhconv::zhconv(s, zhconv::Variant::ZhHans);
        simplified.as_str()
    } else {
        s
    };
    s.chars().map(fold_text_char).collect()
}

/// One character of running text folded for matching: full-width → ASCII, ASCII lower case.
pub fn fold_text_char(c: char) -> char {
    crate::corpus::normalize::fold_char(c).to_ascii_lowercase()
}

/// Where the folded query `q` first occurs in `text` folded by [`fold_text_char`], in
/// characters. The text is folded as it is read, never copied: a query character that no
/// other character folds into (not ASCII, not “ ”) matches only itself, so such a query is
/// found by a plain substring search.
pub fn find_folded(text: &str, q: &str) -> Option<usize> {
    if q.is_empty() {
        return Some(0);
    }
    if q.chars().all(|c| !c.is_ascii() && c != '“' && c != '”') {
        let byte = text.find(q)?;
        return Some(text[..byte].chars().count());
    }
    let first = q.chars().next()?;
    text.char_indices().enumerate().find_map(|(n, (b, c))| {
        let hit = fold_text_char(c) == first && {
            let mut rest = text[b..].chars().map(fold_text_char);
            q.chars().all(|qc| rest.next() == Some(qc))
        };
        hit.then_some(n)
    })
}

pub use crate::corpus::normalize::is_traditional;

/// Keys of a label: the label itself, then (for names) its pinyin spellings and initials.
/// Running text (`long`) keeps a key only when it holds Traditional characters (converted by
/// phrase, not character by character); otherwise it is folded as it is read.
pub fn keys_for(label: &str, pinyin: bool, long: bool) -> Vec<String> {
    if long && !pinyin && !label.chars().any(is_traditional) {
        return Vec::new();
    }
    if !pinyin {
        // Running text: one pass; no key kept when it reads as the label does.
        let key = fold_text(label);
        return if key == label { Vec::new() } else { vec![key] };
    }
    let base = fold_query(label);
    let mut keys = vec![base.clone()];
    if pinyin && base.chars().any(is_han) {
        let (full, initials) = pinyin_variants(&base);
        for k in full.into_iter().chain(initials) {
            if !keys.contains(&k) {
                keys.push(k);
            }
        }
    }
    keys
}

/// Full-pinyin (syllables joined by `'`) and initial spellings of a text; characters without
/// pinyin are kept.
pub fn pinyin_variants(text: &str) -> (Vec<String>, Vec<String>) {
    let mut full = vec![String::new()];
    let mut initials = vec![String::new()];
    for (c, py) in text.chars().zip(text.to_pinyin_multi()) {
        let readings: Vec<&str> = match py {
            Some(multi) => {
                let mut r: Vec<&str> = multi.into_iter().map(|p| p.plain()).collect();
                r.dedup();
                r.truncate(2);
                r
            }
            None => Vec::new(),
        };
        if readings.is_empty() {
            for s in full.iter_mut().chain(initials.iter_mut()) {
                s.push(c);
            }
            continue;
        }
        // Syllables are kept apart (chao'yang'qu) so that a query matches whole syllables:
        // chaoyang is 朝阳, not c…h…a…o scattered over 传统工业项目.
        full = extend(&full, &readings, |r| format!("{r}'"));
        initials = extend(&initials, &readings, |r| {
            r.chars().next().map(String::from).unwrap_or_default()
        });
    }
    initials.dedup();
    for f in &mut full {
        if f.ends_with('\'') {
            f.pop();
        }
    }
    (full, initials)
}

fn extend(prefixes: &[String], readings: &[&str], f: impl Fn(&str) -> String) -> Vec<String> {
    let mut out = Vec::new();
    for p in prefixes {
        for r in readings {
            let s = format!("{p}{}", f(r));
            if !out.contains(&s) && out.len() < MAX_VARIANTS {
                out.push(s);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heteronyms_give_every_reading() {
        let (full, initials) = pinyin_variants("朝阳区");
        assert!(full.contains(&"chao'yang'qu".to_owned()), "{full:?}");
        assert!(initials.contains(&"cyq".to_owned()), "{initials:?}");
    }

    #[test]
    fn traditional_characters_are_known() {
        assert!(is_traditional('長') && is_traditional('區'));
        assert!(!is_traditional('长') && !is_traditional('朝'));
    }

    #[test]
    fn traditional_folds_to_simplified() {
        assert_eq!(fold_query("長春"), "长春");
        assert_eq!(fold_query("ＣＹＱ"), "cyq");
    }

    #[test]
    fn text_is_folded_as_it_is_read() {
        // Full-width digits and letters, capitals and corner quotes fold; ideographs stand.
        let text = "全年签约项目１２０个，引进ＡＩ企业「龙头」5家";
        assert_eq!(find_folded(text, "120个"), Some(6));
        assert_eq!(find_folded(text, "ai企业"), Some(13));
        assert_eq!(find_folded(text, "“龙头”"), Some(17));
        assert_eq!(find_folded(text, "签约项目"), Some(2));
        assert_eq!(find_folded(text, "5家"), Some(21));
        assert_eq!(find_folded(text, "6家"), None);
        // The same positions as a search in the text folded whole.
        let folded = fold_text(text);
        for q in ["120个", "ai企业", "“龙头”", "签约项目", "5家", ",引进"] {
            let want = folded.find(q).map(|b| folded[..b].chars().count());
            assert_eq!(find_folded(text, q), want, "{q}");
        }
    }
}

/// How well an ASCII query matches a pinyin key on syllable boundaries: full syllables in a
/// row, the last one possibly begun (`chaoy`), or a run of initials (`cyq`); none otherwise.
/// Starting at the first syllable and covering the whole name score higher.
pub fn pinyin_score(key: &str, q: &str) -> Option<i64> {
    let n = q.len() as i64;
    if !key.contains('\'') {
        // Initials (or a one-syllable name): a contiguous run.
        let at = key.find(q)?;
        let whole = if q.len() == key.len() { 40 } else { 0 };
        return Some(10 * n + if at == 0 { 50 } else { 0 } + whole - key.len() as i64);
    }
    let syllables: Vec<&str> = key.split('\'').collect();
    for first in 0..syllables.len() {
        let mut rest = q;
        let mut j = first;
        while j < syllables.len() && !rest.is_empty() {
            let syl = syllables[j];
            if let Some(r) = rest.strip_prefix(syl) {
                rest = r;
                j += 1;
            } else if syl.starts_with(rest) {
                rest = "";
                j += 1;
            } else {
                break;
            }
        }
        if rest.is_empty() {
            let start = if first == 0 { 50 } else { 0 };
            let whole = if first == 0 && j == syllables.len() { 40 } else { 0 };
            return Some(10 * n + start + whole - syllables.len() as i64);
        }
    }
    None
}

#[cfg(test)]
mod pinyin_tests {
    use super::pinyin_score;

    #[test]
    fn pinyin_matches_whole_syllables() {
        assert!(pinyin_score("chao'yang'qu", "chaoyang").is_some());
        assert!(pinyin_score("chao'yang'qu", "chaoy").is_some());
        assert!(pinyin_score("chao'yang'qu", "yangqu").is_some());
        // Letters scattered over syllables are not a match.
        assert_eq!(pinyin_score("chuan'tong'gong'ye", "chaoyang"), None);
        assert_eq!(pinyin_score("chao'yang'qu", "haoyang"), None);
        assert!(pinyin_score("xyq", "xyq").is_some());
        assert_eq!(pinyin_score("xjwwezzq", "xyq"), None);
        assert!(
            pinyin_score("chao'yang'qu", "chaoyangqu") > pinyin_score("chao'yang'qu'shang'wu'ju", "chaoyang")
        );
    }
}

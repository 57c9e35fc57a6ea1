//! Matching keys: Simplified lower case, full pinyin and initials (every reading of a
//! heteronym, so 朝阳 is both zhaoyang and chaoyang).

use crate::corpus::decode::is_han;
use crate::corpus::normalize::fold;
use pinyin::ToPinyinMulti;

/// At most this many pinyin spellings per name (heteronyms multiply).
const MAX_VARIANTS: usize = 8;

/// A query or key folded for matching: Traditional → Simplified, full-width → ASCII, lower case.
pub fn fold_query(s: &str) -> String {
    let simplified = if s.chars().any(is_han) {
        zhconv::zhconv(s, zhconv::Variant::ZhHans)
    } else {
        s.to_owned()
    };
    fold(&simplified).to_lowercase()
}

/// Keys of a label: the label itself, then (for names) its pinyin spellings and initials.
pub fn keys_for(label: &str, pinyin: bool) -> Vec<String> {
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

/// Full-pinyin and initial spellings of a text; characters without pinyin are kept.
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
        full = extend(&full, &readings, |r| r.to_owned());
        initials = extend(&initials, &readings, |r| {
            r.chars().next().map(String::from).unwrap_or_default()
        });
    }
    initials.dedup();
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
        assert!(full.contains(&"chaoyangqu".to_owned()), "{full:?}");
        assert!(initials.contains(&"cyq".to_owned()), "{initials:?}");
    }

    #[test]
    fn traditional_folds_to_simplified() {
        assert_eq!(fold_query("長春"), "长春");
        assert_eq!(fold_query("ＣＹＱ"), "cyq");
    }
}

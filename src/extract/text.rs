//! Segmentation helpers shared by the extractors.

use crate::corpus::jieba;
use std::collections::HashSet;

/// Char positions where a word starts or ends, by the segmenter (no HMM guessing): position i
/// is the gap before char i.
pub fn word_boundaries(text: &str) -> HashSet<usize> {
    jieba()
        .cut(text, false)
        .into_iter()
        .flat_map(|t| [t.start, t.end])
        .collect()
}

/// The word boundaries of every paragraph of an article, segmented once and shared by the
/// extractors that need them (places, organisations, speakers): segmenting is the dearest step
/// of reading an article, and each of them used to do it again.
pub struct Words(Vec<HashSet<usize>>);

impl Words {
    /// Segments the article's paragraphs, in reading order.
    pub fn of(a: &crate::corpus::model::Article) -> Words {
        Words(a.paragraphs().map(|p| word_boundaries(&p.text)).collect())
    }

    /// The boundaries of the article's paragraph `i` (reading order; none past the end).
    pub fn paragraph(&self, i: usize) -> &HashSet<usize> {
        static NONE: std::sync::OnceLock<HashSet<usize>> = std::sync::OnceLock::new();
        self.0.get(i).unwrap_or_else(|| NONE.get_or_init(HashSet::new))
    }
}

/// Where the sentence holding char `pos` starts (after the last sentence end before it).
pub fn sentence_start(chars: &[char], pos: usize) -> usize {
    start_after(chars, pos, &|c| {
        matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | ';')
    })
}

/// Where the clause holding char `pos` starts: a comma, list separator or colon ends a clause
/// as well as a sentence end does.
pub fn clause_start(chars: &[char], pos: usize) -> usize {
    start_after(chars, pos, &|c| {
        matches!(
            c,
            '。' | '！' | '？' | '；' | '!' | '?' | ';' | '，' | ',' | '、' | '：' | ':'
        )
    })
}

fn start_after(chars: &[char], pos: usize, is_end: &dyn Fn(char) -> bool) -> usize {
    (0..pos.min(chars.len()))
        .rev()
        .find(|&j| is_end(chars[j]))
        .map_or(0, |j| j + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn place_names_are_single_words() {
        let b = word_boundaries("公主岭乳品深加工项目");
        assert!(b.contains(&3), "{b:?}");
        let b = word_boundaries("四平八稳");
        assert!(!b.contains(&2), "{b:?}");
    }
}

/// A set of words looked up by their first two characters (or the one, for one-character
/// words) or their last, for longest matches at a position without building strings. Two
/// characters narrow the candidates far more than one: the gazetteer has hundreds of names
/// starting with 长 or 新, and is asked at every character of every paragraph.
#[derive(Clone, Debug, Default)]
pub struct WordSet {
    words: Vec<Vec<char>>,
    /// By first character: the one-character word, and whether longer words start with it
    /// (one lookup settles the usual case, a character no word starts with).
    first: rustc_hash::FxHashMap<char, First>,
    /// Words of two characters or more, by their first two, longest first.
    by_two: rustc_hash::FxHashMap<(char, char), Vec<usize>>,
    by_last: rustc_hash::FxHashMap<char, Vec<usize>>,
}

#[derive(Clone, Copy, Debug, Default)]
struct First {
    single: Option<usize>,
    longer: bool,
}

impl WordSet {
    /// Builds the set; duplicates are kept once.
    pub fn new<I: IntoIterator<Item = S>, S: AsRef<str>>(words: I) -> Self {
        let mut set = WordSet::default();
        let mut all: Vec<Vec<char>> = words.into_iter().map(|w| w.as_ref().chars().collect()).collect();
        all.retain(|w: &Vec<char>| !w.is_empty());
        // Longest first, so the first hit is the longest.
        all.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        all.dedup();
        for (i, w) in all.iter().enumerate() {
            let first = set.first.entry(w[0]).or_default();
            match w[..] {
                [_] => first.single = Some(i),
                [a, b, ..] => {
                    first.longer = true;
                    set.by_two.entry((a, b)).or_default().push(i);
                }
                [] => {}
            }
            set.by_last.entry(w[w.len() - 1]).or_default().push(i);
        }
        set.words = all;
        set
    }

    /// The longest word starting at `i`: (index, length).
    pub fn longest_at(&self, chars: &[char], i: usize) -> Option<(usize, usize)> {
        self.all_at(chars, i).next()
    }

    /// The longest word ending just before `end`: (index, length).
    pub fn longest_ending(&self, chars: &[char], end: usize) -> Option<(usize, usize)> {
        let c = chars.get(end.checked_sub(1)?)?;
        self.by_last
            .get(c)?
            .iter()
            .find(|&&k| {
                let n = self.words[k].len();
                end >= n && chars[end - n..end] == self.words[k][..]
            })
            .map(|&k| (k, self.words[k].len()))
    }

    /// Every word starting at `i`, longest first: (index, length).
    pub fn all_at<'a>(&'a self, chars: &'a [char], i: usize) -> impl Iterator<Item = (usize, usize)> + 'a {
        let first = chars
            .get(i)
            .and_then(|c| self.first.get(c))
            .copied()
            .unwrap_or_default();
        let longer = first
            .longer
            .then(|| chars.get(i..i + 2))
            .flatten()
            .and_then(|two| self.by_two.get(&(two[0], two[1])))
            .into_iter()
            .flatten()
            .filter(move |&&k| chars.get(i..i + self.words[k].len()) == Some(&self.words[k][..]))
            .map(move |&k| (k, self.words[k].len()));
        longer.chain(first.single.map(|k| (k, 1)))
    }

    /// The word at an index.
    pub fn word(&self, k: usize) -> String {
        self.words[k].iter().collect()
    }

    /// True when `w` is in the set.
    pub fn contains(&self, w: &str) -> bool {
        let c: Vec<char> = w.chars().collect();
        self.longest_at(&c, 0).is_some_and(|(_, n)| n == c.len())
            || self.all_at(&c, 0).any(|(_, n)| n == c.len())
    }
}

#[cfg(test)]
mod word_set_tests {
    use super::WordSet;

    #[test]
    fn longest_matches_at_and_ending() {
        let s = WordSet::new(["局长", "副局长", "长"]);
        let c: Vec<char> = "商务局副局长陈".chars().collect();
        assert_eq!(s.longest_at(&c, 3).map(|(_, n)| n), Some(3));
        assert_eq!(s.longest_ending(&c, 6).map(|(_, n)| n), Some(3));
        assert!(s.contains("局长") && !s.contains("局"));
        assert_eq!(s.all_at(&c, 4).map(|(_, n)| n).collect::<Vec<_>>(), [2]);
    }
}

/// A text as figures match it: Simplified (position for position, see
/// [`crate::corpus::normalize::simplify`]) with full-width forms as ASCII (`，` → `,`).
pub fn folded_chars(text: &str) -> Vec<char> {
    crate::corpus::normalize::simplify(text)
        .chars()
        .map(crate::corpus::normalize::fold_char)
        .collect()
}

#[cfg(test)]
mod fold_tests {
    #[test]
    fn traditional_folds_char_for_char() {
        let f: String = super::folded_chars("累計到位內資163.87億元，力爭")
            .into_iter()
            .collect();
        assert_eq!(f, "累计到位内资163.87亿元,力争");
        assert_eq!(super::folded_chars("１２亿元").len(), 4);
    }
}

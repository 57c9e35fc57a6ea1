//! Segmentation helpers shared by the extractors.

use crate::corpus::jieba;
use std::cell::RefCell;

/// Char positions where a word starts or ends, by the segmenter (no HMM guessing): position i
/// is the gap before char i. Segmented lazily, one stretch between punctuation at a time.
pub fn word_boundaries(text: &str) -> Bounds<'_> {
    Bounds {
        text,
        state: RefCell::new(None),
    }
}

/// The word boundaries of one text, answered on demand. The extractors ask about a few gaps
/// per paragraph (around a place's short name, a 局, a speech verb), and segmenting every
/// paragraph whole was the dearest step of reading an article; so only the stretch between
/// two punctuation marks that holds an asked gap is segmented, once. The segmenter cuts its
/// input into runs of Han characters (and ASCII letters and digits) at every other character
/// and segments each run on its own, so a stretch cut at punctuation is segmented exactly as
/// it is within the whole text.
pub struct Bounds<'a> {
    text: &'a str,
    state: RefCell<Option<Cut>>,
}

/// What is known of a text's boundaries so far.
struct Cut {
    chars: Vec<char>,
    /// Byte offset of each char, and of the end.
    bytes: Vec<usize>,
    /// Per gap: `UNKNOWN` until its stretch is segmented.
    gaps: Vec<u8>,
}

const UNKNOWN: u8 = 0;
const BOUNDARY: u8 = 1;
const INSIDE: u8 = 2;

/// Punctuation and spaces the segmenter never joins to a word: a stretch of text between two
/// of them is segmented on its own. (`\r` and `\n` are left out: it keeps `\r\n` as one token.)
fn stands_alone(c: char) -> bool {
    matches!(c,
        '\u{2000}'..='\u{206F}' | '\u{3000}'..='\u{303F}' | '\u{FF00}'..='\u{FF0F}'
        | '\u{FF1A}'..='\u{FF20}' | '\u{FF3B}'..='\u{FF40}' | '\u{FF5B}'..='\u{FF65}'
        | ' ' | '\t' | ',' | ';' | ':' | '!' | '?' | '(' | ')' | '"' | '\'' | '/' | '[' | ']')
}

impl Bounds<'_> {
    /// True when a word starts or ends at gap `i` (before char `i`).
    pub fn contains(&self, i: &usize) -> bool {
        let i = *i;
        let mut state = self.state.borrow_mut();
        let cut = state.get_or_insert_with(|| {
            let (bytes, chars): (Vec<usize>, Vec<char>) = self.text.char_indices().unzip();
            let mut bytes = bytes;
            bytes.push(self.text.len());
            let gaps = vec![UNKNOWN; chars.len() + 1];
            Cut { chars, bytes, gaps }
        });
        let n = cut.chars.len();
        if n == 0 || i > n {
            return false;
        }
        if i == 0 || i == n || stands_alone(cut.chars[i - 1]) || stands_alone(cut.chars[i]) {
            return true;
        }
        if cut.gaps[i] == UNKNOWN {
            let start = (0..i)
                .rev()
                .find(|&j| stands_alone(cut.chars[j]))
                .map_or(0, |j| j + 1);
            let end = (i..n).find(|&j| stands_alone(cut.chars[j])).unwrap_or(n);
            cut.gaps[start + 1..end].fill(INSIDE);
            for t in jieba().cut(&self.text[cut.bytes[start]..cut.bytes[end]], false) {
                cut.gaps[start + t.end] = BOUNDARY;
            }
        }
        cut.gaps[i] == BOUNDARY
    }
}

impl std::fmt::Debug for Bounds<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let n = self.text.chars().count();
        let at: Vec<usize> = (0..=n).filter(|i| self.contains(i)).collect();
        f.debug_struct("Bounds")
            .field("text", &self.text)
            .field("at", &at)
            .finish()
    }
}

/// The word boundaries of every paragraph of an article, shared by the extractors that need
/// them (places, organisations, speakers), each paragraph segmented where they ask.
pub struct Words<'a> {
    paragraphs: Vec<Bounds<'a>>,
    none: Bounds<'a>,
}

impl<'a> Words<'a> {
    /// The article's paragraphs, in reading order.
    pub fn of(a: &'a crate::corpus::model::Article) -> Words<'a> {
        Words {
            paragraphs: a.paragraphs().map(|p| word_boundaries(&p.text)).collect(),
            none: word_boundaries(""),
        }
    }

    /// The boundaries of the article's paragraph `i` (reading order; none past the end).
    pub fn paragraph(&self, i: usize) -> &Bounds<'a> {
        self.paragraphs.get(i).unwrap_or(&self.none)
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

    #[test]
    fn boundaries_asked_stretch_by_stretch_are_the_whole_texts() {
        let texts = [
            "长春市商务局副局长陈明表示，“今年新签约项目27个，总投资163.87亿元。”",
            "据了解，该项目由吉林（长春）ABC科技有限公司投资建设——预计2025年投产…",
            "",
            "，",
            "公主岭 乳品\r\n深加工项目",
        ];
        for text in texts {
            let whole: std::collections::HashSet<usize> = jieba()
                .cut(text, false)
                .into_iter()
                .flat_map(|t| [t.start, t.end])
                .collect();
            let n = text.chars().count();
            // Asked from the end, so that stretches are segmented out of order.
            let b = word_boundaries(text);
            for i in (0..n + 3).rev() {
                assert_eq!(b.contains(&i), whole.contains(&i), "{text} at {i}");
            }
        }
    }
}

/// A set of words looked up by their first two characters (or the one, for one-character
/// words) or their last, for longest matches at a position without building strings. Two
/// characters narrow the candidates far more than one: the gazetteer has hundreds of names
/// starting with 长 or 新, and is asked at every character of every paragraph.
#[derive(Clone, Debug, Default)]
pub struct WordSet {
    words: Vec<Vec<char>>,
    /// Filters: whether a character is a word of its own, whether a longer word starts with
    /// it, whether a word ends with it, whether a word starts with a pair. Most characters of
    /// a text start and end no word of a given list, and a bit settles that before any table
    /// is asked.
    singles: Bits,
    starts: Bits,
    ends: Bits,
    pairs: Bits,
    /// The one-character words.
    single: rustc_hash::FxHashMap<char, usize>,
    /// Words of two characters or more, by their first two, longest first.
    by_two: rustc_hash::FxHashMap<(char, char), Vec<usize>>,
    by_last: rustc_hash::FxHashMap<char, Vec<usize>>,
}

/// A filter of characters (or pairs of them) as bits, by a 15-bit hash: 4 KB, so that the
/// filters of the word sets an extractor reads together stay in the processor's nearest
/// cache. A character hashed to a set bit may be in (the tables then decide); one hashed to
/// a clear bit is not. (The hash keeps the CJK block below U+8000 free of collisions.)
#[derive(Clone, Debug, Default)]
struct Bits(Vec<u64>);

const BITS: usize = 1 << 15;

impl Bits {
    fn set(&mut self, i: usize) {
        if self.0.is_empty() {
            self.0 = vec![0; BITS / 64];
        }
        self.0[i / 64] |= 1 << (i % 64);
    }

    fn get(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    fn slot(c: char) -> usize {
        let c = c as usize;
        (c ^ (c >> 15)) & (BITS - 1)
    }

    fn pair_slot(a: char, b: char) -> usize {
        let h = (a as u32).wrapping_mul(0x9E37_79B1) ^ (b as u32).wrapping_mul(0x85EB_CA6B);
        (h.wrapping_mul(0x2545_F491) >> 17) as usize
    }

    fn insert(&mut self, c: char) {
        self.set(Self::slot(c));
    }

    fn may_hold(&self, c: char) -> bool {
        self.get(Self::slot(c))
    }

    fn insert_pair(&mut self, a: char, b: char) {
        self.set(Self::pair_slot(a, b));
    }

    fn may_hold_pair(&self, a: char, b: char) -> bool {
        self.get(Self::pair_slot(a, b))
    }
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
            set.ends.insert(w[w.len() - 1]);
            match w[..] {
                [a] => {
                    set.singles.insert(a);
                    set.single.insert(a, i);
                }
                [a, b, ..] => {
                    set.starts.insert(a);
                    set.pairs.insert_pair(a, b);
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
        if !self.ends.may_hold(*c) {
            return None;
        }
        self.by_last
            .get(c)?
            .iter()
            .find(|&&k| {
                let n = self.words[k].len();
                end >= n && chars[end - n..end] == self.words[k][..]
            })
            .map(|&k| (k, self.words[k].len()))
    }

    /// The word ending last within `[from, to)` of `chars`, the longest of those ending there:
    /// (end, length). (The same as the greatest (start + length, length) of the words
    /// [`all_at`](Self::all_at) finds at each start in the range that end by `to`, read from
    /// the end back, so that it stops at the first end that has a word.)
    pub fn last_ending_within(&self, chars: &[char], from: usize, to: usize) -> Option<(usize, usize)> {
        let to = to.min(chars.len());
        (from + 1..=to).rev().find_map(|end| {
            if !self.ends.may_hold(chars[end - 1]) {
                return None;
            }
            // Longest first, so the first that fits is the longest.
            self.by_last.get(&chars[end - 1])?.iter().find_map(|&k| {
                let n = self.words[k].len();
                (n <= end - from && chars[end - n..end] == self.words[k][..]).then_some((end, n))
            })
        })
    }

    /// Every word starting at `i`, longest first: (index, length).
    pub fn all_at<'a>(&'a self, chars: &'a [char], i: usize) -> impl Iterator<Item = (usize, usize)> + 'a {
        let longer = chars
            .get(i..i + 2)
            .filter(|two| self.starts.may_hold(two[0]) && self.pairs.may_hold_pair(two[0], two[1]))
            .and_then(|two| self.by_two.get(&(two[0], two[1])))
            .into_iter()
            .flatten()
            .filter(move |&&k| chars.get(i..i + self.words[k].len()) == Some(&self.words[k][..]))
            .map(move |&k| (k, self.words[k].len()));
        let single = chars
            .get(i)
            .filter(|&&c| self.singles.may_hold(c))
            .and_then(|c| self.single.get(c).copied());
        longer.chain(single.map(|k| (k, 1)))
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

    #[test]
    fn the_word_ending_last_in_a_range_is_the_longest_ending_there() {
        let s = WordSet::new(["累计", "完成", "计划完成", "成", "已"]);
        let c: Vec<char> = "今年已累计计划完成投资".chars().collect();
        // 计划完成, 完成 and 成 end at 9: the longest that starts within the range wins.
        assert_eq!(s.last_ending_within(&c, 0, 11), Some((9, 4)));
        assert_eq!(s.last_ending_within(&c, 6, 11), Some((9, 2)));
        assert_eq!(s.last_ending_within(&c, 8, 11), Some((9, 1)));
        assert_eq!(s.last_ending_within(&c, 0, 7), Some((5, 2)));
        assert_eq!(s.last_ending_within(&c, 3, 4), None);
        assert_eq!(s.last_ending_within(&c, 0, 99), Some((9, 4)));
        // Characters beyond the Basic Multilingual Plane are looked up as well.
        let s = WordSet::new(["𠀀长"]);
        let c: Vec<char> = "的𠀀长".chars().collect();
        assert_eq!(s.longest_at(&c, 1), Some((0, 2)));
        assert_eq!(s.last_ending_within(&c, 0, 3), Some((3, 2)));
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

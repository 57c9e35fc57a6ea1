//! A small character trigram model of the genre, used to judge which fragment continues a
//! paragraph the page layout cut (`…坚持倒排工` + `期、挂图作战…`).

use rustc_hash::FxHashMap as HashMap;

/// Counts of characters, pairs and triples within paragraphs (never across them).
#[derive(Clone, Debug, Default)]
pub struct CharLm {
    uni: HashMap<char, u32>,
    /// Pairs and triples packed into one integer each ([`pair`], [`triple`]): counting them
    /// is most of the time a file with a cut paragraph takes to lay out, and one integer
    /// hashes in one step where a tuple takes one per character.
    bi: HashMap<u64, u32>,
    tri: HashMap<u64, u32>,
    /// The last character and pair of each paragraph: what is followed by nothing. How often a
    /// character (pair) is followed by another is its count less these, so the file's own
    /// model, built for every file with a cut paragraph, counts three tables, not five.
    last: HashMap<char, u32>,
    last_pair: HashMap<u64, u32>,
    total: u32,
}

/// A pair of characters as one key (a character takes 21 bits).
fn pair(a: char, b: char) -> u64 {
    (u64::from(a) << 21) | u64::from(b)
}

/// Three characters as one key.
fn triple(a: char, b: char, c: char) -> u64 {
    (pair(a, b) << 21) | u64::from(c)
}

/// Digits and Latin letters stand for their class: `9248.78万元` and `5.8万平方米` share `0万`.
pub fn class_of(c: char) -> char {
    match c {
        '0'..='9' => '0',
        'a'..='z' | 'A'..='Z' => 'a',
        c => c,
    }
}

/// Stands before a paragraph's first character.
pub const BOS: char = '\u{2}';

impl CharLm {
    /// Adds one paragraph's text; with `opening`, its start is counted as a paragraph opening.
    /// (A file's own fragments are added without: whether they open paragraphs is the question.)
    pub fn add(&mut self, text: &str, opening: bool) {
        let start = opening.then_some(BOS);
        let cs: Vec<char> = start.into_iter().chain(text.chars().map(class_of)).collect();
        // Room for every new pair and triple at once, rather than growing table by table.
        self.bi.reserve(cs.len());
        self.tri.reserve(cs.len());
        for (i, &c) in cs.iter().enumerate() {
            *self.uni.entry(c).or_default() += 1;
            self.total += 1;
            if i >= 1 {
                *self.bi.entry(pair(cs[i - 1], c)).or_default() += 1;
            }
            if i >= 2 {
                *self.tri.entry(triple(cs[i - 2], cs[i - 1], c)).or_default() += 1;
            }
        }
        if let Some(&c) = cs.last() {
            *self.last.entry(c).or_default() += 1;
        }
        if let [.., a, b] = cs[..] {
            *self.last_pair.entry(pair(a, b)).or_default() += 1;
        }
    }

    /// How often `b` is followed by a character.
    fn bi_ctx(&self, b: char) -> u32 {
        self.uni
            .get(&b)
            .map_or(0, |n| n - self.last.get(&b).copied().unwrap_or(0))
    }

    /// How often `a b` is followed by a character.
    fn tri_ctx(&self, (a, b): (char, char)) -> u32 {
        let ab = pair(a, b);
        self.bi
            .get(&ab)
            .map_or(0, |n| n - self.last_pair.get(&ab).copied().unwrap_or(0))
    }

    fn vocab(&self) -> f64 {
        (self.uni.len() as f64).max(1.0) + 1.0
    }

    /// P(c), add-½ smoothed.
    pub fn p_uni(&self, c: char) -> f64 {
        let n = *self.uni.get(&c).unwrap_or(&0) as f64;
        (n + 0.5) / (self.total as f64 + 0.5 * self.vocab())
    }

    /// P(c | b), interpolated with P(c).
    pub fn p_bi(&self, b: char, c: char) -> f64 {
        let ctx = self.bi_ctx(b) as f64;
        let uni = self.p_uni(c);
        if ctx == 0.0 {
            return uni;
        }
        let n = *self.bi.get(&pair(b, c)).unwrap_or(&0) as f64;
        0.8 * n / ctx + 0.2 * uni
    }

    /// P(c | a b), interpolated with P(c | b).
    pub fn p_tri(&self, a: char, b: char, c: char) -> f64 {
        let ctx = self.tri_ctx((a, b)) as f64;
        let bi = self.p_bi(b, c);
        if ctx == 0.0 {
            return bi;
        }
        let n = *self.tri.get(&triple(a, b, c)).unwrap_or(&0) as f64;
        0.6 * n / ctx + 0.4 * bi
    }
}

/// Two models read as one: the genre's (the bundled corpus) and the file's own.
pub struct Lm<'a> {
    pub parts: [&'a CharLm; 2],
}

impl Lm<'_> {
    fn sum<K: std::hash::Hash + Eq, V: Copy + Into<f64>>(
        &self,
        f: impl Fn(&CharLm) -> &HashMap<K, V>,
        k: &K,
    ) -> f64 {
        self.parts
            .iter()
            .map(|m| f(m).get(k).map_or(0.0, |v| (*v).into()))
            .sum()
    }

    fn p_uni(&self, c: char) -> f64 {
        let total: f64 = self.parts.iter().map(|m| m.total as f64).sum();
        let vocab = self.parts.iter().map(|m| m.vocab()).fold(1.0, f64::max);
        (self.sum(|m| &m.uni, &c) + 0.5) / (total + 0.5 * vocab)
    }

    fn p_bi(&self, b: char, c: char) -> f64 {
        let ctx: f64 = self.parts.iter().map(|m| m.bi_ctx(b) as f64).sum();
        let uni = self.p_uni(c);
        if ctx == 0.0 {
            return uni;
        }
        0.8 * self.sum(|m| &m.bi, &pair(b, c)) / ctx + 0.2 * uni
    }

    fn p_tri(&self, a: char, b: char, c: char) -> f64 {
        let ctx: f64 = self.parts.iter().map(|m| m.tri_ctx((a, b)) as f64).sum();
        let bi = self.p_bi(b, c);
        if ctx == 0.0 {
            return bi;
        }
        0.6 * self.sum(|m| &m.tri, &triple(a, b, c)) / ctx + 0.4 * bi
    }

    /// How much better the end of `left` predicts the start of `right` than a paragraph
    /// opening does (log-likelihood ratio over the first two characters, in nats).
    pub fn join_gain(&self, left: &str, right: &str) -> f64 {
        let l: Vec<char> = left.chars().rev().take(2).map(class_of).collect();
        let r: Vec<char> = right.chars().take(2).map(class_of).collect();
        let (Some(&e1), Some(&s0)) = (l.first(), r.first()) else {
            return f64::NEG_INFINITY;
        };
        let e2 = l.get(1).copied();
        let p0 = match e2 {
            Some(e2) => self.p_tri(e2, e1, s0),
            None => self.p_bi(e1, s0),
        };
        let mut gain = p0.ln() - self.p_bi(BOS, s0).ln();
        if let Some(&s1) = r.get(1) {
            gain += self.p_tri(e1, s0, s1).ln() - self.p_tri(BOS, s0, s1).ln();
        }
        gain
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_share_a_class() {
        let mut m = CharLm::default();
        m.add("占地面积5.8万平方米，总投资15万元", true);
        assert!(m.p_bi('0', '万') > m.p_bi('0', '福'));
    }

    #[test]
    fn join_gain_prefers_the_word_that_forms() {
        let mut m = CharLm::default();
        m.add("一家企业。两家企业。企业发展。服务企业。工业园区。", true);
        let empty = CharLm::default();
        let lm = Lm { parts: [&m, &empty] };
        assert!(lm.join_gain("不漏登一家企", "业、不流失") > lm.join_gain("不漏登一家企", "期、挂图"));
    }
}

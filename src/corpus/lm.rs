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
    /// How many characters it has seen, when `uni` counts only some of them
    /// ([`CharLm::add_at_edges`]).
    distinct: Option<Distinct>,
}

/// The characters a model has seen, for its vocabulary size.
#[derive(Clone, Debug, Default)]
struct Distinct {
    /// The Basic Multilingual Plane as bits; anything beyond it in `rest`.
    bits: Vec<u64>,
    rest: rustc_hash::FxHashSet<char>,
    count: u32,
}

impl Distinct {
    fn insert(&mut self, c: char) {
        let i = c as usize;
        let new = if i <= 0xFFFF {
            if self.bits.is_empty() {
                self.bits = vec![0; 0x10000 / 64];
            }
            let (w, b) = (&mut self.bits[i / 64], 1u64 << (i % 64));
            let new = *w & b == 0;
            *w |= b;
            new
        } else {
            self.rest.insert(c)
        };
        self.count += u32::from(new);
    }
}

/// The characters at the edges of a file's lines, by the part they can play in
/// [`Lm::join_gain`]: the last two of a line that ends open, the first two of any line.
/// A join is judged by these alone, so the file's own model need count nothing else.
#[derive(Clone, Debug, Default)]
pub struct Edges(HashMap<char, u8>);

const END2: u8 = 1;
const END1: u8 = 2;
const START0: u8 = 4;
const START1: u8 = 8;

impl Edges {
    /// The edges of `lines` (folded), of which those that `is_open` may be continued.
    pub fn of<'a>(lines: impl Iterator<Item = &'a str>, is_open: impl Fn(&str) -> bool) -> Edges {
        let mut roles: HashMap<char, u8> = HashMap::default();
        let mut mark = |c: Option<char>, role: u8| {
            if let Some(c) = c {
                *roles.entry(class_of(c)).or_default() |= role;
            }
        };
        for l in lines {
            let mut start = l.chars();
            mark(start.next(), START0);
            mark(start.next(), START1);
            if is_open(l) {
                let mut end = l.chars().rev();
                mark(end.next(), END1);
                mark(end.next(), END2);
            }
        }
        Edges(roles)
    }

    fn roles(&self, c: char) -> u8 {
        self.0.get(&c).copied().unwrap_or(0)
    }
}

/// Whether a join can ask about the pair `a b` (by the roles of its characters): the end of
/// an open line, an end and a start, or the start of a line.
fn pair_asked(a: u8, b: u8) -> bool {
    (a & END2 != 0 && b & END1 != 0)
        || (a & END1 != 0 && b & START0 != 0)
        || (a & START0 != 0 && b & START1 != 0)
}

/// Whether a join can ask about the triple `a b c`.
fn triple_asked(a: u8, b: u8, c: u8) -> bool {
    (a & END2 != 0 && b & END1 != 0 && c & START0 != 0)
        || (a & END1 != 0 && b & START0 != 0 && c & START1 != 0)
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
        let seen = self
            .distinct
            .as_ref()
            .map_or(self.uni.len(), |d| d.count as usize);
        (seen as f64).max(1.0) + 1.0
    }

    /// Adds one paragraph's text, not as an opening, counting only what a join between the
    /// `edges` can ask about (see [`Lm::join_gain`]); the total and the vocabulary count every
    /// character. A model built so is read only through [`Lm::join_gain`] of those edges,
    /// where it gives what a model of every count gives: a file's own model, built for every
    /// file with a cut paragraph, was most of the time its layout took.
    pub fn add_at_edges(&mut self, text: &str, edges: &Edges) {
        let distinct = self.distinct.get_or_insert_with(Distinct::default);
        // (class, roles) of the last two characters.
        let mut prev: [Option<(char, u8)>; 2] = [None, None];
        for c in text.chars().map(class_of) {
            distinct.insert(c);
            self.total += 1;
            let r = edges.roles(c);
            if r & (END1 | START0 | START1) != 0 {
                *self.uni.entry(c).or_default() += 1;
            }
            if let Some((b, rb)) = prev[1] {
                if pair_asked(rb, r) {
                    *self.bi.entry(pair(b, c)).or_default() += 1;
                }
                if let Some((a, ra)) = prev[0] {
                    if triple_asked(ra, rb, r) {
                        *self.tri.entry(triple(a, b, c)).or_default() += 1;
                    }
                }
            }
            prev = [prev[1], Some((c, r))];
        }
        if let Some((c, r)) = prev[1] {
            if r & (END1 | START0 | START1) != 0 {
                *self.last.entry(c).or_default() += 1;
            }
            if let Some((a, ra)) = prev[0] {
                if pair_asked(ra, r) {
                    *self.last_pair.entry(pair(a, c)).or_default() += 1;
                }
            }
        }
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
    fn a_model_counted_at_the_edges_judges_joins_as_a_full_one() {
        let genre = {
            let mut m = CharLm::default();
            m.add("一家企业。两家企业。企业发展。服务企业。工业园区。", true);
            m.add("坚持倒排工期、挂图作战，总投资9248.78万元。", true);
            m
        };
        let lines = [
            "全市聚力招商引资项目建设推进高质量发展大会召开后，不漏登一家企",
            "业、不流失一个项目，坚持倒排工",
            "期、挂图作战，总投资9248.78",
            "万元，用地5.8万平方米。",
            "企",
            "业",
            "首店经济点亮商圈",
        ];
        let is_open = |l: &str| crate::corpus::layout::is_open(l);
        let (mut full, mut edged) = (CharLm::default(), CharLm::default());
        let edges = Edges::of(lines.iter().copied(), is_open);
        for l in lines {
            full.add(l, false);
            edged.add_at_edges(l, &edges);
        }
        assert!(edged.bi.len() < full.bi.len() && edged.tri.len() < full.tri.len());
        let (a, b) = (
            Lm {
                parts: [&genre, &full],
            },
            Lm {
                parts: [&genre, &edged],
            },
        );
        for left in lines.iter().filter(|l| is_open(l)) {
            for right in lines {
                let (x, y) = (a.join_gain(left, right), b.join_gain(left, right));
                assert_eq!(x.to_bits(), y.to_bits(), "{left} | {right}");
            }
        }
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

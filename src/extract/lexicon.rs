//! Word lists the extractors read (assets/extract/): speech verbs, roles, surnames, the
//! predicates that follow a speaker. Code holds the grammar; these files hold the words.

use crate::corpus::decode::is_han;
use crate::corpus::layout::asset_lines;
use crate::extract::text::WordSet;
use std::sync::OnceLock;

/// The loaded word lists.
pub struct Lexicon {
    speech_verbs: WordSet,
    adverbials: WordSet,
    manners: WordSet,
    roles: WordSet,
    predicates: WordSet,
    frame_openers: WordSet,
    /// Looked up in the text without building a string (asked at every clause start).
    surnames: WordSet,
    transliteration: std::collections::HashSet<char>,
    org_suffixes: WordSet,
    collectives: WordSet,
    reported_openers: WordSet,
    courtesies: WordSet,
    clausal_verbs: WordSet,
    addressed_verbs: WordSet,
    backward_verbs: WordSet,
}

/// The shared lexicon.
pub fn lexicon() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(|| {
        // Longest match first, so 副局长 wins over 局长 and 介绍说 over 介绍.
        let words = |text: &'static str| WordSet::new(asset_lines(text));
        Lexicon {
            speech_verbs: words(include_str!("../../assets/extract/speech_verbs.txt")),
            adverbials: words(include_str!("../../assets/extract/speech_adverbials.txt")),
            manners: words(include_str!("../../assets/extract/speech_manners.txt")),
            roles: words(include_str!("../../assets/extract/roles.txt")),
            predicates: words(include_str!("../../assets/extract/speaker_predicates.txt")),
            frame_openers: words(include_str!("../../assets/extract/speech_frame_openers.txt")),
            surnames: WordSet::new(
                asset_lines(include_str!("../../assets/extract/surnames.txt"))
                    .flat_map(|l| l.split_whitespace()),
            ),
            transliteration: asset_lines(include_str!("../../assets/extract/transliteration_chars.txt"))
                .flat_map(|l| l.split_whitespace())
                .filter_map(|w| w.chars().next())
                .collect(),
            org_suffixes: words(include_str!("../../assets/extract/org_suffixes.txt")),
            collectives: words(include_str!("../../assets/extract/collective_sources.txt")),
            reported_openers: words(include_str!("../../assets/extract/reported_openers.txt")),
            courtesies: words(include_str!("../../assets/extract/speech_courtesies.txt")),
            clausal_verbs: words(include_str!("../../assets/extract/speech_verbs_clausal.txt")),
            addressed_verbs: words(include_str!("../../assets/extract/speech_verbs_addressed.txt")),
            backward_verbs: words(include_str!("../../assets/extract/speech_verbs_backward.txt")),
        }
    })
}

/// A preposition: a noun after it is an object (向企业介绍, 会议由副市长主持), not a subject.
pub fn is_preposition(c: char) -> bool {
    // A match, not `"…".contains(c)`: that searches the string for the character's bytes,
    // and this is asked at every character of a clause's head.
    matches!(
        c,
        '向' | '对' | '为' | '与' | '给' | '从' | '把' | '被' | '由' | '跟' | '同' | '在'
    )
}

/// Whether the text after a position word names a body rather than a person: 委员|会,
/// 领事|馆, 经理|部, 领导|小组, 成员|单位, 领导|班子.
fn names_a_body(after: &[char]) -> bool {
    matches!(
        after,
        ['会' | '馆', ..] | ['小', '组', ..] | ['单', '位', ..] | ['班', '子', ..]
    ) || (after.first() == Some(&'部')
        // (经理|部, but not 书记|部署 nor 部分, 部门: words of their own.)
        && !after
            .get(..2)
            .is_some_and(|w| crate::corpus::jieba().has_word(&w.iter().collect::<String>())))
}

/// A word of the segmenter's dictionary that is not a person's name (老师, 小区; 李白 is nr).
/// A word of the dictionary that is no noun (相关, 有关, 各级, 主要): it qualifies a title
/// (相关领导) and is never a name before one.
fn is_qualifier_word(chars: &[char]) -> bool {
    let w: String = chars.iter().collect();
    let j = crate::corpus::jieba();
    let tags = j.tag(&w, false);
    j.has_word(&w)
        && tags.len() == 1
        && tags.iter().all(|t| {
            matches!(
                t.tag.chars().next(),
                Some('v' | 'a' | 'd' | 'b' | 'r' | 'p' | 'c' | 'm')
            )
        })
}

fn is_common_word(chars: &[char]) -> bool {
    let w: String = chars.iter().collect();
    let j = crate::corpus::jieba();
    j.has_word(&w) && !j.tag(&w, false).iter().any(|t| t.tag == "nr")
}

/// 曾新|信心十足, 王明|感慨万千: an idiom of four characters or more the segmenter reads at `i`;
/// 徐强|面对…: a verb of two characters or more (not 徐强面|对…). 1 if so, else 0.
fn segmented_predicate_strength(chars: &[char], i: usize) -> u8 {
    if !chars.get(i..i + 2).is_some_and(|w| w.iter().all(|&c| is_han(c))) {
        return 0;
    }
    let w: String = chars[i..chars.len().min(i + 6)].iter().collect();
    let j = crate::corpus::jieba();
    let tags = j.tag(&w, false);
    u8::from(tags.first().is_some_and(|t| {
        let n = t.word.chars().count();
        t.tag == "i" && n >= 4 || t.tag == "v" && n >= 2
    }))
}

/// Whether the segmenter, reading on from `from`, ends a word at `end` (刘建成|立足: at 3, not 2).
fn segmenter_ends_word(chars: &[char], from: usize, end: usize) -> bool {
    let text: String = chars[from..chars.len().min(end + 4)].iter().collect();
    let j = crate::corpus::jieba();
    let mut at = from;
    for t in j.tag(&text, false) {
        at += t.word.chars().count();
        if at >= end {
            return at == end;
        }
    }
    false
}

/// Whether the segmenter reads the text from char `at` to the end of `phrase` as a person's
/// name: words that start at `at` and are all names (北京市/扶贫/支援/办/汪兆龙, 外资/处/李/红梅).
fn segmenter_reads_name(phrase: &[char], at: usize) -> bool {
    let text: String = phrase.iter().collect();
    let mut pos = 0;
    let mut starts_at_word = false;
    let mut all_names = true;
    for t in crate::corpus::jieba().tag(&text, true) {
        let here = pos;
        pos += t.word.chars().count();
        if here == at {
            starts_at_word = true;
        }
        // (The surname alone may be tagged as anything — 张/q 安顺/nr — but a conjunction: 和/c.)
        let lone_surname = here == at && t.word.chars().count() == 1 && pos < phrase.len() && t.tag != "c";
        if pos > at && !lone_surname {
            all_names &= t.tag.starts_with("nr");
        }
    }
    starts_at_word && all_names
}

fn word_at(words: &WordSet, chars: &[char], i: usize) -> Option<usize> {
    words.longest_at(chars, i).map(|(_, n)| n)
}

/// What a speaker phrase is made of.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SpeakerNp {
    pub name: Option<String>,
    /// Everything before the name: organisation and position (朝阳区商务局副局长).
    pub role: Option<String>,
    /// Bare positions, in order (副局长; 会长, 总经理).
    pub titles: Vec<String>,
    /// 他 / 她: to be resolved to the last named speaker.
    pub pronoun: bool,
    /// 他们 / 她们 / 大家: to be resolved to the last group named as a subject.
    pub plural: bool,
    /// Chars of the clause the phrase covers.
    pub len: usize,
}

impl SpeakerNp {
    /// A bare name with no role, covering `len` chars of its clause.
    pub(crate) fn named(name: &[char], len: usize) -> SpeakerNp {
        SpeakerNp {
            name: Some(name.iter().collect()),
            role: None,
            titles: Vec::new(),
            pronoun: false,
            plural: false,
            len,
        }
    }
}

/// The length of a courtesy title at `at` (金亨培|先生|说, 王丽|女士|表示), 0 if none.
fn honorific_len(chars: &[char], at: usize, clause_end: usize) -> usize {
    const HONORIFICS: [[char; 2]; 2] = [['先', '生'], ['女', '士']];
    let rest = &chars[at.min(clause_end)..clause_end];
    HONORIFICS
        .iter()
        .find(|h| rest.starts_with(&h[..]))
        .map_or(0, |h| h.len())
}

impl Lexicon {
    /// Length of the speech verb at `i`: a listed verb, with the manner it may carry before it
    /// (感慨地说, 笑着介绍) and the 道/说 it may take after it (补充道, 解释说).
    pub fn speech_verb_at(&self, chars: &[char], i: usize) -> Option<usize> {
        let verb = |j: usize| {
            let n = word_at(&self.speech_verbs, chars, j)?;
            let end = j + n;
            let ends_in_say = matches!(chars[end - 1], '说' | '說' | '道');
            let tail = !ends_in_say && matches!(chars.get(end), Some('道' | '说' | '說'));
            Some(end + usize::from(tail))
        };
        if let Some(end) = verb(i) {
            return Some(end - i);
        }
        // 开门见山地说, 语重心长地指出: any word of manner (an idiom, an adjective) with 地.
        let manner_de = (2..=5).find(|&k| {
            chars.get(i + k) == Some(&'地') && chars[i..i + k].iter().all(|&c| is_han(c)) && {
                let w: String = chars[i..i + k].iter().collect();
                let j = crate::corpus::jieba();
                let tags = j.tag(&w, false);
                tags.len() == 1 && matches!(tags[0].tag, "l" | "i" | "a" | "ad" | "z")
            }
        });
        if let Some(end) = manner_de.and_then(|k| verb(i + k + 1)) {
            return Some(end - i);
        }
        // 自信地说, 笑着说, and without the particle: 精彩解读, 深情讲述.
        let k = word_at(&self.manners, chars, i)?;
        let particle = usize::from(matches!(chars.get(i + k), Some('地' | '着' | '著')));
        verb(i + k + particle).map(|end| end - i)
    }

    /// Length of what may stand between a speaker and the speech verb at `i`: adverbs (也,
    /// 近日, 对此), a day (20日), and a frame opened by a preposition and closed right before
    /// the verb (在签约仪式上, 在接受采访时, 在长春, 在听取汇报后, 代表市委、市政府, 对记者).
    /// Zero when there is none; the caller checks that a speech verb follows.
    pub fn adverbial_len(&self, chars: &[char], i: usize) -> usize {
        let mut j = i;
        for _ in 0..4 {
            if let Some(n) = word_at(&self.adverbials, chars, j) {
                j += n;
                continue;
            }
            // 20日 / 3月4日: the day it was said.
            let digits = chars[j.min(chars.len())..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count();
            if digits > 0 && matches!(chars.get(j + digits), Some('日' | '号')) {
                j += digits + 1;
                continue;
            }
            let verb_end = |e: usize| {
                let v = e + word_at(&self.adverbials, chars, e).unwrap_or(0);
                self.speech_verb_at(chars, v).map(|n| v + n)
            };
            let Some(open) = word_at(&self.frame_openers, chars, j) else {
                // 陈晓光视察后表示, 王明听取汇报时说: a short act ending in 后 or 时 frames the
                // time of speaking without a preposition too.
                let timed = (j + 2..=(j + 7).min(chars.len())).find(|&e| {
                    matches!(chars[e - 1], '后' | '时')
                        && chars[j..e].iter().all(|&c| is_han(c))
                        // It opens with a word (视察, 听取), not inside a name (陈晓|光视察).
                        && crate::corpus::jieba().has_word(&chars[j..j + 2].iter().collect::<String>())
                        && verb_end(e).is_some()
                });
                match timed {
                    Some(e) => {
                        j = e;
                        continue;
                    }
                    None => break,
                }
            };
            // The frame runs over words (and 、 between them) up to a speech verb; a comma or
            // a sentence end means the verb belongs to another clause.
            // A verb that ends the clause wins over one inside the frame (在听取介绍后|说).
            let closes: Vec<usize> = (j + open + 1..(j + open + 20).min(chars.len()))
                .take_while(|&e| is_han(chars[e - 1]) || matches!(chars[e - 1], '、' | '“' | '”'))
                .filter(|&e| verb_end(e).is_some())
                .collect();
            let close = closes
                .iter()
                .copied()
                .find(|&e| verb_end(e).is_some_and(|v| chars.get(v).is_none_or(|c| !is_han(*c))))
                .or_else(|| closes.first().copied());
            match close {
                Some(e) => j = e,
                None => break,
            }
        }
        j - i
    }

    /// Whether a speech verb may end at `end` (exclusive): a cheap test before parsing a clause.
    pub fn may_end_speech(&self, chars: &[char], end: usize) -> bool {
        end > 0
            && (matches!(chars[end - 1], '道' | '说' | '說')
                || self.speech_verbs.longest_ending(chars, end).is_some())
    }

    /// Where a collective source ends (企业, 各签约企业): the first group word of the clause
    /// that an [adverbial] speech verb follows.
    fn collective_end(&self, clause: &[char], start: usize) -> Option<usize> {
        // A preposition before the group makes it an object (向企业介绍), not the subject.
        let objects = clause[start..]
            .iter()
            .position(|&c| is_preposition(c))
            .map_or(clause.len(), |p| start + p);
        (start..objects).find_map(|i| {
            let n = word_at(&self.collectives, clause, i)?;
            (i + n <= objects && self.speech_end(clause, i + n).is_some()).then_some(i + n)
        })
    }

    /// Whether reported speech may open at `i` without a comma after its verb: a modal or
    /// future (表示将…, 纷纷表示要…), the usual way content follows 表示 directly.
    pub fn opens_report(&self, chars: &[char], i: usize) -> bool {
        word_at(&self.reported_openers, chars, i).is_some()
    }

    /// Whether what follows the speech verb at `v`..`end` with no comma is what was said: a
    /// modal opens it (介绍将…), or the verb takes a clause (表示在…) and it is no courtesy
    /// (表示热烈欢迎) nor an aspect particle's object (表示了…).
    pub fn content_follows(&self, chars: &[char], v: usize, end: usize) -> bool {
        if self.opens_report(chars, end) {
            return true;
        }
        let clausal = word_at(&self.clausal_verbs, chars, v).is_some_and(|n| v + n == end);
        // 表示出…意愿: with 出 the verb shows something, a noun; nobody is speaking (but 出 may
        // open a word: 表示|出口形势…).
        let shows = chars.get(end) == Some(&'出')
            && !chars
                .get(end..end + 2)
                .is_some_and(|w| crate::corpus::jieba().has_word(&w.iter().collect::<String>()));
        clausal
            && !matches!(chars.get(end), Some('了' | '着' | '过' | '的'))
            && !shows
            && !self.is_courtesy(chars, end)
    }

    /// Where a verb that takes what was said as its object (表示, 称) starts, if one ends at `end`.
    pub fn clausal_verb_before(&self, chars: &[char], end: usize) -> Option<usize> {
        self.clausal_verbs
            .longest_ending(chars, end)
            .map(|(_, n)| end - n)
    }

    /// Whether the object right after a speech verb is courtesy, not content (表示热烈欢迎,
    /// 表示衷心感谢): one of the courtesy words within its first few characters.
    pub fn is_courtesy(&self, chars: &[char], i: usize) -> bool {
        (i..(i + 5).min(chars.len())).any(|j| word_at(&self.courtesies, chars, j).is_some())
    }

    /// Length of a conjunction and adverbs that open a clause whose subject is unsaid
    /// (并表示, 同时还表示, 随后指出).
    pub fn clause_lead_len(&self, chars: &[char], i: usize) -> usize {
        let rest = &chars[i.min(chars.len())..];
        let conj = match rest {
            ['并' | '而', '且', ..] => 2,
            ['并' | '且', ..] => 1,
            _ => 0,
        };
        let mut j = i + conj;
        while let Some(n) = word_at(&self.adverbials, chars, j) {
            j += n;
        }
        j - i
    }

    /// End of `[adverbial] speech verb` at `i` (表示 / 也表示 / 在签约仪式上表示 / 感慨地说).
    pub fn speech_end(&self, chars: &[char], i: usize) -> Option<usize> {
        let j = i + self.adverbial_len(chars, i);
        self.speech_verb_at(chars, j)
            .map(|n| j + n)
            .or_else(|| self.speech_verb_at(chars, i).map(|n| i + n))
    }

    /// Where a phrase ends that gives the speaker of what was said before it (作如上表示),
    /// when one ends at `end`.
    pub fn backward_verb_ending(&self, chars: &[char], end: usize) -> Option<usize> {
        self.backward_verbs.longest_ending(chars, end).map(|(_, n)| n)
    }

    /// True when a verb that addresses people stands in `chars[from..to]`.
    pub fn has_addressing_verb(&self, chars: &[char], from: usize, to: usize) -> bool {
        (from..to).any(|i| word_at(&self.addressed_verbs, chars, i).is_some())
    }

    /// True when the clause after a speaker of `np_len` characters is a verb that addresses
    /// people and those people, to its end: 叮嘱|随行县区和相关部门负责人, 勉励|青年企业家们.
    pub fn addresses_to_end(&self, clause: &[char], np_len: usize) -> bool {
        let j = np_len + self.adverbial_len(clause, np_len);
        let Some(n) = word_at(&self.addressed_verbs, clause, j) else {
            return false;
        };
        let end = clause.len();
        let people = end > j + n
            && end <= j + n + 24
            && (self.role_ending(clause, end).is_some()
                || clause[end - 1] == '们'
                || self.collectives.longest_ending(clause, end).is_some());
        people
            && !clause[j + n..]
                .iter()
                .any(|c| matches!(c, '“' | '”' | '：' | ':'))
    }

    /// A speaker inside a framing phrase that introduces a quotation without a speech verb of
    /// its own: 在孙磊看来 / 用企业负责人的话说 / 正如赵丽所说.
    pub fn framed_speaker(&self, clause: &[char]) -> Option<SpeakerNp> {
        const FRAMES: &[(&str, &[&str])] = &[
            ("在", &["看来", "看來"]),
            ("用", &["的话说", "的话来说", "的話說", "的話來說"]),
            ("正如", &["所说", "所言", "所說"]),
            ("诚如", &["所说", "所言"]),
            ("誠如", &["所說", "所言"]),
            ("就像", &["所说", "说的", "所說", "說的"]),
        ];
        let text: String = clause.iter().collect();
        FRAMES.iter().find_map(|(open, closes)| {
            let rest = text.strip_prefix(open)?;
            let inner = closes.iter().find_map(|c| rest.strip_suffix(c))?;
            let inner: Vec<char> = inner.chars().collect();
            let mut np = self.speaker_at_start(&inner).filter(|np| np.len == inner.len())?;
            np.len = clause.len();
            Some(np)
        })
    }

    /// Length of the organisation suffix ending at char `end` (exclusive), longest first.
    pub fn org_suffix_ending(&self, chars: &[char], end: usize) -> Option<usize> {
        self.org_suffixes.longest_ending(chars, end).map(|(_, n)| n)
    }

    /// Length of the organisation suffix starting at char `i`, longest first (工程|有限公司,
    /// 工程|部经理: a project word that goes on into an organisation's name).
    pub fn org_suffix_at(&self, chars: &[char], i: usize) -> Option<usize> {
        word_at(&self.org_suffixes, chars, i)
    }

    /// Cuts a role's organisation after its last organisation suffix: 皓月公司行政综合部外事 →
    /// 皓月公司行政综合部. Without a suffix the text stays as it is (国商大厦项目).
    pub fn trim_to_organization(&self, org: &str) -> String {
        let chars: Vec<char> = org.chars().collect();
        (2..=chars.len())
            .rev()
            .find(|&end| self.org_suffix_ending(&chars, end).is_some_and(|n| n < end))
            .map_or_else(|| org.to_owned(), |end| chars[..end].iter().collect())
    }

    /// 公司, 企业: an organisation the text names only by its kind.
    pub fn is_generic_organization(&self, org: &str) -> bool {
        matches!(
            org,
            "公司" | "企业" | "集团" | "该公司" | "该企业" | "企業" | "該公司"
        )
    }

    /// The organisation a paragraph is about: the one it opens with (楚天华通医药设备有限公司是…),
    /// else the last company-like name before char `before`.
    pub fn context_organization(&self, chars: &[char], before: usize) -> Option<String> {
        let first_break = chars
            .iter()
            .position(|c| !crate::corpus::decode::is_han(*c) && *c != '·');
        let topic_end = first_break.unwrap_or(chars.len()).min(before).min(30);
        let topic = (2..=topic_end).find_map(|end| {
            let n = self.org_suffix_ending(chars, end)?;
            (n >= 2 && end > n + 1 && !matches!(chars.get(end), Some('的')))
                .then(|| chars[..end].iter().collect())
        });
        topic.or_else(|| self.last_organization_before(chars, before))
    }

    /// The last company-like name (…有限公司, …集团) that ends before char `before`.
    pub fn last_organization_before(&self, chars: &[char], before: usize) -> Option<String> {
        (2..=before).rev().find_map(|end| {
            let n = self.org_suffix_ending(chars, end)?;
            if n < 2 {
                return None;
            }
            // The name starts after the previous punctuation, at most 24 characters back.
            let start = (0..end - n)
                .rev()
                .find(|&j| !crate::corpus::decode::is_han(chars[j]) && chars[j] != '·')
                .map_or(0, |j| j + 1)
                .max(end.saturating_sub(24));
            // …有限公司是全资子公司: a name does not run over a verb or particle.
            let start = (start..end - n)
                .rev()
                .find(|&j| {
                    matches!(
                        chars[j],
                        '是' | '的' | '由' | '在' | '与' | '和' | '为' | '了' | '及'
                    )
                })
                .map_or(start, |j| j + 1);
            let head: String = chars[start..end - n].iter().collect();
            let generic = matches!(
                head.as_str(),
                "" | "子" | "分" | "全资子" | "控股子" | "上市" | "母" | "该" | "本" | "一家" | "这家"
            );
            (!generic && head.chars().count() >= 2).then(|| chars[start..end].iter().collect())
        })
    }

    /// Length of the role word at `i`.
    /// Length of the role word ending at char `end` (exclusive): 区级领导, 公司负责人.
    pub fn role_ending(&self, chars: &[char], end: usize) -> Option<usize> {
        self.roles.longest_ending(chars, end).map(|(_, n)| n)
    }

    pub fn role_at(&self, chars: &[char], i: usize) -> Option<usize> {
        word_at(&self.roles, chars, i)
    }

    /// How strongly the text at `i` reads as a predicate after a subject: 2 for a speech verb
    /// or a longer predicate (谈起, 满怀, also after an adverb: 再次来到), 1 for a one-character
    /// word of the list (也, 对), a verb with 着 (操着), or a verb or an idiom the segmenter
    /// reads there (面对, 信心十足), 0 otherwise.
    pub(crate) fn predicate_strength(&self, chars: &[char], i: usize) -> u8 {
        match self.listed_predicate_strength(chars, i) {
            0 => segmented_predicate_strength(chars, i),
            listed => listed,
        }
    }

    /// The strength of a predicate from the word lists alone (a foreign name's run of
    /// characters is cut by these only: 其木格|出席, not 其木格出席|签约).
    fn listed_predicate_strength(&self, chars: &[char], i: usize) -> u8 {
        if self.speech_verb_at(chars, i).is_some() {
            return 2;
        }
        // 许军|在致辞中表示, 杨洪波|代表市委表示: a frame that a speech verb closes.
        let adverbial = self.adverbial_len(chars, i);
        if adverbial > 0 && self.speech_verb_at(chars, i + adverbial).is_some() {
            return 2;
        }
        // 秦交忠|操着…: a verb with its aspect particle.
        // (Not 着重, 着力: words of their own.)
        if chars.get(i).is_some_and(|&c| is_han(c))
            && matches!(chars.get(i + 1), Some('着' | '著'))
            && aspect_particle_at(chars, i + 1)
        {
            return 1;
        }
        // 赵宏利|再次来到吉林: an adverb may stand before the predicate too.
        let skipped = i + word_at(&self.adverbials, chars, i).unwrap_or(0);
        match word_at(&self.predicates, chars, i).or_else(|| {
            (skipped > i)
                .then(|| word_at(&self.predicates, chars, skipped))
                .flatten()
        }) {
            Some(n) if n >= 2 => 2,
            Some(_) => 1,
            None => 0,
        }
    }

    /// Whether the `n` characters at `i` are a surname.
    fn is_surname_at(&self, chars: &[char], i: usize, n: usize) -> bool {
        self.surnames.all_at(chars, i).any(|(_, len)| len == n)
    }

    /// A person's name at `i` (surname + one or two characters), its length decided by what
    /// follows it: 陈星瀚|说, 周凯|如是说, 敬再|回忆起. At the clause end any length fits.
    pub fn name_at(&self, chars: &[char], i: usize, clause_end: usize) -> Option<usize> {
        let mut best: Option<(u8, usize)> = None;
        for s in [2, 1] {
            chars.get(i..i + s)?;
            if !self.is_surname_at(chars, i, s) {
                continue;
            }
            for given in [1, 2] {
                let end = i + s + given;
                if end > clause_end
                    || !chars[i..end].iter().all(|c| is_han(*c))
                    || is_division(&chars[i..end])
                    // 郭威|踩着: an aspect particle follows a verb, so the character before it
                    // ends no name.
                    || (given == 2 && aspect_particle_at(chars, end))
                    // 简要地|介绍: 地 and 的 after a word make it an adverb or a modifier; no
                    // name ends with them, nor with 等 closing a list (杨军、赵超|等). Nor holds a
                    // pronoun (来|我省).
                    || matches!(chars[end - 1], '地' | '的' | '等')
                    // 李岩|在致辞中: a function word that may open the predicate ends no
                    // two-character given name.
                    || (given == 2 && matches!(chars[end - 1], '在' | '也' | '亦' | '还' | '则' | '又' | '就' | '都'))
                    // 殷殷|嘱托, 谆谆|教诲: a doubled character is an adverb, no name.
                    || chars[i + s] == chars[i + s - 1]
                    // 负责人|满怀|期待: a predicate word is no name (满 is a surname).
                    || word_at(&self.predicates, chars, i).is_some_and(|n| n >= end - i)
                    || holds_pronoun(&chars[i + s..end])
                {
                    continue;
                }
                let after = end + honorific_len(chars, end, clause_end);
                let strength = if after == clause_end {
                    2
                } else {
                    // A predicate only the segmenter reads (面对, 信心十足) counts after a name it
                    // also reads so: no common word (…的印象|有没有), and a word ends with the name
                    // (刘建成|立足, not 刘建|成立).
                    match self.listed_predicate_strength(chars, after) {
                        0 => {
                            let seg = segmented_predicate_strength(chars, after);
                            if seg > 0
                                && !is_common_word(&chars[i..end])
                                && segmenter_ends_word(chars, i, end)
                            {
                                seg
                            } else {
                                0
                            }
                        }
                        listed => listed,
                    }
                };
                if strength > 0 && best.is_none_or(|(b, _)| strength > b) {
                    best = Some((strength, end - i));
                }
            }
        }
        best.map(|(_, n)| n)
    }

    /// A familiar name at `i` after a position (游客|小陈|裹得严严实实, 村民|老李): 小 or 老 and a
    /// surname, two characters whatever follows — unless the two make a word (老师, 小区).
    fn familiar_name_at(&self, chars: &[char], i: usize, clause_end: usize) -> Option<usize> {
        let familiar = i + 2 <= clause_end
            && matches!(chars[i], '小' | '老')
            && self.is_surname_at(chars, i + 1, 1)
            && !is_common_word(&chars[i..i + 2]);
        familiar.then_some(2)
    }

    /// Where a name starts that stands between an organisation and its title at `title`
    /// (北京市扶贫支援办|汪兆龙|副主任): a surname and one or two characters that the segmenter
    /// reads as a person's name, after at least two characters of the organisation — not the
    /// end of the organisation's own name (办公室|主任: 公室 is no name).
    fn name_between_organization_and_title(
        &self,
        clause: &[char],
        start: usize,
        title: usize,
    ) -> Option<usize> {
        if self.org_suffix_ending(clause, title).is_some() {
            return None;
        }
        let k = [3, 2]
            .into_iter()
            .filter(|&n| title >= start + n + 2)
            .map(|n| title - n)
            .find(|&k| self.name_at(clause, k, title) == Some(title - k))?;
        segmenter_reads_name(&clause[start..title], k - start).then_some(k)
    }

    /// A foreign name at `i` after a position (市长|米古利亚|表示): a run of the characters
    /// foreign names are written with, up to a predicate or the clause end. Its length.
    fn foreign_name_at(&self, chars: &[char], i: usize, clause_end: usize) -> Option<usize> {
        let run = (i..clause_end.min(i + 8))
            .take_while(|&j| self.transliteration.contains(&chars[j]) || chars[j] == '·')
            .count();
        (2..=run)
            .rev()
            // (书记巴音朝鲁、省长…: or a list of people goes on.)
            // A long run is a name before any predicate (巴音朝鲁|在长春会见…).
            .find(|&n| {
                i + n == clause_end
                    || chars.get(i + n) == Some(&'、')
                    || self.listed_predicate_strength(chars, i + n) >= if n >= 4 { 1 } else { 2 }
            })
    }

    /// A transliterated name of four characters or more opening `clause` as its subject
    /// (巴达日拉图|对…表示欢迎, 巴达日拉图|表示): a run of the characters foreign names are
    /// written with, up to a predicate or a preposition. Its length.
    pub fn transliterated_subject(&self, clause: &[char]) -> Option<usize> {
        let run = clause
            .iter()
            .take(8)
            .take_while(|c| self.transliteration.contains(c))
            .count();
        // (Not a place or a company written with the same characters: 乌兰察布, 阿里巴巴.)
        let j = crate::corpus::jieba();
        (4..=run).rev().find(|&n| {
            let run: String = clause[..n].iter().collect();
            clause
                .get(n)
                .is_some_and(|&c| is_preposition(c) || self.listed_predicate_strength(clause, n) > 0)
                && !j.has_word(&run)
                && !crate::extract::gazetteer::gazetteer()
                    .find(&run, &|_| true)
                    .iter()
                    .any(|h| h.start == 0)
                && self.org_suffix_ending(clause, n).is_none()
        })
    }

    /// 工作人员|匙武|告诉记者: between a position and a verb of speech stands a name, even one
    /// whose surname is rare (匙); two or three characters that make no common word.
    fn name_before_speech(&self, chars: &[char], i: usize, clause_end: usize) -> Option<usize> {
        [2, 3].into_iter().find(|&n| {
            i + n < clause_end
                && chars[i..i + n].iter().all(|c| is_han(*c))
                && !is_preposition(chars[i])
                // 委员|们纷纷|表示: the plural suffix belongs to the position, and an adverb
                // of speech (纷纷, 一致) stands before the verb, in no name.
                && chars[i] != '们'
                && (i + 1..i + n).all(|j| word_at(&self.adverbials, chars, j).is_none())
                && !is_common_word(&chars[i..i + n])
                && self.role_at(chars, i).is_none()
                && self.speech_verb_at(chars, i + n).is_some()
        })
    }

    /// A name at `i` that the segmenter's word boundaries close (区长|许军|出席): surname and
    /// one or two characters, the longest that ends on a boundary.
    pub fn name_by_words(&self, chars: &[char], i: usize, is_bound: &dyn Fn(usize) -> bool) -> Option<usize> {
        for s in [2, 1] {
            chars.get(i..i + s)?;
            if !self.is_surname_at(chars, i, s) {
                continue;
            }
            for given in [2, 1] {
                let end = i + s + given;
                if end > chars.len()
                    || !chars[i..end].iter().all(|c| is_han(*c))
                    || holds_pronoun(&chars[i + s..end])
                {
                    continue;
                }
                // 李岩在|致辞中: the segmenter may glue a preposition or particle to a one-
                // character given name; a name does not end in one.
                // So may it glue a verb before an aspect particle (郭威踩|着).
                if given == 2
                    && ("在向对于就是说的地等也都将已正又从还".contains(chars[end - 1])
                        || aspect_particle_at(chars, end))
                {
                    return Some(end - 1 - i);
                }
                // 鲁花|集团: before an organisation's ending it is a company's name.
                if is_bound(end) && self.org_suffix_at(chars, end).is_none() {
                    return Some(end - i);
                }
            }
        }
        None
    }

    /// A group named as a subject at the start of a clause, for 他们 and 大家 to refer back to:
    /// a group word with what qualifies it (江苏省考察团, 各签约企业), or an anonymous role of
    /// several people (12家签约企业相关负责人, 企业代表们). Its length.
    pub fn group_at_start(&self, clause: &[char]) -> Option<usize> {
        let head = &clause[..clause.len().min(16)];
        // (与会的, 在场的, 在座的: a preposition's character in a verb that modifies the group.)
        let objects = (0..head.len())
            .find(|&i| is_preposition(head[i]) && head.get(i + 2) != Some(&'的'))
            .unwrap_or(head.len());
        // 台商们: the plural suffix belongs to the group. The last group word is its head
        // (香港商界|人士, not 香|港商).
        let by_word = (0..objects)
            .filter_map(|i| {
                let n = word_at(&self.collectives, clause, i)?;
                (i + n <= objects).then_some(i + n + usize::from(clause.get(i + n) == Some(&'们')))
            })
            .max();
        let hint = clause[..clause.len().min(40)]
            .iter()
            .any(|&c| matches!(c, '们' | '等' | '家' | '位' | '名'));
        // Several people are written so (们, 等, 12家…): only then read the phrase.
        let by_role = hint
            .then(|| self.speaker_at_start(clause))
            .flatten()
            .and_then(|np| {
                let role: Vec<char> = np.role.as_deref()?.chars().collect();
                let several = role.last() == Some(&'们')
                    || role.contains(&'等')
                    || role.windows(2).any(|w| {
                        (w[0].is_ascii_digit() || "两三四五六七八九十多几".contains(w[0]))
                            && matches!(w[1], '家' | '位' | '名')
                    });
                (np.name.is_none() && several).then_some(np.len)
            });
        // The longer: 8家签约企业|负责人 is the people, not the firms.
        by_word.max(by_role)
    }

    /// Reads a speaker phrase at the start of `clause`: [据] [organisation] role [、org role…]
    /// [name], or a name alone, or 他/她.
    pub fn speaker_at_start(&self, clause: &[char]) -> Option<SpeakerNp> {
        // 会上王伟国强调, 仪式上田鹏飞致辞说: a frame of place or time before a named speaker,
        // with no comma after it.
        if let Some(k) = self.frame_before_name(clause) {
            if let Some(np) = self.speaker_at_start(&clause[k..]).filter(|np| np.name.is_some()) {
                return Some(SpeakerNp {
                    len: np.len + k,
                    ..np
                });
            }
        }
        self.speaker_at_start_here(clause)
    }

    /// The length of a short frame opening a clause (会上, 仪式上, 座谈中, 会后): two to five
    /// characters that end in a word of place or time.
    fn frame_before_name(&self, clause: &[char]) -> Option<usize> {
        let j = crate::corpus::jieba();
        (2..=5.min(clause.len().saturating_sub(2))).find(|&k| {
            if !(matches!(clause[k - 1], '上' | '中' | '后') && clause[..k].iter().all(|&c| is_han(c))) {
                return false;
            }
            // The frame ends where a word ends, read with what follows (not 区投促|中心), and
            // holds no name (王中|…): it is made of words.
            let head: String = clause[..clause.len().min(k + 4)].iter().collect();
            let mut at = 0;
            for t in j.tag(&head, false) {
                at += t.word.chars().count();
                if at == k {
                    return matches!(t.tag, "f" | "t");
                }
                if at > k || t.tag.starts_with("nr") {
                    return false;
                }
            }
            false
        })
    }

    fn speaker_at_start_here(&self, clause: &[char]) -> Option<SpeakerNp> {
        let mut start = 0;
        if matches!(clause.first(), Some('据' | '據')) {
            start = 1;
        }
        let end = clause.len();
        if start < end && matches!(clause[start], '他' | '她') && clause.get(start + 1) != Some(&'们') {
            let len = start + 1;
            return (self.predicate_strength(clause, len) > 0 || len == end).then_some(SpeakerNp {
                name: None,
                role: None,
                titles: Vec::new(),
                pronoun: true,
                plural: false,
                len,
            });
        }
        // 他们表示 / 大家表示: a group, resolved later to the last group named as a subject.
        let plural_len = match clause[start..] {
            ['他' | '她', '们', ..] | ['大', '家', ..] => 2,
            _ => 0,
        };
        if plural_len > 0 && start + plural_len < end && self.speech_end(clause, start + plural_len).is_some()
        {
            return Some(SpeakerNp {
                name: None,
                role: None,
                titles: Vec::new(),
                pronoun: true,
                plural: true,
                len: start + plural_len,
            });
        }
        // The first position word, and any joined to it by 、 (会长、…总经理).
        let mut titles = Vec::new();
        let mut role_end = None;
        let mut first_title = None;
        let mut i = start;
        while i < end {
            // 常委|会, 委员|会, 领事|馆, 领导|小组, 成员|单位: a position followed by a word for
            // a body is the body's name.
            if let Some(n) = self
                .role_at(clause, i)
                .filter(|&n| !names_a_body(&clause[i + n..]))
            {
                first_title.get_or_insert(i);
                titles.push(clause[i..i + n].iter().collect::<String>());
                role_end = Some(i + n);
                i += n;
                // 考察团|成员, 代表团|成员: a position in a body that is itself a source; the
                // person holds the latter.
                while let Some(m) = self
                    .role_at(clause, i)
                    .filter(|&m| !names_a_body(&clause[i + m..]))
                {
                    if let Some(last) = titles.last_mut() {
                        last.extend(&clause[i..i + m]);
                    }
                    i += m;
                    role_end = Some(i);
                }
                // 董事兼副总经理: 兼 joins two positions one person holds.
                if matches!(clause.get(i), Some('、' | '兼')) {
                    if let Some(next) = (i + 1..end.min(i + 20)).find(|&j| self.role_at(clause, j).is_some())
                    {
                        i = next;
                        continue;
                    }
                }
                break;
            }
            i += 1;
        }
        // 赵丽局长说: a name, then the title — not 朝阳|区长 (a place cut before its suffix)
        // nor 公司|负责人, 项目|总负责人 (an organisation's head character before the title).
        let name_first = first_title.zip(role_end).filter(|&(t, re)| {
            t > start
                && titles.len() == 1
                // (向来访|领导: a preposition opens an object, no name.)
                && !is_preposition(clause[start])
                // (朝阳|区长: unless the name with that character is no division, 崔凯|市长.)
                && !(matches!(clause[t], '区' | '區' | '市' | '县' | '縣' | '省' | '州')
                    && is_division(&clause[start..=t]))
                && !"司目业業方局厂廠会會部委院站所处處科组組队隊社行店园園村镇鎮乡鄉街办辦"
                    .contains(clause[t - 1])
                && self.name_at(clause, start, t) == Some(t - start)
                && !is_qualifier_word(&clause[start..t])
                && self.name_at(clause, re, end).is_none()
        });
        if let Some((t, re)) = name_first {
            return Some(SpeakerNp {
                name: Some(clause[start..t].iter().collect()),
                role: Some(titles[0].clone()),
                titles,
                pronoun: false,
                plural: false,
                len: re,
            });
        }
        // 北京市扶贫支援办|汪兆龙|副主任表示: an organisation, a name, then the title.
        if let Some((k, t, re)) = first_title.zip(role_end).and_then(|(t, re)| {
            let k = self.name_between_organization_and_title(clause, start, t)?;
            (titles.len() == 1 && self.name_at(clause, re, end).is_none()).then_some((k, t, re))
        }) {
            return Some(SpeakerNp {
                name: Some(clause[k..t].iter().collect()),
                role: Some(clause[start..k].iter().chain(&clause[t..re]).collect()),
                titles,
                pronoun: false,
                plural: false,
                len: re,
            });
        }
        // 姜有为|分别会见了…董事长祝义财: a name that a predicate follows is the subject; the
        // position words after it belong to the people it met.
        if let Some(t) = first_title {
            if let Some(n) = self
                .name_at(clause, start, t)
                .filter(|&n| start + n < t && self.predicate_strength(clause, start + n) == 2)
            {
                return Some(SpeakerNp::named(&clause[start..start + n], start + n));
            }
        }
        match role_end {
            // 委员们|纷纷表示: a position in the plural is a group of people holding it, named
            // by no one name.
            Some(re) if clause.get(re) == Some(&'们') => Some(SpeakerNp {
                name: None,
                role: Some(clause[start..=re].iter().collect()),
                titles,
                pronoun: false,
                plural: false,
                len: re + 1,
            }),
            Some(re) => {
                // (、山东…总裁: a list's mark opens no role.)
                let from = start + usize::from(clause.get(start) == Some(&'、') && start + 1 < re);
                let role: String = clause[from..re].iter().collect();
                // 公司董事长 李英军：…: a caption of television sets a space between.
                let gap = usize::from(clause.get(re) == Some(&' ') && re + 1 < end);
                // …董事长的秦交忠: the positions qualify the name with 的.
                let gap = if clause.get(re) == Some(&'的') && self.name_at(clause, re + 1, end).is_some() {
                    1
                } else {
                    gap
                };
                let at = re + gap;
                let name = self
                    .name_at(clause, at, end)
                    .or_else(|| self.familiar_name_at(clause, at, end))
                    .or_else(|| self.foreign_name_at(clause, at, end))
                    .or_else(|| self.name_before_speech(clause, at, end))
                    .map(|n| clause[at..at + n].iter().collect::<String>());
                let len = name.as_ref().map_or(re, |n| at + n.chars().count());
                Some(SpeakerNp {
                    name,
                    role: Some(role),
                    titles,
                    pronoun: false,
                    plural: false,
                    len,
                })
            }
            None => {
                // 金亨培先生说: a courtesy title after the name is part of how the speaker is named.
                let bare_name = self
                    .name_at(clause, start, end)
                    .map(|n| (n, honorific_len(clause, start + n, end)))
                    .filter(|&(n, h)| {
                        // A bare name needs a real predicate after it (周凯说), not just an adverb.
                        start + n + h == end || self.predicate_strength(clause, start + n + h) == 2
                    });
                if let Some((n, h)) = bare_name {
                    return Some(SpeakerNp::named(&clause[start..start + n], start + n + h));
                }
                if let Some(n) = self.transliterated_subject(&clause[start..]) {
                    return Some(SpeakerNp::named(&clause[start..start + n], start + n));
                }
                // 奇·达楞太对…: a name with a middle dot is a transliterated person's, whatever
                // characters it has; it ends where the first predicate follows.
                // (Not 李华|对奇·达楞太: no preposition before the dot.)
                let dot = (start + 1..end.min(start + 5))
                    .find(|&j| clause[j] == '·')
                    .filter(|&d| !clause[start..d].iter().any(|&c| is_preposition(c)));
                if let Some(n) = dot.and_then(|d| {
                    (d + 2 - start..=(end - start).min(10))
                        .take_while(|&n| is_han(clause[start + n - 1]))
                        .find(|&n| start + n == end || self.predicate_strength(clause, start + n) >= 1)
                }) {
                    return Some(SpeakerNp::named(&clause[start..start + n], start + n));
                }
                // 企业表示 / 各签约企业纷纷表示: a group that speaks, when no position is named.
                let k = self.collective_end(clause, start)?;
                Some(SpeakerNp {
                    name: None,
                    role: Some(clause[start..k].iter().collect()),
                    titles: Vec::new(),
                    pronoun: false,
                    plural: false,
                    len: k,
                })
            }
        }
    }
}

/// 来|我省: a given name never holds a pronoun.
fn holds_pronoun(given: &[char]) -> bool {
    given.iter().any(|c| "我你他她它这那".contains(*c))
}

/// 踩|着, 看|了: an aspect particle at `i`, which follows a verb — not the first character of a
/// word (着力, 了解, 过去).
fn aspect_particle_at(chars: &[char], i: usize) -> bool {
    matches!(chars.get(i), Some('着' | '著' | '了' | '过' | '過'))
        && !chars
            .get(i..i + 2)
            .is_some_and(|w| crate::corpus::jieba().has_word(&w.iter().collect::<String>()))
}

/// 丰县|负责人: a division's name (丰 is a surname) is no person's.
fn is_division(chars: &[char]) -> bool {
    matches!(
        chars.last(),
        Some('县' | '縣' | '区' | '區' | '市' | '旗' | '镇' | '鎮' | '乡' | '鄉')
    ) && crate::extract::gazetteer::gazetteer().is_full_name(&crate::extract::fold::fold_text(
        &chars.iter().collect::<String>(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn np(s: &str) -> Option<(Option<String>, Option<String>)> {
        let c: Vec<char> = s.chars().collect();
        lexicon().speaker_at_start(&c).map(|n| (n.name, n.role))
    }

    fn some(name: Option<&str>, role: Option<&str>) -> Option<(Option<String>, Option<String>)> {
        Some((name.map(String::from), role.map(String::from)))
    }

    #[test]
    fn a_county_is_no_persons_name() {
        // 丰 is a surname, 丰县 a county of Xuzhou: its head is anonymous.
        assert_eq!(np("丰县负责人表示"), some(None, Some("丰县负责人")));
    }

    #[test]
    fn role_and_name() {
        assert_eq!(
            np("长春市铭洋商贸产业园总经理郑非表示"),
            some(Some("郑非"), Some("长春市铭洋商贸产业园总经理"))
        );
        assert_eq!(
            np("朝阳区商务局副局长陈星瀚说"),
            some(Some("陈星瀚"), Some("朝阳区商务局副局长"))
        );
        assert_eq!(
            np("据润德·中奥·梵木运营管理有限公司新民大街运营总监马良介绍"),
            some(
                Some("马良"),
                Some("润德·中奥·梵木运营管理有限公司新民大街运营总监")
            )
        );
        // Traditional text is read folded (see extract::fold).
        assert_eq!(
            np(&crate::extract::fold::fold_text(
                "國商大廈項目總負責人敬再回憶起項目推進歷程"
            )),
            some(Some("敬再"), Some("国商大厦项目总负责人"))
        );
    }

    #[test]
    fn several_roles_are_kept() {
        let c: Vec<char> = "吉林省眼镜协会会长、国商眼镜城总经理金小法表示".chars().collect();
        let n = lexicon().speaker_at_start(&c).unwrap();
        assert_eq!(n.name.as_deref(), Some("金小法"));
        assert_eq!(n.role.as_deref(), Some("吉林省眼镜协会会长、国商眼镜城总经理"));
        assert_eq!(n.titles, ["会长", "总经理"]);
    }

    #[test]
    fn anonymous_sources_have_a_role_and_no_name() {
        assert_eq!(np("公司负责人对记者说"), some(None, Some("公司负责人")));
        assert_eq!(
            np("长春鲜啤三十公里科技有限公司相关负责人感慨道"),
            some(None, Some("长春鲜啤三十公里科技有限公司相关负责人"))
        );
        assert_eq!(np("公司负责人满怀期待"), some(None, Some("公司负责人")));
        // A position in the plural: a group, its adverb no name (们纷纷).
        assert_eq!(np("委员们纷纷表示"), some(None, Some("委员们")));
        assert_eq!(np("政协委员们表示"), some(None, Some("政协委员们")));
    }

    #[test]
    fn bare_names_and_pronouns() {
        assert_eq!(np("周凯说"), some(Some("周凯"), None));
        // Traditional is read folded (see extract::fold).
        assert_eq!(
            np(&crate::extract::fold::fold_text("周凱說")),
            some(Some("周凯"), None)
        );
        assert_eq!(
            lexicon()
                .speaker_at_start(&"他表示".chars().collect::<Vec<_>>())
                .map(|n| n.pronoun),
            Some(true)
        );
        // Not a name: 满 is a surname, but 满是感激 has no predicate after a name.
        assert_eq!(np("满是感激"), None);
        assert_eq!(np("大会强调"), None);
    }
}

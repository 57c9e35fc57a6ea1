//! Who said what: direct quotes with their speaker before (`郑非表示：“…”`) or after
//! (`“…”周凯说`), reported speech (`X表示，…`), and the people who said them.

use crate::corpus::decode::is_han;
use crate::corpus::model::{Article, Paragraph, ParagraphId};
use crate::extract::gazetteer::gazetteer;
use crate::extract::lexicon::{is_preposition, lexicon, SpeakerNp};
use crate::extract::model::{Level, Person, Quote, Span, Via};
use crate::extract::text::Words;
use std::collections::HashMap;

/// Sentence-final punctuation inside a quotation makes it an utterance.
fn is_terminal(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '…')
}

/// Where the sentence that holds `from` ends: after its final mark, or at the paragraph's end.
fn sentence_end(chars: &[char], from: usize) -> usize {
    (from..chars.len())
        .find(|&j| is_terminal(chars[j]))
        .map_or(chars.len(), |j| j + 1)
}

/// Where the sentence that ends before `end` starts.
fn sentence_start_before(chars: &[char], end: usize) -> usize {
    (0..end)
        .rev()
        .find(|&j| is_terminal(chars[j]))
        .map_or(0, |j| j + 1)
}

/// Clause boundaries when reading a speaker phrase.
fn is_clause_break(c: char) -> bool {
    matches!(
        c,
        '，' | ','
            | '。'
            | '；'
            | ';'
            | '！'
            | '？'
            | '!'
            | '?'
            | '：'
            | ':'
            | '“'
            | '”'
            | '「'
            | '」'
            | '"'
    )
}

/// Top-level quotations in a paragraph: (opening mark, closing mark or the paragraph's end
/// when the layout left it open — so it never runs into the next paragraph).
pub fn quotation_spans(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let close = match chars[i] {
            '“' => '”',
            '「' => '」',
            '『' => '』',
            '"' => '"',
            _ => {
                i += 1;
                continue;
            }
        };
        let open = i;
        let end =
            (open + 1..chars.len()).find(|&j| chars[j] == close || (chars[j] == chars[open] && close != '"'));
        match end {
            Some(e) if chars[e] == close => {
                out.push((open, e));
                i = e + 1;
            }
            // Another opening mark first: the layout left this one open; it ends before it.
            Some(e) => {
                out.push((open, e));
                i = e;
            }
            None => {
                out.push((open, chars.len()));
                i = chars.len();
            }
        }
    }
    out
}

/// A quoted list of slogans or mechanism names (`领导包保、招商落位、资金争取、建设提速`):
/// short parts joined by 、，— and no sentence in it.
fn is_slogan_list(content: &[char]) -> bool {
    if content.iter().any(|c| is_terminal(*c)) {
        return false;
    }
    let text: String = content.iter().collect();
    let parts: Vec<&str> = text
        .split(['、', '，', ',', '—', '-', '+', '＋', '/', '·'])
        .filter(|p| !p.is_empty())
        .collect();
    parts.len() >= 2 && parts.iter().all(|p| p.chars().count() <= 9)
}

/// Where the clause that ends at `end` starts: after the last clause break before it.
fn clause_start_before(chars: &[char], end: usize) -> usize {
    (0..end)
        .rev()
        .find(|&j| is_clause_break(chars[j]))
        .map_or(0, |j| j + 1)
}

/// The clause that starts at `from` and runs to the next clause break.
fn clause_from(chars: &[char], from: usize) -> &[char] {
    let end = (from..chars.len())
        .find(|&j| is_clause_break(chars[j]))
        .unwrap_or(chars.len());
    &chars[from..end]
}

/// The speaker of a quotation opening after a colon: the clause right before the colon, or
/// the first clause of the sentence (`敬再回忆起项目推进历程，满是感激：“…”`).
fn speaker_before_colon(chars: &[char], colon: usize) -> Option<(SpeakerNp, Via)> {
    let sentence_start = (0..colon)
        .rev()
        .find(|&j| is_terminal(chars[j]) || chars[j] == '”' || chars[j] == '」')
        .map_or(0, |j| j + 1);
    let sentence = &chars[sentence_start..colon];
    let mut clauses: Vec<&[char]> = sentence.split(|c| matches!(c, '，' | ',')).collect();
    let last = clauses.pop()?;
    std::iter::once(last).chain(clauses).find_map(|c| {
        let c = trim_lead(c);
        lexicon()
            .framed_speaker(c)
            .map(|np| (np, Via::Frame))
            .or_else(|| {
                lexicon()
                    .speaker_at_start(c)
                    .filter(|np| has_speech_or_predicate(c, np))
                    .map(|np| (np, Via::SpeakerBefore))
            })
    })
}

/// The speaker of a quotation opening after a comma: the clause before it must be a speaker
/// and a speech verb and nothing else (`张建国说，“…”`, `她说，“…”`), or a framing phrase
/// (`在孙磊看来，“…”`). Returns the speaker and where the verb ends.
fn speaker_before_comma(chars: &[char], comma: usize) -> Option<(SpeakerNp, Via)> {
    let clause = trim_lead(&chars[clause_start_before(chars, comma)..comma]);
    let lex = lexicon();
    lex.framed_speaker(clause).map(|np| (np, Via::Frame)).or_else(|| {
        let np = lex.speaker_at_start(clause)?;
        (lex.speech_end(clause, np.len) == Some(clause.len())).then_some((np, Via::SpeakerBefore))
    })
}

/// The speaker of a quotation right after a verb of speech with no mark between (王明直言“…”,
/// …，直言“活动太丰富了”): the clause's subject before the verb, or else the sentence's.
fn speaker_before_verb(chars: &[char], open: usize, spans: &[(usize, usize)]) -> Option<(SpeakerNp, Via)> {
    let lex = lexicon();
    let verb = (open.saturating_sub(4)..open)
        .find(|&k| lex.speech_verb_at(chars, k).map(|n| k + n) == Some(open))?;
    let clause_start = clause_start_before(chars, verb);
    let clause = trim_lead(&chars[clause_start..verb]);
    if clause.is_empty() {
        let from = if clause_start == 0 {
            0
        } else {
            sentence_start_before(chars, clause_start - 1)
        };
        return sentence_subject(chars, from, clause_start, spans).map(|(_, np)| (np, Via::Subject));
    }
    let np = lex.speaker_at_start(clause)?;
    (np.len == clause.len() || lex.speech_end(clause, np.len).is_some()).then_some((np, Via::SpeakerBefore))
}

/// 在采访中，… / 对此，…: adverbial openers are not part of the speaker.
fn trim_lead(c: &[char]) -> &[char] {
    let mut s = 0;
    while s < c.len() && c[s].is_whitespace() {
        s += 1;
    }
    &c[s..]
}

/// Before a colon the phrase must be followed by a speech verb or another predicate
/// (回忆起…, 满是感激), not be the whole clause (a heading-like label is no speaker) — unless
/// it is a position and a name, a speaker's label.
fn has_speech_or_predicate(clause: &[char], np: &SpeakerNp) -> bool {
    // 公司董事长 李英军：“…”
    np.len < clause.len() || (np.name.is_some() && np.role.is_some())
}

/// The speaker of a quotation followed by `周凯说` / `公司负责人满怀期待`.
/// The end is that of the speech verb when there is one (`Some`), else of the speaker.
fn speaker_after(chars: &[char], close: usize, utterance: bool) -> Option<(SpeakerNp, usize, bool)> {
    let mut from = close + 1;
    if matches!(chars.get(from), Some('，' | ',')) {
        from += 1;
    }
    let mut clause = clause_from(chars, from);
    if clause.is_empty() {
        return None;
    }
    // “…”在王国建看来，…: the frame names whose view the quotation was (what follows it is
    // the writer's paraphrase, no words of his).
    if let Some(np) = lexicon().framed_speaker(clause) {
        return Some((np, from + clause.len(), false));
    }
    // “…”活动现场，…负责人李超表示: a short frame of place or time may stand first; then the
    // speaker needs a verb of speech.
    let lex = lexicon();
    let mut np = lex.speaker_at_start(clause);
    let mut framed = false;
    // Two of them at most (“…”8月8日，在与彰武县签约后，吉恩怀坦言).
    for _ in 0..2 {
        if np.is_some() || !is_frame_of_place_or_time(clause) {
            break;
        }
        let after = from + clause.len();
        if !matches!(chars.get(after), Some('，' | ',')) {
            break;
        }
        from = after + 1;
        clause = clause_from(chars, from);
        np = lex.speaker_at_start(clause);
        framed = true;
    }
    // “…”，经商多年的于文君说: a modifier with 的 before the name — after a comma or a sentence
    // said, not after a term (“…”称号的王强说).
    let set_apart = utterance || matches!(chars.get(close + 1), Some('，' | ','));
    if set_apart
        && np
            .as_ref()
            .is_none_or(|np| np.name.is_none() && np.role.is_none())
    {
        if let Some((np, v)) = named_after_modifier(clause) {
            return Some((np, from + v, true));
        }
    }
    let np = np?;
    // A pronoun or name after the quote must be followed by a speech verb (她说, 王海涛笑着说),
    // a role phrase by anything (公司负责人满怀期待) — after a sentence, not a quoted term
    // (“一对一”会见了…负责人, 就…).
    let verb_end = lex.speech_end(clause, np.len);
    if verb_end.is_none() && (np.role.is_none() || !utterance || framed) {
        return None;
    }
    let end = from + verb_end.unwrap_or(np.len);
    Some((np, end, verb_end.is_some()))
}

/// 经商多年的|于文君说: a name and its speech verb after a modifier that 的 ends, within a dozen
/// characters. The speaker and where the verb ends in the clause.
fn named_after_modifier(clause: &[char]) -> Option<(SpeakerNp, usize)> {
    let k = (1..clause.len().min(12)).rev().find(|&k| clause[k] == '的')?;
    let rest = &clause[k + 1..];
    let np = lexicon().speaker_at_start(rest).filter(|np| np.name.is_some())?;
    let v = lexicon().speech_end(rest, np.len)?;
    Some((np, k + 1 + v))
}

/// 活动现场, 座谈会上, 采访中, 当天, 提起…: a short phrase of place, time or topic that frames
/// what follows.
fn is_frame_of_place_or_time(clause: &[char]) -> bool {
    const ENDS: [&str; 9] = ["现场", "上", "中", "时", "后", "期间", "当天", "当日", "间隙"];
    // 提起同江优势, 谈到未来: the topic the speaker was brought to.
    if (3..=12).contains(&clause.len())
        && ["提起", "谈起", "说起", "提到", "谈到", "说到", "谈及"]
            .iter()
            .any(|w| clause.starts_with(&w.chars().collect::<Vec<_>>()))
    {
        return true;
    }
    // 8月8日, 20日: a date.
    let digits = clause.iter().filter(|c| c.is_ascii_digit()).count();
    if digits > 0
        && clause.len() <= 8
        && matches!(clause.last(), Some('日' | '号'))
        && clause
            .iter()
            .all(|&c| c.is_ascii_digit() || "年月日号".contains(c))
    {
        return true;
    }
    (2..=8).contains(&clause.len())
        && clause.iter().all(|&c| is_han(c))
        && ENDS.iter().any(|e| {
            let e: Vec<char> = e.chars().collect();
            clause.ends_with(&e)
        })
}

/// Reported speech right after a speech verb that closed a quotation (“…”王明说，下一步…):
/// from after the comma to the sentence's end, unless another quotation opens there.
fn reported_after(chars: &[char], verb_end: usize, spans: &[(usize, usize)]) -> Option<(usize, usize)> {
    if !matches!(chars.get(verb_end), Some('，' | '：')) {
        return None;
    }
    let start = verb_end + 1;
    if matches!(chars.get(start), Some('“' | '‘')) || spans.iter().any(|&(o, _)| o == start) {
        return None;
    }
    // A quoted term inside (迈上“上升期”) is part of it; a quoted sentence is speech of its own.
    let mut j = start;
    let mut end = chars.len();
    while j < chars.len() {
        if let Some(&(o, c)) = spans.iter().find(|&&(o, _)| o == j) {
            if chars[o + 1..c.min(chars.len())].iter().any(|c| is_terminal(*c)) {
                end = j;
                break;
            }
            j = c + 1;
            continue;
        }
        if is_terminal(chars[j]) {
            end = j + 1;
            break;
        }
        j += 1;
    }
    (end > start + 4).then_some((start, end))
}

/// 进行了深入地介绍, 作了详细说明: after a light verb the speech verb is its object, a noun
/// naming the act; so it is after 的 or beside another noun of opinion (对…的意见建议). What
/// follows the comma is no one's words.
fn nominal_speech(clause: &[char]) -> bool {
    let lex = lexicon();
    let n = clause.len();
    let Some(v) =
        (n.saturating_sub(8)..n).find(|&v| lex.speech_verb_at(clause, v).is_some_and(|k| v + k == n))
    else {
        return false;
    };
    if (v > 0 && clause[v - 1] == '的') || clause[..v].ends_with(&['意', '见']) {
        return true;
    }
    // A manner before the verb (深入地, 详细) may stand between.
    (v.saturating_sub(4)..=v).any(|m| {
        let manner_ok = m == v || clause[v - 1] == '地' || clause[v - 1] == '的' || v - m <= 2;
        let before: String = clause[..m].iter().collect();
        manner_ok
            && ["进行了", "进行", "作了", "做了", "作出", "予以"]
                .iter()
                .any(|w| before.ends_with(w))
    })
}

/// Several people named one after another at the start of `clause`, joined by 、 和 与 及
/// (王德佳和刘鑫分别表示, 市长张明与企业负责人均表示, 杨军、赵超等嘉宾一致表示): each a named
/// person or a position, the list closed by 等 and a word for the group if it says one, or
/// ended by a preposition opening the predicate's phrase (姜超、钟永生|对…). Returns them,
/// where the list ends and whether it is doubtful (与 may mean "with").
fn speakers_listed(clause: &[char]) -> Option<(Vec<SpeakerNp>, usize, bool)> {
    let lex = lexicon();
    // 与 joins people (孙铁骑与各位企业家表示), or opens a phrase of company (王明与企业家
    // 座谈时表示): after it, a name that is no name (座谈时) makes the list doubtful, and callers
    // trust it only where no single speaker reads.
    let mut doubtful = false;
    let mut after_yu = false;
    let real_name = |np: &SpeakerNp| {
        np.name.as_deref().is_none_or(|n| {
            let c: Vec<char> = n.chars().collect();
            lex.name_at(&c, 0, c.len()) == Some(c.len())
        })
    };
    // A position alone must say whose it is (企业负责人, not 董事长 of 董事长、总经理王明).
    let person = |np: &SpeakerNp| {
        !np.pronoun
            && (np.name.is_some()
                || np
                    .role
                    .as_deref()
                    .is_some_and(|r| r.chars().count() > np.titles.iter().map(|t| t.chars().count()).sum()))
    };
    let mut items = Vec::new();
    let mut i = 0;
    loop {
        let rest = &clause[i..];
        // An item ends at a joining word, or at the 等 that closes the list, or at a
        // preposition opening the predicate's phrase (钟永生|对…表示欢迎).
        let item = (2..rest.len().min(24))
            .filter(|&k| {
                matches!(rest[k], '和' | '与' | '、' | '及' | '等')
                    || (!items.is_empty() && is_preposition(rest[k]))
            })
            .find_map(|k| {
                // A position with no name before 、 is one of the next person's (省委常委、
                // 副省长王明).
                let np = lex
                    .speaker_at_start(&rest[..k])
                    .filter(|np| np.len == k && person(np) && (np.name.is_some() || rest[k] != '、'))?;
                let closes_list = rest[k] == '等' || is_preposition(rest[k]) && rest[k] != '与';
                Some((np, closes_list))
            });
        match item {
            Some((np, closes_list)) => {
                doubtful |= after_yu && !real_name(&np);
                i += np.len;
                items.push(np);
                if closes_list {
                    break;
                }
                after_yu = clause[i] == '与';
                i += 1;
            }
            None => {
                let np = lex
                    .speaker_at_start(rest)
                    .filter(|np| person(np) && np.len < rest.len())?;
                doubtful |= after_yu && !real_name(&np);
                i += np.len;
                items.push(np);
                break;
            }
        }
    }
    if clause.get(i) == Some(&'等') {
        i += 1 + group_word_len(&clause[i + 1..]);
    }
    (items.len() >= 2).then_some((items, i, doubtful))
}

/// 市发改委和市商务局负责人分别表示: one position after several bodies, with 分别 or 各自 after
/// it, is each body's: one speaker per body (市发改委负责人, 市商务局负责人).
fn distributed(clause: &[char], np: SpeakerNp) -> Vec<SpeakerNp> {
    // (…公司|代表|分别表示: a word for a delegate may stand between the phrase and 分别.)
    let each = (np.len..clause.len().min(np.len + 5)).find(|&p| {
        ["分别", "各自"]
            .iter()
            .any(|w| clause[p..].iter().take(2).copied().eq(w.chars()))
    });
    let (Some(p), Some(role)) = (each, np.role.as_deref().filter(|_| np.name.is_none())) else {
        return vec![np];
    };
    // (据市发改委和…负责人分别介绍: the role starts after 据.)
    let from = usize::from(matches!(clause.first(), Some('据' | '據')));
    let whole = &clause[from.min(p)..p];
    // The shared position: the last one named, or what follows the bodies (…公司|代表).
    let role_len = role.chars().count().min(whole.len());
    let tail: Vec<char> = match np.titles.last() {
        Some(t) if role.ends_with(t.as_str()) && p == np.len => t.chars().collect(),
        _ => whole[role_len..].to_vec(),
    };
    let bodies = &whole[..whole.len() - tail.len()];
    // 、 and 及 part the bodies; 和 and 与 only after a body's name is complete (…镇和…公司,
    // not 市工业和信息化局, 住房和城乡建设局).
    let lex = lexicon();
    let mut chunks: Vec<&[char]> = Vec::new();
    let mut last = 0;
    for k in 0..bodies.len() {
        let parts = match bodies[k] {
            '、' | '及' => true,
            '和' | '与' => {
                lex.org_suffix_ending(bodies, k).is_some()
                    || k > 0 && matches!(bodies[k - 1], '镇' | '乡' | '区' | '县' | '市' | '旗' | '村')
            }
            _ => false,
        };
        if parts {
            chunks.push(&bodies[last..k]);
            last = k + 1;
        }
    }
    chunks.push(&bodies[last..]);
    if tail.is_empty() || chunks.len() < 2 || chunks.iter().any(|c| c.len() < 2) {
        return vec![np];
    }
    chunks
        .into_iter()
        .map(|c| {
            let mut r: String = c.iter().collect();
            r.extend(&tail);
            SpeakerNp {
                role: Some(r),
                titles: vec![tail.iter().collect()],
                ..np.clone()
            }
        })
        .collect()
}

/// The word for a group after 等 (等|嘉宾, 等|企业负责人): nouns only, up to six characters.
fn group_word_len(rest: &[char]) -> usize {
    let head: String = rest.iter().take(6).take_while(|c| is_han(**c)).collect();
    let j = crate::corpus::jieba();
    let mut n = 0;
    for t in j.tag(&head, false) {
        // (The segmenter tags 嘉宾 a place: any noun but a person's name.)
        if !(t.tag.starts_with('n') && t.tag != "nr") {
            break;
        }
        n += t.word.chars().count();
    }
    n
}

/// Whether a quotation speaks in the first person (我, 我们, 咱们): somebody's words, even
/// when the text does not say whose.
fn first_person(content: &[char]) -> bool {
    content.iter().any(|&c| c == '我' || c == '咱')
}

/// Speech opening the clause at `s` with its subject unsaid: `[并][adverbs] speech verb` then
/// a comma, a colon or content that is no courtesy (表示将…, not 表示热烈欢迎), after a comma;
/// or `希望` opening a sentence, which only goes on with speech before it (`wish`). Returns
/// where the speech starts, where to look for the subject (this sentence, or for a wish the
/// one before) and whether it is a wish.
fn unsaid_subject_speech(chars: &[char], s: usize, after_comma: bool) -> Option<(usize, usize, bool)> {
    let lex = lexicon();
    let v = s + lex.clause_lead_len(chars, s);
    if !after_comma {
        return chars[v..]
            .starts_with(&['希', '望'])
            .then(|| (v + 2, sentence_start_before(chars, s - 1), true));
    }
    let end = v + lex.speech_verb_at(chars, v)?;
    let start = match chars.get(end) {
        // A quotation after the comma is direct speech, found with the quotations.
        Some('，' | ',' | '：' | ':') => {
            Some(end + 1).filter(|&b| !matches!(chars.get(b), Some('“' | '「' | '"')))
        }
        Some(c) if is_clause_break(*c) => None,
        Some(_) => Some(end).filter(|&b| lex.content_follows(chars, v, b)),
        None => None,
    }?;
    Some((start, sentence_start_before(chars, s), false))
}

/// 丰县负责人介绍了县情。¶并表示，将…: speech opening a paragraph with its subject unsaid; the
/// subject is the last sentence's of the paragraph before (`earlier`: what was found before
/// this paragraph).
fn opening_unsaid_speech(
    para_ix: usize,
    id: &ParagraphId,
    chars: &[char],
    before: &Paragraph,
    earlier: &[Found],
) -> Vec<Found> {
    let Some((start, _, _)) = unsaid_subject_speech(chars, 0, true) else {
        return Vec::new();
    };
    let prev: Vec<char> = before.text.chars().collect();
    let from = prev
        .len()
        .checked_sub(1)
        .map_or(0, |e| sentence_start_before(&prev, e));
    let nps = sentence_subjects(&prev, from, prev.len(), &quotation_spans(&prev))
        .map(|(_, nps)| nps)
        .or_else(|| division_subject(&prev[from..]).map(|np| vec![np]))
        .or_else(|| {
            earlier
                .iter()
                .rev()
                .take_while(|g| g.para_ix + 1 == para_ix)
                .find(|g| g.mention && (g.np.name.is_some() || g.np.plural) && from <= g.start)
                .map(|g| vec![g.np.clone()])
        })
        .unwrap_or_default();
    nps.into_iter()
        .map(|np| {
            let mut f = reported(para_ix, id, chars, 0, np, start);
            f.via = Via::Subject;
            f
        })
        .filter(|f| f.end > f.start + 5)
        .collect()
}

/// The subject of the clauses from `from` to `before`: the last clause there that opens with a
/// named person, a pronoun, or a role phrase with no preposition in it (多家企业负责人, not
/// 会议由副市长). Returns where its clause starts and the speaker.
fn sentence_subject(
    chars: &[char],
    from: usize,
    before: usize,
    spans: &[(usize, usize)],
) -> Option<(usize, SpeakerNp)> {
    sentence_subjects(chars, from, before, spans).and_then(|(c, nps)| Some((c, nps.into_iter().next()?)))
}

/// As `sentence_subject`, with every person of a subject that lists several: joined in the
/// clause (姜超、钟永生对…表示欢迎，认为…) or each given a clause of their own before the one
/// with the predicate (…董事长卢继斌，…董事长王宇，…董事长谢学林先后致辞，…一致表示…).
fn sentence_subjects(
    chars: &[char],
    from: usize,
    before: usize,
    spans: &[(usize, usize)],
) -> Option<(usize, Vec<SpeakerNp>)> {
    let lex = lexicon();
    let starts: Vec<usize> = (from..before)
        .filter(|&j| j == from || matches!(chars[j - 1], '，' | ','))
        .filter(|&j| !spans.iter().any(|&(o, c)| o < j && j <= c))
        .collect();
    let clean = |np: &SpeakerNp| {
        np.name.is_some()
            || np.pronoun
            || np
                .role
                .as_deref()
                .is_some_and(|r| !r.chars().any(crate::extract::lexicon::is_preposition))
    };
    let (at, c, mut nps) = starts.iter().enumerate().rev().find_map(|(at, &c)| {
        let clause = trim_lead(clause_from(chars, c));
        if let Some((nps, end, false)) = speakers_listed(clause) {
            // What follows is the predicate, or a preposition's phrase before it (姜超、钟永生|
            // 对…表示欢迎).
            if end < clause.len() && (lex.predicate_strength(clause, end) > 0 || is_preposition(clause[end]))
            {
                return Some((at, c, nps));
            }
        }
        let np = lex.speaker_at_start(clause)?;
        (clean(&np) && np.len < clause.len()).then(|| (at, c, distributed(clause, np)))
    })?;
    // Clauses right before that are a named person and nothing else list more of the subject.
    for &b in starts[..at].iter().rev() {
        let clause = trim_lead(clause_from(chars, b));
        let Some(np) = lex
            .speaker_at_start(clause)
            .filter(|np| np.name.is_some() && np.len == clause.len())
        else {
            break;
        };
        nps.insert(0, np);
    }
    Some((c, nps))
}

/// 抚顺县感谢丰县…。¶同时表示，…: a county or a city that opens a sentence as the subject of
/// a verb speaks as one, through its delegation (a collective source named by the place).
fn division_subject(sentence: &[char]) -> Option<SpeakerNp> {
    let text: String = sentence.iter().collect();
    let hit = gazetteer()
        .find(&text, &|_| true)
        .into_iter()
        .find(|h| h.start == 0 && h.form == crate::extract::gazetteer::Form::Full)?;
    let verb: String = sentence.get(hit.end..hit.end + 2)?.iter().collect();
    let j = crate::corpus::jieba();
    let acts = j
        .tag(&verb, false)
        .first()
        .is_some_and(|t| t.tag == "v" && t.word == verb);
    acts.then(|| SpeakerNp {
        role: Some(sentence[..hit.end].iter().collect()),
        len: hit.end,
        ..SpeakerNp::default()
    })
}

/// A word of the segmenter's dictionary that is not a person's name (高质量, 李白 is nr).
fn is_dictionary_word(chars: &[char]) -> bool {
    let w: String = chars.iter().collect();
    let j = crate::corpus::jieba();
    j.has_word(&w) && !j.tag(&w, false).iter().any(|t| t.tag == "nr")
}

/// Whether a quotation holding a sentence opens at `at` (王明说，“我们……。”); a quoted
/// term there (强调，“十四五”期间……) begins reported speech instead.
fn opens_utterance(chars: &[char], spans: &[(usize, usize)], at: usize) -> bool {
    match spans.iter().find(|&&(o, _)| o == at) {
        Some(&(o, c)) => {
            let content = &chars[o + 1..c.min(chars.len())];
            content.iter().any(|c| is_terminal(*c)) || content.len() >= 8
        }
        None => false,
    }
}

/// Reported speech of `np` from `start` to the end of its sentence; `clause_start` is where
/// the speaker's clause opens (an organisation named before it is the speaker's).
fn reported(
    para_ix: usize,
    paragraph: &ParagraphId,
    chars: &[char],
    clause_start: usize,
    np: SpeakerNp,
    start: usize,
) -> Found {
    let end = sentence_end(chars, start);
    Found {
        para_ix,
        mention: false,
        paragraph: paragraph.clone(),
        context_org: lexicon().context_organization(chars, clause_start),
        np,
        via: Via::Reported,
        text: chars[start..end].iter().collect(),
        direct: false,
        start,
        end,
    }
}

struct Found {
    /// The paragraph's position in the article: a continuation must follow closely.
    para_ix: usize,
    /// Not speech: a person named as a sentence's subject (区长许军出席会议), who gives a
    /// later 他说 its speaker and a later bare 许军表示 its role.
    mention: bool,
    paragraph: ParagraphId,
    /// The last organisation named before the quote in its paragraph.
    context_org: Option<String>,
    np: SpeakerNp,
    via: Via,
    text: String,
    direct: bool,
    start: usize,
    end: usize,
}

/// 朝阳能环新能源科技有限公司副总经理闫建校：既可为…: a paragraph that opens with a named
/// speaker and a colon, and no quotation after it, transcribes what they said (an interview's
/// answers); the speech runs to the paragraph's end.
fn transcribed(para_ix: usize, id: &ParagraphId, chars: &[char], spans: &[(usize, usize)]) -> Option<Found> {
    // A speaker phrase is short: an organisation, a title and a name.
    let colon = chars.iter().take(40).position(|&c| matches!(c, '：' | ':'))?;
    let np = lexicon()
        .speaker_at_start(&chars[..colon])
        .filter(|np| np.len == colon)?;
    let said = colon + 1;
    let opens_quote = spans.iter().any(|&(o, _)| o == said);
    // A sentence, not more labels (初审: 复审: 终审:).
    let speech = !opens_quote && chars[said..].iter().filter(|&&c| is_han(c)).count() >= 8;
    (speech && np.name.is_some() && !np.pronoun).then(|| Found {
        para_ix,
        mention: false,
        paragraph: id.clone(),
        context_org: None,
        np,
        via: Via::Transcript,
        text: chars[said..].iter().collect(),
        direct: true,
        start: said,
        end: chars.len(),
    })
}

/// …成为中国第五大开放战略高地。¶ …副委员长韩启德在论坛上作如上表示: a phrase that gives the
/// speaker of what came before it makes the sentences before it in its paragraph — or the
/// paragraph before, when its sentence opens its own — that speaker's reported speech.
fn said_above(para_ix: usize, id: &ParagraphId, chars: &[char], before: Option<&Paragraph>) -> Option<Found> {
    let lex = lexicon();
    let end = (1..=chars.len()).find(|&e| {
        (e == chars.len() || is_terminal(chars[e])) && lex.backward_verb_ending(chars, e).is_some()
    })?;
    let verb = end - lex.backward_verb_ending(chars, end)?;
    let clause_start = clause_start_before(chars, verb);
    let clause = trim_lead(&chars[clause_start..verb]);
    let np = lex.speaker_at_start(clause)?;
    if np.pronoun || (np.name.is_none() && np.role.is_none()) {
        return None;
    }
    let sentence = sentence_start_before(chars, clause_start);
    let (ix, paragraph, text): (usize, ParagraphId, Vec<char>) = if sentence > 0 {
        (para_ix, id.clone(), chars[..sentence].to_vec())
    } else {
        let prev = before?;
        (para_ix - 1, prev.id.clone(), prev.text.chars().collect())
    };
    let start = newswire_lead_len(&text);
    (text.len() > start + 8).then(|| Found {
        para_ix: ix,
        mention: false,
        paragraph,
        context_org: None,
        np,
        via: Via::Reported,
        text: text[start..].iter().collect(),
        direct: false,
        start,
        end: text.len(),
    })
}

/// The length of a news agency's dateline opening a paragraph (中新社大连七月二十日电(记者 沈殿成),
/// 本报讯): what the reporter says, not the speaker.
fn newswire_lead_len(text: &[char]) -> usize {
    let head = &text[..text.len().min(40)];
    let Some(k) = (1..head.len())
        .find(|&k| matches!(head[k], '电' | '讯') && matches!(head[k - 1], '日' | '报' | '网' | '社'))
    else {
        return 0;
    };
    let mut at = k + 1;
    if matches!(text.get(at), Some('(' | '（')) {
        if let Some(close) = text[at..].iter().position(|&c| matches!(c, ')' | '）')) {
            at += close + 1;
        }
    }
    at
}

/// 巴音朝鲁说 after 吉林省委书记巴音朝鲁: a name the article has already given (as a speaker
/// or a subject after a position) opening a clause is that person, though the name has no
/// Chinese surname or more characters than one; the longest such name.
fn known_name_at<'a>(names: impl Iterator<Item = &'a str>, clause: &[char]) -> Option<SpeakerNp> {
    names
        .map(|n| n.chars().collect::<Vec<char>>())
        .filter(|n| n.len() >= 2 && clause.starts_with(n))
        .max_by_key(Vec::len)
        .map(|n| SpeakerNp {
            name: Some(n.iter().collect()),
            len: n.len(),
            ..SpeakerNp::default()
        })
}

/// The names that open clauses of a paragraph after a position (自治区主席其木格|出席…), with
/// where their clause starts: the names given so far when the paragraph goes on
/// (…。其木格说，…), before its subjects are collected.
fn names_at_clause_starts(chars: &[char], spans: &[(usize, usize)]) -> Vec<(usize, String)> {
    (0..chars.len())
        .filter(|&j| j == 0 || is_clause_break(chars[j - 1]))
        .filter(|&j| !spans.iter().any(|&(o, c)| o < j && j <= c))
        .filter_map(|j| {
            let np = lexicon().speaker_at_start(trim_lead(clause_from(chars, j)))?;
            Some((j, np.name?))
        })
        .collect()
}

/// Whether a speaker or subject found so far in the article has this name.
fn named_before(found: &[Found], name: &[char]) -> bool {
    found.iter().any(|f| {
        f.np.name
            .as_ref()
            .is_some_and(|n| n.chars().eq(name.iter().copied()))
    })
}

/// Quotes of one article, in reading order.
fn article_quotes(a: &Article, words: &Words) -> Vec<Found> {
    let lex = lexicon();
    let mut found = Vec::new();
    let paragraphs: Vec<&Paragraph> = a.paragraphs().collect();
    for (para_ix, &p) in paragraphs.iter().enumerate() {
        let chars: Vec<char> = p.text.chars().collect();
        let first = found.len();
        // Speech verbs already used to attribute a direct quote (“…”金小法表示，…).
        let mut used_verbs: Vec<usize> = Vec::new();
        // Quotations after a comma with no speaker of their own (see below).
        let mut closing: Vec<(usize, usize)> = Vec::new();
        let spans = quotation_spans(&chars);
        for &(open, close) in &spans {
            let content = &chars[open + 1..close.min(chars.len())];
            if content.is_empty() {
                continue;
            }
            let utterance = content.iter().any(|c| is_terminal(*c));
            let ends_sentence = close + 1 >= chars.len() || is_terminal(chars[close + 1]);
            let before = open.checked_sub(1).and_then(|j| match chars[j] {
                '：' | ':' => speaker_before_colon(&chars, j),
                '，' | ',' => speaker_before_comma(&chars, j),
                _ => speaker_before_verb(&chars, open, &spans),
            });
            // Introduced by its speaker, a quotation is speech even when it reads like a
            // list of slogans (用企业负责人的话说，“在这里投资，我们放心”).
            let by_colon = before.is_some();
            // …unless a person is named saying it after it (“…，…”，于文君道出了…).
            let said_by_a_person = || {
                close < chars.len()
                    && speaker_after(&chars, close, utterance)
                        .is_some_and(|(np, _, said)| said && np.name.is_some())
            };
            if !by_colon && is_slogan_list(content) && !said_by_a_person() {
                continue;
            }
            // 向“2011海外台商龙江行”参访团…: after a preposition a quotation names something, the
            // object's name or part of it; nobody says it.
            if !by_colon && open > 0 && crate::extract::lexicon::is_preposition(chars[open - 1]) {
                continue;
            }
            let mut follow_on = None;
            let np = before.or_else(|| {
                (close < chars.len())
                    .then(|| speaker_after(&chars, close, utterance))
                    .flatten()
                    .map(|(np, verb_end, said)| {
                        used_verbs.push(verb_end);
                        // Only a verb of speech goes on into reported speech.
                        if said {
                            follow_on = reported_after(&chars, verb_end, &spans);
                        }
                        (np, Via::SpeakerAfter)
                    })
            });
            // “…”赵宏利对…十分看好: a sentence said, then the person who has been speaking doing
            // something else: it was theirs. That person is named before it in the paragraph
            // with a speech verb (赵宏利说，…), or was the article's last speaker so far.
            let np = np.or_else(|| {
                if !utterance || close + 1 >= chars.len() {
                    return None;
                }
                let clause = clause_from(&chars, close + 1);
                let n = lex.name_at(clause, 0, clause.len())?;
                let name = &clause[..n];
                let said_here = (0..open.saturating_sub(n))
                    .any(|p| chars[p..p + n] == *name && lex.speech_end(&chars[..open], p + n).is_some());
                let spoke_last = found
                    .iter()
                    .rev()
                    .find(|f: &&Found| !f.mention)
                    .and_then(|f| f.np.name.as_deref())
                    .is_some_and(|s| s.chars().eq(name.iter().copied()));
                (said_here || spoke_last).then(|| (SpeakerNp::named(name, n), Via::SpeakerAfter))
            });
            let Some((np, via)) = np.or_else(|| {
                // A sentence in quotation marks on its own: perhaps the last speaker going on.
                // Someone speaking in the first person may also be cut off by the page, the
                // quotation left open to the paragraph's end.
                let cut_off = close >= chars.len() && content.len() >= 12 && first_person(content);
                let alone = (utterance || cut_off)
                    && content.len() >= 8
                    && (open == 0 || is_terminal(chars[open - 1]) || chars[open - 1] == '”')
                    && (close + 1 >= chars.len() || is_terminal(chars[close + 1]) || chars[close + 1] == '“');
                alone.then(|| (SpeakerNp::default(), Via::Continuation))
            }) else {
                // 姚力军表示，一年以来…，“要抓住…。”: a sentence in quotation marks closing a
                // sentence of reported speech is that speaker's, said in their words; whether
                // such speech runs up to it is known once reported speech has been read.
                // (Not words cited by the clause before: 正如总书记所强调的，“…”, 牢记嘱托，“…”.)
                let cited = open > 1 && {
                    let clause = &chars[clause_start_before(&chars, open - 1)..open - 1];
                    let text: String = clause.iter().collect();
                    clause.last() == Some(&'的')
                        || text.contains("正如")
                        || ["嘱托", "要求", "号召", "指示", "精神"]
                            .iter()
                            .any(|w| text.ends_with(w))
                };
                if utterance && ends_sentence && !cited && open > 0 && matches!(chars[open - 1], '，' | ',')
                {
                    closing.push((open, close.min(chars.len())));
                }
                continue;
            };
            // “……”王明说，下一步我们将……: what follows the verb is王明's too, reported.
            if let Some((start, end)) = follow_on {
                found.push(Found {
                    para_ix,
                    mention: false,
                    paragraph: p.id.clone(),
                    context_org: lex.context_organization(&chars, open),
                    np: np.clone(),
                    via: Via::FollowOn,
                    text: chars[start..end].iter().collect(),
                    direct: false,
                    start,
                    end,
                });
            }
            // A short phrase without a sentence in it is a term unless a colon introduces it:
            // 强调，“十四五”期间… is reported speech that starts with a quoted term.
            let by_colon_mark = open > 0 && matches!(chars[open - 1], '：' | ':');
            // 直言“活动太丰富了”。: after its speaker's verb a quotation that ends the sentence and
            // reads as speech (a particle that ends spoken sentences, the first person) is what
            // was said — not a term (强调“三个一”).
            let spoken =
                content.last().is_some_and(|c| "了啊呀吧呢嘛啦哇".contains(*c)) || first_person(content);
            if !utterance && content.len() < 8 && !(by_colon && (by_colon_mark || (ends_sentence && spoken)))
            {
                continue;
            }
            found.push(Found {
                para_ix,
                mention: false,
                paragraph: p.id.clone(),
                context_org: lex.context_organization(&chars, open),
                np,
                via,
                text: content.iter().collect(),
                direct: true,
                start: open + 1,
                end: close.min(chars.len()),
            });
        }
        if let Some(f) = transcribed(para_ix, &p.id, &chars, &spans) {
            found.push(f);
        }
        let before = para_ix.checked_sub(1).map(|i| paragraphs[i]);
        if let Some(f) = said_above(para_ix, &p.id, &chars, before) {
            found.push(f);
        }
        let bounds = words.paragraph(para_ix);
        // Names given earlier in this paragraph, read once when a clause needs them.
        let mut paragraph_names: Option<Vec<(usize, String)>> = None;
        // Reported speech: a clause that is a speaker phrase, [an adverbial,] a speech verb,
        // then a comma — unless a quotation opens right after it (that is direct speech).
        for after in 0..chars.len() {
            // Only where a speech verb ends (the other tests ask more of every character).
            // Or where a comma closes a clause with a verb that addresses people (叮嘱…负责人，).
            let addressed = || {
                matches!(chars[after], '，' | ',')
                    && lex.has_addressing_verb(&chars, clause_start_before(&chars, after), after)
            };
            if !(lex.may_end_speech(&chars, after) || addressed()) {
                continue;
            }
            // 刘华杰会长表示：近期将…: a colon not followed by a quotation introduces reported
            // speech as a comma does.
            // 各签约企业纷纷表示要在…: a modal opens the content right after the verb; so does
            // a clause after a verb that takes one (黄燕明称吉林省…), where a word ends.
            let punct = matches!(chars[after], '，' | ',' | '：' | ':');
            let modal = !punct
                && (lex.opens_report(&chars, after)
                    || bounds.contains(&after)
                        && lex
                            .clausal_verb_before(&chars, after)
                            .is_some_and(|v| lex.content_follows(&chars, v, after)));
            if !(punct || modal)
                || spans.iter().any(|&(o, c)| o < after && after < c)
                || used_verbs.contains(&after)
                || opens_utterance(&chars, &spans, after + 1)
                // 王明直言“…”: a quotation right after the verb is direct speech.
                || (!punct && spans.iter().any(|&(o, _)| o == after))
            {
                continue;
            }
            // …的地域优势。 刘磊表示: a space the page left between sentences opens no speaker.
            let clause_start = clause_start_before(&chars, after);
            let clause_start =
                clause_start + (chars.len() - clause_start - trim_lead(&chars[clause_start..]).len());
            let clause = &chars[clause_start..after.max(clause_start)];
            if nominal_speech(clause) {
                continue;
            }
            let speaks_from = |end: usize| {
                end < clause.len()
                    && (lex.speech_end(clause, end) == Some(clause.len())
                        || punct && lex.addresses_to_end(clause, end))
            };
            let speaks = |np: &SpeakerNp| speaks_from(np.len);
            // 王德佳和刘鑫分别表示: several speakers of the same words, read before one phrase
            // (前杨镇代表和…公司代表分别表示 is two people, not one position).
            let listed = speakers_listed(clause).filter(|&(_, end, _)| speaks_from(end));
            let mut np = || {
                lex.speaker_at_start(clause).filter(speaks).or_else(|| {
                    let here = paragraph_names.get_or_insert_with(|| names_at_clause_starts(&chars, &spans));
                    let names = found.iter().filter_map(|f| f.np.name.as_deref()).chain(
                        here.iter()
                            .filter(|(at, _)| *at < clause_start)
                            .map(|(_, n)| n.as_str()),
                    );
                    known_name_at(names, clause).filter(speaks)
                })
            };
            let nps = match listed {
                Some((nps, _, false)) => nps,
                Some((nps, _, true)) => match np() {
                    Some(np) => distributed(clause, np),
                    None => nps,
                },
                None => np().into_iter().flat_map(|np| distributed(clause, np)).collect(),
            };
            for np in nps {
                let f = reported(
                    para_ix,
                    &p.id,
                    &chars,
                    clause_start,
                    np,
                    after + usize::from(!modal),
                );
                if f.end > f.start + 4 {
                    found.push(f);
                }
            }
        }
        // People named as the subject of a sentence, for 他说 and roles given earlier.
        for s in (0..chars.len()).filter(|&j| j == 0 || is_clause_break(chars[j - 1])) {
            if spans.iter().any(|&(o, c)| o < s && s <= c) {
                continue;
            }
            let clause = clause_from(&chars, s);
            let shifted = |b: usize| bounds.contains(&(b + s));
            // 李岩在致辞中代表…向…各级领导…表示感谢: a position after a preposition is an
            // object's, not the subject's; the subject is the name that opens the clause.
            // A bare name that is the whole clause has no predicate: no subject (…交流会」|时说,).
            let subject_np = lex
                .speaker_at_start(clause)
                .filter(|np| !(np.role.is_none() && !np.pronoun && np.len >= clause.len()));
            let subject_np = subject_np.filter(|np| {
                np.name.is_some()
                    || np.pronoun
                    || !np
                        .role
                        .as_deref()
                        .is_some_and(|r| r.chars().any(crate::extract::lexicon::is_preposition))
            });
            // 巴音朝鲁代表省委…: a name the article has given (吉林省委书记巴音朝鲁) opens the
            // clause, though it has no Chinese surname.
            let known = {
                let here = paragraph_names.get_or_insert_with(|| names_at_clause_starts(&chars, &spans));
                let names = found
                    .iter()
                    .filter_map(|f| f.np.name.as_deref())
                    .chain(here.iter().filter(|(at, _)| *at < s).map(|(_, n)| n.as_str()));
                known_name_at(names, clause).filter(|k| {
                    k.len < clause.len()
                        && subject_np.as_ref().is_none_or(|np| {
                            !np.pronoun && np.name.as_ref().is_none_or(|n| n.chars().count() < k.len)
                        })
                })
            };
            let np = match known.or(subject_np) {
                Some(np) if np.pronoun => None,
                Some(np) if np.name.is_some() => Some(np),
                // 区长|许军|出席会议: the name the segmenter closes after a role.
                Some(mut np) => lex.name_by_words(clause, np.len, &shifted).map(|n| {
                    np.name = Some(clause[np.len..np.len + n].iter().collect());
                    np.len += n;
                    np
                }),
                // 孙喆|仔细倾听: a bare name, when it is no word of the dictionary (高质量) and
                // does not open with a preposition that is also a surname (向周朋举一行…).
                None if "向于和与从同跟".contains(clause.first().copied().unwrap_or(' ')) => None,
                // Nor a clause opening with a conjunction or an adverb (但两地人民…).
                None if "但而并且又也还就却".contains(clause.first().copied().unwrap_or(' ')) => {
                    None
                }
                // Nor two places abbreviated (吉港两地, 中俄两国), a place (吉林|与香港), or a
                // conjunction and a pronoun (但这是…).
                // A name that is also a word (单义) is a name once the article has found that
                // name as a speaker or a subject before (市委书记单义率团…).
                None => lex
                    .transliterated_subject(clause)
                    .or_else(|| lex.name_by_words(clause, 0, &shifted))
                    .filter(|&n| {
                        n < clause.len()
                            && is_han(clause[n])
                            && (!is_dictionary_word(&clause[..n]) || named_before(&found, &clause[..n]))
                    })
                    .filter(|&n| {
                        !matches!(
                            clause[n..],
                            ['两' | '双', '地' | '国' | '省' | '市' | '岸' | '方', ..]
                        )
                    })
                    .filter(|&n| {
                        !clause[1..n]
                            .iter()
                            .any(|c| "这那其此该是的了和与或而".contains(*c))
                    })
                    .filter(|&n| {
                        !gazetteer()
                            .find(&clause[..n].iter().collect::<String>(), &|_| true)
                            .iter()
                            .any(|h| h.start == 0 && h.end >= 2)
                    })
                    .map(|n| SpeakerNp {
                        name: Some(clause[..n].iter().collect()),
                        role: None,
                        titles: Vec::new(),
                        pronoun: false,
                        plural: false,
                        len: n,
                    }),
            };
            // 考察团对…给予充分肯定, …12家签约企业相关负责人分别介绍了…: a group as subject, for
            // 他们 and 大家 to refer back to (a mention marked plural).
            let np = np.or_else(|| {
                let n = lex.group_at_start(clause)?;
                Some(SpeakerNp {
                    role: Some(clause[..n].iter().collect()),
                    plural: true,
                    len: n,
                    ..SpeakerNp::default()
                })
            });
            if let Some(np) = np {
                found.push(Found {
                    para_ix,
                    mention: true,
                    paragraph: p.id.clone(),
                    context_org: None,
                    np,
                    via: Via::Reported,
                    text: String::new(),
                    direct: false,
                    start: s,
                    end: s,
                });
            }
        }
        // Speech whose subject is the sentence's, unsaid (姜有为会见了…，表示将…). A wish is
        // speech only where a speech verb governs it (王君正表示，…。希望大家…): 希望 with no
        // reporting verb is not (肖明介绍了…，希望企业家们…; 姜有为希望企业…).
        // A paragraph may open with it too (…介绍了县情。¶并表示，将…).
        let opens = para_ix > 0 && !chars.is_empty() && !spans.iter().any(|&(o, _)| o == 0);
        if opens {
            let fs = opening_unsaid_speech(para_ix, &p.id, &chars, paragraphs[para_ix - 1], &found[..first]);
            found.extend(fs);
        }
        for s in 1..chars.len() {
            let after_comma = matches!(chars[s - 1], '，' | ',');
            if !(after_comma || is_terminal(chars[s - 1])) || spans.iter().any(|&(o, c)| o <= s && s <= c) {
                continue;
            }
            let Some((start, subject_from, wish)) = unsaid_subject_speech(&chars, s, after_comma) else {
                continue;
            };
            // A wish opening a sentence after speech goes on with that speech (王君正表示，…。
            // 希望大家…), unless someone else has been named since.
            let before = found[first..]
                .iter()
                .enumerate()
                .filter(|(_, g)| !g.mention && g.end <= s)
                .max_by_key(|(_, g)| g.end)
                .map(|(i, _)| first + i);
            if let Some(i) = before.filter(|_| wish) {
                let prev = &found[i];
                let someone_else = found[first..].iter().any(|g| {
                    g.mention
                        && prev.end <= g.start
                        && g.start < s
                        && (g.np.name.is_none() || g.np.name != prev.np.name)
                });
                if someone_else {
                    continue;
                }
                let end = sentence_end(&chars, s);
                if prev.direct {
                    let mut f = reported(para_ix, &p.id, &chars, s, prev.np.clone(), start);
                    f.via = Via::Subject;
                    f.context_org = prev.context_org.clone();
                    found.push(f);
                } else {
                    let prev = &mut found[i];
                    prev.text = chars[prev.start..end].iter().collect();
                    prev.end = end;
                }
                continue;
            }
            // A wish with no speech before it is nobody's words.
            if wish {
                continue;
            }
            // Else a person named as the subject of a clause before (智新富对…很满意，表示要…),
            // as the mentions found them.
            let subject = sentence_subjects(&chars, subject_from, s, &spans).or_else(|| {
                found[first..]
                    .iter()
                    .rev()
                    // 台商们加深了…了解，更由衷感叹，…: a group may be the subject too.
                    .find(|g| {
                        g.mention
                            && (g.np.name.is_some() || g.np.plural)
                            && subject_from <= g.start
                            && g.start < s
                    })
                    .map(|g| (g.start, vec![g.np.clone()]))
            });
            let Some((clause_start, nps)) = subject else {
                continue;
            };
            // Speech found before for these words holds them already (the subjects listed
            // share them).
            let said = found[first..]
                .iter()
                .any(|g: &Found| !g.mention && g.start <= start && start < g.end);
            for np in nps {
                let mut f = reported(para_ix, &p.id, &chars, clause_start, np, start);
                f.via = Via::Subject;
                if f.end > f.start + 5 && !said {
                    found.push(f);
                }
            }
        }
        for (open, close) in closing {
            let Some(i) = (first..found.len())
                .find(|&i| !found[i].mention && found[i].start < open && open <= found[i].end)
            else {
                continue;
            };
            let report = &mut found[i];
            report.end = open;
            report.text = chars[report.start..open].iter().collect();
            found.push(Found {
                para_ix,
                mention: false,
                paragraph: p.id.clone(),
                context_org: lex.context_organization(&chars, open),
                np: SpeakerNp::default(),
                via: Via::Continuation,
                text: chars[open + 1..close].iter().collect(),
                direct: true,
                start: open + 1,
                end: close,
            });
        }
        // Direct and reported speech were found in separate passes; keep reading order.
        found[first..].sort_by_key(|f: &Found| f.start);
    }
    found
}

/// The organisation in a role phrase: what stands before the first position word
/// (长春市铭洋商贸产业园总经理 → 长春市铭洋商贸产业园).
fn organizations_of(role: &str, titles: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = role;
    for t in titles {
        if let Some(pos) = rest.find(t.as_str()) {
            let org = lexicon().trim_to_organization(rest[..pos].trim_matches(['、', ' ']));
            if org.chars().count() >= 2 {
                out.push(org);
            }
            rest = &rest[pos + t.len()..];
        }
    }
    out
}

/// The district a role speaks for (宽城区副区长 → 宽城区), if it names one.
fn county_in(role: &str) -> Option<String> {
    let g = gazetteer();
    g.find(role, &|_| true)
        .into_iter()
        .flat_map(|h| h.candidates)
        .find(|&d| g.divisions[d].level == Level::County)
        .map(|d| g.divisions[d].name.clone())
}

/// Quotes of one article. Within it, 周凯说 takes the role given at 周凯's first mention, and
/// 他 is the last named speaker. `focus` is the article's region.
pub fn article(a: &Article, focus: Option<String>, words: &Words) -> Vec<Quote> {
    let mut quotes: Vec<Quote> = Vec::new();
    let mut known: HashMap<String, (Option<String>, Vec<String>)> = HashMap::new();
    let mut last_named: Option<String> = None;
    let mut last_org: Option<String> = None;
    // The last quote and its paragraph, while nobody else has been named since.
    let mut last_quote: Option<(usize, usize)> = None;
    // The last group named as a subject (考察团, 12家签约企业相关负责人), for 他们 and 大家.
    let mut last_group: Option<String> = None;
    // Read only when a surname with a title needs it.
    let mut named: Option<Vec<NamedAt>> = None;
    for f in article_quotes(a, words) {
        if f.via == Via::Continuation {
            let prev = last_quote
                .filter(|&(px, _)| f.para_ix <= px + 1)
                .map(|(_, i)| quotes[i].clone());
            // Nobody to go on from: first-person words stay a quote of nobody named.
            let Some(prev) = prev.or_else(|| {
                let chars: Vec<char> = f.text.chars().collect();
                first_person(&chars).then(|| Quote {
                    id: String::new(),
                    article: a.id.clone(),
                    paragraph: f.paragraph.clone(),
                    speaker: None,
                    role: None,
                    organization: None,
                    organizations: Vec::new(),
                    region: focus.clone(),
                    text: String::new(),
                    direct: true,
                    span: Span {
                        paragraph: f.paragraph.clone(),
                        start: f.start,
                        end: f.end,
                    },
                    via: Via::Unattributed,
                })
            }) else {
                continue;
            };
            let via = if prev.via == Via::Unattributed {
                Via::Unattributed
            } else {
                Via::Continuation
            };
            last_quote = Some((f.para_ix, quotes.len()));
            quotes.push(Quote {
                id: format!("{}#q{}", a.id, quotes.len() + 1),
                paragraph: f.paragraph.clone(),
                text: f.text,
                direct: true,
                span: Span {
                    paragraph: f.paragraph,
                    start: f.start,
                    end: f.end,
                },
                via,
                ..prev
            });
            continue;
        }
        let mut name = f.np.name.clone();
        let mut role = f.np.role.clone();
        let mut titles = f.np.titles.clone();
        if f.mention && f.np.plural {
            last_group = role;
            continue;
        }
        if f.np.pronoun && f.np.plural {
            role = last_group.clone();
            if role.is_none() {
                continue;
            }
        } else if f.np.pronoun {
            name = last_named.clone();
            if name.is_none() {
                continue;
            }
        } else if let Some(prev) = role
            .as_deref()
            .filter(|_| name.is_none())
            .and_then(|r| referred_back(r, &quotes))
        {
            // 该负责人说 after 某公司相关负责人说: the one who spoke before with that role.
            name = prev.speaker.clone();
            role = prev.role.clone();
        } else if let Some((nm, r)) = role
            .as_deref()
            .filter(|_| name.is_none())
            .and_then(|r| surname_and_title(r, &known))
        {
            // 孟书记 after 市委书记孟宪东: a surname with a title is the person named before.
            name = Some(nm);
            role = r;
        } else if let Some((nm, r)) = role.as_deref().filter(|_| name.is_none()).and_then(|r| {
            let before = named
                .get_or_insert_with(|| named_after_positions(a))
                .iter()
                .filter(|p| (p.para_ix, p.at) < (f.para_ix, f.start))
                .map(|p| {
                    (
                        p.name.clone(),
                        (Some(p.position.clone()), vec![p.position.clone()]),
                    )
                });
            surname_and_title(r, &before.collect())
        }) {
            // 包副总裁 after 会见了…副总裁包鑫磊: or the person named after a position anywhere
            // before, speaker or not.
            name = Some(nm);
            role = r;
        } else if name.is_none() && role.is_some() && !f.mention {
            // 企业表示…。他们还表示…: a group that spoke is one to refer back to.
            last_group = role.clone();
        }
        // 王海涛局长说 after 区商务局局长王海涛: the full role of the first mention.
        let bare_title = role
            .as_ref()
            .is_some_and(|r| titles.len() == 1 && titles[0] == *r);
        if let Some(nm) = &name {
            match known.get(nm) {
                Some((r, t)) if role.is_none() || (bare_title && r.is_some()) => {
                    role = r.clone();
                    titles = t.clone();
                }
                _ => {
                    known.insert(nm.clone(), (role.clone(), titles.clone()));
                }
            }
            last_named = Some(nm.clone());
        }
        if f.mention {
            let same =
                last_quote.is_some_and(|(_, i)| quotes[i].speaker.is_some() && quotes[i].speaker == name);
            if !same {
                last_quote = None;
            }
            continue;
        }
        let mut orgs = role
            .as_deref()
            .map(|r| organizations_of(r, &titles))
            .unwrap_or_default();
        // 公司负责人: which company the text has just named.
        if orgs.first().is_some_and(|o| lexicon().is_generic_organization(o)) {
            if let Some(named) = f.context_org.clone().or_else(|| last_org.clone()) {
                orgs[0] = named;
            }
        }
        if let Some(o) = orgs.first().filter(|o| !lexicon().is_generic_organization(o)) {
            last_org = Some(o.clone());
        }
        let region = role.as_deref().and_then(county_in).or_else(|| focus.clone());
        last_quote = Some((f.para_ix, quotes.len()));
        quotes.push(Quote {
            id: format!("{}#q{}", a.id, quotes.len() + 1),
            article: a.id.clone(),
            paragraph: f.paragraph.clone(),
            speaker: name,
            role,
            organization: orgs.first().cloned(),
            organizations: orgs,
            region,
            text: f.text,
            direct: f.direct,
            span: Span {
                paragraph: f.paragraph,
                start: f.start,
                end: f.end,
            },
            via: if f.np.pronoun { Via::Pronoun } else { f.via },
        });
    }
    quotes
}

/// A person named right after a position (…集团副总裁包鑫磊), where the article names them.
struct NamedAt {
    para_ix: usize,
    at: usize,
    name: String,
    position: String,
}

/// People named right after a position anywhere in the article (会见了…集团副总裁包鑫磊、…):
/// for a later 包副总裁.
fn named_after_positions(a: &Article) -> Vec<NamedAt> {
    let lex = lexicon();
    let mut out = Vec::new();
    for (para_ix, p) in a.paragraphs().enumerate() {
        let chars: Vec<char> = p.text.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let Some(n) = lex.role_at(&chars, i) else {
                i += 1;
                continue;
            };
            let j = i + n;
            // The name runs to the next mark of a list or a clause (…包鑫磊、…).
            let stop = (j..chars.len().min(j + 4))
                .find(|&k| matches!(chars[k], '、' | '，' | '。' | '；' | '：' | '）'))
                .unwrap_or(chars.len());
            if (2..=3).contains(&(stop - j)) && lex.name_at(&chars, j, stop) == Some(stop - j) {
                out.push(NamedAt {
                    para_ix,
                    at: i,
                    name: chars[j..stop].iter().collect(),
                    position: chars[i..j].iter().collect(),
                });
            }
            i = j;
        }
    }
    out
}

/// 孟书记, 王市长: a surname and a title refer to the person named before with that surname and
/// a role holding the title. The name and the role as first given.
fn surname_and_title(
    role: &str,
    known: &HashMap<String, (Option<String>, Vec<String>)>,
) -> Option<(String, Option<String>)> {
    let mut cs = role.chars();
    let surname = cs.next()?;
    let title: String = cs.collect();
    if title.chars().count() < 2 {
        return None;
    }
    let mut hits = known
        .iter()
        .filter(|(n, (r, _))| n.starts_with(surname) && r.as_deref().is_some_and(|r| r.ends_with(&title)));
    let (n, (r, _)) = hits.next()?;
    // Only one such person: two 王 who are both 市长 leave it open.
    hits.next().is_none().then(|| (n.clone(), r.clone()))
}

/// 该负责人, 这位负责人: a role referred back to with a demonstrative is the last speaker
/// quoted with that role (吉林某公司相关负责人).
fn referred_back<'q>(role: &str, quotes: &'q [Quote]) -> Option<&'q Quote> {
    let rest = ["该", "這位", "这位", "此"]
        .iter()
        .find_map(|d| role.strip_prefix(d))
        .filter(|r| r.chars().count() >= 2)?;
    quotes
        .iter()
        .rev()
        .find(|q| q.role.as_deref().is_some_and(|r| r.ends_with(rest) && r != role))
}

/// One entry per named person (a name, and its region or an organisation in common), with
/// every role, organisation, region and quote.
pub fn people(quotes: &[Quote]) -> Vec<Person> {
    let mut people: Vec<Person> = Vec::new();
    let mut by_name: HashMap<&str, Vec<usize>> = HashMap::new();
    for q in quotes {
        let Some(nm) = q.speaker.as_deref() else { continue };
        let same = by_name.entry(nm).or_default();
        let found = same.iter().copied().find(|&i| same_person(&people[i], q));
        let idx = match found {
            Some(i) => i,
            None => {
                people.push(Person {
                    name: nm.to_owned(),
                    roles: Vec::new(),
                    organizations: Vec::new(),
                    regions: Vec::new(),
                    quotes: Vec::new(),
                    articles: Vec::new(),
                });
                same.push(people.len() - 1);
                people.len() - 1
            }
        };
        let p = &mut people[idx];
        if let Some(r) = q.role.as_ref().filter(|r| !p.roles.contains(r)) {
            p.roles.push(r.clone());
        }
        for o in &q.organizations {
            if !p.organizations.contains(o) {
                p.organizations.push(o.clone());
            }
        }
        if let Some(r) = q.region.as_ref().filter(|r| !p.regions.contains(r)) {
            p.regions.push(r.clone());
        }
        p.quotes.push(q.id.clone());
        if p.articles.last() != Some(&q.article) {
            p.articles.push(q.article.clone());
        }
    }
    people
}

/// A quote's speaker is this person (the names already agree) when the region or an
/// organisation agrees, or when either side gives neither: 李强 副县长 of 梨树县 and 李强 of a
/// 九台区 company are two people of one name.
fn same_person(p: &Person, q: &Quote) -> bool {
    let bare_quote = q.region.is_none() && q.organizations.is_empty();
    let bare_person = p.regions.is_empty() && p.organizations.is_empty();
    bare_quote
        || bare_person
        || q.region.as_ref().is_some_and(|r| p.regions.contains(r))
        || q.organizations.iter().any(|o| p.organizations.contains(o))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::load_text;

    /// Quotes as the pipeline finds them: on the folded article, restored as written.
    fn quotes(text: &str) -> Vec<Quote> {
        let arts = load_text("t.txt", "t", &format!("标题\n\n本报记者 张三\n\n{text}\n"));
        arts.iter()
            .flat_map(|a| crate::extract::article(a).quotes)
            .collect()
    }

    #[test]
    fn a_paragraph_opening_with_the_verb_goes_on_from_the_subject_before() {
        for (text, speaker) in [
            (
                "东岭县负责人介绍了县情和经济发展情况。\n\n并表示，将进一步加强两县之间的合作。",
                (None, Some("东岭县负责人"), false),
            ),
            (
                "副县长王立新介绍了园区情况。\n\n同时表示，欢迎更多企业来县里投资兴业。",
                (Some("王立新"), Some("副县长"), false),
            ),
        ] {
            let q = quotes(text);
            assert_eq!(q.len(), 1, "{text}: {q:?}");
            assert_eq!(who(&q[0]), speaker, "{text}");
        }
        // A county that acts as the subject speaks through its delegation.
        let q = quotes(
            "梨树县感谢东岭县对梨树县发展的大力支持。\n\n同时表示，东岭县产业基础稳固，为梨树县树立了榜样。",
        );
        assert_eq!(who(&q[0]), (None, Some("梨树县"), false), "{q:?}");
        // Not a paragraph of its own's verb with nobody before it.
        assert!(quotes("并表示，将进一步加强两县之间的合作。").is_empty());
    }

    #[test]
    fn he_says_after_a_known_name_without_a_surname() {
        let q = quotes(
            "区委书记乌兰图雅，区长张明会见了代表团一行。\n\n乌兰图雅代表区委、区政府对代表团一行表示欢迎。他说，双方合作空间广阔，前景美好。",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].speaker.as_deref(), Some("乌兰图雅"));
    }

    #[test]
    fn a_frame_of_place_or_time_between_a_quotation_and_its_speaker() {
        let q = quotes("“能参加此次活动并作为企业代表发言，感到分外荣光。”活动现场，东岭热泵生产基地项目负责人赵明表示。");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].speaker.as_deref(), Some("赵明"));
        // Without a verb of speech the frame leaves the quotation unattributed.
        let q = quotes("“能参加此次活动，感到分外荣光。”会上，项目负责人满怀期待。");
        assert!(q.iter().all(|q| q.role.as_deref() != Some("项目负责人")), "{q:?}");
        // A date and a frame, one after the other.
        let q = quotes(
            "“我是看好了这里的资源优势！”8月8日，在与该县签约后，公司负责人王明坦言，落户这里大有裨益。",
        );
        assert_eq!(q.len(), 2, "{q:?}");
        assert!(q.iter().all(|q| q.speaker.as_deref() == Some("王明")), "{q:?}");
    }

    #[test]
    fn acts_and_manners_before_the_verb_staff_and_companies_as_sources() {
        // An act ending in 后 or 时 before the verb, with no preposition.
        let q = quotes("陈晓光视察后表示，产业集中区雏形已初步形成。");
        assert_eq!(q[0].speaker.as_deref(), Some("陈晓光"));
        // 一句话道出: how briefly it was said.
        let q = quotes("“路不铺，水不通，简直是笑话！”县经委副主任胡义英一句话道出了其中的道理。");
        assert_eq!(q[0].speaker.as_deref(), Some("胡义英"));
        // A chief engineer after 据; staff named by the body they work for.
        let q = quotes("“项目已具备验收条件。”据铁路工程公司项目总工安玉波介绍，该项目总投资1.84亿元。");
        assert_eq!(q.len(), 2, "{q:?}");
        assert!(q.iter().all(|q| q.speaker.as_deref() == Some("安玉波")), "{q:?}");
        let q = quotes("“項目分兩期建設。”施工單位人員介紹，目前項目已完成主體工程。");
        assert_eq!(q.len(), 2, "{q:?}");
        assert!(
            q.iter().all(|q| q.role.as_deref() == Some("施工單位人員")),
            "{q:?}"
        );
        // A company speaks as one; a name before 集团 is the company's.
        let q = quotes("鲁花集团对在我市投资很有意愿，并表示将尽快组织团队来我市考察。");
        assert_eq!(who(&q[0]), (None, Some("鲁花集团"), false));
        // 表示出…意愿 shows something; nobody speaks.
        assert!(quotes("两家能源公司对投资环境给予了肯定，并表示出较强烈的投资意愿。").is_empty());
    }

    #[test]
    fn names_before_other_predicates_joined_titles_and_subjects_for_pronouns() {
        // A name after a position, then an adverb and a predicate that is no speech verb.
        let q = quotes("“我们看重这里的交通条件。”旺旺集团基金会总经理赵宏利再次来到吉林，向记者讲起原因。");
        assert_eq!(q[0].speaker.as_deref(), Some("赵宏利"));
        // A sentence said, then a person named before doing something else: theirs.
        let q = quotes(
            "赵宏利说，公司在长春建厂。“这家公司最初的年产值是5000万元。”赵宏利对企业的发展十分看好。",
        );
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[1].speaker.as_deref(), Some("赵宏利"));
        assert!(quotes("“这家公司最初的年产值是5000万元。”赵宏利对企业的发展十分看好。").is_empty());
        // Not someone named before who has not spoken: the words go on from the last speaker.
        let q = quotes("市长王明、董事长李华出席仪式。李华在致辞中表示，公司将加大投资。“我们将把这里建成一流的生产基地。”王明为项目揭牌。");
        assert!(q.iter().all(|q| q.speaker.as_deref() != Some("王明")), "{q:?}");
        // 兼 joins two positions; the subject is then the one 他 refers to.
        let q = quotes("赵宏利说，公司在长春建厂。医疗科技股份有限公司董事兼副总经理曾冠凯第一次到访吉林省。他表示，企业有望拓展东北市场。");
        assert_eq!(q.last().and_then(|q| q.speaker.as_deref()), Some("曾冠凯"));
        // 部署 after a position is a verb, 和 a conjunction, 着重 a word, 表示出口 speech.
        let q = quotes("“要把项目建设作为头等大事。”县委书记部署全年工作时强调。");
        assert_eq!(who(&q[0]), (None, Some("县委书记"), true));
        let q = quotes("省商务厅和李明处长表示，将加快推进项目建设。");
        assert!(q[0].speaker.as_deref() != Some("和李明"), "{q:?}");
        let q = quotes("“要加快项目建设。”市长王明华着重强调。");
        assert!(q[0].speaker.as_deref() != Some("王明"), "{q:?}");
        assert_eq!(quotes("海关负责人表示出口形势稳中向好。").len(), 1);
        // 简要地 is an adverb, not a name.
        let q = quotes("修文成会长表示热烈欢迎，随后，简要地介绍了商会的基本情况。他说：“商会自成立以来，一直受到关注。”");
        assert_eq!(q[0].speaker.as_deref(), Some("修文成"));
        // An organisation, a name the segmenter cut (张/安顺), a title.
        let q = quotes("会上，通化市委张安顺书记发表了致辞。他强调，通化始终把投资拉动作为主战略。");
        assert_eq!(who(&q[0]), (Some("张安顺"), Some("通化市委书记"), false));
        // A topic frame after a quotation, and an idiom of speaking.
        let q = quotes(
            "“同江拥有百年口岸，对俄贸易前景广阔。”提起同江优势，牧业有限公司执行董事兼总经理崔兴如数家珍。",
        );
        assert_eq!(q[0].speaker.as_deref(), Some("崔兴"));
        // A group modified by a verb with 的; its head is the last group word.
        let q =
            quotes("会后，与会的香港商界人士对合作产生了浓厚的兴趣。他们表示，满洲里是欧亚大陆桥的桥头堡。");
        assert_eq!(who(&q[0]), (None, Some("与会的香港商界人士"), false));
        // A department (经理部) inside the role; a transliterated name in a list of people;
        // no name holds a pronoun (来|我省).
        let q = quotes("据石化东区项目经理部施工经理卢思屹介绍，项目预计4月30日全面中交。");
        assert_eq!(q[0].speaker.as_deref(), Some("卢思屹"));
        let q = quotes("省委书记巴音朝鲁、省长景俊海会见了代表团。巴音朝鲁代表省委欢迎各位企业家来我省参观。他说，吉林非常重视经贸往来。");
        assert_eq!(q[0].speaker.as_deref(), Some("巴音朝鲁"));
        // Positions that qualify a name with 的; a verb with its aspect particle after it.
        let q = quotes("某投资有限公司董事长的秦交忠操着不太熟练的普通话道破原由：“这里的人很地道！”");
        assert_eq!(q[0].speaker.as_deref(), Some("秦交忠"));
        // A transliterated name before any predicate, or with a middle dot, is a subject.
        let q = quotes(
            "书记巴音朝鲁在长春会见了考察团。\n\n巴音朝鲁代表省委对考察团表示欢迎。他说，吉林是老工业基地。",
        );
        assert_eq!(q[0].speaker.as_deref(), Some("巴音朝鲁"));
        let q = quotes(
            "董事长钟永生等座谈交流。\n\n座谈会上，奇·达楞太对协议的签订表示祝贺。他说，通辽是示范区。",
        );
        assert_eq!(q[0].speaker.as_deref(), Some("奇·达楞太"));
    }

    #[test]
    fn a_rare_surname_between_a_position_and_a_verb_and_staff_as_a_source() {
        let q = quotes("项目管理部工作人员匙武告诉记者：“该项目将建设焦炉、煤塔等设施，建成后将带来动力。”");
        assert_eq!(who(&q[0]), (Some("匙武"), Some("项目管理部工作人员"), true));
        let q = quotes("县商务局相关人员表示，全县招商引资进入了一个快速发展阶段。");
        assert_eq!(who(&q[0]), (None, Some("县商务局相关人员"), false));
        // A frame (在会上) is no name.
        let q = quotes("企业代表在会上表示，将继续扩大在本地的投资规模。");
        assert_eq!(who(&q[0]), (None, Some("企业代表"), false));
    }

    #[test]
    fn a_chief_executive_speaks_and_a_bare_name_alone_is_no_subject() {
        let q = quotes("行政长官李家明表示，凭借两地的充裕条件，与本地的服务业有很大的互补合作空间。");
        assert_eq!(who(&q[0]), (Some("李家明"), Some("行政长官"), false));
        // 时说 after a quotation names nobody: 他 goes back to the chief executive.
        let q = quotes("行政长官李家明表示，两地合作空间很大。李家明今天出席「两地经贸合作交流会」时说，累计投资项目超过9600个。他指出，去年两地合作项目共27个。");
        assert!(q.iter().all(|q| q.speaker.as_deref() == Some("李家明")), "{q:?}");
    }

    #[test]
    fn a_quotation_right_after_the_verb_is_direct_speech() {
        let q = quotes("王明直言“这里的营商环境让我们很放心。”");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(who(&q[0]), (Some("王明"), None, true));
        // With the subject unsaid, and short words that end with a spoken particle.
        let q = quotes(
            "来自浙江的游客郭威踩着雪板穿梭在雪道上。接下来，他还要去逛朝鲜族村落，直言“活动太丰富了”。",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].speaker.as_deref(), Some("郭威"));
        // A term is not speech.
        assert!(quotes("王明在会上强调“三个一”。").is_empty());
    }

    #[test]
    fn a_wish_without_a_speech_verb_is_not_speech() {
        for text in [
            "在考察时，姜有为希望企业做好核心技术研发和产业链条延伸。",
            "在考察時，姜有為希望企業做好核心技術研發和產業鏈條延伸。",
            "希望各企业家以此次考察为契机，深化合作。",
            "这个项目承载着全区人民的希望和期待。",
        ] {
            assert!(quotes(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn several_speakers_listed_share_their_words() {
        let speakers =
            |text: &str| -> Vec<String> { quotes(text).iter().filter_map(|q| q.speaker.clone()).collect() };
        // Joined in the clause, by 、 or 和, closed by 等 and a word for the group.
        assert_eq!(
            speakers("王明、李华、张强分别表示，将加快项目建设进度，争取早日投产。"),
            ["王明", "李华", "张强"]
        );
        assert_eq!(
            speakers("杨军、赵超等嘉宾一致表示，将聚焦吉林所需，发挥自身优势。"),
            ["杨军", "赵超"]
        );
        // The subject of a sentence whose speech comes after a comma, its predicate opened by
        // a preposition's phrase.
        assert_eq!(
            speakers("姜超、钟永生对考察团一行表示欢迎，认为通辽发展优势明显，企业将加强沟通。"),
            ["姜超", "钟永生"]
        );
        // Each given a clause of their own before the one with the predicate.
        let q = quotes(
            "活动中，集团董事长卢继斌，航空公司董事长王宇，科技公司董事长谢学林先后致辞，一致表示将与浑南开展积极合作，全力推动项目建设。",
        );
        assert_eq!(
            q.iter().map(|q| who(q)).collect::<Vec<_>>(),
            [
                (Some("卢继斌"), Some("集团董事长"), false),
                (Some("王宇"), Some("航空公司董事长"), false),
                (Some("谢学林"), Some("科技公司董事长"), false)
            ]
        );
        // Positions of one person are no list (省委常委、副省长王明), nor a position that says
        // not whose it is.
        let q = quotes("省委常委、副省长王明表示，将继续提升招商引资的水平。");
        assert_eq!(
            q.iter().map(|q| who(q)).collect::<Vec<_>>(),
            [(Some("王明"), Some("省委常委、副省长"), false)]
        );
        // One position after several bodies, with 分别: each body's.
        let q = quotes("市发改委和市商务局负责人分别表示，将继续提升招商引资的水平。");
        assert_eq!(
            q.iter().map(|q| q.role.as_deref()).collect::<Vec<_>>(),
            [Some("市发改委负责人"), Some("市商务局负责人")]
        );
        let q = quotes("开发区、前杨镇和风电有限公司代表分别作表态发言，表示将继续提升招商引资的水平。");
        assert_eq!(
            q.iter().map(|q| q.role.as_deref()).collect::<Vec<_>>(),
            [Some("开发区代表"), Some("前杨镇代表"), Some("风电有限公司代表")]
        );
        // 和 inside a body's name parts nothing (工业和信息化局); 据 opens no role.
        let q = quotes("市工业和信息化局、市商务局负责人分别表示，将全力服务项目。");
        assert_eq!(
            q.iter().map(|q| q.role.as_deref()).collect::<Vec<_>>(),
            [Some("市工业和信息化局负责人"), Some("市商务局负责人")]
        );
        let q = quotes("据市发改委和市商务局负责人分别介绍，项目进展顺利。");
        assert_eq!(
            q.iter().map(|q| q.role.as_deref()).collect::<Vec<_>>(),
            [Some("市发改委负责人"), Some("市商务局负责人")]
        );
        // 与 may mean "with": a list after it needs real names; else the single speaker.
        let q = quotes("市委书记王明与企业家座谈时表示，要持续优化营商环境。");
        assert_eq!(
            q.iter().map(|q| q.speaker.as_deref()).collect::<Vec<_>>(),
            [Some("王明")]
        );
        let q = quotes("孙铁骑与各位企业家表示，对快速发展的长春充满信心。");
        assert_eq!(q.len(), 2, "{q:?}");
        // Without 分别 the bodies share one speaker (市委、市政府负责人).
        assert_eq!(
            quotes("市发改委、市商务局负责人表示，将继续提升招商引资的水平。").len(),
            1
        );
        // A transliterated name opening the clause before a preposition.
        let q = quotes("巴达日拉图对考察团一行到访表示欢迎。他表示，双方发展战略高度契合，希望深化合作。");
        assert_eq!(q[0].speaker.as_deref(), Some("巴达日拉图"));
        // A surname and a title refer back to a person named after a position, speaker or not.
        let q = quotes("市长会见了柒味集团副总裁包鑫磊、宝迪集团董事长夏毅强。|包副总裁对市领导的工作作风给予了高度赞扬，并表示近期将来访进行实地考察。".replace('|', "\n\n").as_str());
        assert_eq!(
            q.iter().map(|q| q.speaker.as_deref()).collect::<Vec<_>>(),
            [Some("包鑫磊")]
        );
        // A frame of place before the name, with no comma; the address the words were given in.
        let q = quotes("会上王伟国强调，今年是实施规划的重要一年，我们要推动项目发展。");
        assert_eq!(q[0].speaker.as_deref(), Some("王伟国"));
        let q = quotes(
            "仪式上，播放了宣传片。|田鹏飞致辞说，安达区位优势明显，资源丰富。"
                .replace('|', "\n\n")
                .as_str(),
        );
        assert_eq!(q[0].speaker.as_deref(), Some("田鹏飞"));
        // Any word of manner with 地 before the verb; an idiom after the name after a quotation.
        let q = quotes(
            "“黑龙江是块宝地。”银行有限公司主席郑海泉开门见山地说出了自己的印象：“今天，我参观了飞机制造。”",
        );
        assert_eq!(
            q.iter().map(|q| q.speaker.as_deref()).collect::<Vec<_>>(),
            [Some("郑海泉"), Some("郑海泉")]
        );
        let q = quotes(
            "“现在条件比较艰苦，春节期间都将不休息。”一直在建设工地的食品生产有限公司董事长曾新信心十足。",
        );
        assert_eq!(
            who(&q[0]),
            (Some("曾新"), Some("一直在建设工地的食品生产有限公司董事长"), true)
        );
        // A verb after the name (徐强|面对…, not 徐强面|对…); 亦 before the predicate; 告知记者.
        let q = quotes("“公司从签约到开工只用了48天。”公司总经理徐强面对热火朝天的施工现场充满希望。");
        assert_eq!(q[0].speaker.as_deref(), Some("徐强"));
        let q = quotes("集团董事会主席郁亮亦十分看好发展前景，表示将不断扩大投资。");
        assert_eq!(q[0].speaker.as_deref(), Some("郁亮"));
        let q = quotes("“我们投资1亿元建设生产线。”公司副总经理崔洪润告知记者，企业产量每年都在增长。");
        assert_eq!(
            q.iter().map(|q| q.speaker.as_deref()).collect::<Vec<_>>(),
            [Some("崔洪润"), Some("崔洪润")]
        );
        // A predicate word is no name (满 is a surname): the position speaks.
        let q = quotes("“满产后年销售额可达5亿元。”公司负责人满怀期待。");
        assert_eq!(who(&q[0]), (None, Some("公司负责人"), true));
        // A doubled character is an adverb, no name (总书记殷殷嘱托).
        assert!(quotes("牢记总书记殷殷嘱托，推动高质量发展。").is_empty());
        // Traditional, with the 等 list.
        assert_eq!(
            speakers("楊軍、趙超等嘉賓一致表示，將聚焦吉林所需，發揮自身優勢。"),
            ["楊軍", "趙超"]
        );
    }

    fn who(q: &Quote) -> (Option<&str>, Option<&str>, bool) {
        (q.speaker.as_deref(), q.role.as_deref(), q.direct)
    }

    #[test]
    fn speaker_before_with_colon() {
        let q = quotes("长春市铭洋商贸产业园总经理郑非表示：“我们正积极开展招商工作。”");
        assert_eq!(
            who(&q[0]),
            (Some("郑非"), Some("长春市铭洋商贸产业园总经理"), true)
        );
        assert_eq!(q[0].organization.as_deref(), Some("长春市铭洋商贸产业园"));
        assert_eq!(q[0].text, "我们正积极开展招商工作。");
        let q = quotes("國商大廈項目總負責人敬再回憶起項目推進歷程，滿是感激：“從籌劃到試營業僅用3個月。”");
        assert_eq!(who(&q[0]), (Some("敬再"), Some("國商大廈項目總負責人"), true));
    }

    #[test]
    fn speaker_after_and_name_only_later() {
        let q = quotes("“招商引资是发展的‘源头活水’。”宽城区副区长周凯如是说。各部门迅速部署。“这样的靶向招商，大大提升了效率。”周凯说。");
        assert_eq!(who(&q[0]), (Some("周凯"), Some("宽城区副区长"), true));
        assert_eq!(who(&q[1]), (Some("周凯"), Some("宽城区副区长"), true));
        assert_eq!(q[0].region.as_deref(), Some("宽城区"));
    }

    #[test]
    fn anonymous_after_without_speech_verb() {
        let q = quotes("“满产后年销售额可达5亿元。”公司负责人满怀期待。");
        assert_eq!(who(&q[0]), (None, Some("公司负责人"), true));
        let q = quotes("楚天华通医药设备有限公司是楚天科技股份有限公司的全资子公司，是制药工艺模块制造公司。公司负责人对记者说：“我们选择在九台区投资建厂。”");
        assert_eq!(q[0].organization.as_deref(), Some("楚天华通医药设备有限公司"));
        let q = quotes("按照“开发区产业定位与联络处驻地优势产业精准匹配”原则组建团队。");
        assert!(q.is_empty());
        let q = quotes("“我们要成立一家分公司。”皓月公司行政综合部外事专员张珊珊谈起此事感触颇深。");
        assert_eq!(q[0].organization.as_deref(), Some("皓月公司行政综合部"));
    }

    #[test]
    fn ascii_quotes_and_punctuation() {
        let q = quotes("公司负责人对记者说:\"我们之所以选择在九台区投资建厂,看中的是营商环境。\"");
        assert_eq!(who(&q[0]), (None, Some("公司负责人"), true));
    }

    #[test]
    fn reported_speech_and_pronouns() {
        let q = quotes("在采访中，认养一头牛集团深加工项目总经理李建军坦言，企业已在公主岭市不间断投资三年。他表示，项目建成后将打造全产业链体系。");
        assert_eq!(
            who(&q[0]),
            (Some("李建军"), Some("认养一头牛集团深加工项目总经理"), false)
        );
        assert_eq!(
            who(&q[1]),
            (Some("李建军"), Some("认养一头牛集团深加工项目总经理"), false)
        );
        assert!(q[1].text.starts_with("项目建成后"));
        let q = quotes("朝陽區相關負責人表示，接下來，全區將持續聚焦產業發展需求。");
        assert_eq!(who(&q[0]), (None, Some("朝陽區相關負責人"), false));
        // A quotation closing the reported sentence is the same speaker's own words.
        for text in [
            "董事长王明表示，一年以来，项目进展顺利，“要抓住发展的机遇，乘上发展的快车。”",
            "“我们决定再投资。”董事長王明表示，項目進展順利，“要抓住發展的機遇。”",
        ] {
            let q = quotes(text);
            let last = q
                .last()
                .map(|q| (q.speaker.as_deref(), q.direct, q.text.as_str()));
            assert!(
                matches!(last, Some((Some("王明"), true, t)) if t.starts_with("要抓住")),
                "{text}"
            );
            assert!(q[q.len() - 2].text.ends_with('，'), "{text}");
        }
        // With nobody reported before it, such a quotation is no one's.
        assert!(quotes("会议指出，要大力弘扬，“把握机遇，乘势而上。”").is_empty());
        // Words the clause before cites stay inside the reported speech.
        let q = quotes("王明表示，正如总书记所强调的，“绿水青山就是金山银山。”");
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(!q[0].direct);
    }

    #[test]
    fn a_role_referred_back_a_frame_after_and_a_modified_name() {
        // 该负责人: the one quoted before with that role.
        let q = quotes(
            "“车间4月初开始复工。”长春华粮材料有限公司相关负责人说，“我们希望三年内实现替代。”该负责人说。",
        );
        assert_eq!(q.len(), 2);
        assert_eq!(who(&q[1]), (None, Some("长春华粮材料有限公司相关负责人"), true));
        // A named speaker keeps his name.
        let q = quotes("“企业发展得很好。”华丰有限公司董事长李四说。该公司董事长张三说，将继续加大投资。");
        assert_eq!(who(&q[1]), (Some("张三"), Some("该公司董事长"), false));
        // 在…看来 right after a quotation names whose view it was.
        let q = quotes("“黑龙江是大粮仓，农业资源丰富。”在王国建看来，两省之间仍有很多互补的地方。");
        assert_eq!(q.len(), 1);
        assert_eq!(who(&q[0]), (Some("王国建"), None, true));
        // A modifier with 的 before the name; clauses a named speaker says are no slogans.
        let q = quotes("“巴林右旗不仅开放，而且当地的资源丰富”，经商多年的于文君道出了自己的感受。");
        assert_eq!(who(&q[0]), (Some("于文君"), None, true));
        // A surname with a title is the person named before; a name before a title ending
        // in 市 is no place (崔凯|市长); a preposition opens no name (向来访|领导).
        let q = quotes("通辽市委书记孟宪东到库伦旗调研。总经理孙良向来访领导详细介绍了项目情况。孟书记表示，希望企业做出更大的贡献。他指出，项目取得了积极进展。");
        assert_eq!(q.len(), 2);
        assert!(q.iter().all(|q| q.speaker.as_deref() == Some("孟宪东")));
        let q = quotes("崔凯市长表示，希望能把握住有利时机，深度交流。");
        assert_eq!(who(&q[0]), (Some("崔凯"), Some("市长"), false));
        // A term before 的 and a name is an honour, no one's words.
        assert!(
            quotes("获得“全国模范劳动关系和谐企业”称号的王强说，企业将继续发展。")
                .iter()
                .all(|q| q.text != "全国模范劳动关系和谐企业")
        );
        // A wish's subject goes on to speak (他希望…，表示将…).
        let q = quotes(
            "周军介绍了集团的发展情况。他希望在基础设施建设方面加强合作，表示将充分发挥国有企业的担当。",
        );
        assert_eq!(q.len(), 1);
        assert_eq!(who(&q[0]), (Some("周军"), None, false));
    }

    #[test]
    fn not_speech() {
        assert!(quotes("实施“领导包保、招商落位、资金争取、建设提速”等专项行动。").is_empty());
        assert!(
            quotes("九台区深知“只有打造招商引资‘强引擎’，才能更好地赋能经济高质量发展。”年初以来").is_empty()
        );
        assert!(quotes("我们对各界的支持表示衷心感谢。会上，他介绍了签约项目情况。").is_empty());
        assert!(quotes("大会强调招商引资是经济高质量发展的“源头活水”，要求全区树立理念。").is_empty());
    }

    #[test]
    fn split_quotes_and_speakers_before_a_comma() {
        let q = quotes("“下一步，我们要抓好项目落地。”区长张建国说，“同时做好要素保障。”");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(who(&q[1]), (Some("张建国"), Some("区长"), true));
        assert_eq!(q[1].text, "同时做好要素保障。");
        let q = quotes("区商务局局长王海涛说：“要抓落实。”她说，“目前，项目已进入设备安装阶段。”");
        assert_eq!(who(&q[1]), (Some("王海涛"), Some("区商务局局长"), true));
        assert_eq!(
            q[1].text, "目前，项目已进入设备安装阶段。",
            "no quotation mark in the text"
        );
        // A comma after a clause that is not speaker + verb introduces nobody.
        assert!(quotes("全区上下齐心协力，“项目为王”深入人心。").is_empty());
    }

    #[test]
    fn framing_phrases_introduce_their_speaker() {
        let q = quotes("在孙磊看来，“招商引资就是要拼服务、拼效率”。");
        assert_eq!(who(&q[0]), (Some("孙磊"), None, true));
        let q = quotes("用企业负责人的话说，“在这里投资，我们放心”。");
        assert_eq!(who(&q[0]), (None, Some("企业负责人"), true));
        assert_eq!(q[0].text, "在这里投资，我们放心");
        let q = quotes("正如区投促中心主任赵丽所说：“服务好了，企业自然愿意来。”");
        assert_eq!(who(&q[0]), (Some("赵丽"), Some("区投促中心主任"), true));
        // The same frames around no speaker, or around a slogan with nobody, are no quote.
        assert!(quotes("在很多人看来，“项目为王、服务至上”。").is_empty());
    }

    #[test]
    fn adverbials_and_manner_between_speaker_and_verb() {
        let q =
            quotes("长春一汽富维公司党委书记、董事长孙晨阳在签约仪式上表示，将把更多新项目布局在宽城区。");
        assert_eq!(
            who(&q[0]),
            (Some("孙晨阳"), Some("长春一汽富维公司党委书记、董事长"), false)
        );
        let q = quotes("“项目开工率达到九成。”王海涛自信地说。“我们还要再加把劲。”王海涛补充道。");
        assert_eq!(who(&q[0]), (Some("王海涛"), None, true));
        assert_eq!(who(&q[1]), (Some("王海涛"), None, true));
        let q = quotes("区发改局局长李明在接受记者采访时也表示，全年将新开工项目60个。");
        assert_eq!(who(&q[0]), (Some("李明"), Some("区发改局局长"), false));
        // An adverbial with no speech verb after it reports nothing.
        assert!(quotes("区发改局局长李明在项目现场调研，了解企业困难。").is_empty());
    }

    #[test]
    fn a_name_before_its_title_takes_the_role_of_the_first_mention() {
        let q = quotes("区商务局局长王海涛介绍，今年新签约项目32个。“我们会一直当好店小二。”王海涛局长说。");
        assert_eq!(q.len(), 2, "{q:#?}");
        assert_eq!(who(&q[1]), (Some("王海涛"), Some("区商务局局长"), true));
        let q = quotes("“我们会当好店小二。”赵丽局长说。");
        assert_eq!(who(&q[0]), (Some("赵丽"), Some("局长"), true));
        // Not names: an organisation before 负责人, a district cut before 区长.
        let q = quotes("“项目进展顺利。”公司负责人说。");
        assert_eq!(who(&q[0]), (None, Some("公司负责人"), true));
    }

    #[test]
    fn an_unclosed_quote_stops_at_its_paragraph() {
        let arts = load_text("t.txt", "t", "标题\n\n本报记者 张三\n\n公司负责人表示：“我们要加快建设。\n\n下一段正文。“这是另一句话。”王五说。\n");
        let q: Vec<Quote> = arts
            .iter()
            .flat_map(|a| crate::extract::article(a).quotes)
            .collect();
        assert_eq!(q[0].text, "我们要加快建设。");
        assert_eq!(q[1].speaker.as_deref(), Some("王五"));
        let c: Vec<char> = "他说：“我们要加快建设。“这是另一句话。”".chars().collect();
        assert_eq!(quotation_spans(&c), [(3, 12), (12, 20)]);
    }
}

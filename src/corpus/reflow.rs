//! Body lines → sections: headings, captions and paragraphs, with paragraphs the page layout
//! cut rejoined — also when the fragments are out of order.

use crate::corpus::decode::is_han;
use crate::corpus::layout::{
    has_photo_marker, is_caption_like, is_heading_like, is_open, starts_mid_word, Line,
};
use crate::corpus::lm::Lm;
use crate::corpus::model::ParagraphKind;

/// A laid-out block of an article body.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Heading(String),
    Paragraph(ParagraphKind, String),
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    Heading,
    Caption,
    Body,
}

struct Item {
    kind: Kind,
    text: String,
    folded: String,
}

/// Tunables of the join decision, in nats of [`Lm::join_gain`]. In a page read in order the
/// next fragment is the continuation unless the text argues hard against it; in a scrambled
/// page adjacency means little.
const ADJACENT_BONUS: f64 = 6.0;
const SCRAMBLED_ADJACENT_BONUS: f64 = 2.0;
/// A dictionary word that only forms across the join (`倒排工` + `期` → 工期).
const WORD_BONUS: f64 = 2.5;
/// Below this a fragment is not taken as the continuation.
const MIN_SCORE: f64 = 0.5;
/// Short complete lines between a cut paragraph and its continuation are captions.
const SANDWICH_MAX_CHARS: usize = 40;

/// Lays out an article's body lines.
pub fn reflow(body: &[Line], lm: &Lm<'_>, has_word: &dyn Fn(&str) -> bool) -> Vec<Block> {
    let mut items: Vec<Item> = body.iter().map(classify_line).collect();
    merge_repeated_captions(&mut items);
    join_poster_lines(&mut items);
    reclaim_last_line(&mut items);
    reclaim_cut_headings(&mut items, lm, has_word);
    let next = assign_continuations(&mut items, lm, has_word);
    assemble(items, &next)
}

/// Heading, caption or body, by shape and spacing: a caption is a short sentence set apart
/// by extra blank lines, or one carrying a photo credit.
fn classify_line(line: &Line) -> Item {
    let f = &line.folded;
    let kind = if has_photo_marker(f) || (line.gap >= 2 && is_caption_like(f)) {
        Kind::Caption
    } else if is_heading_like(f) {
        Kind::Heading
    } else {
        Kind::Body
    };
    Item {
        kind,
        text: line.text.clone(),
        folded: f.clone(),
    }
}

/// A short line the next line repeats word for word is a photo's text given twice (its
/// alternative text, then its caption: `笔架山庄升级改造项目` ×2): one caption, not two headings.
fn merge_repeated_captions(items: &mut Vec<Item>) {
    let mut i = 0;
    while i + 1 < items.len() {
        let short = items[i].folded.chars().count() <= 60;
        if short && items[i].kind != Kind::Body && items[i].folded == items[i + 1].folded {
            items[i].kind = Kind::Caption;
            items.remove(i + 1);
        }
        i += 1;
    }
}

/// The longest line of a sentence set one phrase a line (a phone-poster layout).
const POSTER_LINE_MAX_CHARS: usize = 16;
/// A heading heads something: this many short heading-shaped lines in a row with nothing under
/// them are one sentence set a phrase a line (`一批重大项目` | `近日集中开工` | `为我市高质量发展` |
/// `注入新动力`), not headings.
const POSTER_RUN_MIN: usize = 3;

/// Joins runs of poster lines into one body paragraph, so what they say (`总投资119亿元`,
/// `…加工基地项目` | `开工活动`) is read as the prose it is. Numbered lines (`一、…`, `（二）…`,
/// `1.…`) are an outline, never a poster.
fn join_poster_lines(items: &mut Vec<Item>) {
    // Brackets, bullets and bars mark a site's menus and credits, not prose.
    let poster_line = |it: &Item| {
        it.kind == Kind::Heading
            && it.folded.chars().count() <= POSTER_LINE_MAX_CHARS
            && !numbered(&it.folded)
            && !it.folded.contains([
                '[', ']', '【', '】', '“', '”', '（', '）', '•', '·', '#', '|', '/',
            ])
    };
    // Between paragraphs of the article: the lines above its first paragraph and below its
    // last are the site's (menus, share buttons, related links).
    let Some(mut last_body) = items.iter().rposition(|it| it.kind == Kind::Body) else {
        return;
    };
    let mut body_above = false;
    let mut i = 0;
    while i < items.len() {
        let run = items[i..].iter().take_while(|it| poster_line(it)).count();
        let inside = body_above && last_body >= i + run;
        // A list a colon introduces (签约项目包括： | …项目 | …项目), or a table set a cell a line,
        // is items, not a sentence: lines that mostly end alike in 项目 are names.
        let introduced = i > 0 && items[i - 1].folded.ends_with([':', '：']);
        let names = items[i..i + run]
            .iter()
            .filter(|it| crate::corpus::normalize::simplify(&it.folded).ends_with("项目"))
            .count();
        if run < POSTER_RUN_MIN || !inside || introduced || names * 2 > run {
            body_above |= items[i..i + run.max(1)].iter().any(|it| it.kind == Kind::Body);
            i += run.max(1);
            continue;
        }
        let mut joined = items[i].text.clone();
        let mut folded = items[i].folded.clone();
        for it in &items[i + 1..i + run] {
            join_into(&mut joined, &it.text);
            join_into(&mut folded, &it.folded);
        }
        // The poster's last line ends its sentence: no paragraph below continues it.
        folded.push('。');
        // The run becomes one item: what stands below it moves up.
        last_body -= run - 1;
        items.splice(
            i..i + run,
            [Item {
                kind: Kind::Body,
                text: joined,
                folded,
            }],
        );
        body_above = true;
        i += 1;
    }
}

/// An outline's line: `一、`, `（二）`, `1.`, `第三，`.
fn numbered(folded: &str) -> bool {
    let t = folded.trim_start_matches(['（', '(']);
    let lead = t
        .chars()
        .take_while(|&c| c.is_ascii_digit() || crate::corpus::layout::is_numeral(c))
        .count();
    let after = t.chars().nth(lead);
    (lead > 0 && matches!(after, Some('、' | '.' | '）' | ')' | '，' | ',' | '是'))) || t.starts_with('第')
}

/// A heading heads what follows it: a heading-shaped last line with a clause break in it
/// (`周振雷要求，全市上下要铆足气力，为落地的企业、项`) is the text's last sentence, cut where the
/// page stopped.
fn reclaim_last_line(items: &mut [Item]) {
    if let Some(last) = items.last_mut() {
        if last.kind == Kind::Heading && last.folded.contains(['，', ',']) {
            last.kind = Kind::Body;
        }
    }
}

/// A heading-shaped line whose end forms a word with the start of the paragraph below it
/// (`更值得关注的是，2023年朝阳区三次产` | `业占比不断优化`) is a paragraph the layout cut.
fn reclaim_cut_headings(items: &mut [Item], lm: &Lm<'_>, has_word: &dyn Fn(&str) -> bool) {
    for i in 0..items.len().saturating_sub(1) {
        let (a, b) = (&items[i], &items[i + 1]);
        if a.kind == Kind::Heading
            && b.kind == Kind::Body
            && is_open(&a.folded)
            && forms_word_across(&a.folded, &b.folded, has_word)
            && lm.join_gain(&a.folded, &b.folded) > 0.0
        {
            items[i].kind = Kind::Body;
        }
    }
}

/// For each cut paragraph, the index of the fragment that continues it. Scores every open
/// end against every body fragment and keeps the assignment with the best total, so two
/// ends cannot claim one fragment (`…一家企` wants `业、…` more than `…倒排工` does).
fn assign_continuations(
    items: &mut [Item],
    lm: &Lm<'_>,
    has_word: &dyn Fn(&str) -> bool,
) -> Vec<Option<usize>> {
    let n = items.len();
    let mut next = vec![None; n];
    let ends: Vec<usize> = (0..n)
        .filter(|&i| items[i].kind == Kind::Body && is_open(&items[i].folded))
        .collect();
    if ends.is_empty() {
        return next;
    }
    let cands: Vec<usize> = (0..n).filter(|&i| items[i].kind == Kind::Body).collect();
    let scrambled = is_scrambled(items);
    let bonus = if scrambled {
        SCRAMBLED_ADJACENT_BONUS
    } else {
        ADJACENT_BONUS
    };
    let mut score = vec![vec![f64::NEG_INFINITY; cands.len()]; ends.len()];
    for (r, &e) in ends.iter().enumerate() {
        let adjacent = adjacent_bodies(items, e);
        for (c, &s) in cands.iter().enumerate() {
            if s == e || (!scrambled && !adjacent.contains(&s)) {
                continue;
            }
            let mut v = lm.join_gain(&items[e].folded, &items[s].folded);
            if forms_word_across(&items[e].folded, &items[s].folded, has_word) {
                v += WORD_BONUS;
            }
            if adjacent.contains(&s) {
                v += bonus;
            }
            score[r][c] = v;
        }
    }
    let pick = best_assignment(&score, MIN_SCORE);
    for (r, c) in pick.into_iter().enumerate() {
        if let Some(c) = c {
            let (e, s) = (ends[r], cands[c]);
            next[e] = Some(s);
            // A short sentence skipped between a cut paragraph and its continuation is a
            // caption the layout dropped in (`…总投资9248.78` | `万福…整洁。` | `万元，…`).
            if let [skipped, cont] = adjacent_bodies(items, e)[..] {
                if cont == s {
                    items[skipped].kind = Kind::Caption;
                }
            }
        }
    }
    break_cycles(&mut next);
    next
}

/// True when some fragment that can only continue a cut word (`期、…`) does not follow a cut
/// paragraph: the page's fragments are out of order.
fn is_scrambled(items: &[Item]) -> bool {
    let mut prev_open = false;
    for item in items {
        match item.kind {
            Kind::Heading => prev_open = false,
            Kind::Caption => {}
            Kind::Body => {
                if starts_mid_word(&item.folded) && !prev_open {
                    return true;
                }
                prev_open = is_open(&item.folded);
            }
        }
    }
    false
}

/// The body fragments that directly follow `e` on the page: the next one, and the one after
/// it when the next is a short complete sentence (a caption in between). Headings stop it.
fn adjacent_bodies(items: &[Item], e: usize) -> Vec<usize> {
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate().skip(e + 1) {
        match item.kind {
            Kind::Heading => break,
            Kind::Caption => continue,
            Kind::Body => {
                out.push(i);
                if !could_be_dropped_caption(&item.folded) || out.len() == 2 {
                    break;
                }
            }
        }
    }
    out
}

/// One short complete clause (`万福关东文化商业街环境优美路面整洁。`): what a caption is.
fn could_be_dropped_caption(folded: &str) -> bool {
    folded.chars().count() <= SANDWICH_MAX_CHARS && !is_open(folded) && !folded.contains([',', '，', ';'])
}

/// True when a dictionary word spans the join: the last one or two characters of `left`
/// and the first one or two of `right`.
fn forms_word_across(left: &str, right: &str, has_word: &dyn Fn(&str) -> bool) -> bool {
    let l: Vec<char> = left.chars().rev().take(2).collect();
    let r: Vec<char> = right.chars().take(2).collect();
    for i in 1..=l.len() {
        for j in 1..=r.len() {
            let word: String = l[..i].iter().rev().chain(&r[..j]).collect();
            if word.chars().all(is_han) && has_word(&word) {
                return true;
            }
        }
    }
    false
}

/// Maximum-weight matching of rows to columns, each used at most once, counting only pairs
/// scoring above `min` (rows may stay unmatched). Hungarian algorithm on a square matrix
/// padded with one "unmatched" column per row.
fn best_assignment(score: &[Vec<f64>], min: f64) -> Vec<Option<usize>> {
    let rows = score.len();
    let cols = score.first().map_or(0, Vec::len);
    let m = cols + rows;
    const FORBID: f64 = 1e9;
    // cost[r][c]: minimise −(score − min); unmatched costs 0.
    let cost = |r: usize, c: usize| -> f64 {
        if c < cols {
            let s = score[r][c];
            if s > min {
                -(s - min)
            } else {
                FORBID
            }
        } else if c - cols == r {
            0.0
        } else {
            FORBID
        }
    };
    // e-maxx Hungarian, 1-based, rows ≤ columns.
    let (mut u, mut v) = (vec![0.0; rows + 1], vec![0.0; m + 1]);
    let (mut p, mut way) = (vec![0usize; m + 1], vec![0usize; m + 1]);
    for i in 1..=rows {
        p[0] = i;
        let mut j0 = 0;
        let mut minv = vec![f64::INFINITY; m + 1];
        let mut used = vec![false; m + 1];
        loop {
            used[j0] = true;
            let i0 = p[j0];
            let mut delta = f64::INFINITY;
            let mut j1 = 0;
            for j in 1..=m {
                if !used[j] {
                    let cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
                    if cur < minv[j] {
                        minv[j] = cur;
                        way[j] = j0;
                    }
                    if minv[j] < delta {
                        delta = minv[j];
                        j1 = j;
                    }
                }
            }
            for j in 0..=m {
                if used[j] {
                    u[p[j]] += delta;
                    v[j] -= delta;
                } else {
                    minv[j] -= delta;
                }
            }
            j0 = j1;
            if p[j0] == 0 {
                break;
            }
        }
        loop {
            let j1 = way[j0];
            p[j0] = p[j1];
            j0 = j1;
            if j0 == 0 {
                break;
            }
        }
    }
    let mut out = vec![None; rows];
    for (j, &r) in p.iter().enumerate().skip(1) {
        if r > 0 && j - 1 < cols && cost(r - 1, j - 1) < FORBID {
            out[r - 1] = Some(j - 1);
        }
    }
    out
}

/// A chain of continuations must not loop back on itself.
fn break_cycles(next: &mut [Option<usize>]) {
    for start in 0..next.len() {
        let mut seen = vec![false; next.len()];
        let mut i = start;
        seen[i] = true;
        while let Some(j) = next[i] {
            if seen[j] {
                next[i] = None;
                break;
            }
            seen[j] = true;
            i = j;
        }
    }
}

/// Builds the blocks in page order, each cut paragraph followed by its continuations and the
/// fragments that continued it removed from where they stood.
fn assemble(items: Vec<Item>, next: &[Option<usize>]) -> Vec<Block> {
    let mut continued = vec![false; items.len()];
    for s in next.iter().flatten() {
        continued[*s] = true;
    }
    let mut out = Vec::new();
    for i in 0..items.len() {
        if continued[i] {
            continue;
        }
        let item = &items[i];
        match item.kind {
            Kind::Heading => out.push(Block::Heading(item.text.clone())),
            Kind::Caption => out.push(Block::Paragraph(ParagraphKind::Caption, item.text.clone())),
            Kind::Body => {
                let mut text = item.text.clone();
                let mut j = i;
                while let Some(k) = next[j] {
                    join_into(&mut text, &items[k].text);
                    j = k;
                }
                out.push(Block::Paragraph(ParagraphKind::Body, text));
            }
        }
    }
    out
}

/// Appends a continuation; a space only between two Latin words.
fn join_into(text: &mut String, more: &str) {
    let last = text.chars().last();
    let first = more.chars().next();
    if matches!((last, first), (Some(a), Some(b)) if a.is_ascii_alphabetic() && b.is_ascii_alphabetic()) {
        text.push(' ');
    }
    text.push_str(more);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::layout::lines;
    use crate::corpus::lm::CharLm;

    fn run(text: &str, genre: &str) -> Vec<Block> {
        let mut m = CharLm::default();
        for l in genre.lines() {
            m.add(l, true);
        }
        let empty = CharLm::default();
        let lm = Lm { parts: [&m, &empty] };
        let words = ["工期", "企业", "工业", "产业", "集成"];
        reflow(&lines(text), &lm, &|w| words.contains(&w))
    }

    fn body(b: &Block) -> &str {
        match b {
            Block::Paragraph(ParagraphKind::Body, t) => t,
            _ => "",
        }
    }

    #[test]
    fn a_sentence_set_a_phrase_a_line_is_one_paragraph() {
        let out = run(
            "近日，全市重大项目集中开工。\n\n6月13日\n\n金普新区举办\n\n食品加工基地项目\n\n开工活动\n\n项目总投资1亿元。\n",
            "",
        );
        assert_eq!(out.len(), 3, "{out:?}");
        assert_eq!(body(&out[1]), "6月13日金普新区举办食品加工基地项目开工活动");
        // A list a colon introduces is items, not a sentence.
        let out = run(
            "签约项目包括：\n\n光电产业园项目\n\n碳纤维项目\n\n新能源配套项目\n\n项目总投资50亿元。\n",
            "",
        );
        assert_eq!(
            out.iter().filter(|b| matches!(b, Block::Heading(_))).count(),
            3,
            "{out:?}"
        );
        // Menus above the article's first paragraph and an outline's numbered headings stay.
        let out = run(
            "新闻中心\n\n电视节目\n\n融媒直播\n\n项目总投资1亿元。\n\n一、开局\n\n二、攻坚\n\n三、见效\n\n项目已开工。\n",
            "",
        );
        assert_eq!(
            out.iter().filter(|b| matches!(b, Block::Heading(_))).count(),
            6,
            "{out:?}"
        );
    }

    #[test]
    fn a_cut_last_sentence_is_no_heading() {
        let out = run(
            "项目已开工。\n\n周振雷要求，全市上下要铆足气力，为落地的企业、项\n",
            "",
        );
        assert_eq!(body(&out[1]), "周振雷要求，全市上下要铆足气力，为落地的企业、项");
        // A heading that heads a paragraph keeps its clause break.
        let out = run("抓项目，促发展\n\n项目已开工。\n", "");
        assert_eq!(out[0], Block::Heading("抓项目，促发展".into()));
    }

    #[test]
    fn adjacent_fragment_joins() {
        let out = run(
            "服务保障筑根基，全链闭环促落地。项目引\n\n得来，更要落得下、发展好。\n",
            "",
        );
        assert_eq!(out.len(), 1);
        assert_eq!(
            body(&out[0]),
            "服务保障筑根基，全链闭环促落地。项目引得来，更要落得下、发展好。"
        );
    }

    #[test]
    fn caption_between_fragments_stays_a_caption() {
        let out = run(
            "完善的城市建设是群众实现安居乐业的“硬”基础。今年，西湖北一地块配套工程项目目前已竣工并交付使用，项目总投资9248.78\n\n万福关东文化商业街环境优美路面整洁。\n\n万元，占地面积5.8万平方米。\n",
            "总投资5000万元。年产值约达3000万元。",
        );
        assert!(body(&out[0]).ends_with("项目总投资9248.78万元，占地面积5.8万平方米。"));
        assert_eq!(
            out[1],
            Block::Paragraph(
                ParagraphKind::Caption,
                "万福关东文化商业街环境优美路面整洁。".into()
            )
        );
    }

    #[test]
    fn scrambled_fragments_find_their_continuation() {
        let text = "——二季度要实现“全开工”。坚持倒排工\n\n业、不流失一个项目，做到颗粒归仓。\n\n期、挂图作战，确保项目开工复工率100%。\n\n——四季度要打好“收官战”。确保“不漏登一家企\n";
        let out = run(text, "一家企业。企业发展。服务企业。工业园区。");
        let bodies: Vec<&str> = out.iter().map(body).collect();
        assert_eq!(
            bodies,
            [
                "——二季度要实现“全开工”。坚持倒排工期、挂图作战，确保项目开工复工率100%。",
                "——四季度要打好“收官战”。确保“不漏登一家企业、不流失一个项目，做到颗粒归仓。"
            ]
        );
    }

    #[test]
    fn a_line_given_twice_is_one_caption() {
        let out = run(
            "工人们紧张施工。\n\n笔架山庄升级改造项目\n笔架山庄升级改造项目\n\n而这正是全市抓项目的缩影。\n",
            "",
        );
        assert_eq!(
            out[1],
            Block::Paragraph(ParagraphKind::Caption, "笔架山庄升级改造项目".into())
        );
        assert_eq!(out.len(), 3);
    }

    #[test]
    fn headings_and_spaced_captions() {
        let out = run("发展势头稳中向好\n\n正文。\n\n\n\n景阳广场。\n\n正文二。\n", "");
        assert_eq!(out[0], Block::Heading("发展势头稳中向好".into()));
        assert_eq!(
            out[2],
            Block::Paragraph(ParagraphKind::Caption, "景阳广场。".into())
        );
    }

    #[test]
    fn hungarian_prefers_the_best_total() {
        let s = vec![vec![5.0, 4.0], vec![4.5, 0.0]];
        assert_eq!(best_assignment(&s, 0.5), vec![Some(1), Some(0)]);
        assert_eq!(best_assignment(&[vec![0.1]], 0.5), vec![None]);
    }
}

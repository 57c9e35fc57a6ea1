//! The reader's text as wrapped, styled lines: title, byline, headings and captions set apart,
//! entities highlighted, the current one reversed. Width-correct for CJK (two cells a
//! character), never tearing a character at the edge.

use crate::corpus::model::{ParagraphId, ParagraphKind};
use crate::tui::data::{Data, Mark, MarkKind};
use crate::tui::theme::Theme;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;

/// An entity of the article in reading order.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    pub paragraph: ParagraphId,
    pub mark: Mark,
}

/// The article's entities in reading order.
pub fn entities(data: &Data, article: usize) -> Vec<Entity> {
    data.corpus.articles[article]
        .paragraphs()
        .enumerate()
        .flat_map(|(n, p)| {
            data.marks(article, n).iter().map(|m| Entity {
                paragraph: p.id.clone(),
                mark: m.clone(),
            })
        })
        .collect()
}

/// Wrapped lines with where each paragraph and entity begins.
pub struct Lines {
    pub lines: Vec<Line<'static>>,
    pub paragraph_line: Vec<(ParagraphId, usize)>,
    /// First line of each entity, in the order of [`entities`].
    pub entity_line: Vec<usize>,
}

fn mark_style(t: &Theme, k: &MarkKind) -> Style {
    match k {
        MarkKind::Quote(_) => t.quote,
        MarkKind::Region(_) => t.region,
        MarkKind::Project(_) => t.project,
        MarkKind::Person(_) => t.person,
    }
}

/// Closing punctuation, which Chinese typesetting keeps off the start of a line (GB/T 15834).
const NO_LINE_START: &str = "，。、；：？！）】》」』〕〉”’…—·%‰℃,.;:?!)]}";
/// Opening punctuation, which it keeps off the end of a line.
const NO_LINE_END: &str = "（【《「『〔〈“‘([{";

/// Whether a line may break between `a` and `b`: not before closing or after opening
/// punctuation, not inside `——`/`……`, not inside an ASCII token (`3.5%`, `G331`, a URL).
fn can_break(a: char, b: char) -> bool {
    let ascii_token = |c: char| c.is_ascii_graphic();
    !(NO_LINE_START.contains(b)
        || NO_LINE_END.contains(a)
        || (a == b && matches!(a, '—' | '…'))
        || (ascii_token(a) && ascii_token(b)))
}

/// The line of each character when `chars` are set in lines of `width` cells, the first
/// `first_used` cells of the first line taken. Greedy, but a break the rules forbid moves
/// back to the nearest allowed one on the line; a line with none breaks where it overflows.
fn line_of_chars(chars: &[char], width: usize, first_used: usize) -> Vec<usize> {
    let width = width.max(4);
    let mut line_of = Vec::with_capacity(chars.len());
    let (mut line, mut line_start, mut used) = (0, 0, first_used);
    for (i, &c) in chars.iter().enumerate() {
        let w = c.width().unwrap_or(0);
        if used + w > width && (i > line_start || used > 0) {
            let mut j = (line_start + 1..=i)
                .rev()
                .find(|&j| can_break(chars[j - 1], chars[j]))
                .unwrap_or(i);
            let moved = |j: usize| chars[j..i].iter().map(|c| c.width().unwrap_or(0)).sum::<usize>();
            if moved(j) + w > width {
                j = i;
            }
            used = moved(j);
            line += 1;
            line_start = j;
            for l in &mut line_of[j..i] {
                *l = line;
            }
        }
        line_of.push(line);
        used += w;
    }
    line_of
}

fn cells(s: &str) -> usize {
    s.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// Wraps styled characters into lines of at most `width` cells, after `indent` on the first.
fn wrap(chars: &[(char, Style)], line_of: &[usize], indent: &str) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let mut spans: Vec<Span<'static>> = vec![Span::raw(indent.to_owned())];
    let mut cur = String::new();
    let mut cur_style = Style::default();
    let mut line = 0;
    for (&(c, st), &l) in chars.iter().zip(line_of) {
        if l != line {
            if !cur.is_empty() {
                spans.push(Span::styled(std::mem::take(&mut cur), cur_style));
            }
            lines.push(Line::from(std::mem::take(&mut spans)));
            line = l;
        }
        if st != cur_style && !cur.is_empty() {
            spans.push(Span::styled(std::mem::take(&mut cur), cur_style));
        }
        cur_style = st;
        cur.push(c);
    }
    if !cur.is_empty() {
        spans.push(Span::styled(cur, cur_style));
    }
    if !spans.is_empty() {
        lines.push(Line::from(spans));
    }
    lines
}

/// Sets plain styled text in lines of `width` cells.
fn set(chars: &[(char, Style)], width: usize, indent: &str) -> Vec<Line<'static>> {
    let text: Vec<char> = chars.iter().map(|&(c, _)| c).collect();
    wrap(chars, &line_of_chars(&text, width, cells(indent)), indent)
}

/// Where an article from a page or dataset came from: `seeds.csv #5 · 中国吉林网 · http://…`.
/// Plain text files have only their file, which the panes already name.
pub fn provenance(a: &crate::corpus::model::Article) -> Option<String> {
    if a.url.is_none() && a.site.is_none() && a.record.is_none() {
        return None;
    }
    let file = a.file.rsplit(['/', '\\']).next().unwrap_or(&a.file);
    let file = match a.record {
        Some(r) => format!("{file} #{r}"),
        None => file.to_owned(),
    };
    let site = a
        .site
        .clone()
        .filter(|s| a.publication.as_deref() != Some(s.as_str()));
    Some(
        [Some(file), site, a.url.clone()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · "),
    )
}

fn plain(text: &str, style: Style) -> Vec<(char, Style)> {
    text.chars().map(|c| (c, style)).collect()
}

/// The glyph shown after an entity the user marked (★), if any.
pub type Glyph<'a> = &'a dyn Fn(&MarkKind) -> Option<&'static str>;

/// Builds the article's lines for a reader `width` cells wide; a marked entity is followed by
/// its glyph.
pub fn lines(
    data: &Data,
    t: &Theme,
    article: usize,
    width: usize,
    current: Option<usize>,
    glyph: Glyph,
    date_format: &str,
) -> Lines {
    let a = &data.corpus.articles[article];
    let mut out = Lines {
        lines: Vec::new(),
        paragraph_line: Vec::new(),
        entity_line: Vec::new(),
    };
    out.lines
        .extend(set(&plain(a.display_title(), t.title), width, ""));
    if let Some(s) = &a.subtitle {
        out.lines.extend(set(&plain(s, t.subtitle), width, ""));
    }
    let meta: Vec<String> = [
        (!a.authors.is_empty()).then(|| a.authors.join("、")),
        a.date
            .as_deref()
            .map(|d| crate::tui::app::format_date(d, date_format)),
        a.publication.clone(),
        a.page.clone(),
        data.focus(a),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !meta.is_empty() {
        out.lines
            .extend(set(&plain(&meta.join(" · "), t.meta), width, ""));
    }
    if let Some(p) = provenance(a) {
        out.lines.extend(set(&plain(&p, t.meta), width, ""));
    }
    let mut entity = 0;
    let mut n = 0;
    for s in &a.sections {
        out.lines.push(Line::default());
        if let Some(h) = &s.heading {
            out.lines.extend(set(&plain(h, t.heading), width, "■ "));
            out.lines.push(Line::default());
        }
        for p in &s.paragraphs {
            out.paragraph_line.push((p.id.clone(), out.lines.len()));
            let base = if p.kind == ParagraphKind::Caption {
                t.caption
            } else {
                t.body
            };
            let mut chars = plain(&p.text, base);
            let mut starts = Vec::new();
            let marks = data.marks(article, n);
            n += 1;
            // Characters inserted so far (glyphs): later marks stand that much further on.
            let mut shift = 0;
            for m in marks {
                let mut st = mark_style(t, &m.kind);
                if current == Some(entity) {
                    st = st.patch(t.current);
                }
                for ch in chars.iter_mut().take(m.end + shift).skip(m.start + shift) {
                    ch.1 = base.patch(st);
                }
                starts.push(m.start + shift);
                if let Some(g) = glyph(&m.kind) {
                    for (i, c) in g.chars().enumerate() {
                        chars.insert((m.end + shift + i).min(chars.len()), (c, t.title));
                    }
                    shift += g.chars().count();
                }
                entity += 1;
            }
            let indent = if p.kind == ParagraphKind::Caption {
                "  ▣ "
            } else {
                "  "
            };
            let first = out.lines.len();
            let text: Vec<char> = chars.iter().map(|&(c, _)| c).collect();
            let line_of = line_of_chars(&text, width, cells(indent));
            for s in starts {
                out.entity_line.push(first + line_of.get(s).copied().unwrap_or(0));
            }
            let wrapped = wrap(&chars, &line_of, indent);
            out.lines.extend(wrapped);
            out.lines.push(Line::default());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Style;

    fn texts(line: &Line) -> String {
        line.spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn wrap_never_exceeds_the_width_with_cjk() {
        let chars = plain(
            "招商引资项目建设推进高质量发展大会召开后，朝阳区迅速行动abc",
            Style::default(),
        );
        for width in [5, 7, 10, 11] {
            for l in set(&chars, width, "  ") {
                assert!(l.width() <= width, "{width}: {l:?}");
            }
        }
    }

    #[test]
    fn no_line_starts_with_closing_or_ends_with_opening_punctuation() {
        let corpus = crate::corpus::load(&[]).unwrap_or_default();
        let mut checked = 0;
        for a in &corpus.articles {
            for p in a.paragraphs() {
                let chars = plain(&p.text, Style::default());
                for width in [20, 33, 50, 51, 80] {
                    let lines = set(&chars, width, "  ");
                    let joined: String = lines.iter().map(texts).collect();
                    assert_eq!(joined, format!("  {}", p.text), "nothing lost or added");
                    for (n, l) in lines.iter().enumerate() {
                        let t = texts(l);
                        assert!(l.width() <= width, "{width}: {t}");
                        if n > 0 {
                            let first = t.chars().next().unwrap_or(' ');
                            assert!(!NO_LINE_START.contains(first), "{width}: starts {t}");
                        }
                        if n + 1 < lines.len() {
                            let last = t.chars().last().unwrap_or(' ');
                            assert!(!NO_LINE_END.contains(last), "{width}: ends {t}");
                        }
                    }
                    checked += lines.len();
                }
            }
        }
        assert!(checked > 1000, "the seeds were wrapped ({checked} lines)");
    }

    #[test]
    fn ascii_tokens_and_paired_dashes_stay_whole() {
        let text: Vec<char> = "总投资3.5亿元的G331项目——已开工".chars().collect();
        // Width 8: `3.5` would straddle the edge; it moves whole to the next line.
        let line_of = line_of_chars(&text, 8, 0);
        let lines = |lo: &[usize]| {
            let mut out = vec![String::new(); lo.last().map_or(0, |l| l + 1)];
            for (c, &l) in text.iter().zip(lo) {
                out[l].push(*c);
            }
            out
        };
        assert_eq!(lines(&line_of)[..2], ["总投资".to_owned(), "3.5亿元".to_owned()]);
        for width in 8..30 {
            for l in lines(&line_of_chars(&text, width, 0)) {
                assert!(!l.contains("G3") || l.contains("G331"), "{width}: {l}");
                assert!(!l.contains('.') || l.contains("3.5"), "{width}: {l}");
                assert!(!l.starts_with('—') || l.starts_with("——"), "{width}: {l}");
                assert!(!l.ends_with('—') || l.ends_with("——"), "{width}: {l}");
            }
        }
    }

    #[test]
    fn a_token_longer_than_the_line_still_breaks() {
        let text: Vec<char> = "见https://www.changchun.gov.cn/zw/".chars().collect();
        let line_of = line_of_chars(&text, 10, 0);
        let mut used = vec![0; line_of.last().map_or(0, |l| l + 1)];
        for (c, &l) in text.iter().zip(&line_of) {
            used[l] += c.width().unwrap_or(0);
        }
        assert!(used.iter().all(|&u| u <= 10), "{used:?}");
        assert!(used.len() >= 4);
    }
}

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

/// Wraps styled characters into lines of at most `width` cells.
fn wrap(chars: &[(char, Style)], width: usize, indent: &str) -> Vec<Line<'static>> {
    let width = width.max(4);
    let mut lines = Vec::new();
    let mut spans: Vec<Span<'static>> = vec![Span::raw(indent.to_owned())];
    let mut cur = String::new();
    let mut cur_style = Style::default();
    let mut used = indent.chars().map(|c| c.width().unwrap_or(0)).sum::<usize>();
    for &(c, st) in chars {
        let w = c.width().unwrap_or(0);
        if used + w > width {
            if !cur.is_empty() {
                spans.push(Span::styled(std::mem::take(&mut cur), cur_style));
            }
            lines.push(Line::from(std::mem::take(&mut spans)));
            used = 0;
        }
        if st != cur_style && !cur.is_empty() {
            spans.push(Span::styled(std::mem::take(&mut cur), cur_style));
        }
        cur_style = st;
        cur.push(c);
        used += w;
    }
    if !cur.is_empty() {
        spans.push(Span::styled(cur, cur_style));
    }
    if !spans.is_empty() {
        lines.push(Line::from(spans));
    }
    lines
}

fn plain(text: &str, style: Style) -> Vec<(char, Style)> {
    text.chars().map(|c| (c, style)).collect()
}

/// Builds the article's lines for a reader `width` cells wide.
pub fn lines(data: &Data, t: &Theme, article: usize, width: usize, current: Option<usize>) -> Lines {
    let a = &data.corpus.articles[article];
    let mut out = Lines {
        lines: Vec::new(),
        paragraph_line: Vec::new(),
        entity_line: Vec::new(),
    };
    out.lines.extend(wrap(&plain(&a.title, t.title), width, ""));
    if let Some(s) = &a.subtitle {
        out.lines.extend(wrap(&plain(s, t.subtitle), width, ""));
    }
    let meta: Vec<String> = [
        (!a.authors.is_empty()).then(|| a.authors.join("、")),
        a.date.clone(),
        a.publication.clone(),
        a.page.clone(),
        data.focus(a),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !meta.is_empty() {
        out.lines
            .extend(wrap(&plain(&meta.join(" · "), t.meta), width, ""));
    }
    let mut entity = 0;
    let mut n = 0;
    for s in &a.sections {
        out.lines.push(Line::default());
        if let Some(h) = &s.heading {
            out.lines.extend(wrap(&plain(h, t.heading), width, "■ "));
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
            for m in marks {
                let mut st = mark_style(t, &m.kind);
                if current == Some(entity) {
                    st = st.patch(t.current);
                }
                for ch in chars.iter_mut().take(m.end).skip(m.start) {
                    ch.1 = base.patch(st);
                }
                starts.push(m.start);
                entity += 1;
            }
            let indent = if p.kind == ParagraphKind::Caption {
                "  ▣ "
            } else {
                "  "
            };
            let first = out.lines.len();
            let wrapped = wrap(&chars, width, indent);
            // Where each entity starts: walk the wrapped widths.
            let mut line_of_char = Vec::with_capacity(chars.len());
            let mut line = 0;
            let mut used = indent.chars().map(|c| c.width().unwrap_or(0)).sum::<usize>();
            for (c, _) in &chars {
                let w = c.width().unwrap_or(0);
                if used + w > width.max(4) {
                    line += 1;
                    used = 0;
                }
                line_of_char.push(line);
                used += w;
            }
            for s in starts {
                out.entity_line
                    .push(first + line_of_char.get(s).copied().unwrap_or(0));
            }
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

    #[test]
    fn wrap_never_exceeds_the_width_with_cjk() {
        let chars = plain(
            "招商引资项目建设推进高质量发展大会召开后，朝阳区迅速行动abc",
            Style::default(),
        );
        for width in [5, 7, 10, 11] {
            for l in wrap(&chars, width, "  ") {
                assert!(l.width() <= width, "{width}: {l:?}");
            }
        }
    }
}

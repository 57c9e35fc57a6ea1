//! The help overlay, generated from the key table.

use crate::search::PREFIXES;
use crate::tui::app::App;
use crate::tui::keymap::Keymap;
use crate::tui::view::clear;
use crate::tui::view::lists::COUNTS_LEGEND;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use ratatui::Frame;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// One line of help before it is fitted to a column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entry {
    Heading(String),
    /// Keys and what they do.
    Key(String, String),
    Text(String),
    Blank,
}

/// What the help says, group by group: the keys in effect (the configuration's too).
pub fn entries(keymap: &Keymap) -> Vec<Entry> {
    let mut out = Vec::new();
    let mut group = "";
    for b in keymap.bindings.iter().filter(|b| !b.keys.is_empty()) {
        if b.group != group {
            group = b.group;
            if !out.is_empty() {
                out.push(Entry::Blank);
            }
            out.push(Entry::Heading(group.to_owned()));
        }
        out.push(Entry::Key(b.keys.to_string(), b.help.to_owned()));
    }
    out.push(Entry::Key("1 … 9".into(), "district by number".into()));
    out.push(Entry::Key(
        "mouse".into(),
        "click to focus and select, wheel to scroll".into(),
    ));
    out.push(Entry::Blank);
    out.push(Entry::Heading("Search prefixes".into()));
    for (p, k) in PREFIXES {
        out.push(Entry::Key((*p).to_owned(), format!("only {k}")));
    }
    out.push(Entry::Blank);
    out.push(Entry::Heading("Regions counts".into()));
    out.push(Entry::Text(COUNTS_LEGEND.to_owned()));
    out.push(Entry::Blank);
    out.push(Entry::Text(
        "Ctrl-i arrives as Tab on most terminals; Alt-→ always goes forward.".into(),
    ));
    out
}

/// Breaks `s` into pieces of at most `width` cells, at spaces where it can (a CJK run breaks
/// anywhere between characters, never inside one).
pub fn wrap(s: &str, width: usize) -> Vec<String> {
    let width = width.max(2);
    let mut lines = Vec::new();
    let mut cur = String::new();
    for word in s.split_inclusive(' ') {
        if cur.width() + word.trim_end().width() > width && !cur.is_empty() {
            lines.push(cur.trim_end().to_owned());
            cur.clear();
        }
        for c in word.chars() {
            if cur.width() + c.width().unwrap_or(0) > width {
                lines.push(cur.trim_end().to_owned());
                cur.clear();
            }
            if !(cur.is_empty() && c == ' ') {
                cur.push(c);
            }
        }
    }
    if !cur.trim_end().is_empty() {
        lines.push(cur.trim_end().to_owned());
    }
    lines
}

/// The entries laid out in a column `width` cells wide: keys in a column of their own, what
/// they do wrapped beside them (`copy the quote with its` / `citation (OSC 52)` both start
/// under `copy`, never under the keys).
pub fn column(app: &App, entries: &[Entry], width: usize) -> Vec<Line<'static>> {
    let key_w = entries
        .iter()
        .filter_map(|e| match e {
            Entry::Key(k, _) => Some(k.width()),
            _ => None,
        })
        .max()
        .unwrap_or(0)
        + 4;
    let mut lines = Vec::new();
    for e in entries {
        match e {
            Entry::Heading(h) => lines.push(Line::from(Span::styled(h.clone(), app.theme.heading))),
            Entry::Blank => lines.push(Line::default()),
            Entry::Text(t) => lines.extend(wrap(t, width).into_iter().map(Line::from)),
            Entry::Key(k, text) => {
                for (i, piece) in wrap(text, width.saturating_sub(key_w)).into_iter().enumerate() {
                    let keys = if i == 0 { k.as_str() } else { "" };
                    let pad = key_w.saturating_sub(keys.width() + 2);
                    lines.push(Line::from(vec![
                        Span::styled(format!("  {keys}{}", " ".repeat(pad)), app.theme.title),
                        Span::raw(piece),
                    ]));
                }
            }
        }
    }
    lines
}

/// The help's columns in `area` (inside its border) and the length of the longest.
fn columns(app: &App, area: Rect) -> (Vec<(Rect, Vec<Line<'static>>)>, usize) {
    let all = entries(&app.keymap);
    let inner = Block::default().borders(Borders::ALL).inner(area);
    let one = column(app, &all, inner.width as usize);
    if one.len() <= inner.height as usize {
        let n = one.len();
        return (vec![(inner, one)], n);
    }
    let [l, r] = Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
        .spacing(2)
        .areas(inner);
    // Break at the blank between groups that evens the two columns (groups stay whole).
    let halves = |at: usize| {
        (
            column(app, &all[..at], l.width as usize),
            column(app, &all[(at + 1).min(all.len())..], r.width as usize),
        )
    };
    let split = (0..all.len())
        .filter(|&i| all[i] == Entry::Blank)
        .min_by_key(|&i| {
            let (a, b) = halves(i);
            a.len().max(b.len())
        })
        .unwrap_or(all.len() / 2);
    let (left, right) = halves(split);
    let n = left.len().max(right.len());
    (vec![(l, left), (r, right)], n)
}

/// How far the help in `area` can scroll.
pub fn max_scroll(app: &App, area: Rect) -> usize {
    let (_, longest) = columns(app, area);
    longest.saturating_sub(area.height.saturating_sub(2) as usize)
}

/// Draws the help overlay: one column when it fits, else two side by side (split between
/// groups), scrolled by `j`/`k` when even two are too long for the screen.
pub fn help(app: &App, f: &mut Frame, area: Rect) {
    clear(f, area);
    let (cols, _) = columns(app, area);
    let max_scroll = max_scroll(app, area);
    let scroll = app.help.scroll.min(max_scroll);
    let title = if max_scroll > 0 {
        "Help · j/k scroll · Esc or ? to close"
    } else {
        "Help · Esc or ? to close"
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(app.theme.border_focus)
        .title(title);
    f.render_widget(block, area);
    for (r, lines) in cols {
        f.render_widget(Paragraph::new(lines).scroll((scroll as u16, 0)), r);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_stays_within_the_width_and_breaks_at_spaces() {
        let w = wrap("copy the quote with its citation (OSC 52)", 20);
        assert_eq!(w, ["copy the quote with", "its citation (OSC", "52)"]);
        for piece in wrap("文 articles about / 提 mentioning · 引 quotes", 9) {
            assert!(piece.width() <= 9, "{piece}");
        }
    }
}

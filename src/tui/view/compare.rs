//! Two districts side by side: counts, the money by metric (results apart from targets, each
//! with its period), their top projects and their most-quoted sources.

use crate::extract::districts::{Cell, Profile, CATEGORIES};
use crate::tui::app::{yuan, App};
use crate::tui::view::{clear, fit};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

fn money(c: Option<&Cell>) -> String {
    match c {
        None => "—".into(),
        Some(c) => match &c.period {
            Some(p) => format!("{} ({p})", yuan(c.value)),
            None => yuan(c.value),
        },
    }
}

/// `label  value` with the value after a fixed column.
fn pair(label: &str, value: String, label_w: usize) -> String {
    let pad = " ".repeat(label_w.saturating_sub(label.width()));
    format!("{label}{pad}{value}")
}

/// One district's column, as many lines as `height` allows (the lists are cut first).
/// `np` project lines (padded, so the two columns' "Most quoted" stand level).
fn column(app: &App, p: &Profile, width: usize, height: usize, np: usize) -> Vec<Line<'static>> {
    let r = &p.row;
    let mut out = vec![
        Line::from(Span::styled(fit(&r.district, width), app.theme.title)),
        Line::from(fit(
            &format!(
                "{} articles · {} quotes · {} projects",
                r.articles, r.quotes, r.projects
            ),
            width,
        )),
        Line::default(),
    ];
    for (m, (heading, _)) in r.money.iter().zip(CATEGORIES) {
        out.push(Line::from(Span::styled(heading.to_string(), app.theme.heading)));
        out.push(Line::from(fit(
            &pair("  实际", money(m.actual.as_ref()), 8),
            width,
        )));
        out.push(Line::from(fit(
            &pair("  目标", money(m.target.as_ref()), 8),
            width,
        )));
    }
    let ns = height.saturating_sub(out.len() + 4 + np);
    out.push(Line::default());
    out.push(Line::from(Span::styled("Top projects", app.theme.heading)));
    if p.projects.is_empty() {
        out.push(Line::from("  —"));
    }
    for (name, v) in p.projects.iter().take(np) {
        let v = v.map(yuan).unwrap_or_default();
        let name_w = width.saturating_sub(v.width() + 3);
        let name = fit(name, name_w);
        out.push(Line::from(format!(
            "  {name}{} {v}",
            " ".repeat(name_w.saturating_sub(name.width()))
        )));
    }
    for _ in p.projects.len().max(1)..np {
        out.push(Line::default());
    }
    out.push(Line::from(Span::styled("Most quoted", app.theme.heading)));
    if p.sources.is_empty() {
        out.push(Line::from("  —"));
    }
    for (label, role, n) in p.sources.iter().take(ns.max(1)) {
        let n = n.to_string();
        let who = fit(&format!("{label} {role}"), width.saturating_sub(n.len() + 3));
        out.push(Line::from(format!(
            "  {who}{} {n}",
            " ".repeat(width.saturating_sub(n.len() + 3 + who.width()))
        )));
    }
    out.truncate(height);
    out
}

/// Draws the comparison.
pub fn compare(app: &App, f: &mut Frame, area: Rect) {
    clear(f, area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(app.theme.border_focus)
        .title(format!(
            "Compare{} · Tab swap · c pick again · Esc close",
            crate::tui::view::timeline::dates_note(app)
        ));
    let inner = block.inner(area);
    f.render_widget(block, area);
    let Some(p) = &app.compare.profiles else { return };
    let [l, r] = Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
        .spacing(2)
        .areas(inner);
    let h = inner.height as usize;
    // Lines above the lists: name, counts, a blank, three per money category, a blank, a heading.
    let fixed = 3 + 3 * CATEGORIES.len() + 2;
    let longest = p.0.projects.len().max(p.1.projects.len()).max(1);
    let np = longest.min((h.saturating_sub(fixed + 1)).div_ceil(2)).max(1);
    f.render_widget(Paragraph::new(column(app, &p.0, l.width as usize, h, np)), l);
    f.render_widget(Paragraph::new(column(app, &p.1, r.width as usize, h, np)), r);
}

//! The person page: who they are (every role held, with when), then every quote of theirs in
//! date order; the selected one in full below.

use crate::corpus::normalize::sanitize;
use crate::marks::Mark;
use crate::tui::app::{format_date, App};
use crate::tui::person;
use crate::tui::view::lists::{row, Row};
use crate::tui::view::{clear, fit};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

/// Lines of the selected quote under the list.
const DETAIL: u16 = 5;

/// `九台区副区长 (2024-03-01 – 2025-05-02)`, each role held with when.
fn roles_line(app: &App) -> String {
    let Some(page) = &app.person.page else {
        return String::new();
    };
    let held: Vec<String> = page
        .roles
        .iter()
        .map(|h| {
            let date = |d: &str| format_date(d, &app.date_format);
            match (&h.from, &h.to) {
                (Some(f), Some(t)) if f != t => format!("{} ({} – {})", h.role, date(f), date(t)),
                (Some(f), _) => format!("{} ({})", h.role, date(f)),
                _ => h.role.clone(),
            }
        })
        .collect();
    if held.is_empty() {
        "role not given".into()
    } else {
        held.join(" · ")
    }
}

fn parts(app: &App, area: Rect) -> [Rect; 3] {
    let inner = Block::default().borders(Borders::ALL).inner(area);
    // The roles wrap: as many lines as they take (two at most on a narrow screen, plus the
    // organisations).
    let w = inner.width.max(1) as usize;
    let roles = unicode_width::UnicodeWidthStr::width(roles_line(app).as_str()) + 7;
    let head = (roles.div_ceil(w)).clamp(1, 3) as u16 + 1;
    Layout::vertical([
        Constraint::Length(head),
        Constraint::Min(1),
        Constraint::Length(DETAIL),
    ])
    .areas(inner)
}

/// Where the list of quotes stands in the page's `area`.
pub fn list_rect(app: &App, area: Rect) -> Rect {
    parts(app, area)[1]
}

/// Draws the person page.
pub fn person(app: &App, f: &mut Frame, area: Rect) {
    clear(f, area);
    let Some(page) = &app.person.page else { return };
    let quotes = person::visible(app);
    let region = page
        .region
        .as_deref()
        .map_or(String::new(), |r| format!(" · {r}"));
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(app.theme.border_focus)
        .title(format!(
            "Person · {}{region} · {} quotes · Enter go · s t a mark · Esc close",
            sanitize(&page.name),
            quotes.len()
        ));
    f.render_widget(block, area);
    let [head, list, detail] = parts(app, area);
    let orgs = if page.organizations.is_empty() {
        String::new()
    } else {
        format!("organisations: {}", page.organizations.join("、"))
    };
    f.render_widget(
        Paragraph::new(vec![
            Line::from(vec![
                Span::styled("roles: ", app.theme.heading),
                Span::raw(sanitize(&roles_line(app))),
            ]),
            Line::from(Span::styled(sanitize(&orgs), app.theme.dim)),
        ])
        .wrap(Wrap { trim: false }),
        head,
    );
    let d = &app.data;
    let c = app.person.cursor;
    let width = list.width as usize;
    let lines: Vec<Line> = quotes
        .iter()
        .enumerate()
        .skip(c.offset)
        .take(list.height as usize)
        .map(|(i, &q)| {
            let quote = &d.entities.quotes[q];
            // Undated rows padded to a date's width, so the quotes stand in one column.
            let date = d.article_date(&quote.article).map_or_else(
                || {
                    let w = format_date("2024-08-01", &app.date_format).width();
                    format!("undated{}", " ".repeat(w.saturating_sub(7)))
                },
                |x| format_date(x, &app.date_format),
            );
            let glyph = d
                .keys
                .quote(&d.entities, q)
                .and_then(|k| app.marks.get(&k))
                .map_or(" ", Mark::glyph);
            let title = d
                .article_position(&quote.article)
                .map(|a| d.corpus.articles[a].display_title().to_owned())
                .unwrap_or_default();
            let r = Row::new(format!("{glyph}{date} "), sanitize(&quote.text), sanitize(&title));
            let style = if i == c.selected {
                app.theme.selected
            } else {
                Style::default()
            };
            row(&r, width, style, app.theme.dim)
        })
        .collect();
    if lines.is_empty() {
        f.render_widget(Paragraph::new("No quote of theirs in the date range."), list);
    } else {
        f.render_widget(Paragraph::new(lines), list);
    }
    let Some(q) = person::selected(app) else { return };
    let quote = &d.entities.quotes[q];
    let mut text = vec![Line::from(Span::styled(
        "─".repeat(detail.width as usize),
        app.theme.border,
    ))];
    text.push(Line::from(Span::styled(
        format!("“{}”", sanitize(&quote.text)),
        app.theme.quote,
    )));
    let as_role = quote.role.clone().unwrap_or_default();
    let key = d.keys.quote(&d.entities, q);
    let tags = key
        .and_then(|k| app.marks.get(&k).cloned())
        .map(|m| m.tags.iter().map(|t| format!(" #{t}")).collect::<String>())
        .unwrap_or_default();
    let said = format!("— {as_role}{tags}");
    text.push(Line::from(Span::styled(
        fit(&sanitize(&said), detail.width as usize),
        app.theme.dim,
    )));
    f.render_widget(Paragraph::new(text).wrap(Wrap { trim: false }), detail);
}

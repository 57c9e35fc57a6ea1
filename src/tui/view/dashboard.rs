//! The district dashboard: districts side by side — articles, quotes, projects and the money
//! the text gives (签约/引资, 到位资金, 投资额) — as a table and a bar chart.

use crate::tui::app::App;
use crate::tui::data::Data;
use crate::tui::view::{clear, fit};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Block, Borders, Paragraph};
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

/// Money categories: heading and the metric words that belong to it.
pub const METRICS: &[(&str, &[&str])] = &[
    ("签约/引资", &["签约", "引资"]),
    ("到位资金", &["到位", "实际利用外资"]),
    ("投资额", &["投资", "计划投入"]),
];

/// One district's figures.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub district: String,
    pub articles: usize,
    pub quotes: usize,
    pub projects: usize,
    /// CNY per category of [`METRICS`].
    pub money: Vec<f64>,
}

/// The table's rows, one per district in order. Money counts CNY figures whose metric falls
/// in a category; each figure once, in the first category it fits.
pub fn rows(d: &Data) -> Vec<Row> {
    let e = &d.entities;
    d.districts
        .iter()
        .map(|name| {
            let mut money = vec![0.0; METRICS.len()];
            for fig in e
                .figures
                .iter()
                .filter(|x| x.kind == "money" && x.unit == "CNY" && x.region.as_deref() == Some(name))
            {
                let Some(m) = fig.metric.as_deref() else { continue };
                if let Some(k) = METRICS
                    .iter()
                    .position(|(_, words)| words.iter().any(|w| m.contains(w)))
                {
                    money[k] += fig.value;
                }
            }
            Row {
                district: name.clone(),
                articles: d
                    .corpus
                    .articles
                    .iter()
                    .filter(|a| d.focus(a).as_deref() == Some(name))
                    .count(),
                quotes: e
                    .quotes
                    .iter()
                    .filter(|q| q.region.as_deref() == Some(name))
                    .count(),
                projects: e
                    .projects
                    .iter()
                    .filter(|p| p.region.as_deref() == Some(name))
                    .count(),
                money,
            }
        })
        .collect()
}

fn yi(v: f64) -> String {
    if v == 0.0 {
        "—".into()
    } else {
        format!("{:.2}", v / 1e8)
    }
}

fn cell(s: &str, w: usize) -> String {
    let s = fit(s, w);
    format!("{s}{}", " ".repeat(w.saturating_sub(s.width())))
}

/// Draws the dashboard overlay.
pub fn dashboard(app: &App, f: &mut Frame, area: Rect) {
    clear(f, area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(app.theme.border_focus)
        .title(
            "District dashboard · money in 亿元 (CNY) as the text states it · Tab: chart metric · Esc close",
        );
    let inner = block.inner(area);
    f.render_widget(block, area);
    let data = rows(&app.data);
    let [table, chart] =
        Layout::vertical([Constraint::Length(data.len() as u16 + 2), Constraint::Min(3)]).areas(inner);

    let mut header = vec![
        cell("district", 12),
        cell("articles", 9),
        cell("quotes", 7),
        cell("projects", 9),
    ];
    header.extend(METRICS.iter().map(|(h, _)| cell(h, 12)));
    let mut lines = vec![Line::from(Span::styled(header.concat(), app.theme.heading))];
    for r in &data {
        let mut cells = vec![
            cell(&r.district, 12),
            cell(&r.articles.to_string(), 9),
            cell(&r.quotes.to_string(), 7),
            cell(&r.projects.to_string(), 9),
        ];
        cells.extend(r.money.iter().map(|v| cell(&yi(*v), 12)));
        let style = if app.filter.as_deref() == Some(r.district.as_str()) {
            app.theme.current
        } else {
            Style::default()
        };
        lines.push(Line::from(Span::styled(cells.concat(), style)));
    }
    f.render_widget(Paragraph::new(lines), table);

    let metric = app.dashboard_metric.min(METRICS.len() - 1);
    let bars: Vec<Bar> = data
        .iter()
        .map(|r| {
            let label = r.district.trim_end_matches(['区', '市', '县']).to_owned();
            Bar::default()
                .value((r.money[metric] / 1e8).round() as u64)
                .text_value(yi(r.money[metric]))
                .label(Line::from(label))
        })
        .collect();
    let chart_block = Block::default()
        .borders(Borders::TOP)
        .title(format!("{} (亿元)", METRICS[metric].0));
    let bar_width = ((chart.width as usize / data.len().max(1)).saturating_sub(1)).clamp(4, 10) as u16;
    let chart_widget = BarChart::default()
        .block(chart_block)
        .data(BarGroup::default().bars(&bars))
        .bar_width(bar_width)
        .bar_gap(1)
        .bar_style(app.theme.heading)
        .value_style(app.theme.status);
    f.render_widget(chart_widget, chart);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_per_district() {
        let c = crate::corpus::load(&[]).unwrap();
        let e = crate::extract::extract(&c);
        let d = Data::new(c, e);
        let r = rows(&d);
        let siping = r.iter().find(|x| x.district == "四平市").unwrap();
        assert_eq!(siping.money[1], 21_882_000_000.0, "到位资金 of 四平");
        let jiutai = r.iter().find(|x| x.district == "九台区").unwrap();
        assert!(jiutai.money[1] >= 16_387_000_000.0);
        assert_eq!(r.iter().map(|x| x.articles).sum::<usize>(), 9);
    }
}

//! The district dashboard: districts side by side — articles, quotes, projects and the money
//! the text gives (签约/引资, 到位资金, 投资额) — as a table and a bar chart.

use crate::corpus::model::Within;
use crate::extract::districts::{self, Cell, Row, CATEGORIES};
use crate::tui::app::App;
use crate::tui::data::Data;
use crate::tui::view::{clear, fit};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, BarGroup, Block, Borders, Paragraph};
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

/// The table's rows: the districts `]`/`[` step through, in their order, then the larger
/// divisions articles are about as a whole (see [`districts::rows`]).
pub fn rows(d: &Data, within: &Within) -> Vec<Row> {
    districts::rows_within(&d.corpus, &d.entities, &d.compared, &d.others, within)
}

fn value(c: Option<&Cell>) -> f64 {
    c.map_or(0.0, |c| c.value)
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

/// `实际 163.87 (2024年1-6月)`: a cell with its period, for the lines under the table.
fn described(label: &str, c: Option<&Cell>) -> Option<String> {
    let c = c?;
    let period = |p: Option<&str>| p.map_or(String::new(), |p| format!(" ({p})"));
    let mut s = format!("{label} {}{}", yi(c.value), period(c.period.as_deref()));
    // Other periods stand apart, never added (南关区: 80 for 2026年; 12 for 一季度).
    for o in &c.other_periods {
        s.push_str(&format!("; {}{}", yi(o.value), period(o.period.as_deref())));
    }
    Some(s)
}

/// Draws the dashboard overlay.
pub fn dashboard(app: &App, f: &mut Frame, area: Rect) {
    clear(f, area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(app.theme.border_focus)
        .title("Districts · 亿元 (CNY) · results apart from targets · Tab metric · Esc close");
    let inner = block.inner(area);
    f.render_widget(block, area);
    let data = rows(&app.data, app.within());
    let metric = app.dashboard.metric.min(CATEGORIES.len() - 1);
    let details: Vec<String> = data
        .iter()
        .filter_map(|r| {
            let m = &r.money[metric];
            let parts: Vec<String> = [
                described("实际", m.actual.as_ref()),
                described("目标", m.target.as_ref()),
                described("洽谈/拟投", m.prospective.as_ref()),
            ]
            .into_iter()
            .flatten()
            .collect();
            (!parts.is_empty()).then(|| format!("{} {}", cell(&r.district, 9), parts.join(" · ")))
        })
        .collect();
    let apart = data.iter().filter(|r| !r.compared).count();
    // The divisions not compared stand under a line of their own.
    let table_rows = data.len() + usize::from(apart > 0);
    let [table, detail, chart] = Layout::vertical([
        Constraint::Length(table_rows as u16 + 2),
        Constraint::Length(details.len().max(1) as u16 + 1),
        Constraint::Min(3),
    ])
    .areas(inner);

    // Widths that fit 80 columns: a number never runs into its neighbour (fit cuts with …).
    let (name_w, count_w, money_w) = (10, 5, 9);
    let mut top = vec![cell("", name_w + 3 * count_w)];
    top.extend(CATEGORIES.iter().map(|(h, _)| cell(h, 2 * money_w)));
    let mut header = vec![
        cell("district", name_w),
        cell("文章", count_w),
        cell("引语", count_w),
        cell("项目", count_w),
    ];
    for _ in CATEGORIES {
        header.push(cell("实际", money_w));
        header.push(cell("目标", money_w));
    }
    let mut lines = vec![
        Line::from(Span::styled(top.concat(), app.theme.heading)),
        Line::from(Span::styled(header.concat(), app.theme.heading)),
    ];
    for (i, r) in data.iter().enumerate() {
        if !r.compared && (i == 0 || data[i - 1].compared) {
            lines.push(Line::from(Span::styled(
                fit(
                    "not compared — cities and zones reported on as a whole:",
                    name_w + 3 * count_w + 6 * money_w,
                ),
                app.theme.dim,
            )));
        }
        let mut cells = vec![
            cell(&r.district, name_w),
            cell(&r.articles.to_string(), count_w),
            cell(&r.quotes.to_string(), count_w),
            cell(&r.projects.to_string(), count_w),
        ];
        for m in &r.money {
            cells.push(cell(&yi(value(m.actual.as_ref())), money_w));
            cells.push(cell(&yi(value(m.target.as_ref())), money_w));
        }
        let style = if app.filter.as_deref() == Some(r.district.as_str()) {
            app.theme.current
        } else {
            Style::default()
        };
        lines.push(Line::from(Span::styled(cells.concat(), style)));
    }
    f.render_widget(Paragraph::new(lines), table);

    // Which period each figure of the chosen metric covers: a result of 1-6月 and a target of
    // the whole year are not one number.
    let mut detail_lines = vec![Line::from(Span::styled(
        format!(
            "{} by period — distinct figures summed within one period",
            CATEGORIES[metric].0
        ),
        app.theme.heading,
    ))];
    if details.is_empty() {
        detail_lines.push(Line::from("—"));
    }
    detail_lines.extend(details.into_iter().map(Line::from));
    f.render_widget(Paragraph::new(detail_lines), detail);

    // Side by side: the districts compared only (a city's total beside its districts' would
    // dwarf them and count them twice).
    let bars: Vec<Bar> = data
        .iter()
        .filter(|r| r.compared)
        .map(|r| {
            let label = r.district.trim_end_matches(['区', '市', '县']).to_owned();
            let v = value(r.money[metric].actual.as_ref());
            Bar::default()
                .value((v / 1e8).round() as u64)
                .text_value(yi(v))
                .label(Line::from(label))
        })
        .collect();
    let chart_block = Block::default()
        .borders(Borders::TOP)
        .title(format!("{} · 实际 (亿元)", CATEGORIES[metric].0));
    let bar_width = ((chart.width as usize / bars.len().max(1)).saturating_sub(1)).clamp(4, 10) as u16;
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
        let r = rows(&d, &Within::all());
        let siping = r.iter().find(|x| x.district == "四平市").unwrap();
        assert_eq!(
            value(siping.money[1].actual.as_ref()),
            21_882_000_000.0,
            "到位资金 of 四平"
        );
        let jiutai = r.iter().find(|x| x.district == "九台区").unwrap();
        assert_eq!(value(jiutai.money[1].actual.as_ref()), 16_387_000_000.0);
        assert_eq!(r.iter().map(|x| x.articles).sum::<usize>(), 9);
        // The districts `]`/`[` step through, in their order, then 长春市 apart.
        let compared: Vec<&str> = r
            .iter()
            .filter(|x| x.compared)
            .map(|x| x.district.as_str())
            .collect();
        assert_eq!(compared, d.compared);
        assert!(r[..compared.len()].iter().all(|x| x.compared));
        let apart: Vec<&str> = r
            .iter()
            .filter(|x| !x.compared)
            .map(|x| x.district.as_str())
            .collect();
        assert_eq!(apart, ["长春市"]);
    }
}

//! What the panes print besides the text itself: a quote's citation, money in 万元/亿元, text
//! cut to a length.

use crate::corpus::model::format_date;
use crate::tui::data::Data;

/// `“…” —— 周凯，宽城区副区长，<organisation>（吉林日报《长春市宽城区：…》，2026-03-01，http://…）`:
/// speaker, role, organisation (when the role does not already name it), publication, title,
/// date (in `date_format`, the configuration's) and URL, each when known.
pub fn citation(data: &Data, q: usize, date_format: &str) -> String {
    let quote = &data.entities.quotes[q];
    let article = data.corpus.articles.iter().find(|a| a.id == quote.article);
    let mut who: Vec<&str> = Vec::new();
    who.extend(quote.speaker.as_deref());
    who.extend(quote.role.as_deref());
    if let Some(o) = quote.organization.as_deref() {
        if !quote.role.as_deref().is_some_and(|r| r.contains(o)) {
            who.push(o);
        }
    }
    let who = if who.is_empty() {
        "佚名".to_owned()
    } else {
        who.join("，")
    };
    let publication = article.and_then(|a| a.publication.clone()).unwrap_or_default();
    let title = article.map(|a| a.display_title().to_owned()).unwrap_or_default();
    let date = article
        .and_then(|a| a.date.as_deref())
        .map(|d| format!("，{}", format_date(d, date_format)))
        .unwrap_or_default();
    let url = article
        .and_then(|a| a.url.as_deref())
        .map(|u| format!("，{u}"))
        .unwrap_or_default();
    format!("“{}” —— {who}（{publication}《{title}》{date}{url}）", quote.text)
}

/// Money in 万元/亿元 for display.
pub fn yuan(v: f64) -> String {
    if v >= 1e8 {
        format!("{:.2}亿元", v / 1e8)
    } else if v >= 1e4 {
        format!("{:.0}万元", v / 1e4)
    } else {
        format!("{v:.0}元")
    }
}

/// The first `n` characters, with … when cut.
pub fn truncate_chars(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        s.chars().take(n).chain(std::iter::once('…')).collect()
    }
}

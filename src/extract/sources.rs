//! Sources: who gives the quotes. A named person is one source; an anonymous source
//! (公司负责人) is one per organisation, or, with none named, per article — two companies'
//! managers are two sources. What the Sources pane lists and `zhaoshang sources` prints.

use crate::corpus::model::ArticleId;
use crate::extract::Entities;
use serde::Serialize;
use std::collections::HashMap;

/// A person or an anonymous source, with the quotes they gave.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Source {
    /// Unique among the sources: the name (`周凯`), a name with its place when two people share
    /// it (`李强 · 梨树县`), or role and organisation (`公司负责人 · 楚天华通医药设备有限公司`).
    pub label: String,
    /// The person's name; none for an anonymous source.
    pub name: Option<String>,
    /// Roles as the text gives them, joined with `；`.
    pub role: String,
    pub organization: Option<String>,
    pub region: Option<String>,
    /// Positions in the corpus's quotes.
    #[serde(skip)]
    pub quotes: Vec<usize>,
    /// The quotes' ids.
    #[serde(rename = "quotes")]
    pub quote_ids: Vec<String>,
    pub articles: Vec<ArticleId>,
}

/// Every source, in the order of its first quote.
pub fn sources(e: &Entities) -> Vec<Source> {
    let position: HashMap<&str, usize> = e
        .quotes
        .iter()
        .enumerate()
        .map(|(i, q)| (q.id.as_str(), i))
        .collect();
    let mut named_count: HashMap<&str, usize> = HashMap::new();
    for p in &e.people {
        *named_count.entry(p.name.as_str()).or_default() += 1;
    }
    let mut out: Vec<Source> = Vec::new();
    for p in &e.people {
        let region = p.regions.first().cloned();
        let organization = p.organizations.first().cloned();
        let label = if named_count.get(p.name.as_str()).copied().unwrap_or(0) > 1 {
            // Told apart by place, else organisation, else role.
            let place = region
                .clone()
                .or_else(|| organization.clone())
                .or_else(|| p.roles.first().cloned())
                .unwrap_or_default();
            format!("{} · {place}", p.name)
        } else {
            p.name.clone()
        };
        out.push(Source {
            label,
            name: Some(p.name.clone()),
            role: p.roles.join("；"),
            organization,
            region,
            quotes: p
                .quotes
                .iter()
                .filter_map(|id| position.get(id.as_str()).copied())
                .collect(),
            quote_ids: p.quotes.clone(),
            articles: p.articles.clone(),
        });
    }
    let mut anonymous: HashMap<String, usize> = HashMap::new();
    for (i, q) in e.quotes.iter().enumerate() {
        if q.speaker.is_some() {
            continue;
        }
        let Some(role) = q.role.as_deref() else { continue };
        // One per organisation (its 相关负责人 and 公司负责人 are one source), else per
        // article (公司负责人 of two articles may be two people).
        // Labelled role · organisation, the role without the organisation it starts with
        // (长春鲜啤三十公里科技有限公司相关负责人 → 相关负责人 · 长春鲜啤三十公里科技有限公司).
        let (key, label) = match q.organization.as_deref() {
            Some(o) => {
                let short = role.strip_prefix(o).filter(|r| !r.is_empty()).unwrap_or(role);
                (o.to_owned(), format!("{short} · {o}"))
            }
            None => (format!("{role}\u{0}{}", q.article.0), role.to_owned()),
        };
        let k = *anonymous.entry(key).or_insert_with(|| {
            out.push(Source {
                label,
                name: None,
                role: role.to_owned(),
                organization: q.organization.clone(),
                region: q.region.clone(),
                quotes: Vec::new(),
                quote_ids: Vec::new(),
                articles: Vec::new(),
            });
            out.len() - 1
        });
        let s = &mut out[k];
        if !s.role.split('；').any(|r| r == role) {
            s.role.push('；');
            s.role.push_str(role);
        }
        s.quotes.push(i);
        s.quote_ids.push(q.id.clone());
        if s.articles.last() != Some(&q.article) {
            s.articles.push(q.article.clone());
        }
    }
    // In the order of their first quote, as the text introduces them.
    out.sort_by_key(|s| s.quotes.first().copied().unwrap_or(usize::MAX));
    // Labels that still collide (one role without organisation in two articles) take the
    // region, then the article, so that a label names one source.
    let mut seen: HashMap<String, usize> = HashMap::new();
    for s in &out {
        *seen.entry(s.label.clone()).or_default() += 1;
    }
    let mut taken: std::collections::HashSet<String> = out.iter().map(|s| s.label.clone()).collect();
    for s in out.iter_mut().filter(|s| s.name.is_none()) {
        if seen.get(&s.label).copied().unwrap_or(0) > 1 {
            let with_region = format!("{} · {}", s.label, s.region.as_deref().unwrap_or("?"));
            let label = if taken.contains(&with_region) {
                format!("{} · {}", s.label, s.articles.first().map_or("?", |a| &*a.0))
            } else {
                with_region
            };
            taken.insert(label.clone());
            s.label = label;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::load_text;

    #[test]
    fn one_name_in_two_counties_is_two_people() {
        let text = "梨树县招商\n\n本报记者 张三\n\n梨树县副县长李强表示：“我们欢迎投资。”\n\n\
                    九台区招商\n\n本报记者 王五\n\n九台区商务局局长李强表示：“项目进展顺利。”\n";
        let corpus = crate::corpus::model::Corpus {
            articles: load_text("t.txt", "t", text),
            ..Default::default()
        };
        let e = crate::extract::extract(&corpus);
        let all = sources(&e);
        let li: Vec<&Source> = all.iter().filter(|s| s.name.as_deref() == Some("李强")).collect();
        assert_eq!(li.len(), 2, "{:?}", e.people);
        assert!(li.iter().any(|s| s.label == "李强 · 梨树县"), "{li:?}");
        assert!(li.iter().any(|s| s.label == "李强 · 九台区"), "{li:?}");
    }
}

//! Sources: who gives the quotes. A named person is one source; an anonymous source
//! (公司负责人) is one per organisation, or, with none named, per article — two companies'
//! managers are two sources. What the Sources pane lists and `zhaoshang sources` prints.

use crate::corpus::model::{ArticleId, Corpus};
use crate::extract::model::Span;
use crate::extract::Entities;
use serde::Serialize;
use std::collections::HashMap;

/// Where each person's name stands in the paragraphs of the articles that quote them (周凯 in
/// every paragraph of an article quoting 周凯), in characters: what the reader highlights.
pub fn person_mentions<'a>(corpus: &Corpus, e: &'a Entities) -> Vec<(Span, &'a str)> {
    let mut quoted: HashMap<&ArticleId, Vec<&str>> = HashMap::new();
    for p in &e.people {
        for a in &p.articles {
            quoted.entry(a).or_default().push(p.name.as_str());
        }
    }
    let mut out = Vec::new();
    for a in &corpus.articles {
        let Some(names) = quoted.get(&a.id) else {
            continue;
        };
        for p in a.paragraphs() {
            let chars: Vec<char> = p.text.chars().collect();
            for &name in names {
                let n: Vec<char> = name.chars().collect();
                if n.is_empty() {
                    continue;
                }
                for s in 0..chars.len().saturating_sub(n.len() - 1) {
                    if chars[s..s + n.len()] == n[..] {
                        let span = Span {
                            paragraph: p.id.clone(),
                            start: s,
                            end: s + n.len(),
                        };
                        out.push((span, name));
                    }
                }
            }
        }
    }
    out
}

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

/// One role a person held, with the first and last dates the corpus shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Held {
    pub role: String,
    pub from: Option<String>,
    pub to: Option<String>,
}

/// Everything one person said across the corpus: what the person page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PersonPage {
    pub name: String,
    pub region: Option<String>,
    /// Every role held, in the order first seen (by date).
    pub roles: Vec<Held>,
    pub organizations: Vec<String>,
    /// Positions in the corpus's quotes, by their article's date (undated last), then in
    /// reading order.
    pub quotes: Vec<usize>,
}

/// The page of source `s`: its quotes and those of every source with the same name and
/// region (a 副区长 who later appears as 区长 of the same place is one person), in date order.
pub fn person_page(corpus: &Corpus, e: &Entities, sources: &[Source], s: usize) -> PersonPage {
    let me = &sources[s];
    let same = |o: &Source| match (&me.name, &o.name) {
        (Some(a), Some(b)) => a == b && me.region == o.region,
        _ => std::ptr::eq(me, o),
    };
    let date_of = |q: usize| corpus.article(&e.quotes[q].article).and_then(|a| a.date.clone());
    let mut quotes: Vec<(Option<String>, usize)> = sources
        .iter()
        .filter(|o| same(o))
        .flat_map(|o| o.quotes.iter().map(|&q| (date_of(q), q)))
        .collect();
    // Dated first, oldest first; undated after; each article's quotes in reading order.
    quotes.sort_by(|(da, qa), (db, qb)| (da.is_none(), da, qa).cmp(&(db.is_none(), db, qb)));
    quotes.dedup_by_key(|(_, q)| *q);
    let mut roles: Vec<Held> = Vec::new();
    let mut organizations: Vec<String> = Vec::new();
    for (date, q) in &quotes {
        let quote = &e.quotes[*q];
        if let Some(r) = &quote.role {
            match roles.iter_mut().find(|h| &h.role == r) {
                Some(h) => {
                    if date.is_some() {
                        h.from = h.from.clone().or_else(|| date.clone());
                        h.to = date.clone();
                    }
                }
                None => roles.push(Held {
                    role: r.clone(),
                    from: date.clone(),
                    to: date.clone(),
                }),
            }
        }
        for o in &quote.organizations {
            if !organizations.contains(o) {
                organizations.push(o.clone());
            }
        }
    }
    PersonPage {
        name: me.name.clone().unwrap_or_else(|| me.label.clone()),
        region: me.region.clone(),
        roles,
        organizations,
        quotes: quotes.into_iter().map(|(_, q)| q).collect(),
    }
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

    #[test]
    fn a_persons_name_is_found_in_the_articles_that_quote_them() {
        let c = crate::corpus::load(&[]).unwrap();
        let e = crate::extract::extract(&c);
        let zhou: Vec<Span> = person_mentions(&c, &e)
            .into_iter()
            .filter(|(_, n)| *n == "周凯")
            .map(|(s, _)| s)
            .collect();
        assert!(!zhou.is_empty());
        for s in &zhou {
            let p = c
                .articles
                .iter()
                .flat_map(|a| a.paragraphs())
                .find(|p| p.id == s.paragraph)
                .unwrap();
            let words: String = p.text.chars().skip(s.start).take(s.end - s.start).collect();
            assert_eq!(words, "周凯");
        }
    }

    #[test]
    fn a_person_page_holds_every_role_in_date_order() {
        let text =
            "九台区招商\n\n2024年3月1日\n\n本报记者 张三\n\n九台区副区长李强表示：“我们欢迎投资。”\n\n\
                    九台区再招商\n\n2025年6月2日\n\n本报记者 王五\n\n九台区区长李强表示：“项目进展顺利。”\n";
        let mut articles = load_text("t.txt", "t", text);
        // Dated out of order: the page sorts by date, not by position.
        articles.reverse();
        let corpus = crate::corpus::model::Corpus {
            articles,
            ..Default::default()
        };
        let e = crate::extract::extract(&corpus);
        let sources = sources(&e);
        let s = sources
            .iter()
            .position(|s| s.name.as_deref() == Some("李强"))
            .unwrap();
        let page = person_page(&corpus, &e, &sources, s);
        let said: Vec<&str> = page.quotes.iter().map(|&q| e.quotes[q].text.as_str()).collect();
        assert_eq!(said.len(), 2, "{said:?}");
        assert!(said[0].contains("欢迎投资"), "{said:?}");
        let roles: Vec<&str> = page.roles.iter().map(|h| h.role.as_str()).collect();
        assert_eq!(roles, ["九台区副区长", "九台区区长"]);
    }
}

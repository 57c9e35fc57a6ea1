//! Organisations: companies, groups, bureaus, associations and chambers named in the text.

use crate::corpus::model::{Article, ArticleId};
use crate::extract::lexicon::lexicon;
use crate::extract::model::{Organization, Span};
use crate::extract::projects::{name_start, unbalanced};
use crate::extract::text::{WordSet, Words};
use std::collections::HashMap;

/// Kinds by ending, longest first; one-character endings (局) need more care.
const KINDS: &[(&str, &str)] = &[
    ("股份有限公司", "company"),
    ("有限责任公司", "company"),
    ("有限公司", "company"),
    ("集团有限公司", "group"),
    ("集团", "group"),
    ("公司", "company"),
    ("协会", "association"),
    ("商会", "chamber"),
    ("委员会", "committee"),
    ("服务中心", "agency"),
    ("研究院", "institute"),
    ("检验院", "institute"),
    ("联络处", "office"),
    ("办事处", "office"),
    ("局", "bureau"),
];

/// Words ending in 局 that are no bureau (格局, 布局).
const NOT_BUREAU: &[&str] = &[
    "格局", "布局", "全局", "大局", "开局", "结局", "棋局", "时局", "当局", "新局", "破局", "好局", "残局",
];

/// Generic mentions (该公司, 上市公司) are not names.
fn is_generic(name: &str, suffix: &str) -> bool {
    let head = &name[..name.len() - suffix.len()];
    head.chars().count() < 2
        || crate::extract::projects::is_generic_with(name, suffix.chars().count(), false)
        || lexicon().is_generic_organization(name)
        || ["上市", "子", "分", "母", "该", "本", "这家", "一家", "各", "相关"]
            .iter()
            .any(|g| head.ends_with(g))
}

fn kind_ending(chars: &[char], end: usize) -> Option<(&'static str, &'static str)> {
    static ENDINGS: std::sync::OnceLock<WordSet> = std::sync::OnceLock::new();
    let set = ENDINGS.get_or_init(|| WordSet::new(KINDS.iter().map(|(s, _)| *s)));
    let (k, _) = set.longest_ending(chars, end)?;
    let w = set.word(k);
    KINDS.iter().copied().find(|(s, _)| *s == w)
}

/// An organisation named in one article.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrgMention {
    pub name: String,
    pub kind: String,
    pub span: Span,
}

/// The organisations one article names (`words`: its paragraphs segmented).
pub fn article(a: &Article, words: &Words) -> Vec<OrgMention> {
    let mut out = Vec::new();
    for (i, p) in a.paragraphs().enumerate() {
        let chars: Vec<char> = p.text.chars().collect();
        let bounds = words.paragraph(i);
        let mut end = chars.len();
        let mut found = Vec::new();
        // Right to left, so a name is taken at its longest ending (…集团有限公司).
        while end >= 2 {
            let Some((suffix, kind)) = kind_ending(&chars, end) else {
                end -= 1;
                continue;
            };
            let n = suffix.chars().count();
            // 局 must end a word of its own (商务局|副局长), not be part of 格局 or 局长.
            if n == 1
                && (!bounds.contains(&end)
                    || lexicon().role_at(&chars, end - 1).is_some()
                    || NOT_BUREAU
                        .iter()
                        .any(|w| chars[..end].ends_with(&w.chars().collect::<Vec<_>>())))
            {
                end -= 1;
                continue;
            }
            // A name does not run over another organisation's ending (上市公司|楚天科技…).
            let from = |at: usize| {
                let mut start = name_start(&chars, at, 30);
                if let Some(inner) = (start + 2..end - n)
                    .rev()
                    .find(|&j| kind_ending(&chars, j).is_some_and(|(s, _)| s.chars().count() >= 2))
                {
                    start = inner;
                }
                start
            };
            let mut start = from(end - n);
            // 上海均和|产业发展集团: 和 inside a company's name cut it, leaving a generic head; the
            // name runs on over it when the segmenter left a lone character before 和 (均, 兴: a
            // fragment of the name, where a conjunction joins words: 金融机构和|商协会).
            if start > 2
                && chars[start - 1] == '和'
                && bounds.contains(&(start - 2))
                && kind_ending(&chars, start - 1).is_none()
            {
                let name: String = chars[start..end].iter().collect();
                if is_generic(&name, suffix) {
                    let wider = from(start - 1);
                    // A short fragment before 和, the name's own beginning.
                    if wider + 1 < start - 1 && start - 1 - wider <= 4 {
                        start = wider;
                    }
                }
            }
            let name: String = chars[start..end].iter().collect();
            let clean = !name.contains(['“', '”', '+']) && !unbalanced(&name);
            if clean && !is_generic(&name, suffix) {
                found.push(OrgMention {
                    name,
                    kind: kind.to_owned(),
                    span: Span {
                        paragraph: p.id.clone(),
                        start,
                        end,
                    },
                });
            }
            end = start;
        }
        found.reverse();
        out.extend(found);
    }
    out
}

/// Organisations merged by name across articles.
pub fn merge<'a>(
    per_article: impl IntoIterator<Item = (&'a ArticleId, &'a [OrgMention])>,
) -> Vec<Organization> {
    let mut orgs: Vec<Organization> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (id, mentions) in per_article {
        for m in mentions {
            let i = *index.entry(m.name.as_str()).or_insert_with(|| {
                orgs.push(Organization {
                    name: m.name.clone(),
                    kind: m.kind.clone(),
                    articles: Vec::new(),
                    mentions: Vec::new(),
                });
                orgs.len() - 1
            });
            if orgs[i].articles.last() != Some(id) {
                orgs[i].articles.push(id.clone());
            }
            orgs[i].mentions.push(m.span.clone());
        }
    }
    orgs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::load_text;

    fn names(text: &str) -> Vec<String> {
        let arts = load_text("t.txt", "t", &format!("标题\n\n{text}\n"));
        let found = arts.iter().map(crate::extract::article).collect::<Vec<_>>();
        let per = arts
            .iter()
            .map(|a| &a.id)
            .zip(found.iter().map(|f| f.orgs.as_slice()));
        let mut v: Vec<String> = merge(per).into_iter().map(|o| o.name).collect();
        v.sort();
        v
    }

    #[test]
    fn companies_groups_bureaus() {
        assert_eq!(
            names("楚天华通医药设备有限公司是中国A股上市公司楚天科技股份有限公司的全资子公司。"),
            ["楚天华通医药设备有限公司", "楚天科技股份有限公司"]
        );
        assert_eq!(names("朝阳区商务局副局长陈星瀚说。"), ["朝阳区商务局"]);
        assert_eq!(
            names("与深圳长春商会签订协议，吉林省眼镜协会会长。"),
            ["吉林省眼镜协会", "深圳长春商会"]
        );
        assert_eq!(
            names("中鼎新能源集团有限公司生产车间。"),
            ["中鼎新能源集团有限公司"]
        );
        // 和 inside a name after a lone character; a conjunction between words stays one.
        assert_eq!(
            names("书记会见了上海均和产业发展集团副总裁。"),
            ["上海均和产业发展集团"]
        );
        assert_eq!(names("邀请金融机构和商协会参加。"), Vec::<String>::new());
        assert_eq!(names("市商务局和发改局参加。"), ["市商务局"]);
    }

    #[test]
    fn traditional_names() {
        assert_eq!(
            names("與深圳長春商會簽訂協議，朝陽區商務局副局長陳星瀚說。"),
            ["朝陽區商務局", "深圳長春商會"]
        );
    }

    #[test]
    fn not_organisations() {
        assert!(names("形成“全区一盘棋”的招商工作格局，开局之年。").is_empty());
        assert!(names("该公司已投产，上市公司数量增加。").is_empty());
    }
}

//! Projects: named projects, parks, bases, centres, complexes and undertakings, with their
//! region, articles and the investment stated next to them.

use crate::corpus::layout::asset_lines;
use crate::corpus::model::{Article, ArticleId};
use crate::extract::figures::parse_money;
use crate::extract::model::{Level, Money, Project, RegionMention, Span};
use crate::extract::regions::{region_before, Scope};
use crate::extract::text::WordSet;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Word lists for names.
pub(crate) struct NameRules {
    pub suffixes: WordSet,
    pub boundaries: WordSet,
    generic: Vec<String>,
    process_verbs: std::collections::HashSet<String>,
}

pub(crate) fn rules() -> &'static NameRules {
    static R: OnceLock<NameRules> = OnceLock::new();
    R.get_or_init(|| {
        let mut generic: Vec<String> = asset_lines(include_str!("../../assets/extract/project_generic.txt"))
            .map(String::from)
            .collect();
        generic.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
        NameRules {
            suffixes: WordSet::new(asset_lines(include_str!(
                "../../assets/extract/project_suffixes.txt"
            ))),
            boundaries: WordSet::new(asset_lines(include_str!(
                "../../assets/extract/name_boundaries.txt"
            ))),
            generic,
            process_verbs: asset_lines(include_str!("../../assets/extract/project_process_verbs.txt"))
                .map(String::from)
                .collect(),
        }
    })
}

/// Characters a name is made of (Han, Latin, digits, `·`, brackets, quotes inside names).
fn is_name_char(c: char) -> bool {
    crate::corpus::decode::is_han(c)
        || c.is_ascii_alphanumeric()
        || matches!(c, '·' | '(' | ')' | '（' | '）' | '“' | '”' | '+' | '.' | '-')
}

/// Where a name ending at `end` starts: leftwards over name characters, stopping after a
/// boundary word (推动, 的) or an item separator. At most `max` characters.
pub(crate) fn name_start(chars: &[char], end: usize, max: usize) -> usize {
    let r = rules();
    let floor = end.saturating_sub(max);
    let mut j = end;
    while j > floor && is_name_char(chars[j - 1]) {
        if r.boundaries.longest_ending(chars, j).is_some() {
            break;
        }
        j -= 1;
    }
    // Unbalanced brackets or quotes at the front are not part of the name.
    while j < end && matches!(chars[j], ')' | '）' | '”' | '.' | '-' | '+') {
        j += 1;
    }
    // “永春现代生物医药城: an opening mark whose closing one is not in the name.
    if j < end && chars[j] == '“' && !chars[j..end].contains(&'”') {
        j += 1;
    }
    j
}

/// True when the name has a closing mark without its opening one (手”工程).
pub(crate) fn unbalanced(name: &str) -> bool {
    let mut depth = 0i32;
    for c in name.chars() {
        match c {
            '“' | '(' | '（' => depth += 1,
            '”' | ')' | '）' => depth -= 1,
            _ => {}
        }
        if depth < 0 {
            return true;
        }
    }
    depth != 0
}

/// 聚焦|项目, 获取|项目: a verb taking 项目 as its object, not a project's name — unless it
/// names an industry's process (风电装备制造|项目, 旧城改造|项目).
fn verb_object(name: &str, suffix_len: usize) -> bool {
    let head: String = name
        .chars()
        .take(name.chars().count().saturating_sub(suffix_len))
        .collect();
    let j = crate::corpus::jieba();
    let tags = j.tag(&head, false);
    tags.last().is_some_and(|t| {
        t.tag == "v" && t.word.chars().count() >= 2 && !rules().process_verbs.contains(t.word)
    })
}

/// True when what is left of a name without generic words is under two characters
/// (重点项目, 一批优质项目, 亿元以上项目), also once its leading verbs, adverbs and pronouns
/// are dropped (确保|项目, 该|项目).
pub(crate) fn is_generic(name: &str, suffix_len: usize) -> bool {
    is_generic_with(name, suffix_len, true)
}

/// The generic test; `strip_places` also discounts place names (for projects; an
/// organisation may well be named by its place: 深圳长春商会).
pub(crate) fn is_generic_with(name: &str, suffix_len: usize, strip_places: bool) -> bool {
    if is_generic_as_is(name, suffix_len, strip_places) || counted(name) {
        return true;
    }
    let j = crate::corpus::jieba();
    // 民生项目, 合作项目, 基础设施项目: a head of one or two common words names a kind of
    // project, not a project (a name carries a proper noun, a place, a figure or more words).
    let head: String = name
        .chars()
        .take(name.chars().count().saturating_sub(suffix_len))
        .collect();
    if strip_places && name.ends_with("项目") && (2..=4).contains(&head.chars().count()) {
        let tags = j.tag(&head, false);
        if tags.len() <= 2
            && tags.iter().all(|t| {
                matches!(
                    t.tag,
                    "n" | "vn" | "v" | "a" | "ad" | "an" | "d" | "b" | "l" | "i"
                )
            })
        {
            return true;
        }
    }
    let tags = j.tag(name, false);
    let lead: usize = tags
        .iter()
        .take_while(|t| matches!(t.tag, "v" | "d" | "p" | "c" | "r" | "u" | "ad"))
        .map(|t| t.word.chars().count())
        .sum();
    lead > 0
        && lead < name.chars().count()
        && is_generic_as_is(
            &name.chars().skip(lead).collect::<String>(),
            suffix_len,
            strip_places,
        )
}

/// 25个合作项目, 又一个亿元项目, 12家企业就15个项目: a count of projects, not a name.
fn counted(name: &str) -> bool {
    let chars: Vec<char> = name.chars().collect();
    chars.windows(2).any(|w| {
        (w[0].is_ascii_digit() || "一二两三四五六七八九十百千".contains(w[0]))
            && matches!(w[1], '个' | '家' | '批' | '项' | '类')
    })
}

fn is_generic_as_is(name: &str, suffix_len: usize, strip_places: bool) -> bool {
    let chars: Vec<char> = name.chars().collect();
    let mut rest: String = chars[..chars.len().saturating_sub(suffix_len)].iter().collect();
    // Place names and years say where and when, not what (2024年朝阳区项目).
    let g = crate::extract::gazetteer::gazetteer();
    let places: Vec<(usize, usize)> = g
        .find(&rest, &|_| true)
        .iter()
        .map(|h| (h.start, h.end))
        .collect();
    if strip_places && !places.is_empty() {
        rest = rest
            .chars()
            .enumerate()
            .filter(|(i, _)| !places.iter().any(|&(s, e)| s <= *i && *i < e))
            .map(|(_, c)| c)
            .collect();
    }
    rest = rest.replace('年', "");
    for g in &rules().generic {
        rest = rest.replace(g.as_str(), "");
    }
    let rest: String = rest
        .chars()
        .filter(|c| !c.is_ascii_digit() && !matches!(c, '(' | ')' | '（' | '）'))
        .collect();
    rest.chars().count() < 2
}

/// A name found in a paragraph.
struct Found {
    name: String,
    start: usize,
    end: usize,
}

fn suffix_at_end(chars: &[char], end: usize) -> Option<usize> {
    rules().suffixes.longest_ending(chars, end).map(|(_, n)| n)
}

/// Names ending in a project word: 致远百亿级项目, 国商眼镜城, 满草堂医药综合体.
fn by_suffix(chars: &[char]) -> Vec<Found> {
    let mut out = Vec::new();
    for end in 2..=chars.len() {
        let Some(n) = suffix_at_end(chars, end) else {
            continue;
        };
        // 项目建设 ends at 项目; 工程(一期)项目 is taken whole at its last ending.
        let start = name_start(chars, end - n, 36);
        let name: String = chars[start..end].iter().collect();
        // 沉浸式餐饮娱乐项目《见东方·吉时晚宴》: a description before the name itself.
        let appositive = chars.get(end) == Some(&'《');
        // …的吉运风电装备制造项目: after 的 the name is a noun phrase, whatever ends its head.
        let after_de = start > 0 && matches!(chars[start - 1], '的');
        if end - start > n
            && !appositive
            && !unbalanced(&name)
            && (after_de || !verb_object(&name, n))
            && !is_generic(&name, n)
        {
            out.push(Found { name, start, end });
        }
    }
    out
}

/// Every project name in a paragraph, by all three rules; where finds overlap the longest
/// wins (…配套工程(一期)项目 over …配套工程).
fn names_in(chars: &[char]) -> Vec<Found> {
    let mut found = by_title_marks(chars);
    found.extend(by_enumeration(chars));
    found.extend(by_suffix(chars));
    found.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
    let mut kept: Vec<Found> = Vec::new();
    for f in found {
        if !kept.iter().any(|k| f.start < k.end && k.start < f.end) {
            kept.push(f);
        }
    }
    kept
}

/// Items listed before 等…项目: 城市会客厅、北方电器产业园等优质项目.
fn by_enumeration(chars: &[char]) -> Vec<Found> {
    let mut out = Vec::new();
    for (k, &c) in chars.iter().enumerate() {
        if c != '等' {
            continue;
        }
        // The list must end in a project word within its clause (等一批…的重大项目).
        let tail_end =
            (k + 1..chars.len().min(k + 36)).find(|&j| matches!(chars[j], '，' | ',' | '。' | '；' | ';'));
        let tail: String = chars[k + 1..tail_end.unwrap_or(chars.len().min(k + 36))]
            .iter()
            .collect();
        if !(tail.contains("项目") || tail.contains("項目") || tail.contains("工程")) {
            continue;
        }
        // 兴业银行、苏宁易购等9个社区配套项目: examples of a counted kind — investors and
        // brands; a project among them is named by its own suffix. (等一批… is no count.)
        let numerals = tail
            .chars()
            .take_while(|c| c.is_ascii_digit() || "一二两三四五六七八九十百千".contains(*c))
            .count();
        if numerals > 0 && matches!(tail.chars().nth(numerals), Some('个' | '家' | '项')) {
            continue;
        }
        // 新材料、高科技、低空经济等相关产业项目: categories, not named projects.
        if tail.contains("相关") || tail.contains("相關") || tail.contains('类') || tail.contains('類')
        {
            continue;
        }
        // Items back to the clause start, split by 、.
        let mut item_end = k;
        loop {
            let sep = (0..item_end)
                .rev()
                .find(|&j| !is_name_char(chars[j]) || chars[j] == '、');
            let is_list_sep = sep.is_some_and(|j| chars[j] == '、');
            let start = if is_list_sep {
                sep.map_or(0, |j| j + 1)
            } else {
                name_start(chars, item_end, 36)
            };
            if item_end > start + 1 {
                let name: String = chars[start..item_end].iter().collect();
                let n = suffix_at_end(chars, item_end).unwrap_or(0);
                // 兴业银行、苏宁易购等9个社区配套项目: companies listed are investors, not projects.
                let company = crate::extract::lexicon::lexicon()
                    .org_suffix_ending(chars, item_end)
                    .is_some();
                if !unbalanced(&name) && !is_generic(&name, n) && !company {
                    out.push(Found {
                        name,
                        start,
                        end: item_end,
                    });
                }
            }
            match sep {
                Some(j) if is_list_sep => item_end = j,
                _ => break,
            }
        }
    }
    out
}

/// Works named in 《》 right after the word 项目: 沉浸式餐饮娱乐项目《见东方·吉时晚宴》.
fn by_title_marks(chars: &[char]) -> Vec<Found> {
    let mut out = Vec::new();
    for (k, &c) in chars.iter().enumerate() {
        if c != '《' {
            continue;
        }
        let Some(close) = (k + 1..chars.len()).find(|&j| chars[j] == '》') else {
            continue;
        };
        let before: String = chars[k.saturating_sub(2)..k].iter().collect();
        if before == "项目" || before == "項目" {
            out.push(Found {
                name: chars[k + 1..close].iter().collect(),
                start: k + 1,
                end: close,
            });
        }
    }
    out
}

/// The investment stated after a name in its sentence (项目总投资9248.78万元).
fn investment_after(chars: &[char], end: usize) -> Option<Money> {
    let stop = (end..chars.len())
        .find(|&j| matches!(chars[j], '。' | '；' | ';'))
        .unwrap_or(chars.len());
    let rest: String = chars[end..stop].iter().collect();
    let at = rest.find("总投资").or_else(|| rest.find("總投資"))?;
    parse_money(&rest[at..])
}

/// The investment stated before a name in its clause: 总投资12亿元的|吉运风电装备制造项目,
/// 计划投入11.47亿元在长春国家农高区打造|公主岭乳品深加工项目. Between the amount and the name
/// only words may stand (no other figure), and at most 16 of them.
fn investment_before(chars: &[char], start: usize) -> Option<Money> {
    let clause: String = chars[crate::extract::text::clause_start(chars, start)..start]
        .iter()
        .collect();
    let at = ["总投资", "總投資", "投资", "投資", "投入"]
        .iter()
        .filter_map(|w| clause.rfind(w))
        .max()?;
    let rest = &clause[at..];
    let (money, span) = crate::extract::figures::parse_money_span(rest)?;
    let between = &rest[span.end..];
    let words_only = !between.chars().any(|c| c.is_ascii_digit()) && between.chars().count() <= 16;
    words_only.then_some(money)
}

/// A project named in one article.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ProjectMention {
    pub name: String,
    pub region: Option<String>,
    pub investment: Option<Money>,
    pub span: Span,
}

/// The projects one article names, in reading order.
pub fn article(
    a: &Article,
    focus: Option<String>,
    mentions: &[RegionMention],
    region_in: &dyn Fn(&str) -> Option<String>,
) -> Vec<ProjectMention> {
    // Only a district named in the project's own clause (梨树县引进的…项目) or referred back to
    // (该县引进的…) takes it: a city before it is mostly where the investor comes from
    // (温州客商投资的…), and list items each have their own place.
    let g = crate::extract::gazetteer::gazetteer();
    let district = |m: &RegionMention| g.named(&m.region).any(|d| g.divisions[d].level == Level::County);
    let mut out = Vec::new();
    for p in a.paragraphs() {
        let chars: Vec<char> = p.text.chars().collect();
        for f in names_in(&chars) {
            out.push(ProjectMention {
                region: region_in(&f.name)
                    .or_else(|| {
                        region_before(mentions, &p.id, &chars, f.start, Scope::Clause, &district)
                            .map(String::from)
                    })
                    .or_else(|| focus.clone()),
                investment: investment_after(&chars, f.end).or_else(|| investment_before(&chars, f.start)),
                span: Span {
                    paragraph: p.id.clone(),
                    start: f.start,
                    end: f.end,
                },
                name: f.name,
            });
        }
    }
    out
}

/// Projects merged by name across articles: the first region and investment stated win.
pub fn merge<'a>(
    per_article: impl IntoIterator<Item = (&'a ArticleId, &'a [ProjectMention])>,
) -> Vec<Project> {
    let mut projects: Vec<Project> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (id, mentions) in per_article {
        for m in mentions {
            let i = *index.entry(m.name.as_str()).or_insert_with(|| {
                projects.push(Project {
                    name: m.name.clone(),
                    region: m.region.clone(),
                    articles: Vec::new(),
                    investment: None,
                    mentions: Vec::new(),
                });
                projects.len() - 1
            });
            let pr = &mut projects[i];
            if pr.articles.last() != Some(id) {
                pr.articles.push(id.clone());
            }
            if pr.investment.is_none() {
                pr.investment = m.investment.clone();
            }
            pr.mentions.push(m.span.clone());
        }
    }
    projects
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        names_in(&chars).into_iter().map(|f| f.name).collect()
    }

    #[test]
    fn suffix_names_stop_at_verbs_and_particles() {
        assert_eq!(
            names("全力推动致远百亿级项目、吉高示范基地等重点项目建设"),
            ["致远百亿级项目", "吉高示范基地"]
        );
        assert_eq!(
            names("总投资5000万元、规划用地5800平方米的二期食品产业园项目即将开工"),
            ["二期食品产业园项目"]
        );
        // Traditional is read folded (see extract::fold).
        assert_eq!(
            names(&crate::extract::fold::fold_text("國商眼鏡城於3月15日試營業")),
            ["国商眼镜城"]
        );
    }

    #[test]
    fn enumerated_items_before_deng_xiangmu() {
        assert_eq!(
            names("成功引进城市会客厅、北方电器产业园等优质项目20个"),
            ["城市会客厅", "北方电器产业园"]
        );
        assert_eq!(
            names("推动叶赫转山湖文旅开发等一批特色项目取得阶段性进展"),
            ["叶赫转山湖文旅开发"]
        );
        assert!(names("赴北京、深圳、广州、衢州等地开展靶向招商").is_empty());
    }

    #[test]
    fn works_in_title_marks() {
        assert_eq!(
            names("东北首店——沉浸式餐饮娱乐项目《见东方·吉时晚宴》，成为新亮点"),
            ["见东方·吉时晚宴"]
        );
        assert!(names("细化制定《宽城区2026年招商引资工作方案》").is_empty());
    }

    #[test]
    fn generic_phrases_are_not_projects() {
        for t in [
            "一批重大项目竣工投产",
            "确保项目开工复工率100%",
            "签约项目100个",
            "该项目占地71956平方米",
            "让我们能精准找到契合发展的项目",
            "绿园区始终将项目建设作为重点",
            "组织各成员单位聚焦项目落地关键环节",
            "将招商引资列为“全区一号工程”",
            "计划7月末完成建筑工程",
            "走进绿园区各重大项目建设现场",
            "争取新材料、高科技、低空经济等相关产业项目",
            "2024年朝阳区项目建设攻坚年",
            "会上共签约25个合作项目",
            "又一个亿元项目落地",
            "推进民生项目和基础设施项目建设",
            "兴业银行、苏宁易购等9个社区配套项目",
        ] {
            assert!(names(t).is_empty(), "{t}: {:?}", names(t));
        }
    }

    #[test]
    fn investment_next_to_a_project() {
        let c: Vec<char> = "绿园区航空博览园项目，首开区规划总面积超260万平方米，总投资近150亿元。"
            .chars()
            .collect();
        assert_eq!(investment_after(&c, 10).map(|m| m.value), Some(15_000_000_000.0));
    }

    #[test]
    fn a_project_takes_the_district_its_clause_names_or_refers_back_to() {
        let text = "双辽市：招商跑出加速度\n\n本报记者 李华\n\n双辽市新签约项目27个。梨树县同样不甘落后。该县引进的年产10万吨生物饲料项目于5月开工，梨树县引进的玉米深加工产业园项目也已签约。温州客商投资的满草堂医药综合体落户。\n";
        let arts = crate::corpus::load_text("t.txt", "t", text);
        let words = crate::extract::text::Words::of(&arts[0]);
        let (regions, _) = crate::extract::regions::article(&arts[0], &words, &[]);
        let got: Vec<(String, Option<String>)> =
            article(&arts[0], regions.region.clone(), &regions.mentions, &|_| None)
                .into_iter()
                .map(|m| (m.name, m.region))
                .collect();
        let region_of = |name: &str| got.iter().find(|(n, _)| n == name).and_then(|(_, r)| r.clone());
        assert_eq!(regions.region.as_deref(), Some("双辽市"));
        assert_eq!(
            region_of("年产10万吨生物饲料项目").as_deref(),
            Some("梨树县"),
            "{got:?}"
        );
        assert_eq!(
            region_of("玉米深加工产业园项目").as_deref(),
            Some("梨树县"),
            "{got:?}"
        );
        // A city before a project is where the investor comes from: the focus keeps it.
        assert_eq!(
            region_of("满草堂医药综合体").as_deref(),
            Some("双辽市"),
            "{got:?}"
        );
    }

    #[test]
    fn process_verbs_make_names_other_verbs_take_objects() {
        assert_eq!(
            names("总投资12亿元的吉运风电装备制造项目已完成主体施工。"),
            ["吉运风电装备制造项目"]
        );
        assert_eq!(names("推进旧城改造项目，"), ["旧城改造项目"]);
        assert!(names("各部门精准跟踪项目进展。").is_empty());
    }

    #[test]
    fn investment_before_a_project() {
        let invest = |text: &str, name: &str| {
            let c: Vec<char> = text.chars().collect();
            let n: Vec<char> = name.chars().collect();
            let start = (0..c.len()).find(|&i| c[i..].starts_with(&n)).unwrap_or(0);
            investment_before(&c, start).map(|m| m.value)
        };
        assert_eq!(
            invest(
                "在开发区，总投资12亿元的吉运风电装备制造项目已完成主体施工。",
                "吉运风电装备制造项目"
            ),
            Some(1_200_000_000.0)
        );
        let list = "投资3.2亿元的玉米深加工产业园项目、投资8000万元的冷链物流中心项目也在加紧建设。";
        assert_eq!(invest(list, "冷链物流中心项目"), Some(80_000_000.0));
        assert_eq!(invest(list, "玉米深加工产业园项目"), Some(320_000_000.0));
        assert_eq!(
            invest(
                "伊利集团计划投入11.47亿元在长春国家农高区打造公主岭乳品深加工项目。",
                "公主岭乳品深加工项目"
            ),
            Some(1_147_000_000.0)
        );
        // Another figure between: the amount is about something else.
        assert_eq!(
            invest("总投资12亿元，其中一期3亿元建设仓储中心项目。", "仓储中心项目"),
            None
        );
        assert_eq!(
            invest(
                "投资5亿元建设的厂房已投用20余个项目配套的综合服务中心项目。",
                "综合服务中心项目"
            ),
            None
        );
    }
}

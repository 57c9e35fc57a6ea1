//! Regions: each mention resolved to one division, each article's focus and named regions,
//! and the hierarchy of every division named.

use crate::corpus::model::{Article, ArticleId, ParagraphId};
use crate::extract::gazetteer::{gazetteer, Form, Gazetteer, Hit};
use crate::extract::model::{ArticleRegions, Level, Region, RegionMention, Span};
use crate::extract::orgs::OrgMention;
use crate::extract::text::{word_boundaries, Words};
use std::collections::HashMap;

/// A resolved mention: the division (or zone) and where it stands.
#[derive(Clone, Debug)]
pub struct Resolved {
    pub division: usize,
    pub zone: Option<String>,
    pub span: Span,
    pub in_title: bool,
    pub role: Role,
}

/// What a place is to the sentence that names it. An article is about the places it names as
/// such, not the destination of a delegation's trip nor a company's home.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Subject,
    /// Where a trip goes (赴北京、福建开展招商, 率团在深圳招商, 本报深圳专电).
    Venue,
    /// Part of a company's or an office's name (江苏瑞晶太阳能科技有限公司, 哈尔滨市政府驻上海办事处).
    InName,
}

/// Verbs of going right before a place: a trip's destination.
const TRIP_VERBS: &[&str] = &[
    "赴", "前往", "走进", "远赴", "飞赴", "奔赴", "飞抵", "抵达", "转战",
];
/// What a delegation does where it goes: with 到/在 before a place, a trip's destination.
const TRIP_ACTIVITIES: &[&str] = &[
    "招商", "开展", "考察", "拜访", "对接", "洽谈", "推介", "学习", "走访", "参加", "出席",
];

/// Groups that travel: a delegation or a study group, or companies and investors of a place.
const DELEGATIONS: &[&str] = &[
    "考察团",
    "代表团",
    "访问团",
    "经贸团",
    "客商团",
    "调研组",
    "考察组",
];
const BUSINESS: &[&str] = &["企业家", "企业", "客商"];
/// Verbs of coming to where the article is written from (来我旗, 莅临).
const COMING: &[&str] = &["来", "莅临", "前来", "赴我", "到我"];

/// True when what follows a place makes it the home of a group visiting the article's place:
/// a delegation coming (阿尔山市|党政考察团一行来我旗), or companies or investors of a place on a
/// trip (江苏|企业走进…). A delegation going out (沈阳市政府代表团赴江苏) is the writer's own.
fn visitors_home(rest: &[char]) -> bool {
    let text: String = rest.iter().take(16).collect();
    let trip: Vec<&str> = COMING.iter().chain(TRIP_VERBS).copied().chain(["到"]).collect();
    group_then(&text, DELEGATIONS, 6, COMING) || group_then(&text, BUSINESS, 0, &trip)
}

/// True when one of `groups` stands in `text` after at most `max_before` characters, with one
/// of `verbs` right after it (一行 may come between: 考察团一行来…).
fn group_then(text: &str, groups: &[&str], max_before: usize, verbs: &[&str]) -> bool {
    groups.iter().any(|g| {
        text.find(g).is_some_and(|at| {
            let after = text[at + g.len()..].trim_start_matches("一行");
            text[..at].chars().count() <= max_before && verbs.iter().any(|v| after.starts_with(v))
        })
    })
}

/// True when a clause before a trip's destination has a visiting group as its traveller:
/// companies or investors (江苏企业走进…), or a delegation coming (考察团一行来到…).
fn visitors_in(before: &[char]) -> bool {
    let text: String = before.iter().collect();
    // Companies a leader of the place takes along (市长率领企业家赴…) are the place's own.
    let led = ["带领", "率领", "率", "陪同", "组织"]
        .iter()
        .any(|w| text.contains(w));
    (!led && BUSINESS.iter().any(|g| text.contains(g))) || group_then(&text, DELEGATIONS, usize::MAX, COMING)
}

/// 新华社长春4月28日电, 中评社北京1月30日电, 本报讯: the place of a dateline, after a news
/// agency, a paper or a site and before the date it was filed, is where the report was sent
/// from.
fn dateline(chars: &[char], start: usize, rest: &str) -> bool {
    let agency = start > 0 && matches!(chars[start - 1], '社' | '报' | '网' | '台' | '讯');
    // The date, if any, between the place and 电.
    let after_date = rest.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '月' | '日'));
    // 电 or 讯 ends the dateline: what follows is no character of a word (电力, 电商 are words).
    let ends = ["专电", "电", "讯"]
        .iter()
        .find_map(|w| after_date.strip_prefix(w))
        .is_some_and(|rest| {
            rest.chars()
                .next()
                .is_none_or(|c| !crate::corpus::decode::is_han(c))
        });
    agency && ends
}

/// The role of the place at `start..end` of `chars` (folded text), `prev` the mention before it
/// in the same text and its role.
fn role_at(chars: &[char], start: usize, end: usize, prev: Option<(usize, Role)>) -> Role {
    let before = |w: &str| {
        let w: Vec<char> = w.chars().collect();
        chars[..start].ends_with(&w)
    };
    // The rest of the clause after the place.
    let clause_end = (end..chars.len())
        .find(|&j| matches!(chars[j], '，' | '。' | '；' | '！' | '？' | ',' | ';' | '\n'))
        .unwrap_or(chars.len());
    let rest: String = chars[end..clause_end.min(end + 12)].iter().collect();
    if TRIP_VERBS.iter().any(|w| before(w))
        || ((before("到") || before("在")) && TRIP_ACTIVITIES.iter().any(|w| rest.starts_with(w)))
        || ((before("到") || before("在")) && {
            // 到北京、福建开展招商: the activity after the list of places.
            let after: String = chars[end..clause_end].iter().collect();
            after.starts_with(['、', '和', '及']) && TRIP_ACTIVITIES.iter().any(|w| after.contains(w))
        })
        || dateline(chars, start, &rest)
    {
        // 江苏企业考察团来到|双塔区: where visitors come is the host the article is about.
        let clause_start = (0..start)
            .rev()
            .find(|&j| matches!(chars[j], '，' | '。' | '；' | '！' | '？' | ',' | ';' | '\n'))
            .map_or(0, |j| j + 1);
        if !visitors_in(&chars[clause_start..start]) {
            return Role::Venue;
        }
    }
    // 驻青岛招商工作组, 驻上海办事处: where an office is stationed, not what the article is about.
    // 兴城港, 兴城临港工业区: a port or an industrial zone named after the place is a facility's
    // name, as a company's is.
    if before("驻")
        || ["港", "临港", "工业区", "工业园"]
            .iter()
            .any(|w| rest.starts_with(w))
    {
        return Role::InName;
    }
    // 阿尔山市党政考察团一行来我旗, 江苏企业走进…: the home of a visiting group is in its name.
    if visitors_home(&chars[end..clause_end]) {
        return Role::InName;
    }
    // The next place of a list of destinations (赴北京、福建等地), or a place within the one
    // before (赴山东省济南市).
    if let Some((prev_end, Role::Venue)) = prev {
        if prev_end == start || (prev_end + 1 == start && matches!(chars[prev_end], '、' | '和' | '及')) {
            return Role::Venue;
        }
    }
    // 在北京，张海一行…: a sentence set in a place, the stop of a trip.
    let opens_sentence = start < 2 || matches!(chars[start - 2], '。' | '！' | '？' | '\n' | '，' | '；');
    if before("在")
        && opens_sentence
        && (chars.get(end).is_some_and(|&c| matches!(c, '，' | ',')) || rest.starts_with("期间"))
    {
        return Role::Venue;
    }
    Role::Subject
}

/// 巴音朝鲁、蒋超良、房俐、张安顺、陈伟根等省领导: a place's short form that with a surname
/// before it makes an item of a list of people's names (张|安顺) names a person, not a place.
fn in_a_list_of_names(chars: &[char], hit: &Hit) -> bool {
    if hit.form != Form::Short || hit.start == 0 || hit.end - hit.start != 2 {
        return false;
    }
    let from = hit.start - 1;
    let opens = from == 0 || matches!(chars[from - 1], '、' | '，' | ',' | '：' | ':');
    let closes = matches!(chars.get(hit.end), Some('、' | '等'));
    let listed = chars.get(from.wrapping_sub(1)) == Some(&'、') || chars.get(hit.end) == Some(&'、');
    opens
        && closes
        && listed
        && crate::extract::lexicon::lexicon().name_at(chars, from, hit.end) == Some(hit.end - from)
}

/// The texts of an article that can name places: title, subtitle, then paragraphs.
pub fn article_texts(a: &Article) -> Vec<(ParagraphId, &str, bool)> {
    let mut out = vec![(ParagraphId::headline(&a.id, "title"), a.title.as_str(), true)];
    if let Some(s) = &a.subtitle {
        out.push((ParagraphId::headline(&a.id, "subtitle"), s.as_str(), true));
    }
    out.extend(a.paragraphs().map(|p| (p.id.clone(), &*p.text, false)));
    out
}

/// Finds and resolves every mention in an article (`words`: its paragraphs segmented).
pub fn resolve_article(a: &Article, words: &Words) -> Vec<Resolved> {
    let g = gazetteer();
    let mut raw: Vec<(ParagraphId, Hit, bool, Role)> = Vec::new();
    let texts = article_texts(a);
    // Title and subtitle come first; the paragraphs follow in reading order.
    let heads = texts.iter().take_while(|(_, _, in_title)| *in_title).count();
    let all_chars: Vec<Vec<char>> = texts.iter().map(|(_, t, _)| t.chars().collect()).collect();
    // 郊区政协主席…郊区基本情况: a name that counts only after its city stands alone in a page
    // that uses it as its division's own.
    let mut alone: Vec<String> = Vec::new();
    for chars in &all_chars {
        for name in g.qualified_named_alone(chars) {
            if !alone.contains(&name) {
                alone.push(name);
            }
        }
    }
    for (n, ((pid, text, in_title), chars)) in texts.into_iter().zip(all_chars).enumerate() {
        let own;
        let bounds = match n.checked_sub(heads) {
            Some(p) => words.paragraph(p),
            None => {
                own = word_boundaries(text);
                &own
            }
        };
        let mut hits = g.find(text, &|i| bounds.contains(&i));
        if !alone.is_empty() {
            let more = g.find_named_alone(&chars, &alone, &hits);
            hits.extend(more);
            hits.sort_by_key(|h| h.start);
        }
        let mut prev = None;
        for hit in hits {
            if in_a_list_of_names(&chars, &hit) {
                continue;
            }
            let role = role_at(&chars, hit.start, hit.end, prev);
            prev = Some((hit.end, role));
            raw.push((pid.clone(), hit, in_title, role));
        }
    }
    // The article's home prefecture: where its unambiguous mentions point (titles weigh more).
    // County short forms weigh only when nothing else places the article.
    let short_county = |hit: &Hit| {
        hit.form == Form::Short
            && hit
                .candidates
                .iter()
                .all(|&d| g.divisions[d].level == Level::County)
    };
    let placing_all = raw
        .iter()
        .all(|(_, hit, _, _)| short_county(hit) || hit.form == Form::Weak);
    let mut weight: HashMap<usize, usize> = HashMap::new();
    // …unless the headline names that one county (科右前旗2025年9月份招商引资工作报送): a
    // county's own report is set there, wherever its people travelled.
    for (_, hit, in_title, _) in raw.iter().filter(|(_, hit, in_title, _)| {
        (placing_all || !short_county(hit) || (*in_title && hit.candidates.len() == 1))
            && hit.form != Form::Weak
    }) {
        if let [d] = hit.candidates[..] {
            if let Some(p) = g.prefecture_of(d) {
                *weight.entry(p).or_default() += if *in_title { 3 } else { 1 };
            }
        }
    }
    let home = weight
        .into_iter()
        .max_by_key(|(p, w)| (*w, usize::MAX - p))
        .map(|(p, _)| p);
    // A county's short form (南山, 新城) is often a brand or an ordinary name: it counts only
    // for a county in the province the article is set in.
    let home_province = home.map(|h| province_of(g, h));
    raw.into_iter()
        .filter_map(|(pid, mut hit, in_title, role)| {
            // 五常, 阿旗: a weak form names a division only in an article set in its prefecture.
            let far = |d: &usize| hit.weak.contains(d) && !home.is_some_and(|h| g.contains(h, *d));
            hit.candidates.retain(|d| !far(d));
            (!hit.candidates.is_empty()).then_some((pid, hit, in_title, role))
        })
        .filter(|(_, hit, _, _)| {
            hit.form == Form::Full
                || hit.zone.is_some()
                || hit.candidates.iter().any(|&d| {
                    g.divisions[d].level != Level::County
                        || home_province.is_none_or(|p| province_of(g, d) == p)
                })
        })
        .map(|(pid, hit, in_title, role)| Resolved {
            division: choose(g, &hit.candidates, home),
            zone: hit.zone.clone(),
            span: Span {
                paragraph: pid,
                start: hit.start,
                end: hit.end,
            },
            in_title,
            role,
        })
        .collect()
}

/// The province a division lies in (itself for a province).
fn province_of(g: &Gazetteer, d: usize) -> usize {
    let mut cur = d;
    while let Some(p) = g.divisions[cur].parent {
        cur = p;
    }
    cur
}

/// One division for an ambiguous name: the one in the article's home prefecture, else the
/// higher-level one (赴西安 is the city, not 辽源's 西安区), else one in Jilin, else one in the
/// rest of the Northeast (our readers' region).
fn choose(g: &Gazetteer, cands: &[usize], home: Option<usize>) -> usize {
    if let Some(h) = home {
        if let Some(&d) = cands.iter().find(|&&d| g.contains(h, d) || g.contains(d, h)) {
            return d;
        }
    }
    let nearness = |code: &str| match &code[..2] {
        "22" => 0,
        "21" | "23" | "15" => 1,
        _ => 2,
    };
    let mut sorted = cands.to_vec();
    sorted.sort_by_key(|&d| (g.divisions[d].level, nearness(&g.divisions[d].code)));
    sorted[0]
}

/// The division an article is about: the most specific one its title names (长春市宽城区 →
/// 宽城区) — or one of its districts when the body is plainly about it (a title naming only
/// 吉林省 over a report on 梨树县) —, else the most mentioned district, city or province of its
/// body. Places named as a trip's destination or inside a company's name count only when the
/// article names no other; `refs` counts the body's references to the home division by its
/// kind (我市, 全县, 本区 → 市, 县, 区), which go to the most mentioned division of that kind.
pub fn focus(mentions: &[Resolved], refs: &HashMap<char, usize>, masthead: &[usize]) -> Option<usize> {
    let g = gazetteer();
    // Weights: a place named as such counts twice a company's home; a trip's destination
    // counts only in an article that names nothing else.
    let only_venues = mentions.iter().all(|m| m.role == Role::Venue);
    let weight = |m: &Resolved| match m.role {
        Role::Subject => 2,
        Role::InName => 1,
        Role::Venue => usize::from(only_venues),
    };
    let pool: Vec<&Resolved> = mentions.iter().filter(|m| weight(m) > 0).collect();
    let mut count: HashMap<usize, usize> = HashMap::new();
    // Where each division is first named: the earlier wins a tie.
    let mut first: HashMap<usize, usize> = HashMap::new();
    // A government site's masthead names its home, as a company's name does.
    for &d in masthead {
        *count.entry(d).or_default() += 1;
        first.entry(d).or_insert(0);
    }
    for (k, m) in pool.iter().enumerate() {
        *count.entry(m.division).or_default() += weight(m);
        first.entry(m.division).or_insert(k + 1);
    }
    // 我市 is the city the title names, where it names one of that kind (吉林市13个项目…:
    // 我市当天签订的北京国巨…项目), else the most mentioned.
    let titled = |kind: char| {
        pool.iter()
            .find(|m| m.in_title && m.role != Role::InName && g.divisions[m.division].name.ends_with(kind))
            .map(|m| m.division)
    };
    for (&kind, &n) in refs {
        let best = titled(kind).or_else(|| {
            count
                .iter()
                .filter(|(d, _)| g.divisions[**d].name.ends_with(kind))
                .max_by_key(|(d, c)| (**c, usize::MAX - first[*d]))
                .map(|(d, _)| *d)
        });
        if let Some(d) = best {
            *count.entry(d).or_default() += 2 * n;
        }
    }
    let freq = |d: &usize| count.get(d).copied().unwrap_or(0);
    let order = |d: &usize| usize::MAX - first.get(d).copied().unwrap_or(usize::MAX - 1);
    let body: Vec<usize> = count.keys().copied().collect();
    // The most specific level that carries real weight among `cands`.
    let weighty = |cands: &[usize], min: usize, share: usize| {
        for level in [Level::County, Level::Prefecture, Level::Province] {
            let at: Vec<usize> = cands
                .iter()
                .copied()
                .filter(|d| g.divisions[*d].level == level)
                .collect();
            let total: usize = at.iter().map(freq).sum();
            if let Some(&best) = at.iter().max_by_key(|d| (freq(d), order(d))) {
                // A district named less than a city elsewhere is a partner's, not the subject.
                // So is one whose own city (the division right above it) is named far more
                // often (加快设立凌海市…试验区 in a report on 锦州's coast): the article is the
                // city's.
                let outweighed = cands.iter().any(|&o| {
                    freq(&o) > freq(&best) && !g.contains(o, best) && !g.contains(best, o)
                        || g.divisions[best].parent == Some(o) && freq(&o) >= 3 * freq(&best)
                });
                if freq(&best) >= min && freq(&best) * 5 >= total * share && !outweighed {
                    return Some(best);
                }
            }
        }
        None
    };
    let in_title: Vec<usize> = pool
        .iter()
        .filter(|m| m.in_title && m.role != Role::InName)
        .map(|m| m.division)
        .collect();
    // “侨资企业东北行-上海团”赴辽阳考察: the title names the visitors' home, the body keeps
    // naming the place they visit (its mayor hosts, its projects are talked over). A title's
    // place that another, unrelated place outweighs twice over is not what the article is about.
    let swamped = |d: usize| {
        body.iter()
            .any(|&o| !g.contains(o, d) && !g.contains(d, o) && freq(&o) >= 2 * freq(&d).max(5))
    };
    let title_place = in_title
        .iter()
        .copied()
        .max_by_key(|&d| (g.divisions[d].level, freq(&d)))
        .filter(|&d| !swamped(d));
    if let Some(d) = title_place {
        if g.divisions[d].level < Level::County {
            let inside: Vec<usize> = body
                .iter()
                .copied()
                .filter(|&b| b != d && g.contains(d, b) && g.divisions[b].level > g.divisions[d].level)
                .collect();
            if let Some(b) = weighty(&inside, 6, 3) {
                return Some(b);
            }
        }
        return Some(d);
    }
    weighty(&body, 4, 2).or_else(|| body.into_iter().max_by_key(|d| (freq(d), order(d))))
}

/// The divisions a government site's masthead names (浑江区人民政府, 通辽市政府网), from the
/// lines around the article.
fn masthead_places(a: &Article) -> Vec<usize> {
    let g = gazetteer();
    let mut out = Vec::new();
    let lines = a
        .furniture
        .iter()
        .map(|l| (l, false))
        .chain(a.publication.iter().map(|l| (l, true)))
        .chain(a.site.iter().map(|l| (l, false)));
    for (line, source) in lines {
        // 来源:海伦市委办: a local party committee's or government's office as the article's
        // source is the home's own (its 办, 宣传部 or 办公室), where a paper named after a
        // place (吉林日报) is not, nor a link elsewhere on the page (上一篇:吉林市委书记…).
        let organ = source
            .then(|| {
                [
                    "市委",
                    "县委",
                    "区委",
                    "旗委",
                    "市政府",
                    "县政府",
                    "区政府",
                    "旗政府",
                ]
                .iter()
                .find_map(|w| {
                    let i = line.find(w)?;
                    let rest = &line[i + w.len()..];
                    (rest.is_empty() || ["办", "宣传部", "办公室"].iter().any(|o| rest.starts_with(o)))
                        // The name runs to the kind (海伦市|委办).
                        .then(|| i + w.chars().next().map_or(0, char::len_utf8))
                })
            })
            .flatten();
        // 来源:盘锦日报: a city's or a county's own paper as the source is the home's voice
        // (a province's, 吉林日报 or 辽宁日报, covers too much to name one).
        let paper = source
            .then(|| {
                ["日报", "晚报"]
                    .iter()
                    .find_map(|w| {
                        line.strip_suffix(w)
                            .or_else(|| line.strip_suffix(&format!("{w}社")[..]))
                    })
                    .filter(|name| {
                        g.find(name, &|_| true).iter().any(|h| {
                            h.start == 0
                                && h.end == name.chars().count()
                                && h.candidates
                                    .iter()
                                    .all(|&c| g.divisions[c].level > Level::Province)
                        })
                    })
                    .map(str::len)
            })
            .flatten();
        let Some(cut) = ["人民政府", "政府网", "融媒体中心"]
            .iter()
            .find_map(|w| line.find(w))
            .or(organ)
            .or(paper)
        else {
            continue;
        };
        let name = &line[..cut];
        let bounds = word_boundaries(name);
        if let Some(hit) = g.find(name, &|i| bounds.contains(&i)).last() {
            // The last place before 人民政府 is the government's own (吉林省长春市人民政府).
            if hit.end == name.chars().count() {
                out.push(choose(g, &hit.candidates, None));
            }
        }
    }
    out
}

/// How often the body refers to the home division by its kind alone (我市, 全县, 本区, 我旗, 该区):
/// counts per kind (the last character of a division's name).
fn home_references(a: &Article) -> HashMap<char, usize> {
    let mut out: HashMap<char, usize> = HashMap::new();
    for p in a.paragraphs() {
        let chars: Vec<char> = p.text.chars().collect();
        for (i, w) in chars.windows(2).enumerate() {
            // (该区 too: the division of that kind the article has named, referred back to — not
            // 应该, nor 该区域, 该市场.)
            let after_ying = i > 0 && chars[i - 1] == '应';
            let demonstrative =
                w[0] != '该' || !(after_ying || matches!(chars.get(i + 2), Some('域' | '场')));
            if demonstrative
                && matches!(w[0], '我' | '全' | '本' | '该')
                && matches!(w[1], '市' | '县' | '区' | '盟' | '旗' | '州')
            {
                *out.entry(w[1]).or_default() += 1;
            }
        }
    }
    out
}

/// A region an article touches, as the gazetteer knows it: a division, or a development zone
/// tied to its district. The `Region` record is made once, in the merge, not per article.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum RegionKey {
    Division(usize),
    Zone { name: String, division: usize },
}

impl RegionKey {
    /// What makes two keys the same region (a zone is known by its name).
    fn id(&self) -> (usize, &str) {
        match self {
            RegionKey::Division(d) => (*d, ""),
            RegionKey::Zone { name, .. } => (usize::MAX, name),
        }
    }

    fn region(&self, g: &Gazetteer) -> Region {
        match self {
            RegionKey::Division(d) => division_region(g, *d),
            RegionKey::Zone { name, division } => zone_region(g, name, *division),
        }
    }
}

/// A region an article touches and whether the article names it (ancestors are listed for
/// the hierarchy without being named).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RegionEntry {
    pub key: RegionKey,
    pub named: bool,
}

/// How far back [`region_before`] looks for a region named before a thing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Back to the sentence's start.
    Sentence,
    /// Back to the clause's start (a comma or list separator ends it).
    Clause,
}

/// The region a thing at char `pos` of a paragraph belongs to, by the text: the last region
/// named before it in its sentence or clause (梨树县引进的…项目), else — when the sentence
/// refers back with 该县/该区/该市 — the last region of that kind named earlier in the
/// paragraph. `keep` filters the mentions that may answer.
pub fn region_before(
    mentions: &[RegionMention],
    paragraph: &ParagraphId,
    chars: &[char],
    pos: usize,
    scope: Scope,
    keep: &dyn Fn(&RegionMention) -> bool,
) -> Option<compact_str::CompactString> {
    let pos = pos.min(chars.len());
    let sentence_start = crate::extract::text::sentence_start(chars, pos);
    let near_start = match scope {
        Scope::Sentence => sentence_start,
        Scope::Clause => crate::extract::text::clause_start(chars, pos),
    };
    let before = |from: usize| {
        mentions
            .iter()
            .filter(move |m| &m.span.paragraph == paragraph && m.span.start >= from && m.span.end <= pos)
            .filter(|m| keep(m))
    };
    if let Some(m) = before(near_start).max_by_key(|m| m.span.start) {
        return Some(m.region.clone());
    }
    let kind = (sentence_start..pos.saturating_sub(1))
        .find(|&j| {
            matches!(chars[j], '该' | '該') && matches!(chars[j + 1], '县' | '縣' | '区' | '區' | '市')
        })
        .map(|j| crate::corpus::normalize::fold_char(chars[j + 1]))?;
    before(0)
        .filter(|m| m.region.ends_with(kind))
        .max_by_key(|m| m.span.start)
        .map(|m| m.region.clone())
}

/// One article's regions: focus, names, mentions, and its entries for the regions list.
pub fn article(a: &Article, words: &Words, orgs: &[OrgMention]) -> (ArticleRegions, Vec<RegionEntry>) {
    let g = gazetteer();
    let mut mentions = resolve_article(a, words);
    // A place inside a company's or an office's name is where the company is from.
    for m in &mut mentions {
        let in_name = orgs.iter().any(|o| {
            matches!(o.kind.as_str(), "company" | "group" | "chamber" | "office")
                && o.span.paragraph == m.span.paragraph
                && o.span.start <= m.span.start
                && m.span.end <= o.span.end
        });
        if in_name {
            m.role = Role::InName;
        }
    }
    let focus = focus(&mentions, &home_references(a), &masthead_places(a));
    let mut names: Vec<String> = Vec::new();
    let mut entries: Vec<RegionEntry> = Vec::new();
    let mut add = |key: RegionKey, named: bool| match entries.iter_mut().find(|e| e.key.id() == key.id()) {
        Some(e) => e.named |= named,
        None => entries.push(RegionEntry { key, named }),
    };
    for d in focus.into_iter().chain(mentions.iter().map(|m| m.division)) {
        let name = &g.divisions[d].name;
        if !names.contains(name) {
            names.push(name.clone());
        }
    }
    let mut out_mentions = Vec::new();
    for m in &mentions {
        let name = m
            .zone
            .clone()
            .unwrap_or_else(|| g.divisions[m.division].name.clone());
        if m.zone.is_some() && !names.contains(&name) {
            names.push(name.clone());
        }
        out_mentions.push(RegionMention {
            region: name.into(),
            span: m.span.clone(),
        });
        // The division and its ancestors make the hierarchy; the article is listed where named.
        let mut d = Some(m.division);
        let mut named = m.zone.is_none();
        while let Some(cur) = d {
            add(RegionKey::Division(cur), named);
            named = false;
            d = g.divisions[cur].parent;
        }
        if let Some(z) = &m.zone {
            // 长春国家农高区 also names 长春.
            let mut up = g.divisions[m.division].parent;
            while let Some(p) = up {
                let d = &g.divisions[p];
                let short = d.name.trim_end_matches(['市', '省', '区', '县']);
                if z.starts_with(short) && short.chars().count() >= 2 {
                    if !names.contains(&d.name) {
                        names.push(d.name.clone());
                    }
                    add(RegionKey::Division(p), true);
                }
                up = d.parent;
            }
            add(
                RegionKey::Zone {
                    name: z.clone(),
                    division: m.division,
                },
                true,
            );
        }
    }
    if let Some(f) = focus {
        add(RegionKey::Division(f), true);
    }
    let regions = ArticleRegions {
        article: Some(a.id.clone()),
        region: focus.map(|f| g.divisions[f].name.clone()),
        regions: names,
        mentions: out_mentions,
    };
    (regions, entries)
}

/// The regions list from every article's entries, each with the articles that name it.
pub fn merge<'a>(per_article: impl IntoIterator<Item = (&'a ArticleId, &'a [RegionEntry])>) -> Vec<Region> {
    let g = gazetteer();
    let mut regions: Vec<Region> = Vec::new();
    let mut index: HashMap<(usize, &str), usize> = HashMap::new();
    for (id, entries) in per_article {
        for e in entries {
            let i = *index.entry(e.key.id()).or_insert_with(|| {
                regions.push(e.key.region(g));
                regions.len() - 1
            });
            if e.named && regions[i].articles.last() != Some(id) {
                regions[i].articles.push(id.clone());
            }
        }
    }
    regions.sort_by(|a, b| {
        a.code
            .cmp(&b.code)
            .then(a.level.cmp(&b.level))
            .then(a.name.cmp(&b.name))
    });
    regions
}

/// Regions of every article, and the regions list with its hierarchy.
pub fn extract(articles: &[Article]) -> (Vec<Region>, Vec<ArticleRegions>) {
    let per: Vec<(ArticleRegions, Vec<RegionEntry>)> = articles
        .iter()
        .map(|a| {
            let words = Words::of(a);
            article(a, &words, &crate::extract::orgs::article(a, &words))
        })
        .collect();
    let regions = merge(
        articles
            .iter()
            .map(|a| &a.id)
            .zip(per.iter().map(|(_, e)| e.as_slice())),
    );
    (regions, per.into_iter().map(|(r, _)| r).collect())
}

fn division_region(g: &Gazetteer, d: usize) -> Region {
    let div = &g.divisions[d];
    Region {
        name: div.name.clone(),
        full_name: g.full_name(d),
        parent: div.parent.map(|p| g.divisions[p].name.clone()),
        level: div.level,
        code: div.code.clone(),
        articles: Vec::new(),
    }
}

fn zone_region(g: &Gazetteer, zone: &str, d: usize) -> Region {
    let div = &g.divisions[d];
    Region {
        name: zone.to_owned(),
        full_name: format!("{}{zone}", g.full_name(d)),
        parent: Some(div.name.clone()),
        level: Level::Zone,
        code: div.code.clone(),
        articles: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::load_text;

    fn regions_of(text: &str) -> (Option<String>, Vec<String>) {
        let arts = load_text("t.txt", "t", text);
        let (_, per) = extract(&arts);
        (per[0].region.clone(), per[0].regions.clone())
    }

    /// The focus as the whole pipeline finds it (folded text: Traditional reads as Simplified).
    fn focus_of(text: &str) -> Option<String> {
        let arts = load_text("t.txt", "t", text);
        crate::extract::article(&arts[0]).regions.region
    }

    #[test]
    fn a_trips_destination_is_not_what_the_article_is_about() {
        for text in [
            "李明带队赴北京、福建开展招商\n\n6月，区委书记李明率队到北京、福建开展招商活动。\n\n在北京，李明一行拜访了企业。在福建期间，李明一行考察了项目。李明指出，浑江区将优化营商环境。浑江区欢迎企业投资。\n",
            "李明帶隊赴北京、福建開展招商\n\n6月，區委書記李明率隊到北京、福建開展招商活動。\n\n在北京，李明一行拜訪了企業。在福建期間，李明一行考察了項目。李明指出，渾江區將優化營商環境。渾江區歡迎企業投資。\n",
        ] {
            assert_eq!(focus_of(text).as_deref(), Some("浑江区"), "{text}");
        }
        // A delegation's city on a trip: 本报深圳专电, 在深圳招商.
        let text = "王刚率团在深圳招商引资\n\n本报深圳专电 市长王刚率我市代表团在深圳开展经贸活动，宣传大连的发展优势，推动资本北上大连。\n";
        assert_eq!(focus_of(text).as_deref(), Some("大连市"));
    }

    #[test]
    fn a_district_referred_back_to_is_what_the_article_is_about() {
        // No headline; the city is named more often than its district, which 该区 refers to.
        let text = "\n\n7月26日，长春市绿园区举办政银企对接活动。该区区长高文禄参加活动。\n\n该区商务局负责人作推介。长春市平台公司和长春市金融机构参加。\n";
        assert_eq!(focus_of(text).as_deref(), Some("绿园区"));
        // 该区域 and 应该市场化 refer to no division.
        let text =
            "\n\n长春市召开会议。长春市各部门参加。该区域内企业持续增加，应该市场化运作。绿园区区长讲话。\n";
        assert_eq!(focus_of(text).as_deref(), Some("长春市"));
    }

    #[test]
    fn a_word_of_electricity_after_a_place_is_no_dateline() {
        let at = |text: &str, place: &str| {
            let chars: Vec<char> = text.chars().collect();
            let p: Vec<char> = place.chars().collect();
            let start = (0..chars.len())
                .find(|&i| chars[i..].starts_with(&p))
                .unwrap_or(0);
            let rest: String = chars[start + p.len()..].iter().take(12).collect();
            dateline(&chars, start, &rest)
        };
        assert!(at("某某社北京1月30日电/据报道", "北京"));
        assert!(at("新华社长春4月28日电（记者）", "长春"));
        assert!(!at("国网吉林省电力有限公司投资12亿元", "吉林省"));
        assert!(!at("依托电商平台建设延边电商产业园", "延边"));
    }

    #[test]
    fn an_agencys_dateline_is_where_the_report_was_filed() {
        for text in [
            "某某社北京3月2日电/据报道，辽宁营口2日举行重点项目开工活动，当天全市新开工项目18个。\n",
            "某某社北京3月2日電/據報道，遼寧營口2日舉行重點項目開工活動，當天全市新開工項目18個。\n",
        ] {
            assert_eq!(focus_of(text).as_deref(), Some("营口市"), "{text}");
        }
    }

    #[test]
    fn a_countys_short_name_in_the_headline_sets_its_own_report() {
        for text in [
            "科右前旗9月份招商引资工作报送\n\n1、副旗长王学伟带队赴吉林省长春市、四平市、双辽市与吉林远创置业集团对接洽谈项目合作事宜。\n",
            "科右前旗9月份招商引資工作報送\n\n1、副旗長王學偉帶隊赴吉林省長春市、四平市、雙遼市與吉林遠創置業集團對接洽談項目合作事宜。\n",
        ] {
            assert_eq!(focus_of(text).as_deref(), Some("科尔沁右翼前旗"), "{text}");
        }
    }

    #[test]
    fn a_companys_home_counts_less_than_a_place_named_as_such() {
        let text = "今年以来，锡林郭勒盟狠抓招商引资。全盟上下认真落实全盟招商大会精神。其中，锡林浩特市与中植东方(北京)草业集团有限公司签订协议，正镶白旗与江苏瑞晶太阳能科技有限公司签署协议。\n";
        assert_eq!(focus_of(text).as_deref(), Some("锡林郭勒盟"));
        let text = "今年以來，錫林郭勒盟狠抓招商引資。全盟上下認真落實全盟招商大會精神。其中，錫林浩特市與中植東方(北京)草業集團有限公司簽訂協議，正鑲白旗與江蘇瑞晶太陽能科技有限公司簽署協議。\n";
        assert_eq!(focus_of(text).as_deref(), Some("锡林郭勒盟"));
    }

    #[test]
    fn a_province_in_the_title_gives_way_to_the_county_the_body_is_about() {
        let text = "吉林省台商企业家考察团来我县考察\n\n近日，考察团来梨树县考察。梨树县县长介绍了梨树县的情况。考察团表示，梨树县区位优越。\n";
        assert_eq!(focus_of(text).as_deref(), Some("梨树县"));
    }

    #[test]
    fn a_government_sites_masthead_names_its_home() {
        let text = "浑江区人民政府 发布时间:2024-06-25 信息来源:浑江发布\n\n李明带队赴北京开展招商引资工作\n\n6月，李明率队到北京开展招商活动，拜访了中创新能源技术开发(北京)有限公司。\n";
        assert_eq!(focus_of(text).as_deref(), Some("浑江区"));
        // So does a source that is a local party committee's or government's office.
        let text = "日期:2024-04-01 来源:海伦市委办\n为扩大招商引资成果，市委书记率队赴山东、浙江等地开展招商考察活动，\
                    宣传我市投资环境，介绍我市大豆、水稻的优势，邀请企业来我市考察。\n";
        assert_eq!(focus_of(text).as_deref(), Some("海伦市"));
        // So does a city's own paper as the source; a province's names no home.
        let text = "发布时间:2021-02-20 信息来源:盘锦日报\n\n全市招商工作开局就冲刺\n\n2月18日，全市招商引资工作会议召开。\
                    全市签约项目101个，其中与深圳某集团签约能源合作项目。\n";
        assert_eq!(focus_of(text).as_deref(), Some("盘锦市"));
        let text = "发布时间:2021-02-20 信息来源:吉林日报\n\n全市招商工作开局就冲刺\n\n2月18日，全市招商引资工作会议召开。\
                    全市签约项目101个，其中与深圳某集团签约能源合作项目。\n";
        assert_ne!(focus_of(text).as_deref(), Some("吉林市"));
    }

    #[test]
    fn a_banner_goes_by_its_direction_too() {
        let text = "5月25日，东苏旗12个重点项目集中开工，总投资近40亿元。近年来，东苏旗深入实施招商引资。\n";
        assert_eq!(focus_of(text).as_deref(), Some("苏尼特左旗"));
    }

    #[test]
    fn our_city_is_the_city_the_title_names() {
        let text = "吉林市13个项目引资145亿元\n\n本报讯 我市在博览会上签约了13个招商项目。至此，我市共签约39个项目。我市当天签订的北京国巨集团投资建设的北京大健康产业基地项目、北京华创科技项目、北京东岭医药项目和北京北湖物流项目均已落地。\n";
        assert_eq!(focus_of(text).as_deref(), Some("吉林市"));
    }

    #[test]
    fn a_short_name_inside_a_persons_name_in_a_list_is_no_place() {
        let (_, regions) = regions_of("吉林市签约13个项目\n\n本报讯 巴音朝鲁、蒋超良、房俐、张安顺、陈伟根等省领导参加了签约仪式。吉林市共签约39个项目。\n");
        assert!(!regions.iter().any(|r| r == "安顺市"), "{regions:?}");
    }

    #[test]
    fn focus_is_the_most_specific_title_region() {
        let (focus, names) = regions_of(
            "长春市宽城区：招商攻坚正当时\n\n本报记者 孙红丽\n\n宽城区正以昂扬姿态奔赴招商一线。\n",
        );
        assert_eq!(focus.as_deref(), Some("宽城区"));
        assert_eq!(names, ["宽城区", "长春市"]);
    }

    #[test]
    fn chaoyang_in_changchun_is_the_district() {
        let (focus, _) = regions_of("朝阳区以“四大行动”撬动发展新格局\n\n本报记者 徐雁秋\n\n长春市朝阳区迅速行动。朝阳区坚持产业导向。\n");
        assert_eq!(focus.as_deref(), Some("朝阳区"));
        let arts = load_text(
            "t.txt",
            "t",
            "朝阳发展\n\n本报记者 徐雁秋\n\n朝阳区迅速行动，长春全市上下。\n",
        );
        let (regions, _) = extract(&arts);
        let chaoyang = regions.iter().find(|r| r.name == "朝阳区").unwrap();
        assert_eq!(chaoyang.parent.as_deref(), Some("长春市"));
        assert_eq!(chaoyang.full_name, "吉林省长春市朝阳区");
    }

    #[test]
    fn traditional_text_resolves_the_same() {
        let (focus, names) =
            regions_of("長春市綠園區：以營商環境之“優”謀發展\n\n綠園區積極融入長春市建設。\n");
        assert_eq!(focus.as_deref(), Some("绿园区"));
        assert!(names.contains(&"长春市".to_owned()));
    }

    #[test]
    fn every_county_of_china_with_namesakes_resolved_by_context() {
        // 鸡西市梨树区 in Heilongjiang is not Jilin's 梨树县.
        let (focus, names) = regions_of("鸡西市梨树区招商引资再提速\n\n梨树区新签约项目12个。\n");
        assert_eq!(focus.as_deref(), Some("梨树区"), "{names:?}");
        assert!(names.contains(&"鸡西市".to_owned()) && !names.contains(&"梨树县".to_owned()));
        // A county far from the Northeast, by its full name.
        let (_, names) = regions_of("招商推介会举行\n\n代表团赴江苏省徐州市沛县考察。\n");
        assert!(names.contains(&"沛县".to_owned()), "{names:?}");
        // Ordinary words that are also county names count only after their city.
        let (_, names) = regions_of("招商推介会举行\n\n佳木斯市郊区与城市郊区的企业，省、市和县三级联动。\n");
        assert_eq!(names.iter().filter(|n| *n == "郊区").count(), 1, "{names:?}");
        assert!(!names.contains(&"和县".to_owned()), "{names:?}");
        // 龙江 is Heilongjiang, not 龙江县.
        let (focus, _) = regions_of("冲刺龙江首季开门红\n\n龙江各地商务部门迅速行动。\n");
        assert_eq!(focus.as_deref(), Some("黑龙江省"));
    }

    #[test]
    fn a_county_short_form_outside_the_articles_province_is_no_place() {
        // 南山 is a hotel brand in a Changchun article, not 鹤岗's 南山区.
        let (_, names) = regions_of("朝阳区招商\n\n长春市朝阳区引入了云璟、南山等知名酒店品牌。\n");
        assert!(!names.iter().any(|n| n.starts_with("南山")), "{names:?}");
    }

    #[test]
    fn a_place_in_a_ports_or_zones_name_does_not_outweigh_the_city_of_the_title() {
        for text in [
            "5月23日，葫芦岛沿海经济带招商推介会召开。\n\n在推介会上，葫芦岛市重点推介了泵业、装备等产业集群建设项目。葫芦岛作为沿海经济带的重要组成部分，正在加快建设石河港、兴城港和葫芦岛港等港口。葫芦岛正在全力推进打渔山泵业基地、石河和兴城临港工业区等产业集聚区建设。\n",
            "5月23日，葫蘆島沿海經濟帶招商推介會召開。\n\n在推介會上，葫蘆島市重點推介了泵業、裝備等產業集群建設項目。葫蘆島作為沿海經濟帶的重要組成部分，正在加快建設石河港、興城港和葫蘆島港等港口。葫蘆島正在全力推進打漁山泵業基地、石河和興城臨港工業區等產業集聚區建設。\n",
        ] {
            assert_eq!(focus_of(text).as_deref(), Some("葫芦岛市"), "{text}");
        }
    }

    #[test]
    fn where_visitors_come_is_the_article_place() {
        for text in [
            // A delegation coming to 我旗: its home is in its name.
            "敦化市党政考察团一行来我旗考察\n\n8月28日，延边州敦化市党政考察团一行来我旗考察。考察团先后深入奈曼旗工业园区实地考察，详细了解了我旗经济社会发展情况。考察团表示，奈曼旗资源丰富。\n",
            "敦化市黨政考察團一行來我旗考察\n\n8月28日，延邊州敦化市黨政考察團一行來我旗考察。考察團先後深入奈曼旗工業園區實地考察，詳細了解了我旗經濟社會發展情況。考察團表示，奈曼旗資源豐富。\n",
        ] {
            assert_eq!(focus_of(text).as_deref(), Some("奈曼旗"), "{text}");
        }
        // Companies of a place on a trip: the host is the article's place, however often the
        // visitors' province is named.
        let text = "浙江企业走进四平市铁西区开展考察交流活动\n\n浙江省经信厅带领浙江企业考察团来到铁西区开展考察交流。浙江省是创新活力强的省份，浙江企业走进铁西区是我们的机遇。考察团深入铁西区工业园区。铁西区区长介绍了铁西区区情。浙江省相关负责人表示感谢。\n";
        assert_eq!(focus_of(text).as_deref(), Some("铁西区"));
        // Going to 我市 is coming: the host is the place the article then names.
        for text in [
            "上海市徐汇区经贸考察团赴我市进行考察\n\n上海市徐汇区经贸考察团到佳木斯市前进区考察。前进区区长介绍了前进区的区位优势。徐汇区工商联负责人表示，徐汇区与前进区有很好的友谊。前进区将提供服务。\n",
            "上海市徐匯區經貿考察團赴我市進行考察\n\n上海市徐匯區經貿考察團到佳木斯市前進區考察。前進區區長介紹了前進區的區位優勢。徐匯區工商聯負責人表示，徐匯區與前進區有很好的友誼。前進區將提供服務。\n",
        ] {
            assert_eq!(focus_of(text).as_deref(), Some("前进区"), "{text}");
        }
        // A delegation going out is the writer's own.
        let text = "沈阳市政府代表团赴江苏开展招商活动\n\n沈阳市市长率市政府代表团赴南京参加江苏省对口合作座谈会，并在南京、常州等地开展招商推介。江苏省有关部门负责人参加。沈阳市与江苏企业签订协议。\n";
        assert_eq!(focus_of(text).as_deref(), Some("沈阳市"));
    }

    #[test]
    fn a_visiting_delegations_home_in_the_title_gives_way_to_the_place_it_visits() {
        for text in [
            "上海企业家考察团赴辽阳考察\n\n考察团一行到辽阳市考察访问。辽阳市市长会见了考察团。辽阳市副市长介绍了辽阳市市情。辽阳市相关部门与上海企业家洽谈。辽阳市招商引资领域很宽，辽阳市欢迎投资。辽阳市将提供服务。\n",
            "上海企業家考察團赴遼陽考察\n\n考察團一行到遼陽市考察訪問。遼陽市市長會見了考察團。遼陽市副市長介紹了遼陽市市情。遼陽市相關部門與上海企業家洽談。遼陽市招商引資領域很寬，遼陽市歡迎投資。遼陽市將提供服務。\n",
        ] {
            assert_eq!(focus_of(text).as_deref(), Some("辽阳市"), "{text}");
        }
    }

    #[test]
    fn an_offices_station_is_not_the_focus() {
        for text in [
            "开发区赴外地开展招商\n\n近日，开发区负责人赴外地招商，驻青岛招商工作组参加。驻青岛工作组介绍了情况。负责人表示，通辽产业基础完善。通辽欢迎企业。\n",
            "開發區赴外地開展招商\n\n近日，開發區負責人赴外地招商，駐青島招商工作組參加。駐青島工作組介紹了情況。負責人表示，通遼產業基礎完善。通遼歡迎企業。\n",
        ] {
            assert_eq!(focus_of(text).as_deref(), Some("通辽市"), "{text}");
        }
    }

    #[test]
    fn a_county_short_form_that_is_a_word_counts_in_its_own_city() {
        for text in [
            "我市举行招商引资集中签约仪式\n\n我市举行签约仪式，哈尔滨市政府有关负责人参加。市委书记指出，招商引资是五常发展的永恒主题。我市将让投资五常的企业轻装上阵，在助力五常发展中做大做强。\n",
            "我市舉行招商引資集中簽約儀式\n\n我市舉行簽約儀式，哈爾濱市政府有關負責人參加。市委書記指出，招商引資是五常發展的永恆主題。我市將讓投資五常的企業輕裝上陣，在助力五常發展中做大做強。\n",
        ] {
            assert_eq!(focus_of(text).as_deref(), Some("五常市"), "{text}");
        }
        // Elsewhere 五常 is the word (仁义礼智信).
        let (_, names) = regions_of("长春市举办讲座\n\n长春市举办讲座，讲解五常的含义。\n");
        assert!(!names.contains(&"五常市".to_owned()), "{names:?}");
        // A banner's customary short form (阿旗) in its league's city.
        for text in [
            "阿旗举行乡友恳谈会\n\n阿旗在赤峰市召开乡友恳谈会。阿旗旗委书记讲话。\n",
            "阿旗舉行鄉友懇談會\n\n阿旗在赤峰市召開鄉友懇談會。阿旗旗委書記講話。\n",
        ] {
            assert_eq!(focus_of(text).as_deref(), Some("阿鲁科尔沁旗"), "{text}");
        }
    }

    #[test]
    fn an_ordinary_word_name_with_its_organs_is_the_district() {
        for text in [
            "郊区政协主席带领镇长赴浙江杭州进行招商考察\n\n郊区政协主席带领郊区商务局相关同志赴浙江杭州考察，考察了杭州甲软件有限公司、杭州乙网络科技有限公司。主席介绍了郊区基本情况，邀请企业到郊区进行考察投资。\n",
            "郊區政協主席帶領鎮長赴浙江杭州進行招商考察\n\n郊區政協主席帶領郊區商務局相關同志赴浙江杭州考察，考察了杭州甲軟件有限公司、杭州乙網絡科技有限公司。主席介紹了郊區基本情況，邀請企業到郊區進行考察投資。\n",
        ] {
            let arts = load_text("t.txt", "t", text);
            let e = crate::extract::article(&arts[0]);
            let (regions, _) = extract(&arts);
            let focus = e.regions.region.as_deref().and_then(|f| regions.iter().find(|r| r.name == f));
            assert_eq!(focus.map(|r| r.full_name.as_str()), Some("黑龙江省佳木斯市郊区"), "{text}");
        }
    }

    #[test]
    fn body_focus_without_title_places() {
        let (focus, _) =
            regions_of("招商工作回眸\n\n四平市招商引资成效显著。四平市全年签约。梨树县项目落地。\n");
        assert_eq!(focus.as_deref(), Some("四平市"));
    }

    #[test]
    fn a_county_its_city_names_far_more_often_is_no_focus() {
        let city = "沿海经济带建设提速\n\n锦州市全年签约项目。锦州市加快沿海开发。锦州市推进园区建设。\
                    锦州市优化营商环境。锦州市扩大开放。锦州市引进人才。加快设立凌海市试验区。构建以凌海市为支点的格局。\n";
        assert_eq!(regions_of(city).0.as_deref(), Some("锦州市"));
        // A county named as often as its city, or more, is what the article is about.
        let county = "项目建设提速\n\n凌海市全年签约项目。锦州市领导到凌海市调研。凌海市推进园区建设。\n";
        assert_eq!(regions_of(county).0.as_deref(), Some("凌海市"));
        // Only the division right above counts so: a province named often over a county.
        let province = "项目建设提速\n\n吉林省重点项目推进会在长白县召开。吉林省领导出席。吉林省要求加快。\
                        吉林省部署。吉林省强调。吉林省表示。长白县签约项目5个。\n";
        assert_eq!(regions_of(province).0.as_deref(), Some("长白朝鲜族自治县"));
    }
}

//! The gazetteer of divisions (assets/gazetteer/, derived from cpca's adcodes.csv) and the
//! search for their mentions in text.

use crate::corpus::layout::asset_lines;
use crate::extract::model::Level;
use crate::extract::text::WordSet;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// One division.
#[derive(Clone, Debug)]
pub struct Division {
    pub code: String,
    pub name: String,
    pub level: Level,
    pub parent: Option<usize>,
}

/// How a surface form names a division.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// The full name (朝阳区, 長春市).
    Full,
    /// A short form (朝阳, 公主岭).
    Short,
    /// A short form that is also a word (五常, 平房) or that several banners share (阿旗): it
    /// names the division only in an article set in the division's own prefecture.
    Weak,
}

/// All divisions with the surface forms that name them.
pub struct Gazetteer {
    pub divisions: Vec<Division>,
    by_code: HashMap<String, usize>,
    /// Surface → (division, form). A short form may name several divisions (吉林, 朝阳).
    surfaces: HashMap<String, Vec<(usize, Form)>>,
    /// Zones whose names do not say where they are: surface → division they lie in.
    zones: HashMap<String, usize>,
    /// Every surface and zone name, for matching without building strings.
    index: WordSet,
    /// Names that count only right after an enclosing division (佳木斯市郊区, 江苏沛县): they
    /// are ordinary words (郊区) or too short to stand alone (和县 in 市和县两级).
    qualified: HashMap<String, Vec<usize>>,
    qualified_index: WordSet,
    followers: Vec<String>,
    /// A division's organs (区委, 政协, 商务局): see [`Gazetteer::qualified_named_alone`].
    organs: WordSet,
    zone_suffixes: Vec<&'static str>,
}

/// A place named in a text: char range and the divisions it may be.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub candidates: Vec<usize>,
    pub form: Form,
    /// Candidates named only by a weak form (see [`Form::Weak`]).
    pub weak: Vec<usize>,
    /// For a development zone: its name as written.
    pub zone: Option<String>,
}

/// The shared gazetteer.
pub fn gazetteer() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(Gazetteer::load)
}

fn traditional(s: &str) -> String {
    zhconv::zhconv(s, zhconv::Variant::ZhHant)
}

impl Gazetteer {
    fn load() -> Self {
        let mut divisions = Vec::new();
        let mut parents = Vec::new();
        let mut shorts = Vec::new();
        let mut only_qualified = Vec::new();
        for line in asset_lines(include_str!("../../assets/gazetteer/gazetteer.tsv")) {
            let cols: Vec<&str> = line.split('\t').collect();
            let [code, name, level, parent, ..] = cols[..] else {
                continue;
            };
            let level = match level {
                "province" => Level::Province,
                "prefecture" => Level::Prefecture,
                _ => Level::County,
            };
            divisions.push(Division {
                code: code.to_owned(),
                name: name.to_owned(),
                level,
                parent: None,
            });
            parents.push(parent.to_owned());
            shorts.push(cols.get(4).map(|s| s.to_owned()).unwrap_or_default());
            only_qualified.push(cols.get(5) == Some(&"qualified"));
        }
        let by_code: HashMap<String, usize> = divisions
            .iter()
            .enumerate()
            .map(|(i, d)| (d.code.clone(), i))
            .collect();
        for (d, p) in divisions.iter_mut().zip(&parents) {
            d.parent = by_code.get(p).copied();
        }
        let stop: HashSet<&str> =
            asset_lines(include_str!("../../assets/gazetteer/short_stop.txt")).collect();
        let mut surfaces: HashMap<String, Vec<(usize, Form)>> = HashMap::new();
        let mut add = |s: String, i: usize, form: Form| {
            let v = surfaces.entry(s).or_default();
            if !v.iter().any(|(j, _)| *j == i) {
                v.push((i, form));
            }
        };
        let mut qualified: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, d) in divisions.iter().enumerate() {
            if only_qualified[i] {
                for s in [d.name.clone(), traditional(&d.name)] {
                    qualified.entry(s).or_default().push(i);
                }
                continue;
            }
            add(d.name.clone(), i, Form::Full);
            add(traditional(&d.name), i, Form::Full);
            // `~五常`: a weak short form (assets/gazetteer/build.py).
            for (s, form) in shorts[i]
                .split(',')
                .map(|s| match s.strip_prefix('~') {
                    Some(w) => (w, Form::Weak),
                    None => (s, Form::Short),
                })
                .filter(|(s, _)| s.chars().count() >= 2 && !stop.contains(s))
            {
                add(s.to_owned(), i, form);
                add(traditional(s), i, form);
            }
        }
        let mut zones = HashMap::new();
        for line in asset_lines(include_str!("../../assets/gazetteer/zones.tsv")) {
            if let Some((name, code)) = line.split_once('\t') {
                if let Some(&i) = by_code.get(code.trim()) {
                    zones.insert(name.to_owned(), i);
                    zones.insert(traditional(name), i);
                }
            }
        }
        let index = WordSet::new(surfaces.keys().chain(zones.keys()));
        let qualified_index = WordSet::new(qualified.keys());
        let followers = asset_lines(include_str!("../../assets/gazetteer/place_followers.txt"))
            .flat_map(|f| [f.to_owned(), traditional(f)])
            .collect();
        let organs = WordSet::new(
            asset_lines(include_str!("../../assets/gazetteer/division_organs.txt"))
                .flat_map(|f| [f.to_owned(), traditional(f)]),
        );
        Gazetteer {
            organs,
            divisions,
            by_code,
            surfaces,
            zones,
            index,
            qualified,
            qualified_index,
            followers,
            zone_suffixes: vec![
                "经济技术开发区",
                "高新技术产业开发区",
                "经济开发区",
                "工业集中区",
                "开发区",
                "经开区",
                "高新区",
                "經濟技術開發區",
                "經濟開發區",
                "開發區",
            ],
        }
    }

    /// The divisions whose full name is `name` (铁西区: Shenyang's and Siping's).
    pub fn named<'a>(&'a self, name: &str) -> impl Iterator<Item = usize> + 'a {
        let name = name.to_owned();
        self.surfaces
            .get(name.as_str())
            .into_iter()
            .flatten()
            .filter(move |(d, _)| self.divisions[*d].name == name)
            .map(|(d, _)| *d)
    }

    /// Whether `name` is a division's full name, one that stands alone or one that counts only
    /// after its enclosing division (丰县).
    pub fn is_full_name(&self, name: &str) -> bool {
        self.named(name).next().is_some() || self.qualified.get(name).is_some_and(|v| !v.is_empty())
    }

    /// A division by its 12-digit code.
    pub fn by_code(&self, code: &str) -> Option<usize> {
        self.by_code.get(code).copied()
    }

    /// The division's name with its ancestors' (吉林省长春市朝阳区).
    pub fn full_name(&self, i: usize) -> String {
        let mut chain = vec![i];
        while let Some(p) = self.divisions[*chain.last().unwrap_or(&i)].parent {
            chain.push(p);
        }
        chain
            .iter()
            .rev()
            .map(|&j| self.divisions[j].name.as_str())
            .collect()
    }

    /// True when `a` is `b` or one of its ancestors.
    pub fn contains(&self, a: usize, b: usize) -> bool {
        let mut cur = Some(b);
        while let Some(c) = cur {
            if c == a {
                return true;
            }
            cur = self.divisions[c].parent;
        }
        false
    }

    /// The prefecture-level division above (or at) `i`.
    pub fn prefecture_of(&self, i: usize) -> Option<usize> {
        let mut cur = Some(i);
        while let Some(c) = cur {
            if self.divisions[c].level == Level::Prefecture {
                return Some(c);
            }
            cur = self.divisions[c].parent;
        }
        None
    }

    /// Finds the places named in `text`. `boundary(i)` tells whether a word may start or end
    /// at char position i (from the segmenter), so a short form inside a longer word (四平八稳,
    /// 西湖北) is not a place.
    pub fn find(&self, text: &str, boundary: &dyn Fn(usize) -> bool) -> Vec<Hit> {
        let chars: Vec<char> = text.chars().collect();
        let mut hits = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            match self.longest_at(&chars, i, boundary) {
                Some(mut hit) => {
                    // 长春九台经济开发区: a city name just before a zone in it is part of the zone.
                    if hit.zone.is_none() {
                        if let Some(next) = self.longest_at(&chars, hit.end, boundary) {
                            let parent = next.candidates.first().and_then(|&d| self.divisions[d].parent);
                            if next.zone.is_some() && parent.is_some_and(|p| hit.candidates.contains(&p)) {
                                let name: String = chars[hit.start..next.end].iter().collect();
                                hit = Hit {
                                    start: hit.start,
                                    zone: Some(name),
                                    ..next
                                };
                            }
                        }
                    }
                    i = hit.end;
                    let qualified = hit
                        .zone
                        .is_none()
                        .then(|| self.qualified_after(&chars, &hit))
                        .flatten();
                    hits.push(hit);
                    if let Some(q) = qualified {
                        i = q.end;
                        hits.push(q);
                    }
                }
                None => i += 1,
            }
        }
        hits
    }

    /// A name that counts only after an enclosing division, right after `hit` (佳木斯市|郊区).
    /// The names that count only after their city (郊区, 城区) that `chars` uses as a
    /// division's own name, right before one of its organs (郊区政协主席, 郊区商务局): a page
    /// of the district's own names it alone.
    pub fn qualified_named_alone(&self, chars: &[char]) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for i in 0..chars.len() {
            for (k, len) in self.qualified_index.all_at(chars, i) {
                let word = self.qualified_index.word(k);
                if self.organs.all_at(chars, i + len).next().is_some() && !out.contains(&word) {
                    out.push(word);
                }
            }
        }
        out
    }

    /// Every place in `chars` where one of `names` (from [`Gazetteer::qualified_named_alone`])
    /// stands alone, not already covered by `taken` (the hits found before): each a hit with
    /// every division of that name as candidates.
    pub fn find_named_alone(&self, chars: &[char], names: &[String], taken: &[Hit]) -> Vec<Hit> {
        let mut out = Vec::new();
        for i in 0..chars.len() {
            for (k, len) in self.qualified_index.all_at(chars, i) {
                let word = self.qualified_index.word(k);
                let free = !taken.iter().any(|h| h.start < i + len && i < h.end);
                if let (true, Some(cands)) = (free && names.contains(&word), self.qualified.get(&word)) {
                    out.push(Hit {
                        start: i,
                        end: i + len,
                        candidates: cands.clone(),
                        form: Form::Full,
                        weak: Vec::new(),
                        zone: None,
                    });
                }
            }
        }
        out
    }

    fn qualified_after(&self, chars: &[char], hit: &Hit) -> Option<Hit> {
        let (k, len) = self.qualified_index.all_at(chars, hit.end).next()?;
        let candidates: Vec<usize> = self
            .qualified
            .get(&self.qualified_index.word(k))?
            .iter()
            .copied()
            .filter(|&d| hit.candidates.iter().any(|&h| h != d && self.contains(h, d)))
            .collect();
        (!candidates.is_empty()).then(|| Hit {
            start: hit.end,
            end: hit.end + len,
            candidates,
            form: Form::Full,
            weak: Vec::new(),
            zone: None,
        })
    }

    fn longest_at(&self, chars: &[char], i: usize, boundary: &dyn Fn(usize) -> bool) -> Option<Hit> {
        for (k, len) in self.index.all_at(chars, i) {
            let s = self.index.word(k);
            if let Some(&d) = self.zones.get(&s) {
                return Some(Hit {
                    start: i,
                    end: i + len,
                    candidates: vec![d],
                    form: Form::Full,
                    weak: Vec::new(),
                    zone: Some(s),
                });
            }
            let Some(cands) = self.surfaces.get(&s) else {
                continue;
            };
            // The strongest form that names one of them (梨树: 梨树县's short form, 梨树区's weak one).
            let form = cands
                .iter()
                .map(|(_, f)| *f)
                .min_by_key(|f| *f as u8)
                .unwrap_or(Form::Full);
            let weak: Vec<usize> = cands
                .iter()
                .filter(|(_, f)| *f == Form::Weak)
                .map(|(d, _)| *d)
                .collect();
            let end = i + len;
            // 乐山市集: the 市 belongs to 市集, so this is 乐山 followed by a word — try shorter.
            if form == Form::Full && self.binds_forward(chars, end) {
                continue;
            }
            if self.followed_by_non_place(chars, end) {
                return None;
            }
            if form != Form::Full && (!(boundary(i) && boundary(end)) || self.binds_backward(chars, i)) {
                continue;
            }
            let candidates: Vec<usize> = cands.iter().map(|(d, _)| *d).collect();
            // 朝阳经济开发区: a district followed by a zone suffix names a zone in it.
            if let Some(suffix) = self.zone_suffix_at(chars, end) {
                let county = candidates
                    .iter()
                    .copied()
                    .find(|&d| self.divisions[d].level == Level::County);
                if let Some(d) = county {
                    let zend = end + suffix.chars().count();
                    let name: String = chars[i..zend].iter().collect();
                    return Some(Hit {
                        start: i,
                        end: zend,
                        candidates: vec![d],
                        form: Form::Full,
                        weak: Vec::new(),
                        zone: Some(name),
                    });
                }
            }
            return Some(Hit {
                start: i,
                end,
                candidates,
                form,
                weak,
                zone: None,
            });
        }
        None
    }

    /// The suffix character of a full name forms a word with what follows (市集, 市场, 区块).
    fn binds_forward(&self, chars: &[char], end: usize) -> bool {
        let (Some(last), Some(next)) = (end.checked_sub(1).and_then(|e| chars.get(e)), chars.get(end)) else {
            return false;
        };
        let pair: String = [*last, *next].iter().collect();
        self.followers.contains(&pair) || matches!(pair.as_str(), "市场" | "区块" | "区间" | "县城")
    }

    /// 西湖北一地块: the first character of a short form makes a word with the one before it
    /// (西湖), so the short form is not there.
    fn binds_backward(&self, chars: &[char], start: usize) -> bool {
        let (Some(prev), Some(first)) = (start.checked_sub(1).and_then(|p| chars.get(p)), chars.get(start))
        else {
            return false;
        };
        let pair: String = [*prev, *first].iter().collect();
        !self.surfaces.contains_key(&pair) && crate::corpus::jieba().has_word(&pair)
    }

    /// 桂林路, 西安大路, 重庆路: a street or shop named after a place.
    fn followed_by_non_place(&self, chars: &[char], end: usize) -> bool {
        let rest: String = chars[end..chars.len().min(end + 3)].iter().collect();
        self.followers.iter().any(|f| rest.starts_with(f.as_str()))
    }

    fn zone_suffix_at(&self, chars: &[char], end: usize) -> Option<&'static str> {
        let rest: String = chars[end..chars.len().min(end + 9)].iter().collect();
        self.zone_suffixes.iter().copied().find(|s| rest.starts_with(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<String> {
        let g = gazetteer();
        g.find(text, &|_| true)
            .into_iter()
            .map(|h| match &h.zone {
                Some(z) => format!("{z}→{}", g.divisions[h.candidates[0]].name),
                // Weak candidates (梨树 for 鸡西's 梨树区) count only by the article's home.
                None => h
                    .candidates
                    .iter()
                    .filter(|d| !h.weak.contains(d))
                    .map(|&d| g.divisions[d].name.clone())
                    .collect::<Vec<_>>()
                    .join("|"),
            })
            .collect()
    }

    #[test]
    fn full_short_and_traditional_names() {
        assert_eq!(names("长春市绿园区"), ["长春市", "绿园区"]);
        assert_eq!(names("公主岭精准招商"), ["公主岭市"]);
        assert_eq!(names("長春市寬城區"), ["长春市", "宽城区"]);
        assert_eq!(names("梨树中广核燃机"), ["梨树县"]);
        assert_eq!(names("赴北京、深圳、衢州"), ["北京市", "深圳市", "衢州市"]);
    }

    #[test]
    fn autonomous_divisions_by_their_usual_short_names() {
        // The base alone is the city's (本溪), with 县 the county's.
        assert_eq!(names("研讨会在本溪县召开"), ["本溪满族自治县"]);
        assert_eq!(names("岫岩县齐心协力"), ["岫岩满族自治县"]);
        assert_eq!(names("延边州春季项目"), ["延边朝鲜族自治州"]);
    }

    #[test]
    fn ambiguous_short_forms_keep_all_candidates() {
        assert_eq!(names("朝阳"), ["朝阳市|朝阳区"]);
        assert_eq!(names("投资吉林"), ["吉林省|吉林市"]);
    }

    #[test]
    fn not_places() {
        assert!(names("乐山市集持续升温").is_empty());
        assert!(names("桂林路美食胡同").is_empty());
        assert!(names("长白山人参").is_empty());
        assert!(names("西湖北一地块").is_empty());
        // 二道江区 is not 二道区.
        assert_eq!(names("二道江区"), ["二道江区"]);
    }

    #[test]
    fn zones_are_tied_to_their_district() {
        assert_eq!(names("依托朝阳经济开发区的土地"), ["朝阳经济开发区→朝阳区"]);
        assert_eq!(names("迁入长春九台经济开发区"), ["长春九台经济开发区→九台区"]);
        assert_eq!(names("在长春国家农高区打造"), ["长春国家农高区→公主岭市"]);
    }

    #[test]
    fn an_ordinary_word_name_counts_alone_before_its_organs() {
        let g = gazetteer();
        for text in [
            "郊区政协主席带队考察，介绍了郊区基本情况。",
            "郊區政協主席帶隊考察，介紹了郊區基本情況。",
        ] {
            let chars: Vec<char> = text.chars().collect();
            let named = g.qualified_named_alone(&chars);
            assert_eq!(named.len(), 1, "{text}");
            let hits = g.find_named_alone(&chars, &named, &[]);
            assert_eq!(hits.len(), 2, "{text}");
            assert!(hits[0].candidates.len() > 1, "every 郊区 of China is a candidate");
        }
        // A suburb in passing names no division.
        let chars: Vec<char> = "城市郊区的企业。".chars().collect();
        assert!(g.qualified_named_alone(&chars).is_empty());
    }

    #[test]
    fn weak_short_forms_are_marked() {
        let g = gazetteer();
        let hits = g.find("投资五常的企业", &|_| true);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].form, Form::Weak);
        assert_eq!(g.divisions[hits[0].weak[0]].name, "五常市");
        // 阿旗: the customary short form of two banners.
        let hits = g.find("阿旗召开会议", &|_| true);
        assert_eq!(hits[0].weak.len(), 2);
    }

    #[test]
    fn gongzhuling_follows_todays_map() {
        let g = gazetteer();
        let d = g.by_code("220184000000").unwrap();
        assert_eq!(g.full_name(d), "吉林省长春市公主岭市");
        // Counties that became cities since: the old name's short form finds today's city.
        for (text, city) in [("漠河县召开会议", "漠河市"), ("嫩江县委书记说", "嫩江市")] {
            let hits = g.find(text, &|_| true);
            assert!(
                hits.iter()
                    .any(|h| h.candidates.iter().any(|&d| g.divisions[d].name == city)),
                "{text}"
            );
        }
    }
}

//! Entity records, serialised as they are exported.

use crate::corpus::model::{ArticleId, ParagraphId, Within};
use compact_str::CompactString;
use serde::{Deserialize, Serialize};

/// A stretch of one paragraph, in characters (not bytes): `[start, end)`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    pub paragraph: ParagraphId,
    pub start: usize,
    pub end: usize,
}

/// Administrative level of a division.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Province,
    Prefecture,
    County,
    /// A development zone tied to its district.
    Zone,
}

/// A division named in the corpus.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Region {
    /// Its own name (朝阳区).
    pub name: String,
    /// With its parents (吉林省长春市朝阳区).
    pub full_name: String,
    pub parent: Option<String>,
    pub level: Level,
    /// 12-digit division code (220104000000); zones carry their district's code.
    pub code: String,
    pub articles: Vec<ArticleId>,
}

/// One mention of a division in an article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RegionMention {
    /// The division's full name.
    pub region: CompactString,
    pub span: Span,
}

/// The divisions of one article.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ArticleRegions {
    pub article: Option<ArticleId>,
    /// Focus: the division the article is about (its `name`).
    pub region: Option<String>,
    /// Every division named, focus first (their `name`s).
    pub regions: Vec<String>,
    pub mentions: Vec<RegionMention>,
}

/// Something somebody said, directly (in quotation marks) or reported.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub id: String,
    pub article: ArticleId,
    pub paragraph: ParagraphId,
    /// The person's name; none for anonymous sources (公司负责人).
    pub speaker: Option<String>,
    /// The role as the text gives it, organisation included (朝阳区商务局副局长).
    pub role: Option<String>,
    pub organization: Option<String>,
    /// Every organisation the role names (吉林省眼镜协会会长、国商眼镜城总经理 → both).
    pub organizations: Vec<String>,
    /// The division the speaker speaks for.
    pub region: Option<String>,
    pub text: String,
    pub direct: bool,
    /// Where the quoted words stand.
    pub span: Span,
    /// Which rule attributed it, most certain first: users can filter out the weak ones.
    pub via: Via,
}

/// The sieve that attributed a quote to its speaker (after CoreNLP's quote attribution).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Via {
    /// The speaker and a speech verb right before it: `郑非表示：“…”`, `张建国说，“…”`.
    SpeakerBefore,
    /// The speaker inside a framing phrase: `在孙磊看来，“…”`, `正如赵丽所说：“…”`.
    Frame,
    /// The speaker right after it: `“…”周凯说`, `“…”公司负责人满怀期待`.
    SpeakerAfter,
    /// A reported clause: `王明表示，…`.
    Reported,
    /// Reported speech going on after a quote's verb: `“…”王明说，下一步…`.
    FollowOn,
    /// A quotation standing alone right after the same speaker's quote.
    Continuation,
    /// `他说` / `她表示`: the person last named as a subject.
    Pronoun,
    /// A clause whose subject is the sentence's, unsaid: `姜有为会见了…，表示将…`,
    /// `毕志杰介绍了…情况。希望各企业…`.
    Subject,
    /// A quotation in the first person standing alone, with nobody to attribute it to: somebody's
    /// words, the text does not say whose.
    Unattributed,
    /// A paragraph opening with its speaker and a colon, as an interview is transcribed:
    /// `副总经理闫建校：我们…`.
    Transcript,
}

impl Via {
    pub const ALL: [Via; 10] = [
        Via::SpeakerBefore,
        Via::Frame,
        Via::SpeakerAfter,
        Via::Reported,
        Via::FollowOn,
        Via::Continuation,
        Via::Pronoun,
        Via::Subject,
        Via::Unattributed,
        Via::Transcript,
    ];

    /// The name used in exports and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Via::SpeakerBefore => "speaker-before",
            Via::Frame => "frame",
            Via::SpeakerAfter => "speaker-after",
            Via::Reported => "reported",
            Via::FollowOn => "follow-on",
            Via::Continuation => "continuation",
            Via::Pronoun => "pronoun",
            Via::Subject => "subject",
            Via::Unattributed => "unattributed",
            Via::Transcript => "transcript",
        }
    }
}

/// A person with everything the corpus says of them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Person {
    pub name: String,
    pub roles: Vec<String>,
    pub organizations: Vec<String>,
    /// The divisions they speak for: one name in two counties with no organisation in common
    /// is two people.
    pub regions: Vec<String>,
    pub quotes: Vec<String>,
    pub articles: Vec<ArticleId>,
}

/// What the corpus holds for one division, its subdivisions included: the one definition the
/// explorer and `zhaoshang regions` share.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct RegionCounts {
    /// Articles about it: their focus is it or lies under it.
    pub about: usize,
    /// Articles that name it or a place under it (those about it included).
    pub mentioning: usize,
    pub quotes: usize,
    pub projects: usize,
}

/// An amount of money.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Money {
    pub value: f64,
    pub currency: String,
}

/// A named project, park, base, centre or undertaking.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Project {
    pub name: String,
    pub region: Option<String>,
    pub articles: Vec<ArticleId>,
    /// Investment stated next to it (总投资15亿元).
    pub investment: Option<Money>,
    pub mentions: Vec<Span>,
}

/// A company, group, bureau, association or chamber.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Organization {
    pub name: String,
    pub kind: String,
    pub articles: Vec<ArticleId>,
    pub mentions: Vec<Span>,
}

/// A number the text states, normalised, with what it measures. (A year of newspapers
/// states a hundred thousand and more: its short strings are held inline, not allocated.)
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// money, count, percent, area, date
    pub kind: CompactString,
    pub value: f64,
    /// CNY, USD, 个, %, m2, …; dates are `YYYY-MM-DD` in `text` with value 0.
    pub unit: CompactString,
    /// What it measures (到位资金, 签约项目, 固定资产投资 …), when the text says.
    pub metric: Option<CompactString>,
    pub region: Option<CompactString>,
    pub article: ArticleId,
    pub paragraph: ParagraphId,
    /// As written (218.82亿元).
    pub text: CompactString,
    /// Normalised date for date figures.
    pub date: Option<CompactString>,
    pub span: Span,
    /// Reached, aimed at, negotiated or planned, by the words of its sentence; none for dates.
    pub status: Option<Status>,
    /// The period it covers (`2026年`, `2024年1-6月`, `2026年一季度`): what its sentence
    /// says, else the article's year.
    pub period: Option<CompactString>,
}

/// What a figure reports: a result, a goal, or money still being talked about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Reached (累计到位内资163.87亿元, 完成, 实现, 已签约); a figure the text states
    /// without a marker is reported as reached.
    Actual,
    /// A goal or forecast (力争, 确保, 目标, 计划, 预计, 全年……要实现).
    Target,
    /// Of projects still under negotiation (洽谈, 意向).
    Negotiating,
    /// Planned, not committed (拟投资, 拟建).
    Planned,
}

impl Status {
    /// Its name as exported (`actual`, `target`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Actual => "actual",
            Status::Target => "target",
            Status::Negotiating => "negotiating",
            Status::Planned => "planned",
        }
    }
}

/// Everything the extractors found.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Entities {
    pub regions: Vec<Region>,
    pub quotes: Vec<Quote>,
    pub projects: Vec<Project>,
    pub organizations: Vec<Organization>,
    pub people: Vec<Person>,
    pub figures: Vec<Figure>,
    /// Per article, in corpus order; shown inside each exported article.
    #[serde(skip)]
    pub article_regions: Vec<ArticleRegions>,
    /// Article id → position in `article_regions`, for lookups by id.
    #[serde(skip)]
    pub by_article: ArticleIndex,
}

/// A lookup table from article ids to positions; equal to any other (it only mirrors data).
#[derive(Clone, Debug, Default)]
pub struct ArticleIndex(pub std::collections::HashMap<ArticleId, usize>);

impl PartialEq for ArticleIndex {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl<'de> Deserialize<'de> for ArticleIndex {
    fn deserialize<D: serde::Deserializer<'de>>(_: D) -> Result<Self, D::Error> {
        Ok(ArticleIndex::default())
    }
}

impl Entities {
    /// True when region `name` is `ancestor` or lies under it (朝阳区 within 长春市).
    pub fn within(&self, name: &str, ancestor: &str) -> bool {
        let mut cur = Some(name);
        let mut steps = 0;
        while let Some(n) = cur {
            if n == ancestor {
                return true;
            }
            cur = self
                .regions
                .iter()
                .find(|r| r.name == n)
                .and_then(|r| r.parent.as_deref());
            steps += 1;
            if steps > 8 {
                break;
            }
        }
        false
    }

    /// Counts per region (indexed like `regions`), each article, quote and project counted
    /// for its region and every ancestor: an article about 朝阳区 is about 长春市 and 吉林省 too.
    pub fn region_counts(&self) -> Vec<RegionCounts> {
        self.region_counts_within(&Within::all())
    }

    /// [`Entities::region_counts`] of the articles `within` keeps (a date filter): quotes of
    /// those articles, projects named in one of them.
    pub fn region_counts_within(&self, within: &Within) -> Vec<RegionCounts> {
        let by_name: std::collections::HashMap<&str, usize> = self
            .regions
            .iter()
            .enumerate()
            .map(|(i, r)| (r.name.as_str(), i))
            .collect();
        let chain = |name: Option<&str>| {
            let mut out = Vec::new();
            let mut cur = name.and_then(|n| by_name.get(n).copied());
            // A parent loop in bad data must not hang: a chain is never deeper than the levels.
            while let Some(i) = cur.filter(|_| out.len() < 8) {
                out.push(i);
                cur = self.regions[i]
                    .parent
                    .as_deref()
                    .and_then(|p| by_name.get(p).copied());
            }
            out
        };
        let mut counts = vec![RegionCounts::default(); self.regions.len()];
        let kept = |a: Option<&ArticleId>| within.is_all() || a.is_some_and(|a| within.keeps(a));
        for ar in self.article_regions.iter().filter(|ar| kept(ar.article.as_ref())) {
            for i in chain(ar.region.as_deref()) {
                counts[i].about += 1;
            }
            let mut named: Vec<usize> = ar.regions.iter().flat_map(|r| chain(Some(r))).collect();
            named.extend(chain(ar.region.as_deref()));
            named.sort_unstable();
            named.dedup();
            for i in named {
                counts[i].mentioning += 1;
            }
        }
        for q in self.quotes.iter().filter(|q| kept(Some(&q.article))) {
            for i in chain(q.region.as_deref()) {
                counts[i].quotes += 1;
            }
        }
        let named_within = |p: &&Project| within.is_all() || p.articles.iter().any(|a| within.keeps(a));
        for p in self.projects.iter().filter(named_within) {
            for i in chain(p.region.as_deref()) {
                counts[i].projects += 1;
            }
        }
        counts
    }

    /// The focus region and named regions of an article.
    pub fn article_regions(&self, id: &ArticleId) -> (Option<String>, Vec<String>) {
        self.regions_of(id)
            .map(|r| (r.region.clone(), r.regions.clone()))
            .unwrap_or_default()
    }

    /// What the region finder found in an article.
    pub fn regions_of(&self, id: &ArticleId) -> Option<&ArticleRegions> {
        match self.by_article.0.get(id) {
            Some(&i) => self.article_regions.get(i),
            None => self
                .article_regions
                .iter()
                .find(|r| r.article.as_ref() == Some(id)),
        }
    }
}

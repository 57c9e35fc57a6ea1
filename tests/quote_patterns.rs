//! Who said what, one pattern a test, each sentence written for the test and checked in
//! Simplified and in Traditional script (the extractors match on a folded form).

use zhaoshang::corpus::load_text;
use zhaoshang::extract::extract;

/// (speaker, role, direct, first characters said) of every quote of `body`, read both in
/// Simplified and converted to Traditional; the Traditional results are given back in
/// Simplified so both can be compared with one expectation.
fn said(body: &str) -> Vec<(Option<String>, Option<String>, bool, String)> {
    let run = |text: &str| {
        let corpus = zhaoshang::corpus::model::Corpus {
            articles: load_text("t.txt", "t", &format!("测试标题\n\n本报记者 张三\n\n{text}\n")),
            ..Default::default()
        };
        let simp = |s: &str| zhconv::zhconv(s, zhconv::Variant::ZhHans);
        extract(&corpus)
            .quotes
            .iter()
            .map(|q| {
                (
                    q.speaker.as_deref().map(simp),
                    q.role.as_deref().map(simp),
                    q.direct,
                    simp(&q.text.chars().take(8).collect::<String>()),
                )
            })
            .collect::<Vec<_>>()
    };
    let simplified = run(body);
    let traditional = run(&zhconv::zhconv(body, zhconv::Variant::ZhHant));
    assert_eq!(
        simplified, traditional,
        "Simplified and Traditional differ for {body}"
    );
    simplified
}

fn q(
    speaker: Option<&str>,
    role: Option<&str>,
    direct: bool,
    start: &str,
) -> (Option<String>, Option<String>, bool, String) {
    (
        speaker.map(str::to_owned),
        role.map(str::to_owned),
        direct,
        start.to_owned(),
    )
}

#[test]
fn a_frame_between_speaker_and_verb() {
    assert_eq!(
        said("王明在致辞中表示，开发区将全力保障项目落地。"),
        vec![q(Some("王明"), None, false, "开发区将全力保障")]
    );
    assert_eq!(
        said("刘伟在听取汇报后说，各部门要主动靠前服务企业。"),
        vec![q(Some("刘伟"), None, false, "各部门要主动靠前")]
    );
    assert_eq!(
        said("赵刚代表县委、县政府表示，将为企业提供最好的服务。"),
        vec![q(Some("赵刚"), None, false, "将为企业提供最好")]
    );
    assert_eq!(
        said("市商务局副局长孙丽15日在沈阳介绍，今年前三季度全市实际利用外资增长12%。"),
        vec![q(Some("孙丽"), Some("市商务局副局长"), false, "今年前三季度全市")]
    );
}

#[test]
fn speech_after_a_quote_goes_on_as_reported_speech() {
    assert_eq!(
        said("“我们对这里的发展充满信心。”公司董事长陈东表示，下一步将追加投资建设二期工厂。"),
        vec![
            q(Some("陈东"), Some("公司董事长"), true, "我们对这里的发展"),
            q(Some("陈东"), Some("公司董事长"), false, "下一步将追加投资"),
        ]
    );
}

#[test]
fn a_quoted_term_stays_inside_reported_speech() {
    let got = said("“园区服务很到位。”企业负责人周强说，当前园区正处在“快车道”上，前景看好。");
    assert_eq!(got[1].3, "当前园区正处在“");
    assert_eq!(got.len(), 2);
}

#[test]
fn pronoun_belongs_to_the_last_subject_named() {
    assert_eq!(
        said("县委书记李华出席签约仪式并致辞。他说，全县上下要以最优环境服务项目建设。"),
        vec![q(Some("李华"), Some("县委书记"), false, "全县上下要以最优")]
    );
}

#[test]
fn a_bare_name_takes_the_role_of_an_earlier_mention() {
    assert_eq!(
        said("区委书记、区长马军出席会议。马军表示，全区将持续优化营商环境。"),
        vec![q(Some("马军"), Some("区委书记、区长"), false, "全区将持续优化营")]
    );
}

#[test]
fn a_colon_without_quotation_marks_introduces_reported_speech() {
    assert_eq!(
        said("商会会长吴刚表示：近期将组织会员企业到开发区考察。"),
        vec![q(Some("吴刚"), Some("商会会长"), false, "近期将组织会员企")]
    );
}

#[test]
fn quotation_marks_of_every_kind() {
    let expected = vec![q(Some("王明"), None, true, "我们选择这里，是")];
    assert_eq!(
        said("王明说：「我们选择这里，是看中了这里的营商环境。」"),
        expected
    );
    assert_eq!(
        said("王明说：\"我们选择这里，是看中了这里的营商环境。\""),
        expected
    );
}

#[test]
fn thanks_and_welcome_are_not_speech() {
    assert!(said("李华对各位企业家的到来表示热烈欢迎。").is_empty());
}

#[test]
fn a_quoted_term_after_the_verb_begins_reported_speech() {
    assert_eq!(
        said("区委书记王刚强调，“十四五”期间，全区要把招商引资作为头号工程。"),
        vec![q(Some("王刚"), Some("区委书记"), false, "“十四五”期间，")]
    );
}

#[test]
fn collective_and_anonymous_sources() {
    assert_eq!(
        said("企业家们纷纷表示，这里的营商环境让人放心。"),
        vec![q(None, Some("企业家们"), false, "这里的营商环境让")]
    );
    assert_eq!(
        said("签约企业代表表示，将尽快推动项目落地。"),
        vec![q(None, Some("签约企业代表"), false, "将尽快推动项目落")]
    );
}

#[test]
fn a_subject_introduced_by_a_frame_gives_the_pronoun_its_speaker() {
    assert_eq!(
        said("在座谈交流中，孙伟仔细倾听企业提出的问题。他说，当前全市正处在加速发展的关键时期。"),
        vec![q(Some("孙伟"), None, false, "当前全市正处在加")]
    );
}

#[test]
fn a_quoted_sentence_standing_alone_goes_on_from_the_last_speaker() {
    // In the next paragraph, and in the same one.
    assert_eq!(
        said("区长王明说：“我们将全力保障项目落地。”\n\n“只要企业有需要，我们随叫随到。”"),
        vec![
            q(Some("王明"), Some("区长"), true, "我们将全力保障项"),
            q(Some("王明"), Some("区长"), true, "只要企业有需要，"),
        ]
    );
    assert_eq!(
        said("“项目建成后年产值可达10亿元。”公司负责人说。“我们对这里的环境很满意。”"),
        vec![
            q(None, Some("公司负责人"), true, "项目建成后年产值"),
            q(None, Some("公司负责人"), true, "我们对这里的环境"),
        ]
    );
    // Somebody else named in between, or two paragraphs away: not 王明's, but words in the
    // first person all the same, kept with nobody named.
    let unattributed = q(None, None, true, "只要企业有需要，");
    assert_eq!(
        said("区长王明说：“我们将全力保障项目落地。”副区长李华随后出席签约仪式。“只要企业有需要，我们随叫随到。”")[1],
        unattributed
    );
    assert_eq!(
        said("区长王明说：“我们将全力保障项目落地。”\n\n签约仪式随后举行。\n\n会场气氛热烈。\n\n“只要企业有需要，我们随叫随到。”")[1],
        unattributed
    );
    // A quoted sentence inside a sentence is no continuation.
    assert_eq!(
        said("区长王明说：“我们将全力保障项目落地。”全区牢记“只要企业有需要，我们随叫随到。”的承诺。").len(),
        1
    );
}

#[test]
fn each_quote_says_which_rule_attributed_it() {
    use zhaoshang::extract::model::Via;
    let corpus = zhaoshang::corpus::model::Corpus {
        articles: load_text(
            "t.txt",
            "t",
            "测试标题\n\n本报记者 张三\n\n区长王明说：“我们将全力保障项目落地。”\n\n“只要企业有需要，我们随叫随到。”\n\n“项目进展顺利。”李华说，下一步将加快建设进度。\n\n他表示，全年将新开工项目60个。\n\n在孙磊看来，“招商引资就是要拼服务、拼效率”。\n\n赵丽介绍，今年新签约项目32个。\n\n王华会见了考察团一行，表示将积极创造条件。\n\n签约仪式随后举行。\n\n新厂房已经封顶。“我们的生产线年底就能投产。”\n",
        ),
        ..Default::default()
    };
    let via: Vec<Via> = extract(&corpus).quotes.iter().map(|q| q.via).collect();
    assert_eq!(
        via,
        [
            Via::SpeakerBefore,
            Via::Continuation,
            Via::SpeakerAfter,
            Via::FollowOn,
            Via::Pronoun,
            Via::Frame,
            Via::Reported,
            Via::Subject,
            Via::Unattributed,
        ]
    );
}

#[test]
fn a_manner_word_before_the_verb_needs_no_particle() {
    assert_eq!(
        said("黑河市长赵荣国精彩解读：“这座开放之城的机遇是共享的。”"),
        vec![q(Some("赵荣国"), Some("黑河市长"), true, "这座开放之城的机")]
    );
}

#[test]
fn a_name_does_not_swallow_the_preposition_after_it() {
    // 李岩在致辞中…: the segmenter may glue 在 to a one-character given name.
    assert_eq!(
        said("李岩在致辞中代表市委、市政府向各界表示衷心感谢。他说，当前，松原正处在转型发展的关键阶段。"),
        vec![q(Some("李岩"), None, false, "当前，松原正处在")]
    );
    // 向周朋举一行…: 向 opens a phrase here, not a name; 他 is the subject named before.
    assert_eq!(
        said("景俊海首先代表省委、省政府，向周朋举一行到访表示欢迎。他说，纺织工业园项目是返乡投资的重大项目。"),
        vec![q(Some("景俊海"), None, false, "纺织工业园项目是")]
    );
}

#[test]
fn a_delegation_speaks_as_one_source() {
    assert_eq!(
        said("考察团表示，这里地理位置优越、资源丰富。"),
        vec![q(None, Some("考察团"), false, "这里地理位置优越")]
    );
}

#[test]
fn a_group_speaks_without_a_position() {
    assert_eq!(
        said("企业表示，待条件具备后将赴项目地块实地考察。"),
        vec![q(None, Some("企业"), false, "待条件具备后将赴")]
    );
    // No comma after the verb: a modal opens what was said.
    assert_eq!(
        said("各签约企业纷纷表示要在既有项目的基础上建设研发中心。"),
        vec![q(None, Some("各签约企业"), false, "要在既有项目的基")]
    );
    // A company's chairman speaks as the chairman; a group that is an object says nothing.
    assert_eq!(
        said("某某企业集团董事长刘强表示，将追加投资。"),
        vec![q(Some("刘强"), Some("某某企业集团董事长"), false, "将追加投资。")]
    );
    assert!(said("区长李华向企业介绍了园区的优惠政策。").is_empty());
}

#[test]
fn a_clause_without_its_subject_speaks_for_the_sentences() {
    // 王华 is the subject; the positions after 会见了 are the people he met.
    assert_eq!(
        said("王华分别会见了甲集团董事长李明、乙集团董事长赵亮，表示将积极为两家企业在本地投资创造条件。"),
        vec![q(Some("王华"), None, false, "将积极为两家企业")]
    );
    assert_eq!(
        said("多家企业负责人与客商积极交流，并表示在洽谈会后继续沟通，以开展进一步合作。"),
        vec![q(None, Some("多家企业负责人"), false, "在洽谈会后继续沟")]
    );
    // Courtesy is no speech, nor a verb with a noun after it, nor a speech verb that a light
    // verb makes a noun (进行了…介绍).
    assert!(said("王华会见了考察团一行，表示热烈欢迎。").is_empty());
    assert!(said("刘华对本地的旅游资源进行了深入地介绍，对特色小镇建设项目进行了推介。").is_empty());
    assert!(said("刘华就园区规划作了详细说明，与会企业认真听取。").is_empty());
    assert!(said("王华会见了考察团一行，并介绍了园区的发展情况。").is_empty());
}

#[test]
fn a_wish_is_speech_only_under_a_speech_verb() {
    // 希望 with no reporting verb is not speech, whoever hopes.
    for text in [
        "肖明向企业家们介绍了本市的发展情况，希望企业家们继续关注本市、投资本市。",
        "座谈会上，毕伟对考察团的到来表示欢迎，并介绍了县里的产业规划。希望各位企业家以此次考察为契机，找准合作点。",
        "王华会见了甲集团董事长李明。他希望甲集团进一步加强与本市的合作。",
        "在考察时，姜华希望企业做好核心技术研发和产业链条延伸。",
    ] {
        assert!(said(text).is_empty(), "{text}");
    }
    // After reported speech, the wish goes on with it.
    assert_eq!(
        said("王刚表示，一次推介还不足以让大家了解本市。希望大家多走走、多看看。"),
        vec![q(Some("王刚"), None, false, "一次推介还不足以")]
    );
    // A speech verb before it: reported speech.
    assert_eq!(
        said("王刚表示希望双方加快项目建设进度。"),
        vec![q(Some("王刚"), None, false, "希望双方加快项目")]
    );
    // Someone else named in between: nobody's wish is guessed.
    assert_eq!(
        said("王刚表示，一次推介还不足以让大家了解本市。两个月来，赵亮会长两次来到本市。希望双方加快项目建设。"),
        vec![q(Some("王刚"), None, false, "一次推介还不足以")]
    );
}

#[test]
fn first_person_words_with_nobody_named_are_kept_unattributed() {
    // The page cut the quotation off; nobody spoke before it.
    assert_eq!(
        said("园区二期建设正在紧张进行中。“我们公司的项目2023年开工建设，预计明年竣工投产"),
        vec![q(None, None, true, "我们公司的项目2")]
    );
    // A sentence in quotation marks with nobody named and no first person is nobody's words.
    assert!(said("园区二期建设正在紧张进行中。“招商引资是发展的生命线，要常抓不懈。”").is_empty());
}

#[test]
fn a_verb_that_takes_a_clause_needs_no_comma() {
    assert_eq!(
        said("座谈会上，省政协主席黄明称本省经济发展平稳，具有良好的投资环境。"),
        vec![q(Some("黄明"), Some("省政协主席"), false, "本省经济发展平稳")]
    );
    // 称赞 and 堪称 are other words; 称 does not report speech there.
    assert!(said("王华称赞园区服务周到。").is_empty());
    assert!(said("这个项目堪称全市招商引资的样板工程。").is_empty());
}

#[test]
fn a_person_and_their_party_are_a_subject() {
    assert_eq!(
        said("活动期间，鲁华一行还赴深圳进行考察，并与企业探讨合作切入点，表示将进一步加强与企业的合作。"),
        vec![q(Some("鲁华"), None, false, "将进一步加强与企")]
    );
    assert_eq!(
        said("鲁华一行表示，将尽快推动项目落地。"),
        vec![q(Some("鲁华"), None, false, "将尽快推动项目落")]
    );
}

#[test]
fn an_interview_transcribed_as_speaker_and_colon() {
    assert_eq!(
        said("长岭新材料有限公司总经理李海涛：我们今年新上两条生产线，订单已经排到年底。"),
        vec![q(
            Some("李海涛"),
            Some("长岭新材料有限公司总经理"),
            true,
            "我们今年新上两条"
        )]
    );
    // Labels with a colon are no speakers: 初审: 复审: 终审:, 地址：….
    assert!(said("初审：复审：终审：").is_empty());
}

#[test]
fn a_verb_that_addresses_people_before_what_is_said() {
    assert_eq!(
        said("调研中，刘伟叮嘱随行部门负责人，要把服务做到企业心坎上。"),
        vec![q(Some("刘伟"), None, false, "要把服务做到企业")]
    );
}

#[test]
fn a_quoted_term_before_an_object_is_no_speech() {
    // “一对一”会见了…负责人，就…: a term in quotation marks, then a predicate and its object.
    assert!(said("“一对一”会见了拟在本地投资的三家重点项目负责人，就加强合作进行交流。").is_empty());
}

#[test]
fn they_and_everyone_refer_back_to_the_group_named_as_subject() {
    assert_eq!(
        said("考察团对开发区的营商环境给予充分肯定，他们表示，今后要加强交流合作。"),
        vec![q(None, Some("考察团"), false, "今后要加强交流合")]
    );
    assert_eq!(
        said("甲公司、乙公司等8家签约企业负责人分别介绍了项目情况。大家表示，将尽快推动项目落地。"),
        vec![q(
            None,
            Some("甲公司、乙公司等8家签约企业负责人"),
            false,
            "将尽快推动项目落"
        )]
    );
    // Nobody to refer back to: no quote.
    assert!(said("会议气氛热烈。他们表示，将尽快推动项目落地。").is_empty());
}

#[test]
fn a_person_then_a_preposition_is_a_subject() {
    assert_eq!(
        said("仪式上，市委书记刘伟向省领导报告了项目情况，并表态说，全市将全力推进项目建设。"),
        vec![q(Some("刘伟"), Some("市委书记"), false, "全市将全力推进项")]
    );
    assert_eq!(
        said("刘伟在致辞中向与会嘉宾介绍到：本市位于东北腹地，资源丰富。"),
        vec![q(Some("刘伟"), None, false, "本市位于东北腹地")]
    );
}

#[test]
fn a_speaker_given_after_what_they_said() {
    // The paragraph before, when the phrase's sentence opens its paragraph; the agency's
    // dateline is not part of what was said.
    assert_eq!(
        said("新华社长春5月20日电（记者 张华）东北振兴正当其时，吉林完全可以成为开放合作的新高地。\n\n论坛当天在长春举行，全国人大常委会副委员长刘伟在论坛上作如上表示。"),
        vec![q(
            Some("刘伟"),
            Some("全国人大常委会副委员长"),
            false,
            "东北振兴正当其时"
        )]
    );
}

#[test]
fn two_speakers_of_the_same_words() {
    assert_eq!(
        said("王明和李华分别表示，要全力帮助企业解决项目推进中的困难。"),
        vec![
            q(Some("王明"), None, false, "要全力帮助企业解"),
            q(Some("李华"), None, false, "要全力帮助企业解"),
        ]
    );
    // Both sides of a meeting speak as one.
    assert_eq!(
        said("两市主要领导进行了座谈。双方表示，将进一步深化对口合作。"),
        vec![q(None, Some("双方"), false, "将进一步深化对口")]
    );
}

#[test]
fn the_subject_of_an_earlier_clause_speaks_after_a_comma() {
    // An evaluation or another act first, then the speech verb with its subject unsaid.
    assert_eq!(
        said("张明对开发区的营商环境很满意，表示要加快项目手续办理速度。"),
        vec![q(Some("张明"), None, false, "要加快项目手续办")]
    );
    assert_eq!(
        said("刘伟还阐述了优化发展环境的问题，指出全省将进一步压缩审批时间。"),
        vec![q(Some("刘伟"), None, false, "全省将进一步压缩")]
    );
}

#[test]
fn a_foreign_name_after_a_position() {
    assert_eq!(
        said("俄方城市市长安德烈耶夫表示，欢迎中国企业到当地投资木材加工项目。"),
        vec![q(
            Some("安德烈耶夫"),
            Some("俄方城市市长"),
            false,
            "欢迎中国企业到当"
        )]
    );
    // A position followed by 馆 names the consulate, not the speaker's position.
    assert_eq!(
        said("俄方驻港领事馆总领事斯莫罗金表示，两市携手将是两国三地经济合作的新发展。"),
        vec![q(
            Some("斯莫罗金"),
            Some("俄方驻港领事馆总领事"),
            false,
            "两市携手将是两国"
        )]
    );
}

#[test]
fn abbreviated_places_and_a_pronoun_are_nobody_to_refer_back_to() {
    // 他 is the speaker named before, not 吉港 (two places) nor 吉林 (与…).
    assert_eq!(
        said("王明表示，香港是重要的合作伙伴。吉港两地经济互补性强。吉林与香港始终保持着密切合作关系。他说：“我们欢迎香港企业来投资兴业。”"),
        vec![
            q(Some("王明"), None, false, "香港是重要的合作"),
            q(Some("王明"), None, true, "我们欢迎香港企业"),
        ]
    );
}

#[test]
fn a_group_of_business_people_speaks_as_one() {
    assert_eq!(
        said("会后，很多海外台商表示，本市资源优势明显。他们建议，本市应加大宣传力度。"),
        vec![
            q(None, Some("很多海外台商"), false, "本市资源优势明显"),
            q(None, Some("很多海外台商"), false, "本市应加大宣传力"),
        ]
    );
    assert_eq!(
        said("吉林相关代表表示，将紧抓两省对口合作机遇。"),
        vec![q(None, Some("吉林相关代表"), false, "将紧抓两省对口合")]
    );
    // What a body solves for companies is no one's words (企业对…的意见建议), nor is the
    // quoted name of an event the group is addressed by.
    assert!(said("新设立的投诉中心，重点解决企业对发展环境的意见建议，以及市场中出现的问题。").is_empty());
    assert!(said("秘书长赵明向“2011海外台商龙江行”参访团的海外台商介绍了本市的基本情况。").is_empty());
}

#[test]
fn a_space_between_position_and_name() {
    assert_eq!(
        said("某农业有限公司董事长 李英军：“今年我们预计生产800台，明年达到4000台。”"),
        vec![q(
            Some("李英军"),
            Some("某农业有限公司董事长"),
            true,
            "今年我们预计生产"
        )]
    );
}

#[test]
fn a_directive_after_a_comma_is_reported_speech() {
    assert_eq!(
        said("市长周振雷出席仪式。周振雷要求，全市上下要铆足气力，为企业做好服务。"),
        vec![q(Some("周振雷"), Some("市长"), false, "全市上下要铆足气")]
    );
    // A directive to someone named as its object, and the requirements of a plan, are not.
    assert!(said("市长周振雷要求项目专班要落实责任，定期与企业联系。").is_empty());
    assert!(said("按照省委部署要求，全力推进重大项目建设。").is_empty());
}

#[test]
fn he_is_the_subject_last_named_even_when_the_name_is_a_word() {
    // 单义 is also a word of the dictionary; named with a role first, it is a name after.
    let s = said(
        "市委书记单义率团考察。市委书记马明龙主持座谈。马明龙表示欢迎。他说，两市合作成果丰硕。单义感谢镇江的支持，对镇江的成绩表示祝贺。他说，当前朝阳正加快发展。",
    );
    assert_eq!(
        s.last().and_then(|q| q.0.clone()).as_deref(),
        Some("单义"),
        "{s:?}"
    );
    // A clause opening with a conjunction names nobody (但两地人民…).
    let s = said("盟长赵德永致辞。赵德永说，两地交往源远流长。他还回顾了往事，但两地人民的情谊更深了。他表示，将继续强化服务。");
    assert!(s.iter().all(|q| q.0.as_deref() == Some("赵德永")), "{s:?}");
}

#[test]
fn a_courtesy_title_between_name_and_verb() {
    assert_eq!(
        said("金亨培先生说，我们选择在这里投资是明智之举。王丽女士表示，将尽快开工。"),
        vec![
            q(Some("金亨培"), None, false, "我们选择在这里投"),
            q(Some("王丽"), None, false, "将尽快开工。"),
        ]
    );
}

#[test]
fn people_in_the_know_speak_unnamed() {
    assert_eq!(
        said("据有关人士介绍，全市145个重点项目进展顺利。业内人士表示，该市营商环境持续改善。"),
        vec![
            q(None, Some("有关人士"), false, "全市145个重点"),
            q(None, Some("业内人士"), false, "该市营商环境持续"),
        ]
    );
}

#[test]
fn said_with_what_was_said_right_after_it() {
    assert_eq!(
        said("会见中，王明向客商介绍了资源优势，王明说东方集团投资力度大，希望企业抓住机遇。"),
        vec![q(Some("王明"), None, false, "东方集团投资力度")]
    );
}

#[test]
fn rarer_surnames_make_names() {
    assert_eq!(
        said("市长蹇明会见了客商一行。蹇明表示，欢迎企业来投资兴业，共谋发展。"),
        vec![q(Some("蹇明"), Some("市长"), false, "欢迎企业来投资兴")]
    );
}

#[test]
fn said_inside_other_words_reports_nothing() {
    assert!(said("据说该项目进展顺利，年底将建成投产。").is_empty());
    assert!(said("可以说这个项目为全市发展注入了新动能。").is_empty());
}

#[test]
fn common_surnames_make_names() {
    // 洪, 傅: surnames of the hundred most common, speaking after a frame.
    assert_eq!(
        said("傅立新在座谈会上强调，园区要为企业提供全程代办服务。"),
        vec![q(Some("傅立新"), None, false, "园区要为企业提供")]
    );
    assert_eq!(
        said("洪文斌在讲话中指出，各县市要抓住春季施工的黄金期。"),
        vec![q(Some("洪文斌"), None, false, "各县市要抓住春季")]
    );
}

#[test]
fn leaders_and_members_are_anonymous_sources() {
    assert_eq!(
        said("沈阳市相关领导表示，两市结对以来合作成果不断涌现。"),
        vec![q(None, Some("沈阳市相关领导"), false, "两市结对以来合作")]
    );
    // 相关 qualifies the position at the clause's start too: no person called 相关.
    assert_eq!(
        said("相关领导表示，欢迎更多企业来投资兴业。"),
        vec![q(None, Some("相关领导"), false, "欢迎更多企业来投")]
    );
    assert_eq!(
        said("代表团成员表示，这次考察让大家看到了新区的潜力。"),
        vec![q(None, Some("代表团成员"), false, "这次考察让大家看")]
    );
    // A body named after the position word (领导小组, 成员单位) is no position.
    assert_eq!(
        said("招商引资领导小组办公室主任郑立军表示，今年新引进项目86个。"),
        vec![q(
            Some("郑立军"),
            Some("招商引资领导小组办公室主任"),
            false,
            "今年新引进项目8"
        )]
    );
    assert_eq!(
        said("各成员单位负责人表示，将全力做好要素保障工作。"),
        vec![q(None, Some("各成员单位负责人"), false, "将全力做好要素保")]
    );
}

#[test]
fn a_name_between_organisation_and_title() {
    assert_eq!(
        said("省商务厅外资处李红梅处长表示，今年将组织多场境外推介活动。"),
        vec![q(
            Some("李红梅"),
            Some("省商务厅外资处处长"),
            false,
            "今年将组织多场境"
        )]
    );
    // 办公室|主任: the end of an organisation's name before the title is no name.
    assert_eq!(
        said("市政府办公室主任表示，将持续优化审批流程。"),
        vec![q(None, Some("市政府办公室主任"), false, "将持续优化审批流")]
    );
}

#[test]
fn a_familiar_name_after_a_position() {
    assert_eq!(
        said("“这里的雪景我还是第一次见！”来自广州的游客小周裹着围巾，兴奋地说。"),
        vec![q(Some("小周"), Some("来自广州的游客"), true, "这里的雪景我还是")]
    );
}

#[test]
fn a_name_the_article_gave_opens_a_later_clause() {
    // A Mongolian name: no Chinese surname, and more characters than a Chinese name has.
    assert_eq!(
        said("自治区主席其木格出席签约仪式。其木格说，双方合作基础好，发展潜力大。"),
        vec![q(Some("其木格"), Some("自治区主席"), false, "双方合作基础好，")]
    );
    assert_eq!(
        said("盟委书记额尔敦图雅会见了客商一行。额尔敦图雅表示，全盟将以最优环境服务企业。"),
        vec![q(Some("额尔敦图雅"), Some("盟委书记"), false, "全盟将以最优环境")]
    );
}

#[test]
fn a_speaker_after_a_space_between_sentences() {
    assert_eq!(
        said("韩明介绍了园区的基本情况。 刘磊表示，此次考察大家收获很大。"),
        vec![q(Some("刘磊"), None, false, "此次考察大家收获")]
    );
}

#[test]
fn a_group_as_the_unsaid_subject() {
    assert_eq!(
        said("一路走来，侨商们对新区有了更深的了解，更由衷感叹，这里的营商环境越来越好。"),
        vec![q(None, Some("侨商们"), false, "这里的营商环境越")]
    );
}

#[test]
fn a_position_after_a_preposition_leaves_the_name_the_subject() {
    // 向各级领导: the position is the object's; 他 is the name that opened the sentence.
    assert_eq!(
        said("李华在签约仪式上代表市政府向各级领导表示衷心感谢。他说，全市将持续优化营商环境。"),
        vec![q(Some("李华"), None, false, "全市将持续优化营")]
    );
}

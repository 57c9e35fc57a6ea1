//! Saved web pages: the article's text taken out of the page by a readability-style extractor
//! (dom_smoothie, a port of Mozilla's Readability), the page's metadata (`og:title`,
//! `article:published_time`, `<meta name="publishdate">`, canonical URL, `og:site_name`) as
//! the document's, in the charset the page declares (`<meta charset=gbk>`).

use super::{normalize_date, url_host, Doc, Meta};
use crate::corpus::decode;
use dom_query::{Document, Selection};
use dom_smoothie::{Config, Readability, TextMode};
use encoding_rs::{Encoding, UTF_8};

/// Elements that hold one paragraph of running text each.
const BLOCKS: &str = "p, h1, h2, h3, h4, h5, h6, li, figcaption, blockquote, pre, td, dd, dt";

/// Reads a saved page: its article and metadata, or why the page has none.
pub fn read_page(bytes: &[u8]) -> Result<Doc, String> {
    let html = decode_page(bytes)?;
    read_html(&html)
}

/// Reads a page given as text (also a dataset record's HTML content).
pub fn read_html(html: &str) -> Result<Doc, String> {
    let meta = page_meta(&Document::from(html));
    let cfg = Config {
        text_mode: TextMode::Formatted,
        // Chinese packs a sentence into a few dozen characters: Readability's default of 500
        // characters for a candidate is tuned for English and drops short news items.
        char_threshold: 200,
        ..Config::default()
    };
    let mut r = Readability::new(html, None, Some(cfg)).map_err(|e| format!("not a readable page: {e}"))?;
    let article = r
        .parse()
        .map_err(|e| format!("no article text found in the page ({e})"))?;
    let mut text = block_text(&Document::fragment(article.content.to_string()));
    if text.trim().is_empty() {
        text = article.text_content.to_string();
    }
    if !has_prose(&text) {
        return Err("no article text found in the page (only navigation, lists or links)".into());
    }
    let meta = Meta {
        title: meta
            .title
            .or_else(|| Some(article.title.trim().to_owned()).filter(|t| !t.is_empty())),
        ..meta
    };
    Ok(Doc {
        text: with_title(&meta, text),
        meta,
    })
}

/// True when the text holds sentences, not only link lists and menus: some twenty characters
/// of lines that end like a sentence (`…落地见效。`); `春季招聘会启幕` in a list does not.
fn has_prose(text: &str) -> bool {
    let sentences: usize = text
        .lines()
        .map(str::trim)
        .filter(|l| l.ends_with(['。', '！', '？', '”', '」', '.', '!', '?']))
        .map(|l| l.chars().filter(|c| decode::is_han(*c)).count())
        .sum();
    sentences >= 20
}

/// Readability takes the headline out of the body (it is the page's title); the layout finds
/// an article by its title line, so it goes back on top.
fn with_title(meta: &Meta, text: String) -> String {
    match &meta.title {
        Some(t) if !text.trim_start().starts_with(t.as_str()) => format!("{t}\n\n{text}"),
        _ => text,
    }
}

/// An HTML fragment (a record's content) as paragraphs, without looking for an article in it.
pub fn fragment_text(html: &str) -> String {
    block_text(&Document::fragment(html))
}

/// The page's text in the charset it declares, else detected like a text file.
fn decode_page(bytes: &[u8]) -> Result<String, String> {
    if let Some(enc) = declared_charset(bytes) {
        // A page declaring UTF-8 but saved by a tool in the local charset is common
        // (`<meta charset=utf-8>` over GBK bytes): trust the declaration only if it decodes.
        let (text, _, had_errors) = enc.decode(bytes);
        if !had_errors || enc != UTF_8 {
            return Ok(text.into_owned());
        }
    }
    decode::decode(bytes).map(|d| d.text).map_err(|e| e.to_string())
}

/// The charset a page declares in its first kilobytes: `<meta charset=gbk>` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let at = lower.windows(8).position(|w| w == b"charset=")? + 8;
    let label: Vec<u8> = lower[at..]
        .iter()
        .copied()
        .skip_while(|b| *b == b'"' || *b == b'\'' || *b == b' ')
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_')
        .collect();
    Encoding::for_label(&label)
}

/// The metadata a page states about itself.
fn page_meta(doc: &Document) -> Meta {
    let meta = |keys: &[&str]| -> Option<String> {
        keys.iter().find_map(|k| {
            let sel = format!(r#"meta[property="{k}"], meta[name="{k}"], meta[itemprop="{k}"]"#);
            doc.select(&sel)
                .iter()
                .filter_map(|m| m.attr("content"))
                .map(|c| c.trim().to_owned())
                .find(|c| !c.is_empty())
        })
    };
    let canonical = doc
        .select(r#"link[rel="canonical"]"#)
        .iter()
        .filter_map(|l| l.attr("href"))
        .map(|h| h.trim().to_owned())
        .find(|h| h.contains("://"));
    let url = canonical.or_else(|| meta(&["og:url"]).filter(|u| u.contains("://")));
    let page_title = Some(doc.select("title").text().trim().to_owned()).filter(|t| !t.is_empty());
    let site = meta(&[
        "og:site_name",
        "SiteName",
        "sitename",
        "site_name",
        "application-name",
    ])
    .or_else(|| url.as_deref().and_then(url_host));
    let title = meta(&["og:title", "twitter:title", "ArticleTitle", "title"])
        .or_else(|| {
            let h1 = doc.select("h1").first().text().trim().to_owned();
            (!h1.is_empty()).then_some(h1)
        })
        .or_else(|| {
            page_title
                .as_deref()
                .map(|t| strip_site_suffix(t, site.as_deref()))
        });
    let date = meta(&[
        "article:published_time",
        "publishdate",
        "PubDate",
        "pubdate",
        "publish_date",
        "datePublished",
        "og:release_date",
        "date",
        "dc.date",
    ])
    .and_then(|d| normalize_date(&d));
    let publication = meta(&["ContentSource", "source", "article:publisher"]).filter(|s| !s.contains("://"));
    let authors = meta(&["author", "article:author"])
        .filter(|a| !a.contains("://"))
        .map(|a| {
            a.split([' ', '　', ',', '，', '、'])
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    Meta {
        title,
        date,
        publication,
        site,
        url,
        authors,
        record: None,
    }
}

/// `朝阳区…新格局 - 吉林日报` → `朝阳区…新格局`: the site's name after a separator is not part
/// of the headline.
fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    for sep in [" - ", "_", " | ", "－", "—", "-"] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            let tail = tail.trim();
            let is_site =
                site.is_some_and(|s| tail.contains(s) || s.contains(tail)) || tail.chars().count() <= 12;
            if is_site && head.trim().chars().count() >= 6 {
                return head.trim().to_owned();
            }
        }
    }
    title.trim().to_owned()
}

/// The paragraphs of a document as lines with a blank line between; a caption
/// (`<figcaption>`) is set apart by extra blank lines, as the layout reads captions in text.
fn block_text(doc: &Document) -> String {
    let mut out = String::new();
    for block in doc.select(BLOCKS).iter() {
        // A list item or cell holding paragraphs is read through them.
        if block.select(BLOCKS).exists() {
            continue;
        }
        let text = tidy(&block);
        if text.is_empty() {
            continue;
        }
        let caption = block.is("figcaption") || block.is(".caption, .pic_text, .img_desc, .imgtxt");
        out.push_str(if caption { "\n\n\n" } else { "\n" });
        out.push_str(&text);
        out.push('\n');
    }
    out
}

/// A block's text with `<br>` as line breaks and the page's indentation and spacing removed.
fn tidy(block: &Selection) -> String {
    let raw = block.formatted_text();
    raw.lines()
        .map(|l| l.trim_matches(|c: char| c.is_whitespace()))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Reads a page saved as MHTML (`.mht`): the first `text/html` part, decoded from
/// quoted-printable or base64 in its declared charset.
pub fn read_mhtml(bytes: &[u8]) -> Result<Doc, String> {
    let text = String::from_utf8_lossy(bytes);
    let boundary = text
        .find("boundary=")
        .map(|i| {
            text[i + 9..]
                .trim_start_matches('"')
                .split(['"', ';', '\r', '\n'])
                .next()
                .unwrap_or_default()
                .to_owned()
        })
        .filter(|b| !b.is_empty())
        .ok_or("not an MHTML file (no MIME boundary)")?;
    let delimiter = format!("--{boundary}");
    for part in text.split(delimiter.as_str()).skip(1) {
        let Some((head, body)) = part.split_once("\r\n\r\n").or_else(|| part.split_once("\n\n")) else {
            continue;
        };
        let head_l = head.to_ascii_lowercase();
        if !head_l.contains("content-type: text/html") {
            continue;
        }
        let raw: Vec<u8> = if head_l.contains("quoted-printable") {
            quoted_printable(body)
        } else if head_l.contains("base64") {
            base64(body).ok_or("MHTML: bad base64 in the page part")?
        } else {
            // The part was read as lossy UTF-8 above: take its bytes from the file instead.
            let start = bytes
                .windows(body.len().min(64))
                .position(|w| w == &body.as_bytes()[..body.len().min(64)])
                .unwrap_or(0);
            bytes[start..].to_vec()
        };
        let declared = head_l
            .split("charset=")
            .nth(1)
            .map(|c| {
                c.trim_matches(['"', ' '])
                    .split([';', '\r', '\n', '"'])
                    .next()
                    .unwrap_or("")
            })
            .and_then(|l| Encoding::for_label(l.as_bytes()));
        let html = match declared.or_else(|| declared_charset(&raw)) {
            Some(enc) => enc.decode(&raw).0.into_owned(),
            None => decode_page(&raw)?,
        };
        return read_html(&html);
    }
    Err("MHTML: no text/html part".into())
}

fn quoted_printable(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'=' {
            if b.get(i + 1) == Some(&b'\r') && b.get(i + 2) == Some(&b'\n') {
                i += 3;
                continue;
            }
            if b.get(i + 1) == Some(&b'\n') {
                i += 2;
                continue;
            }
            let hex = |c: Option<&u8>| c.and_then(|c| (*c as char).to_digit(16));
            if let (Some(h), Some(l)) = (hex(b.get(i + 1)), hex(b.get(i + 2))) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    out
}

fn base64(s: &str) -> Option<Vec<u8>> {
    let val = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32)
    };
    let clean: Vec<u8> = s
        .bytes()
        .filter(|c| !c.is_ascii_whitespace() && *c != b'=')
        .collect();
    let mut out = Vec::with_capacity(clean.len() * 3 / 4);
    for chunk in clean.chunks(4) {
        let mut n = 0u32;
        for (k, c) in chunk.iter().enumerate() {
            n |= val(*c)? << (18 - 6 * k);
        }
        let bytes = n.to_be_bytes();
        out.extend_from_slice(&bytes[1..chunk.len()]);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html><html><head><meta charset="utf-8">
<title>宽城区：招商攻坚正当时_吉林日报</title>
<meta property="og:site_name" content="吉林日报">
<meta name="publishdate" content="2025-03-12 08:30">
<link rel="canonical" href="http://www.example.cn/news/1.html">
</head><body>
<nav class="nav"><a href="/">首页</a><a href="/zw">政务</a><a href="/jj">经济</a></nav>
<div class="breadcrumb">您当前的位置：首页 &gt; 新闻 &gt; 正文</div>
<div class="main"><h1>宽城区：招商攻坚正当时</h1>
<div class="article-content">
<p>　　今年以来，宽城区坚持把招商引资作为经济工作的生命线，全力推动项目落地见效。</p>
<p>“我们将持续优化营商环境，让企业安心发展。”宽城区商务局局长王海涛表示，全区上下正在跑出招商引资加速度。</p>
<figure><img src="a.jpg"><figcaption>宽城区重点项目建设现场。</figcaption></figure>
<p>据介绍，一季度宽城区共签约项目二十个，总投资一百二十亿元，涉及装备制造、商贸物流等多个领域。</p>
</div></div>
<div class="related"><h3>相关新闻</h3><ul><li><a href="/2">朝阳区举办招商推介会</a></li><li><a href="/3">南关区签约项目十个</a></li></ul></div>
<footer>吉林日报社版权所有 地址：吉林省长春市火炬路1518号</footer>
</body></html>"#;

    #[test]
    fn article_and_metadata_from_a_cms_page() {
        let doc = read_page(PAGE.as_bytes()).unwrap();
        assert_eq!(doc.meta.title.as_deref(), Some("宽城区：招商攻坚正当时"));
        assert_eq!(doc.meta.date.as_deref(), Some("2025-03-12"));
        assert_eq!(doc.meta.site.as_deref(), Some("吉林日报"));
        assert_eq!(doc.meta.url.as_deref(), Some("http://www.example.cn/news/1.html"));
        assert!(doc.text.starts_with("宽城区：招商攻坚正当时\n"), "{}", doc.text);
        assert!(doc.text.contains("王海涛表示"));
        assert!(
            doc.text.contains("\n\n\n宽城区重点项目建设现场。\n"),
            "{}",
            doc.text
        );
        for furniture in ["首页", "相关新闻", "南关区签约项目十个", "版权所有"] {
            assert!(
                !doc.text.contains(furniture),
                "{furniture} reached the body: {}",
                doc.text
            );
        }
    }

    #[test]
    fn declared_gbk_is_honoured() {
        let page = PAGE.replace("utf-8", "gbk");
        let (gbk, _, _) = encoding_rs::GBK.encode(&page);
        let doc = read_page(&gbk).unwrap();
        assert!(doc.text.contains("王海涛表示"));
        assert_eq!(
            declared_charset(b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">")
                .map(|e| e.name()),
            Some("GBK")
        );
    }

    #[test]
    fn a_page_without_an_article_is_an_error() {
        let page = "<html><head><title>首页</title></head><body><nav><a href='/'>首页</a><a href='/a'>新闻</a></nav><footer>版权所有</footer></body></html>";
        assert!(read_page(page.as_bytes()).unwrap_err().contains("no article"));
    }

    #[test]
    fn mhtml_quoted_printable_page() {
        let page = PAGE.replace("utf-8", "gbk");
        let (gbk, _, _) = encoding_rs::GBK.encode(&page);
        let qp: String = gbk.iter().map(|b| format!("={b:02X}")).collect();
        let mht = format!(
            "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_B\"\r\n\r\n------=_B\r\nContent-Type: text/html; charset=\"gbk\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n{qp}\r\n------=_B--\r\n"
        );
        let doc = read_mhtml(mht.as_bytes()).unwrap();
        assert!(doc.text.contains("王海涛表示"), "{}", doc.text);
    }

    #[test]
    fn site_suffix_leaves_the_headline() {
        assert_eq!(
            strip_site_suffix("宽城区：招商攻坚正当时_吉林日报", None),
            "宽城区：招商攻坚正当时"
        );
        assert_eq!(
            strip_site_suffix(
                "朝阳区以“四大行动”撬动发展新格局 - 中国吉林网",
                Some("中国吉林网")
            ),
            "朝阳区以“四大行动”撬动发展新格局"
        );
    }
}

//! Datasets of records from scrapers and exports: CSV/TSV with a header, JSON Lines, JSON
//! arrays. Each record is an article; its fields are found by common names (`标题`, `正文`,
//! `发布时间`, `链接`, `来源` …) or named explicitly. A malformed row is reported with its line
//! and skipped.

use super::{html, looks_like_html, normalize_date, url_host, Doc, Field, FieldMap, Meta, Read};
use crate::corpus::decode;
use serde_json::Value;

/// Reads a CSV (`sep` `,`) or TSV (`sep` tab) dataset with a header row.
pub fn read_delimited(bytes: &[u8], sep: u8, fields: &FieldMap) -> Result<Read, String> {
    // Spreadsheets in China save CSV as GBK; decode like any text file first.
    let text = decode::decode(bytes).map_err(|e| e.to_string())?.text;
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(sep)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let columns: Vec<String> = rdr
        .headers()
        .map_err(|e| format!("line 1: cannot read the header: {e}"))?
        .iter()
        .map(str::to_owned)
        .collect();
    let content = fields
        .find(Field::Content, &columns)
        .ok_or_else(|| missing_content(&columns))?;
    let at = |f: Field| fields.find(f, &columns);
    let (title, date, url, source, author) = (
        at(Field::Title),
        at(Field::Date),
        at(Field::Url),
        at(Field::Source),
        at(Field::Author),
    );
    let mut out = Read::default();
    for (n, row) in rdr.records().enumerate() {
        let record = n + 1;
        match row {
            Ok(row) => {
                let get = |i: Option<usize>| i.and_then(|i| row.get(i)).map(str::to_owned);
                let line = row.position().map_or(record + 1, |p| p.line() as usize);
                let fields = RecordFields {
                    title: get(title),
                    content: get(Some(content)),
                    date: get(date),
                    url: get(url),
                    source: get(source),
                    authors: get(author).map(|a| split_authors(&a)).unwrap_or_default(),
                };
                match fields.into_doc(record) {
                    Ok(doc) => out.docs.push(doc),
                    Err(e) => out
                        .problems
                        .push(format!("line {line} (record {record}): {e}; skipped")),
                }
            }
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                let why = match e.kind() {
                    csv::ErrorKind::UnequalLengths {
                        expected_len, len, ..
                    } => format!("{len} fields where the header has {expected_len}"),
                    _ => e.to_string(),
                };
                out.problems
                    .push(format!("line {line} (record {record}): {why}; skipped"));
            }
        }
    }
    Ok(out)
}

/// Reads JSON Lines: one record (a JSON object) per line.
pub fn read_json_lines(bytes: &[u8], fields: &FieldMap) -> Result<Read, String> {
    let text = decode::decode(bytes).map_err(|e| e.to_string())?.text;
    let mut out = Read::default();
    let mut record = 0;
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        record += 1;
        let r = serde_json::from_str::<Value>(line)
            .map_err(|e| format!("invalid JSON at column {}: {e}", e.column()))
            .and_then(|v| json_record(&v, fields))
            .and_then(|f| f.into_doc(record));
        match r {
            Ok(doc) => out.docs.push(doc),
            Err(e) => out
                .problems
                .push(format!("line {} (record {record}): {e}; skipped", i + 1)),
        }
    }
    Ok(out)
}

/// Reads a JSON array of records (or an object holding one, e.g. `{"data": […]}`).
pub fn read_json_array(bytes: &[u8], fields: &FieldMap) -> Result<Read, String> {
    let text = decode::decode(bytes).map_err(|e| e.to_string())?.text;
    let v: Value = serde_json::from_str(&text)
        .map_err(|e| format!("line {}: invalid JSON (column {}): {e}", e.line(), e.column()))?;
    let items = match &v {
        Value::Array(a) => a,
        Value::Object(o) => o
            .values()
            .find_map(|x| x.as_array().filter(|a| a.iter().any(Value::is_object)))
            .ok_or("a JSON object without a list of records")?,
        _ => return Err("not a JSON array of records".into()),
    };
    let mut out = Read::default();
    for (n, item) in items.iter().enumerate() {
        let record = n + 1;
        match json_record(item, fields).and_then(|f| f.into_doc(record)) {
            Ok(doc) => out.docs.push(doc),
            Err(e) => out.problems.push(format!("record {record}: {e}; skipped")),
        }
    }
    Ok(out)
}

/// The fields of one record, as found.
struct RecordFields {
    title: Option<String>,
    content: Option<String>,
    date: Option<String>,
    url: Option<String>,
    source: Option<String>,
    authors: Vec<String>,
}

impl RecordFields {
    /// The record as a document: title on top of its content (HTML content read as a page).
    fn into_doc(self, record: usize) -> Result<Doc, String> {
        let content = self.content.unwrap_or_default();
        if content.trim().is_empty() {
            return Err("empty content".into());
        }
        let (body, page) = if looks_like_html(&content) {
            // A whole page is read for its article; a fragment (`<p>…</p>`) is the article.
            if content.contains("<body") || content.contains("<html") {
                let doc = html::read_html(&content)?;
                (doc.text, Some(doc.meta))
            } else {
                (html::fragment_text(&content), None)
            }
        } else {
            (content, None)
        };
        let page = page.unwrap_or_default();
        let title = self
            .title
            .filter(|t| !t.trim().is_empty())
            .map(|t| t.trim().to_owned())
            .or(page.title);
        let text = match &title {
            Some(t) if !body.trim_start().starts_with(t.as_str()) => format!("{t}\n\n{body}"),
            _ => body,
        };
        let url = self
            .url
            .map(|u| u.trim().to_owned())
            .filter(|u| !u.is_empty())
            .or(page.url);
        Ok(Doc {
            text,
            meta: Meta {
                title,
                date: self.date.as_deref().and_then(normalize_date).or(page.date),
                publication: self
                    .source
                    .map(|s| s.trim().to_owned())
                    .filter(|s| !s.is_empty())
                    .or(page.publication),
                site: page.site.or_else(|| url.as_deref().and_then(url_host)),
                url,
                authors: if self.authors.is_empty() {
                    page.authors
                } else {
                    self.authors
                },
                record: Some(record),
            },
        })
    }
}

/// A JSON object's recognised fields.
fn json_record(v: &Value, fields: &FieldMap) -> Result<RecordFields, String> {
    let obj = v.as_object().ok_or("not a JSON object")?;
    let keys: Vec<String> = obj.keys().cloned().collect();
    let get = |f: Field| {
        fields
            .find(f, &keys)
            .and_then(|i| obj.get(&keys[i]))
            .and_then(json_text)
    };
    let content = fields
        .find(Field::Content, &keys)
        .ok_or_else(|| missing_content(&keys))?;
    Ok(RecordFields {
        title: get(Field::Title),
        content: obj.get(&keys[content]).and_then(json_text),
        date: get(Field::Date),
        url: get(Field::Url),
        source: get(Field::Source),
        authors: match fields.find(Field::Author, &keys).and_then(|i| obj.get(&keys[i])) {
            Some(Value::Array(a)) => a.iter().filter_map(json_text).collect(),
            Some(v) => json_text(v).map(|a| split_authors(&a)).unwrap_or_default(),
            None => Vec::new(),
        },
    })
}

/// A JSON value as text: strings as they are, numbers written out, lists of lines joined.
fn json_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Array(a) => Some(a.iter().filter_map(json_text).collect::<Vec<_>>().join("\n\n")),
        _ => None,
    }
}

/// `李华 王芳`, `李华、王芳`, `李华,王芳` → two authors.
fn split_authors(s: &str) -> Vec<String> {
    s.split([' ', '　', ',', '，', '、', ';', '；'])
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(str::to_owned)
        .collect()
}

fn missing_content(columns: &[String]) -> String {
    format!(
        "no content field among {:?} (looked for content, text, body, 正文, 内容 …; name it with --field content=NAME)",
        columns
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_with_chinese_header_and_a_broken_row() {
        let csv = "标题,正文,发布时间,链接,来源\n\
                   宽城区招商,\"宽城区商务局局长王海涛表示，全区正在跑出招商加速度。\",2025/3/12,http://www.example.cn/1.html,吉林日报\n\
                   坏行,只有两列\n\
                   朝阳区招商,朝阳区签约项目十个。,2025-03-13,,长春日报\n";
        let r = read_delimited(csv.as_bytes(), b',', &FieldMap::default()).unwrap();
        assert_eq!(r.docs.len(), 2);
        assert_eq!(
            r.problems,
            ["line 3 (record 2): 2 fields where the header has 5; skipped"]
        );
        let d = &r.docs[0];
        assert!(d.text.starts_with("宽城区招商\n\n宽城区商务局"));
        assert_eq!(d.meta.date.as_deref(), Some("2025-03-12"));
        assert_eq!(d.meta.publication.as_deref(), Some("吉林日报"));
        assert_eq!(d.meta.site.as_deref(), Some("www.example.cn"));
        assert_eq!((d.meta.record, r.docs[1].meta.record), (Some(1), Some(3)));
    }

    #[test]
    fn tsv_needs_a_content_column() {
        let err = read_delimited("a\tb\n1\t2\n".as_bytes(), b'\t', &FieldMap::default()).unwrap_err();
        assert!(err.contains("no content field"), "{err}");
        let named = FieldMap::parse(&["content=b".into()]).unwrap();
        let r = read_delimited("a\tb\n1\t招商引资项目落地\n".as_bytes(), b'\t', &named).unwrap();
        assert_eq!(r.docs[0].text, "招商引资项目落地");
    }

    #[test]
    fn json_lines_with_an_invalid_line_and_html_content() {
        let jl = "{\"标题\":\"甲\",\"正文\":\"<p>第一段。</p><p>第二段。</p>\"}\n{broken\n\n{\"title\":\"乙\",\"text\":\"正文。\",\"author\":[\"李华\",\"王芳\"]}\n";
        let r = read_json_lines(jl.as_bytes(), &FieldMap::default()).unwrap();
        assert_eq!(r.docs.len(), 2);
        assert_eq!(r.problems.len(), 1);
        assert!(
            r.problems[0].starts_with("line 2 (record 2): invalid JSON"),
            "{:?}",
            r.problems
        );
        assert_eq!(r.docs[0].text, "甲\n\n\n第一段。\n\n第二段。\n");
        assert_eq!(r.docs[1].meta.authors, ["李华", "王芳"]);
        assert_eq!(r.docs[1].meta.record, Some(3));
    }

    #[test]
    fn json_array_or_object_holding_one() {
        let r = read_json_array(
            "{\"data\":[{\"content\":\"一。\"},{\"content\":\"\"},3]}".as_bytes(),
            &FieldMap::default(),
        )
        .unwrap();
        assert_eq!(r.docs.len(), 1);
        assert_eq!(
            r.problems,
            [
                "record 2: empty content; skipped",
                "record 3: not a JSON object; skipped"
            ]
        );
        let e = read_json_array("[{\"content\":\n\"x\"".as_bytes(), &FieldMap::default()).unwrap_err();
        assert!(e.starts_with("line 2: invalid JSON"), "{e}");
    }
}

//! The shapes a corpus arrives in besides plain text: saved web pages, datasets of records
//! (CSV/TSV, JSON Lines, JSON arrays) and Word documents. Each reader turns one file into
//! documents — text for the layout plus the metadata the file states — and reports bad parts
//! (a broken row, an invalid line) without giving up on the rest.

pub mod docx;
pub mod html;
pub mod records;

use crate::corpus::layout::asset_lines;
use std::path::Path;
use std::sync::OnceLock;

/// What kind of input a file is, from its extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// `.txt` (and anything named explicitly that is not one of the others).
    Text,
    /// `.html`, `.htm`.
    Html,
    /// `.mhtml`, `.mht`: a page saved with its resources as MIME parts.
    Mhtml,
    /// `.csv`, `.tsv`.
    Delimited(u8),
    /// `.jsonl`, `.ndjson`.
    JsonLines,
    /// `.json`: an array of records.
    Json,
    /// `.docx`.
    Docx,
}

impl Format {
    /// The format of a file name, or None when a folder walk should pass it by.
    pub fn of(name: &str) -> Option<Format> {
        let ext = Path::new(name).extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" | "text" => Format::Text,
            "html" | "htm" | "xhtml" | "shtml" => Format::Html,
            "mhtml" | "mht" => Format::Mhtml,
            "csv" => Format::Delimited(b','),
            "tsv" => Format::Delimited(b'\t'),
            "jsonl" | "ndjson" => Format::JsonLines,
            "json" => Format::Json,
            "docx" => Format::Docx,
            _ => return None,
        })
    }
}

/// Metadata a file states about one document (a page's `<meta>`, a record's fields).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Meta {
    pub title: Option<String>,
    /// As stated; normalised to `YYYY-MM-DD` by [`normalize_date`].
    pub date: Option<String>,
    /// The publication (`来源`).
    pub publication: Option<String>,
    /// The site it was published on (`og:site_name`, else the URL's host).
    pub site: Option<String>,
    pub url: Option<String>,
    pub authors: Vec<String>,
    /// 1-based number of the record in its dataset.
    pub record: Option<usize>,
}

/// One document of a file: its text for the layout and what the file says about it.
#[derive(Clone, Debug, Default)]
pub struct Doc {
    pub text: String,
    pub meta: Meta,
}

/// What a file yields: its documents and the problems of parts that were skipped.
#[derive(Clone, Debug, Default)]
pub struct Read {
    pub docs: Vec<Doc>,
    /// `line 7: …` / `record 3: …`, each naming where in the file.
    pub problems: Vec<String>,
}

/// A record field the readers recognise.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Title,
    Content,
    Date,
    Url,
    Source,
    Author,
}

impl Field {
    /// The field named in `assets/input/fields.tsv` and `--field`.
    pub fn parse(s: &str) -> Option<Field> {
        Some(match s.trim().to_ascii_lowercase().as_str() {
            "title" => Field::Title,
            "content" | "text" | "body" => Field::Content,
            "date" => Field::Date,
            "url" | "link" => Field::Url,
            "source" | "site" => Field::Source,
            "author" | "authors" => Field::Author,
            _ => return None,
        })
    }
}

/// Record fields named explicitly (`--field content=正文`), tried before the common names.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct FieldMap(pub Vec<(Field, String)>);

impl FieldMap {
    /// Parses `field=column` pairs as given on the command line.
    pub fn parse(specs: &[String]) -> Result<FieldMap, String> {
        let mut out = Vec::new();
        for spec in specs {
            let (f, col) = spec
                .split_once('=')
                .ok_or_else(|| format!("--field {spec}: expected FIELD=NAME, e.g. content=正文"))?;
            let field = Field::parse(f).ok_or_else(|| {
                format!("--field {spec}: unknown field {f:?} (title, content, date, url, source, author)")
            })?;
            out.push((field, col.trim().to_owned()));
        }
        Ok(FieldMap(out))
    }

    /// The column that holds `field`: the explicit name if given, else a common name.
    pub fn find(&self, field: Field, columns: &[String]) -> Option<usize> {
        let wanted = |name: &str| columns.iter().position(|c| c.trim().eq_ignore_ascii_case(name));
        if let Some((_, name)) = self.0.iter().find(|(f, _)| *f == field) {
            return wanted(name);
        }
        common_names(field).iter().find_map(|n| wanted(n))
    }
}

/// The common names of a field, from `assets/input/fields.tsv`.
fn common_names(field: Field) -> &'static [String] {
    static TABLE: OnceLock<Vec<(Field, Vec<String>)>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        asset_lines(include_str!("../../../assets/input/fields.tsv"))
            .filter_map(|l| {
                let (f, names) = l.split_once('\t')?;
                Some((
                    Field::parse(f)?,
                    names.split(',').map(|n| n.trim().to_owned()).collect(),
                ))
            })
            .collect()
    });
    table
        .iter()
        .find(|(f, _)| *f == field)
        .map_or(&[], |(_, names)| names.as_slice())
}

/// Reads one file of a non-text format into documents; Err when nothing of it is usable.
pub fn read(format: Format, bytes: &[u8], fields: &FieldMap) -> Result<Read, String> {
    match format {
        Format::Text => Err("plain text is read by the layout".into()),
        Format::Html => html::read_page(bytes).map(|doc| Read {
            docs: vec![doc],
            problems: Vec::new(),
        }),
        Format::Mhtml => html::read_mhtml(bytes).map(|doc| Read {
            docs: vec![doc],
            problems: Vec::new(),
        }),
        Format::Delimited(sep) => records::read_delimited(bytes, sep, fields),
        Format::JsonLines => records::read_json_lines(bytes, fields),
        Format::Json => records::read_json_array(bytes, fields),
        Format::Docx => docx::read(bytes).map(|text| Read {
            docs: vec![Doc {
                text,
                meta: Meta::default(),
            }],
            problems: Vec::new(),
        }),
    }
}

/// `2025-06-18T09:30:00+08:00`, `2025/6/18`, `2025年6月18日 09:30` → `2025-06-18`.
pub fn normalize_date(s: &str) -> Option<String> {
    let nums: Vec<u32> = s
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .take(3)
        .filter_map(|p| p.parse().ok())
        .collect();
    match nums.as_slice() {
        // 20250618 written as one number.
        [ymd] if (19_000_000..=21_000_000).contains(ymd) => Some(format!(
            "{:04}-{:02}-{:02}",
            ymd / 10_000,
            ymd / 100 % 100,
            ymd % 100
        )),
        [y, m, d, ..] if (1900..=2100).contains(y) && (1..=12).contains(m) && (1..=31).contains(d) => {
            Some(format!("{y:04}-{m:02}-{d:02}"))
        }
        _ => None,
    }
}

/// The host of a URL (`http://www.jlnews.cn/a/1.html` → `www.jlnews.cn`).
pub fn url_host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?.split(':').next()?;
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

/// True when a record's content is HTML rather than text (`<p>…</p>`).
pub fn looks_like_html(s: &str) -> bool {
    let t = s.trim_start();
    t.starts_with('<') && (t.contains("</") || t.contains("/>") || t.contains("<br"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_by_extension() {
        assert_eq!(Format::of("a/报道.HTML"), Some(Format::Html));
        assert_eq!(Format::of("x.tsv"), Some(Format::Delimited(b'\t')));
        assert_eq!(Format::of("x.ndjson"), Some(Format::JsonLines));
        assert_eq!(Format::of("x.pdf"), None);
        assert_eq!(Format::of("README"), None);
    }

    #[test]
    fn dates_in_the_shapes_pages_and_scrapers_give() {
        assert_eq!(
            normalize_date("2025-06-18T09:30:00+08:00").as_deref(),
            Some("2025-06-18")
        );
        assert_eq!(normalize_date("2025/6/8").as_deref(), Some("2025-06-08"));
        assert_eq!(
            normalize_date("2025年6月18日 09:30").as_deref(),
            Some("2025-06-18")
        );
        assert_eq!(normalize_date("20250618").as_deref(), Some("2025-06-18"));
        assert_eq!(normalize_date("昨天"), None);
    }

    #[test]
    fn fields_by_common_chinese_names_and_explicitly() {
        let cols: Vec<String> = ["标题", "正文", "发布时间", "原文链接", "来源"]
            .map(String::from)
            .to_vec();
        let m = FieldMap::default();
        assert_eq!(m.find(Field::Title, &cols), Some(0));
        assert_eq!(m.find(Field::Content, &cols), Some(1));
        assert_eq!(m.find(Field::Date, &cols), Some(2));
        assert_eq!(m.find(Field::Url, &cols), Some(3));
        assert_eq!(m.find(Field::Source, &cols), Some(4));
        let explicit = FieldMap::parse(&["content=来源".into()]).unwrap();
        assert_eq!(explicit.find(Field::Content, &cols), Some(4));
        assert!(FieldMap::parse(&["正文".into()]).is_err());
        assert!(FieldMap::parse(&["colour=x".into()]).is_err());
    }

    #[test]
    fn url_hosts() {
        assert_eq!(
            url_host("http://www.jlnews.cn/a/1.html").as_deref(),
            Some("www.jlnews.cn")
        );
        assert_eq!(
            url_host("https://Example.com:8080?x").as_deref(),
            Some("example.com")
        );
        assert_eq!(url_host("not a url"), None);
    }
}

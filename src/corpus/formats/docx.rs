//! Word documents (`.docx`): the paragraphs of `word/document.xml`, one line each, as the
//! text file a reader would have saved (an empty paragraph is a blank line).

use quick_xml::events::Event;
use quick_xml::Reader;
use std::io::{Cursor, Read};

/// The document's text, or why it cannot be read (not a zip, truncated, no document part).
pub fn read(bytes: &[u8]) -> Result<String, String> {
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| format!("not a readable .docx (zip: {e})"))?;
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .map_err(|e| format!("not a Word document (word/document.xml: {e})"))?
        .read_to_string(&mut xml)
        .map_err(|e| format!("word/document.xml is damaged: {e}"))?;
    paragraphs(&xml)
}

/// `<w:p><w:r><w:t>…</w:t></w:r></w:p>` → one line per paragraph; `<w:tab/>` a tab, `<w:br/>`
/// a line break. Text in deleted revisions (`<w:del>`) is not part of the document.
fn paragraphs(xml: &str) -> Result<String, String> {
    let mut reader = Reader::from_str(xml);
    let mut out = String::new();
    let mut in_text = false;
    let mut deleted = 0usize;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => match e.name().as_ref() {
                b"w:t" => in_text = true,
                b"w:del" => deleted += 1,
                _ => {}
            },
            Ok(Event::End(e)) => match e.name().as_ref() {
                b"w:t" => in_text = false,
                b"w:del" => deleted = deleted.saturating_sub(1),
                b"w:p" => out.push('\n'),
                _ => {}
            },
            Ok(Event::Empty(e)) => match e.name().as_ref() {
                b"w:tab" if deleted == 0 => out.push('\t'),
                b"w:br" | b"w:cr" if deleted == 0 => out.push('\n'),
                b"w:p" => out.push('\n'),
                _ => {}
            },
            Ok(Event::Text(t)) if in_text && deleted == 0 => {
                let s = t
                    .unescape()
                    .map_err(|e| format!("word/document.xml at byte {}: {e}", reader.buffer_position()))?;
                out.push_str(&s);
            }
            Ok(Event::Eof) => break,
            Err(e) => {
                return Err(format!(
                    "word/document.xml is damaged at byte {}: {e}",
                    reader.buffer_position()
                ))
            }
            _ => {}
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn docx(xml: &str) -> Vec<u8> {
        let mut buf = Cursor::new(Vec::new());
        let mut z = zip::ZipWriter::new(&mut buf);
        z.start_file("word/document.xml", zip::write::SimpleFileOptions::default())
            .unwrap();
        z.write_all(xml.as_bytes()).unwrap();
        z.finish().unwrap();
        buf.into_inner()
    }

    const XML: &str = r#"<?xml version="1.0"?><w:document xmlns:w="x"><w:body>
<w:p><w:r><w:t>宽城区：招商攻坚</w:t></w:r><w:r><w:t xml:space="preserve">正当时</w:t></w:r></w:p>
<w:p/>
<w:p><w:r><w:t>“好。”王海涛说。</w:t></w:r><w:del><w:r><w:t>删掉的</w:t></w:r></w:del></w:p>
</w:body></w:document>"#;

    #[test]
    fn paragraphs_are_lines_and_deletions_are_gone() {
        assert_eq!(
            read(&docx(XML)).unwrap(),
            "宽城区：招商攻坚正当时\n\n“好。”王海涛说。\n"
        );
    }

    #[test]
    fn truncated_docx_is_an_error() {
        let bytes = docx(XML);
        let err = read(&bytes[..bytes.len() / 2]).unwrap_err();
        assert!(err.contains("not a readable .docx"), "{err}");
    }
}

//! Bytes → text: BOMs, UTF-8, UTF-16, GB18030/GBK and Big5, detected rather than guessed.

use encoding_rs::{Encoding, BIG5, GB18030, UTF_16BE, UTF_16LE, UTF_8};
use std::collections::HashSet;
use std::sync::OnceLock;
use thiserror::Error;

/// Why a file's bytes could not be turned into text.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum DecodeError {
    #[error("empty file")]
    Empty,
    #[error("binary file (NUL byte at offset {0})")]
    Binary(usize),
    #[error("not text in UTF-8, UTF-16, GB18030/GBK or Big5")]
    Undecodable,
}

/// Decoded text and the encoding it was read in.
#[derive(Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

/// Decodes a file's bytes; line ends become `\n`.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    let (text, encoding) = decode_raw(bytes)?;
    let text = normalize_line_ends(&text);
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    Ok(Decoded { text, encoding })
}

fn decode_raw(bytes: &[u8]) -> Result<(String, &'static str), DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    // A BOM names the encoding outright.
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            return Err(DecodeError::Undecodable);
        }
        return Ok((text.into_owned(), enc.name()));
    }
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        // UTF-16 without a BOM has NULs in every other byte of its ASCII; anything else with
        // a NUL is binary.
        return decode_bomless_utf16(bytes).ok_or(DecodeError::Binary(pos));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_owned(), UTF_8.name()));
    }
    // Legacy Chinese encodings: both GB18030 and Big5 accept most double-byte sequences, so
    // the one whose characters look like Chinese prose wins.
    let mut best: Option<(f64, String, &'static str)> = None;
    for enc in [GB18030, BIG5] {
        let (text, had_errors) = enc.decode_without_bom_handling(bytes);
        if had_errors {
            continue;
        }
        let score = common_han_ratio(&text);
        if best.as_ref().is_none_or(|(s, _, _)| score > *s) {
            best = Some((score, text.into_owned(), enc.name()));
        }
    }
    match best {
        Some((score, text, name)) if score >= 0.5 => Ok((text, name)),
        _ => Err(DecodeError::Undecodable),
    }
}

fn decode_bomless_utf16(bytes: &[u8]) -> Option<(String, &'static str)> {
    if !bytes.len().is_multiple_of(2) {
        return None;
    }
    let even_nuls = bytes.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_nuls = bytes.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    let enc = if odd_nuls > 0 && even_nuls == 0 {
        UTF_16LE
    } else if even_nuls > 0 && odd_nuls == 0 {
        UTF_16BE
    } else {
        return None;
    };
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    if had_errors || text.chars().any(|c| c == '\0') || common_han_ratio(&text) < 0.5 {
        return None;
    }
    Some((text.into_owned(), enc.name()))
}

/// Share of the Han characters in `text` that are common in this genre (Simplified or
/// Traditional). Random double-byte noise scores low; real prose scores high.
fn common_han_ratio(text: &str) -> f64 {
    let common = common_han();
    let (mut han, mut hits) = (0usize, 0usize);
    for c in text.chars().filter(|c| is_han(*c)) {
        han += 1;
        if common.contains(&c) {
            hits += 1;
        }
    }
    if han == 0 {
        // Pure ASCII/Latin text decodes the same in every candidate.
        return 1.0;
    }
    hits as f64 / han as f64
}

/// The characters of the bundled seed corpus and their Traditional forms.
fn common_han() -> &'static HashSet<char> {
    static SET: OnceLock<HashSet<char>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set = HashSet::new();
        for (_, text) in crate::corpus::SEEDS {
            set.extend(text.chars().filter(|c| is_han(*c)));
        }
        let simplified: String = set.iter().collect();
        let traditional = zhconv::zhconv(&simplified, zhconv::Variant::ZhHant);
        set.extend(traditional.chars().filter(|c| is_han(*c)));
        set
    })
}

/// True for CJK ideographs.
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FFFF}')
}

fn normalize_line_ends(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "长春市宽城区：招商攻坚正当时\r\n本报记者 孙红丽\r\n";

    #[test]
    fn utf8_with_crlf_becomes_lf() {
        let d = decode(SAMPLE.as_bytes()).unwrap();
        assert_eq!(d.text, "长春市宽城区：招商攻坚正当时\n本报记者 孙红丽\n");
        assert_eq!(d.encoding, "UTF-8");
    }

    #[test]
    fn utf8_bom_is_dropped() {
        let mut bytes = vec![0xEF, 0xBB, 0xBF];
        bytes.extend_from_slice(SAMPLE.as_bytes());
        assert!(decode(&bytes).unwrap().text.starts_with("长春市"));
    }

    #[test]
    fn gbk_is_detected() {
        let (bytes, _, _) = GB18030.encode(SAMPLE);
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding, "gb18030");
        assert!(d.text.starts_with("长春市宽城区"));
    }

    #[test]
    fn big5_traditional_is_detected() {
        let (bytes, _, _) = BIG5.encode("長春市寬城區：招商攻堅正當時，項目落地湧春潮。");
        let d = decode(&bytes).unwrap();
        assert_eq!(d.encoding, "Big5");
        assert!(d.text.starts_with("長春市寬城區"));
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let mut le = vec![0xFF, 0xFE];
        for u in SAMPLE.encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
        }
        assert!(decode(&le).unwrap().text.starts_with("长春市"));
        let bare: Vec<u8> = "Title\n长春市"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        assert!(decode(&bare).unwrap().text.starts_with("Title"));
    }

    #[test]
    fn binary_and_empty_are_errors() {
        assert_eq!(decode(b""), Err(DecodeError::Empty));
        assert_eq!(decode(b" \n\r\n"), Err(DecodeError::Empty));
        assert_eq!(
            decode(b"\x7fELF\x02\x01\x00\x00\xff"),
            Err(DecodeError::Binary(6))
        );
    }
}

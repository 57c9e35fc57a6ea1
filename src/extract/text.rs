//! Segmentation helpers shared by the extractors.

use crate::corpus::jieba;
use std::collections::HashSet;

/// Char positions where a word starts or ends, by the segmenter (no HMM guessing): position i
/// is the gap before char i.
pub fn word_boundaries(text: &str) -> HashSet<usize> {
    jieba()
        .cut(text, false)
        .into_iter()
        .flat_map(|t| [t.start, t.end])
        .collect()
}

/// The text's characters between two char indices.
pub fn slice_chars(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end.saturating_sub(start)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn place_names_are_single_words() {
        let b = word_boundaries("公主岭乳品深加工项目");
        assert!(b.contains(&3), "{b:?}");
        let b = word_boundaries("四平八稳");
        assert!(!b.contains(&2), "{b:?}");
    }
}

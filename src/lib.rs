//! zhaoshang: a terminal explorer for Chinese regional news on investment promotion.
//!
//! Data flows one way: `corpus` (files → articles) → `extract` (entities) → `export`
//! (the JSON contract) → `cli` and the terminal UI.

pub mod cli;
pub mod config;
pub mod corpus;
pub mod eval;
pub mod export;
pub mod extract;
pub mod marks;
pub mod open;
pub mod search;
pub mod tables;
pub mod tui;

/// The rule files compiled in: a change to any of them invalidates the cache.
pub fn assets_fingerprint_texts() -> &'static [&'static str] {
    &[
        include_str!("../assets/layout/furniture.txt"),
        include_str!("../assets/layout/link_headers.txt"),
        include_str!("../assets/layout/bylines.txt"),
        include_str!("../assets/layout/lead_markers.txt"),
        include_str!("../assets/layout/photo_markers.txt"),
        include_str!("../assets/userdict.txt"),
        include_str!("../assets/gazetteer/gazetteer.tsv"),
        include_str!("../assets/gazetteer/zones.tsv"),
        include_str!("../assets/gazetteer/short_stop.txt"),
        include_str!("../assets/gazetteer/place_followers.txt"),
        include_str!("../assets/extract/speech_verbs.txt"),
        include_str!("../assets/extract/roles.txt"),
        include_str!("../assets/extract/metrics.txt"),
        include_str!("../assets/extract/project_suffixes.txt"),
        include_str!("../assets/extract/name_boundaries.txt"),
        include_str!("../assets/extract/project_generic.txt"),
        include_str!("../assets/extract/speaker_predicates.txt"),
        include_str!("../assets/extract/surnames.txt"),
        include_str!("../assets/extract/transliteration_chars.txt"),
        include_str!("../assets/extract/org_suffixes.txt"),
        include_str!("../assets/extract/speech_adverbials.txt"),
        include_str!("../assets/extract/speech_manners.txt"),
        include_str!("../assets/extract/speech_frame_openers.txt"),
        include_str!("../assets/extract/project_process_verbs.txt"),
        include_str!("../assets/gazetteer/build.py"),
        include_str!("../assets/extract/figure_completed.txt"),
        include_str!("../assets/extract/figure_results.txt"),
        include_str!("../assets/extract/figure_targets.txt"),
        include_str!("../assets/extract/figure_negotiating.txt"),
        include_str!("../assets/extract/figure_planned.txt"),
        include_str!("../assets/extract/figure_periods.txt"),
        include_str!("../assets/extract/collective_sources.txt"),
        include_str!("../assets/extract/definition_markers.txt"),
        include_str!("../assets/extract/governing_verbs.txt"),
        include_str!("../assets/extract/industry_fields.txt"),
        include_str!("../assets/extract/list_introducers.txt"),
        include_str!("../assets/extract/measure_labels.txt"),
        include_str!("../assets/extract/measure_units.txt"),
        include_str!("../assets/extract/collective_quantifiers.txt"),
        include_str!("../assets/extract/class_markers.txt"),
        include_str!("../assets/extract/money_words.txt"),
        include_str!("../assets/extract/project_class_fields.txt"),
        include_str!("../assets/extract/project_class_words.txt"),
        include_str!("../assets/extract/project_designations.txt"),
        include_str!("../assets/extract/project_list_kinds.txt"),
        include_str!("../assets/extract/project_milestones.txt"),
        include_str!("../assets/extract/project_qualified_nouns.txt"),
        include_str!("../assets/extract/project_word_compounds.txt"),
        include_str!("../assets/extract/project_zone_heads.txt"),
        include_str!("../assets/extract/reported_openers.txt"),
        include_str!("../assets/extract/speech_courtesies.txt"),
        include_str!("../assets/extract/speech_verbs_addressed.txt"),
        include_str!("../assets/extract/speech_verbs_backward.txt"),
        include_str!("../assets/extract/speech_verbs_clausal.txt"),
        include_str!("../assets/layout/breadcrumb_words.txt"),
        include_str!("../assets/layout/page_labels.txt"),
        include_str!("../assets/layout/page_tools.txt"),
        include_str!("../assets/layout/site_descriptors.txt"),
    ]
}

#[cfg(test)]
mod fingerprint_tests {
    /// Every rule file compiled in is in the fingerprint: a list left out would keep serving
    /// extractions cached under the old rules after an upgrade.
    #[test]
    fn every_rule_file_is_fingerprinted() {
        let texts = super::assets_fingerprint_texts();
        for dir in ["assets/extract", "assets/layout"] {
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
            let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
            for entry in entries.flatten() {
                let path = entry.path();
                if path.extension().is_some_and(|x| x == "txt") {
                    let text = std::fs::read_to_string(&path).unwrap_or_default();
                    assert!(
                        texts.contains(&text.as_str()),
                        "{} is not fingerprinted",
                        path.display()
                    );
                }
            }
        }
    }
}

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
    ]
}

//! zhaoshang: a terminal explorer for Chinese regional news on investment promotion.
//!
//! Data flows one way: `corpus` (files → articles) → `extract` (entities) → `export`
//! (the JSON contract) → `cli` and the terminal UI.

pub mod cli;
pub mod corpus;
pub mod export;
pub mod extract;
pub mod search;
pub mod tui;

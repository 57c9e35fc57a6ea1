//! What the user and the components can ask for ([`Action`]), and what may cover the panes
//! ([`Overlay`]). Keys map to actions through the keymap; components hand actions back to the
//! app to ask for what lies outside their own state.

use crate::corpus::model::DateRange;
use crate::search::Target;
use crate::tui::data::MarkKind;
use crate::tui::layout::Pane;
use crate::tui::search_box::Purpose;

/// Everything the user can ask for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Quit,
    Up,
    Down,
    Top,
    Bottom,
    HalfUp,
    HalfDown,
    PageUp,
    PageDown,
    NextPane,
    PrevPane,
    Open,
    Back,
    Search,
    Help,
    Dashboard,
    /// The files the loader skipped, with why.
    Skipped,
    NextDistrict,
    PrevDistrict,
    /// The n-th district (0-based), from `1`–`9`.
    District(usize),
    ClearFilter,
    GotoDistrict,
    HistoryBack,
    HistoryForward,
    /// The list column or the reader (a narrow screen shows one at a time).
    SwitchView,
    NextEntity,
    PrevEntity,
    Yank,
    /// `o`: the article's URL to the browser.
    OpenUrl,
    /// `s`: star or unstar the selection.
    Star,
    /// `t`: edit the selection's tags.
    Tag,
    /// `a`: write a note on the selection.
    Note,
    /// `m`: the Marked view.
    Marked,
    /// In the Marked view: the next tag to filter by.
    TagFilter,
    /// Tab in the tag prompt: complete from the tags in use.
    Complete,
    /// `p`: the page of the selected person.
    Person,
    /// `:`: the command line (`:since 2024-01`).
    Command,
    /// `T`: the Timeline.
    Timeline,
    /// `c`: two districts side by side.
    Compare,
    Input(char),
    Backspace,
    ClearInput,
    Resize(u16, u16),
    Click(u16, u16),
    ScrollUp(u16, u16),
    ScrollDown(u16, u16),
    // What one component asks of the others (see `App::emit`); no key maps to these.
    /// Show a search target where it lives, remembering where we were.
    GoTo(Target),
    /// The panes show this district (none: all).
    FilterDistrict(Option<String>),
    /// A district picked in the district box for comparing.
    PickToCompare(Purpose, String),
    /// The panes show one district within these dates (Enter on a Timeline month: `2024-08`).
    Narrow(String, DateRange),
    /// Focus this pane.
    Focus(Pane),
    /// A list pane's selection moved: the item list, which follows it, starts at its top.
    SelectionMoved,
    /// Show an entity picked in the reader in its pane (Enter on a highlighted name).
    Show(MarkKind),
    /// A line for the status bar.
    Say(String),
}

/// What covers the panes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overlay {
    None,
    Search,
    /// The search box limited to districts (`g`).
    District,
    Help,
    Dashboard,
    /// The files skipped while loading (`w`).
    Skipped,
    /// Everything starred, tagged or annotated (`m`).
    Marked,
    /// The tag or note prompt (`t`, `a`).
    Prompt,
    /// One person's quotes across articles, in date order (`p`).
    Person,
    /// The `:` command line.
    Command,
    /// Per district, articles, quotes and projects per month (`T`).
    Timeline,
    /// Two districts side by side (`c`).
    Compare,
}

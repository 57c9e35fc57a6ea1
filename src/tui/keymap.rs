//! Keys → actions, as data; the help screen is generated from this table.

use crate::tui::app::Action;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// One binding: the key, what it does, and how the help screen names it.
pub struct Binding {
    pub code: KeyCode,
    pub mods: KeyModifiers,
    pub action: Action,
    pub keys: &'static str,
    pub help: &'static str,
    pub group: &'static str,
}

const fn b(
    code: KeyCode,
    mods: KeyModifiers,
    action: Action,
    keys: &'static str,
    help: &'static str,
    group: &'static str,
) -> Binding {
    Binding {
        code,
        mods,
        action,
        keys,
        help,
        group,
    }
}

const N: KeyModifiers = KeyModifiers::NONE;
const C: KeyModifiers = KeyModifiers::CONTROL;
const S: KeyModifiers = KeyModifiers::SHIFT;
const A: KeyModifiers = KeyModifiers::ALT;

/// The key table.
pub const BINDINGS: &[Binding] = &[
    b(KeyCode::Down, N, Action::Down, "↓ j", "move down", "Move"),
    b(KeyCode::Char('j'), N, Action::Down, "", "", "Move"),
    b(KeyCode::Up, N, Action::Up, "↑ k", "move up", "Move"),
    b(KeyCode::Char('k'), N, Action::Up, "", "", "Move"),
    b(
        KeyCode::Char('G'),
        S,
        Action::Bottom,
        "G End",
        "last item",
        "Move",
    ),
    b(KeyCode::Char('G'), N, Action::Bottom, "", "", "Move"),
    b(KeyCode::End, N, Action::Bottom, "", "", "Move"),
    b(KeyCode::Home, N, Action::Top, "Home", "first item", "Move"),
    b(
        KeyCode::Char('d'),
        C,
        Action::HalfDown,
        "Ctrl-d PgDn",
        "half page / page down",
        "Move",
    ),
    b(KeyCode::PageDown, N, Action::PageDown, "", "", "Move"),
    b(
        KeyCode::Char('u'),
        C,
        Action::HalfUp,
        "Ctrl-u PgUp",
        "half page / page up",
        "Move",
    ),
    b(KeyCode::PageUp, N, Action::PageUp, "", "", "Move"),
    b(KeyCode::Tab, N, Action::NextPane, "Tab l →", "next pane", "Panes"),
    b(KeyCode::Char('l'), N, Action::NextPane, "", "", "Panes"),
    b(KeyCode::Right, N, Action::NextPane, "", "", "Panes"),
    b(
        KeyCode::BackTab,
        S,
        Action::PrevPane,
        "S-Tab h ←",
        "previous pane",
        "Panes",
    ),
    b(KeyCode::BackTab, N, Action::PrevPane, "", "", "Panes"),
    b(KeyCode::Char('h'), N, Action::PrevPane, "", "", "Panes"),
    b(KeyCode::Left, N, Action::PrevPane, "", "", "Panes"),
    b(
        KeyCode::Enter,
        N,
        Action::Open,
        "Enter",
        "open / jump to the entity",
        "Panes",
    ),
    b(
        KeyCode::Esc,
        N,
        Action::Back,
        "Esc",
        "back out, close, clear the filter",
        "Panes",
    ),
    b(
        KeyCode::Char('v'),
        N,
        Action::SwitchView,
        "v",
        "lists ⇄ reader",
        "Panes",
    ),
    b(
        KeyCode::Char('n'),
        N,
        Action::NextEntity,
        "n N",
        "next / previous entity in the reader",
        "Reader",
    ),
    b(KeyCode::Char('N'), S, Action::PrevEntity, "", "", "Reader"),
    b(KeyCode::Char('N'), N, Action::PrevEntity, "", "", "Reader"),
    b(
        KeyCode::Char('y'),
        N,
        Action::Yank,
        "y",
        "copy the quote with its citation (OSC 52)",
        "Reader",
    ),
    b(
        KeyCode::Char('o'),
        N,
        Action::OpenUrl,
        "o",
        "open its URL in the browser",
        "Reader",
    ),
    b(
        KeyCode::Char(']'),
        N,
        Action::NextDistrict,
        "] [",
        "next / previous district",
        "Districts",
    ),
    b(KeyCode::Char('['), N, Action::PrevDistrict, "", "", "Districts"),
    b(
        KeyCode::Char('g'),
        N,
        Action::GotoDistrict,
        "g",
        "go to a district by name (g g: first item)",
        "Districts",
    ),
    b(
        KeyCode::Char('0'),
        N,
        Action::ClearFilter,
        "0",
        "show all districts",
        "Districts",
    ),
    b(
        KeyCode::Char('d'),
        N,
        Action::Dashboard,
        "d",
        "district dashboard",
        "Districts",
    ),
    b(
        KeyCode::Char('w'),
        N,
        Action::Skipped,
        "w",
        "skipped files and why",
        "Districts",
    ),
    b(
        KeyCode::Char('o'),
        C,
        Action::HistoryBack,
        "Ctrl-o Alt-←",
        "back in history",
        "History",
    ),
    b(KeyCode::Left, A, Action::HistoryBack, "", "", "History"),
    b(
        KeyCode::Char('i'),
        C,
        Action::HistoryForward,
        "Ctrl-i Alt-→",
        "forward in history",
        "History",
    ),
    b(KeyCode::Right, A, Action::HistoryForward, "", "", "History"),
    b(
        KeyCode::Char('/'),
        N,
        Action::Search,
        "/",
        "search everything",
        "Search",
    ),
    b(KeyCode::Char('?'), N, Action::Help, "?", "this help", "Other"),
    b(KeyCode::Char('?'), S, Action::Help, "", "", "Other"),
    b(KeyCode::Char('q'), N, Action::Quit, "q Ctrl-c", "quit", "Other"),
    b(KeyCode::Char('c'), C, Action::Quit, "", "", "Other"),
];

/// The action bound to a key outside text input; `1`–`9` pick a district.
pub fn action_for(key: KeyEvent) -> Option<Action> {
    if let (KeyCode::Char(c @ '1'..='9'), false) = (key.code, key.modifiers.contains(KeyModifiers::CONTROL)) {
        return Some(Action::District(c as usize - '1' as usize));
    }
    BINDINGS
        .iter()
        .find(|b| b.code == key.code && b.mods == key.modifiers)
        .map(|b| b.action.clone())
}

/// Keys while typing in the search or district box.
pub fn input_action(key: KeyEvent) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    Some(match key.code {
        KeyCode::Esc => Action::Back,
        KeyCode::Enter => Action::Open,
        KeyCode::Backspace => Action::Backspace,
        KeyCode::Down | KeyCode::Tab => Action::Down,
        KeyCode::Up | KeyCode::BackTab => Action::Up,
        KeyCode::Char('n') if ctrl => Action::Down,
        KeyCode::Char('p') if ctrl => Action::Up,
        KeyCode::Char('c') if ctrl => Action::Quit,
        KeyCode::Char('u') if ctrl => Action::ClearInput,
        KeyCode::Char(c) if !ctrl => Action::Input(c),
        _ => return None,
    })
}

//! Keys → actions, as data; the help screen is generated from this table.

use crate::tui::app::Action;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::borrow::Cow;

/// One binding: the key, what it does, and how the help screen names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Binding {
    pub code: KeyCode,
    pub mods: KeyModifiers,
    pub action: Action,
    /// The keys the help names on this action's line (empty on the others of the action).
    pub keys: Cow<'static, str>,
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
        keys: Cow::Borrowed(keys),
        help,
        group,
    }
}

const N: KeyModifiers = KeyModifiers::NONE;
const C: KeyModifiers = KeyModifiers::CONTROL;
const S: KeyModifiers = KeyModifiers::SHIFT;
const A: KeyModifiers = KeyModifiers::ALT;

/// The default key table.
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
        KeyCode::Char('s'),
        N,
        Action::Star,
        "s",
        "star / unstar the quote, article, project or person",
        "Marks",
    ),
    b(
        KeyCode::Char('t'),
        N,
        Action::Tag,
        "t",
        "tags (Tab completes from tags in use)",
        "Marks",
    ),
    b(KeyCode::Char('a'), N, Action::Note, "a", "write a note", "Marks"),
    b(
        KeyCode::Char('m'),
        N,
        Action::Marked,
        "m",
        "Marked: all marks (Tab kind, f tag, Enter go)",
        "Marks",
    ),
    b(KeyCode::Char('f'), N, Action::TagFilter, "", "", "Marks"),
    b(
        KeyCode::Char('p'),
        N,
        Action::Person,
        "p",
        "person page: all their quotes by date, every role",
        "Time",
    ),
    b(
        KeyCode::Char(':'),
        N,
        Action::Command,
        ": since D",
        ":since 2024-01, :until 2024-06, :dates clears",
        "Time",
    ),
    b(KeyCode::Char(':'), S, Action::Command, "", "", "Time"),
    b(
        KeyCode::Char('T'),
        S,
        Action::Timeline,
        "T",
        "Timeline: per district per month (Enter filters)",
        "Time",
    ),
    b(KeyCode::Char('T'), N, Action::Timeline, "", "", "Time"),
    b(
        KeyCode::Char('c'),
        N,
        Action::Compare,
        "c",
        "compare two districts side by side",
        "Time",
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

/// The names of the actions a configuration file can bind, as `[keys]` spells them.
pub const NAMES: &[(&str, Action)] = &[
    ("down", Action::Down),
    ("up", Action::Up),
    ("bottom", Action::Bottom),
    ("top", Action::Top),
    ("half_down", Action::HalfDown),
    ("page_down", Action::PageDown),
    ("half_up", Action::HalfUp),
    ("page_up", Action::PageUp),
    ("next_pane", Action::NextPane),
    ("prev_pane", Action::PrevPane),
    ("open", Action::Open),
    ("back", Action::Back),
    ("switch_view", Action::SwitchView),
    ("next_entity", Action::NextEntity),
    ("prev_entity", Action::PrevEntity),
    ("yank", Action::Yank),
    ("open_url", Action::OpenUrl),
    ("star", Action::Star),
    ("tag", Action::Tag),
    ("note", Action::Note),
    ("marked", Action::Marked),
    ("tag_filter", Action::TagFilter),
    ("person", Action::Person),
    ("command", Action::Command),
    ("timeline", Action::Timeline),
    ("compare", Action::Compare),
    ("next_district", Action::NextDistrict),
    ("prev_district", Action::PrevDistrict),
    ("goto_district", Action::GotoDistrict),
    ("clear_filter", Action::ClearFilter),
    ("dashboard", Action::Dashboard),
    ("skipped", Action::Skipped),
    ("history_back", Action::HistoryBack),
    ("history_forward", Action::HistoryForward),
    ("search", Action::Search),
    ("help", Action::Help),
    ("quit", Action::Quit),
];

/// The key table in effect: the defaults with what the configuration rebinds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Keymap {
    pub bindings: Vec<Binding>,
}

impl Default for Keymap {
    fn default() -> Keymap {
        Keymap {
            bindings: BINDINGS.to_vec(),
        }
    }
}

impl Keymap {
    /// The action bound to a key outside text input; `1`–`9` pick a district.
    pub fn action_for(&self, key: KeyEvent) -> Option<Action> {
        if let (KeyCode::Char(c @ '1'..='9'), false) =
            (key.code, key.modifiers.contains(KeyModifiers::CONTROL))
        {
            return Some(Action::District(c as usize - '1' as usize));
        }
        // A shifted letter arrives as `G` with or without SHIFT, depending on the terminal.
        let same = |b: &&Binding| {
            b.code == key.code
                && (b.mods == key.modifiers
                    || (matches!(key.code, KeyCode::Char(c) if !c.is_ascii_lowercase())
                        && (b.mods | KeyModifiers::SHIFT) == (key.modifiers | KeyModifiers::SHIFT)))
        };
        self.bindings.iter().find(same).map(|b| b.action.clone())
    }

    /// Binds `keys` to `action` instead of its default keys; a key taken from another action
    /// is named in the returned list (`key x was "search"`).
    pub fn rebind(&mut self, action: &Action, keys: &[(KeyCode, KeyModifiers)]) -> Vec<String> {
        let Some(first) = self.bindings.iter().position(|b| &b.action == action) else {
            return Vec::new();
        };
        let (help, group) = (self.bindings[first].help, self.bindings[first].group);
        let mut taken = Vec::new();
        self.bindings.retain(|b| {
            let clash = keys.iter().any(|&(c, m)| b.code == c && b.mods == m);
            if clash && &b.action != action {
                taken.push(format!(
                    "{} was {}",
                    key_name(b.code, b.mods),
                    action_name(&b.action).unwrap_or("?")
                ));
            }
            &b.action != action && !clash
        });
        let label = keys
            .iter()
            .map(|&(c, m)| key_name(c, m))
            .collect::<Vec<_>>()
            .join(" ");
        let at = first.min(self.bindings.len());
        for (i, &(code, mods)) in keys.iter().enumerate() {
            let keys = if i == 0 {
                Cow::Owned(label.clone())
            } else {
                Cow::Borrowed("")
            };
            self.bindings.insert(
                at + i,
                Binding {
                    code,
                    mods,
                    action: action.clone(),
                    keys,
                    help,
                    group,
                },
            );
        }
        taken
    }

    /// The keys bound to an action, in the configuration's spelling.
    pub fn keys_of(&self, action: &Action) -> Vec<String> {
        self.bindings
            .iter()
            .filter(|b| &b.action == action)
            .map(|b| key_name(b.code, b.mods))
            .fold(Vec::new(), |mut v, k| {
                if !v.contains(&k) {
                    v.push(k);
                }
                v
            })
    }
}

/// The configuration name of an action.
pub fn action_name(a: &Action) -> Option<&'static str> {
    NAMES.iter().find(|(_, x)| x == a).map(|(n, _)| *n)
}

/// A key as a configuration file writes it: `s`, `G`, `ctrl-o`, `alt-left`, `tab`, `f2`.
pub fn parse_key(s: &str) -> Result<(KeyCode, KeyModifiers), String> {
    let mut mods = KeyModifiers::NONE;
    let mut rest = s;
    loop {
        let lower = rest.to_ascii_lowercase();
        let (m, n) = if lower.starts_with("ctrl-") || lower.starts_with("ctrl+") {
            (KeyModifiers::CONTROL, 5)
        } else if lower.starts_with("alt-") || lower.starts_with("alt+") {
            (KeyModifiers::ALT, 4)
        } else if lower.starts_with("shift-") || lower.starts_with("shift+") {
            (KeyModifiers::SHIFT, 6)
        } else {
            break;
        };
        if rest.len() == n {
            break;
        }
        mods |= m;
        rest = &rest[n..];
    }
    let named = match rest.to_ascii_lowercase().as_str() {
        "tab" => Some(KeyCode::Tab),
        "backtab" => Some(KeyCode::BackTab),
        "enter" | "return" => Some(KeyCode::Enter),
        "esc" | "escape" => Some(KeyCode::Esc),
        "space" => Some(KeyCode::Char(' ')),
        "up" => Some(KeyCode::Up),
        "down" => Some(KeyCode::Down),
        "left" => Some(KeyCode::Left),
        "right" => Some(KeyCode::Right),
        "home" => Some(KeyCode::Home),
        "end" => Some(KeyCode::End),
        "pageup" | "pgup" => Some(KeyCode::PageUp),
        "pagedown" | "pgdn" => Some(KeyCode::PageDown),
        "backspace" => Some(KeyCode::Backspace),
        "delete" | "del" => Some(KeyCode::Delete),
        f if f.len() >= 2 && f.starts_with('f') && f[1..].chars().all(|c| c.is_ascii_digit()) => f[1..]
            .parse()
            .ok()
            .filter(|n| (1..=12).contains(n))
            .map(KeyCode::F),
        _ => None,
    };
    let code = match named {
        Some(c) => c,
        None => {
            let mut chars = rest.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) if !c.is_control() => {
                    if c.is_ascii_digit() && c != '0' && mods.is_empty() {
                        return Err(format!("{s:?}: 1–9 pick districts"));
                    }
                    if c.is_ascii_uppercase() {
                        mods |= KeyModifiers::SHIFT;
                    }
                    KeyCode::Char(c)
                }
                _ => {
                    return Err(format!(
                        "{s:?} is not a key (a character, ctrl-x, alt-left, tab, enter, esc, f1 …)"
                    ))
                }
            }
        }
    };
    Ok((code, mods))
}

/// How a configuration file writes a key (what [`parse_key`] reads back).
pub fn key_name(code: KeyCode, mods: KeyModifiers) -> String {
    let mut s = String::new();
    if mods.contains(KeyModifiers::CONTROL) {
        s.push_str("ctrl-");
    }
    if mods.contains(KeyModifiers::ALT) {
        s.push_str("alt-");
    }
    let shifted_char = matches!(code, KeyCode::Char(c) if !c.is_ascii_lowercase());
    if mods.contains(KeyModifiers::SHIFT) && !shifted_char && code != KeyCode::BackTab {
        s.push_str("shift-");
    }
    s.push_str(&match code {
        KeyCode::Char(' ') => "space".into(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Tab => "tab".into(),
        KeyCode::BackTab => "backtab".into(),
        KeyCode::Enter => "enter".into(),
        KeyCode::Esc => "esc".into(),
        KeyCode::Up => "up".into(),
        KeyCode::Down => "down".into(),
        KeyCode::Left => "left".into(),
        KeyCode::Right => "right".into(),
        KeyCode::Home => "home".into(),
        KeyCode::End => "end".into(),
        KeyCode::PageUp => "pageup".into(),
        KeyCode::PageDown => "pagedown".into(),
        KeyCode::Backspace => "backspace".into(),
        KeyCode::Delete => "delete".into(),
        KeyCode::F(n) => format!("f{n}"),
        other => format!("{other:?}").to_ascii_lowercase(),
    });
    s
}

/// Keys while typing tags or a note: Tab completes, Enter saves, Esc cancels.
pub fn prompt_action(key: KeyEvent) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    match key.code {
        KeyCode::Tab => Some(Action::Complete),
        KeyCode::Down | KeyCode::Up | KeyCode::BackTab => None,
        KeyCode::Char('n' | 'p') if ctrl => None,
        _ => input_action(key),
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_parse_and_print_back() {
        for k in [
            "s", "G", "ctrl-o", "alt-left", "tab", "backtab", "f2", "space", ":", "?",
        ] {
            let (c, m) = parse_key(k).unwrap();
            assert_eq!(key_name(c, m), k);
        }
        assert!(parse_key("ctrl-").is_err() || parse_key("ctrl-").is_ok());
        assert!(parse_key("xyz").is_err());
        assert!(parse_key("5").is_err(), "digits pick districts");
    }

    #[test]
    fn rebinding_replaces_the_defaults_and_takes_the_key() {
        let mut k = Keymap::default();
        let ev = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        assert_eq!(k.action_for(ev('s')), Some(Action::Star));
        let taken = k.rebind(&Action::Star, &[parse_key("x").unwrap(), parse_key("/").unwrap()]);
        assert_eq!(taken, ["/ was search"]);
        assert_eq!(k.action_for(ev('x')), Some(Action::Star));
        assert_eq!(k.action_for(ev('/')), Some(Action::Star));
        assert_eq!(k.action_for(ev('s')), None);
        assert_eq!(k.keys_of(&Action::Star), ["x", "/"]);
        // Every action has a name and every name an action with a default key.
        for (n, a) in NAMES {
            assert!(!Keymap::default().keys_of(a).is_empty(), "{n}");
        }
    }
}

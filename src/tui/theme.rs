//! Styles; with `NO_COLOR` set, only bold, italic, underline and reverse are used.

use ratatui::style::{Color, Modifier, Style};

/// Every style the views use.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Theme {
    pub title: Style,
    pub subtitle: Style,
    pub meta: Style,
    pub heading: Style,
    pub caption: Style,
    pub body: Style,
    pub quote: Style,
    pub region: Style,
    pub project: Style,
    pub person: Style,
    pub current: Style,
    pub border: Style,
    pub border_focus: Style,
    pub selected: Style,
    pub matched: Style,
    pub badge: Style,
    pub dim: Style,
    pub status: Style,
}

impl Theme {
    /// The theme for this terminal: colour unless `NO_COLOR` is set (https://no-color.org).
    pub fn from_env() -> Theme {
        Theme::new(std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()))
    }

    /// The colour or monochrome theme.
    pub fn new(no_color: bool) -> Theme {
        let s = Style::default();
        let b = Modifier::BOLD;
        if no_color {
            return Theme {
                title: s.add_modifier(b),
                subtitle: s.add_modifier(Modifier::ITALIC),
                meta: s,
                heading: s.add_modifier(b | Modifier::UNDERLINED),
                caption: s.add_modifier(Modifier::ITALIC),
                body: s,
                quote: s.add_modifier(Modifier::UNDERLINED),
                region: s.add_modifier(b),
                project: s.add_modifier(b),
                person: s.add_modifier(b),
                current: s.add_modifier(Modifier::REVERSED),
                border: s,
                border_focus: s.add_modifier(b),
                selected: s.add_modifier(Modifier::REVERSED),
                matched: s.add_modifier(b | Modifier::UNDERLINED),
                badge: s.add_modifier(b),
                dim: s,
                status: s.add_modifier(Modifier::REVERSED),
            };
        }
        Theme {
            title: s.fg(Color::Yellow).add_modifier(b),
            subtitle: s.fg(Color::Yellow),
            meta: s.fg(Color::DarkGray),
            heading: s.fg(Color::Cyan).add_modifier(b),
            caption: s.fg(Color::DarkGray).add_modifier(Modifier::ITALIC),
            body: s,
            quote: s.fg(Color::Green),
            region: s.fg(Color::Cyan).add_modifier(Modifier::UNDERLINED),
            project: s.fg(Color::Yellow).add_modifier(Modifier::UNDERLINED),
            person: s.fg(Color::Magenta).add_modifier(b),
            current: s.add_modifier(Modifier::REVERSED),
            border: s.fg(Color::DarkGray),
            border_focus: s.fg(Color::Cyan),
            selected: s.bg(Color::Blue).fg(Color::White),
            matched: s.fg(Color::LightRed).add_modifier(b),
            badge: s.fg(Color::Black).bg(Color::Gray),
            dim: s.fg(Color::DarkGray),
            status: s.bg(Color::DarkGray).fg(Color::White),
        }
    }
}

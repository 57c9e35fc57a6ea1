//! The configuration file: `$XDG_CONFIG_HOME/zhaoshang/config.toml` (`~/.config/…`), or
//! `--config PATH`. Key bindings, theme colours, the default corpus paths and the date format.
//! A value that cannot be used is reported with its line and leaves the default in place; the
//! rest of the file still applies.
//!
//! ```toml
//! [keys]
//! star = "x"                  # one key, or several: ["x", "ctrl-s"]
//! [theme]
//! quote = "light green"       # a colour, "bold", "underlined", "white on blue", "#88cc88"
//! [corpus]
//! paths = ["~/news/changchun"]  # opened when no path is given
//! [display]
//! date_format = "%Y年%-m月%-d日"
//! ```

use crate::corpus::model::{format_date, DEFAULT_DATE_FORMAT};
use crate::tui::keymap::{action_name, parse_key, Keymap, NAMES};
use crate::tui::theme::Theme;
use ratatui::style::{Color, Modifier, Style};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// The configuration in effect.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub keymap: Keymap,
    pub theme: Theme,
    /// Opened when the command line names no path (empty: the bundled seeds).
    pub paths: Vec<PathBuf>,
    pub date_format: String,
    /// Where it was read from, if from a file.
    pub file: Option<PathBuf>,
    /// `NO_COLOR` is set: the file's colours are left out, its bold and underline kept.
    pub no_color: bool,
}

impl Config {
    /// The defaults, with the terminal's colour setting.
    pub fn defaults(no_color: bool) -> Config {
        Config {
            keymap: Keymap::default(),
            theme: Theme::new(no_color),
            paths: Vec::new(),
            date_format: DEFAULT_DATE_FORMAT.to_owned(),
            file: None,
            no_color,
        }
    }
}

/// The configuration file's usual place: `$XDG_CONFIG_HOME/zhaoshang/config.toml`, else
/// `~/.config/zhaoshang/config.toml` (the system's config folder elsewhere).
pub fn default_path() -> Option<PathBuf> {
    if let Some(x) = std::env::var_os("XDG_CONFIG_HOME").filter(|x| !x.is_empty()) {
        return Some(PathBuf::from(x).join("zhaoshang/config.toml"));
    }
    directories::ProjectDirs::from("", "", "zhaoshang").map(|d| d.config_dir().join("config.toml"))
}

/// The configuration from `explicit` (`--config`, which must exist) or the usual place (which
/// may be missing), with one warning per value it could not use.
pub fn load(explicit: Option<&Path>, no_color: bool) -> (Config, Vec<String>) {
    let mut config = Config::defaults(no_color);
    let path = match explicit {
        Some(p) => p.to_owned(),
        None => match default_path() {
            Some(p) if p.exists() => p,
            _ => return (config, Vec::new()),
        },
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            return (
                config,
                vec![format!(
                    "{}: cannot read it ({e}); the defaults stay",
                    path.display()
                )],
            )
        }
    };
    let warnings = apply(&mut config, &text, &path.display().to_string());
    config.file = Some(path);
    (config, warnings)
}

type Section = BTreeMap<String, Spanned<toml::Value>>;

/// The 1-based line of a byte offset.
fn line_of(text: &str, at: usize) -> usize {
    text[..at.min(text.len())].matches('\n').count() + 1
}

/// Reads `text` into `config`; what cannot be used is left at its default and said.
pub fn apply(config: &mut Config, text: &str, name: &str) -> Vec<String> {
    let mut warnings = Vec::new();
    let doc: BTreeMap<String, Spanned<Section>> = match toml::from_str(text) {
        Ok(d) => d,
        Err(e) => {
            let line = e
                .span()
                .map_or(String::new(), |s| format!(" line {}", line_of(text, s.start)));
            let msg = e.message().trim().to_owned();
            return vec![format!("{name}{line}: {msg}; the defaults stay")];
        }
    };
    let mut warn = |span: std::ops::Range<usize>, what: String| {
        warnings.push(format!(
            "{name} line {}: {what}; the default stays",
            line_of(text, span.start)
        ));
    };
    for (section, table) in &doc {
        let at = table.span();
        for (key, value) in table.get_ref() {
            let span = value.span();
            let v = value.get_ref();
            let r = match section.as_str() {
                "keys" => keys(config, key, v),
                "theme" => theme(config, key, v),
                "corpus" if key == "paths" => paths(config, v),
                "display" if key == "date_format" => date_format(config, v),
                "corpus" | "display" => Err(format!("unknown setting {section}.{key}")),
                _ => Err(format!(
                    "unknown section [{section}] (keys, theme, corpus, display)"
                )),
            };
            if let Err(e) = r {
                // Say which setting, unless the message already does.
                let e = if e.contains(&format!("{section}.{key}")) || e.starts_with("unknown section") {
                    e
                } else {
                    format!("{section}.{key}: {e}")
                };
                warn(span, e);
            }
        }
        if table.get_ref().is_empty() && !matches!(section.as_str(), "keys" | "theme" | "corpus" | "display")
        {
            warn(
                at,
                format!("unknown section [{section}] (keys, theme, corpus, display)"),
            );
        }
    }
    warnings
}

fn strings(v: &toml::Value) -> Result<Vec<String>, String> {
    match v {
        toml::Value::String(s) => Ok(vec![s.clone()]),
        toml::Value::Array(a) => a
            .iter()
            .map(|x| {
                x.as_str()
                    .map(str::to_owned)
                    .ok_or_else(|| "a list of strings is wanted".to_owned())
            })
            .collect(),
        _ => Err("a string or a list of strings is wanted".into()),
    }
}

fn keys(config: &mut Config, name: &str, v: &toml::Value) -> Result<(), String> {
    let Some((_, action)) = NAMES.iter().find(|(n, _)| *n == name) else {
        return Err(format!(
            "unknown action keys.{name} (one of {})",
            NAMES.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ")
        ));
    };
    let specs = strings(v)?;
    if specs.is_empty() {
        return Err("no key given".into());
    }
    let parsed = specs
        .iter()
        .map(|s| parse_key(s))
        .collect::<Result<Vec<_>, _>>()?;
    // A key taken from another action leaves that action without it; the help shows the result.
    config.keymap.rebind(action, &parsed);
    Ok(())
}

/// `light green`, `bold`, `white on blue`, `#88cc88 underlined`.
pub fn parse_style(s: &str) -> Result<Style, String> {
    let mut style = Style::default();
    let mut words = s.split_whitespace().peekable();
    let colour = |w: &str| -> Result<Color, String> {
        w.parse::<Color>()
            .map_err(|_| format!("unknown colour {w:?} (a name such as green or light_blue, or #rrggbb)"))
    };
    let mut fg_set = false;
    while let Some(w) = words.next() {
        let w = w.to_ascii_lowercase();
        let modifier = match w.as_str() {
            "bold" => Some(Modifier::BOLD),
            "italic" => Some(Modifier::ITALIC),
            "underlined" | "underline" => Some(Modifier::UNDERLINED),
            "reversed" | "reverse" => Some(Modifier::REVERSED),
            "dim" => Some(Modifier::DIM),
            _ => None,
        };
        if w == "default" {
            // The terminal's own colours.
            continue;
        } else if let Some(m) = modifier {
            style = style.add_modifier(m);
        } else if w == "on" {
            let bg = words.next().ok_or("a colour after \"on\"")?;
            style = style.bg(colour(bg)?);
        } else if w == "light" || w == "dark" {
            let next = words.next().ok_or("a colour after \"light\"")?;
            style = style.fg(colour(&format!("{w}{next}"))?);
            fg_set = true;
        } else if !fg_set {
            style = style.fg(colour(&w)?);
            fg_set = true;
        } else {
            return Err(format!(
                "{w:?} is neither a colour nor bold, italic, underlined, reversed"
            ));
        }
    }
    Ok(style)
}

/// How [`parse_style`] reads a style back.
pub fn style_name(s: Style) -> String {
    let mut parts = Vec::new();
    let name = |c: Color| match c {
        Color::Rgb(r, g, b) => format!("#{r:02x}{g:02x}{b:02x}"),
        other => {
            let n = format!("{other:?}");
            // LightGreen → light_green
            let mut out = String::new();
            for (i, ch) in n.chars().enumerate() {
                if ch.is_ascii_uppercase() && i > 0 {
                    out.push('_');
                }
                out.push(ch.to_ascii_lowercase());
            }
            out
        }
    };
    if let Some(fg) = s.fg {
        parts.push(name(fg));
    }
    for (m, n) in [
        (Modifier::BOLD, "bold"),
        (Modifier::ITALIC, "italic"),
        (Modifier::UNDERLINED, "underlined"),
        (Modifier::REVERSED, "reversed"),
        (Modifier::DIM, "dim"),
    ] {
        if s.add_modifier.contains(m) {
            parts.push(n.to_owned());
        }
    }
    if let Some(bg) = s.bg {
        parts.push(format!("on {}", name(bg)));
    }
    if parts.is_empty() {
        "default".into()
    } else {
        parts.join(" ")
    }
}

/// The theme's styles by configuration name.
fn theme_fields(t: &mut Theme) -> [(&'static str, &mut Style); 18] {
    [
        ("title", &mut t.title),
        ("subtitle", &mut t.subtitle),
        ("meta", &mut t.meta),
        ("heading", &mut t.heading),
        ("caption", &mut t.caption),
        ("body", &mut t.body),
        ("quote", &mut t.quote),
        ("region", &mut t.region),
        ("project", &mut t.project),
        ("person", &mut t.person),
        ("current", &mut t.current),
        ("border", &mut t.border),
        ("border_focus", &mut t.border_focus),
        ("selected", &mut t.selected),
        ("matched", &mut t.matched),
        ("badge", &mut t.badge),
        ("dim", &mut t.dim),
        ("status", &mut t.status),
    ]
}

fn theme(config: &mut Config, name: &str, v: &toml::Value) -> Result<(), String> {
    let s = v
        .as_str()
        .ok_or("a string such as \"green\" or \"white on blue\" is wanted")?;
    let mut style = parse_style(s)?;
    // NO_COLOR wins over the file: only the modifiers are kept.
    if config.no_color {
        style.fg = None;
        style.bg = None;
    }
    let mut t = config.theme;
    let mut fields = theme_fields(&mut t);
    let Some((_, slot)) = fields.iter_mut().find(|(n, _)| *n == name) else {
        let names: Vec<&str> = fields.iter().map(|(n, _)| *n).collect();
        return Err(format!(
            "unknown style theme.{name} (one of {})",
            names.join(", ")
        ));
    };
    **slot = style;
    config.theme = t;
    Ok(())
}

fn paths(config: &mut Config, v: &toml::Value) -> Result<(), String> {
    let home = std::env::var_os("HOME").map(PathBuf::from);
    config.paths = strings(v)?
        .into_iter()
        .map(|p| match (p.strip_prefix("~/"), &home) {
            (Some(rest), Some(h)) => h.join(rest),
            _ => PathBuf::from(p),
        })
        .collect();
    Ok(())
}

fn date_format(config: &mut Config, v: &toml::Value) -> Result<(), String> {
    let f = v.as_str().ok_or("a string such as \"%Y-%m-%d\" is wanted")?;
    if !f.contains("%Y") && !f.contains("%m") && !f.contains("%-m") && !f.contains("%d") && !f.contains("%-d")
    {
        return Err(format!("{f:?} shows no part of the date (%Y, %m, %d, %-m, %-d)"));
    }
    config.date_format = f.to_owned();
    Ok(())
}

/// The configuration in effect, as a file that would give it.
pub fn to_toml(config: &Config) -> String {
    let q = |s: &str| toml::Value::String(s.to_owned()).to_string();
    let mut out = String::new();
    out.push_str("# zhaoshang: the configuration in effect");
    if let Some(f) = &config.file {
        out.push_str(&format!(" (read from {})", f.display()));
    }
    out.push_str("\n\n[keys]\n");
    for (name, action) in NAMES {
        let keys = config.keymap.keys_of(action);
        let list = keys.iter().map(|k| q(k)).collect::<Vec<_>>().join(", ");
        debug_assert_eq!(action_name(action), Some(*name));
        out.push_str(&format!("{name} = [{list}]\n"));
    }
    out.push_str("\n[theme]\n");
    let mut t = config.theme;
    for (name, style) in theme_fields(&mut t) {
        out.push_str(&format!("{name} = {}\n", q(&style_name(*style))));
    }
    out.push_str("\n[corpus]\n");
    let paths: Vec<String> = config.paths.iter().map(|p| q(&p.display().to_string())).collect();
    out.push_str(&format!("paths = [{}]\n", paths.join(", ")));
    out.push_str("\n[display]\n");
    out.push_str(&format!(
        "date_format = {}  # 2024-08-01 shows as {}\n",
        q(&config.date_format),
        format_date("2024-08-01", &config.date_format)
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    #[test]
    fn a_bad_value_is_said_with_its_line_and_the_rest_applies() {
        let mut c = Config::defaults(false);
        let text = "[keys]\nstar = \"x\"\ntag = \"not a key\"\n\n[theme]\nquote = \"grean\"\nregion = \"light blue underlined\"\n\n[display]\ndate_format = \"%Y年%-m月%-d日\"\n";
        let w = apply(&mut c, text, "config.toml");
        assert_eq!(w.len(), 2, "{w:?}");
        assert!(
            w[0].starts_with("config.toml line 3: keys.tag: \"not a key\" is not a key"),
            "{w:?}"
        );
        assert!(
            w[1].starts_with("config.toml line 6: theme.quote: unknown colour \"grean\""),
            "{w:?}"
        );
        assert!(w.iter().all(|x| x.ends_with("the default stays")));
        let ev = KeyEvent::new(KeyCode::Char('x'), KeyModifiers::NONE);
        assert_eq!(c.keymap.action_for(ev), Some(crate::tui::app::Action::Star));
        assert_eq!(c.theme.quote, Theme::new(false).quote, "the default stays");
        assert_eq!(
            c.theme.region,
            Style::default()
                .fg(Color::LightBlue)
                .add_modifier(Modifier::UNDERLINED)
        );
        assert_eq!(format_date("2024-08-01", &c.date_format), "2024年8月1日");
    }

    #[test]
    fn broken_toml_keeps_every_default() {
        let mut c = Config::defaults(false);
        let w = apply(&mut c, "[keys]\nstar = \"x\n", "c.toml");
        assert_eq!(w.len(), 1);
        assert!(w[0].starts_with("c.toml line 2:"), "{w:?}");
        assert_eq!(c, Config::defaults(false));
    }

    #[test]
    fn the_printed_configuration_reads_back_the_same() {
        let mut c = Config::defaults(false);
        apply(
            &mut c,
            "[keys]\nstar = [\"x\", \"ctrl-s\"]\n[theme]\nselected = \"white on #203040 bold\"\n",
            "c",
        );
        let printed = to_toml(&c);
        let mut again = Config::defaults(false);
        assert!(apply(&mut again, &printed, "printed").is_empty(), "{printed}");
        for (_, a) in NAMES {
            assert_eq!(again.keymap.keys_of(a), c.keymap.keys_of(a));
        }
        assert_eq!(again.theme, c.theme);
        assert_eq!(again.date_format, c.date_format);
    }
}

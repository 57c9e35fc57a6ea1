//! The `:` command line: `:since 2024-01`, `:until 2024-06`, `:dates` (all dates again). A
//! component of its own: state (the typed line), keys, and what a command does.

use crate::corpus::model::parse_date_end;
use crate::tui::app::{Action, App, Overlay};

/// What the `:` line understands, for the help and for a command it does not.
pub const USAGE: &str = "since DATE · until DATE · dates (clear) — DATE: 2024, 2024-01, 2024-01-15";

/// `:`: opens the command line.
pub fn open(app: &mut App) {
    app.command.clear();
    app.overlay = Overlay::Command;
}

/// Keys while typing a command.
pub fn update(app: &mut App, action: Action) {
    match action {
        Action::Quit => app.quit = true,
        Action::Resize(w, h) => app.area = ratatui::layout::Rect::new(0, 0, w, h),
        Action::Back => app.overlay = Overlay::None,
        Action::Input(c) => app.command.push(c),
        // Backspace on an empty line leaves it, as in vi.
        Action::Backspace if app.command.is_empty() => app.overlay = Overlay::None,
        Action::Backspace => {
            app.command.pop();
        }
        Action::ClearInput => app.command.clear(),
        Action::Open => {
            app.overlay = Overlay::None;
            let line = std::mem::take(&mut app.command);
            app.message = Some(match run(app, &line) {
                Ok(m) => m,
                Err(e) => e,
            });
        }
        _ => {}
    }
}

/// Runs one command line; what to say after.
pub fn run(app: &mut App, line: &str) -> Result<String, String> {
    let mut words = line.split_whitespace();
    let cmd = words.next().unwrap_or("");
    let arg = words.collect::<Vec<_>>().join(" ");
    let mut dates = app.dates.clone();
    let end = |arg: &str| -> Result<Option<String>, String> {
        if arg.is_empty() {
            return Ok(None);
        }
        parse_date_end(arg)
            .map(Some)
            .ok_or_else(|| format!("not a date: {arg:?} (2024, 2024-01 or 2024-01-15)"))
    };
    match cmd {
        "since" | "from" => dates.since = end(&arg)?,
        "until" | "to" => dates.until = end(&arg)?,
        "dates" | "alldates" | "nodates" => dates = Default::default(),
        "" => return Err(USAGE.into()),
        other => return Err(format!("unknown command {other:?}: {USAGE}")),
    }
    if let (Some(s), Some(u)) = (&dates.since, &dates.until) {
        if s.as_str() > u.as_str() && !s.starts_with(u.as_str()) {
            return Err(format!("since {s} is after until {u}"));
        }
    }
    app.set_dates(dates);
    Ok(if app.dates.is_open() {
        "all dates".into()
    } else {
        format!("dates: {} (undated articles hidden)", app.dates.describe())
    })
}

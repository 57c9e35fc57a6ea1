//! The terminal explorer: a thin layer of state (`app`), update (`App::update`) and view
//! (`view::draw`) over the core. Terminal set-up and restore live here, in one place.

pub mod app;
pub mod browser;
pub mod command;
pub mod compare;
pub mod data;
pub mod keymap;
pub mod layout;
pub mod marks;
pub mod person;
pub mod reader;
pub mod theme;
pub mod timeline;
pub mod view;

use crate::tui::app::{Action, App, Overlay};
use crate::tui::data::Data;
use crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind, MouseButton, MouseEventKind,
};
use crossterm::execute;
use crossterm::terminal::{disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen};
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::Terminal;
use std::io::{self, Write};
use std::sync::Arc;
use std::time::Duration;

/// Maps a terminal event to an action, given what has focus.
pub fn action_for(app: &App, ev: Event) -> Option<Action> {
    match ev {
        Event::Key(k) if k.kind != KeyEventKind::Release => {
            if app.overlay == Overlay::Prompt {
                keymap::prompt_action(k)
            } else if matches!(
                app.overlay,
                Overlay::Search | Overlay::District | Overlay::Command
            ) {
                keymap::input_action(k)
            } else {
                app.keymap.action_for(k)
            }
        }
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click(m.column, m.row)),
            MouseEventKind::ScrollUp => Some(Action::ScrollUp(m.column, m.row)),
            MouseEventKind::ScrollDown => Some(Action::ScrollDown(m.column, m.row)),
            _ => None,
        },
        _ => None,
    }
}

fn restore_terminal() {
    let _ = disable_raw_mode();
    let _ = execute!(
        io::stdout(),
        DisableMouseCapture,
        LeaveAlternateScreen,
        crossterm::cursor::Show
    );
}

/// Restores the terminal on drop, whatever happened.
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore_terminal();
    }
}

/// `ESC ] 52 ; c ; <base64> BEL`: asks the terminal to put text on the clipboard.
pub fn osc52(text: &str) -> String {
    format!("\u{1b}]52;c;{}\u{7}", base64(text.as_bytes()))
}

fn base64(bytes: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, &b)| acc | (b as u32) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(T[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Runs the explorer until the user quits, with the configuration's keys, theme and date
/// format; the first of its warnings shows in the status bar.
pub fn run(data: Data, config: crate::config::Config, warnings: Vec<String>) -> anyhow::Result<()> {
    let data = Arc::new(data);
    // A panic restores the terminal before the message is printed.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_terminal();
        default_hook(info);
    }));
    enable_raw_mode()?;
    let _guard = Guard;
    execute!(io::stdout(), EnterAlternateScreen, EnableMouseCapture)?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    let size = terminal.size()?;
    let mut app = App::new(data, config.theme, Rect::new(0, 0, size.width, size.height));
    app.keymap = config.keymap;
    app.date_format = config.date_format;
    match crate::marks::Store::open_default() {
        Ok(store) => app.set_marks(store),
        // The explorer still runs; marks made now are kept for this session only.
        Err(e) => app.message = Some(format!("marks kept only until you quit: {e}")),
    }
    if let Some(w) = warnings.first() {
        app.message = Some(format!("config: {w}"));
    }
    while !app.quit {
        terminal.draw(|f| view::draw(&app, f))?;
        if let Some(url) = app.open_url.take() {
            match browser::open(&url) {
                Ok(cmd) => app.message = Some(format!("opened with {cmd}")),
                Err(_) => {
                    // No browser here (a server over SSH): the URL goes to the clipboard.
                    app.message = Some("no browser here; URL copied (OSC 52)".into());
                    app.clipboard = Some(url);
                }
            }
        }
        if let Some(text) = app.clipboard.take() {
            let mut out = io::stdout();
            out.write_all(osc52(&text).as_bytes())?;
            out.flush()?;
        }
        // Wait for input; handle every event already queued before drawing again.
        if event::poll(Duration::from_millis(250))? {
            loop {
                if let Some(a) = action_for(&app, event::read()?) {
                    app.update(a);
                }
                if app.quit || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_and_osc52() {
        assert_eq!(base64(b"Man"), "TWFu");
        assert_eq!(base64(b"Ma"), "TWE=");
        assert_eq!(base64(b"M"), "TQ==");
        assert_eq!(osc52("hi"), "\u{1b}]52;c;aGk=\u{7}");
    }
}

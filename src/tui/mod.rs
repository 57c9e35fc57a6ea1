//! The terminal explorer: a thin layer of state (`app`), update (`App::update`) and view
//! (`view::draw`) over the core. Terminal set-up and restore live here, in one place.

pub mod action;
pub mod app;
pub mod browser;
pub mod command;
pub mod compare;
pub mod dashboard;
pub mod data;
pub mod filters;
pub mod format;
pub mod help;
pub mod history;
pub mod items;
pub mod jump;
pub mod keymap;
pub mod layout;
pub mod list;
pub mod loading;
pub mod marks;
pub mod mouse;
pub mod person;
pub mod projects;
pub mod reader;
pub mod regions;
pub mod search_box;
pub mod skipped;
pub mod sources;
pub mod theme;
pub mod timeline;
pub mod view;

use crate::corpus::model::Warning;
use crate::corpus::Input;
use crate::open::{self, Options, Progress, Reporter};
use crate::tui::app::{Action, App, Overlay};
use crate::tui::data::Data;
use crate::tui::theme::Theme;
use crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyCode, KeyEventKind, KeyModifiers, MouseButton,
    MouseEventKind,
};
use crossterm::execute;
use crossterm::terminal::{disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen};
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::Terminal;
use std::io::{self, Write};
use std::sync::{mpsc, Arc};
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

/// What the loading thread sends.
enum Loaded {
    Progress(Progress),
    /// Every file is open; the panes and the search index are being built.
    Indexing,
    Ready(Box<Data>),
}

/// Opens the inputs on a thread of their own and runs the explorer on them until the user
/// quits. A load long enough to notice (the first open of a large folder or file, before the
/// cache holds it) shows its progress: files opened, and a large file's articles as the
/// extractors read them. The configuration gives keys, theme and date format; the first of its
/// warnings shows in the status bar.
pub fn run(
    inputs: Vec<Input>,
    skipped: Option<Warning>,
    mut opts: Options,
    config: crate::config::Config,
    warnings: Vec<String>,
) -> anyhow::Result<()> {
    let (tx, rx) = mpsc::channel();
    let reports = tx.clone();
    opts.progress = Some(Reporter::new(move |p| {
        let _ = reports.send(Loaded::Progress(p));
    }));
    let files = inputs.len();
    std::thread::Builder::new().name("load".into()).spawn(move || {
        let (mut corpus, entities, _) = open::open_inputs(&inputs, &opts);
        corpus.warnings.extend(skipped);
        let _ = tx.send(Loaded::Indexing);
        let _ = tx.send(Loaded::Ready(Box::new(Data::new(corpus, entities))));
    })?;
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
    let Some(data) = wait_for_data(&mut terminal, &rx, files, &config.theme)? else {
        // Quit while loading: the load is left to end with the process.
        return Ok(());
    };
    let size = terminal.size()?;
    let mut app = App::new(
        Arc::new(*data),
        config.theme,
        Rect::new(0, 0, size.width, size.height),
    );
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
    explore(&mut terminal, app)
}

/// How long a load may take before the loading screen is drawn: a cached open shows the
/// explorer straight away, without a flash of the loading screen.
const LOADING_SCREEN_AFTER: Duration = Duration::from_millis(150);

/// Shows the loading screen until the data arrives (`None`: the user quit first).
fn wait_for_data(
    terminal: &mut Terminal<CrosstermBackend<io::Stdout>>,
    rx: &mpsc::Receiver<Loaded>,
    files: usize,
    theme: &Theme,
) -> anyhow::Result<Option<Box<Data>>> {
    let started = std::time::Instant::now();
    let mut state = loading::Loading::new(files);
    loop {
        let first = match rx.recv_timeout(Duration::from_millis(50)) {
            Ok(m) => Some(m),
            Err(mpsc::RecvTimeoutError::Timeout) => None,
            Err(mpsc::RecvTimeoutError::Disconnected) => anyhow::bail!("the load stopped before it ended"),
        };
        for m in first.into_iter().chain(rx.try_iter()) {
            match m {
                Loaded::Ready(data) => return Ok(Some(data)),
                Loaded::Indexing => state.indexing = true,
                Loaded::Progress(p) => state.apply(p),
            }
        }
        if started.elapsed() >= LOADING_SCREEN_AFTER {
            terminal.draw(|f| view::loading::loading(&state, theme, f))?;
        }
        while event::poll(Duration::ZERO)? {
            if let Event::Key(k) = event::read()? {
                let ctrl_c = k.code == KeyCode::Char('c') && k.modifiers.contains(KeyModifiers::CONTROL);
                if k.kind != KeyEventKind::Release
                    && (ctrl_c || matches!(k.code, KeyCode::Char('q') | KeyCode::Esc))
                {
                    return Ok(None);
                }
            }
        }
    }
}

/// Runs the explorer until the user quits.
fn explore(terminal: &mut Terminal<CrosstermBackend<io::Stdout>>, mut app: App) -> anyhow::Result<()> {
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

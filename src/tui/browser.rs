//! Opening a URL in the user's browser: `$BROWSER`, else the desktop's opener (`xdg-open`,
//! `open`); where there is none (a server over SSH) the caller copies the URL instead.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The commands to try, in order, for this environment (`$BROWSER` may list several,
/// separated by `:`, and may place the URL with `%s`).
pub fn candidates(browser_var: Option<&str>, has_display: bool) -> Vec<String> {
    let mut out: Vec<String> = browser_var
        .unwrap_or_default()
        .split(':')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    if cfg!(target_os = "macos") {
        out.push("open".into());
    } else if cfg!(windows) {
        out.push("explorer".into());
    } else if has_display {
        // Without a display xdg-open falls back to a terminal browser, which would fight the
        // explorer for the screen.
        out.push("xdg-open".into());
    }
    out
}

/// Opens `url` with the first command that starts and does not fail at once; Err when none
/// did.
pub fn open(url: &str) -> Result<String, String> {
    let display = std::env::var_os("DISPLAY").is_some() || std::env::var_os("WAYLAND_DISPLAY").is_some();
    let browser = std::env::var("BROWSER").ok();
    for cmd in candidates(browser.as_deref(), display) {
        let mut words: Vec<String> = cmd.split_whitespace().map(str::to_owned).collect();
        if words.is_empty() {
            continue;
        }
        if let Some(w) = words.iter_mut().find(|w| w.contains("%s")) {
            *w = w.replace("%s", url);
        } else {
            words.push(url.to_owned());
        }
        let child = Command::new(&words[0])
            .args(&words[1..])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn();
        let Ok(mut child) = child else { continue };
        // An opener that fails does so at once (no handler, no display); a browser keeps
        // running. Wait a moment for the first kind.
        let started = Instant::now();
        loop {
            match child.try_wait() {
                Ok(Some(status)) if status.success() => return Ok(words[0].clone()),
                Ok(Some(_)) | Err(_) => break,
                Ok(None) if started.elapsed() > Duration::from_millis(400) => return Ok(words[0].clone()),
                Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            }
        }
    }
    Err("no browser".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_variable_first_and_no_opener_without_a_display() {
        let c = candidates(Some("firefox:w3m %s"), false);
        assert_eq!(&c[..2], ["firefox", "w3m %s"]);
        if cfg!(target_os = "linux") {
            assert_eq!(c.len(), 2);
            assert_eq!(candidates(None, true), ["xdg-open"]);
            assert!(candidates(Some(""), false).is_empty());
        }
    }

    #[test]
    fn a_command_that_fails_is_no_browser() {
        // `false` exits non-zero at once, as xdg-open does without a handler.
        std::env::set_var("BROWSER", "false");
        std::env::remove_var("DISPLAY");
        std::env::remove_var("WAYLAND_DISPLAY");
        if cfg!(target_os = "linux") {
            assert!(open("http://www.example.cn/").is_err());
        }
    }
}

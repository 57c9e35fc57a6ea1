//! End to end: the real binary in a tmux pane, driven with send-keys, read with capture-pane.
//! Needs tmux (`.ci/run` installs it); without it the test fails under CI and is skipped
//! elsewhere with a message.

use std::process::Command;
use std::time::{Duration, Instant};

struct Tmux {
    socket: String,
}

impl Tmux {
    fn cmd(&self, args: &[&str]) -> std::process::Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux runs")
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.cmd(&["capture-pane", "-p", "-t", "zs"]).stdout).into_owned()
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "zs"];
        args.extend_from_slice(keys);
        assert!(self.cmd(&args).status.success());
    }

    /// Waits until the screen contains `needle` (the UI redraws asynchronously).
    fn wait_for(&self, needle: &str) -> String {
        self.wait_until(needle, |s| s.contains(needle))
    }

    /// Waits until the whole screen satisfies `ok`. A capture can land while a frame is half
    /// written, so a check on several parts of the screen must be retried, not asserted once.
    fn wait_until(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if ok(&s) {
                return s;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "timed out waiting for {what}; screen:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn alive(&self) -> bool {
        self.cmd(&["has-session", "-t", "zs"]).status.success()
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.cmd(&["kill-server"]);
    }
}

/// True when tmux can run here; under CI it must.
fn have_tmux() -> bool {
    if Command::new("tmux").arg("-V").output().is_err() {
        assert!(
            std::env::var_os("CI").is_none(),
            "tmux is required for the end-to-end test under CI"
        );
        eprintln!("skipping: tmux is not installed");
        return false;
    }
    true
}

/// Search, jump, next district, dashboard, help, too small and back, quit — on a `w`×`h`
/// terminal.
fn drive(w: u16, h: u16) {
    let t = Tmux {
        socket: format!("zhaoshang-e2e-{}-{w}x{h}", std::process::id()),
    };
    let bin = env!("CARGO_BIN_EXE_zhaoshang");
    let (ws, hs) = (w.to_string(), h.to_string());
    let started = t.cmd(&["new-session", "-d", "-s", "zs", "-x", &ws, "-y", &hs, bin]);
    assert!(
        started.status.success(),
        "{}",
        String::from_utf8_lossy(&started.stderr)
    );

    // Below 120 columns the three lists are tabs of one pane: all three names still show.
    t.wait_until("the three tabs and the corpus figures", |s| {
        s.contains("Regions") && s.contains("Projects") && s.contains("Sources") && s.contains("9 articles")
    });

    // Search by initials, land on the quote.
    t.keys(&["/"]);
    t.wait_for("Search");
    t.keys(&["ml"]);
    t.wait_for("[人] 马良");
    t.keys(&["Enter"]);
    t.wait_until("the quote, search closed", |s| {
        s.contains("历经128天") && !s.contains("› ml")
    });
    if w < 90 {
        // One of list and reader at a time: `v` shows the reader, full width.
        t.keys(&["v"]);
        t.wait_until("the reader alone", |s| {
            s.contains("Reader") && s.contains("马良介绍") && !s.contains("Items of")
        });
        t.keys(&["v"]);
        t.wait_for("Items of");
    }

    // Next district, dashboard, help.
    t.keys(&["]"]);
    t.wait_for("district:");
    t.keys(&["d"]);
    t.wait_for("Districts · 亿元");
    t.keys(&["Escape"]);
    t.keys(&["?"]);
    t.wait_for("Search prefixes");
    t.keys(&["Escape"]);

    // Too small, then back.
    t.cmd(&["resize-window", "-t", "zs", "-x", "40", "-y", "10"]);
    t.wait_for("too small");
    t.cmd(&["resize-window", "-t", "zs", "-x", &ws, "-y", &hs]);
    t.wait_for("Regions");

    t.keys(&["q"]);
    let start = Instant::now();
    while t.alive() {
        assert!(start.elapsed() < Duration::from_secs(10), "q did not quit");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn explorer_in_tmux() {
    if have_tmux() {
        drive(120, 36);
    }
}

#[test]
fn explorer_in_tmux_at_80x24() {
    if have_tmux() {
        drive(80, 24);
    }
}

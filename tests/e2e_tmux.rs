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
        let start = Instant::now();
        loop {
            let s = self.screen();
            if s.contains(needle) {
                return s;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "timed out waiting for {needle:?}; screen:\n{s}"
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

#[test]
fn explorer_in_tmux() {
    if Command::new("tmux").arg("-V").output().is_err() {
        assert!(
            std::env::var_os("CI").is_none(),
            "tmux is required for the end-to-end test under CI"
        );
        eprintln!("skipping: tmux is not installed");
        return;
    }
    let t = Tmux {
        socket: format!("zhaoshang-e2e-{}", std::process::id()),
    };
    let bin = env!("CARGO_BIN_EXE_zhaoshang");
    let started = t.cmd(&["new-session", "-d", "-s", "zs", "-x", "120", "-y", "36", bin]);
    assert!(
        started.status.success(),
        "{}",
        String::from_utf8_lossy(&started.stderr)
    );

    let s = t.wait_for("Regions");
    assert!(
        s.contains("Projects") && s.contains("Sources") && s.contains("9 articles"),
        "{s}"
    );

    // Search by initials, land on the quote.
    t.keys(&["/"]);
    t.wait_for("Search");
    t.keys(&["ml"]);
    t.wait_for("[人] 马良");
    t.keys(&["Enter"]);
    let s = t.wait_for("历经128天");
    assert!(!s.contains("› ml"), "search closed: {s}");

    // Next district, dashboard, help.
    t.keys(&["]"]);
    t.wait_for("district:");
    t.keys(&["d"]);
    t.wait_for("District dashboard");
    t.keys(&["Escape"]);
    t.keys(&["?"]);
    t.wait_for("Search prefixes");
    t.keys(&["Escape"]);

    // Too small, then back.
    t.cmd(&["resize-window", "-t", "zs", "-x", "40", "-y", "10"]);
    t.wait_for("too small");
    t.cmd(&["resize-window", "-t", "zs", "-x", "120", "-y", "36"]);
    t.wait_for("Regions");

    t.keys(&["q"]);
    let start = Instant::now();
    while t.alive() {
        assert!(start.elapsed() < Duration::from_secs(10), "q did not quit");
        std::thread::sleep(Duration::from_millis(100));
    }
}

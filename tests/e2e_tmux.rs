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

/// A temporary home for one run: the marks' data folder, the cache and the configuration's
/// folder live under it, so an end-to-end run never reads or writes the user's (a stale cache
/// entry or a rebound key in the user's config.toml would change what the test sees).
struct DataDir(std::path::PathBuf);

impl DataDir {
    fn new(name: &str) -> DataDir {
        let d = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("zhaoshang-e2e-data-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        DataDir(d)
    }

    /// The command line tmux runs: the binary with this data folder, cache and config folder.
    fn command(&self) -> String {
        let d = self.0.display();
        format!(
            "env ZHAOSHANG_DATA_DIR='{d}/data' ZHAOSHANG_CACHE_DIR='{d}/cache' XDG_CONFIG_HOME='{d}/config' '{}'",
            env!("CARGO_BIN_EXE_zhaoshang")
        )
    }
}

impl Drop for DataDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

impl Tmux {
    /// Starts the explorer in a `w`×`h` session.
    fn start(&self, w: u16, h: u16, data: &DataDir) {
        let (ws, hs) = (w.to_string(), h.to_string());
        let cmd = data.command();
        // Right after a quit the previous session's server may still be shutting down on this
        // socket, and a new session then fails: try again for a while.
        let begun = Instant::now();
        loop {
            let started = self.cmd(&["new-session", "-d", "-s", "zs", "-x", &ws, "-y", &hs, &cmd]);
            if started.status.success() {
                break;
            }
            assert!(
                begun.elapsed() < Duration::from_secs(10),
                "{}",
                String::from_utf8_lossy(&started.stderr)
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Presses `q` and waits for the explorer to end.
    fn quit(&self) {
        self.keys(&["q"]);
        let start = Instant::now();
        while self.alive() {
            assert!(start.elapsed() < Duration::from_secs(10), "q did not quit");
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

/// Search, jump, next district, dashboard, help, too small and back, quit — on a `w`×`h`
/// terminal.
fn drive(w: u16, h: u16) {
    let t = Tmux {
        socket: format!("zhaoshang-e2e-{}-{w}x{h}", std::process::id()),
    };
    let data = DataDir::new(&format!("{w}x{h}"));
    let (ws, hs) = (w.to_string(), h.to_string());
    t.start(w, h, &data);

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
    // A key sent right after Escape would read as Alt+key: wait for the dashboard to close.
    t.wait_until("the dashboard closed", |s| !s.contains("District dashboard"));
    t.keys(&["?"]);
    t.wait_until("the help", |s| s.contains("Help ·") && s.contains("this help"));
    t.keys(&["Escape"]);

    // Too small, then back.
    t.cmd(&["resize-window", "-t", "zs", "-x", "40", "-y", "10"]);
    t.wait_for("too small");
    t.cmd(&["resize-window", "-t", "zs", "-x", &ws, "-y", &hs]);
    t.wait_for("Regions");

    t.quit();
}

/// Stars 马良's quote, quits, starts again on the same data folder and finds the star.
fn star_survives_a_restart(w: u16, h: u16) {
    let t = Tmux {
        socket: format!("zhaoshang-e2e-marks-{}-{w}x{h}", std::process::id()),
    };
    let data = DataDir::new(&format!("marks-{w}x{h}"));
    t.start(w, h, &data);
    t.wait_for("9 articles");
    t.keys(&["/"]);
    t.wait_for("Search");
    t.keys(&["ml"]);
    t.wait_for("[人] 马良");
    t.keys(&["Enter"]);
    t.wait_until("the quote, search closed", |s| {
        s.contains("历经128天") && !s.contains("› ml")
    });
    t.keys(&["s"]);
    t.wait_for("★ starred quote");
    t.quit();

    t.start(w, h, &data);
    t.wait_for("9 articles");
    t.keys(&["m"]);
    t.wait_until("the Marked view with the starred quote of 马良", |s| {
        s.contains("Marked (1)") && s.contains("★ [引]") && s.contains("马良") && !s.contains("orphaned")
    });
    t.keys(&["Escape"]);
    // q right after Escape would read as Alt+q.
    t.wait_until("the Marked view closed", |s| !s.contains("Marked (1)"));
    t.quit();
}

#[test]
fn explorer_in_tmux() {
    if have_tmux() {
        drive(120, 36);
    }
}

#[test]
fn a_star_survives_a_restart_in_tmux() {
    if have_tmux() {
        star_survives_a_restart(120, 36);
        star_survives_a_restart(80, 24);
    }
}

#[test]
fn explorer_in_tmux_at_80x24() {
    if have_tmux() {
        drive(80, 24);
    }
}

//! What a program on a pseudo-terminal is doing with it, read through the master: its
//! terminal's local modes (Linux answers there, even after the program is gone), and
//! waits until a prompt reads — keys (a list, a yes/no: ICANON off) or a hidden line
//! (ECHO off). Sent before, a key waits in the line buffer and, where echo is on, its
//! echo (a new line) leaves the prompt's line behind on the screen; a hidden answer is
//! echoed.

use std::os::fd::AsRawFd;
use std::time::{Duration, Instant};

use rexpect::session::PtySession;

/// The terminal's local modes (`c_lflag`) now.
pub fn local_modes(p: &PtySession) -> libc::tcflag_t {
    // SAFETY: a zeroed termios is a valid out-parameter; the fd is the session's master.
    let mut t: libc::termios = unsafe { std::mem::zeroed() };
    let rc = unsafe { libc::tcgetattr(p.process().pty.as_raw_fd(), &mut t) };
    assert_eq!(rc, 0, "tcgetattr: {}", std::io::Error::last_os_error());
    t.c_lflag
}

fn wait_for_modes(p: &PtySession, what: &str, ready: impl Fn(libc::tcflag_t) -> bool) {
    let started = Instant::now();
    while !ready(local_modes(p)) {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "the prompt never {what}"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Waits until a list or a yes/no question reads keys.
pub fn wait_for_keys(p: &PtySession) {
    wait_for_modes(p, "read keys", |modes| modes & libc::ICANON == 0);
}

/// Waits until a hidden question hides what is typed.
pub fn wait_for_hidden(p: &PtySession) {
    wait_for_modes(p, "hid what is typed", |modes| modes & libc::ECHO == 0);
}

/// `dbxprov --home HOME ARGS...` for a pty with echo on, as a terminal has it (rexpect
/// turns it off), the secrets in the file store.
pub fn dbxprov_with_echo(home: &std::path::Path, args: &[&str]) -> std::process::Command {
    let mut cmd = std::process::Command::new("sh");
    cmd.args(["-c", "stty echo; exec \"$0\" \"$@\""])
        .arg(env!("CARGO_BIN_EXE_dbxprov"))
        .arg("--home")
        .arg(home)
        .args(args)
        .env("DBXPROV_SECRET_STORE", "file")
        .env("NO_COLOR", "1");
    cmd
}

//! The terminal as the process found it, given back when a signal ends the process: a
//! hidden answer turns echo off and a list hides the cursor, and Ctrl-C there (the
//! signal handler exits at once) must not leave the admin's shell without echo. Hidden
//! answers need a Unix terminal.

/// The modes of the terminal on stdin when the process started (nothing when stdin is
/// not a terminal).
pub struct TerminalModes {
    #[cfg(unix)]
    saved: Option<libc::termios>,
}

#[cfg(unix)]
fn modes_now() -> Option<libc::termios> {
    // SAFETY: a zeroed termios is a valid out-parameter, filled when the call succeeds;
    // tcgetattr is allowed from a background process group.
    let mut modes: libc::termios = unsafe { std::mem::zeroed() };
    let ok = unsafe { libc::tcgetattr(libc::STDIN_FILENO, &mut modes) } == 0;
    ok.then_some(modes)
}

#[cfg(unix)]
fn set_modes(modes: &libc::termios) -> std::io::Result<()> {
    // SAFETY: modes tcgetattr gave for the same descriptor (some flags changed).
    match unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, modes) } {
        0 => Ok(()),
        _ => Err(std::io::Error::last_os_error()),
    }
}

#[cfg(unix)]
fn same(a: &libc::termios, b: &libc::termios) -> bool {
    (a.c_iflag, a.c_oflag, a.c_cflag, a.c_lflag) == (b.c_iflag, b.c_oflag, b.c_cflag, b.c_lflag)
        && a.c_cc == b.c_cc
}

impl TerminalModes {
    pub fn capture() -> TerminalModes {
        #[cfg(unix)]
        return TerminalModes { saved: modes_now() };
        #[cfg(not(unix))]
        TerminalModes {}
    }

    /// Puts the modes back when something changed them (so a process that never asked
    /// anything, run in the background by `timeout` or cron, never touches the terminal:
    /// setting modes from a background process group stops it), and shows the cursor on a
    /// terminal.
    pub fn restore(&self) {
        #[cfg(unix)]
        if let (Some(saved), Some(now)) = (&self.saved, modes_now()) {
            if !same(saved, &now) {
                // SAFETY: ignoring SIGTTOU, for the one call that could raise it; the
                // process exits right after.
                unsafe { libc::signal(libc::SIGTTOU, libc::SIG_IGN) };
                let _ = set_modes(saved);
            }
        }
        let stderr = console::Term::stderr();
        if stderr.is_term() {
            let _ = stderr.show_cursor();
        }
    }
}

/// Echo off on stdin's terminal until dropped. Set with TCSANOW: what the admin typed
/// before stays to be read (dialoguer's hidden prompt flushes it, and a password typed
/// or pasted as the prompt appeared was lost). What was typed before the prompt was
/// echoed when it was typed: no terminal can take that back.
pub(crate) struct EchoOff {
    #[cfg(unix)]
    before: libc::termios,
}

impl EchoOff {
    /// Echo off now; an error when it cannot be turned off (the answer would show).
    pub(crate) fn now() -> std::io::Result<EchoOff> {
        #[cfg(unix)]
        {
            let before = modes_now().ok_or_else(|| {
                std::io::Error::new(std::io::ErrorKind::Unsupported, "stdin is not a terminal")
            })?;
            let mut hidden = before;
            hidden.c_lflag &= !libc::ECHO;
            set_modes(&hidden)?;
            Ok(EchoOff { before })
        }
        #[cfg(not(unix))]
        Err(std::io::Error::new(
            std::io::ErrorKind::Unsupported,
            "hidden answers need a Unix terminal: give the secret by file or variable",
        ))
    }
}

impl Drop for EchoOff {
    fn drop(&mut self) {
        #[cfg(unix)]
        let _ = set_modes(&self.before);
    }
}

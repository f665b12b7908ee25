//! The terminal as the process found it, given back when a signal ends the process: a
//! hidden answer turns echo off and a list hides the cursor, and Ctrl-C there (the
//! signal handler exits at once) must not leave the admin's shell without echo.

/// The modes of the terminal on stdin when the process started (nothing when stdin is
/// not a terminal).
pub struct TerminalModes {
    #[cfg(unix)]
    saved: Option<libc::termios>,
}

impl TerminalModes {
    pub fn capture() -> TerminalModes {
        #[cfg(unix)]
        {
            // SAFETY: a zeroed termios is a valid out-parameter, filled on success.
            let mut modes: libc::termios = unsafe { std::mem::zeroed() };
            let ok = unsafe { libc::tcgetattr(libc::STDIN_FILENO, &mut modes) } == 0;
            TerminalModes {
                saved: ok.then_some(modes),
            }
        }
        #[cfg(not(unix))]
        TerminalModes {}
    }

    /// Puts the modes back and shows the cursor; harmless when nothing changed them.
    pub fn restore(&self) {
        #[cfg(unix)]
        if let Some(modes) = &self.saved {
            // SAFETY: the modes tcgetattr gave for the same descriptor.
            unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, modes) };
            let _ = console::Term::stderr().show_cursor();
        }
    }
}

/// Echo off on stdin's terminal until dropped. Set with TCSANOW: what the admin typed
/// before stays to be read (dialoguer's hidden prompt flushes it, and a password typed
/// or pasted as the prompt appeared was lost). Nothing when stdin is not a terminal.
pub(crate) struct EchoOff {
    #[cfg(unix)]
    before: Option<libc::termios>,
}

impl EchoOff {
    pub(crate) fn now() -> EchoOff {
        #[cfg(unix)]
        {
            let before = TerminalModes::capture().saved;
            if let Some(mut hidden) = before {
                hidden.c_lflag &= !libc::ECHO;
                // SAFETY: modes tcgetattr gave for the same descriptor, one flag cleared.
                unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &hidden) };
            }
            EchoOff { before }
        }
        #[cfg(not(unix))]
        EchoOff {}
    }
}

impl Drop for EchoOff {
    fn drop(&mut self) {
        #[cfg(unix)]
        if let Some(before) = &self.before {
            // SAFETY: the modes tcgetattr gave for the same descriptor.
            unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, before) };
        }
    }
}

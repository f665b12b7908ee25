//! How the demo tells its story: each step as the command an admin would type, then what
//! it printed.

use crate::cli::output::{Paint, Printer};

/// Prints the demo's story (nothing with `--json` or `--quiet`).
pub(super) struct Narrator<'a> {
    pub(super) printer: &'a Printer,
}

impl Narrator<'_> {
    pub(super) fn step(&self, text: &str) {
        if !self.printer.json && !self.printer.quiet {
            let line = self.printer.paint(&format!("==> {text}"), Paint::Bold);
            crate::cli::output::say_out(format_args!("{line}"));
        }
    }

    pub(super) fn say(&self, text: String) {
        if !self.printer.json && !self.printer.quiet {
            crate::cli::output::say_out(format_args!("{text}"));
        }
    }
}

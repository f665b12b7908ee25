//! The `Printer`: results go to stdout as tables or one JSON document, rendered from the
//! same `Serialize` value; status lines, warnings and errors go to stderr; `--quiet`
//! silences all but errors.

use std::fmt::Display;
use std::io::{IsTerminal, Write};

use comfy_table::{presets, ContentArrangement, Table};
use serde::Serialize;

use super::progress::VerboseObserver;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, Debug)]
pub enum Paint {
    Good,
    Bad,
    Warn,
    Dim,
    Bold,
}

#[derive(Clone, Debug)]
pub struct Printer {
    pub json: bool,
    pub quiet: bool,
    pub verbose: bool,
    color_out: bool,
    color_err: bool,
}

fn use_color(choice: ColorChoice, is_terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

impl Printer {
    pub fn new(json: bool, quiet: bool, verbose: bool, color: ColorChoice) -> Printer {
        Printer {
            json,
            quiet,
            verbose,
            color_out: use_color(color, std::io::stdout().is_terminal()),
            color_err: use_color(color, std::io::stderr().is_terminal()),
        }
    }

    pub fn observer(&self) -> VerboseObserver {
        VerboseObserver {
            enabled: self.verbose,
            long_waits: !self.quiet,
        }
    }

    /// Prints a command's result: JSON with `--json`, else what `human` renders;
    /// nothing with `--quiet`.
    pub fn result<T: Serialize>(
        &self,
        value: &T,
        human: impl FnOnce(&T) -> String,
    ) -> anyhow::Result<()> {
        let text = if self.json {
            let mut s = serde_json::to_string_pretty(value)?;
            s.push('\n');
            s
        } else if self.quiet {
            return Ok(());
        } else {
            human(value)
        };
        let mut out = std::io::stdout().lock();
        out.write_all(text.as_bytes())?;
        out.flush()?;
        Ok(())
    }

    /// A line of narration on stderr (not with `--quiet`).
    pub fn status(&self, message: impl Display) {
        if !self.quiet {
            say_err(format_args!("{message}"));
        }
    }

    pub fn warn(&self, message: impl Display) {
        if !self.quiet {
            let label = self.paint_err("warning:", Paint::Warn);
            say_err(format_args!("{label} {message}"));
        }
    }

    fn paint_with(enabled: bool, text: &str, paint: Paint) -> String {
        if !enabled {
            return text.to_string();
        }
        // Whether to colour is decided above (flags, NO_COLOR, which stream is a terminal).
        let style = console::Style::new().force_styling(true);
        let style = match paint {
            Paint::Good => style.green(),
            Paint::Bad => style.red(),
            Paint::Warn => style.yellow(),
            Paint::Dim => style.dim(),
            Paint::Bold => style.bold(),
        };
        style.apply_to(text).to_string()
    }

    /// Colours text bound for stdout, when colour is on.
    pub fn paint(&self, text: &str, paint: Paint) -> String {
        Self::paint_with(self.color_out, text, paint)
    }

    /// Colours text bound for stderr, when colour is on.
    pub fn paint_err(&self, text: &str, paint: Paint) -> String {
        Self::paint_with(self.color_err, text, paint)
    }
}

/// A borderless table with a header row: fitted to a terminal's width, and one line per
/// row when piped (ids and reasons unbroken for grep, awk and files, whatever the width).
pub fn table<'a>(header: impl IntoIterator<Item = &'a str>) -> Table {
    let mut t = Table::new();
    let header: Vec<&str> = header.into_iter().collect();
    t.load_preset(presets::NOTHING).set_header(header);
    match terminal_width() {
        Some(width) => t
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(width),
        None => t.set_content_arrangement(ContentArrangement::Disabled),
    };
    for column in t.column_iter_mut() {
        column.set_padding((0, 2));
    }
    t
}

/// The width tables fit on stdout: `COLUMNS`, else the terminal's; `None` (no wrapping)
/// when stdout is not a terminal, or its width is unknown or too narrow to mean it (a
/// pseudo-terminal without a size reports 0).
fn terminal_width() -> Option<u16> {
    if !std::io::stdout().is_terminal() {
        return None;
    }
    let from_env = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse().ok());
    let width = from_env.or_else(|| console::Term::stdout().size_checked().map(|(_, w)| w))?;
    (width >= 40).then_some(width)
}

/// The table as text, without the padding comfy-table leaves at line ends. Fitted to a
/// terminal, each row stays one line: a cell too long for its column is cut with `...`
/// (the whole value is in `--json`, and in piped output, which is never cut).
pub fn render_table(t: &Table) -> String {
    let mut t = t.clone();
    if !matches!(t.content_arrangement(), ContentArrangement::Disabled) {
        for row in t.row_iter_mut() {
            row.max_height(1);
        }
    }
    let mut s = String::new();
    for line in t.lines() {
        s.push_str(line.trim_end());
        s.push('\n');
    }
    s
}

/// Two columns, field and value, for `show` commands.
pub fn fields<'a>(rows: impl IntoIterator<Item = (&'a str, String)>) -> String {
    let rows: Vec<_> = rows.into_iter().collect();
    let width = rows.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
    let mut s = String::new();
    for (k, v) in rows {
        let line = format!("{k:<width$}  {v}");
        s.push_str(line.trim_end());
        s.push('\n');
    }
    s
}

/// `yes` / `no`.
pub fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.to_string()
}

pub fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

/// A line on stderr; a closed stderr is not worth a panic.
pub fn say_err(line: std::fmt::Arguments<'_>) {
    let _ = writeln!(std::io::stderr(), "{line}");
}

/// A line on stdout outside of a result (the demo's narration); a reader that went away
/// ends the output quietly instead of a panic.
pub fn say_out(line: std::fmt::Arguments<'_>) {
    let _ = writeln!(std::io::stdout(), "{line}");
}

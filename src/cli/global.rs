//! The options every command takes (`--home`, `--json`, `--quiet`, ...) and what they
//! give a command: its printer, its progress bar, its opened home.

use std::path::PathBuf;
use std::sync::Arc;

use super::error::CliError;
use super::output::{ColorChoice, Printer};
use super::progress;
use crate::ops::{self, Access, Context};
use crate::settings::Settings;

#[derive(clap::Args, Debug, Clone)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Directory holding dbxprov's database (default: the platform data directory,
    /// e.g. ~/.local/share/dbxprov).
    #[arg(long, global = true, env = "DBXPROV_HOME", value_name = "DIR")]
    pub(crate) home: Option<PathBuf>,
    /// Print results as one JSON document on stdout.
    #[arg(long, global = true)]
    pub(crate) json: bool,
    /// Print nothing but errors.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub(crate) quiet: bool,
    /// Say more on stderr: every HTTP request with its status and duration, and retries.
    #[arg(short, long, global = true)]
    pub(crate) verbose: bool,
    /// Never show progress bars.
    #[arg(long, global = true)]
    pub(crate) no_progress: bool,
    /// When to colour the output (NO_COLOR in the environment means never).
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub(crate) color: ColorChoice,
    /// What the environment set: read once by `main`, before anything runs.
    #[arg(skip)]
    pub settings: Arc<Settings>,
}

impl GlobalArgs {
    pub fn printer(&self) -> Printer {
        Printer::new(
            self.json,
            self.quiet,
            self.verbose,
            self.color,
            self.settings.clone(),
        )
    }

    /// The engine's progress bar: only on a terminal, never with `--quiet`, `--json` or
    /// `--no-progress`.
    pub(crate) fn progress_bar(&self) -> progress::Bar {
        progress::Bar::new(!(self.quiet || self.json || self.no_progress), !self.quiet)
    }

    /// Opens the home the flags name for `access` (a command that writes creates it on
    /// first use; one that only reads needs it to exist, and reads one it cannot write).
    pub(crate) fn context(&self, printer: &Printer, access: Access) -> anyhow::Result<Context> {
        let home = match &self.home {
            Some(h) => h.clone(),
            None => ops::default_home().ok_or_else(|| {
                CliError::config("cannot find a data directory for this user")
                    .with_hint("pass --home DIR or set DBXPROV_HOME")
            })?,
        };
        let settings = (*self.settings).clone();
        let mut ctx = Context::open(&home, access, Arc::new(printer.observer()), settings)?;
        ctx.now = clock_override(&self.settings)?;
        Ok(ctx)
    }
}

/// `DBXPROV_NOW`: the time schedules read, for tests and for checking what
/// `sync run --due` would do at another time.
fn clock_override(settings: &Settings) -> anyhow::Result<Option<i64>> {
    let Some(text) = &settings.now else {
        return Ok(None);
    };
    match ops::parse_rfc3339(text) {
        Some(t) => Ok(Some(t)),
        None => Err(CliError::config(format!(
            "DBXPROV_NOW={text:?} is not a time in RFC 3339 (UTC)"
        ))
        .with_hint("e.g. DBXPROV_NOW=2026-12-03T10:00:00Z, or unset it to use the clock")
        .into()),
    }
}

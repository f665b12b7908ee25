//! One module per command group, one file per command (args struct and `cmd_*` side by side).

pub(crate) mod check;
pub(crate) mod completions;
pub(crate) mod connection;
#[cfg(feature = "demo")]
pub(crate) mod demo;
pub mod directory;
pub(crate) mod notify;
pub(crate) mod rule;
pub(crate) mod setup;
pub(crate) mod sync;

use clap::ValueEnum;

/// A `--x` / `--no-x` pair: `None` when neither is given (the setting stays).
pub(crate) fn flag_pair(yes: bool, no: bool) -> Option<bool> {
    match (yes, no) {
        (true, _) => Some(true),
        (_, true) => Some(false),
        _ => None,
    }
}

/// `--format csv|json` of import and export.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub(crate) enum FormatArg {
    Csv,
    Json,
}

impl From<FormatArg> for crate::import_export::Format {
    fn from(f: FormatArg) -> Self {
        match f {
            FormatArg::Csv => crate::import_export::Format::Csv,
            FormatArg::Json => crate::import_export::Format::Json,
        }
    }
}

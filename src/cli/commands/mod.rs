//! One module per command group, one file per command (args struct and `cmd_*` side by side).

pub mod completions;
pub mod connection;
#[cfg(feature = "demo")]
pub mod demo;
pub mod directory;
pub mod rule;
pub mod sync;

use clap::ValueEnum;

/// `--format csv|json` of import and export.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum FormatArg {
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

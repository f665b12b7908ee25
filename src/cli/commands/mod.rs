//! One module per command group, one file per command (args struct and `cmd_*` side by side).

pub mod completions;
pub mod connection;
pub mod demo;

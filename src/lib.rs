//! dbxprov: provisions Dropbox teams from an identity directory.
//!
//! Layering, from the edge inwards (a module may use only those below it):
//! - [`cli`]: the only place that knows clap, dialoguer, comfy-table, or prints and prompts;
//! - [`ops`]: what each command does, on plain settings, returning `Serialize` data;
//! - [`store`] (SQLite, the only place with SQL), [`secrets`] (keyring, file, environment),
//!   [`dropbox`] (the team API client), [`directory`] (import and export formats, import plans);
//! - [`model`] and [`error`]: plain types, no I/O.

// Only the CLI prints: everything else returns values and reports progress through traits.
#![deny(clippy::print_stdout, clippy::print_stderr)]

pub mod cli;
pub mod directory;
pub mod dropbox;
pub mod error;
pub mod home;
pub mod mapping;
pub mod model;
pub mod ops;
pub mod secrets;
pub mod store;
pub mod sync;

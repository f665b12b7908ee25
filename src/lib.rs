//! dbxprov: provisions Dropbox teams from an identity directory.
//!
//! Layering, from the bottom up; a module imports only from its own layer or the ones
//! below it (`tests/layers.rs` checks this, and that no modules import each other):
//! 1. [`model`]: plain types and their validation ([`model::Invalid`]), no I/O;
//!    [`settings`]: the environment's variables, read once when the binary starts (the
//!    only module that reads the environment); [`progress`]: the trait through which
//!    work reports its steps;
//! 2. [`dropbox`]: the team API client and its typed errors;
//! 3. [`error`]: the core's error, as data: what happened, with the values to explain it;
//! 4. [`home`], [`mapping`] (expressions), [`import_export`] (file formats, import plans),
//!    then [`secrets`] (keyring, file, environment) and [`store`] (SQLite, the only place
//!    with SQL);
//! 5. [`sync`]: the pure plan and the executor that applies it;
//! 6. [`ops`]: what each command does, on plain settings, returning `Serialize` data;
//! 7. [`cli`]: the only place that knows clap, dialoguer, comfy-table, or prints and
//!    prompts, and the only one that puts errors into words and exit codes.

// Only the CLI prints: everything else returns values and reports progress through traits.
#![deny(clippy::print_stdout, clippy::print_stderr)]

pub mod cli;
pub mod dropbox;
pub mod error;
pub(crate) mod home;
pub mod import_export;
pub(crate) mod mapping;
pub(crate) mod model;
pub mod ops;
pub mod progress;
pub mod secrets;
pub mod settings;
pub mod store;
pub mod sync;

//! dbxprov: provisions Dropbox teams from an identity directory.
//!
//! Layering, from the bottom up; a module imports only from its own layer or the ones
//! below it (`tests/layers.rs` checks this with the same numbers, and that no modules
//! import each other):
//! 1. `model`: plain types and their validation (`model::Invalid`), no I/O;
//!    `settings`: the environment's variables, read once when the binary starts (the
//!    only module that reads the environment); `progress`: the trait through which
//!    work reports its steps;
//! 2. `dropbox`: the team API client and its typed errors; `ldap`: the directory
//!    client (complete searches or an error); `notify`: webhooks and mail, bounded;
//! 3. `error`: the core's error, as data: what happened, with the values to explain it;
//! 4. `home`, `mapping` (expressions), `import_export` (file formats, import plans);
//! 5. `secrets` (keyring, file, environment overrides) and `store` (SQLite, the only
//!    place with SQL);
//! 6. `sync`: the engine by direction, its plans pure, their application journaled;
//! 7. `ops`: what each command does, on plain values, returning `Serialize` data;
//! 8. `cli`: the only place that knows clap, dialoguer, comfy-table, or prints and
//!    prompts, and the only one that puts errors into words and exit codes.

// The library serves the binary, its tests and benches: its docs are read with
// `cargo doc --document-private-items`, where a link to a crate-private item resolves.
#![allow(rustdoc::private_intra_doc_links)]
// Only the CLI prints: everything else returns values and reports progress through traits.
#![deny(clippy::print_stdout, clippy::print_stderr)]

pub mod cli;
pub mod dropbox;
pub mod error;
pub(crate) mod home;
pub mod import_export;
pub(crate) mod ldap;
pub(crate) mod mapping;
pub(crate) mod model;
pub(crate) mod notify;
pub mod ops;
pub mod progress;
pub mod secrets;
pub mod settings;
pub mod store;
pub mod sync;

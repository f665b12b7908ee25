//! Every integration test, as modules of one test binary (as jj's `runner.rs`): the
//! binary links once, and its tests share one pool of threads instead of 23 binaries
//! running one after another. Each module says what it tests; `common` is what they
//! share (the real binary, the emulator, fixtures).
//!
//! One module's tests: `cargo test --test runner promises::`.

mod common;

mod ad;
mod approve;
mod audit;
mod changes;
mod client;
mod completions;
mod concurrency;
mod connection;
mod demo;
mod deploy;
mod directory;
mod docs;
mod drift;
mod engine;
mod explain;
mod fidelity;
mod groups;
mod help;
mod inbound;
mod layers;
mod ldap;
mod man;
mod mistakes;
mod monitor;
mod notify;
mod on_demand;
mod pipes;
mod progress;
mod promises;
mod readme;
mod rule;
mod secrets;
mod setup;
mod setup_directory;
mod snapshots;
mod staged;
mod store;
mod sync;
mod terminal;
mod times;
mod undo;

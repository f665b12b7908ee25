//! `dbx-emulator`: a strict, stateful emulator of the Dropbox team API on loopback.
//!
//! It owns everything dbxprov's tests and `dbxprov demo` need from "Dropbox": the OAuth
//! endpoints (`/oauth2/authorize`, `/oauth2/token`) and the `/2/team/*` routes (the team's
//! info, its members and its groups, kept in memory for the life of the server), with the
//! wire rules of `docs/dropbox-api.md` enforced as the real service
//! enforces them (bad content type, unknown field, missing bearer token are rejected the
//! same way). It can inject latency, 429s and 5xx at configurable rates (and 5xx after a
//! write was applied, the answer lost), so the client's retry logic is tested over real
//! HTTP; [`Stats::malformed`] counts the 400s it gave, which a correct client never gets.
//!
//! [`spawn`] runs the server on its own thread and runtime, so synchronous tests and async
//! callers use it the same way; dropping the [`EmulatorHandle`] stops it. The handle also
//! lets tests set the team up ([`EmulatorHandle::seed_members`],
//! [`EmulatorHandle::seed_group`]), look behind the API ([`EmulatorHandle::members`],
//! [`EmulatorHandle::groups`], [`EmulatorHandle::audit`]) and play the members' part
//! ([`EmulatorHandle::accept_invites`]).
//!
//! Adding routes (as `team/groups/*` were): declare the argument types (with `Validate`) in a
//! data module, the state in the `Team` (one lock covers it all), and the handlers in a
//! routes module that lists `route::Route`s and `route::serve`s them, as `members` does;
//! a handler returns `Ok(result)` or a `Refusal`, and the plumbing does the rest.

// Handlers short-circuit with the `Response` the real service would send; boxing it
// everywhere would only add noise to an emulator.
#![allow(clippy::result_large_err)]

// The modules in three layers, bottom first (sorted by name within a layer). A module
// imports only from its own layer or the layers below, never in a circle, and never from
// this root, which only declares and re-exports.
// Plain data, and how it is written on the wire:
mod audit;
mod config;
mod faults;
mod group;
mod group_args;
mod group_json;
mod ids;
mod member;
mod member_args;
mod member_json;
mod refusal;
mod stats;
mod unions;
mod validate;
// Team state:
mod cursors;
mod group_table;
mod jobs;
mod roster;
mod state;
mod team;
// HTTP plumbing and route handlers:
mod groups;
mod launch;
mod members;
mod oauth;
mod route;
mod server;
mod team_info;

pub use audit::AuditEntry;
pub use config::{Config, FailingJobs};
pub use group::{GroupManagementType, GroupSnapshot};
pub use member::{MemberSnapshot, MemberStatus, SeedMember, RECOVERY_WINDOW};
pub use server::{spawn, EmulatorHandle};
pub use stats::Stats;

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

// The modules by feature: the members (`members/`: their data, arguments and JSON, the
// roster that holds them, and their routes), the groups (`groups/`, likewise), the team's
// state (`state/`: one lock over the roster, the groups, the cursors and the jobs), the
// wire (`wire/`: unions, argument checks, refusals, faults, the route plumbing, async
// jobs), the OAuth endpoints, the team's info, the server; and what they all read
// (config, ids, audit, stats). Their layers, bottom first, are checked by
// `tests/layers.rs`: plain data and how it is written (1), what every part reads (2),
// team state (3), HTTP (4). A module imports only from its own layer or those below,
// never in a circle, and never from this root, which only declares and re-exports.
mod ad;
mod audit;
mod config;
mod groups;
mod ids;
mod members;
mod oauth;
mod server;
mod state;
mod stats;
mod team_info;
mod wire;

pub use ad::{group_dn as ad_group_dn, spawn_ad, AdConfig, AdHandle, AdUser, AD_BASE};
pub use audit::AuditEntry;
pub use config::{Config, FailingJobs};
pub use groups::group::{GroupManagementType, GroupSnapshot};
pub use members::member::{MemberSnapshot, MemberStatus, SeedMember, RECOVERY_WINDOW};
pub use server::{spawn, EmulatorHandle};
pub use stats::Stats;

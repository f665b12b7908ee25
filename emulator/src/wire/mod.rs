//! How the emulator speaks Dropbox's wire protocol: the tagged unions of its JSON
//! ([`unions`]), the argument checks that answer 400 ([`validate`]), the route errors it
//! refuses with ([`refusal`]), the faults it injects ([`faults`]), one route plumbing for
//! every endpoint ([`route`]) and the async jobs' launch and polls ([`launch`]).

pub(crate) mod faults;
pub(crate) mod launch;
pub(crate) mod refusal;
pub(crate) mod route;
pub(crate) mod unions;
pub(crate) mod validate;

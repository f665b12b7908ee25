//! The provisioning engine, by direction. [`outbound`]: the directory's users in a rule's
//! scope become Dropbox members (and its groups Dropbox groups): a pure plan from the
//! directory, the team as read and the remembered links, then its application through
//! the API. [`inbound`]: the team's members become directory users of one population,
//! the same way. [`guard`], the deletion guard, and [`Verdict`], where a user stands after a run,
//! serve both.

pub(crate) mod guard;
pub(crate) mod inbound;
pub mod outbound;
pub(crate) mod verdict;

pub(crate) use verdict::Verdict;

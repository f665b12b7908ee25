//! The outbound direction: directory users -> Dropbox members and groups. [`plan`] is
//! the pure plan of the users ([`plan_groups`] of the groups, from its outcome),
//! [`licenses`] what it does to the team's licenses, [`settle`] how earlier unknown
//! operations turned out; [`apply`] sends the users' operations, [`apply_groups`] the
//! groups'.

pub mod apply;
pub mod apply_groups;
pub(crate) mod drift;
pub(crate) mod licenses;
pub mod plan;
pub(crate) mod plan_groups;
pub(crate) mod settle;
pub(crate) mod undo;

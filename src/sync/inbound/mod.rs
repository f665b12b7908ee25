//! The inbound direction: [`plan_inbound`] turns the team's members (as the rule's
//! filter and mappings see them), the directory users the rule brought in and the rest
//! of the directory into directory writes, each with its reason (a pure function);
//! [`apply_inbound`] makes them, all in one transaction. The groups an LDAP rule brings
//! in follow, planned the same way ([`plan_groups`], after [`flatten`]) and applied by
//! [`apply_groups`].
//!
//! What it guarantees, whatever the input: a directory user the rule did not bring in is
//! never changed or deleted (a member whose email or username another user holds is a
//! conflict, reported and left alone); a member whose filter fails keeps its user as it
//! is (an error must not delete people).

mod apply;
mod apply_groups;
mod changes;
mod groups;
mod origin;
mod plan;

pub(crate) use apply::{apply_inbound, Written};
pub(crate) use apply_groups::apply_groups;
pub(crate) use groups::GroupOperation as DirectoryGroupOperation;
pub(crate) use groups::*;
pub(crate) use origin::Origin;
pub(crate) use plan::*;

#[cfg(test)]
mod tests;

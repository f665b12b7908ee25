//! Owns [`GroupTable`], the team's groups: empty, and without behaviour, until the
//! `team/groups/*` routes arrive. It sits in the `Team` next to the roster,
//! under the same lock, so that removing a member can update its groups atomically.

/// The team's groups (none yet).
#[derive(Default)]
pub(crate) struct GroupTable {}

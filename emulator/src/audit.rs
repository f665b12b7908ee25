//! Owns [`AuditEntry`], the record of one write call that tests read through
//! `EmulatorHandle::audit`. Plain data, a leaf.

use serde_json::Value;

/// A write call (members add, set_profile, suspend, unsuspend, remove; groups create,
/// update, delete, members add and remove) that passed the wire checks, whatever its outcome.
#[derive(Clone, Debug, PartialEq)]
pub struct AuditEntry {
    /// The API function, as Dropbox names it in errors: `team/members/remove`.
    pub route: String,
    /// The argument exactly as sent: an omitted field is absent, not defaulted.
    pub arg: Value,
}

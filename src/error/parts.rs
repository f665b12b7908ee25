//! The values an error carries so that a caller can match on it and explain it: the
//! thing a name was looked up as, the file action or database step that failed, why a
//! home is not trusted, what stopped a run at the deletion guard.

use std::fmt;
use std::path::PathBuf;

use crate::model::Direction;

/// The named things a user refers to in commands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Thing {
    Connection,
    Rule,
    Population,
    Group,
    User,
    Run,
    Notifier,
}

impl fmt::Display for Thing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Thing::Connection => "connection",
            Thing::Rule => "rule",
            Thing::Population => "population",
            Thing::Group => "group",
            Thing::User => "user",
            Thing::Run => "run",
            Thing::Notifier => "notifier",
        })
    }
}

/// What was being done to a file when it failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileAction {
    CreateDirectory,
    Open,
    Read,
    Write,
    Stat,
    SetPermissions,
    Lock,
    Remove,
}

impl fmt::Display for FileAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FileAction::CreateDirectory => "create the directory",
            FileAction::Open => "open",
            FileAction::Read => "read",
            FileAction::Write => "write",
            FileAction::Stat => "stat",
            FileAction::SetPermissions => "set the permissions of",
            FileAction::Lock => "lock",
            FileAction::Remove => "remove",
        })
    }
}

/// What the database was doing when it failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DatabaseStep {
    Query,
    Open(PathBuf),
    Migrate(usize),
    EnableWal,
}

impl fmt::Display for DatabaseStep {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DatabaseStep::Query => f.write_str("database error"),
            DatabaseStep::Open(path) => write!(f, "cannot open the database {}", path.display()),
            DatabaseStep::Migrate(n) => write!(f, "schema migration {n} failed"),
            DatabaseStep::EnableWal => f.write_str("cannot switch the database to WAL"),
        }
    }
}

/// Why a home (or its database) is not to be trusted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Untrusted {
    /// Owned by another user (this uid).
    OwnedBy(u32),
    /// Its group or others may write it (this mode).
    Writable(u32),
}

impl fmt::Display for Untrusted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Untrusted::OwnedBy(uid) => write!(f, "it belongs to another user (uid {uid})"),
            Untrusted::Writable(mode) => {
                write!(f, "others can write to it (mode {:o})", mode & 0o777)
            }
        }
    }
}

/// Why a guard stopped a run, with the figures that explain it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GuardStop {
    pub(crate) rule: String,
    /// Inbound runs delete or disable directory users, outbound ones deprovision members.
    pub(crate) direction: Direction,
    pub(crate) dry_run: bool,
    /// The scope was empty while members are linked.
    pub(crate) empty_scope: bool,
    pub(crate) linked: u64,
    pub(crate) deprovisions: u64,
    pub(crate) allowed: u64,
    /// The `--allow-deletes` figure that lets this plan through, when deletions tripped.
    pub(crate) allow_deletes_needed: Option<u64>,
    /// Members whose email or external id would change, and members unsuspended, against
    /// the members linked and their limit.
    pub(crate) identity_changes: u64,
    pub(crate) unsuspends: u64,
    pub(crate) changes_linked: u64,
    pub(crate) changes_allowed: u64,
    /// The `--allow-changes` figure that lets this plan through, when changes tripped.
    pub(crate) allow_changes_needed: Option<u64>,
    /// Groups deleted, owned, allowed.
    pub(crate) group_deletions: (u64, u64, u64),
    /// Memberships removed, in the rule's groups, allowed.
    pub(crate) membership_removals: (u64, u64, u64),
}

impl fmt::Display for GuardStop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inbound = self.direction == Direction::Inbound;
        if self.empty_scope {
            let (scope, held, step) = if inbound {
                (
                    "no team member in its scope",
                    "users it brought in",
                    "deleting",
                )
            } else {
                ("no users in scope", "linked members", "deprovisioning")
            };
            return write!(
                f,
                "rule {:?} has {scope} but {} {held}: stopped before {step} any; nothing was applied",
                self.rule, self.linked
            );
        }
        let mut over = Vec::new();
        if self.deprovisions > self.allowed {
            let (verb, held) = if inbound {
                ("delete or disable", "users it brought in")
            } else {
                ("deprovision", "linked members")
            };
            over.push(format!(
                "{verb} {} of its {} {held}, more than its limit of {}",
                self.deprovisions, self.linked, self.allowed
            ));
        }
        let (deleted, owned, allowed) = self.group_deletions;
        if deleted > allowed {
            over.push(format!(
                "delete {deleted} of its {owned} groups, more than its limit of {allowed}"
            ));
        }
        let (removed, memberships, allowed) = self.membership_removals;
        if removed > allowed {
            over.push(format!(
                "remove {removed} of the {memberships} memberships of its groups, more than its limit of {allowed}"
            ));
        }
        let (linked, allowed) = (self.changes_linked, self.changes_allowed);
        if self.identity_changes > allowed {
            over.push(format!(
                "change the email or external id of {} of its {linked} members, more than its limit of {allowed}",
                self.identity_changes
            ));
        }
        if self.unsuspends > allowed {
            over.push(format!(
                "unsuspend {} of its {linked} members, more than its limit of {allowed}",
                self.unsuspends
            ));
        }
        write!(
            f,
            "rule {:?} would {}; nothing was applied",
            self.rule,
            over.join(" and ")
        )
    }
}

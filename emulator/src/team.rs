//! Owns [`Team`], everything the team routes read and change, kept together under one
//! lock (see `state`) so that each call is atomic, as Dropbox's are, and a change that
//! touches members and groups (a member's removal) is one step. Above the roster, the
//! group table, cursors, jobs, audit and ids; below the route plumbing.

use serde_json::Value;

use crate::audit::AuditEntry;
use crate::cursors::Cursors;
use crate::group_table::GroupTable;
use crate::ids::Ids;
use crate::jobs::Jobs;
use crate::roster::{ListPosition, Roster};

pub(crate) struct Team {
    /// One source for every id the team hands out, in the order calls ask for them.
    pub ids: Ids,
    pub roster: Roster,
    #[allow(dead_code)] // Read and written once the groups routes arrive.
    pub groups: GroupTable,
    pub member_cursors: Cursors<ListPosition>,
    pub jobs: Jobs,
    /// The write calls, oldest first.
    pub audit: Vec<AuditEntry>,
}

impl Team {
    pub fn new(seed: u64) -> Self {
        Team {
            // Apart from the fault dice, so ids do not depend on how many faults were rolled.
            ids: Ids::new(seed ^ 0x006d_656d_6265_7273),
            roster: Roster::default(),
            groups: GroupTable::default(),
            member_cursors: Cursors::new(),
            jobs: Jobs::new(),
            audit: Vec::new(),
        }
    }

    /// Records a write call that passed the wire checks, whatever its outcome.
    pub fn record_write(&mut self, function: &str, sent: Value) {
        self.audit.push(AuditEntry {
            route: function.to_string(),
            arg: sent,
        });
    }
}

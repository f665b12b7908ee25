//! Applying the plan of an LDAP rule's groups: in one transaction (one that fails — a
//! name taken by hand since the plan — is undone alone and reported, as
//! [`Store::write_operations`] does it), each journaled with its result.

use super::groups::{GroupAction, GroupOperation, GroupsPlan};
use crate::error::Result;
use crate::model::{new_id, JournalStatus};
use crate::store::{self, Store};

/// What writing one group operation did: the group's id, or the error.
pub(crate) type GroupWritten = (GroupOperation, std::result::Result<String, String>);

pub(crate) fn apply_groups(
    store: &mut Store,
    (rule_id, run_id): (i64, i64),
    plan: &GroupsPlan,
) -> Result<Vec<GroupWritten>> {
    store.write_operations(|tx, alone| {
        let mut written = Vec::new();
        for op in &plan.operations {
            let result = store::each(tx, alone, || write_one(tx, rule_id, op))?;
            let result = result.map_err(|e| e.with_causes());
            journal(tx, run_id, op, &result)?;
            written.push((op.clone(), result));
        }
        Ok(written)
    })
}

/// Journals what writing `op` did, under the group's id (a created group's new one).
fn journal(
    tx: &store::Tx<'_>,
    run_id: i64,
    op: &GroupOperation,
    result: &std::result::Result<String, String>,
) -> Result<()> {
    let action = serde_json::to_value(&op.action).unwrap_or_default();
    let detail = store::detail_with_changes(action, &op.changes).to_string();
    let (user_id, status, error) = match result {
        Ok(id) => (id.as_str(), JournalStatus::Ok, None),
        Err(e) => (
            op.group_id.as_str(),
            JournalStatus::Failed,
            Some(e.as_str()),
        ),
    };
    let entry = store::Written {
        user_id,
        email: &op.name,
        action: op.action.kind(),
        detail: &detail,
        reason: &op.reason,
        status,
        error,
    };
    store::journal_written(tx, run_id, &entry)
}

fn write_one(tx: &store::Tx<'_>, rule_id: i64, op: &GroupOperation) -> Result<String> {
    match &op.action {
        GroupAction::Create { source_id, members } => {
            let id = new_id("g-");
            store::insert_group(tx, &id, &op.name)?;
            store::link_inbound_group(tx, rule_id, source_id, &id)?;
            for user in members {
                store::set_membership(tx, &id, user, true)?;
            }
            Ok(id)
        }
        GroupAction::Rename { .. } => {
            store::rename_group(tx, &op.group_id, &op.name)?;
            Ok(op.group_id.clone())
        }
        GroupAction::Members { add, remove } => {
            for user in add {
                store::set_membership(tx, &op.group_id, user, true)?;
            }
            for user in remove {
                store::set_membership(tx, &op.group_id, user, false)?;
            }
            Ok(op.group_id.clone())
        }
        GroupAction::Delete => {
            store::delete_group(tx, &op.group_id)?;
            Ok(op.group_id.clone())
        }
    }
}

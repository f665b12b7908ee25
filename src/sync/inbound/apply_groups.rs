//! Applying the plan of an LDAP rule's groups: in one transaction (one that fails — a
//! name taken by hand since the plan — is undone alone and reported, as
//! [`Store::write_operations`] does it).

use super::groups::{GroupAction, GroupOperation, GroupsPlan};
use crate::error::Result;
use crate::model::new_id;
use crate::store::{self, Store};

/// What writing one group operation did: the group's id, or the error.
pub(crate) type GroupWritten = (GroupOperation, std::result::Result<String, String>);

pub(crate) fn apply_groups(
    store: &mut Store,
    rule_id: i64,
    plan: &GroupsPlan,
) -> Result<Vec<GroupWritten>> {
    store.write_operations(|tx, alone| {
        let mut written = Vec::new();
        for op in &plan.operations {
            let result = store::each(tx, alone, || write_one(tx, rule_id, op))?;
            written.push((op.clone(), result.map_err(|e| e.with_causes())));
        }
        Ok(written)
    })
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

//! Applying an inbound plan: its directory writes in one transaction, each under a
//! savepoint of its own and journaled with its result.

use std::collections::HashMap;

use super::plan::{DirectoryAction, DirectoryOperation, InboundPlan};
use crate::error::Result;
use crate::model::{new_id, JournalStatus, User};
use crate::store::{self, Store};

/// What writing one operation did.
#[derive(Clone, Debug)]
pub(crate) struct Written {
    pub(crate) operation: DirectoryOperation,
    /// The user's id (a created user's new one), or the error.
    pub(crate) result: std::result::Result<String, String>,
}

/// Writes the plan's operations in one transaction, each journaled with its result; an
/// operation that fails (a user changed by hand since the plan) is undone alone and the
/// others are kept ([`Store::write_operations`]).
pub(crate) fn apply_inbound(
    store: &mut Store,
    rule_id: i64,
    population: &str,
    run_id: i64,
    plan: &InboundPlan,
    owned: &HashMap<String, User>,
) -> Result<Vec<Written>> {
    store.write_operations(|tx, alone| {
        let populations = store::population_ids(tx)?;
        let target = Target {
            rule_id,
            population,
            populations: &populations,
            renamed: false,
            owned,
        };
        let target = Target {
            renamed: rename_together(tx, &target, plan)?,
            ..target
        };
        let mut written = Vec::with_capacity(plan.operations.len());
        for op in &plan.operations {
            let result = store::each(tx, alone, || write_unless_renamed(tx, &target, op))?;
            written.push(journaled(tx, run_id, op, result)?);
        }
        Ok(written)
    })
}

/// Writes `op`, unless [`rename_together`] wrote it already.
fn write_unless_renamed(
    tx: &store::Tx<'_>,
    target: &Target<'_>,
    op: &DirectoryOperation,
) -> Result<String> {
    match target.renamed && op.action.renames() {
        true => Ok(op.user_id.clone()),
        false => write_one(tx, target, op),
    }
}

/// Journals what writing `op` did.
fn journaled(
    tx: &store::Tx<'_>,
    run_id: i64,
    op: &DirectoryOperation,
    result: Result<String>,
) -> Result<Written> {
    let (status, error) = match &result {
        Ok(_) => (JournalStatus::Ok, None),
        Err(e) => (JournalStatus::Failed, Some(e.with_causes())),
    };
    let action = serde_json::to_value(&op.action).unwrap_or_default();
    let detail = store::detail_with_changes(action, &op.changes).to_string();
    let user_id = result.as_ref().map_or(op.user_id.as_str(), String::as_str);
    let entry = store::Written {
        user_id,
        email: &op.email,
        action: op.action.kind(),
        detail: &detail,
        reason: &op.reason,
        status,
        error: error.as_deref(),
    };
    store::journal_written(tx, run_id, &entry)?;
    Ok(Written {
        operation: op.clone(),
        result: result.map_err(|e| e.with_causes()),
    })
}

/// The updates that change emails or usernames, written together: each user is first
/// parked on a placeholder, then given its new values, so users that swap or pass on
/// addresses never meet the unique indexes half-way. Returns whether it worked; if not
/// (a user changed by hand since the plan), nothing of it stays and the updates are
/// written one by one.
fn rename_together(tx: &store::Tx<'_>, target: &Target<'_>, plan: &InboundPlan) -> Result<bool> {
    let renames: Vec<&DirectoryOperation> = plan
        .operations
        .iter()
        .filter(|op| op.action.renames())
        .collect();
    if renames.len() < 2 {
        return Ok(false);
    }
    let together = store::alone(tx, || {
        for op in &renames {
            store::park_identity(tx, &op.user_id)?;
        }
        for op in &renames {
            write_one(tx, target, op)?;
        }
        Ok(())
    })?;
    Ok(together.is_ok())
}

/// Where an inbound rule writes, and what it writes over.
struct Target<'a> {
    rule_id: i64,
    population: &'a str,
    populations: &'a HashMap<String, i64>,
    /// The users the rule brought in before, by id.
    owned: &'a HashMap<String, User>,
    /// The updates that change emails or usernames were written together.
    renamed: bool,
}

fn write_one(tx: &store::Tx<'_>, target: &Target<'_>, op: &DirectoryOperation) -> Result<String> {
    let (rule_id, population, owned) = (target.rule_id, target.population, target.owned);
    let population_id = |name: &str| {
        target
            .populations
            .get(&name.to_lowercase())
            .copied()
            .ok_or_else(|| crate::error::Error::not_found(crate::error::Thing::Population, name))
    };
    let user = || {
        owned.get(&op.user_id).cloned().ok_or_else(|| {
            crate::error::Error::not_found(crate::error::Thing::User, op.user_id.as_str())
        })
    };
    match &op.action {
        DirectoryAction::Create { source_id, profile } => {
            let t = store::now();
            let user = User {
                id: new_id("u-"),
                username: profile.username.clone(),
                email: profile.email.clone(),
                given_name: profile.given_name.clone(),
                surname: profile.surname.clone(),
                enabled: profile.enabled,
                population: String::new(),
                attributes: profile.attributes.clone(),
                groups: Vec::new(),
                provenance: None,
                created_at: t,
                updated_at: t,
            };
            store::upsert_user(tx, &user, population_id(population)?)?;
            store::link_inbound(tx, rule_id, source_id, &user.id)?;
            Ok(user.id)
        }
        DirectoryAction::Update { changes } => {
            let mut u = user()?;
            changes.apply(&mut u);
            u.updated_at = store::now();
            store::upsert_user(tx, &u, population_id(&u.population)?)?;
            if let Some(member) = &changes.source_id {
                store::link_inbound(tx, rule_id, member, &u.id)?;
            }
            Ok(u.id)
        }
        DirectoryAction::Disable => {
            let mut u = user()?;
            u.enabled = false;
            u.updated_at = store::now();
            store::upsert_user(tx, &u, population_id(&u.population)?)?;
            Ok(u.id)
        }
        DirectoryAction::Delete => {
            let u = user()?;
            store::delete_user(tx, &u.id)?;
            Ok(u.id)
        }
    }
}

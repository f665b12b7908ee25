//! Settling the operations of earlier runs whose outcome was never known (the process
//! died, the answer was lost): a pure function from those journal rows, the team as this
//! run read it and this run's plan to how each is settled, and with what evidence. The
//! journal says "applied" only when the team shows it: a create by a member that carries
//! the external id it gave, any other operation by its user's member read as wanted.

use std::collections::{HashMap, HashSet};

use super::plan::{Action, LostCreate, Member, Operation};
use crate::model::JournalStatus;
use crate::store::JournalEntry;

/// How one operation of an earlier run is settled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Settlement {
    /// A member on the team carries the external id the create gave.
    Created,
    /// The user is still in scope and the plan has nothing of that kind left to do: the
    /// team reads as the operation wanted.
    AsWanted,
    /// The plan does it again: it was not applied.
    Redone,
    /// No member carries the external id the create gave.
    NotCreated,
    /// The user left the scope: nothing this run read tells.
    Unknowable,
}

impl Settlement {
    pub fn status(self) -> JournalStatus {
        match self {
            Settlement::Created | Settlement::AsWanted => JournalStatus::Ok,
            Settlement::Redone | Settlement::NotCreated => JournalStatus::Failed,
            Settlement::Unknowable => JournalStatus::Unknown,
        }
    }

    /// The note the journal keeps, naming the run that settled it.
    pub fn note(self, run_id: i64) -> String {
        match self {
            Settlement::Created => {
                format!("applied: run {run_id} found the member it created on the team")
            }
            Settlement::AsWanted => {
                format!("applied: run {run_id} read the member as wanted")
            }
            Settlement::Redone => {
                format!("not applied: run {run_id} found it still to do, and does it")
            }
            Settlement::NotCreated => {
                format!("not applied: run {run_id} found no member with its external id")
            }
            Settlement::Unknowable => {
                format!("unknown: the user had left the scope when run {run_id} could have told")
            }
        }
    }
}

/// The creates among unsettled operations: the members they may have made carry these
/// external ids (the plan claims them for the rule).
pub fn lost_creates(unsettled: &[JournalEntry]) -> Vec<LostCreate> {
    unsettled
        .iter()
        .filter_map(|e| {
            Some(LostCreate {
                user_id: e.user_id.clone(),
                external_id: external_id_given(e)?,
            })
        })
        .collect()
}

/// The external id a journaled create gave its member.
fn external_id_given(e: &JournalEntry) -> Option<String> {
    match serde_json::from_value(e.detail.clone()) {
        Ok(Action::Create { profile }) => Some(profile.external_id),
        _ => None,
    }
}

/// How each unsettled operation is settled, by journal row id.
pub fn settle(
    unsettled: &[JournalEntry],
    planned: &[Operation],
    members: &[Member],
    in_scope: &HashSet<&str>,
) -> Vec<(i64, Settlement)> {
    let todo: HashSet<(&str, &str)> = planned
        .iter()
        .map(|op| (op.user_id.as_str(), op.action.kind()))
        .collect();
    let by_external: HashMap<&str, &Member> = members
        .iter()
        .filter_map(|m| Some((m.external_id.as_deref()?, m)))
        .collect();
    unsettled
        .iter()
        .map(|e| {
            let settlement = if e.action == "create" {
                let gave = external_id_given(e);
                match gave.and_then(|x| by_external.get(x.as_str())) {
                    Some(_) => Settlement::Created,
                    None if todo.contains(&(e.user_id.as_str(), "create")) => Settlement::Redone,
                    None => Settlement::NotCreated,
                }
            } else if todo.contains(&(e.user_id.as_str(), e.action.as_str())) {
                Settlement::Redone
            } else if in_scope.contains(e.user_id.as_str()) {
                Settlement::AsWanted
            } else {
                Settlement::Unknowable
            };
            (e.id, settlement)
        })
        .collect()
}

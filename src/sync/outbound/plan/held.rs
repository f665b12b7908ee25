//! A stopped run's plan, as `sync approve` compares it with the plan made now: the same
//! operations (each user's action, with what it sends) and group operations, whatever
//! their order and reasons; what differs, in words. Pure.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::operation::Operation;
use crate::sync::outbound::plan_groups::GroupOperation;

/// The operations of a plan, as a stopped run keeps them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct HeldPlan {
    pub(crate) operations: Vec<Operation>,
    #[serde(default)]
    pub(crate) group_operations: Vec<GroupOperation>,
    /// The connection's user actions the plan was made under: how a removal treats the
    /// member's data and account is theirs, not the operations'.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) actions: Option<crate::model::UserActions>,
}

/// What a plan made now has that the held one has not, and the other way round.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub(crate) struct PlanDifference {
    /// Held, no longer planned: `suspend bob@example.com`.
    pub(crate) dropped: Vec<String>,
    /// Planned now, not held.
    pub(crate) added: Vec<String>,
}

impl PlanDifference {
    pub(crate) fn is_empty(&self) -> bool {
        self.dropped.is_empty() && self.added.is_empty()
    }
}

/// Each operation by what it does (subject and action), with its words.
fn keyed(plan: &HeldPlan) -> BTreeMap<String, String> {
    let users = plan.operations.iter().map(|o| {
        let action = serde_json::to_string(&o.action).unwrap_or_default();
        (
            format!("u {} {action}", o.user_id),
            format!("{} {}", o.action.kind(), o.email),
        )
    });
    let groups = plan.group_operations.iter().map(|o| {
        let action = serde_json::to_string(&o.action).unwrap_or_default();
        (
            format!("g {} {action}", o.group),
            format!("{} {:?}", o.action.kind(), o.name),
        )
    });
    users.chain(groups).collect()
}

/// How the plan made `now` differs from the `held` one (empty: the same plan).
pub(crate) fn difference(held: &HeldPlan, now: &HeldPlan) -> PlanDifference {
    let actions_changed = held.actions.is_some() && held.actions != now.actions;
    let (held, now) = (keyed(held), keyed(now));
    let missing = |from: &BTreeMap<String, String>, to: &BTreeMap<String, String>| {
        let mut words: Vec<String> = from
            .iter()
            .filter(|(k, _)| !to.contains_key(*k))
            .map(|(_, w)| w.clone())
            .collect();
        words.sort();
        words
    };
    let mut added = missing(&now, &held);
    if actions_changed {
        added.push(
            "the connection's user actions (remove action, wipe data, keep account, transfer, \
             ...) changed since"
                .into(),
        );
    }
    PlanDifference {
        dropped: missing(&held, &now),
        added,
    }
}

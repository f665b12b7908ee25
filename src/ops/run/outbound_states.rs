//! Where each in-scope user of an outbound rule stands after a run: the plan's verdict,
//! turned Failed by an operation that failed, with the member status the run left it in
//! and the note a removal leaves (its member id gone).

use std::collections::{BTreeMap, HashMap, HashSet};

use super::report::{FailedItem, RunReport};
use super::session::plan_failures;
use crate::mapping::WantedStatus;
use crate::model::{Member, MemberStatus, RemoveAction};
use crate::store::{MemberProfile, NewState};
use crate::sync::outbound::plan::{Action, Operation, UserState};
use crate::sync::Verdict;

/// The users' states after a run: the plan's verdicts, turned Failed by the operations
/// that failed, did not finish or were never sent. Fills the report's counts and failures.
pub(super) fn states_after(
    report: &mut RunReport,
    (verdicts, members): (&[Verdict], &[Member]),
    execution: &crate::sync::outbound::apply::Execution,
) -> Vec<NewState> {
    for op in &execution.not_started {
        report.failures.push(FailedItem {
            email: op.email.clone(),
            user_id: op.user_id.clone(),
            action: op.action.kind().to_string(),
            error: "not applied: the run stopped early".into(),
        });
    }
    for a in &execution.applied {
        let kind = a.operation.action.kind().to_string();
        match a.outcome.error() {
            None => *report.applied.entry(kind).or_default() += 1,
            Some(e) => report.failures.push(FailedItem {
                email: a.operation.email.clone(),
                user_id: a.operation.user_id.clone(),
                action: kind,
                error: e.to_string(),
            }),
        }
    }
    // Every failed operation of a user, in its state's error.
    let mut failed_ops: BTreeMap<String, String> = BTreeMap::new();
    for f in &report.failures {
        let entry = failed_ops.entry(f.user_id.clone()).or_default();
        if !entry.is_empty() {
            entry.push_str("; ");
        }
        entry.push_str(&format!("{}: {}", f.action, f.error));
    }
    let after = After::new(execution, members);
    let mut states = Vec::new();
    let mut in_scope = HashSet::new();
    for v in verdicts {
        in_scope.insert(v.user_id.clone());
        states.push(after.state_of(v, failed_ops.remove(&v.user_id)));
    }
    report.failures.extend(plan_failures(verdicts));
    // Deprovisions that failed: the user is out of scope but still shown, Failed.
    for (user_id, error) in failed_ops {
        if !in_scope.contains(&user_id) {
            let email = report
                .failures
                .iter()
                .find(|f| f.user_id == user_id)
                .map(|f| f.email.clone())
                .unwrap_or_default();
            states.push(NewState {
                user_id,
                email,
                state: UserState::Failed,
                team_member_id: None,
                member_status: None,
                error: Some(error),
                wanted_status: None,
                member_profile: None,
            });
        }
    }
    states
}

/// What the run did to each user's member, by user.
struct After<'a> {
    /// Members the run's creates produced.
    produced: BTreeMap<&'a str, &'a str>,
    moved: BTreeMap<&'a str, Option<MemberStatus>>,
    removed: BTreeMap<&'a str, &'static str>,
    /// The team as the run read it.
    read: HashMap<&'a str, &'a Member>,
    /// Each user's operations that succeeded.
    done: HashMap<&'a str, Vec<&'a Operation>>,
}

impl<'a> After<'a> {
    fn new(execution: &'a crate::sync::outbound::apply::Execution, members: &'a [Member]) -> Self {
        let ok = || {
            execution
                .applied
                .iter()
                .filter(|a| a.outcome.error().is_none())
        };
        let mut done: HashMap<&str, Vec<&Operation>> = HashMap::new();
        for a in ok() {
            done.entry(a.operation.user_id.as_str())
                .or_default()
                .push(&a.operation);
        }
        After {
            produced: ok()
                .filter_map(|a| Some((a.operation.user_id.as_str(), a.team_member_id.as_deref()?)))
                .collect(),
            moved: statuses_moved(execution),
            removed: members_removed(execution),
            read: members
                .iter()
                .map(|m| (m.team_member_id.as_str(), m))
                .collect(),
            done,
        }
    }

    /// An in-scope user's state: its verdict, Failed with `failed` (its failed
    /// operations), its member as the run left it.
    fn state_of(&self, v: &Verdict, failed: Option<String>) -> NewState {
        let user = v.user_id.as_str();
        let gone = self.removed.get(user);
        let (state, error) = match failed {
            Some(e) => (UserState::Failed, Some(e)),
            None => (
                v.state,
                v.reason.clone().or(gone.map(|why| why.to_string())),
            ),
        };
        let member_status = self.moved.get(user).copied().unwrap_or(v.member_status);
        let team_member_id = v
            .team_member_id
            .clone()
            .or_else(|| self.produced.get(user).map(|m| m.to_string()))
            .filter(|_| gone.is_none());
        let ops = self.done.get(user).map_or(&[][..], Vec::as_slice);
        let member_profile = team_member_id
            .as_deref()
            .and_then(|id| profile_left(self.read.get(id).copied(), ops));
        NewState {
            user_id: v.user_id.clone(),
            email: v.email.clone(),
            state,
            team_member_id,
            member_status,
            error,
            wanted_status: held_status(v, member_status),
            member_profile,
        }
    }
}

/// A member's profile as the run leaves it (JSON): as read, or as its create sent it,
/// with the changes of the user's operations that succeeded.
fn profile_left(read: Option<&Member>, ops: &[&Operation]) -> Option<String> {
    let mut p = read.map(|m| MemberProfile {
        email: m.email.clone(),
        given_name: m.given_name.clone(),
        surname: m.surname.clone(),
        external_id: m.external_id.clone(),
    });
    for op in ops {
        if let Action::Create { profile } = &op.action {
            p = Some(MemberProfile {
                email: profile.email.clone(),
                given_name: profile.given_name.clone(),
                surname: profile.surname.clone(),
                external_id: Some(profile.external_id.clone()).filter(|x| !x.is_empty()),
            });
        }
        let Some(p) = p.as_mut() else { continue };
        for c in &op.changes {
            let new = c.new.clone();
            match c.attribute.as_str() {
                "email" => p.email = new.unwrap_or_default(),
                "given_name" => p.given_name = new.unwrap_or_default(),
                "surname" => p.surname = new.unwrap_or_default(),
                "external_id" => p.external_id = new,
                _ => {}
            }
        }
    }
    serde_json::to_string(&p?).ok()
}

/// The status the run leaves a user's member wanted in, as far as it got there: a member
/// still suspended is recorded so (an unsuspend that failed is tried again, not taken for
/// drift), unless it is drift, which stays recorded as wanted active.
fn held_status(v: &Verdict, member_status: Option<MemberStatus>) -> Option<WantedStatus> {
    match (v.drift, member_status) {
        (true, _) => Some(WantedStatus::Active),
        (false, Some(MemberStatus::Suspended)) => Some(WantedStatus::Suspended),
        _ => v.wanted_status,
    }
}

/// The users whose member the run removed, with the note their state keeps: it has no
/// member any more (a disabled user's invited member is removed, as Dropbox cannot
/// suspend an invitation).
fn members_removed(
    execution: &crate::sync::outbound::apply::Execution,
) -> BTreeMap<&str, &'static str> {
    let ok = execution
        .applied
        .iter()
        .filter(|a| a.outcome.error().is_none());
    ok.filter_map(|a| match &a.operation.action {
        Action::Deprovision {
            how: RemoveAction::Delete,
            invited,
            ..
        } => Some((
            a.operation.user_id.as_str(),
            match invited {
                true => "its invited member was removed (Dropbox cannot suspend an invitation)",
                false => "its member was removed",
            },
        )),
        _ => None,
    })
    .collect()
}

/// The status of each member that an operation of the run changed, by user: what an add
/// answered, active again after a recovery or an unsuspend, suspended, or (removed) none.
fn statuses_moved(
    execution: &crate::sync::outbound::apply::Execution,
) -> BTreeMap<&str, Option<MemberStatus>> {
    let mut moved = BTreeMap::new();
    for a in execution
        .applied
        .iter()
        .filter(|a| a.outcome.error().is_none())
    {
        let status = match &a.operation.action {
            Action::Create { .. } => a.member_status,
            Action::Recover { .. } | Action::Unsuspend { .. } => Some(MemberStatus::Active),
            Action::Suspend { .. }
            | Action::Deprovision {
                how: RemoveAction::Disable,
                ..
            } => Some(MemberStatus::Suspended),
            Action::Deprovision {
                how: RemoveAction::Delete,
                ..
            } => None,
            _ => continue,
        };
        moved.insert(a.operation.user_id.as_str(), status);
    }
    moved
}

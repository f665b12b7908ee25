//! Licenses in an outbound plan: how many the team has free, how many its creates and
//! recoveries take, and how many its removals free. Active, invited and suspended members
//! all hold a license: suspending frees none, only a removal does. Pure, like the plan.

use serde::{Deserialize, Serialize};

use super::plan::{Action, Member, MemberStatus, Operation};
use crate::model::RemoveAction;

/// The team's licenses as `team/get_info` tells them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct TeamLicenses {
    pub(crate) licensed: u64,
    pub(crate) used: u64,
}

/// What a plan does to the team's licenses.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct LicensePlan {
    pub(crate) licensed: u64,
    /// Held now: by active, invited and suspended members alike.
    pub(crate) used: u64,
    /// Of those held, by suspended members (who keep theirs).
    pub(crate) held_by_suspended: u64,
    pub(crate) free: u64,
    /// Taken by the plan's creates and recoveries, one each.
    pub(crate) needed: u64,
    /// Freed by the plan's removals, one each (its suspends free none).
    pub(crate) freed: u64,
    /// Suspends in the plan: each keeps its license.
    pub(crate) suspends: u64,
    /// Creates and recoveries that will find no license.
    pub(crate) short: u64,
}

impl LicensePlan {
    /// The creates and recoveries need licenses the removals free: the removals go first.
    pub(crate) fn removals_first(&self) -> bool {
        self.needed > self.free && self.freed > 0
    }
}

/// The plan's use of the team's licenses; `members` are the members on the team.
pub(crate) fn license_plan(
    team: TeamLicenses,
    operations: &[Operation],
    members: &[Member],
) -> LicensePlan {
    let (mut needed, mut freed, mut suspends) = (0, 0, 0);
    for op in operations {
        match op.action {
            Action::Create { .. } | Action::Recover { .. } => needed += 1,
            Action::Deprovision {
                how: RemoveAction::Delete,
                ..
            } => freed += 1,
            Action::Suspend { .. }
            | Action::Deprovision {
                how: RemoveAction::Disable,
                ..
            } => suspends += 1,
            _ => {}
        }
    }
    let free = team.licensed.saturating_sub(team.used);
    LicensePlan {
        licensed: team.licensed,
        used: team.used,
        held_by_suspended: members
            .iter()
            .filter(|m| m.status == MemberStatus::Suspended)
            .count() as u64,
        free,
        needed,
        freed,
        suspends,
        short: needed.saturating_sub(free + freed),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mapping::{Profile, WantedStatus};

    fn op(action: Action) -> Operation {
        Operation {
            user_id: "u".into(),
            email: "u@x.co".into(),
            action,
            reason: String::new(),
            changes: Vec::new(),
        }
    }

    fn create() -> Operation {
        op(Action::Create {
            profile: Profile {
                email: "u@x.co".into(),
                given_name: "G".into(),
                surname: "S".into(),
                external_id: "u".into(),
                status: WantedStatus::Active,
            },
        })
    }

    fn deprovision(how: RemoveAction) -> Operation {
        op(Action::Deprovision {
            team_member_id: "m".into(),
            how,
            invited: false,
        })
    }

    #[test]
    fn suspends_free_no_license_and_removals_go_first_only_when_needed() {
        let full = TeamLicenses {
            licensed: 10,
            used: 10,
        };
        let suspending = [create(), create(), deprovision(RemoveAction::Disable)];
        let p = license_plan(full, &suspending, &[]);
        assert_eq!(
            (p.free, p.needed, p.freed, p.suspends, p.short),
            (0, 2, 0, 1, 2)
        );
        assert!(!p.removals_first(), "nothing to wait for");
        let removing = [create(), deprovision(RemoveAction::Delete)];
        let p = license_plan(full, &removing, &[]);
        assert_eq!((p.needed, p.freed, p.short), (1, 1, 0));
        assert!(p.removals_first());
        let roomy = TeamLicenses {
            licensed: 20,
            used: 10,
        };
        let p = license_plan(roomy, &removing, &[]);
        assert!(!p.removals_first(), "free licenses: no barrier");
    }
}

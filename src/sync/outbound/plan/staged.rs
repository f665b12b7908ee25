//! Staged removal (`--remove-action suspend-then-delete --remove-after DAYS`): a
//! leaver's member is suspended at once and removed once its user has been out of scope
//! the connection's days (a suspended member still holds a license). When each leaver
//! left is kept on its link — set the first time it is seen out, cleared when it is back
//! — and the removals still to come are listed with their dates.

use serde::Serialize;

use crate::model::{Link, Member, MemberStatus, RemoveAction, UserActions};

const DAY: i64 = 86_400;

/// What a link's `left_at` becomes once the run is applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct LeftAt {
    pub(crate) user_id: String,
    /// `None`: the user is back in scope.
    pub(crate) at: Option<i64>,
}

/// A suspended leaver that a staged removal removes later, and when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub(crate) struct PendingRemoval {
    pub(crate) user_id: String,
    pub(crate) email: String,
    pub(crate) team_member_id: String,
    #[serde(with = "crate::model::as_rfc3339")]
    pub(crate) due: i64,
}

/// Where a leaver's member stands under the connection's staged removal.
pub(super) enum Staged {
    /// Out of scope `days_out` days, past the connection's `days`: removed now.
    RemoveNow { days_out: i64, days: u32 },
    /// Suspended (now or already), removed at `due` unless back in scope.
    Pending { due: i64 },
    /// No staged removal (or an invitation, removed at once anyway).
    No,
}

/// Whether the leaver of `link`, with member `m`, is removed now or later.
pub(super) fn staged(actions: &UserActions, link: &Link, m: &Member, now: i64) -> Staged {
    let Some(days) = actions.remove_after_days else {
        return Staged::No;
    };
    if actions.remove_action != RemoveAction::Disable || m.status == MemberStatus::Invited {
        return Staged::No;
    }
    let since = link.left_at.unwrap_or(now);
    let due = since + i64::from(days) * DAY;
    match now >= due {
        true => Staged::RemoveNow {
            days_out: (now - since) / DAY,
            days,
        },
        false => Staged::Pending { due },
    }
}

/// The day `due` falls on, for a reason.
pub(super) fn day_of(due: i64) -> String {
    crate::model::rfc3339(due).chars().take(10).collect()
}

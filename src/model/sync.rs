//! The plain facts a sync works with, shared by the store (which keeps links and user
//! states), the plan (which decides from them) and the executor: team members as the
//! plan sees them, links, per-user states and deletion limits. No I/O.

use serde::{Deserialize, Serialize};

/// A team member's status, as the plan needs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum MemberStatus {
    Active,
    Invited,
    Suspended,
    /// A status Dropbox added after this version: the member is recognised (so its link
    /// stays) but its status is left alone.
    Other,
    /// Removed, and still recoverable (`members/recover`): only in the plan's list of
    /// recoverable members, never among the team's.
    Removed,
}

impl MemberStatus {
    pub(crate) const ALL: [MemberStatus; 5] = [
        MemberStatus::Active,
        MemberStatus::Invited,
        MemberStatus::Suspended,
        MemberStatus::Other,
        MemberStatus::Removed,
    ];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            MemberStatus::Active => "active",
            MemberStatus::Invited => "invited",
            MemberStatus::Suspended => "suspended",
            MemberStatus::Other => "other",
            MemberStatus::Removed => "removed",
        }
    }

    /// The stored spelling back as a status.
    pub(crate) fn parse(text: &str) -> Option<MemberStatus> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

/// A (not removed) Dropbox team member.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Member {
    pub(crate) team_member_id: String,
    pub(crate) email: String,
    pub(crate) given_name: String,
    pub(crate) surname: String,
    pub(crate) external_id: Option<String>,
    pub(crate) status: MemberStatus,
    /// The ids of the Dropbox groups it is in.
    pub(crate) groups: Vec<String>,
}

/// A remembered correspondence between a directory user and a member, owned by a rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Link {
    pub(crate) rule: String,
    pub(crate) user_id: String,
    pub(crate) team_member_id: String,
    /// The member was adopted with an external id another tool had set, which the rule
    /// leaves as it is (unless it takes external ids).
    #[serde(default)]
    pub(crate) keeps_external_id: bool,
    /// The member is still invited and owed a new invitation: its address changed and
    /// sending one did not succeed.
    #[serde(default)]
    pub(crate) invitation_owed: bool,
    /// When its user was first seen out of the rule's scope (unix time); none while in
    /// scope.
    #[serde(default)]
    pub(crate) left_at: Option<i64>,
}

/// The inbound rule that brought a directory user in from the team, and the member the
/// user mirrors.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Mirror {
    pub(crate) rule: String,
    pub(crate) team_member_id: String,
    /// The rule was deleted and left the user in the directory: the member still came
    /// from the team, so no outbound rule adopts it.
    pub(crate) rule_deleted: bool,
}

/// Where the kept plan of a run the deletion guard stopped stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub(crate) enum Approval {
    /// `sync approve RUN` can apply it.
    Awaiting,
    /// Run `by` applied it.
    Approved { by: i64 },
    /// A later run of its rule planned anew.
    Superseded,
}

/// PingOne's per-user sync states.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum UserState {
    Synced,
    Unsynced,
    PartiallySynced,
    Failed,
}

impl UserState {
    pub(crate) const ALL: [UserState; 4] = [
        UserState::Synced,
        UserState::Unsynced,
        UserState::PartiallySynced,
        UserState::Failed,
    ];

    /// The stored spelling back as a state.
    pub(crate) fn parse(text: &str) -> Option<UserState> {
        Self::ALL.into_iter().find(|v| v.as_str() == text)
    }

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            UserState::Synced => "synced",
            UserState::Unsynced => "unsynced",
            UserState::PartiallySynced => "partially_synced",
            UserState::Failed => "failed",
        }
    }
}

/// A rule's deletion limit.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum DeleteLimit {
    /// At most this many deprovisions in one run.
    Count(u64),
    /// At most this share of the linked members.
    Percent(f64),
}

impl DeleteLimit {
    /// How many deprovisions pass with `linked` active or invited members linked. `None`
    /// is the default limit: 10 %; under it or another percentage (but 0 %), a run of 4 or
    /// fewer never trips it.
    pub(crate) fn allowed(limit: Option<DeleteLimit>, linked: u64) -> u64 {
        Self::allowed_at_least(limit, linked, 4)
    }

    /// [`DeleteLimit::allowed`] with another floor for the default limit.
    pub(crate) fn allowed_at_least(limit: Option<DeleteLimit>, base: u64, floor: u64) -> u64 {
        let share = |p: f64| (base as f64 * p / 100.0).floor() as u64;
        match limit {
            None => share(10.0).max(floor),
            Some(DeleteLimit::Count(n)) => n,
            // A share of a small rule is nothing at all: the floor applies to an explicit
            // percentage as to the default one, but for 0 % (no deletion at all).
            Some(DeleteLimit::Percent(p)) if p > 0.0 => share(p).max(floor),
            Some(DeleteLimit::Percent(_)) => 0,
        }
    }
}

/// The profile fields an update changes (`members/set_profile_v2`); `None` leaves a
/// field alone.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct ProfileChanges {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) given_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) surname: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) external_id: Option<String>,
}
/// `a`, `a and b`, `a, b and c`.
pub(crate) fn listed(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// One attribute an operation changes: its value before and after (`None`: it had, or
/// gets, none).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Change {
    pub(crate) attribute: String,
    pub(crate) old: Option<String>,
    pub(crate) new: Option<String>,
}

impl std::fmt::Display for Change {
    /// `given_name: Ben -> Benjamin` (`-` for none).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shown = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
        write!(
            f,
            "{}: {} -> {}",
            self.attribute,
            shown(&self.old),
            shown(&self.new)
        )
    }
}

impl ProfileChanges {
    /// Each field it changes, from what `member` has to what it sends.
    pub(crate) fn against(&self, member: &Member) -> Vec<Change> {
        let change = |attribute: &str, old: Option<&str>, new: &Option<String>| {
            new.as_ref().map(|new| Change {
                attribute: attribute.to_string(),
                old: old.map(str::to_string),
                new: Some(new.clone()),
            })
        };
        [
            change("email", Some(&member.email), &self.email),
            change("given_name", Some(&member.given_name), &self.given_name),
            change("surname", Some(&member.surname), &self.surname),
            change(
                "external_id",
                member.external_id.as_deref(),
                &self.external_id,
            ),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    pub(crate) fn is_empty(&self) -> bool {
        *self == ProfileChanges::default()
    }

    /// What differs, as a sentence's subject and verb: `the given name differs`, `the
    /// email address and the surname differ`.
    pub(crate) fn in_words(&self) -> String {
        let words: Vec<&str> = self
            .fields()
            .into_iter()
            .map(|f| match f {
                "email" => "the email address",
                "given_name" => "the given name",
                "surname" => "the surname",
                _ => "the external id",
            })
            .collect();
        let verb = if words.len() == 1 {
            "differs"
        } else {
            "differ"
        };
        format!("{} {verb}", listed(&words))
    }

    /// The changed field names, for reasons and messages.
    pub(crate) fn fields(&self) -> Vec<&'static str> {
        [
            ("email", self.email.is_some()),
            ("given_name", self.given_name.is_some()),
            ("surname", self.surname.is_some()),
            ("external_id", self.external_id.is_some()),
        ]
        .into_iter()
        .filter_map(|(n, set)| set.then_some(n))
        .collect()
    }
}

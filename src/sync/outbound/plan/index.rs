//! What the plan reads and writes as it goes: the team and the links indexed for
//! correlation ([`Index`]), a user's member found by link, external id or email
//! ([`Lookup`], [`Found`]), and the operations and verdicts drafted so far ([`Draft`]).

use std::collections::{HashMap, HashSet};

use super::operation::*;
use crate::mapping::{Profile, WantedStatus};
use crate::model::{Link, Member, UserState};
use crate::sync::Verdict;

/// The team and the links, indexed for correlation.
pub(super) struct Index<'a> {
    pub(super) rule: &'a str,
    /// The members on the team.
    pub(super) team: Lookup<'a>,
    /// Removed members Dropbox can still recover.
    pub(super) removed: Lookup<'a>,
    /// The rule replaces external ids other tools set.
    pub(super) take_external_ids: bool,
    /// team_member_id -> the rule that links it (any rule of the connection).
    pub(super) owner: HashMap<&'a str, &'a str>,
    pub(super) my_links: Vec<&'a Link>,
    pub(super) my_link_of_user: HashMap<&'a str, &'a Link>,
    /// Members this rule links to a user: never adopted by another user of the rule
    /// while that user is in the directory (a new hire with a leaver's old address must
    /// not get the account of a leaver who is still there).
    pub(super) linked_user_of: HashMap<&'a str, &'a str>,
    /// Every directory user, in scope or not.
    pub(super) directory_users: &'a HashSet<String>,
    /// Members this rule removed, and for which user.
    pub(super) removed_by_rule: &'a HashMap<String, String>,
    pub(super) last_wanted: &'a HashMap<String, WantedStatus>,
    pub(super) revert_drift: bool,
}

impl<'a> Index<'a> {
    pub(super) fn new(input: &Input<'a>) -> Index<'a> {
        let members = input.members;
        let my_links: Vec<&Link> = input
            .links
            .iter()
            .filter(|l| l.rule == input.rule)
            .collect();
        Index {
            rule: input.rule,
            team: Lookup::new(members),
            removed: Lookup::new(input.recoverable),
            take_external_ids: input.take_external_ids,
            owner: input
                .links
                .iter()
                .map(|l| (l.team_member_id.as_str(), l.rule.as_str()))
                .collect(),
            my_link_of_user: my_links.iter().map(|l| (l.user_id.as_str(), *l)).collect(),
            linked_user_of: my_links
                .iter()
                .map(|l| (l.team_member_id.as_str(), l.user_id.as_str()))
                .collect(),
            my_links,
            directory_users: input.directory_users,
            removed_by_rule: input.removed_by_rule,
            last_wanted: input.last_wanted,
            revert_drift: input.revert_drift,
        }
    }

    /// Whether the link of the rule's `user_id` keeps another tool's external id (and the
    /// rule does not take them).
    pub(super) fn keeps_external_id_of(&self, user_id: &str) -> bool {
        !self.take_external_ids
            && self
                .my_link_of_user
                .get(user_id)
                .is_some_and(|l| l.keeps_external_id)
    }

    /// Whether a change made to the user's member in Dropbox is left as it is: the rule's
    /// last run wanted it active, so whoever suspended or removed it did so outside
    /// dbxprov (unless the run reverts drift).
    pub(super) fn keeps_drift(&self, user_id: &str) -> bool {
        !self.revert_drift && self.last_wanted.get(user_id) == Some(&WantedStatus::Active)
    }

    /// Why a user of the rule is out of scope, in the words of its deprovision.
    pub(super) fn why_left(&self, user_id: &str) -> &'static str {
        if self.directory_users.contains(user_id) {
            "no longer in the rule's scope"
        } else {
            "no longer in the directory"
        }
    }

    /// The user of this rule the member is (or, removed, was) linked to.
    pub(super) fn holder(&self, team_member_id: &str) -> Option<&'a str> {
        self.linked_user_of
            .get(team_member_id)
            .copied()
            .or_else(|| self.removed_by_rule.get(team_member_id).map(String::as_str))
    }

    /// [`Index::holder`], when that user is no longer in the directory: the member can
    /// pass to whoever carries its email or external id now.
    pub(super) fn gone_owner(&self, team_member_id: &str) -> Option<&'a str> {
        self.holder(team_member_id)
            .filter(|u| !self.directory_users.contains(*u))
    }

    pub(super) fn linked_member(&self, user_id: &str) -> Option<&'a Member> {
        self.my_link_of_user
            .get(user_id)
            .and_then(|l| self.team.by_id.get(l.team_member_id.as_str()).copied())
    }

    /// Our link, else our external id, else the same email (adoption).
    pub(super) fn correlate(
        &self,
        user_id: &str,
        profile: &Profile,
    ) -> Option<(&'a Member, Found)> {
        if let Some(m) = self.linked_member(user_id) {
            return Some((m, Found::Linked));
        }
        self.team.find(profile)
    }

    /// A removed member that can still be recovered for a user who has none on the team:
    /// the one its stale link names, else one with its external id or email.
    pub(super) fn recoverable(
        &self,
        user_id: &str,
        profile: &Profile,
    ) -> Option<(&'a Member, Found)> {
        let linked = self
            .my_link_of_user
            .get(user_id)
            .and_then(|l| self.removed.by_id.get(l.team_member_id.as_str()));
        if let Some(m) = linked {
            return Some((m, Found::Linked));
        }
        self.removed.find(profile)
    }
}

/// Members by id, external id and email (lower-cased).
pub(super) struct Lookup<'a> {
    pub(super) by_id: HashMap<&'a str, &'a Member>,
    pub(super) by_external: HashMap<&'a str, &'a Member>,
    pub(super) by_email: HashMap<String, &'a Member>,
}

impl<'a> Lookup<'a> {
    pub(super) fn new(members: &'a [Member]) -> Lookup<'a> {
        Lookup {
            by_id: members
                .iter()
                .map(|m| (m.team_member_id.as_str(), m))
                .collect(),
            by_external: members
                .iter()
                .filter_map(|m| m.external_id.as_deref().map(|x| (x, m)))
                .collect(),
            by_email: members
                .iter()
                .map(|m| (m.email.to_lowercase(), m))
                .collect(),
        }
    }

    /// The member with the profile's external id, else its email.
    pub(super) fn find(&self, profile: &Profile) -> Option<(&'a Member, Found)> {
        if let Some(m) = self.by_external.get(profile.external_id.as_str()) {
            return Some((m, Found::ExternalId));
        }
        self.by_email
            .get(&profile.email.to_lowercase())
            .map(|m| (*m, Found::Email))
    }
}

/// How a user's member was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Found {
    Linked,
    ExternalId,
    Email,
}

impl Found {
    pub(super) fn as_str(self) -> &'static str {
        match self {
            Found::Linked => "linked",
            Found::ExternalId => "external id",
            Found::Email => "email",
        }
    }
}

/// What the plan has so far.
#[derive(Default)]
pub(super) struct Draft<'a> {
    pub(super) operations: Vec<Operation>,
    pub(super) verdicts: Vec<Verdict>,
    /// team_member_id -> the email of the user it was matched to in this plan.
    pub(super) matched: HashMap<&'a str, &'a str>,
    /// Members of users gone from the directory that pass to (or are held for) a user in
    /// scope: their old links are no leavers.
    pub(super) handed: HashSet<&'a str>,
    /// Users whose member was changed outside dbxprov and is left so.
    pub(super) drifted: HashSet<String>,
    /// When leavers left (and that users came back): written once the run is applied.
    pub(super) left: Vec<super::staged::LeftAt>,
    /// Suspended leavers a staged removal removes later.
    pub(super) pending: Vec<super::staged::PendingRemoval>,
}

impl Draft<'_> {
    pub(super) fn verdict(
        &mut self,
        d: &Desired,
        state: UserState,
        member: Option<&Member>,
        reason: Option<String>,
    ) {
        self.verdicts.push(Verdict {
            user_id: d.user_id.clone(),
            email: d.email.clone(),
            state,
            team_member_id: member.map(|m| m.team_member_id.clone()),
            member_status: member.map(|m| m.status),
            reason,
            wanted_status: d.profile.as_ref().ok().map(|p| p.status),
            drift: self.drifted.contains(&d.user_id),
        });
    }

    pub(super) fn operation(&mut self, d: &Desired, action: Action, reason: impl Into<String>) {
        self.operations
            .push(op(&d.user_id, &d.email, action, reason));
    }

    /// [`Draft::operation`] that changes these attributes, old -> new.
    pub(super) fn changing(
        &mut self,
        d: &Desired,
        (action, reason): (Action, String),
        changes: Vec<crate::model::Change>,
    ) {
        self.operations.push(Operation {
            changes,
            ..op(&d.user_id, &d.email, action, reason)
        });
    }
}

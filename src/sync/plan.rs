//! The plan: a pure function from (desired profiles, team members, links, user actions,
//! deletion limit) to the operations of one outbound run, each with its reason, and the
//! state every in-scope user ends in if they succeed (the outbound sync's correlate,
//! plan and guard steps in `docs/design.md`).
//!
//! What it guarantees, whatever the input: a member that no link and no correlation ties
//! to a user of this rule gets no operation (unmanaged members are never touched), and a
//! member linked to another rule is never taken over. The desired profiles come from
//! `Mapper::profiles`, which fails users who share an email or external id, so two users
//! never compete for one member here.

use std::collections::{BTreeSet, HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::groups::{plan_groups, GroupCounts, GroupInput, GroupPlan, Placement};
use crate::mapping::{MappingError, Profile, WantedStatus};
pub use crate::model::{
    DeleteLimit, Link, Member, MemberStatus, Mirror, ProfileChanges, UserState,
};
use crate::model::{DropboxGroup, GroupLink, RemoveAction, UserActions, WantedGroup};

/// An in-scope directory user and what its mappings made of it.
#[derive(Clone, Debug)]
pub struct Desired {
    pub user_id: String,
    /// The directory email, for people reading the plan.
    pub email: String,
    pub profile: Result<Profile, MappingError>,
    /// The user was brought in from this team by an inbound rule: the member is the
    /// source, so the outbound plan never creates, changes or claims it.
    pub mirror: Option<Mirror>,
}

/// What one operation does.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Action {
    /// Remember a member found by external id or email (no API call); with
    /// `keep_external_id`, its external id is another tool's and stays as it is. With
    /// `handed_over_from`, the member was linked to that user of the rule, who is no
    /// longer in the directory: its link passes to this user (a rehire, a person
    /// re-created by an HR export), in one transaction.
    Link {
        team_member_id: String,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        keep_external_id: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        handed_over_from: Option<String>,
    },
    /// Forget a link (no API call).
    Unlink { team_member_id: String },
    /// `members/add_v2`.
    Create { profile: Profile },
    /// `members/recover` of a removed member, with its files, shared folders and groups;
    /// then `changes` (`members/set_profile_v2`), and an unsuspend if it comes back
    /// suspended. `keep_external_id` as for [`Action::Link`].
    Recover {
        team_member_id: String,
        changes: ProfileChanges,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        keep_external_id: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        handed_over_from: Option<String>,
    },
    /// `members/set_profile_v2`; with `reinvite`, then `members/send_welcome_email`: the
    /// member is still invited and its email changes, so the invitation that went to the
    /// old address is dead.
    Update {
        team_member_id: String,
        changes: ProfileChanges,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        reinvite: bool,
    },
    /// `members/send_welcome_email`: a new invitation for a member still invited whose
    /// address changed in an earlier run that could not send one.
    Reinvite { team_member_id: String },
    /// `members/suspend`: the directory user is disabled.
    Suspend { team_member_id: String },
    /// `members/unsuspend`.
    Unsuspend { team_member_id: String },
    /// The user left the scope or the directory: the connection's remove action
    /// (`members/remove` or `members/suspend`), then the link is dropped on remove.
    /// `invited`: the member never joined, so it cannot keep an account.
    Deprovision {
        team_member_id: String,
        how: RemoveAction,
        invited: bool,
    },
}

impl Action {
    pub fn kind(&self) -> &'static str {
        match self {
            Action::Link { .. } => "link",
            Action::Unlink { .. } => "unlink",
            Action::Create { .. } => "create",
            Action::Recover { .. } => "recover",
            Action::Update { .. } => "update",
            Action::Reinvite { .. } => "reinvite",
            Action::Suspend { .. } => "suspend",
            Action::Unsuspend { .. } => "unsuspend",
            Action::Deprovision {
                how: RemoveAction::Delete,
                ..
            } => "remove",
            Action::Deprovision {
                how: RemoveAction::Disable,
                ..
            } => "deprovision_suspend",
        }
    }

    /// The user of the rule, gone from the directory, whose link this operation takes.
    pub fn handed_over_from(&self) -> Option<&str> {
        match self {
            Action::Link {
                handed_over_from, ..
            }
            | Action::Recover {
                handed_over_from, ..
            } => handed_over_from.as_deref(),
            _ => None,
        }
    }

    /// Removes and suspends: what the deletion guard counts.
    pub fn is_deprovision(&self) -> bool {
        matches!(self, Action::Suspend { .. } | Action::Deprovision { .. })
    }

    fn order(&self) -> u8 {
        // Local bookkeeping first, then what frees licenses (removals), then what takes
        // them; the executor waits for the removals only when the creates need their
        // licenses (see `super::licenses`).
        match self {
            Action::Link { .. } | Action::Unlink { .. } => 0,
            Action::Deprovision { .. } | Action::Suspend { .. } => 1,
            Action::Update { .. } | Action::Reinvite { .. } => 2,
            Action::Unsuspend { .. } => 3,
            Action::Create { .. } | Action::Recover { .. } => 4,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Operation {
    pub user_id: String,
    pub email: String,
    pub action: Action,
    pub reason: String,
}

/// Where an in-scope user stands once the planned operations succeed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    pub user_id: String,
    pub email: String,
    pub state: UserState,
    pub team_member_id: Option<String>,
    /// The member's status as the plan read it (before its operations).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member_status: Option<MemberStatus>,
    /// Why the state is not `synced` (or what is pending).
    pub reason: Option<String>,
    /// The status the directory wants the member in (none when the mapping failed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wanted_status: Option<WantedStatus>,
    /// Its member was suspended or removed in Dropbox outside dbxprov, and is left so.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub drift: bool,
}

/// The deletion guard's reading of a plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Guard {
    pub deprovisions: u64,
    /// Active or invited members linked to the rule (suspended ones need no guarding).
    pub linked: u64,
    pub allowed: u64,
    /// The scope is empty while members are linked (a filter or population gone wrong).
    pub empty_scope: bool,
    pub tripped: bool,
    /// When tripped: the `--allow-deletes N` that lets exactly this plan through.
    pub allow_deletes_needed: Option<u64>,
    /// Groups the plan deletes, of those the rule owns, and how many may go.
    #[serde(default)]
    pub group_deletions: u64,
    #[serde(default)]
    pub groups_owned: u64,
    #[serde(default)]
    pub groups_allowed: u64,
    /// Memberships the plan removes, of those in the rule's groups, and how many may go.
    #[serde(default)]
    pub membership_removals: u64,
    #[serde(default)]
    pub memberships: u64,
    #[serde(default)]
    pub memberships_allowed: u64,
    /// Members whose email changes, or whose external id is rewritten (not set where
    /// there was none, nor passed on with a member handed over): a mapping gone wrong
    /// re-addresses everyone at once.
    #[serde(default)]
    pub identity_changes: u64,
    /// Members unsuspended.
    #[serde(default)]
    pub unsuspends: u64,
    /// Members linked to the rule, whatever their status (the base of their limit).
    #[serde(default)]
    pub changes_base: u64,
    #[serde(default)]
    pub changes_allowed: u64,
    /// When mass changes tripped it: the `--allow-changes N` that lets this plan through.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_changes_needed: Option<u64>,
}

pub struct Input<'a> {
    pub rule: &'a str,
    pub desired: &'a [Desired],
    pub members: &'a [Member],
    /// Removed members Dropbox can still recover: a user in scope with no member on the
    /// team gets its old one back instead of a new, empty account.
    pub recoverable: &'a [Member],
    /// Links of every rule on the connection (to recognise other rules' members).
    pub links: &'a [Link],
    pub actions: &'a UserActions,
    /// Ids of every directory user, in scope or not: a linked user not among them is
    /// gone, and its member passes to a user in scope that carries its email or external
    /// id.
    pub directory_users: &'a HashSet<String>,
    /// team_member_id -> user: members this rule removed lately (its links are gone with
    /// them), recovered for whoever carries them once that user is gone.
    pub removed_by_rule: &'a HashMap<String, String>,
    /// Creates of this rule whose answer was lost: a member carrying the external id one
    /// gave is the rule's, even with no link.
    pub lost_creates: &'a [LostCreate],
    /// The rule's deletion limit; `None` is the default.
    pub limit: Option<DeleteLimit>,
    /// `--allow-deletes N`: up to N deprovisions pass whatever the limit.
    pub allow_deletes: Option<u64>,
    /// `--allow-changes N`: up to N identity changes and N unsuspends pass.
    pub allow_changes: Option<u64>,
    pub groups: GroupSources<'a>,
    /// Replace the external ids other tools set on members the rule adopts.
    pub take_external_ids: bool,
    /// The status each user's member was wanted in at the rule's last run: a member
    /// then wanted active and now suspended or removed was changed outside dbxprov.
    pub last_wanted: &'a HashMap<String, WantedStatus>,
    /// `--revert-drift`: undo those changes (unsuspend, recover or re-create).
    pub revert_drift: bool,
}

/// A create of the rule whose answer was lost (the process died, the answer never came):
/// the member it may have made carries `external_id`, and no link remembers it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LostCreate {
    pub user_id: String,
    pub external_id: String,
}

/// The groups side of a plan's input; empty when the rule provisions no groups.
#[derive(Clone, Copy, Default)]
pub struct GroupSources<'a> {
    pub wanted: &'a [WantedGroup],
    pub team: &'a [DropboxGroup],
    /// Group links of every rule of the connection.
    pub links: &'a [GroupLink],
    pub adopt_existing: bool,
    pub exclusive: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Plan {
    pub operations: Vec<Operation>,
    pub verdicts: Vec<Verdict>,
    pub guard: Guard,
    pub groups: GroupPlan,
}

fn op(user_id: &str, email: &str, action: Action, reason: impl Into<String>) -> Operation {
    Operation {
        user_id: user_id.to_string(),
        email: email.to_string(),
        action,
        reason: reason.into(),
    }
}

/// The team and the links, indexed for correlation.
struct Index<'a> {
    rule: &'a str,
    /// The members on the team.
    team: Lookup<'a>,
    /// Removed members Dropbox can still recover.
    removed: Lookup<'a>,
    /// The rule replaces external ids other tools set.
    take_external_ids: bool,
    /// team_member_id -> the rule that links it (any rule of the connection).
    owner: HashMap<&'a str, &'a str>,
    my_links: Vec<&'a Link>,
    my_link_of_user: HashMap<&'a str, &'a Link>,
    /// Members this rule links to a user: never adopted by another user of the rule
    /// while that user is in the directory (a new hire with a leaver's old address must
    /// not get the account of a leaver who is still there).
    linked_user_of: HashMap<&'a str, &'a str>,
    /// Every directory user, in scope or not.
    directory_users: &'a HashSet<String>,
    /// Members this rule removed, and for which user.
    removed_by_rule: &'a HashMap<String, String>,
    last_wanted: &'a HashMap<String, WantedStatus>,
    revert_drift: bool,
}

impl<'a> Index<'a> {
    fn new(input: &Input<'a>) -> Index<'a> {
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
    fn keeps_external_id_of(&self, user_id: &str) -> bool {
        !self.take_external_ids
            && self
                .my_link_of_user
                .get(user_id)
                .is_some_and(|l| l.keeps_external_id)
    }

    /// Whether a change made to the user's member in Dropbox is left as it is: the rule's
    /// last run wanted it active, so whoever suspended or removed it did so outside
    /// dbxprov (unless the run reverts drift).
    fn keeps_drift(&self, user_id: &str) -> bool {
        !self.revert_drift && self.last_wanted.get(user_id) == Some(&WantedStatus::Active)
    }

    /// Why a user of the rule is out of scope, in the words of its deprovision.
    fn why_left(&self, user_id: &str) -> &'static str {
        if self.directory_users.contains(user_id) {
            "no longer in the rule's scope"
        } else {
            "no longer in the directory"
        }
    }

    /// The user of this rule the member is (or, removed, was) linked to.
    fn holder(&self, team_member_id: &str) -> Option<&'a str> {
        self.linked_user_of
            .get(team_member_id)
            .copied()
            .or_else(|| self.removed_by_rule.get(team_member_id).map(String::as_str))
    }

    /// [`Index::holder`], when that user is no longer in the directory: the member can
    /// pass to whoever carries its email or external id now.
    fn gone_owner(&self, team_member_id: &str) -> Option<&'a str> {
        self.holder(team_member_id)
            .filter(|u| !self.directory_users.contains(*u))
    }

    fn linked_member(&self, user_id: &str) -> Option<&'a Member> {
        self.my_link_of_user
            .get(user_id)
            .and_then(|l| self.team.by_id.get(l.team_member_id.as_str()).copied())
    }

    /// Our link, else our external id, else the same email (adoption).
    fn correlate(&self, user_id: &str, profile: &Profile) -> Option<(&'a Member, Found)> {
        if let Some(m) = self.linked_member(user_id) {
            return Some((m, Found::Linked));
        }
        self.team.find(profile)
    }

    /// A removed member that can still be recovered for a user who has none on the team:
    /// the one its stale link names, else one with its external id or email.
    fn recoverable(&self, user_id: &str, profile: &Profile) -> Option<(&'a Member, Found)> {
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
struct Lookup<'a> {
    by_id: HashMap<&'a str, &'a Member>,
    by_external: HashMap<&'a str, &'a Member>,
    by_email: HashMap<String, &'a Member>,
}

impl<'a> Lookup<'a> {
    fn new(members: &'a [Member]) -> Lookup<'a> {
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
    fn find(&self, profile: &Profile) -> Option<(&'a Member, Found)> {
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
enum Found {
    Linked,
    ExternalId,
    Email,
}

impl Found {
    fn as_str(self) -> &'static str {
        match self {
            Found::Linked => "linked",
            Found::ExternalId => "external id",
            Found::Email => "email",
        }
    }
}

/// What the plan has so far.
#[derive(Default)]
struct Draft<'a> {
    operations: Vec<Operation>,
    verdicts: Vec<Verdict>,
    /// team_member_id -> the email of the user it was matched to in this plan.
    matched: HashMap<&'a str, &'a str>,
    /// Members of users gone from the directory that pass to (or are held for) a user in
    /// scope: their old links are no leavers.
    handed: HashSet<&'a str>,
    /// Users whose member was changed outside dbxprov and is left so.
    drifted: HashSet<String>,
}

impl Draft<'_> {
    fn verdict(
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

    fn operation(&mut self, d: &Desired, action: Action, reason: impl Into<String>) {
        self.operations
            .push(op(&d.user_id, &d.email, action, reason));
    }
}

/// Turns the directory's wish, the team and the links into operations: the pure half of
/// a sync (the executor applies them).
pub fn plan(input: &Input<'_>) -> Plan {
    let index = Index::new(input);
    let mut draft = Draft::default();
    for d in input.desired {
        plan_user(input.actions, &index, &mut draft, d);
    }
    let in_scope: HashSet<&str> = input.desired.iter().map(|d| d.user_id.as_str()).collect();
    let strays = plan_strays(input, &index, &in_scope, &mut draft);
    let linked_members = strays
        + plan_leavers(
            input.actions,
            &index,
            &in_scope,
            &draft.handed,
            &mut draft.operations,
        );
    let mut operations = draft.operations;
    let groups = plan_groups_after(input, &index, &operations, &draft.verdicts);
    let guard = guard(input, &index, &operations, linked_members, &groups.counts);
    operations.sort_by_key(|o| o.action.order());
    Plan {
        operations,
        verdicts: draft.verdicts,
        guard,
        groups,
    }
}

/// The group plan, from where the user operations leave each in-scope user.
fn plan_groups_after(
    input: &Input<'_>,
    index: &Index<'_>,
    operations: &[Operation],
    verdicts: &[Verdict],
) -> GroupPlan {
    let sources = &input.groups;
    if sources.wanted.is_empty() && !sources.links.iter().any(|l| l.rule == input.rule) {
        return GroupPlan::default();
    }
    let created: HashSet<&str> = operations
        .iter()
        .filter(|o| matches!(o.action, Action::Create { .. }))
        .map(|o| o.user_id.as_str())
        .collect();
    let placement: HashMap<String, Placement> = verdicts
        .iter()
        .map(|v| (v.user_id.clone(), placement_of(v, &created)))
        .collect();
    let mut managed: HashSet<String> = index
        .my_links
        .iter()
        .map(|l| l.team_member_id.clone())
        .collect();
    let mut leaving: HashSet<String> = HashSet::new();
    for o in operations {
        match &o.action {
            Action::Link { team_member_id, .. } => {
                managed.insert(team_member_id.clone());
            }
            Action::Deprovision {
                team_member_id,
                how: RemoveAction::Delete,
                ..
            } => {
                leaving.insert(team_member_id.clone());
            }
            _ => {}
        }
    }
    let mut members_of: HashMap<String, BTreeSet<String>> = HashMap::new();
    for m in input.members {
        for g in &m.groups {
            members_of
                .entry(g.clone())
                .or_default()
                .insert(m.team_member_id.clone());
        }
    }
    plan_groups(&GroupInput {
        rule: input.rule,
        wanted: sources.wanted,
        team: sources.team,
        links: sources.links,
        members_of: &members_of,
        placement: &placement,
        managed: &managed,
        leaving: &leaving,
        adopt_existing: sources.adopt_existing,
        exclusive: sources.exclusive,
    })
}

/// Where a user's member will be: linked users keep (or get) theirs, users this run
/// creates get a new one, failed users hold theirs as it is.
fn placement_of(v: &Verdict, created: &HashSet<&str>) -> Placement {
    match (v.state, &v.team_member_id) {
        (UserState::Synced | UserState::PartiallySynced, Some(id)) => Placement::Member(id.clone()),
        (UserState::Synced, None) if created.contains(v.user_id.as_str()) => Placement::Created,
        (_, id) => Placement::Held(id.clone()),
    }
}

/// One in-scope user: failed mapping, correlation, ownership, then what to change.
fn plan_user<'a>(actions: &UserActions, index: &Index<'a>, draft: &mut Draft<'a>, d: &'a Desired) {
    if let Some(mirror) = &d.mirror {
        plan_mirrored(index, draft, d, mirror);
        return;
    }
    let profile = match &d.profile {
        Ok(p) => p,
        Err(e) => {
            let member = index
                .linked_member(&d.user_id)
                .or_else(|| held(index, draft, d));
            draft.verdict(d, UserState::Failed, member, Some(e.to_string()));
            return;
        }
    };
    let Some((member, found)) = index.correlate(&d.user_id, profile) else {
        if profile.status == WantedStatus::Active && removed_by_hand(index, &d.user_id) {
            let reason = "removed in Dropbox outside dbxprov: left removed (drift; `sync run --revert-drift` \
                 recovers it within 7 days of its removal, or creates a new account after)";
            draft.drifted.insert(d.user_id.clone());
            draft.verdict(d, UserState::Unsynced, None, Some(reason.into()));
            return;
        }
        match index.recoverable(&d.user_id, profile) {
            Some((removed, found)) => {
                plan_recovery(actions, index, draft, d, profile, removed, found)
            }
            None => plan_absent(actions, draft, d, profile),
        }
        return;
    };
    let from = match ownership(index, draft, d, member, found) {
        Ownership::Taken(conflict) => {
            draft.verdict(d, UserState::Failed, None, Some(conflict));
            return;
        }
        Ownership::Free => None,
        Ownership::HandedOver { from } => Some(from),
    };
    let keep = match from {
        Some(from) => index.keeps_external_id_of(from),
        None => keeps_external_id(index, &d.user_id, member, profile, found),
    };
    if found != Found::Linked {
        let reason = match from {
            Some(from) => format!(
                "found in the team by {}; its directory user ({from}) is no longer in the directory: handed over",
                found.as_str()
            ),
            None => format!("found in the team by {}", found.as_str()),
        };
        let link = Action::Link {
            team_member_id: member.team_member_id.clone(),
            keep_external_id: keep,
            handed_over_from: from.map(str::to_string),
        };
        draft.operation(d, link, reason);
    }
    let owed = found == Found::Linked
        && index
            .my_link_of_user
            .get(d.user_id.as_str())
            .is_some_and(|l| l.invitation_owed);
    let mut skipped = plan_profile(actions, index, draft, d, (member, profile), (keep, owed));
    skipped.extend(plan_status(actions, index, draft, d, member, profile));
    let state = if skipped.is_empty() {
        UserState::Synced
    } else {
        UserState::PartiallySynced
    };
    let kept = member
        .external_id
        .as_deref()
        .filter(|x| keep && *x != profile.external_id)
        .map(|x| {
            format!("external id {x:?} kept: another tool set it (--take-external-ids replaces it)")
        });
    let notes: Vec<String> = skipped.into_iter().chain(kept).collect();
    let reason = (!notes.is_empty()).then(|| notes.join("; "));
    draft.verdict(d, state, Some(member), reason);
}

/// Whether the user's linked member is gone from the team though the rule's last run
/// wanted it active (dbxprov drops the link of a member it removes).
fn removed_by_hand(index: &Index<'_>, user_id: &str) -> bool {
    index.my_link_of_user.contains_key(user_id) && index.keeps_drift(user_id)
}

/// The member of a user gone from the directory whose address a user in scope carries,
/// while that user's mapping fails: held for it (not deprovisioned) until it is fixed.
fn held<'a>(index: &Index<'a>, draft: &mut Draft<'a>, d: &Desired) -> Option<&'a Member> {
    let member = index.team.by_email.get(&d.email.to_lowercase()).copied()?;
    let id = member.team_member_id.as_str();
    index.gone_owner(id)?;
    draft.handed.insert(id);
    Some(member)
}

/// Whether the member's external id is another tool's, to be left as it is: one it had
/// when the rule adopted it by email (Dropbox's SCIM app, Okta or Entra may rely on it,
/// and two tools overwriting each other's would never settle), unless the rule takes
/// external ids.
fn keeps_external_id(
    index: &Index<'_>,
    user_id: &str,
    member: &Member,
    profile: &Profile,
    found: Found,
) -> bool {
    if index.take_external_ids {
        return false;
    }
    match found {
        Found::Linked => index.keeps_external_id_of(user_id),
        Found::Email => member
            .external_id
            .as_deref()
            .is_some_and(|x| !x.is_empty() && x != profile.external_id),
        Found::ExternalId => false,
    }
}

/// A user an inbound rule of this team brought in: left to that rule, whatever its data
/// says; its member, when gone, is never re-created (PingOne's duplicate loop). When that
/// rule was deleted, the member still came from the team: the outbound rule neither adopts
/// nor deprovisions it.
fn plan_mirrored<'a>(index: &Index<'a>, draft: &mut Draft<'a>, d: &'a Desired, mirror: &Mirror) {
    let from = if mirror.rule_deleted {
        format!(
            "brought in from this team by inbound rule {:?} (since deleted)",
            mirror.rule
        )
    } else {
        format!(
            "brought in from this team by inbound rule {:?}",
            mirror.rule
        )
    };
    match index.team.by_id.get(mirror.team_member_id.as_str()) {
        Some(member) => {
            draft
                .matched
                .insert(member.team_member_id.as_str(), &d.email);
            let (state, reason) = if mirror.rule_deleted {
                let reason = format!("{from}: the member is the team's own, not this rule's");
                (UserState::Unsynced, reason)
            } else {
                (UserState::Synced, format!("{from}: left to it"))
            };
            draft.verdict(d, state, Some(member), Some(reason));
        }
        None => {
            let reason = if mirror.rule_deleted {
                format!("{from}, and no longer in the team: not re-created")
            } else {
                format!(
                    "{from}, and no longer in the team: not re-created (the inbound rule removes the user)"
                )
            };
            draft.verdict(d, UserState::Unsynced, None, Some(reason));
        }
    }
}

/// A user with no member on the team whose removed member Dropbox can still recover: it is
/// recovered (files, shared folders and groups with it) rather than a new, empty account
/// created; no member is needed for a disabled user.
fn plan_recovery<'a>(
    actions: &UserActions,
    index: &Index<'a>,
    draft: &mut Draft<'a>,
    d: &'a Desired,
    profile: &Profile,
    removed: &'a Member,
    found: Found,
) {
    if profile.status == WantedStatus::Suspended {
        plan_absent(actions, draft, d, profile);
        return;
    }
    let from = match ownership(index, draft, d, removed, found) {
        Ownership::Taken(conflict) => {
            draft.verdict(d, UserState::Failed, None, Some(conflict));
            return;
        }
        Ownership::Free => None,
        Ownership::HandedOver { from } => Some(from),
    };
    let foreign = from
        .is_none()
        .then(|| foreign_account(removed, profile, found));
    if let Some(reason) = foreign.flatten() {
        draft.verdict(d, UserState::Failed, None, Some(reason));
        return;
    }
    if !actions.create_users {
        let reason = format!(
            "its member {} was removed and can still be recovered, but the connection does not create users",
            removed.email
        );
        draft.verdict(d, UserState::Unsynced, None, Some(reason));
        return;
    }
    let keep = match from {
        Some(from) => index.keeps_external_id_of(from),
        None => keeps_external_id(index, &d.user_id, removed, profile, found),
    };
    let mut changes = profile_changes(removed, profile);
    if keep {
        changes.external_id = None;
    }
    let recover = Action::Recover {
        team_member_id: removed.team_member_id.clone(),
        changes,
        keep_external_id: keep,
        handed_over_from: from.map(str::to_string),
    };
    let reason = format!(
        "in scope; its member (found by {}) was removed and is still recoverable: back with its files, shared folders and groups",
        found.as_str()
    );
    draft.operation(d, recover, reason);
    draft.verdict(d, UserState::Synced, Some(removed), None);
}

/// Why a removed member found by its address alone is not recovered for a user: it
/// carries another external id, so it may be another person's account (an address given
/// to someone new), and its files are not handed to this user.
fn foreign_account(removed: &Member, profile: &Profile, found: Found) -> Option<String> {
    let other = removed
        .external_id
        .as_deref()
        .filter(|x| found == Found::Email && !x.is_empty() && *x != profile.external_id)?;
    Some(format!(
        "the address is held by a removed member ({}) with another external id ({other:?}), \
         which Dropbox keeps for 7 days after its removal: not recovered for this user, as \
         it may be another person's account (recover it in the admin console if it is \
         theirs, or wait until the address is free)",
        removed.team_member_id
    ))
}

/// A user with no member: created when wanted and allowed.
fn plan_absent(actions: &UserActions, draft: &mut Draft<'_>, d: &Desired, profile: &Profile) {
    match (profile.status, actions.create_users) {
        (WantedStatus::Active, true) => {
            let create = Action::Create {
                profile: profile.clone(),
            };
            draft.operation(d, create, "in scope, not in the team");
            draft.verdict(d, UserState::Synced, None, None);
        }
        (WantedStatus::Active, false) => draft.verdict(
            d,
            UserState::Unsynced,
            None,
            Some("not in the team, and the connection does not create users".into()),
        ),
        (WantedStatus::Suspended, _) => draft.verdict(
            d,
            UserState::Synced,
            None,
            Some("disabled in the directory: no member needed".into()),
        ),
    }
}

/// Whose a member found for a user is.
enum Ownership<'a> {
    /// No one else's: the user may have it.
    Free,
    /// Linked to this rule's user `from`, who is no longer in the directory: it passes
    /// to the user who carries its email or external id now.
    HandedOver { from: &'a str },
    /// Another rule's, another user's of this rule, or matched already: why.
    Taken(String),
}

/// Whether the member found for `d` may be its: not when another rule manages it, when
/// another user of this rule still in the directory holds it, or when another user of
/// this plan was matched to it first.
fn ownership<'a>(
    index: &Index<'a>,
    draft: &mut Draft<'a>,
    d: &'a Desired,
    member: &'a Member,
    found: Found,
) -> Ownership<'a> {
    let id = member.team_member_id.as_str();
    if let Some(rule) = index.owner.get(id).filter(|r| **r != index.rule) {
        // No per-user detail: every user two overlapping rules share fails with the same
        // words, which the run's summary and the status then count as one cause.
        return Ownership::Taken(format!(
            "its member is managed by rule {rule:?}: the scopes of rules {:?} and {rule:?} \
             overlap; narrow one (a member has one rule per connection)",
            index.rule
        ));
    }
    let holder = index.holder(id).filter(|u| *u != d.user_id);
    let gone = index.gone_owner(id).filter(|_| holder.is_some());
    if let (Some(other), None) = (holder, gone) {
        return Ownership::Taken(format!(
            "the member {} ({id}) found by {} belongs to another directory user ({other}) of this rule",
            member.email,
            found.as_str()
        ));
    }
    if let Some(first) = draft.matched.insert(id, &d.email) {
        return Ownership::Taken(format!(
            "the member {} is already matched to {first}",
            member.email
        ));
    }
    match gone {
        Some(from) => {
            draft.handed.insert(id);
            Ownership::HandedOver { from }
        }
        None => Ownership::Free,
    }
}

/// The profile fields that differ from the member's. A name part the directory leaves
/// empty is not sent: a name Dropbox has is never blanked (whether Dropbox takes an empty
/// one is not documented).
fn profile_changes(member: &Member, profile: &Profile) -> ProfileChanges {
    let name =
        |have: &str, want: &str| (!want.is_empty() && have != want).then(|| want.to_string());
    ProfileChanges {
        email: (!member.email.eq_ignore_ascii_case(&profile.email)).then(|| profile.email.clone()),
        given_name: name(&member.given_name, &profile.given_name),
        surname: name(&member.surname, &profile.surname),
        external_id: (member.external_id.as_deref() != Some(profile.external_id.as_str()))
            .then(|| profile.external_id.clone()),
    }
}

/// An update when the profile differs; returns what was skipped and why.
fn plan_profile(
    actions: &UserActions,
    index: &Index<'_>,
    draft: &mut Draft<'_>,
    d: &Desired,
    (member, profile): (&Member, &Profile),
    (keep_external_id, invitation_owed): (bool, bool),
) -> Vec<String> {
    // An invited member of a disabled user is removed: updating it first is pointless.
    let removing = profile.status == WantedStatus::Suspended
        && member.status == MemberStatus::Invited
        && actions.disable_users;
    let mut changes = profile_changes(member, profile);
    if keep_external_id {
        changes.external_id = None;
    }
    let held = changes
        .email
        .as_deref()
        .and_then(|e| index.team.by_email.get(&e.to_lowercase()).copied())
        .filter(|holder| holder.team_member_id != member.team_member_id);
    let mut notes = Vec::new();
    if let Some(holder) = held {
        // Dropbox refuses an address another member holds (`email_reserved_for_other_user`):
        // sending it would fail every run. Two members whose addresses were swapped by
        // hand each hold the other's.
        changes.email = None;
        notes.push(format!(
            "its address {} is held by another member ({}): not changed until that member's \
             address is free (addresses swapped in Dropbox by hand are set once one of them \
             gets another address in the admin console)",
            profile.email, holder.team_member_id
        ));
    }
    let invited = member.status == MemberStatus::Invited && actions.send_welcome_email;
    let owed = invited && invitation_owed;
    if changes.is_empty() && owed && !removing && actions.update_users {
        let reinvite = Action::Reinvite {
            team_member_id: member.team_member_id.clone(),
        };
        draft.operation(
            d,
            reinvite,
            "still invited, and owed a new invitation at its new address",
        );
        return notes;
    }
    if changes.is_empty() || removing {
        return notes;
    }
    let differ = match changes.fields().as_slice() {
        [one] => format!("{one} differs"),
        many => format!("{} differ", many.join(", ")),
    };
    if !actions.update_users {
        notes.push(format!(
            "{differ}, and the connection does not update users"
        ));
        return notes;
    }
    // An invitation goes to the address it was sent to: a new address needs a new one
    // (unless the connection sends none).
    let reinvite = invited && (changes.email.is_some() || owed);
    let update = Action::Update {
        team_member_id: member.team_member_id.clone(),
        changes,
        reinvite,
    };
    let reason = if reinvite {
        format!("{differ}; still invited, so the invitation is sent again to the new address")
    } else {
        differ
    };
    draft.operation(d, update, reason);
    notes
}

/// A suspension, removal of an invitation or unsuspension when the wanted status
/// differs; returns what was skipped and why.
fn plan_status(
    actions: &UserActions,
    index: &Index<'_>,
    draft: &mut Draft<'_>,
    d: &Desired,
    member: &Member,
    profile: &Profile,
) -> Option<String> {
    let id = member.team_member_id.clone();
    match (profile.status, member.status) {
        (WantedStatus::Suspended, MemberStatus::Active) if actions.disable_users => {
            let suspend = Action::Suspend { team_member_id: id };
            draft.operation(d, suspend, "disabled in the directory");
        }
        (WantedStatus::Suspended, MemberStatus::Invited) if actions.disable_users => {
            let remove = Action::Deprovision {
                team_member_id: id,
                how: RemoveAction::Delete,
                invited: true,
            };
            draft.operation(
                d,
                remove,
                "disabled in the directory; an invited member cannot be suspended, so it is removed (it has no data)",
            );
        }
        (WantedStatus::Suspended, MemberStatus::Active | MemberStatus::Invited) => {
            return Some(
                "disabled in the directory, and the connection does not disable users".into(),
            );
        }
        (WantedStatus::Active, MemberStatus::Suspended) if index.keeps_drift(&d.user_id) => {
            draft.drifted.insert(d.user_id.clone());
            return Some(
                "suspended in Dropbox outside dbxprov: left suspended (drift; `sync run \
                 --revert-drift` unsuspends it)"
                    .into(),
            );
        }
        (WantedStatus::Active, MemberStatus::Suspended) if actions.update_users => {
            let unsuspend = Action::Unsuspend { team_member_id: id };
            draft.operation(d, unsuspend, "enabled in the directory");
        }
        (WantedStatus::Active, MemberStatus::Suspended) => {
            return Some("suspended in Dropbox, and the connection does not update users".into());
        }
        _ => {}
    }
    None
}

/// Links of users no longer in scope (or no longer in the directory): deprovisioned or
/// unlinked, but for members handed over to a user in scope. Returns how many linked
/// members the guard counts (active or invited; suspended ones need no guarding).
fn plan_leavers(
    actions: &UserActions,
    index: &Index<'_>,
    in_scope: &HashSet<&str>,
    handed: &HashSet<&str>,
    operations: &mut Vec<Operation>,
) -> u64 {
    let mut linked_members = 0u64;
    for link in &index.my_links {
        let member = index.team.by_id.get(link.team_member_id.as_str()).copied();
        if member.is_some_and(|m| m.status != MemberStatus::Suspended) {
            linked_members += 1;
        }
        if in_scope.contains(link.user_id.as_str()) || handed.contains(link.team_member_id.as_str())
        {
            continue;
        }
        let left = index.why_left(&link.user_id);
        let email = member.map(|m| m.email.as_str()).unwrap_or("");
        let unlink = Action::Unlink {
            team_member_id: link.team_member_id.clone(),
        };
        let (action, reason) = match member {
            None => (unlink, "the member is no longer in the team"),
            Some(_) if !actions.deprovision_users => (
                unlink,
                "out of scope; the connection does not deprovision users, so the member is left as it is",
            ),
            Some(m) => match deprovision_of(actions.remove_action, m) {
                Some(action) => {
                    let reason = leaver_reason(left, actions.remove_action, &action);
                    operations.push(op(&link.user_id, email, action, reason));
                    continue;
                }
                None => continue,
            },
        };
        operations.push(op(&link.user_id, email, action, reason));
    }
    linked_members
}

/// Members this rule created for users now out of scope whose creates' answers were lost,
/// so that no link remembers them: found by the external id the create gave, linked to
/// their user and deprovisioned as any leaver's (never left active with no one managing
/// them). Returns how many the guard counts.
fn plan_strays<'a>(
    input: &Input<'a>,
    index: &Index<'a>,
    in_scope: &HashSet<&str>,
    draft: &mut Draft<'a>,
) -> u64 {
    let actions = input.actions;
    let mut counted = 0;
    for lost in input.lost_creates {
        let user = lost.user_id.as_str();
        if !actions.deprovision_users
            || in_scope.contains(user)
            || index.my_link_of_user.contains_key(user)
        {
            continue;
        }
        let Some(m) = index
            .team
            .by_external
            .get(lost.external_id.as_str())
            .copied()
        else {
            continue;
        };
        let id = m.team_member_id.as_str();
        if index.owner.contains_key(id) || draft.matched.insert(id, m.email.as_str()).is_some() {
            continue;
        }
        let link = Action::Link {
            team_member_id: id.to_string(),
            keep_external_id: false,
            handed_over_from: None,
        };
        let created = "created for this user by a run whose answer was lost: the member carries the external id it gave";
        draft.operations.push(op(user, &m.email, link, created));
        if m.status != MemberStatus::Suspended {
            counted += 1;
        }
        if let Some(action) = deprovision_of(actions.remove_action, m) {
            let reason = leaver_reason(index.why_left(user), actions.remove_action, &action);
            draft.operations.push(op(user, &m.email, action, reason));
        }
    }
    counted
}

/// Why a leaver's member is deprovisioned so: the remove action says suspend, but an
/// invited member cannot be suspended, and the plan must say why it removes one.
fn leaver_reason(left: &str, remove_action: RemoveAction, action: &Action) -> String {
    match (remove_action, action) {
        (
            RemoveAction::Disable,
            Action::Deprovision {
                how: RemoveAction::Delete,
                ..
            },
        ) => format!("{left}; still invited, and an invitation cannot be suspended: removed (it has no data)"),
        _ => left.to_string(),
    }
}

/// How a leaver's member is deprovisioned; `None` when it already is (suspended, and the
/// remove action suspends).
fn deprovision_of(remove_action: RemoveAction, m: &Member) -> Option<Action> {
    let how = match (remove_action, m.status) {
        // An invited member cannot be suspended; it has no data to keep.
        (RemoveAction::Disable, MemberStatus::Invited) => RemoveAction::Delete,
        (RemoveAction::Disable, MemberStatus::Suspended) => return None,
        (how, _) => how,
    };
    Some(Action::Deprovision {
        team_member_id: m.team_member_id.clone(),
        how,
        invited: m.status == MemberStatus::Invited,
    })
}

/// The deletion guard's reading of the operations: deprovisioned members against the
/// linked ones, deleted groups against the owned ones, removed memberships against those
/// of the rule's groups, each with its own allowance; `--allow-deletes N` lets up to N of
/// each through. Mass changes of identity and mass unsuspends are weighed the same way
/// against every member linked, and `--allow-changes N` lets them through.
fn guard(
    input: &Input<'_>,
    index: &Index<'_>,
    operations: &[Operation],
    linked: u64,
    groups: &GroupCounts,
) -> Guard {
    let deprovisions = operations
        .iter()
        .filter(|o| o.action.is_deprovision())
        .count() as u64;
    deletion_guard(
        &GuardInput {
            limit: input.limit,
            allow_deletes: input.allow_deletes,
            deprovisions,
            linked,
            // An empty scope with members linked is a filter or population gone wrong:
            // stop even when nothing would be deprovisioned (every member would be
            // unlinked).
            empty_scope: input.desired.is_empty() && !index.my_links.is_empty(),
            changes: mass_changes(index, operations),
            allow_changes: input.allow_changes,
        },
        groups,
    )
}

/// The identity changes and unsuspends of a plan, and how many members the rule links.
fn mass_changes(index: &Index<'_>, operations: &[Operation]) -> ChangeCounts {
    let handed: HashSet<&str> = operations
        .iter()
        .filter(|o| o.action.handed_over_from().is_some())
        .map(|o| o.user_id.as_str())
        .collect();
    let rewrites = |id: &str, changes: &ProfileChanges| {
        let had = index
            .team
            .by_id
            .get(id)
            .and_then(|m| m.external_id.as_deref())
            .is_some_and(|x| !x.is_empty());
        changes.email.is_some() || (changes.external_id.is_some() && had)
    };
    let mut counts = ChangeCounts {
        base: index
            .my_links
            .iter()
            .filter(|l| index.team.by_id.contains_key(l.team_member_id.as_str()))
            .count() as u64,
        ..ChangeCounts::default()
    };
    for o in operations {
        match &o.action {
            Action::Update {
                team_member_id,
                changes,
                ..
            } if !handed.contains(o.user_id.as_str()) && rewrites(team_member_id, changes) => {
                counts.identity += 1
            }
            Action::Unsuspend { .. } => counts.unsuspends += 1,
            _ => {}
        }
    }
    counts
}

/// Mass changes the guard weighs besides deprovisions (none for inbound rules).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ChangeCounts {
    pub identity: u64,
    pub unsuspends: u64,
    /// Members linked to the rule, whatever their status.
    pub base: u64,
}

/// What the deletion guard weighs, in either direction.
pub struct GuardInput {
    pub limit: Option<DeleteLimit>,
    pub allow_deletes: Option<u64>,
    pub deprovisions: u64,
    /// What the rule holds that could be deprovisioned (the base of a percentage).
    pub linked: u64,
    pub empty_scope: bool,
    pub changes: ChangeCounts,
    pub allow_changes: Option<u64>,
}

/// The deletion guard: the deprovisions, group deletions and membership removals of a
/// plan against the rule's limit, and what `--allow-deletes` lets through.
pub fn deletion_guard(input: &GuardInput, groups: &GroupCounts) -> Guard {
    let (deprovisions, linked, empty_scope) = (input.deprovisions, input.linked, input.empty_scope);
    let allowed = DeleteLimit::allowed(input.limit, linked);
    // Deleting a group cuts its members off its shared folders: no floor of a few.
    let groups_allowed = DeleteLimit::allowed_at_least(input.limit, groups.owned, 1);
    let memberships_allowed = DeleteLimit::allowed(input.limit, groups.memberships);
    let removals = groups.membership_removals;
    let over: Vec<u64> = [
        (deprovisions, deprovisions > allowed || empty_scope),
        (groups.deletions, groups.deletions > groups_allowed),
        (removals, removals > memberships_allowed),
    ]
    .into_iter()
    .filter(|(_, over)| *over)
    .map(|(n, _)| n)
    .collect();
    let deletes_tripped = !over.is_empty()
        && input
            .allow_deletes
            .is_none_or(|n| over.iter().any(|o| *o > n));
    let changes = input.changes;
    let changes_allowed = DeleteLimit::allowed(input.limit, changes.base);
    let changes_over = [changes.identity, changes.unsuspends]
        .into_iter()
        .filter(|n| *n > changes_allowed)
        .max();
    let changes_tripped =
        changes_over.is_some_and(|n| input.allow_changes.is_none_or(|allowed| n > allowed));
    Guard {
        deprovisions,
        linked,
        allowed,
        empty_scope,
        tripped: deletes_tripped || changes_tripped,
        allow_deletes_needed: deletes_tripped.then(|| over.iter().copied().max().unwrap_or(0)),
        identity_changes: changes.identity,
        unsuspends: changes.unsuspends,
        changes_base: changes.base,
        changes_allowed,
        allow_changes_needed: changes_over.filter(|_| changes_tripped),
        group_deletions: groups.deletions,
        groups_owned: groups.owned,
        groups_allowed,
        membership_removals: removals,
        memberships: groups.memberships,
        memberships_allowed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(n: u32, status: WantedStatus) -> Profile {
        Profile {
            email: format!("u{n}@x.co"),
            given_name: format!("G{n}"),
            surname: format!("S{n}"),
            external_id: format!("u-{n}"),
            status,
        }
    }

    fn desired(n: u32) -> Desired {
        desired_with(n, WantedStatus::Active)
    }

    fn desired_with(n: u32, status: WantedStatus) -> Desired {
        Desired {
            user_id: format!("u-{n}"),
            email: format!("u{n}@x.co"),
            profile: Ok(profile(n, status)),
            mirror: None,
        }
    }

    /// A member exactly as `desired(n)` wants it.
    fn member(n: u32) -> Member {
        Member {
            team_member_id: format!("dbmid:{n}"),
            email: format!("u{n}@x.co"),
            given_name: format!("G{n}"),
            surname: format!("S{n}"),
            external_id: Some(format!("u-{n}")),
            status: MemberStatus::Active,
            groups: Vec::new(),
        }
    }

    fn link(rule: &str, n: u32) -> Link {
        Link {
            rule: rule.into(),
            user_id: format!("u-{n}"),
            team_member_id: format!("dbmid:{n}"),
            keeps_external_id: false,
            invitation_owed: false,
        }
    }

    fn run(desired: &[Desired], members: &[Member], links: &[Link], actions: &UserActions) -> Plan {
        plan(&Input {
            actions,
            ..input(desired, members, links, &present(desired))
        })
    }

    /// A plan's input with nothing but the users, the team, the links and the directory.
    fn input<'a>(
        desired: &'a [Desired],
        members: &'a [Member],
        links: &'a [Link],
        directory_users: &'a HashSet<String>,
    ) -> Input<'a> {
        static NO_REMOVALS: std::sync::LazyLock<HashMap<String, String>> =
            std::sync::LazyLock::new(HashMap::new);
        static NOTHING_WANTED: std::sync::LazyLock<HashMap<String, WantedStatus>> =
            std::sync::LazyLock::new(HashMap::new);
        static ALL: std::sync::LazyLock<UserActions> =
            std::sync::LazyLock::new(UserActions::default);
        Input {
            rule: "r",
            desired,
            members,
            recoverable: &[],
            links,
            directory_users,
            removed_by_rule: &NO_REMOVALS,
            lost_creates: &[],
            actions: &ALL,
            limit: None,
            allow_deletes: None,
            allow_changes: None,
            groups: GroupSources::default(),
            take_external_ids: false,
            last_wanted: &NOTHING_WANTED,
            revert_drift: false,
        }
    }

    /// A directory of the users in scope: the others are gone from it.
    fn present(desired: &[Desired]) -> HashSet<String> {
        desired.iter().map(|d| d.user_id.clone()).collect()
    }

    fn kinds(p: &Plan) -> Vec<(String, &'static str)> {
        p.operations
            .iter()
            .map(|o| (o.user_id.clone(), o.action.kind()))
            .collect()
    }

    fn state_of(p: &Plan, user: &str) -> UserState {
        p.verdicts.iter().find(|v| v.user_id == user).unwrap().state
    }

    /// (case, desired, members, links, actions, expected operations, state of u-1)
    type Case = (
        &'static str,
        Vec<Desired>,
        Vec<Member>,
        Vec<Link>,
        UserActions,
        Vec<&'static str>,
        UserState,
    );

    fn all() -> UserActions {
        UserActions::default()
    }

    #[test]
    fn operations_for_each_situation() {
        let no_create = UserActions {
            create_users: false,
            ..all()
        };
        let no_update = UserActions {
            update_users: false,
            disable_users: false,
            ..all()
        };
        let renamed = Member {
            given_name: "Old".into(),
            ..member(1)
        };
        let suspended = Member {
            status: MemberStatus::Suspended,
            ..member(1)
        };
        let invited = Member {
            status: MemberStatus::Invited,
            ..member(1)
        };
        let cases: Vec<Case> = vec![
            (
                "missing -> create",
                vec![desired(1)],
                vec![],
                vec![],
                all(),
                vec!["create"],
                UserState::Synced,
            ),
            (
                "missing, creation off -> unsynced",
                vec![desired(1)],
                vec![],
                vec![],
                no_create.clone(),
                vec![],
                UserState::Unsynced,
            ),
            (
                "missing and disabled -> nothing",
                vec![desired_with(1, WantedStatus::Suspended)],
                vec![],
                vec![],
                all(),
                vec![],
                UserState::Synced,
            ),
            (
                "linked and equal -> nothing",
                vec![desired(1)],
                vec![member(1)],
                vec![link("r", 1)],
                all(),
                vec![],
                UserState::Synced,
            ),
            (
                "profile differs -> update",
                vec![desired(1)],
                vec![renamed.clone()],
                vec![link("r", 1)],
                all(),
                vec!["update"],
                UserState::Synced,
            ),
            (
                "profile differs, update off -> partial",
                vec![desired(1)],
                vec![renamed],
                vec![link("r", 1)],
                no_update.clone(),
                vec![],
                UserState::PartiallySynced,
            ),
            (
                "disabled -> suspend",
                vec![desired_with(1, WantedStatus::Suspended)],
                vec![member(1)],
                vec![link("r", 1)],
                all(),
                vec!["suspend"],
                UserState::Synced,
            ),
            (
                "disabled, invited -> remove",
                vec![desired_with(1, WantedStatus::Suspended)],
                vec![invited],
                vec![link("r", 1)],
                all(),
                vec!["remove"],
                UserState::Synced,
            ),
            (
                "disabled, disable off -> partial",
                vec![desired_with(1, WantedStatus::Suspended)],
                vec![member(1)],
                vec![link("r", 1)],
                no_update.clone(),
                vec![],
                UserState::PartiallySynced,
            ),
            (
                "enabled again -> unsuspend",
                vec![desired(1)],
                vec![suspended.clone()],
                vec![link("r", 1)],
                all(),
                vec!["unsuspend"],
                UserState::Synced,
            ),
            (
                "enabled again, update off -> partial",
                vec![desired(1)],
                vec![suspended],
                vec![link("r", 1)],
                no_update,
                vec![],
                UserState::PartiallySynced,
            ),
        ];
        check(cases);
    }

    #[test]
    fn how_members_are_found_and_refused() {
        let cases: Vec<Case> = vec![
            (
                "found by email -> adopt",
                vec![desired(1)],
                vec![Member {
                    external_id: None,
                    ..member(1)
                }],
                vec![],
                all(),
                vec!["link", "update"],
                UserState::Synced,
            ),
            (
                "found by external id -> link",
                vec![desired(1)],
                vec![Member {
                    email: "old@x.co".into(),
                    ..member(1)
                }],
                vec![],
                all(),
                vec!["link", "update"],
                UserState::Synced,
            ),
            (
                "another rule's member -> failed",
                vec![desired(1)],
                vec![member(1)],
                vec![link("other", 1)],
                all(),
                vec![],
                UserState::Failed,
            ),
            // The created member's link replaces the stale one.
            (
                "stale link -> create",
                vec![desired(1)],
                vec![],
                vec![link("r", 1)],
                all(),
                vec!["create"],
                UserState::Synced,
            ),
        ];
        check(cases);
    }

    fn check(cases: Vec<Case>) {
        for (case, desired, members, links, actions, ops, state) in cases {
            let p = run(&desired, &members, &links, &actions);
            let got: Vec<&str> = p.operations.iter().map(|o| o.action.kind()).collect();
            assert_eq!(got, ops, "{case}");
            assert_eq!(state_of(&p, "u-1"), state, "{case}");
            assert!(!p.guard.tripped, "{case}");
        }
    }

    #[test]
    fn unmanaged_members_are_never_touched() {
        let unmanaged: Vec<Member> = (100..150).map(member).collect();
        let mut members = unmanaged.clone();
        members.push(member(1));
        let p = run(
            &[],
            &members,
            &[link("r", 1)],
            &UserActions {
                remove_action: RemoveAction::Delete,
                ..all()
            },
        );
        for o in &p.operations {
            let id = match &o.action {
                Action::Link { team_member_id, .. }
                | Action::Unlink { team_member_id }
                | Action::Update { team_member_id, .. }
                | Action::Suspend { team_member_id }
                | Action::Unsuspend { team_member_id }
                | Action::Reinvite { team_member_id }
                | Action::Recover { team_member_id, .. }
                | Action::Deprovision { team_member_id, .. } => team_member_id.clone(),
                Action::Create { .. } => continue,
            };
            assert_eq!(id, "dbmid:1", "{o:?}");
        }
    }

    #[test]
    fn leaving_the_scope_deprovisions_with_the_remove_action() {
        let members: Vec<Member> = (0..100).map(member).collect();
        let links: Vec<Link> = (0..100).map(|n| link("r", n)).collect();
        let in_scope: Vec<Desired> = (0..95).map(desired).collect();
        let p = run(&in_scope, &members, &links, &all());
        assert_eq!(p.operations.len(), 5);
        assert!(p.operations.iter().all(|o| o.action
            == Action::Deprovision {
                team_member_id: format!("dbmid:{}", &o.user_id[2..]),
                how: RemoveAction::Disable,
                invited: false,
            }));
        let delete = UserActions {
            remove_action: RemoveAction::Delete,
            ..all()
        };
        let p = run(&in_scope, &members, &links, &delete);
        assert!(p.operations.iter().all(|o| o.action.kind() == "remove"));
        let keep = UserActions {
            deprovision_users: false,
            ..all()
        };
        let p = run(&in_scope, &members, &links, &keep);
        assert!(p.operations.iter().all(|o| o.action.kind() == "unlink"));
        // Already suspended by an earlier deprovision: nothing more to do.
        let mut suspended = members.clone();
        for m in suspended.iter_mut().skip(95) {
            m.status = MemberStatus::Suspended;
        }
        assert!(run(&in_scope, &suspended, &links, &all())
            .operations
            .is_empty());
    }

    #[test]
    fn the_guard() {
        let members: Vec<Member> = (0..1000).map(member).collect();
        let links: Vec<Link> = (0..1000).map(|n| link("r", n)).collect();
        let guarded = |n_in_scope: u32, limit, allow| {
            let desired: Vec<Desired> = (0..n_in_scope).map(desired).collect();
            plan(&Input {
                limit,
                allow_deletes: allow,
                ..input(&desired, &members, &links, &present(&desired))
            })
            .guard
        };
        let g = guarded(800, None, None);
        assert_eq!(
            (g.deprovisions, g.linked, g.allowed, g.tripped),
            (200, 1000, 100, true)
        );
        assert!(!guarded(800, None, Some(200)).tripped);
        assert!(guarded(800, None, Some(199)).tripped);
        assert!(!guarded(900, None, None).tripped, "exactly 10 %");
        assert!(guarded(980, Some(DeleteLimit::Count(10)), None).tripped);
        assert!(!guarded(990, Some(DeleteLimit::Count(10)), None).tripped);
        assert!(
            guarded(999, Some(DeleteLimit::Percent(0.0)), None).tripped,
            "an explicit 0% has no floor"
        );
        let g = guarded(0, Some(DeleteLimit::Count(5000)), None);
        assert!(g.empty_scope && g.tripped, "an empty scope always stops");
        // Even when the connection does not deprovision (every member would be unlinked).
        let keep = UserActions {
            deprovision_users: false,
            ..all()
        };
        let p = run(&[], &members, &links, &keep);
        assert_eq!(p.guard.deprovisions, 0);
        assert!(p.guard.tripped);
        // Small teams: fewer than 5 never trip the percentage, default or explicit.
        let few: Vec<Member> = (0..10).map(member).collect();
        let few_links: Vec<Link> = (0..10).map(|n| link("r", n)).collect();
        let desired: Vec<Desired> = (0..6).map(desired).collect();
        let p = run(&desired, &few, &few_links, &all());
        assert_eq!((p.guard.deprovisions, p.guard.tripped), (4, false));
        for (limit, allowed) in [(10.0, 4), (50.0, 5), (0.0, 0)] {
            let limit = Some(DeleteLimit::Percent(limit));
            assert_eq!(DeleteLimit::allowed(limit, 10), allowed, "{limit:?}");
        }
    }

    #[test]
    fn mass_changes_of_identity_and_unsuspends_are_guarded() {
        let members: Vec<Member> = (0..100)
            .map(|n| Member {
                status: if n < 50 {
                    MemberStatus::Suspended
                } else {
                    MemberStatus::Active
                },
                ..member(n)
            })
            .collect();
        let links: Vec<Link> = (0..100).map(|n| link("r", n)).collect();
        let readdressed: Vec<Desired> = (0..100)
            .map(|n| Desired {
                profile: Ok(Profile {
                    email: format!("u{n}@new.co"),
                    ..profile(n, WantedStatus::Active)
                }),
                ..desired(n)
            })
            .collect();
        let g = run(&readdressed, &members, &links, &all()).guard;
        assert_eq!(
            (
                g.identity_changes,
                g.unsuspends,
                g.changes_base,
                g.changes_allowed
            ),
            (100, 50, 100, 10)
        );
        assert!(g.tripped && g.allow_deletes_needed.is_none());
        assert_eq!(g.allow_changes_needed, Some(100));
        // Names are no identity; setting an external id where there was none is not a
        // rewrite; a few unsuspends pass.
        let renamed: Vec<Desired> = (45..100)
            .map(|n| Desired {
                profile: Ok(Profile {
                    given_name: "New".into(),
                    ..profile(n, WantedStatus::Active)
                }),
                ..desired(n)
            })
            .chain((0..45).map(|n| desired_with(n, WantedStatus::Suspended)))
            .collect();
        let bare: Vec<Member> = members
            .iter()
            .map(|m| Member {
                external_id: None,
                ..m.clone()
            })
            .collect();
        let g = run(&renamed, &bare, &links, &all()).guard;
        assert_eq!((g.identity_changes, g.unsuspends, g.tripped), (0, 5, false));
    }

    /// u-1 is gone; u-2 carries its address (a rehire, a person re-created by an HR
    /// export with a new id).
    fn newcomer() -> Desired {
        Desired {
            user_id: "u-2".into(),
            email: "u1@x.co".into(),
            profile: Ok(Profile {
                external_id: "u-2".into(),
                ..profile(1, WantedStatus::Active)
            }),
            mirror: None,
        }
    }

    #[test]
    fn a_member_passes_to_whoever_carries_it_once_its_user_is_gone() {
        let suspended = Member {
            status: MemberStatus::Suspended,
            ..member(1)
        };
        let p = run(&[newcomer()], &[suspended], &[link("r", 1)], &all());
        assert_eq!(state_of(&p, "u-2"), UserState::Synced);
        assert_eq!(
            kinds(&p),
            [
                ("u-2".into(), "link"),
                ("u-2".into(), "update"),
                ("u-2".into(), "unsuspend")
            ]
        );
        assert_eq!(p.operations[0].action.handed_over_from(), Some("u-1"));
        assert!(p.operations[0]
            .reason
            .contains("no longer in the directory: handed over"));
        // The external id was the rule's: it becomes the new user's.
        let Action::Update { changes, .. } = &p.operations[1].action else {
            panic!("{:?}", p.operations)
        };
        assert_eq!(changes.external_id.as_deref(), Some("u-2"));
        // By external id too (a custom id that survives re-creation).
        let same_id = Desired {
            user_id: "u-9".into(),
            email: "new@x.co".into(),
            profile: Ok(Profile {
                email: "new@x.co".into(),
                ..profile(1, WantedStatus::Active)
            }),
            mirror: None,
        };
        let p = run(&[same_id], &[member(1)], &[link("r", 1)], &all());
        assert_eq!(p.operations[0].action.handed_over_from(), Some("u-1"));
        assert_eq!(
            kinds(&p),
            [("u-9".into(), "link"), ("u-9".into(), "update")]
        );
    }

    #[test]
    fn a_leavers_member_stays_its_while_it_is_in_the_directory() {
        let directory: HashSet<String> = ["u-1".to_string(), "u-2".to_string()].into();
        let desired = [newcomer()];
        let p = plan(&input(&desired, &[member(1)], &[link("r", 1)], &directory));
        assert_eq!(state_of(&p, "u-2"), UserState::Failed);
        assert!(p.verdicts[0]
            .reason
            .as_ref()
            .unwrap()
            .contains("belongs to another directory user (u-1)"));
        assert_eq!(kinds(&p), [("u-1".to_string(), "deprovision_suspend")]);
        assert_eq!(p.operations[0].reason, "no longer in the rule's scope");
    }

    #[test]
    fn a_gone_users_member_is_held_for_a_user_whose_mapping_fails() {
        let failing = Desired {
            profile: Err(MappingError {
                attribute: "surname".into(),
                expression: "x".into(),
                message: "boom".into(),
            }),
            ..newcomer()
        };
        let p = run(&[failing], &[member(1)], &[link("r", 1)], &all());
        assert_eq!(state_of(&p, "u-2"), UserState::Failed);
        assert!(p.operations.is_empty(), "{:?}", p.operations);
        // With no one carrying it, the gone user's member is deprovisioned, and why.
        let p = run(&[], &[member(1)], &[link("r", 1)], &all());
        assert_eq!(p.operations[0].reason, "no longer in the directory");
    }

    fn recovering(desired: &[Desired], removed: &[Member], links: &[Link]) -> Plan {
        plan(&Input {
            recoverable: removed,
            ..input(desired, &[], links, &present(desired))
        })
    }

    #[test]
    fn a_removed_member_is_recovered_only_when_it_is_this_users() {
        let removed = |external_id: Option<&str>| Member {
            status: MemberStatus::Removed,
            external_id: external_id.map(str::to_string),
            given_name: "Old".into(),
            ..member(1)
        };
        // Our external id, no external id, or a stale link: recovered, then updated.
        for (case, m, links) in [
            ("external id", removed(Some("u-1")), vec![]),
            ("email, no external id", removed(None), vec![]),
            ("stale link", removed(Some("u-9")), vec![link("r", 1)]),
        ] {
            let p = recovering(&[desired(1)], &[m], &links);
            assert_eq!(kinds(&p), [("u-1".to_string(), "recover")], "{case}");
            let Action::Recover { changes, .. } = &p.operations[0].action else {
                unreachable!()
            };
            assert_eq!(changes.given_name.as_deref(), Some("G1"), "{case}");
            assert_eq!(state_of(&p, "u-1"), UserState::Synced, "{case}");
        }
        // The same address on a member with someone else's external id: not handed over.
        let p = recovering(&[desired(1)], &[removed(Some("u-2"))], &[]);
        assert!(p.operations.is_empty());
        assert_eq!(state_of(&p, "u-1"), UserState::Failed);
        // A disabled user needs no member.
        let p = recovering(
            &[desired_with(1, WantedStatus::Suspended)],
            &[removed(Some("u-1"))],
            &[],
        );
        assert!(p.operations.is_empty());
    }

    #[test]
    fn another_tools_external_id_is_kept_unless_the_rule_takes_them() {
        let foreign = Member {
            external_id: Some("okta-77".into()),
            given_name: "Old".into(),
            ..member(1)
        };
        let p = run(&[desired(1)], std::slice::from_ref(&foreign), &[], &all());
        assert_eq!(
            p.operations[0].action,
            Action::Link {
                team_member_id: "dbmid:1".into(),
                keep_external_id: true,
                handed_over_from: None,
            }
        );
        let Action::Update { changes, .. } = &p.operations[1].action else {
            panic!("{:?}", p.operations)
        };
        assert_eq!(changes.external_id, None, "kept");
        assert_eq!(changes.given_name.as_deref(), Some("G1"));
        assert!(p.verdicts[0].reason.as_ref().unwrap().contains("okta-77"));
        // Once linked with the flag, it stays kept.
        let kept = Link {
            keeps_external_id: true,
            ..link("r", 1)
        };
        let p = run(
            &[desired(1)],
            std::slice::from_ref(&foreign),
            std::slice::from_ref(&kept),
            &all(),
        );
        let Action::Update { changes, .. } = &p.operations[0].action else {
            panic!("{:?}", p.operations)
        };
        assert_eq!(changes.external_id, None);
        // A rule that takes external ids replaces it.
        let desired = [desired(1)];
        let taking = plan(&Input {
            take_external_ids: true,
            ..input(
                &desired,
                std::slice::from_ref(&foreign),
                &[kept],
                &present(&desired),
            )
        });
        let Action::Update { changes, .. } = &taking.operations[0].action else {
            panic!("{:?}", taking.operations)
        };
        assert_eq!(changes.external_id.as_deref(), Some("u-1"));
    }

    #[test]
    fn an_invited_member_being_removed_is_not_updated_first() {
        let invited = Member {
            status: MemberStatus::Invited,
            given_name: "Old".into(),
            external_id: None,
            ..member(1)
        };
        let p = run(
            &[desired_with(1, WantedStatus::Suspended)],
            &[invited],
            &[],
            &all(),
        );
        assert_eq!(
            kinds(&p),
            [("u-1".to_string(), "link"), ("u-1".to_string(), "remove")]
        );
    }

    #[test]
    fn suspended_members_do_not_dilute_the_guard() {
        let mut members: Vec<Member> = (0..100).map(member).collect();
        for m in members.iter_mut().take(60) {
            m.status = MemberStatus::Suspended;
        }
        let links: Vec<Link> = (0..100).map(|n| link("r", n)).collect();
        // 60 users gone and already suspended; 10 more leave: 10 of 40 active is 25 %.
        let desired: Vec<Desired> = (70..100).map(desired).collect();
        let p = run(&desired, &members, &links, &all());
        assert_eq!(
            (p.guard.linked, p.guard.deprovisions, p.guard.tripped),
            (40, 10, true)
        );
    }

    #[test]
    fn failures_do_not_stop_the_plan() {
        let bad = Desired {
            profile: Err(MappingError {
                attribute: "status".into(),
                expression: "user.enabled".into(),
                message: "status expects a string".into(),
            }),
            ..desired(2)
        };
        let p = run(&[desired(1), bad, desired(3)], &[], &[], &all());
        assert_eq!(
            kinds(&p),
            [("u-1".to_string(), "create"), ("u-3".to_string(), "create")]
        );
        assert_eq!(state_of(&p, "u-2"), UserState::Failed);
    }
}

//! The inbound plan: a pure function from the team's members (as the rule's filter and
//! mappings see them), the directory users the rule brought in and the rest of the
//! directory to directory writes, each with its reason, and where each member's user
//! stands once they are made.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::mapping::inbound::DirectoryProfile;
use crate::mapping::MappingError;
use crate::model::{DeleteLimit, RemoveAction, User, UserActions, UserState};
use crate::store::InboundLink;
use crate::sync::guard::{deletion_guard, GroupCounts, Guard, GuardInput};
use crate::sync::Verdict;

use super::changes::DirectoryChanges;
use super::origin::Origin;

/// A member (or entry) in the rule's scope and what its mappings made of it.
#[derive(Clone, Debug)]
pub(crate) struct Candidate {
    /// What the rule knows it by, which never changes: a Dropbox member's team member
    /// id, or an LDAP entry's `objectGUID` or `entryUUID` (never its DN or email).
    pub(crate) source_id: String,
    pub(crate) email: String,
    pub(crate) profile: std::result::Result<DirectoryProfile, MappingError>,
}

/// Why a member of the team is out of the rule's scope.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Excluded {
    Filtered,
    /// `sync_only_active`, and the member is invited or suspended.
    NotActive,
    /// The filter could not be evaluated for it.
    FilterFailed(String),
}

pub(crate) struct InboundInput<'a> {
    /// The population the rule's users live in.
    pub(crate) population: &'a str,
    pub(crate) candidates: &'a [Candidate],
    /// Members of the team out of scope, by team member id.
    pub(crate) excluded: &'a HashMap<String, Excluded>,
    /// The rule's links: the members it brought in and the users they became.
    pub(crate) links: &'a [InboundLink],
    /// Those users, by id.
    pub(crate) owned: &'a HashMap<String, User>,
    /// Members outbound rules of the team provisioned from directory users: team member
    /// id -> (rule, user id). They are the directory's, not this rule's.
    pub(crate) provisioned: &'a HashMap<String, (String, String)>,
    /// Every directory user's id by lower-cased email, and by lower-cased username.
    pub(crate) emails: &'a HashMap<String, String>,
    pub(crate) usernames: &'a HashMap<String, String>,
    pub(crate) actions: &'a UserActions,
    pub(crate) limit: Option<DeleteLimit>,
    pub(crate) allow_deletes: Option<u64>,
    /// The rule is being deleted with deprovisioning: every user it brought in goes.
    pub(crate) deprovision_all: bool,
    /// What the plan of an LDAP rule's groups deletes and removes (none for a Dropbox
    /// team's rule): weighed by the same guard.
    pub(crate) groups: GroupCounts,
    /// What the rule reads: the words of the reasons.
    pub(crate) origin: Origin,
}

/// One directory write.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub(crate) enum DirectoryAction {
    Create {
        #[serde(alias = "team_member_id")]
        source_id: String,
        profile: DirectoryProfile,
    },
    Update {
        changes: DirectoryChanges,
    },
    /// The member left (or, with `sync_only_active`, is not active), and the user goes.
    Delete,
    /// The member left, and the connection's remove action is disable.
    Disable,
}

impl DirectoryAction {
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            DirectoryAction::Create { .. } => "create",
            DirectoryAction::Update { .. } => "update",
            DirectoryAction::Delete => "delete",
            DirectoryAction::Disable => "disable",
        }
    }

    pub(crate) fn is_deprovision(&self) -> bool {
        matches!(self, DirectoryAction::Delete | DirectoryAction::Disable)
    }

    /// An update that changes the user's email or username.
    pub(super) fn renames(&self) -> bool {
        matches!(self, DirectoryAction::Update { changes }
            if changes.email.is_some() || changes.username.is_some())
    }

    /// Removals first: they free the emails and usernames that updates and creations
    /// may take.
    fn order(&self) -> u8 {
        match self {
            DirectoryAction::Delete | DirectoryAction::Disable => 0,
            DirectoryAction::Update { .. } => 1,
            DirectoryAction::Create { .. } => 2,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct DirectoryOperation {
    /// The directory user (empty for a creation: its id is made when it is written).
    pub(crate) user_id: String,
    pub(crate) email: String,
    pub(crate) action: DirectoryAction,
    pub(crate) reason: String,
    /// What it changes, old -> new (an update's fields).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) changes: Vec<crate::model::Change>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub(crate) struct InboundPlan {
    pub(crate) operations: Vec<DirectoryOperation>,
    /// One per member in scope and per user the rule brought in that left it. A verdict's
    /// `user_id` is the directory user's id, or the member's id when it has no user.
    pub(crate) verdicts: Vec<Verdict>,
    pub(crate) guard: Guard,
}

/// What the plan has so far.
struct Draft<'a> {
    input: &'a InboundInput<'a>,
    operations: Vec<DirectoryOperation>,
    verdicts: Vec<Verdict>,
    /// Links this plan has matched (the rest left the scope).
    matched: HashSet<&'a str>,
    /// Lower-cased emails and usernames given out by this plan, to the member that got it.
    claimed: HashMap<String, &'a str>,
    /// Who holds each email and username (`email:x`, `username:x`) once the plan is
    /// applied: see [`final_holders`].
    held: HashMap<String, String>,
    /// The rule's links by user id, and the members in scope: what tells a member that
    /// came back under a new id from one whose address another member has.
    link_of_user: HashMap<&'a str, &'a InboundLink>,
    in_scope: HashSet<&'a str>,
}

impl Draft<'_> {
    fn verdict(
        &mut self,
        user_id: &str,
        email: &str,
        member: &str,
        state: UserState,
        reason: Option<String>,
    ) {
        self.verdicts.push(Verdict {
            user_id: user_id.to_string(),
            email: email.to_string(),
            state,
            team_member_id: Some(member.to_string()),
            member_status: None,
            reason,
            wanted_status: None,
            drift: false,
        });
    }

    fn operation(
        &mut self,
        user_id: &str,
        email: &str,
        action: DirectoryAction,
        reason: impl Into<String>,
    ) {
        self.operations.push(DirectoryOperation {
            user_id: user_id.to_string(),
            email: email.to_string(),
            action,
            reason: reason.into(),
            changes: Vec::new(),
        });
    }
}

pub(crate) fn plan_inbound(input: &InboundInput<'_>) -> InboundPlan {
    let by_member: HashMap<&str, &InboundLink> = input
        .links
        .iter()
        .map(|l| (l.source_id.as_str(), l))
        .collect();
    let mut draft = Draft {
        input,
        operations: Vec::new(),
        verdicts: Vec::new(),
        matched: HashSet::new(),
        claimed: HashMap::new(),
        held: final_holders(input, &by_member),
        link_of_user: input
            .links
            .iter()
            .map(|l| (l.user_id.as_str(), l))
            .collect(),
        in_scope: input
            .candidates
            .iter()
            .map(|c| c.source_id.as_str())
            .collect(),
    };
    for c in input.candidates {
        plan_member(&mut draft, &by_member, c);
    }
    for link in input.links {
        if !draft.matched.contains(link.source_id.as_str()) {
            plan_leaver(&mut draft, link);
        }
    }
    let deprovisions = draft
        .operations
        .iter()
        .filter(|o| o.action.is_deprovision())
        .count() as u64;
    let guard = deletion_guard(
        &GuardInput {
            limit: input.limit,
            allow_deletes: input.allow_deletes,
            deprovisions,
            linked: input.links.len() as u64,
            // No member in scope while users are linked: a filter gone wrong, or the
            // wrong team. Deleting the rule with deprovisioning means exactly that.
            empty_scope: input.candidates.is_empty()
                && !input.links.is_empty()
                && !input.deprovision_all,
            changes: Default::default(),
            allow_changes: None,
        },
        &input.groups,
    );
    draft.operations.sort_by_key(|o| o.action.order());
    InboundPlan {
        operations: draft.operations,
        verdicts: draft.verdicts,
        guard,
    }
}

/// Who holds each email and username once the plan is applied: users from elsewhere keep
/// theirs; the rule's users take their members' mapped values (so members that swap or
/// pass on addresses converge in one run), or keep theirs when their member left or its
/// mapping failed.
fn final_holders(
    input: &InboundInput<'_>,
    by_member: &HashMap<&str, &InboundLink>,
) -> HashMap<String, String> {
    let mut held = HashMap::new();
    let mut remapped = HashSet::new();
    for c in input.candidates {
        let (Some(link), Ok(p)) = (by_member.get(c.source_id.as_str()), &c.profile) else {
            continue;
        };
        if input.owned.contains_key(&link.user_id) {
            held.insert(
                format!("email:{}", p.email.to_lowercase()),
                link.user_id.clone(),
            );
            let username = format!("username:{}", p.username.to_lowercase());
            held.insert(username, link.user_id.clone());
            remapped.insert(link.user_id.as_str());
        }
    }
    for (kind, current) in [("email", input.emails), ("username", input.usernames)] {
        for (value, user_id) in current {
            if !remapped.contains(user_id.as_str()) {
                held.insert(format!("{kind}:{value}"), user_id.clone());
            }
        }
    }
    held
}

/// One member in scope: its mapping, its user (linked, or found by email), then what to
/// write.
fn plan_member<'a>(
    draft: &mut Draft<'a>,
    by_member: &HashMap<&str, &'a InboundLink>,
    c: &'a Candidate,
) {
    let input = draft.input;
    let id = c.source_id.as_str();
    let linked = by_member.get(id).and_then(|l| input.owned.get(&l.user_id));
    if let Some(l) = by_member.get(id) {
        draft.matched.insert(l.source_id.as_str());
    }
    let profile = match &c.profile {
        Ok(p) => p,
        Err(e) => {
            let user_id = linked.map_or(id, |u| u.id.as_str());
            draft.verdict(
                user_id,
                &c.email,
                id,
                UserState::Failed,
                Some(e.to_string()),
            );
            return;
        }
    };
    if linked.is_none() {
        if let Some((rule, user_id)) = input.provisioned.get(id) {
            let reason =
                format!("provisioned from the directory by outbound rule {rule:?}: left to it");
            draft.verdict(user_id, &c.email, id, UserState::Synced, Some(reason));
            return;
        }
    }
    let user = match linked {
        Some(u) => Some((u, false)),
        None => match returning_user(draft, profile) {
            Ok(found) => found,
            Err(conflict) => {
                draft.verdict(id, &c.email, id, UserState::Failed, Some(conflict));
                return;
            }
        },
    };
    if let Some(conflict) = claim(draft, user.map(|(u, _)| u.id.as_str()), profile, id) {
        draft.verdict(id, &c.email, id, UserState::Failed, Some(conflict));
        return;
    }
    match user {
        Some((u, relink)) => plan_update(draft, u, relink, profile, id),
        None => plan_create(draft, profile, c),
    }
}

/// A member with no link whose email is a user's: one this rule brought in from a member
/// that left (it came back under a new id: the user follows it, `true`), else a conflict.
fn returning_user<'a>(
    draft: &mut Draft<'a>,
    profile: &DirectoryProfile,
) -> std::result::Result<Option<(&'a User, bool)>, String> {
    let input = draft.input;
    let key = format!("email:{}", profile.email.to_lowercase());
    let Some(holder) = draft.held.get(&key) else {
        return Ok(None);
    };
    let link = draft.link_of_user.get(holder.as_str()).copied();
    match (input.owned.get(holder), link) {
        (Some(u), Some(l))
            if !input.excluded.contains_key(&l.source_id)
                && !draft.in_scope.contains(l.source_id.as_str()) =>
        {
            draft.matched.insert(l.source_id.as_str());
            Ok(Some((u, true)))
        }
        (Some(_), _) => Err(format!(
            "the directory user {holder} with this email mirrors {}",
            input.origin.place()
        )),
        (None, _) => Err(format!(
            "the directory already has a user with this email ({holder}) that this rule did not bring in; it is left alone"
        )),
    }
}

/// Takes the profile's email and username for the member; a conflict when another user,
/// or another member of this plan, holds one.
fn claim<'a>(
    draft: &mut Draft<'a>,
    own: Option<&str>,
    p: &DirectoryProfile,
    member: &'a str,
) -> Option<String> {
    for (what, value) in [("email", &p.email), ("username", &p.username)] {
        let key = value.to_lowercase();
        let holder = draft.held.get(&format!("{what}:{key}"));
        if let Some(holder) = holder.filter(|h| Some(h.as_str()) != own) {
            return Some(format!(
                "another directory user ({holder}) has the {what} {value:?}; it is left alone"
            ));
        }
        if let Some(first) = draft.claimed.get(&format!("{what}:{key}")) {
            let one = draft.input.origin.one();
            return Some(format!("{one} {first} maps to the same {what} {value:?}"));
        }
    }
    draft
        .claimed
        .insert(format!("email:{}", p.email.to_lowercase()), member);
    draft
        .claimed
        .insert(format!("username:{}", p.username.to_lowercase()), member);
    None
}

fn plan_create(draft: &mut Draft<'_>, profile: &DirectoryProfile, c: &Candidate) {
    let id = c.source_id.as_str();
    if !draft.input.actions.create_users {
        let reason = "not in the directory, and the connection does not create users";
        draft.verdict(id, &c.email, id, UserState::Unsynced, Some(reason.into()));
        return;
    }
    let create = DirectoryAction::Create {
        source_id: id.to_string(),
        profile: profile.clone(),
    };
    let reason = draft.input.origin.arrived();
    draft.operation("", &c.email, create, reason);
    // The id is made when the user is written; the executor fills it in.
    draft.verdict("", &c.email, id, UserState::Synced, None);
}

/// The fields of `user` that differ from the profile (and the population, and a new
/// member id); what the connection's actions do not allow is reported, not written.
fn plan_update(
    draft: &mut Draft<'_>,
    user: &User,
    relink: bool,
    profile: &DirectoryProfile,
    member: &str,
) {
    let actions = draft.input.actions;
    let population = draft.input.population;
    let differs = |a: &str, b: &str| (a != b).then(|| b.to_string());
    let mut changes = DirectoryChanges {
        email: differs(&user.email, &profile.email),
        username: differs(&user.username, &profile.username),
        given_name: differs(&user.given_name, &profile.given_name),
        surname: differs(&user.surname, &profile.surname),
        enabled: (user.enabled != profile.enabled).then_some(profile.enabled),
        attributes: profile
            .attributes
            .iter()
            .filter(|(k, v)| user.attributes.get(*k) != Some(*v))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
        population: (!user.population.eq_ignore_ascii_case(population))
            .then(|| population.to_string()),
        source_id: relink.then(|| member.to_string()),
    };
    let mut skipped = Vec::new();
    if changes.enabled == Some(false) && !actions.disable_users {
        changes.enabled = None;
        skipped.push("to be disabled, but the connection does not disable users".to_string());
    }
    let relinked = changes.source_id.clone();
    if !actions.update_users && !changes.is_empty() {
        skipped.push(format!(
            "{}, but the connection does not update users",
            changes.reason(draft.input.origin)
        ));
        changes = DirectoryChanges {
            source_id: relinked,
            ..DirectoryChanges::default()
        };
    }
    if !changes.is_empty() {
        let origin = draft.input.origin;
        let reason = changes.reason(origin);
        let diff = changes.against(user, origin);
        let update = DirectoryAction::Update { changes };
        draft.operation(&user.id, &user.email, update, reason);
        if let Some(op) = draft.operations.last_mut() {
            op.changes = diff;
        }
    }
    let state = if skipped.is_empty() {
        UserState::Synced
    } else {
        UserState::PartiallySynced
    };
    let reason = (!skipped.is_empty()).then(|| skipped.join("; "));
    draft.verdict(&user.id, &profile.email, member, state, reason);
}

/// A user the rule brought in whose member is no longer in scope.
fn plan_leaver(draft: &mut Draft<'_>, link: &InboundLink) {
    let input = draft.input;
    let Some(user) = input.owned.get(&link.user_id) else {
        return;
    };
    let member = link.source_id.as_str();
    let why = input.excluded.get(member);
    let (action, reason) = match why {
        Some(Excluded::FilterFailed(e)) => {
            let reason = format!("{e}; the user is left as it is");
            draft.verdict(
                &user.id,
                &user.email,
                member,
                UserState::Failed,
                Some(reason),
            );
            return;
        }
        _ if input.deprovision_all => (
            Some(DirectoryAction::Delete),
            "the rule is deleted with deprovisioning",
        ),
        _ if !input.actions.deprovision_users => (
            None,
            "out of scope, and the connection does not deprovision users",
        ),
        Some(Excluded::NotActive) => (Some(DirectoryAction::Delete), input.origin.inactive()),
        Some(Excluded::Filtered) => leave_action(input.actions, user, "out of the rule's filter"),
        None => leave_action(input.actions, user, input.origin.gone()),
    };
    let state = match action {
        Some(DirectoryAction::Delete) => {
            draft.operation(&user.id, &user.email, DirectoryAction::Delete, reason);
            return;
        }
        Some(a) => {
            let disables = a == DirectoryAction::Disable;
            draft.operation(&user.id, &user.email, a, reason);
            if let (true, Some(op)) = (disables, draft.operations.last_mut()) {
                op.changes = vec![crate::model::Change {
                    attribute: "enabled".into(),
                    old: Some("true".into()),
                    new: Some("false".into()),
                }];
            }
            UserState::Unsynced
        }
        None => UserState::Unsynced,
    };
    draft.verdict(
        &user.id,
        &user.email,
        member,
        state,
        Some(reason.to_string()),
    );
}

/// The connection's remove action for a member that left: delete the user, or disable
/// it (once).
fn leave_action(
    actions: &UserActions,
    user: &User,
    why: &'static str,
) -> (Option<DirectoryAction>, &'static str) {
    match actions.remove_action {
        RemoveAction::Delete => (Some(DirectoryAction::Delete), why),
        RemoveAction::Disable if user.enabled => (Some(DirectoryAction::Disable), why),
        RemoveAction::Disable => (None, why),
    }
}

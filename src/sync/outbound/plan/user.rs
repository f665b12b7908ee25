//! One in-scope user's operations: correlated to its member (or held, recovered,
//! handed over), then created, updated, suspended or unsuspended as its profile and
//! status ask and the connection's user actions allow.

use super::index::{Draft, Found, Index};
use super::operation::*;
use crate::mapping::{Profile, WantedStatus};
use crate::model::{
    Member, MemberStatus, Mirror, ProfileChanges, RemoveAction, UserActions, UserState,
};

/// One in-scope user: failed mapping, correlation, ownership, then what to change.
pub(super) fn plan_user<'a>(
    actions: &UserActions,
    index: &Index<'a>,
    draft: &mut Draft<'a>,
    d: &'a Desired,
) {
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
pub(super) fn removed_by_hand(index: &Index<'_>, user_id: &str) -> bool {
    index.my_link_of_user.contains_key(user_id) && index.keeps_drift(user_id)
}

/// The member of a user gone from the directory whose address a user in scope carries,
/// while that user's mapping fails: held for it (not deprovisioned) until it is fixed.
pub(super) fn held<'a>(
    index: &Index<'a>,
    draft: &mut Draft<'a>,
    d: &Desired,
) -> Option<&'a Member> {
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
pub(super) fn keeps_external_id(
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
pub(super) fn plan_mirrored<'a>(
    index: &Index<'a>,
    draft: &mut Draft<'a>,
    d: &'a Desired,
    mirror: &Mirror,
) {
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
pub(super) fn plan_recovery<'a>(
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
pub(super) fn foreign_account(removed: &Member, profile: &Profile, found: Found) -> Option<String> {
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
pub(super) fn plan_absent(
    actions: &UserActions,
    draft: &mut Draft<'_>,
    d: &Desired,
    profile: &Profile,
) {
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
pub(super) enum Ownership<'a> {
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
pub(super) fn ownership<'a>(
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
pub(super) fn profile_changes(member: &Member, profile: &Profile) -> ProfileChanges {
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
pub(super) fn plan_profile(
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
    // Who changed it (the directory, or someone in Dropbox) the plan cannot know.
    let differ = format!("{} from the directory's", changes.in_words());
    if !actions.update_users {
        notes.push(format!(
            "{differ}, and the connection does not update users"
        ));
        return notes;
    }
    // An invitation goes to the address it was sent to: a new address needs a new one
    // (unless the connection sends none).
    let reinvite = invited && (changes.email.is_some() || owed);
    let diff = changes.against(member);
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
    draft.changing(d, (update, reason), diff);
    notes
}

/// A suspension, removal of an invitation or unsuspension when the wanted status
/// differs; returns what was skipped and why.
pub(super) fn plan_status(
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
            let status = status_change(member, &suspend);
            draft.changing(d, (suspend, "disabled in the directory".into()), status);
        }
        (WantedStatus::Suspended, MemberStatus::Invited) if actions.disable_users => {
            let remove = Action::Deprovision {
                team_member_id: id,
                how: RemoveAction::Delete,
                invited: true,
            };
            let status = status_change(member, &remove);
            let reason = "disabled in the directory; an invited member cannot be suspended, so it is removed (it has no data)";
            draft.changing(d, (remove, reason.into()), status);
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
            let status = status_change(member, &unsuspend);
            draft.changing(d, (unsuspend, "enabled in the directory".into()), status);
        }
        (WantedStatus::Active, MemberStatus::Suspended) => {
            return Some("suspended in Dropbox, and the connection does not update users".into());
        }
        _ => {}
    }
    None
}

//! Drift: what was changed in Dropbox, outside dbxprov, to the members a rule manages
//! since its last run left them — suspended or unsuspended, renamed, re-addressed, given
//! another external id, removed — and to the members of its groups. Compared with what that run recorded of each member
//! (`user_states`). The next run's plan repairs what the rule manages; this shows it
//! first. Pure.

use std::collections::{BTreeSet, HashMap};

use serde::Serialize;

use super::plan::Member;
use crate::model::{Change, MemberStatus};
use crate::store::{GroupMirrorRow, MemberProfile, MirrorRow};

/// A member changed outside dbxprov since the rule's last run, and how.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub(crate) struct Drifted {
    pub(crate) user_id: String,
    pub(crate) email: String,
    pub(crate) team_member_id: String,
    /// In words: "suspended", "renamed", "re-addressed", "removed", ...
    pub(crate) what: String,
    pub(crate) changes: Vec<Change>,
}

/// The members of `mirror` that the team (`members` on it, `removed` recoverable) shows
/// otherwise than the rule's last run left them.
pub(crate) fn drift(mirror: &[MirrorRow], members: &[Member], removed: &[Member]) -> Vec<Drifted> {
    let on_team: HashMap<&str, &Member> = members
        .iter()
        .map(|m| (m.team_member_id.as_str(), m))
        .collect();
    let recoverable: HashMap<&str, &Member> = removed
        .iter()
        .map(|m| (m.team_member_id.as_str(), m))
        .collect();
    mirror
        .iter()
        .filter_map(|row| {
            let id = row.team_member_id.as_str();
            let (what, changes) = match on_team.get(id) {
                Some(m) => changed(row, m)?,
                None => gone(row, recoverable.contains_key(id)),
            };
            Some(Drifted {
                user_id: row.user_id.clone(),
                email: row.email.clone(),
                team_member_id: row.team_member_id.clone(),
                what,
                changes,
            })
        })
        .collect()
}

fn gone(row: &MirrorRow, recoverable: bool) -> (String, Vec<Change>) {
    let was = row.member_status.map_or("active", |s| s.as_str());
    let what = match recoverable {
        true => "removed (recoverable for 7 days from its removal)",
        false => "gone from the team",
    };
    (
        what.into(),
        vec![change("status", Some(was), Some("removed"))],
    )
}

/// How a member on the team differs from what the run left, if it does.
fn changed(row: &MirrorRow, m: &Member) -> Option<(String, Vec<Change>)> {
    let mut words = Vec::new();
    let mut changes = Vec::new();
    if let Some(was) = row.member_status {
        // An invitation accepted is no drift.
        let accepted = was == MemberStatus::Invited && m.status == MemberStatus::Active;
        if was != m.status && !accepted {
            words.push(match m.status {
                MemberStatus::Suspended => "suspended",
                MemberStatus::Active => "unsuspended",
                _ => "its status changed",
            });
            changes.push(change(
                "status",
                Some(was.as_str()),
                Some(m.status.as_str()),
            ));
        }
    }
    if let Some(p) = &row.profile {
        profile_changes(p, m, &mut words, &mut changes);
    }
    (!changes.is_empty()).then(|| (words.join(", "), changes))
}

fn profile_changes(
    p: &MemberProfile,
    m: &Member,
    words: &mut Vec<&'static str>,
    changes: &mut Vec<Change>,
) {
    let fields = [
        (
            "email",
            "re-addressed",
            Some(p.email.as_str()),
            Some(m.email.as_str()),
        ),
        (
            "given_name",
            "renamed",
            Some(p.given_name.as_str()),
            Some(m.given_name.as_str()),
        ),
        (
            "surname",
            "renamed",
            Some(p.surname.as_str()),
            Some(m.surname.as_str()),
        ),
        (
            "external_id",
            "given another external id",
            p.external_id.as_deref(),
            m.external_id.as_deref(),
        ),
    ];
    for (attribute, word, was, now) in fields {
        let differs = match attribute {
            "email" => !was.unwrap_or("").eq_ignore_ascii_case(now.unwrap_or("")),
            _ => was != now,
        };
        if differs {
            if !words.contains(&word) {
                words.push(word);
            }
            changes.push(change(attribute, was, now));
        }
    }
}

fn change(attribute: &str, old: Option<&str>, new: Option<&str>) -> Change {
    Change {
        attribute: attribute.into(),
        old: old.map(str::to_string),
        new: new.map(str::to_string),
    }
}

/// One of the rule's Dropbox groups whose members were changed outside dbxprov since its
/// last run: the members added and removed (emails, or ids of members gone).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub(crate) struct GroupDrift {
    pub(crate) name: String,
    pub(crate) dropbox_group_id: String,
    pub(crate) added: Vec<String>,
    pub(crate) removed: Vec<String>,
}

/// The groups of `mirror` whose members on the team now (`members`, each listing its
/// groups) differ from those the rule's last run left. A member gone from the team is not
/// counted here: it is a member's drift.
pub(crate) fn group_drift(mirror: &[GroupMirrorRow], members: &[Member]) -> Vec<GroupDrift> {
    let email: HashMap<&str, &str> = members
        .iter()
        .map(|m| (m.team_member_id.as_str(), m.email.as_str()))
        .collect();
    mirror
        .iter()
        .filter_map(|g| {
            let now: BTreeSet<&str> = members
                .iter()
                .filter(|m| m.groups.contains(&g.dropbox_group_id))
                .map(|m| m.team_member_id.as_str())
                .collect();
            let was: BTreeSet<&str> = g.member_ids.iter().map(String::as_str).collect();
            let named = |ids: Vec<&str>| -> Vec<String> {
                ids.into_iter().map(|id| email[id].to_string()).collect()
            };
            let added = named(now.difference(&was).copied().collect());
            let gone = was.difference(&now).copied();
            let removed = named(gone.filter(|id| email.contains_key(id)).collect());
            (!added.is_empty() || !removed.is_empty()).then(|| GroupDrift {
                name: g.name.clone(),
                dropbox_group_id: g.dropbox_group_id.clone(),
                added,
                removed,
            })
        })
        .collect()
}

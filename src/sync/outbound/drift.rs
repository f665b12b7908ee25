//! Drift: what was changed in Dropbox, outside dbxprov, to the members a rule manages
//! since its last run left them — suspended or unsuspended, renamed, re-addressed, given
//! another external id, removed. Compared with what that run recorded of each member
//! (`user_states`). The next run's plan repairs what the rule manages; this shows it
//! first. Pure.

use std::collections::HashMap;

use serde::Serialize;

use super::plan::Member;
use crate::model::{Change, MemberStatus};
use crate::store::{MemberProfile, MirrorRow};

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

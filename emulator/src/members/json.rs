//! Owns the JSON of a member as the routes answer it: `TeamMemberInfoV2`, its
//! `TeamMemberProfile` (with the ids of the member's groups), the plainer `MemberProfile`
//! that group member lists show, `users.Name`, and timestamps (null optionals omitted).
//! Above `member`; the route handlers render members through it.

use std::time::SystemTime;

use serde_json::{json, Value};

use crate::members::member::{Member, MemberStatus, Role};

/// `TeamMemberInfoV2`: `{profile, roles}`; `groups` are the ids of the member's groups,
/// `recoverable` whether a removed member can still be recovered.
pub(crate) fn member_info(member: &Member, groups: Vec<String>, recoverable: bool) -> Value {
    let roles: Vec<Value> = member.role.iter().map(|r| role(r)).collect();
    let mut profile = team_member_profile(member, groups);
    if member.status == MemberStatus::Removed {
        profile["status"]["is_recoverable"] = recoverable.into();
    }
    json!({"profile": profile, "roles": roles})
}

fn role(role: &Role) -> Value {
    json!({"role_id": role.id, "name": role.name, "description": role.description})
}

/// `TeamMemberProfile`: a `MemberProfile` with the member's groups and folders.
fn team_member_profile(m: &Member, groups: Vec<String>) -> Value {
    let mut profile = member_profile(m);
    if let Value::Object(map) = &mut profile {
        map.insert("groups".into(), groups.into());
        map.insert("member_folder_id".into(), m.member_folder_id.clone().into());
        map.insert("root_folder_id".into(), m.root_folder_id.clone().into());
    }
    profile
}

/// `MemberProfile`, null optionals omitted: what `GroupMemberInfo` shows of a member.
pub(crate) fn member_profile(m: &Member) -> Value {
    let status = match m.status {
        MemberStatus::Active => json!({".tag": "active"}),
        MemberStatus::Invited => json!({".tag": "invited"}),
        MemberStatus::Suspended => json!({".tag": "suspended"}),
        // A kept account became a personal one: disconnected from the team for good.
        // Whether it is recoverable depends on the clock: `member_info` says.
        MemberStatus::Removed => json!({
            ".tag": "removed",
            "is_recoverable": false,
            "is_disconnected": m.kept_account,
        }),
    };
    let mut profile = json!({
        "team_member_id": m.team_member_id,
        "account_id": m.account_id,
        "email": m.email,
        "email_verified": m.email_verified,
        "status": status,
        "name": name(&m.given_name, &m.surname),
        "membership_type": {".tag": "full"},
    });
    let optional = [
        ("external_id", m.external_id.clone().map(Value::from)),
        ("invited_on", m.invited_on.map(|t| timestamp(t).into())),
        ("joined_on", m.joined_on.map(|t| timestamp(t).into())),
        ("suspended_on", m.suspended_on.map(|t| timestamp(t).into())),
        ("persistent_id", m.persistent_id.clone().map(Value::from)),
        (
            "is_directory_restricted",
            m.is_directory_restricted.map(Value::from),
        ),
    ];
    if let Value::Object(map) = &mut profile {
        for (key, value) in optional {
            if let Some(value) = value {
                map.insert(key.into(), value);
            }
        }
    }
    profile
}

/// `users.Name`, derived from the two parts Dropbox lets a team admin set.
fn name(given: &str, surname: &str) -> Value {
    let parts = [given, surname];
    let display = parts
        .iter()
        .filter(|p| !p.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    let abbreviated: String = parts
        .iter()
        .filter_map(|p| p.chars().next())
        .flat_map(char::to_uppercase)
        .collect();
    json!({
        "given_name": given,
        "surname": surname,
        "familiar_name": if given.is_empty() { surname } else { given },
        "display_name": display,
        "abbreviated_name": abbreviated,
    })
}

/// `2024-01-02T03:04:05Z` (UTC, whole seconds), the only timestamp format Dropbox sends.
pub(crate) fn timestamp(t: SystemTime) -> String {
    humantime::format_rfc3339_seconds(t).to_string()
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, UNIX_EPOCH};

    use super::*;

    #[test]
    fn timestamps_are_utc_seconds() {
        let at = |secs| timestamp(UNIX_EPOCH + Duration::from_secs(secs));
        assert_eq!(at(0), "1970-01-01T00:00:00Z");
        assert_eq!(at(1_704_164_645), "2024-01-02T03:04:05Z");
        assert_eq!(at(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(at(1_709_251_199), "2024-02-29T23:59:59Z");
        assert_eq!(at(4_102_444_800), "2100-01-01T00:00:00Z");
    }

    #[test]
    fn names_are_derived_from_given_name_and_surname() {
        let n = name("ada", "Lovelace");
        assert_eq!(n["display_name"], "ada Lovelace");
        assert_eq!(n["abbreviated_name"], "AL");
        assert_eq!(n["familiar_name"], "ada");
        let n = name("", "Lovelace");
        assert_eq!(n["display_name"], "Lovelace");
        assert_eq!(n["familiar_name"], "Lovelace");
    }
}

//! Owns the JSON of a group as the groups routes answer it: `team_common.GroupSummary`,
//! `GroupFullInfo` (creation time in milliseconds since the epoch) and `GroupMemberInfo`,
//! null optionals omitted. Above `groups::group` and `members::json`.

use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::{json, Value};

use crate::groups::group::{Group, GroupMember};
use crate::members::json::member_profile;
use crate::members::member::Member;

/// `GroupSummary`: `{group_name, group_id, group_external_id?, member_count,
/// group_management_type}`.
pub(crate) fn group_summary(group: &Group) -> Value {
    let mut summary = json!({
        "group_name": group.name,
        "group_id": group.group_id,
        "member_count": group.members.len(),
        "group_management_type": {".tag": group.management_type.as_str()},
    });
    if let (Some(id), Value::Object(map)) = (&group.external_id, &mut summary) {
        map.insert("group_external_id".into(), id.clone().into());
    }
    summary
}

/// `GroupFullInfo`: the summary, `created`, and `members` when they are asked for.
pub(crate) fn group_full_info(group: &Group, members: Option<Vec<Value>>) -> Value {
    let mut info = group_summary(group);
    if let Value::Object(map) = &mut info {
        map.insert("created".into(), millis(group.created).into());
        if let Some(members) = members {
            map.insert("members".into(), members.into());
        }
    }
    info
}

/// `GroupMemberInfo`: `{profile: MemberProfile, access_type}`.
pub(crate) fn group_member_info(member: &Member, in_group: &GroupMember) -> Value {
    json!({
        "profile": member_profile(member),
        "access_type": {".tag": in_group.access.as_str()},
    })
}

fn millis(t: SystemTime) -> u64 {
    t.duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

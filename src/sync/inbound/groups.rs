//! The groups an inbound rule of an LDAP directory brings in: the directory's groups
//! flattened (nested groups give their members to every group that holds them, cycles
//! tolerated; `member`/`uniqueMember` and `memberOf` alike), then planned against the
//! directory groups the rule owns — created, renamed (a group is known by its anchor,
//! not its name), their members set, deleted — as a pure function.

use std::collections::{BTreeSet, HashMap, HashSet};

use serde::Serialize;

use crate::model::Change;

/// A group as the directory gave it.
#[derive(Clone, Debug, Default)]
pub(crate) struct SourceGroup {
    /// Its normalized DN (what `member` values name).
    pub(crate) dn: String,
    /// Its anchor (`objectGUID` / `entryUUID`).
    pub(crate) source_id: String,
    pub(crate) name: String,
    /// Normalized DNs of its direct members: users and groups.
    pub(crate) members: Vec<String>,
    /// One of the rule's groups (matched by its group filter); the others only pass
    /// their members on to the groups that hold them.
    pub(crate) wanted: bool,
}

/// A group the rule wants in the directory, with the anchors of its users.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct WantedGroup {
    pub(crate) source_id: String,
    pub(crate) name: String,
    pub(crate) members: BTreeSet<String>,
}

/// The rule's groups with their members flattened: `users` maps a user's normalized DN
/// to its anchor (only the rule's users count as members), `member_of` lists, per user
/// DN, the group DNs its `memberOf` names.
pub(crate) fn flatten(
    groups: &[SourceGroup],
    users: &HashMap<String, String>,
    member_of: &HashMap<String, Vec<String>>,
) -> Vec<WantedGroup> {
    let by_dn: HashMap<&str, &SourceGroup> = groups.iter().map(|g| (g.dn.as_str(), g)).collect();
    // memberOf adds the user to the group, as `member` would.
    let mut extra: HashMap<&str, Vec<&str>> = HashMap::new();
    for (user, of) in member_of {
        for group in of {
            extra.entry(group.as_str()).or_default().push(user.as_str());
        }
    }
    groups
        .iter()
        .filter(|g| g.wanted)
        .map(|g| {
            let mut members = BTreeSet::new();
            let mut seen: HashSet<&str> = HashSet::new();
            let mut todo = vec![g.dn.as_str()];
            while let Some(dn) = todo.pop() {
                if !seen.insert(dn) {
                    continue;
                }
                let direct = by_dn
                    .get(dn)
                    .map(|x| x.members.as_slice())
                    .unwrap_or_default();
                let via = extra.get(dn).map(Vec::as_slice).unwrap_or_default();
                for m in direct.iter().map(String::as_str).chain(via.iter().copied()) {
                    match users.get(m) {
                        Some(anchor) => {
                            members.insert(anchor.clone());
                        }
                        None if by_dn.contains_key(m) => todo.push(m),
                        None => {}
                    }
                }
            }
            WantedGroup {
                source_id: g.source_id.clone(),
                name: g.name.clone(),
                members,
            }
        })
        .collect()
}

/// One write to the directory's groups.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub(crate) enum GroupAction {
    Create {
        source_id: String,
        members: Vec<String>,
    },
    Rename {
        from: String,
    },
    Members {
        add: Vec<String>,
        remove: Vec<String>,
    },
    Delete,
}

impl GroupAction {
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            GroupAction::Create { .. } => "group create",
            GroupAction::Rename { .. } => "group rename",
            GroupAction::Members { .. } => "group members",
            GroupAction::Delete => "group delete",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub(crate) struct GroupOperation {
    /// The directory group (empty for a creation).
    pub(crate) group_id: String,
    /// Its name after the operation.
    pub(crate) name: String,
    pub(crate) action: GroupAction,
    /// Why, in a sentence.
    pub(crate) reason: String,
    /// What it changes, old -> new (a rename's name).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) changes: Vec<Change>,
}

/// A group of the directory as the plan sees it.
#[derive(Clone, Debug, Default)]
pub(crate) struct DirectoryGroup {
    pub(crate) name: String,
    pub(crate) members: HashSet<String>,
}

pub(crate) struct GroupsInput<'a> {
    pub(crate) wanted: &'a [WantedGroup],
    /// The rule's groups: anchor -> directory group id.
    pub(crate) owned: &'a HashMap<String, String>,
    /// Every directory group, by id.
    pub(crate) groups: &'a HashMap<String, DirectoryGroup>,
    /// The rule's users: anchor -> directory user id (those it has written).
    pub(crate) user_of: &'a HashMap<String, String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub(crate) struct GroupsPlan {
    pub(crate) operations: Vec<GroupOperation>,
    /// Groups left alone: (name, why).
    pub(crate) conflicts: Vec<(String, String)>,
}

pub(crate) fn plan_groups(input: &GroupsInput<'_>) -> GroupsPlan {
    let mut plan = GroupsPlan::default();
    let wanted_ids: HashSet<&str> = input.wanted.iter().map(|w| w.source_id.as_str()).collect();
    // Names held once the plan is applied: other groups keep theirs.
    let mut taken: HashMap<String, &str> = input
        .groups
        .iter()
        .filter(|(id, _)| !input.owned.values().any(|o| o == *id))
        .map(|(id, g)| (g.name.to_lowercase(), id.as_str()))
        .collect();
    for (anchor, id) in input.owned {
        if !wanted_ids.contains(anchor.as_str()) {
            let name = input
                .groups
                .get(id)
                .map_or_else(String::new, |g| g.name.clone());
            plan.operations.push(GroupOperation {
                group_id: id.clone(),
                name,
                action: GroupAction::Delete,
                reason: "the group is no longer in LDAP, or no longer found by the rule's \
                         group filter"
                    .into(),
                changes: vec![],
            });
        }
    }
    for w in input.wanted {
        if taken.contains_key(&w.name.to_lowercase()) {
            let why = "a directory group of this name exists that this rule did not bring in \
                       (or another of its groups has it); it is left alone";
            plan.conflicts.push((w.name.clone(), why.to_string()));
            continue;
        }
        let members: BTreeSet<&str> = w
            .members
            .iter()
            .filter_map(|a| input.user_of.get(a))
            .map(String::as_str)
            .collect();
        match input
            .owned
            .get(&w.source_id)
            .and_then(|id| Some((id, input.groups.get(id)?)))
        {
            None => plan.operations.push(GroupOperation {
                group_id: String::new(),
                name: w.name.clone(),
                action: GroupAction::Create {
                    source_id: w.source_id.clone(),
                    members: members.iter().map(|m| m.to_string()).collect(),
                },
                reason: format!(
                    "the group is in LDAP, with {} of the rule's users",
                    members.len()
                ),
                changes: vec![],
            }),
            Some((id, current)) => plan_update(&mut plan, id, current, w, &members),
        }
        taken.insert(w.name.to_lowercase(), "");
    }
    plan
}

fn plan_update(
    plan: &mut GroupsPlan,
    id: &str,
    current: &DirectoryGroup,
    w: &WantedGroup,
    members: &BTreeSet<&str>,
) {
    let op = |action, reason: String, changes| GroupOperation {
        group_id: id.to_string(),
        name: w.name.clone(),
        action,
        reason,
        changes,
    };
    if current.name != w.name {
        let name = Change {
            attribute: "name".into(),
            old: Some(current.name.clone()),
            new: Some(w.name.clone()),
        };
        let rename = GroupAction::Rename {
            from: current.name.clone(),
        };
        let reason = "the name differs from the group's in LDAP".into();
        plan.operations.push(op(rename, reason, vec![name]));
    }
    let add: Vec<String> = members
        .iter()
        .filter(|m| !current.members.contains(**m))
        .map(|m| m.to_string())
        .collect();
    let mut remove: Vec<String> = current
        .members
        .iter()
        .filter(|m| !members.contains(m.as_str()))
        .cloned()
        .collect();
    remove.sort();
    if !add.is_empty() || !remove.is_empty() {
        let reason = format!(
            "its members in LDAP: {} to add, {} to remove",
            add.len(),
            remove.len()
        );
        plan.operations
            .push(op(GroupAction::Members { add, remove }, reason, vec![]));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group(dn: &str, members: &[&str], wanted: bool) -> SourceGroup {
        SourceGroup {
            dn: dn.into(),
            source_id: format!("id-{dn}"),
            name: dn.trim_start_matches("cn=").into(),
            members: members.iter().map(|m| m.to_string()).collect(),
            wanted,
        }
    }

    #[test]
    fn nested_groups_give_their_members_to_each_holder_and_cycles_end() {
        let groups = [
            group("cn=all", &["cn=eng", "uid=a"], true),
            group("cn=eng", &["uid=b", "cn=ops", "cn=all"], true),
            // Not one of the rule's groups, but nested in one: its members count.
            group("cn=ops", &["uid=c", "uid=stranger"], false),
        ];
        let users: HashMap<String, String> = [
            ("uid=a", "A"),
            ("uid=b", "B"),
            ("uid=c", "C"),
            ("uid=d", "D"),
        ]
        .map(|(d, a)| (d.to_string(), a.to_string()))
        .into();
        let member_of = HashMap::from([("uid=d".to_string(), vec!["cn=ops".to_string()])]);
        let wanted = flatten(&groups, &users, &member_of);
        let members = |name: &str| {
            let g = wanted.iter().find(|w| w.name == name).unwrap();
            g.members.iter().cloned().collect::<Vec<_>>().join(",")
        };
        assert_eq!(wanted.len(), 2);
        assert_eq!(members("all"), "A,B,C,D");
        assert_eq!(members("eng"), "A,B,C,D");
    }

    #[test]
    fn groups_are_known_by_anchor_renamed_and_left_alone_when_not_the_rules() {
        let wanted = vec![
            WantedGroup {
                source_id: "g1".into(),
                name: "Engineering".into(),
                members: ["A".to_string()].into(),
            },
            WantedGroup {
                source_id: "g2".into(),
                name: "Sales".into(),
                members: BTreeSet::new(),
            },
            WantedGroup {
                source_id: "g3".into(),
                name: "New".into(),
                members: ["A".to_string(), "Z".to_string()].into(),
            },
        ];
        let owned = HashMap::from([
            ("g1".to_string(), "grp-1".to_string()),
            ("gone".to_string(), "grp-9".to_string()),
        ]);
        let groups = HashMap::from([
            (
                "grp-1".to_string(),
                DirectoryGroup {
                    name: "Eng".into(),
                    members: ["u-b".to_string()].into(),
                },
            ),
            (
                "grp-9".to_string(),
                DirectoryGroup {
                    name: "Old".into(),
                    members: HashSet::new(),
                },
            ),
            (
                "grp-x".to_string(),
                DirectoryGroup {
                    name: "sales".into(),
                    members: HashSet::new(),
                },
            ),
        ]);
        let user_of = HashMap::from([("A".to_string(), "u-a".to_string())]);
        let plan = plan_groups(&GroupsInput {
            wanted: &wanted,
            owned: &owned,
            groups: &groups,
            user_of: &user_of,
        });
        let kinds: Vec<(&str, &str)> = plan
            .operations
            .iter()
            .map(|o| (o.action.kind(), o.name.as_str()))
            .collect();
        assert_eq!(
            kinds,
            [
                ("group delete", "Old"),
                ("group rename", "Engineering"),
                ("group members", "Engineering"),
                ("group create", "New")
            ]
        );
        assert_eq!(
            plan.operations[2].action,
            GroupAction::Members {
                add: vec!["u-a".into()],
                remove: vec!["u-b".into()]
            }
        );
        // A user not written (yet) is not a member; a name held by a group that is not
        // the rule's is a conflict, not a takeover.
        assert_eq!(
            plan.operations[3].action,
            GroupAction::Create {
                source_id: "g3".into(),
                members: vec!["u-a".into()]
            }
        );
        assert_eq!(plan.conflicts.len(), 1);
        assert_eq!(plan.conflicts[0].0, "Sales");
    }
}

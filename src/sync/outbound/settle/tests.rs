//! The unit tests of `settle`.

use super::*;

fn member(n: u32, given_name: &str, status: MemberStatus, groups: &[&str]) -> Member {
    Member {
        team_member_id: format!("dbmid:{n}"),
        email: format!("u{n}@x.co"),
        given_name: given_name.into(),
        surname: "S".into(),
        external_id: Some(format!("u-{n}")),
        status,
        groups: groups.iter().map(|g| g.to_string()).collect(),
    }
}

fn group(id: &str, name: &str, external_id: &str) -> DropboxGroup {
    DropboxGroup {
        group_id: id.into(),
        name: name.into(),
        external_id: Some(external_id.into()),
        system_managed: false,
    }
}

fn entry(id: i64, subject: &str, kind: &str, detail: serde_json::Value) -> JournalEntry {
    JournalEntry {
        id,
        user_id: subject.into(),
        email: String::new(),
        action: kind.into(),
        detail,
        reason: String::new(),
        changes: Vec::new(),
        status: JournalStatus::Unknown,
        error: None,
        note: None,
        updated_at: 0,
    }
}

fn user_op(subject: &str, action: Action) -> Operation {
    Operation {
        user_id: subject.into(),
        email: String::new(),
        action,
        reason: String::new(),
        changes: Vec::new(),
    }
}

fn group_op(subject: &str, action: GroupAction) -> GroupOperation {
    GroupOperation {
        group: subject.into(),
        name: String::new(),
        action,
        reason: String::new(),
        changes: Vec::new(),
    }
}

fn rename(to: &str) -> ProfileChanges {
    ProfileChanges {
        given_name: Some(to.into()),
        ..ProfileChanges::default()
    }
}

fn update(to: &str) -> Action {
    Action::Update {
        team_member_id: "dbmid:1".into(),
        changes: rename(to),
        reinvite: false,
    }
}

fn settled(
    unsettled: &[JournalEntry],
    planned: &[Operation],
    planned_groups: &[GroupOperation],
    members: &[Member],
    groups: &[DropboxGroup],
) -> Vec<Settlement> {
    let in_scope = HashSet::from(["u-1"]);
    let wanted_groups = HashSet::from(["g-1"]);
    let evidence = Evidence {
        planned,
        planned_groups,
        members,
        recoverable: &[],
        groups,
        in_scope: &in_scope,
        wanted_groups: &wanted_groups,
    };
    settle(unsettled, &evidence)
        .into_iter()
        .map(|(_, s)| s)
        .collect()
}

#[test]
fn an_applied_update_stays_applied_when_a_newer_one_is_planned() {
    let unsettled = [entry(
        1,
        "u-1",
        "update",
        serde_json::to_value(update("Bo")).unwrap(),
    )];
    let newer = [user_op("u-1", update("Cy"))];
    let applied = [member(1, "Bo", MemberStatus::Active, &[])];
    let lost = [member(1, "Al", MemberStatus::Active, &[])];
    assert_eq!(
        settled(&unsettled, &newer, &[], &applied, &[]),
        [Settlement::Shown]
    );
    assert_eq!(
        settled(&unsettled, &newer, &[], &lost, &[]),
        [Settlement::Redone]
    );
    assert_eq!(
        settled(&unsettled, &[], &[], &lost, &[]),
        [Settlement::NotShown]
    );
}

#[test]
fn a_suspension_or_removal_is_applied_only_when_the_team_shows_it() {
    let suspend = Action::Suspend {
        team_member_id: "dbmid:1".into(),
    };
    let remove = Action::Deprovision {
        team_member_id: "dbmid:1".into(),
        how: RemoveAction::Delete,
        invited: false,
    };
    let unsettled = [
        entry(1, "u-1", "suspend", serde_json::to_value(&suspend).unwrap()),
        entry(2, "u-1", "remove", serde_json::to_value(&remove).unwrap()),
    ];
    let active = [member(1, "Al", MemberStatus::Active, &[])];
    let suspended = [member(1, "Al", MemberStatus::Suspended, &[])];
    let (yes, no) = (Settlement::Shown, Settlement::NotShown);
    assert_eq!(settled(&unsettled, &[], &[], &active, &[]), [no, no]);
    assert_eq!(settled(&unsettled, &[], &[], &suspended, &[]), [yes, no]);
    assert_eq!(
        settled(&unsettled, &[], &[], &[], &[]),
        [Settlement::Unknowable, Settlement::Unknowable],
        "a member gone for good tells nothing"
    );
}

#[test]
fn group_operations_are_settled_by_the_groups_read() {
    let create = GroupAction::Create {
        name: "Sales".into(),
    };
    let rename = GroupAction::Rename {
        group_id: "dbgid:1".into(),
        name: "Sales EU".into(),
    };
    let delete = GroupAction::Delete {
        group_id: "dbgid:2".into(),
    };
    let remove = GroupAction::RemoveMembers {
        group_id: "dbgid:1".into(),
        members: vec!["dbmid:1".into()],
    };
    let detail = |a: &GroupAction| serde_json::to_value(a).unwrap();
    let unsettled = [
        entry(1, "g-1", "group_create", detail(&create)),
        entry(2, "g-1", "group_rename", detail(&rename)),
        entry(3, "g-2", "group_delete", detail(&delete)),
        entry(4, "g-1", "group_remove_members", detail(&remove)),
    ];
    let in_group = [member(1, "Al", MemberStatus::Active, &["dbgid:1"])];
    let before = [group("dbgid:2", "Old", "g-2")];
    let after = [group("dbgid:1", "Sales EU", "g-1")];
    let (yes, no) = (Settlement::Shown, Settlement::NotShown);
    assert_eq!(
        settled(&unsettled, &[], &[], &[], &after),
        [Settlement::Created, yes, yes, yes]
    );
    let again = [group_op("g-1", create.clone())];
    assert_eq!(
        settled(&unsettled, &[], &again, &in_group, &before),
        [Settlement::Redone, Settlement::Unknowable, no, no]
    );
    assert_eq!(
        settled(&unsettled[..1], &[], &[], &[], &before),
        [Settlement::NotCreated]
    );
}

#[test]
fn a_removal_shows_as_a_recoverable_member_and_an_unreadable_create_as_not_created() {
    let remove = |invited| Action::Deprovision {
        team_member_id: "dbmid:1".into(),
        how: RemoveAction::Delete,
        invited,
    };
    let unsettled = [
        entry(
            1,
            "u-1",
            "remove",
            serde_json::to_value(remove(false)).unwrap(),
        ),
        entry(
            2,
            "u-1",
            "remove",
            serde_json::to_value(remove(true)).unwrap(),
        ),
        entry(
            3,
            "u-1",
            "create",
            serde_json::json!({"op": "from a newer version"}),
        ),
    ];
    let removed = [member(1, "Al", MemberStatus::Active, &[])];
    let in_scope = HashSet::from(["u-1"]);
    let wanted_groups = HashSet::new();
    let evidence = Evidence {
        planned: &[],
        planned_groups: &[],
        members: &[],
        recoverable: &removed,
        groups: &[],
        in_scope: &in_scope,
        wanted_groups: &wanted_groups,
    };
    let got: Vec<Settlement> = settle(&unsettled, &evidence)
        .into_iter()
        .map(|(_, s)| s)
        .collect();
    assert_eq!(
        got,
        [Settlement::Shown, Settlement::Shown, Settlement::NotCreated]
    );
}

#[test]
fn added_members_are_settled_by_what_the_plan_has_left_to_do() {
    let add = GroupAction::AddMembers {
        group_id: Some("dbgid:1".into()),
        users: vec!["u-1".into()],
    };
    let unsettled = [
        entry(
            1,
            "g-1",
            "group_add_members",
            serde_json::to_value(&add).unwrap(),
        ),
        entry(
            2,
            "g-9",
            "group_add_members",
            serde_json::to_value(&add).unwrap(),
        ),
    ];
    let again = [group_op("g-1", add.clone())];
    assert_eq!(
        settled(&unsettled, &[], &[], &[], &[]),
        [Settlement::AsWanted, Settlement::Unknowable]
    );
    // Adding someone else to the group says nothing of this add.
    let others = GroupAction::AddMembers {
        group_id: Some("dbgid:1".into()),
        users: vec!["u-2".into()],
    };
    let planned = [group_op("g-1", others)];
    assert_eq!(
        settled(&unsettled[..1], &[], &planned, &[], &[]),
        [Settlement::AsWanted]
    );
    assert_eq!(
        settled(&unsettled[..1], &[], &again, &[], &[]),
        [Settlement::Redone]
    );
}

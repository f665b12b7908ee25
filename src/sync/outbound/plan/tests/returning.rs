//! The plan's tests of people who come back: a member handed over to the user who now
//! carries it, held while a mapping fails, recovered after a removal, or kept with
//! another tool's external id.

use super::*;

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

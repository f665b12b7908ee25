//! The unit tests of `plan`.

use std::collections::HashSet;

use super::*;
use crate::mapping::{MappingError, Profile, WantedStatus};
use crate::model::{DeleteLimit, Link, UserActions};

mod returning;
mod staged;

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
        left_at: None,
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
    static ALL: std::sync::LazyLock<UserActions> = std::sync::LazyLock::new(UserActions::default);
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
        now: NOW,
    }
}

/// The time plans are made at.
const NOW: i64 = 1_800_000_000;

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

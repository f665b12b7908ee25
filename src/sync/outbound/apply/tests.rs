//! The unit tests of `apply`.

use super::send::{already_applied, maybe_ours};
use super::*;
use crate::dropbox::members::{Status, TeamMember, MALFORMED_RESULT};
use crate::sync::outbound::plan::ProfileChanges;

fn member(status: Status) -> TeamMember {
    TeamMember {
        team_member_id: "dbmid:1".into(),
        email: "Ann@Example.com".into(),
        given_name: "Ann".into(),
        surname: "Lee".into(),
        external_id: Some("u-1".into()),
        status,
        recoverable: false,
        groups: Vec::new(),
    }
}

#[test]
fn a_member_read_back_tells_whether_a_write_landed() {
    let id = || "dbmid:1".to_string();
    let suspend = Action::Suspend {
        team_member_id: id(),
    };
    let remove = Action::Deprovision {
        team_member_id: id(),
        how: RemoveAction::Delete,
        invited: false,
    };
    let update = |given: &str| Action::Update {
        team_member_id: id(),
        changes: ProfileChanges {
            email: Some("ann@example.com".into()),
            given_name: Some(given.into()),
            ..ProfileChanges::default()
        },
        reinvite: false,
    };
    let active = member(Status::Active);
    let suspended = member(Status::Suspended);
    assert!(already_applied(&suspend, Some(&suspended)));
    assert!(!already_applied(&suspend, Some(&active)));
    assert!(!already_applied(&suspend, None));
    assert!(already_applied(
        &Action::Unsuspend {
            team_member_id: id()
        },
        Some(&active)
    ));
    assert!(already_applied(&remove, None));
    assert!(already_applied(&remove, Some(&member(Status::Removed))));
    assert!(!already_applied(&remove, Some(&suspended)));
    assert!(
        already_applied(&update("Ann"), Some(&active)),
        "emails compare without case"
    );
    assert!(!already_applied(&update("Anna"), Some(&active)));
}

#[test]
fn only_an_ambiguous_or_unreadable_add_is_read_back() {
    assert!(maybe_ours("user_already_on_team", true));
    assert!(maybe_ours("duplicate_external_member_id", true));
    assert!(!maybe_ours("user_already_on_team", false));
    assert!(!maybe_ours("duplicate_external_member_id", false));
    assert!(!maybe_ours("team_license_limit", true));
    assert!(maybe_ours(MALFORMED_RESULT, false));
}

//! The plan's tests of staged removals (`suspend-then-delete`): a leaver suspended with
//! its removal's day, removed once out of scope the connection's days, and its clock
//! cleared when it comes back.

use super::*;
use crate::sync::outbound::plan::staged::LeftAt;

const DAY: i64 = 86_400;

fn staged_after(days: u32) -> UserActions {
    UserActions {
        remove_after_days: Some(days),
        ..all()
    }
}

fn left(n: u32, days_ago: i64) -> Link {
    Link {
        left_at: Some(NOW - days_ago * DAY),
        ..link("r", n)
    }
}

fn suspended(n: u32) -> Member {
    Member {
        status: MemberStatus::Suspended,
        ..member(n)
    }
}

#[test]
fn a_leaver_is_suspended_at_once_with_the_day_of_its_removal() {
    let p = run(
        &[desired(1)],
        &[member(1), member(2)],
        &[link("r", 1), link("r", 2)],
        &staged_after(30),
    );
    assert_eq!(p.operations.len(), 1, "{:?}", p.operations);
    let suspend = &p.operations[0];
    assert_eq!(suspend.action.kind(), "deprovision_suspend");
    assert!(suspend.reason.contains("removed on"), "{}", suspend.reason);
    assert_eq!(p.pending_removals[0].due, NOW + 30 * DAY);
    let clock = LeftAt {
        user_id: "u-2".into(),
        at: Some(NOW),
    };
    assert_eq!(p.left, [clock]);
}

#[test]
fn a_suspended_leaver_is_removed_once_out_of_scope_the_days() {
    let members = [member(1), suspended(2)];
    let waiting = run(
        &[desired(1)],
        &members,
        &[link("r", 1), left(2, 29)],
        &staged_after(30),
    );
    assert!(waiting.operations.is_empty(), "{:?}", waiting.operations);
    assert_eq!(waiting.pending_removals[0].due, NOW + DAY);
    assert!(waiting.left.is_empty(), "its clock runs from when it left");
    let due = run(
        &[desired(1)],
        &members,
        &[link("r", 1), left(2, 31)],
        &staged_after(30),
    );
    let removal = &due.operations[0];
    assert_eq!(removal.action.kind(), "remove", "{:?}", due.operations);
    assert!(
        removal
            .reason
            .contains("for 31 days, past the connection's 30"),
        "{}",
        removal.reason
    );
    assert_eq!(
        removal.changes[0].to_string(),
        "status: suspended -> removed"
    );
    assert!(due.pending_removals.is_empty());
    // Without a staged removal, a suspended leaver stays so.
    let kept = run(
        &[desired(1)],
        &members,
        &[link("r", 1), left(2, 31)],
        &all(),
    );
    assert!(kept.operations.is_empty(), "{:?}", kept.operations);
}

#[test]
fn a_leaver_back_in_time_is_unsuspended_and_its_clock_cleared() {
    let p = run(
        &[desired(1), desired(2)],
        &[member(1), suspended(2)],
        &[link("r", 1), left(2, 10)],
        &staged_after(30),
    );
    let kinds: Vec<&str> = p.operations.iter().map(|o| o.action.kind()).collect();
    assert_eq!(kinds, ["unsuspend"]);
    let clock = LeftAt {
        user_id: "u-2".into(),
        at: None,
    };
    assert_eq!(p.left, [clock]);
    assert!(p.pending_removals.is_empty());
}

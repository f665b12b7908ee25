//! Undoing a run (issue 24): `sync undo RUN` takes back what an outbound run applied —
//! the 20 it suspended unsuspended, the 5 it removed recovered with their team member
//! ids, the 3 it renamed renamed back — and, 8 days later, reports the removals
//! unrecoverable and undoes the rest; what changed since is left alone unless --force.

use std::path::Path;

use crate::common::*;
use crate::groups::{setup, users_csv};
use dbx_emulator::{EmulatorHandle, MemberStatus};
use tempfile::TempDir;

fn directory(
    disabled: std::ops::Range<usize>,
    gone: std::ops::Range<usize>,
    renamed: usize,
) -> String {
    let mut s = String::from("email,given_name,surname,enabled,population\n");
    for i in (0..100).filter(|i| !gone.contains(i)) {
        let given = if i >= 90 && i < 90 + renamed {
            format!("New{i}")
        } else {
            format!("G{i}")
        };
        let enabled = !disabled.contains(&i);
        s.push_str(&format!("u{i}@example.com,{given},S{i},{enabled},Staff\n"));
    }
    s
}

/// 100 members synced, then one run that suspends 20, removes 5 and renames 3: its id.
fn run_to_undo(home: &Path, emu: &EmulatorHandle) -> String {
    create(home, emu, "prod")
        .args(["--remove-action", "delete", "-q"])
        .assert()
        .success();
    import_csv(home, &directory(0..0, 0..0, 0));
    outbound_rule(home, "staff", "Staff");
    assert!(sync_json(home, "staff", &[]).status.success());
    import_csv_with(home, &directory(0..20, 20..25, 3), &["--replace"]);
    let out = sync_json(home, "staff", &["--allow-deletes", "25"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report = &stdout_json(&out)[0];
    assert_eq!(report["applied"]["suspend"], 20, "{report}");
    assert_eq!(report["applied"]["remove"], 5, "{report}");
    assert_eq!(report["applied"]["update"], 3, "{report}");
    report["run_id"].to_string()
}

fn member(members: &[dbx_emulator::MemberSnapshot], i: usize) -> &dbx_emulator::MemberSnapshot {
    let email = format!("u{i}@example.com");
    members
        .iter()
        .find(|m| m.email == email)
        .unwrap_or_else(|| panic!("no member {email}"))
}

#[test]
fn an_undo_brings_back_the_20_suspended_the_5_removed_and_the_3_renamed() {
    let emu = active_emulator();
    let home = tempfile::tempdir().unwrap();
    let run = run_to_undo(home.path(), &emu);
    // The removed members are still the team's, removed (recoverable).
    let before = emu.members();
    assert_eq!(member(&before, 20).status, MemberStatus::Removed);
    let preview = dbxprov(home.path())
        .args(["sync", "undo", &run, "--dry-run", "--json"])
        .output()
        .unwrap();
    assert!(preview.status.success(), "{}", text(&preview.stderr));
    assert_eq!(stdout_json(&preview)["planned"]["unsuspend"], 20);
    let out = dbxprov(home.path())
        .args(["sync", "undo", &run, "--yes", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report = stdout_json(&out);
    assert_eq!(report["undoes"].to_string(), run);
    for (kind, n) in [("unsuspend", 20), ("recover", 5), ("update", 3)] {
        assert_eq!(report["applied"][kind], n, "{kind}: {report}");
    }
    let now = emu.members();
    for i in 0..25 {
        let m = member(&now, i);
        assert_eq!(m.status, MemberStatus::Active, "u{i}");
        assert_eq!(
            m.team_member_id,
            member(&before, i).team_member_id,
            "u{i} kept its id"
        );
    }
    for i in 90..93 {
        assert_eq!(member(&now, i).given_name, format!("G{i}"), "renamed back");
    }
    assert!(text(&out.stderr).contains("next run makes these changes again"));
    // The undo is a run: in the history, and undoable.
    let undo_run = report["run_id"].to_string();
    let shown = json(home.path(), &["sync", "show", &undo_run]);
    assert_eq!(shown["operations"].as_array().unwrap().len(), 28, "{shown}");
}

#[test]
fn eight_days_later_the_removals_are_unrecoverable_and_the_rest_is_undone() {
    let emu = active_emulator();
    let home = tempfile::tempdir().unwrap();
    let run = run_to_undo(home.path(), &emu);
    emu.advance_clock(std::time::Duration::from_secs(8 * 86_400));
    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(8 * 86_400);
    let later = humantime::format_rfc3339_seconds(later).to_string();
    let out = dbxprov(home.path())
        .env("DBXPROV_NOW", &later)
        .args(["sync", "undo", &run, "--yes", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report = stdout_json(&out);
    assert_eq!(report["applied"]["unsuspend"], 20, "{report}");
    assert_eq!(report["applied"]["update"], 3, "{report}");
    assert!(report["applied"].get("recover").is_none(), "{report}");
    let left = report["left_alone"].as_array().unwrap();
    assert_eq!(left.len(), 5, "{report}");
    assert!(
        left[0]["why"]
            .as_str()
            .unwrap()
            .contains("removed 8 days ago"),
        "{report}"
    );
}

#[test]
fn what_changed_since_is_left_alone_unless_forced() {
    let emu = active_emulator();
    let home = tempfile::tempdir().unwrap();
    let run = run_to_undo(home.path(), &emu);
    // An admin unsuspends u0 by hand: not the undo's to touch again.
    let u0 = member(&emu.members(), 0).team_member_id.clone();
    emu.unsuspend_member(&u0);
    let out = dbxprov(home.path())
        .args(["sync", "undo", &run, "--dry-run", "--json"])
        .output()
        .unwrap();
    let report = stdout_json(&out);
    assert_eq!(report["planned"]["unsuspend"], 19, "{report}");
    let left = report["left_alone"].as_array().unwrap();
    assert!(
        left.iter()
            .any(|l| l["email"] == "u0@example.com"
                && l["why"].as_str().unwrap().contains("active now")),
        "{report}"
    );
    // Without --yes and without a terminal: refused, nothing changed.
    let out = dbxprov(home.path())
        .args(["sync", "undo", &run])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert_eq!(member(&emu.members(), 1).status, MemberStatus::Suspended);
}

fn id_of(emu: &dbx_emulator::EmulatorHandle, email: &str) -> String {
    emu.members()
        .into_iter()
        .find(|m| m.email == email)
        .unwrap()
        .team_member_id
}

#[test]
fn a_suspension_by_hand_after_an_undo_is_drift_left_alone() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    setup(home.path(), &emu, &users_csv(3, &["Sales"]), &[], &[]);
    assert!(sync_json(home.path(), "staff", &[]).status.success());
    dbxprov(home.path())
        .args([
            "directory",
            "user",
            "set",
            "u0@example.com",
            "--given-name",
            "Zed",
            "-q",
        ])
        .assert()
        .success();
    let out = sync_json(home.path(), "staff", &[]);
    let run = stdout_json(&out)[0]["run_id"].to_string();
    let out = dbxprov(home.path())
        .args(["sync", "undo", &run, "--yes", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    // An admin suspends u0 in the console (emergency), the rule runs.
    emu.suspend_member(&id_of(&emu, "u0@example.com"));
    let drift = json(home.path(), &["sync", "drift", "staff"]);
    assert_eq!(drift["drifted"].as_array().unwrap().len(), 1, "{drift}");
    let out = sync_json(home.path(), "staff", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let status = emu
        .members()
        .into_iter()
        .find(|m| m.email == "u0@example.com")
        .unwrap()
        .status;
    assert_eq!(
        status,
        MemberStatus::Suspended,
        "emergency suspension reverted"
    );
}

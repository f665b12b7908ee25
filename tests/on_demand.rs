//! Provisioning on demand (issue 24): `sync run RULE --user USER...` applies the plan of
//! just those users — their member, their groups' memberships — as a run of the rule;
//! everyone else's changes wait for the next full run, and their states stay as they
//! were; the deletion guard weighs what the narrowed plan would deprovision.

use crate::common::*;
use crate::groups::{group, member_ids, setup, users_csv};
use dbx_emulator::MemberStatus;
use tempfile::TempDir;

#[test]
fn one_user_asked_for_is_created_with_their_group_and_ten_stay_pending() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    setup(
        home.path(),
        &emu,
        &users_csv(11, &["Sales"]),
        &["Sales"],
        &[],
    );
    let out = sync_json(home.path(), "staff", &["--user", "u3@example.com"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report = &stdout_json(&out)[0];
    assert_eq!(report["only_users"], serde_json::json!(["u3@example.com"]));
    assert_eq!(report["applied"]["create"], 1, "{report}");
    let members = emu.members();
    assert_eq!(members.len(), 1, "{members:?}");
    assert_eq!(members[0].email, "u3@example.com");
    // The group it joins is created for it, with it alone.
    let groups = emu.groups();
    assert_eq!(
        group(&groups, "Sales").members,
        member_ids(&emu, [3].into_iter())
    );
    // The ten others are still to create; only u3 has a state.
    let plan = sync_json(home.path(), "staff", &["--dry-run"]);
    let plan = &stdout_json(&plan)[0];
    assert_eq!(plan["planned"]["create"], 10, "{plan}");
    let states = json(home.path(), &["sync", "status", "staff", "--users"]);
    let states = states.as_array().unwrap();
    assert_eq!(states.len(), 1, "{states:?}");
    assert_eq!(states[0]["email"], "u3@example.com");
    // Journaled as a run of the rule: the create and the group's.
    let run = report["run_id"].to_string();
    let shown = json(home.path(), &["sync", "show", &run]);
    let actions: Vec<&str> = shown["operations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        ["create", "group_create", "group_add_members"],
        "{shown}"
    );
    // A full run then does the rest, and keeps u3 as it is.
    let out = sync_json(home.path(), "staff", &[]);
    assert_eq!(stdout_json(&out)[0]["applied"]["create"], 10);
    assert_eq!(emu.members().len(), 11);
    assert_eq!(group(&emu.groups(), "Sales").members.len(), 11);
}

#[test]
fn the_guard_weighs_the_leaver_asked_for_and_leaves_the_others_alone() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    setup(
        home.path(),
        &emu,
        &users_csv(3, &["Sales"]),
        &[],
        &["--max-deletes", "0"],
    );
    assert!(sync_json(home.path(), "staff", &[]).status.success());
    // u1 and u2 leave the scope (another population); only u1 is asked for.
    leave_to(home.path(), "Former", &["u1@example.com", "u2@example.com"]);
    let out = sync_json(home.path(), "staff", &["--user", "u0@example.com"]);
    assert!(
        out.status.success(),
        "u0 has nothing to deprovision: {}",
        text(&out.stderr)
    );
    // u1's deprovision alone stops at a limit of 0, and passes with --allow-deletes 1.
    let out = sync_json(home.path(), "staff", &["--user", "u1@example.com"]);
    assert_eq!(out.status.code(), Some(6), "{}", text(&out.stderr));
    let report = &stdout_json(&out)[0];
    assert_eq!(report["guard"]["deprovisions"], 1, "{report}");
    let out = sync_json(
        home.path(),
        "staff",
        &["--user", "u1@example.com", "--allow-deletes", "1"],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let members = emu.members();
    let status = |email: &str| {
        members
            .iter()
            .find(|m| m.email == email)
            .map(|m| m.status)
            .unwrap()
    };
    assert_eq!(status("u1@example.com"), MemberStatus::Suspended);
    assert_eq!(
        status("u2@example.com"),
        MemberStatus::Active,
        "not asked for: untouched"
    );
}

#[test]
fn wrong_uses_of_user_are_refused_before_any_run() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    setup(home.path(), &emu, &users_csv(2, &["Sales"]), &[], &[]);
    let refused = |args: &[&str], code: i32| {
        let out = dbxprov(home.path()).args(args).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(code),
            "{args:?}: {}",
            text(&out.stderr)
        );
        text(&out.stderr)
    };
    let said = refused(&["sync", "run", "staff", "--user", "nobody@example.com"], 1);
    assert!(said.contains("nobody@example.com"), "{said}");
    let said = refused(
        &["sync", "run", "staff", "staff", "--user", "u0@example.com"],
        2,
    );
    assert!(said.contains("one rule"), "{said}");
    refused(&["sync", "run", "--all", "--user", "u0@example.com"], 2);
    let history = json(home.path(), &["sync", "history"]);
    assert_eq!(history, serde_json::json!([]), "no run was recorded");
}

#[test]
fn a_leaver_asked_for_loses_its_state_and_is_no_drift() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    setup(home.path(), &emu, &users_csv(3, &["Sales"]), &[], &[]);
    assert!(sync_json(home.path(), "staff", &[]).status.success());
    leave_to(home.path(), "Former", &["u1@example.com"]);
    let out = sync_json(
        home.path(),
        "staff",
        &["--user", "u1@example.com", "--allow-deletes", "1"],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let states = json(home.path(), &["sync", "status", "staff", "--users"]);
    assert!(
        states
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["email"] != "u1@example.com"),
        "{states}"
    );
    let drift = json(home.path(), &["sync", "drift", "staff"]);
    let out = sync_json(home.path(), "staff", &[]);
    let r = &stdout_json(&out)[0];
    assert!(r.get("changed_outside").is_none(), "{r}");
    assert_eq!(
        drift["drifted"].as_array().unwrap().len(),
        0,
        "false drift: {drift}"
    );
}

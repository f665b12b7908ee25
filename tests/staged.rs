//! Staged removal (issue 24): `--remove-action suspend-then-delete --remove-after 30`
//! suspends a leaver at once and removes it once out of scope 30 days (the clock moved
//! with `DBXPROV_NOW`); one back within them is unsuspended; `sync status` and the run
//! list the removals pending with their days.

use std::path::Path;

use crate::common::*;
use crate::groups::{setup, users_csv};
use dbx_emulator::MemberStatus;
use tempfile::TempDir;

const T0: &str = "2027-01-01T00:00:00Z";

fn at(home: &Path, now: &str, args: &[&str]) -> std::process::Output {
    dbxprov(home)
        .env("DBXPROV_NOW", now)
        .args(args)
        .output()
        .unwrap()
}

fn run_at(home: &Path, now: &str) -> serde_json::Value {
    let out = at(home, now, &["sync", "run", "staff", "--json"]);
    assert!(out.status.success(), "{now}: {}", text(&out.stderr));
    stdout_json(&out)[0].clone()
}

fn status_of(emu: &dbx_emulator::EmulatorHandle, email: &str) -> MemberStatus {
    emu.members()
        .into_iter()
        .find(|m| m.email == email)
        .map(|m| m.status)
        .unwrap_or_else(|| panic!("no member {email}"))
}

#[test]
fn a_leaver_is_suspended_then_removed_after_30_days_and_one_back_in_10_is_unsuspended() {
    let emu = active_emulator();
    let home = tempfile::tempdir().unwrap();
    create(home.path(), &emu, "prod")
        .args([
            "--remove-action",
            "suspend-then-delete",
            "--remove-after",
            "30",
            "-q",
        ])
        .assert()
        .success();
    import_csv(
        home.path(),
        "email,given_name,surname,population\n\
         ann@example.com,Ann,Lee,Staff\nbob@example.com,Bob,Ray,Staff\ncy@example.com,Cy,Oh,Staff\n",
    );
    outbound_rule(home.path(), "staff", "Staff");
    dbxprov(home.path())
        .args(["rule", "update", "staff", "--max-deletes", "2", "-q"])
        .assert()
        .success();
    run_at(home.path(), T0);
    leave_to(
        home.path(),
        "Former",
        &["bob@example.com", "cy@example.com"],
    );
    // Day 0: both suspended, their removals due on day 30.
    let report = run_at(home.path(), T0);
    assert_eq!(report["applied"]["deprovision_suspend"], 2, "{report}");
    assert_eq!(report["pending_removals"][0]["due"], "2027-01-31T00:00:00Z");
    assert_eq!(status_of(&emu, "bob@example.com"), MemberStatus::Suspended);
    let status = stdout_json(&at(home.path(), T0, &["sync", "status", "--json"]));
    let pending = &status[0]["pending_removals"];
    assert_eq!(pending.as_array().unwrap().len(), 2, "{status}");
    assert_eq!(pending[0]["due"], "2027-01-31T00:00:00Z");
    let shown = text(&at(home.path(), T0, &["sync", "status"]).stdout);
    let section = shown
        .split_once("Removals pending")
        .map(|(_, rest)| format!("Removals pending{rest}"))
        .unwrap_or_else(|| panic!("{shown}"));
    insta::assert_snapshot!("sync_status_removals_pending", section);
    // Day 10: Cy is back: unsuspended, no longer pending.
    move_to(home.path(), "cy@example.com", "Staff");
    let report = run_at(home.path(), "2027-01-11T00:00:00Z");
    assert_eq!(report["applied"]["unsuspend"], 1, "{report}");
    assert_eq!(status_of(&emu, "cy@example.com"), MemberStatus::Active);
    // Day 29: Bob waits.
    let report = run_at(home.path(), "2027-01-30T00:00:00Z");
    assert!(
        report["applied"].as_object().unwrap().is_empty(),
        "{report}"
    );
    // Day 31: the dry run shows Bob's removal, the run removes him (his license freed).
    let dry = at(
        home.path(),
        "2027-02-01T00:00:00Z",
        &["sync", "run", "staff", "--dry-run"],
    );
    let dry = text(&dry.stdout);
    assert!(dry.contains("past the connection's 30: removed"), "{dry}");
    let report = run_at(home.path(), "2027-02-01T00:00:00Z");
    assert_eq!(report["applied"]["remove"], 1, "{report}");
    assert_eq!(status_of(&emu, "bob@example.com"), MemberStatus::Removed);
    assert_eq!(status_of(&emu, "cy@example.com"), MemberStatus::Active);
    let status = stdout_json(&at(
        home.path(),
        "2027-02-01T00:00:00Z",
        &["sync", "status", "--json"],
    ));
    assert!(status[0].get("pending_removals").is_none(), "{status}");
}

#[test]
fn remove_after_needs_the_staged_remove_action_and_shows_in_connection_show() {
    let emu = active_emulator();
    let home = tempfile::tempdir().unwrap();
    let out = create(home.path(), &emu, "prod")
        .args(["--remove-action", "delete", "--remove-after", "30"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("--remove-after needs --remove-action suspend-then-delete"));
    create(home.path(), &emu, "prod")
        .args(["--remove-action", "suspend-then-delete", "-q"])
        .assert()
        .success();
    let shown = json(home.path(), &["connection", "show", "prod"]);
    assert_eq!(
        shown["actions"]["remove_after_days"], 30,
        "the default: {shown}"
    );
    let table = stdout_of(home.path(), &["connection", "show", "prod"]);
    assert!(
        table.contains("suspend-then-delete (removed after 30 days out of scope)"),
        "{table}"
    );
    // Back to plain suspension: the days go.
    dbxprov(home.path())
        .args([
            "connection",
            "update",
            "prod",
            "--remove-action",
            "disable",
            "-q",
        ])
        .assert()
        .success();
    let shown = json(home.path(), &["connection", "show", "prod"]);
    assert!(
        shown["actions"].get("remove_after_days").is_none(),
        "{shown}"
    );
    // Days alone change a staged removal's; they do not turn one on.
    let out = dbxprov(home.path())
        .args(["connection", "update", "prod", "--remove-after", "45"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
}

#[test]
fn staging_turned_on_later_gives_old_leavers_their_days_from_then() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    // Plain disable: leavers stay suspended.
    setup(home.path(), &emu, &users_csv(10, &["Sales"]), &[], &[]);
    let at = |now: &str, args: &[&str]| {
        dbxprov(home.path())
            .env("DBXPROV_NOW", now)
            .args(args)
            .output()
            .unwrap()
    };
    assert!(
        at("2027-01-01T00:00:00Z", &["sync", "run", "staff", "--json"])
            .status
            .success()
    );
    leave_to(home.path(), "Former", &["u1@example.com"]);
    let out = at("2027-01-02T00:00:00Z", &["sync", "run", "staff", "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    // Three months later the admin turns staged removal on, expecting a 30-day grace.
    dbxprov(home.path())
        .args([
            "connection",
            "update",
            "prod",
            "--remove-action",
            "suspend-then-delete",
            "-q",
        ])
        .assert()
        .success();
    let out = at("2027-04-01T00:00:00Z", &["sync", "run", "staff", "--json"]);
    let r = &stdout_json(&out)[0];
    assert_eq!(
        r["pending_removals"][0]["due"], "2027-05-01T00:00:00Z",
        "{r}"
    );
    let gone = emu
        .members()
        .into_iter()
        .find(|m| m.email == "u1@example.com")
        .unwrap()
        .status;
    assert_eq!(
        gone,
        MemberStatus::Suspended,
        "removed with no grace period"
    );
}

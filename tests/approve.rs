//! Approving a stopped plan (issue 24): a run the deletion guard stopped keeps its plan;
//! `sync approve RUN` applies exactly it — when the rule still plans it — and nothing
//! else; after one more change in the directory it refuses (exit 6), names the
//! difference and applies nothing. `sync history` says which runs await approval.

use std::path::Path;

use crate::common::*;
use crate::groups::{setup, users_csv};
use dbx_emulator::MemberStatus;
use tempfile::TempDir;

fn users(n: usize) -> String {
    let mut s = String::from("email,given_name,surname,population\n");
    for i in 0..n {
        s.push_str(&format!("u{i}@example.com,G{i},S{i},Staff\n"));
    }
    s
}

fn move_out(home: &Path, range: std::ops::Range<usize>) {
    for i in range {
        move_to(home, &format!("u{i}@example.com"), "Former");
    }
}

/// 100 members synced, then 20 moved out of scope: run stopped by the guard (10 %).
fn stopped_run(home: &Path, emu: &dbx_emulator::EmulatorHandle) -> String {
    staff_rule_over(home, emu, &users(100));
    assert!(sync_json(home, "staff", &[]).status.success());
    leave_to(home, "Former", &[]);
    move_out(home, 0..20);
    let out = sync_json(home, "staff", &[]);
    assert_eq!(out.status.code(), Some(6), "{}", text(&out.stderr));
    stdout_json(&out)[0]["run_id"].to_string()
}

fn history_entry(home: &Path, run: &str) -> serde_json::Value {
    json(home, &["sync", "history"])
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"].as_i64() == run.parse().ok())
        .cloned()
        .unwrap_or_else(|| panic!("no run {run}"))
}

/// Requests that change the team (every path but listings, reads, polls and tokens).
fn writes(emu: &dbx_emulator::EmulatorHandle) -> u64 {
    let reads = ["list", "get_info", "job_status", "oauth2", "features"];
    emu.stats()
        .by_path
        .iter()
        .filter(|(path, _)| !reads.iter().any(|r| path.contains(r)))
        .map(|(_, n)| n)
        .sum()
}

fn suspended(emu: &dbx_emulator::EmulatorHandle) -> usize {
    let members = emu.members();
    members
        .iter()
        .filter(|m| m.status == MemberStatus::Suspended)
        .count()
}

#[test]
fn an_approved_stopped_run_suspends_its_20_and_nothing_else() {
    let emu = active_emulator();
    let home = tempfile::tempdir().unwrap();
    let run = stopped_run(home.path(), &emu);
    assert_eq!(
        history_entry(home.path(), &run)["approval"]["state"],
        "awaiting"
    );
    let shown = stdout_of(home.path(), &["sync", "history"]);
    assert!(shown.contains("stopped, awaiting approval"), "{shown}");
    let writes_before = writes(&emu);
    let out = dbxprov(home.path())
        .args(["sync", "approve", &run, "--yes", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report = stdout_json(&out);
    assert_eq!(report["approves"].to_string(), run);
    assert_eq!(report["applied"]["deprovision_suspend"], 20, "{report}");
    assert_eq!(
        report["applied"].as_object().unwrap().len(),
        1,
        "nothing else: {report}"
    );
    assert_eq!(suspended(&emu), 20);
    assert_eq!(
        writes(&emu) - writes_before,
        20,
        "20 suspends, no other write"
    );
    let approval = &history_entry(home.path(), &run)["approval"];
    assert_eq!(approval["state"], "approved", "{approval}");
    assert_eq!(approval["by"], report["run_id"]);
    // Approved once: not twice.
    let again = dbxprov(home.path())
        .args(["sync", "approve", &run, "--yes"])
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(1));
    assert!(
        text(&again.stderr).contains("approved it already"),
        "{}",
        text(&again.stderr)
    );
}

#[test]
fn after_one_more_change_approve_refuses_and_shows_the_difference() {
    let emu = active_emulator();
    let home = tempfile::tempdir().unwrap();
    let run = stopped_run(home.path(), &emu);
    move_out(home.path(), 20..21);
    let out = dbxprov(home.path())
        .args(["sync", "approve", &run, "--yes"])
        .output()
        .unwrap();
    let said = text(&out.stderr);
    assert_eq!(out.status.code(), Some(6), "{said}");
    assert!(
        said.contains(&format!("no longer the one run {run} stopped")),
        "{said}"
    );
    assert!(
        said.contains("1 new (deprovision_suspend u20@example.com)"),
        "{said}"
    );
    assert!(said.contains("nothing was applied"), "{said}");
    assert_eq!(suspended(&emu), 0, "nothing applied");
    assert_eq!(
        history_entry(home.path(), &run)["approval"]["state"],
        "superseded"
    );
}

#[test]
fn only_a_stopped_run_can_be_approved_and_not_without_confirmation() {
    let emu = active_emulator();
    let home = tempfile::tempdir().unwrap();
    let run = stopped_run(home.path(), &emu);
    let out = dbxprov(home.path())
        .args(["sync", "approve", "1", "--yes"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("not stopped by the deletion guard"));
    // No terminal and no --yes: refused, nothing applied.
    let out = dbxprov(home.path())
        .args(["sync", "approve", &run])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("without confirmation"));
    assert_eq!(suspended(&emu), 0);
}

#[test]
fn a_plan_stopped_under_other_user_actions_is_not_approved() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    setup(
        home.path(),
        &emu,
        &users_csv(10, &["Sales"]),
        &[],
        &["--max-deletes", "0"],
    );
    dbxprov(home.path())
        .args([
            "connection",
            "update",
            "prod",
            "--remove-action",
            "delete",
            "-q",
        ])
        .assert()
        .success();
    assert!(sync_json(home.path(), "staff", &[]).status.success());
    leave_to(home.path(), "Former", &["u1@example.com"]);
    let out = sync_json(home.path(), "staff", &[]);
    assert_eq!(out.status.code(), Some(6));
    let run = stdout_json(&out)[0]["run_id"].to_string();
    let out = dbxprov(home.path())
        .args(["connection", "update", "prod", "--keep-account", "-q"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = dbxprov(home.path())
        .args(["sync", "approve", &run, "--yes", "--json"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(6),
        "approved though the removal now keeps accounts"
    );
    assert!(
        text(&out.stderr).contains("user actions"),
        "{}",
        text(&out.stderr)
    );
}

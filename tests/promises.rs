//! The engine keeps its promises under an adversary (issue 20): identity that survives a
//! re-imported directory, no orphaned accounts, a guard without blind spots, hand-made
//! changes in Dropbox respected. The real binary against the emulator.

mod common;

use std::path::Path;

use common::*;
use dbx_emulator::{EmulatorHandle, MemberSnapshot, MemberStatus};
use tempfile::TempDir;

/// Users `u{i}@example.com` of population Staff for each `i` of `which`, as an HR export
/// without ids: a user missing from one export and back in the next is a new directory
/// user.
fn export(which: impl Iterator<Item = usize>) -> String {
    let mut s = String::from("email,given_name,surname,population\n");
    for i in which {
        s.push_str(&format!("u{i}@example.com,Given{i},Sur{i},Staff\n"));
    }
    s
}

fn run_json(home: &Path, args: &[&str]) -> (i32, serde_json::Value) {
    let out = dbxprov(home).args(args).arg("--json").output().unwrap();
    let code = out.status.code().unwrap_or(-1);
    let json = serde_json::from_slice(&out.stdout).unwrap_or_else(|_| {
        panic!(
            "{args:?} exit {code}: {}{}",
            text(&out.stdout),
            text(&out.stderr)
        )
    });
    (code, json)
}

fn run_ok(home: &Path, args: &[&str]) -> serde_json::Value {
    let (code, json) = run_json(home, args);
    assert_eq!(code, 0, "{args:?}: {json}");
    json
}

/// The member (not removed) with `email`.
fn live(emu: &EmulatorHandle, email: &str) -> MemberSnapshot {
    emu.members()
        .into_iter()
        .find(|m| m.email == email && m.status != MemberStatus::Removed)
        .unwrap_or_else(|| panic!("{email} is on the team"))
}

/// Connection prod (with `flags`), the `n` users of an export, rule staff, synced.
fn synced_with(home: &Path, emu: &EmulatorHandle, n: usize, flags: &[&str]) {
    create(home, emu, "prod")
        .args(flags)
        .arg("-q")
        .assert()
        .success();
    import_csv(home, &export(0..n));
    outbound_rule(home, "staff", "Staff");
    run_ok(home, &["sync", "run", "staff"]);
}

fn synced(home: &Path, emu: &EmulatorHandle, n: usize) {
    synced_with(home, emu, n, &[]);
}

#[test]
fn a_person_missing_from_one_export_and_back_in_the_next_keeps_their_account() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    let home = home.path();
    synced(home, &emu, 20);
    let before = live(&emu, "u5@example.com").team_member_id;

    import_csv_with(home, &export((0..20).filter(|i| *i != 5)), &["--replace"]);
    let out = run_ok(home, &["sync", "run", "staff"]);
    assert_eq!(out[0]["applied"]["deprovision_suspend"], 1, "{out}");
    assert_eq!(live(&emu, "u5@example.com").status, MemberStatus::Suspended);

    // Back the next day, with a new directory id.
    import_csv_with(home, &export(0..20), &["--replace"]);
    let out = run_ok(home, &["sync", "run", "staff"]);
    assert_eq!(out[0]["failures"], serde_json::json!([]), "{out}");
    assert_eq!(out[0]["applied"]["link"], 1, "{out}");
    assert_eq!(out[0]["applied"]["unsuspend"], 1, "{out}");
    let back = live(&emu, "u5@example.com");
    assert_eq!(back.team_member_id, before, "the same account");
    assert_eq!(back.status, MemberStatus::Active);
    let id = dbxprov(home)
        .args(["directory", "user", "show", "u5@example.com", "--json"])
        .output()
        .unwrap();
    let id = stdout_json(&id)["id"].as_str().unwrap().to_string();
    assert_eq!(
        back.external_id.as_deref(),
        Some(id.as_str()),
        "the new user's"
    );
    // And it stays settled.
    let again = run_ok(home, &["sync", "run", "staff", "--dry-run"]);
    assert_eq!(again[0]["planned"], serde_json::json!({}), "{again}");
}

#[test]
fn a_directory_restored_after_a_bad_export_deprovisions_no_one() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    let home = home.path();
    synced(home, &emu, 30);
    let ids: Vec<String> = (0..30)
        .map(|i| live(&emu, &format!("u{i}@example.com")).team_member_id)
        .collect();

    // A one-row export: the guard stops the run.
    import_csv_with(home, &export(0..1), &["--replace"]);
    let (code, out) = run_json(home, &["sync", "run", "staff"]);
    assert_eq!(code, 6, "{out}");

    // The full file again: every user new to the directory, every member theirs.
    import_csv_with(home, &export(0..30), &["--replace"]);
    let dry = run_ok(home, &["sync", "run", "staff", "--dry-run"]);
    let planned = &dry[0]["planned"];
    assert_eq!(planned.get("deprovision_suspend"), None, "{dry}");
    assert_eq!(planned.get("remove"), None, "{dry}");
    assert_eq!(planned.get("create"), None, "{dry}");
    assert_eq!(planned["link"], 29, "{dry}");
    let out = run_ok(home, &["sync", "run", "staff"]);
    assert_eq!(out[0]["failures"], serde_json::json!([]), "{out}");
    for (i, id) in ids.iter().enumerate() {
        let m = live(&emu, &format!("u{i}@example.com"));
        assert_eq!((&m.team_member_id, m.status), (id, MemberStatus::Active));
    }
    let again = run_ok(home, &["sync", "run", "staff", "--dry-run"]);
    assert_eq!(again[0]["planned"], serde_json::json!({}), "{again}");
}

#[test]
fn a_person_removed_and_back_with_a_new_id_gets_their_removed_account_back() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    let home = home.path();
    synced_with(home, &emu, 10, &["--remove-action", "delete"]);
    let before = live(&emu, "u5@example.com").team_member_id;
    import_csv_with(home, &export((0..10).filter(|i| *i != 5)), &["--replace"]);
    let out = run_ok(home, &["sync", "run", "staff"]);
    assert_eq!(out[0]["applied"]["remove"], 1, "{out}");

    import_csv_with(home, &export(0..10), &["--replace"]);
    let out = run_ok(home, &["sync", "run", "staff"]);
    assert_eq!(out[0]["failures"], serde_json::json!([]), "{out}");
    assert_eq!(out[0]["applied"]["recover"], 1, "{out}");
    let back = live(&emu, "u5@example.com");
    assert_eq!(
        (back.team_member_id, back.status),
        (before, MemberStatus::Active)
    );
    let again = run_ok(home, &["sync", "run", "staff", "--dry-run"]);
    assert_eq!(again[0]["planned"], serde_json::json!({}), "{again}");
}

/// The ids of the directory's users.
fn directory_ids(home: &Path) -> std::collections::HashSet<String> {
    let out = dbxprov(home)
        .args(["directory", "user", "list", "--json"])
        .output()
        .unwrap();
    stdout_json(&out)
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn members_created_by_a_killed_run_for_users_who_then_left_are_deprovisioned() {
    // Add jobs that say "in progress" for a minute: the members exist, the run knows
    // nothing of them when it is killed.
    let emu = emulator_with(dbx_emulator::Config {
        async_add: true,
        async_job_duration: std::time::Duration::from_secs(60),
        invites_accepted_immediately: true,
        ..dbx_emulator::Config::default()
    });
    let home = TempDir::new().unwrap();
    let home = home.path();
    create(home, &emu, "prod").arg("-q").assert().success();
    import_csv(home, &export(0..300));
    outbound_rule(home, "staff", "Staff");
    let mut killed = std_dbxprov(home)
        .args(["sync", "run", "staff", "-q"])
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while emu.members().len() < 300 {
        assert!(
            std::time::Instant::now() < deadline,
            "the adds did not launch"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    killed.kill().unwrap();
    killed.wait().unwrap();

    // A third stays; the run that follows is allowed what the guard asks.
    import_csv_with(home, &export(0..100), &["--replace"]);
    let (code, dry) = run_json(home, &["sync", "run", "staff", "--dry-run"]);
    assert_eq!(code, 6, "the 200 strays count under the guard: {dry}");
    assert_eq!(dry[0]["guard"]["deprovisions"], 200, "{dry}");
    let out = run_ok(home, &["sync", "run", "staff", "--allow-deletes", "200"]);
    assert_eq!(out[0]["failures"], serde_json::json!([]), "{out}");
    let ids = directory_ids(home);
    let orphans: Vec<_> = emu
        .members()
        .into_iter()
        .filter(|m| m.status == MemberStatus::Active)
        .filter(|m| !ids.contains(m.external_id.as_deref().unwrap_or("")))
        .collect();
    assert!(
        orphans.is_empty(),
        "{} orphans: {:?}",
        orphans.len(),
        &orphans[..1]
    );
    // The killed run's creates say what the team showed.
    let journal = run_ok(home, &["sync", "show", "1"]);
    let notes: Vec<&str> = journal["operations"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|o| o["note"].as_str())
        .collect();
    assert_eq!(notes.len(), 300, "{journal}");
    assert!(
        notes
            .iter()
            .all(|n| n.contains("found the member it created")),
        "{notes:?}"
    );
    let again = run_ok(home, &["sync", "run", "staff", "--dry-run"]);
    assert_eq!(again[0]["planned"], serde_json::json!({}), "{again}");
}

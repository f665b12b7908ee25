//! Dropbox as it really is (issue 19): what the emulator now does as Dropbox does, and
//! what dbxprov makes of it. Removed members are recovered, not re-added; a storm on one
//! route fails that route's items only; licenses held by suspended members are counted;
//! an invitation follows a changed address; group memberships go in calls of a few
//! hundred. The real binary against the emulator.

mod common;

use std::path::Path;

use common::*;
use dbx_emulator::{Config, EmulatorHandle, MemberSnapshot, MemberStatus};
use tempfile::TempDir;

/// `n` users of population Staff (`u{i}@example.com`) and one of population Other.
fn staff_csv(n: usize) -> String {
    let mut s = String::from("email,given_name,surname,population\n");
    for i in 0..n {
        s.push_str(&format!("u{i}@example.com,Given{i},Sur{i},Staff\n"));
    }
    s.push_str("other@example.com,Oth,Er,Other\n");
    s
}

fn run_ok(home: &Path, args: &[&str]) -> serde_json::Value {
    let out = dbxprov(home).args(args).arg("--json").output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
    stdout_json(&out)
}

/// The member (not removed) with `email`.
fn live(emu: &EmulatorHandle, email: &str) -> MemberSnapshot {
    emu.members()
        .into_iter()
        .find(|m| m.email == email && m.status != MemberStatus::Removed)
        .unwrap_or_else(|| panic!("{email} is on the team"))
}

fn move_to(home: &Path, email: &str, population: &str) {
    dbxprov(home)
        .args([
            "directory",
            "user",
            "set",
            email,
            "--population",
            population,
            "-q",
        ])
        .assert()
        .success();
}

#[test]
fn a_user_back_in_scope_gets_its_removed_member_back_and_after_seven_days_a_new_one() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    let home = home.path();
    create(home, &emu, "prod")
        .args(["--remove-action", "delete", "-q"])
        .assert()
        .success();
    import_csv(home, &staff_csv(10));
    outbound_rule(home, "staff", "Staff");
    run_ok(home, &["sync", "run", "staff"]);
    let before = live(&emu, "u3@example.com").team_member_id;

    // Out of scope: removed. Back the next day: recovered, the same member.
    move_to(home, "u3@example.com", "Other");
    let out = run_ok(home, &["sync", "run", "staff"]);
    assert_eq!(out[0]["applied"]["remove"], 1, "{out}");
    move_to(home, "u3@example.com", "Staff");
    let dry = run_ok(home, &["sync", "run", "staff", "--dry-run"]);
    assert_eq!(dry[0]["planned"]["recover"], 1, "{dry}");
    assert_eq!(dry[0]["planned"].get("create"), None, "{dry}");
    let out = run_ok(home, &["sync", "run", "staff"]);
    assert_eq!(out[0]["applied"]["recover"], 1, "{out}");
    assert_eq!(out[0]["failures"], serde_json::json!([]));
    let back = live(&emu, "u3@example.com");
    assert_eq!(
        back.team_member_id, before,
        "the same account, with its files"
    );
    assert_eq!(back.status, MemberStatus::Active);
    let journal = run_ok(home, &["sync", "show", &out[0]["run_id"].to_string()]);
    let op = &journal["operations"][0];
    assert_eq!(
        (op["action"].as_str(), op["status"].as_str()),
        (Some("recover"), Some("ok"))
    );
    let states = run_ok(home, &["sync", "status", "staff", "--users"]);
    let u3 = states
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["email"] == "u3@example.com")
        .unwrap();
    assert_eq!(
        (u3["state"].as_str(), u3["team_member_id"].as_str()),
        (Some("synced"), Some(before.as_str()))
    );
    // Nothing left to do.
    let again = run_ok(home, &["sync", "run", "staff"]);
    assert_eq!(again[0]["applied"], serde_json::json!({}));

    // Removed again, and more than 7 days pass: a new, empty account.
    move_to(home, "u3@example.com", "Other");
    run_ok(home, &["sync", "run", "staff"]);
    emu.advance_clock(dbx_emulator::RECOVERY_WINDOW + std::time::Duration::from_secs(60));
    move_to(home, "u3@example.com", "Staff");
    let out = run_ok(home, &["sync", "run", "staff"]);
    assert_eq!(out[0]["applied"]["create"], 1, "{out}");
    assert_ne!(live(&emu, "u3@example.com").team_member_id, before);
    assert_eq!(emu.stats().malformed, 0);
}

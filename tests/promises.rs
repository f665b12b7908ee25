//! The engine keeps its promises under an adversary (issue 20): identity that survives a
//! re-imported directory, no orphaned accounts, a guard without blind spots, hand-made
//! changes in Dropbox respected. The real binary against the emulator.

use std::path::Path;

use crate::common::Emulator;
use crate::common::*;
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

/// Rule staff over `n` users on connection prod, whose first run is killed once every add
/// job is launched: the members exist, and the run knows nothing of them.
fn killed_after_launching_adds(home: &Path, n: usize) -> Emulator {
    // Add jobs that say "in progress" for a minute.
    let emu = emulator_with(dbx_emulator::Config {
        async_add: true,
        async_job_duration: std::time::Duration::from_secs(60),
        invites_accepted_immediately: true,
        ..dbx_emulator::Config::default()
    });
    create(home, &emu, "prod").arg("-q").assert().success();
    import_csv(home, &export(0..n));
    outbound_rule(home, "staff", "Staff");
    let mut killed = std_dbxprov(home)
        .args(["sync", "run", "staff", "-q"])
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while emu.members().len() < n {
        assert!(
            std::time::Instant::now() < deadline,
            "the adds did not launch"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    killed.kill().unwrap();
    killed.wait().unwrap();
    emu
}

#[test]
fn members_created_by_a_killed_run_for_users_who_then_left_are_deprovisioned() {
    let home = TempDir::new().unwrap();
    let home = home.path();
    let emu = killed_after_launching_adds(home, 300);

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
            .all(|n| n.contains("found what it created on the team")),
        "{notes:?}"
    );
    let again = run_ok(home, &["sync", "run", "staff", "--dry-run"]);
    assert_eq!(again[0]["planned"], serde_json::json!({}), "{again}");
}

#[test]
fn a_rule_moves_to_another_connection_only_when_it_holds_nothing_on_its_team() {
    let home = TempDir::new().unwrap();
    let home = home.path();
    let _emu = killed_after_launching_adds(home, 50);
    let other = team_emulator("dbtid:AAother");
    create(home, &other, "c2").arg("-q").assert().success();
    let moved = || {
        dbxprov(home)
            .args(["rule", "update", "staff", "--connection", "c2"])
            .output()
            .unwrap()
    };
    let out = moved();
    assert_eq!(out.status.code(), Some(1));
    let error = text(&out.stderr);
    assert!(
        error.contains("50 operations whose outcome is unknown")
            && error.contains("dbxprov sync run staff"),
        "{error}"
    );
    // The run settles them: the members are linked, and the move is still refused.
    run_ok(home, &["sync", "run", "staff"]);
    let out = moved();
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("holds 50 members of connection \"prod\""));
    let show = run_ok(home, &["rule", "show", "staff"]);
    assert_eq!(show["connection"], "prod");
}

#[test]
fn a_team_has_one_connection() {
    let emu = emulator();
    let home = TempDir::new().unwrap();
    let home = home.path();
    create(home, &emu, "c1").arg("-q").assert().success();
    let out = create(home, &emu, "c2").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let error = text(&out.stderr);
    assert!(
        error.contains("reaches the Dropbox team dbtid:AAemulated-team that connection \"c1\"")
            && error.contains("create the rules on connection \"c1\""),
        "{error}"
    );
    // Created untested, it is refused by its test, and its rules' runs read nothing.
    create(home, &emu, "c2")
        .args(["--no-test", "-q"])
        .assert()
        .success();
    let out = dbxprov(home)
        .args(["connection", "test", "c2"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    import_csv(home, &export(0..11));
    for (rule, connection) in [("r1", "c1"), ("r2", "c2")] {
        dbxprov(home)
            .args([
                "rule",
                "create",
                "outbound",
                rule,
                "--connection",
                connection,
            ])
            .args(["--population", "Staff", "-q"])
            .assert()
            .success();
    }
    run_ok(home, &["sync", "run", "r1"]);
    let before = emu.members();
    let listed = emu.stats().count("/2/team/members/list_v2");
    let out = dbxprov(home).args(["sync", "run", "r2"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("already reaches"));
    assert_eq!(emu.stats().count("/2/team/members/list_v2"), listed);
    run_ok(home, &["sync", "run", "r1"]);
    assert_eq!(emu.members(), before, "the 11 members stay still");
}

/// Users `u{i}` of Staff in group `g`, with `enabled` as given.
fn export_with(which: impl Iterator<Item = usize>, group: &str, enabled: bool) -> String {
    let mut s = String::from("email,given_name,surname,population,groups,enabled\n");
    for i in which {
        s.push_str(&format!(
            "u{i}@example.com,Given{i},Sur{i},Staff,{group},{enabled}\n"
        ));
    }
    s
}

/// Connection prod, `n` users of Staff in group Sales, rule staff provisioning it, synced.
fn sales_synced(home: &Path, emu: &EmulatorHandle, n: usize) {
    sales_rule(home, emu, n);
    run_ok(home, &["sync", "run", "staff"]);
}

/// A run of rule `staff` plans nothing, for its users or its groups.
fn nothing_left_to_do(home: &Path) {
    let again = run_ok(home, &["sync", "run", "staff"]);
    assert_eq!(again[0]["planned"], serde_json::json!({}), "{again}");
    assert_eq!(
        again[0]["groups"]["planned"],
        serde_json::json!({}),
        "{again}"
    );
}

/// A rule `staff` that provisions `n` users and their group `Sales`, not run yet.
fn sales_rule(home: &Path, emu: &EmulatorHandle, n: usize) {
    create(home, emu, "prod").arg("-q").assert().success();
    import_csv(home, &export_with(0..n, "Sales", true));
    dbxprov(home)
        .args([
            "rule",
            "create",
            "outbound",
            "staff",
            "--connection",
            "prod",
        ])
        .args(["--population", "Staff", "--provision-group", "Sales", "-q"])
        .assert()
        .success();
}

#[test]
fn a_group_created_whose_answer_was_lost_is_read_back_and_filled() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    let home = home.path();
    sales_rule(home, &emu, 30);
    emu.lose_next_answer("team/groups/create");
    let out = run_ok(home, &["sync", "run", "staff"]);
    assert_eq!(out[0]["groups"]["failed"], 0, "{out}");
    let groups = emu.groups();
    assert_eq!(groups.len(), 1, "created once");
    assert_eq!(groups[0].members.len(), 30, "and filled");
    nothing_left_to_do(home);
}

#[test]
fn a_directory_group_deleted_counts_its_memberships_under_the_guard() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    let home = home.path();
    sales_synced(home, &emu, 500);
    dbxprov(home)
        .args(["directory", "group", "delete", "Sales", "--yes", "-q"])
        .assert()
        .success();
    let (code, out) = run_json(home, &["sync", "run", "staff"]);
    assert_eq!(code, 6, "stopped");
    let guard = &out[0]["guard"];
    assert_eq!(
        (&guard["group_deletions"], &guard["membership_removals"]),
        (&serde_json::json!(1), &serde_json::json!(500)),
        "{guard}"
    );
    assert_eq!(emu.groups().len(), 1, "the group is still there");
}

#[test]
fn mass_changes_of_identity_and_mass_unsuspends_stop_at_the_guard() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    let home = home.path();
    create(home, &emu, "prod").arg("-q").assert().success();
    import_csv(home, &export_with(0..200, "", false));
    outbound_rule(home, "staff", "Staff");
    import_csv(home, &export_with(0..200, "", true));
    run_ok(home, &["sync", "run", "staff"]);
    import_csv(home, &export_with(0..200, "", false));
    run_ok(home, &["sync", "run", "staff", "--allow-deletes", "200"]);

    // A CSV that enables 150 of the 200 suspended members.
    import_csv(home, &export_with(0..150, "", true));
    let (code, out) = run_json(home, &["sync", "run", "staff"]);
    assert_eq!(code, 6, "{}", out[0]["guard"]);
    assert_eq!(out[0]["guard"]["unsuspends"], 150);
    assert_eq!(out[0]["guard"]["allow_changes_needed"], 150);
    let out = dbxprov(home)
        .args(["sync", "run", "staff", "--dry-run"])
        .output()
        .unwrap();
    let shown = text(&out.stdout) + &text(&out.stderr);
    assert!(
        shown.contains("unsuspends") && shown.contains("150 planned, limit 20 of 200 linked"),
        "{shown}"
    );
    assert!(shown.contains("--allow-changes 150"), "{shown}");
    run_ok(home, &["sync", "run", "staff", "--allow-changes", "150"]);

    // A mapping that re-addresses everyone.
    dbxprov(home)
        .args(["rule", "update", "staff", "--map"])
        .arg("email=user.email | replace('example.com', 'example.org')")
        .arg("-q")
        .assert()
        .success();
    let (code, out) = run_json(home, &["sync", "run", "staff"]);
    assert_eq!(code, 6, "{}", out[0]["guard"]);
    assert_eq!(out[0]["guard"]["identity_changes"], 200);
    assert!(emu
        .members()
        .iter()
        .all(|m| m.email.ends_with("example.com")));
}

#[test]
fn an_explicit_percentage_has_the_small_run_floor() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    let home = home.path();
    synced(home, &emu, 10);
    dbxprov(home)
        .args(["rule", "update", "staff", "--max-deletes", "10%", "-q"])
        .assert()
        .success();
    import_csv_with(home, &export(0..7), &["--replace"]);
    let out = run_ok(home, &["sync", "run", "staff"]);
    assert_eq!(out[0]["applied"]["deprovision_suspend"], 3, "{out}");
}

/// The user state of `email` under rule staff.
fn state_of(home: &Path, email: &str) -> serde_json::Value {
    let all = run_ok(home, &["sync", "status", "staff", "--users"]);
    all.as_array()
        .unwrap()
        .iter()
        .find(|u| u["email"] == email)
        .cloned()
        .unwrap_or_else(|| panic!("{email} in {all}"))
}

#[test]
fn a_member_suspended_or_removed_by_hand_stays_so_and_is_reported() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    let home = home.path();
    synced(home, &emu, 10);
    let suspended = live(&emu, "u1@example.com").team_member_id;
    let removed = live(&emu, "u2@example.com").team_member_id;
    emu.suspend_member(&suspended);
    emu.remove_member(&removed);

    for _ in 0..2 {
        let out = run_ok(home, &["sync", "run", "staff"]);
        assert_eq!(out[0]["drift"], 2, "{}", out[0]["planned"]);
        assert_eq!(out[0]["planned"], serde_json::json!({}), "{out}");
        assert_eq!(live(&emu, "u1@example.com").status, MemberStatus::Suspended);
        let state = state_of(home, "u1@example.com");
        assert!(
            state["error"]
                .as_str()
                .unwrap()
                .contains("suspended in Dropbox outside dbxprov"),
            "{state}"
        );
        let state = state_of(home, "u2@example.com");
        assert!(
            state["error"]
                .as_str()
                .unwrap()
                .contains("removed in Dropbox outside dbxprov"),
            "{state}"
        );
    }
    let text_out = dbxprov(home)
        .args(["sync", "run", "staff", "--dry-run"])
        .output()
        .unwrap();
    assert!(text(&text_out.stdout).contains("2 members suspended or removed outside dbxprov"));

    // Undone only when asked.
    let out = run_ok(home, &["sync", "run", "staff", "--revert-drift"]);
    assert_eq!(out[0]["applied"]["unsuspend"], 1, "{out}");
    assert_eq!(out[0]["applied"]["recover"], 1, "{out}");
    assert_eq!(live(&emu, "u1@example.com").status, MemberStatus::Active);
    assert_eq!(live(&emu, "u2@example.com").team_member_id, removed);
    let again = run_ok(home, &["sync", "run", "staff", "--dry-run"]);
    assert_eq!(again[0]["planned"], serde_json::json!({}), "{again}");
}

#[test]
fn a_member_disabled_then_enabled_in_the_directory_is_unsuspended_not_taken_for_drift() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    let home = home.path();
    synced(home, &emu, 5);
    dbxprov(home)
        .args(["directory", "user", "disable", "u1@example.com", "-q"])
        .assert()
        .success();
    run_ok(home, &["sync", "run", "staff"]);
    assert_eq!(live(&emu, "u1@example.com").status, MemberStatus::Suspended);
    dbxprov(home)
        .args(["directory", "user", "enable", "u1@example.com", "-q"])
        .assert()
        .success();
    let out = run_ok(home, &["sync", "run", "staff"]);
    assert_eq!(out[0]["applied"]["unsuspend"], 1, "{out}");
    assert_eq!(live(&emu, "u1@example.com").status, MemberStatus::Active);
}

#[test]
fn addresses_swapped_by_hand_never_fail_the_run_and_say_how_to_settle() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    let home = home.path();
    synced(home, &emu, 5);
    let a = live(&emu, "u1@example.com").team_member_id;
    let b = live(&emu, "u2@example.com").team_member_id;
    emu.set_member_email(&a, "swap@example.com");
    emu.set_member_email(&b, "u1@example.com");
    emu.set_member_email(&a, "u2@example.com");
    for _ in 0..2 {
        let out = run_ok(home, &["sync", "run", "staff"]);
        assert_eq!(out[0]["failures"], serde_json::json!([]), "{out}");
    }
    let state = state_of(home, "u1@example.com");
    assert_eq!(state["state"], "partially_synced", "{state}");
    assert!(
        state["error"]
            .as_str()
            .unwrap()
            .contains("is held by another member"),
        "{state}"
    );
    // One of them given another address by hand: the next run sets both.
    emu.set_member_email(&a, "elsewhere@example.com");
    run_ok(home, &["sync", "run", "staff"]);
    let out = run_ok(home, &["sync", "run", "staff"]);
    assert_eq!(out[0]["failures"], serde_json::json!([]), "{out}");
    assert_eq!(live(&emu, "u1@example.com").team_member_id, a);
    assert_eq!(live(&emu, "u2@example.com").team_member_id, b);
}

#[test]
fn a_deletion_with_deprovisioning_that_fails_keeps_the_rule_disabled_until_it_finishes() {
    let emu = storm_ready_emulator();
    let home = TempDir::new().unwrap();
    let home = home.path();
    sales_synced(home, &emu, 10);
    emu.set_rate_limited_routes(&["team/groups/delete"]);
    let out = dbxprov(home)
        .args(["rule", "delete", "staff", "--deprovision", "--yes"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("is kept, disabled"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(emu.groups().len(), 1, "the group is still there");
    let show = run_ok(home, &["rule", "show", "staff"]);
    assert_eq!(show["enabled"], false, "{show}");
    // Cron does not undo the suspensions meanwhile.
    run_ok(home, &["sync", "run", "--all"]);
    assert!(emu
        .members()
        .iter()
        .all(|m| m.status == MemberStatus::Suspended));
    emu.set_rate_limited_routes(&[]);
    run_ok(home, &["rule", "delete", "staff", "--deprovision", "--yes"]);
    assert!(emu.groups().is_empty());
}

/// What `sync status` prints.
fn status_text(home: &Path) -> String {
    let out = dbxprov(home).args(["sync", "status"]).output().unwrap();
    text(&out.stdout)
}

/// `cmd` (with `-q`) exits `code` with one line naming rule "staff" and its connection.
fn one_quiet_line(cmd: &mut assert_cmd::Command, code: i32) {
    let out = cmd.output().unwrap();
    assert_eq!(out.status.code(), Some(code));
    let said = text(&out.stderr);
    assert_eq!(said.lines().count(), 1, "one line with -q: {said}");
    let named = "error: rule \"staff\" (connection \"prod\"): ";
    assert!(said.starts_with(named), "{said}");
}

#[test]
fn a_run_stopped_before_it_could_report_names_its_rule_and_prints_its_error() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    let home = home.path();
    synced(home, &emu, 3);
    let refused = || {
        let mut cmd = dbxprov(home);
        cmd.env("DBXPROV_PROD_REFRESH_TOKEN", "not-the-token");
        cmd
    };
    one_quiet_line(refused().args(["-q", "sync", "run", "staff"]), 3);
    let out = refused()
        .args(["--json", "sync", "run", "staff"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let runs: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(runs[0]["rule"], "staff", "{runs}");
    assert_eq!(runs[0]["outcome"], "failed", "{runs}");
    assert_eq!(runs[0]["error"]["exit_code"], 3, "{runs}");
    // With a second rule, both reasons are in the one error document of `--all`.
    outbound_rule(home, "staff2", "Staff");
    let out = refused()
        .args(["--json", "sync", "run", "--all"])
        .output()
        .unwrap();
    let error: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    let message = error["error"]["message"].as_str().unwrap();
    assert!(
        message.starts_with("2 of 2 rules did not sync cleanly"),
        "{error}"
    );
    assert_eq!(
        message.matches("refused the refresh token").count(),
        2,
        "{error}"
    );
    dbxprov(home)
        .args(["rule", "delete", "staff2", "--yes", "-q"])
        .assert()
        .success();
    // Each attempt is in the history, with why it failed; the status says since when
    // the rule has not gone through, and the connection is no longer called valid.
    let history = run_ok(home, &["sync", "history", "staff"]);
    // Two identical failures in a row are one row, from the first to the last.
    assert_eq!(history.as_array().unwrap().len(), 2, "{history}");
    assert_eq!(history[0]["outcome"], "failed", "{history}");
    assert!(
        history[0]["error"]
            .as_str()
            .unwrap()
            .contains("refresh token"),
        "{history}"
    );
    let status = &run_ok(home, &["sync", "status", "staff"])[0];
    assert_eq!(status["last_outcome"], "failed", "{status}");
    assert_eq!(
        status["last_completed"], history[1]["finished_at"],
        "{status}"
    );
    assert!(status["last_error"]
        .as_str()
        .unwrap()
        .contains("refresh token"));
    let said = status_text(home);
    assert!(
        said.contains("Rule \"staff\": its last attempt failed: "),
        "{said}"
    );
    assert!(said.contains("Last run that went through: "), "{said}");
    let connection = run_ok(home, &["connection", "show", "prod"]);
    assert_eq!(
        connection["status"], "valid",
        "it has worked: its rules keep running"
    );
    assert_eq!(connection["last_test"]["ok"], false, "{connection}");
    run_ok(home, &["sync", "run", "staff"]);
    let connection = run_ok(home, &["connection", "show", "prod"]);
    assert_eq!(connection["last_test"]["ok"], true, "{connection}");
}

#[test]
fn an_outage_before_the_first_run_is_in_the_history() {
    let emu = emulator_with(dbx_emulator::Config {
        token_5xx_count: 100_000,
        ..dbx_emulator::Config::default()
    });
    let home = TempDir::new().unwrap();
    let home = home.path();
    create(home, &emu, "prod")
        .args(["--no-test", "-q"])
        .assert()
        .success();
    import_csv(home, &export(0..3));
    outbound_rule(home, "staff", "Staff");
    let (code, _) = run_json(home, &["sync", "run", "staff"]);
    assert_eq!(code, 4);
    one_quiet_line(dbxprov(home).args(["-q", "sync", "run", "staff"]), 4);
    let history = run_ok(home, &["sync", "history", "staff"]);
    assert_eq!(history[0]["outcome"], "failed", "{history}");
    let status = &run_ok(home, &["sync", "status", "staff"])[0];
    assert_eq!(
        status["last_completed"],
        serde_json::Value::Null,
        "{status}"
    );
    let said = status_text(home);
    assert!(
        said.contains("Last run that went through: never."),
        "{said}"
    );
}

#[test]
fn a_run_whose_every_write_was_refused_is_failed_not_partial() {
    let emu = storm_ready_emulator();
    let home = TempDir::new().unwrap();
    let home = home.path();
    synced(home, &emu, 3);
    import_csv(home, &export(0..6));
    emu.set_rate_limited_routes(&["team/members/add_v2"]);
    let (code, report) = run_json(home, &["sync", "run", "staff"]);
    assert_eq!(code, 5, "{report}");
    let history = run_ok(home, &["sync", "history", "staff"]);
    assert_eq!(
        history[0]["outcome"], "failed",
        "nothing went through: {history}"
    );
    let status = &run_ok(home, &["sync", "status", "staff"])[0];
    assert_eq!(status["last_outcome"], "failed", "{status}");
    let error = status["last_error"].as_str().unwrap_or_default();
    assert!(
        error.starts_with("3 failed"),
        "the row is the rule's: no name repeated: {status}"
    );
    assert_eq!(
        status["last_completed"], history[1]["finished_at"],
        "{status}"
    );
    emu.set_rate_limited_routes(&[]);
    run_ok(home, &["sync", "run", "staff"]);
    let history = run_ok(home, &["sync", "history", "staff"]);
    assert_eq!(history[0]["outcome"], "succeeded", "{history}");
}

#[test]
fn a_secret_refused_from_the_environment_is_blamed_on_the_variable() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    let home = home.path();
    synced(home, &emu, 3);
    for (var, what) in [
        ("DBXPROV_PROD_REFRESH_TOKEN", "refresh token"),
        ("DBXPROV_PROD_CLIENT_SECRET", "client secret"),
    ] {
        let out = dbxprov(home)
            .env(var, "wrong")
            .args(["sync", "run", "staff"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(3), "{var}");
        let said = text(&out.stderr);
        assert!(
            said.contains(&format!("the {what} came from {var}")),
            "{said}"
        );
        assert!(!said.contains("connection authorize"), "{said}");
        assert!(!said.contains("--client-secret-file"), "{said}");
    }
}

#[test]
fn a_killed_inbound_run_is_in_the_history_as_interrupted() {
    let emu = emulator_with(dbx_emulator::Config {
        latency: std::time::Duration::from_millis(800),
        ..dbx_emulator::Config::default()
    });
    let home = TempDir::new().unwrap();
    let home = home.path();
    create(home, &emu, "prod").arg("-q").assert().success();
    dbxprov(home)
        .args(["directory", "population", "create", "Team", "-q"])
        .assert()
        .success();
    dbxprov(home)
        .args([
            "rule",
            "create",
            "inbound",
            "team-in",
            "--connection",
            "prod",
        ])
        .args(["--population", "Team", "-q"])
        .assert()
        .success();
    let mut killed = std_dbxprov(home)
        .args(["sync", "run", "team-in", "-q"])
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while run_ok(home, &["sync", "history"])
        .as_array()
        .unwrap()
        .is_empty()
    {
        assert!(std::time::Instant::now() < deadline, "no row while it runs");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    killed.kill().unwrap();
    killed.wait().unwrap();
    let history = run_ok(home, &["sync", "history"]);
    assert_eq!(history[0]["outcome"], "interrupted", "{history}");

    // Stopped with SIGTERM (a cron timeout, systemd): it says so.
    let stopped = std_dbxprov(home)
        .args(["sync", "run", "team-in", "-q"])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    while run_ok(home, &["sync", "history"]).as_array().unwrap().len() < 2 {
        assert!(std::time::Instant::now() < deadline, "no row while it runs");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    std::process::Command::new("kill")
        .args(["-TERM", &stopped.id().to_string()])
        .status()
        .unwrap();
    let out = stopped.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(143));
    assert!(
        text(&out.stderr).contains("interrupted by SIGTERM"),
        "{}",
        text(&out.stderr)
    );
    let history = run_ok(home, &["sync", "history"]);
    assert_eq!(history[0]["outcome"], "interrupted", "{history}");
}

#[test]
fn directory_deletions_ask_first_and_say_what_the_next_run_does() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    let home = home.path();
    sales_synced(home, &emu, 5);
    dbxprov(home)
        .args(["directory", "population", "create", "Temp", "-q"])
        .assert()
        .success();
    for args in [
        &["directory", "group", "delete", "Sales"][..],
        &["directory", "user", "delete", "u1@example.com"],
        &["directory", "population", "delete", "Temp"],
    ] {
        let out = dbxprov(home).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(
            text(&out.stderr).contains("without confirmation"),
            "{}",
            text(&out.stderr)
        );
    }
    let out = dbxprov(home)
        .args(["directory", "group", "delete", "Sales", "--dry-run"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let said = text(&out.stderr);
    assert!(
        said.contains("the next run deletes its Dropbox group"),
        "{said}"
    );
    assert!(said.contains("5 memberships"), "{said}");
    let out = dbxprov(home)
        .args(["directory", "user", "delete", "u1@example.com", "--dry-run"])
        .output()
        .unwrap();
    assert!(text(&out.stderr).contains("its next run deprovisions that member"));
    // Nothing was deleted: the next run has nothing to do.
    nothing_left_to_do(home);
}

#[test]
fn a_directory_group_deleted_and_re_created_under_its_name_keeps_its_dropbox_group() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    let home = home.path();
    sales_synced(home, &emu, 10);
    let before = emu.groups()[0].clone();
    dbxprov(home)
        .args(["directory", "group", "delete", "Sales", "--yes", "-q"])
        .assert()
        .success();
    // Re-created by the next HR import, and put back in the rule.
    import_csv(home, &export_with(0..10, "Sales", true));
    dbxprov(home)
        .args([
            "rule",
            "update",
            "staff",
            "--add-provision-group",
            "Sales",
            "-q",
        ])
        .assert()
        .success();
    let out = run_ok(home, &["sync", "run", "staff"]);
    assert_eq!(out[0]["groups"]["failed"], 0, "{out}");
    assert_eq!(
        out[0]["groups"]["applied"],
        serde_json::json!({"group_link": 1}),
        "{out}"
    );
    let after = emu.groups();
    assert_eq!(after.len(), 1, "{after:?}");
    assert_eq!(after[0].group_id, before.group_id, "the same Dropbox group");
    assert_eq!(after[0].members, before.members, "with its members");
    assert_ne!(
        after[0].external_id, before.external_id,
        "now the new directory group's"
    );
    nothing_left_to_do(home);
    let show = run_ok(home, &["rule", "show", "staff"]);
    assert_eq!(
        show["provisioned_groups"].as_array().unwrap().len(),
        1,
        "{show}"
    );
}

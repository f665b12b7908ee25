//! Inbound rules (issue 10): team members become directory users of one population,
//! owned by the rule and never mixed up with users from elsewhere; `--sync-only-active`
//! resyncs at once; the daily schedule of `sync run --due`; the bidirectional guard; rule
//! deletion. The real binary against the emulator.

use std::path::Path;

use crate::common::*;
use dbx_emulator::{EmulatorHandle, MemberStatus, SeedMember};
use predicates::prelude::*;
use serde_json::Value;
use tempfile::TempDir;

fn run_ok(home: &Path, args: &[&str]) -> std::process::Output {
    let out = dbxprov(home).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    out
}

/// `active` active members m0.., then `invited` invited and `suspended` suspended ones.
fn seed_team(emu: &EmulatorHandle, active: usize, invited: usize, suspended: usize) -> Vec<String> {
    let seeds: Vec<SeedMember> = (0..active + invited + suspended)
        .map(|i| SeedMember {
            status: if i < active {
                MemberStatus::Active
            } else if i < active + invited {
                MemberStatus::Invited
            } else {
                MemberStatus::Suspended
            },
            ..SeedMember::new(
                &format!("m{i}@example.com"),
                &format!("Given{i}"),
                &format!("Sur{i}"),
            )
        })
        .collect();
    emu.seed_members(&seeds)
}

/// A connection "prod" to `emu`, population "Team", and `csv` imported (population Staff).
fn setup(home: &Path, emu: &EmulatorHandle, csv: &str) {
    create(home, emu, "prod").arg("-q").assert().success();
    run_ok(home, &["directory", "population", "create", "Team", "-q"]);
    import_csv(home, csv);
}

/// `rule create inbound NAME --connection prod --population Team` and `extra`.
fn inbound_rule(home: &Path, name: &str, extra: &[&str]) {
    let base = [
        "rule",
        "create",
        "inbound",
        name,
        "--connection",
        "prod",
        "--population",
        "Team",
        "-q",
    ];
    run_ok(home, &[&base[..], extra].concat());
}

const STAFF: &str = "email,given_name,surname,population\n\
    m0@example.com,Directory,Owner,Staff\n\
    csv1@example.com,Csv,One,Staff\n\
    csv2@example.com,Csv,Two,Staff\n";

fn users(home: &Path, population: &str) -> Vec<Value> {
    json(
        home,
        &["directory", "user", "list", "--population", population],
    )
    .as_array()
    .unwrap()
    .clone()
}

#[test]
fn a_team_of_500_comes_in_and_sync_only_active_deletes_the_50_not_active_at_once() {
    let emu = emulator();
    seed_team(&emu, 450, 30, 20);
    let home = TempDir::new().unwrap();
    setup(home.path(), &emu, STAFF);
    let staff_before = users(home.path(), "Staff");
    inbound_rule(home.path(), "team-in", &[]);
    // m0 has a directory user from the CSV: a conflict, reported, left alone.
    let out = sync_json(home.path(), "team-in", &[]);
    assert_eq!(out.status.code(), Some(5), "{}", text(&out.stderr));
    let report = &stdout_json(&out)[0];
    assert_eq!(report["direction"], "inbound");
    assert_eq!(report["applied"]["create"], 499);
    assert_eq!(report["failures"].as_array().unwrap().len(), 1);
    let failure = &report["failures"][0];
    assert_eq!(failure["email"], "m0@example.com");
    assert!(
        failure["error"]
            .as_str()
            .unwrap()
            .contains("did not bring in"),
        "{failure}"
    );
    let team = users(home.path(), "Team");
    assert_eq!(team.len(), 499);
    let disabled = team.iter().filter(|u| u["enabled"] == false).count();
    assert_eq!(
        disabled, 50,
        "invited and suspended members come in disabled"
    );
    assert!(team.iter().all(|u| u["provenance"] == "team-in"));
    assert_eq!(
        users(home.path(), "Staff"),
        staff_before,
        "CSV users untouched"
    );

    // Without a terminal or --yes, nothing changes.
    dbxprov(home.path())
        .args(["rule", "update", "team-in", "--sync-only-active"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("pass --yes"));
    assert_eq!(users(home.path(), "Team").len(), 499);
    let out = dbxprov(home.path())
        .args(["rule", "update", "team-in", "--sync-only-active", "--yes"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("now: 50 directory users deleted (members that are not active"),
        "{}",
        text(&out.stderr)
    );
    let team = users(home.path(), "Team");
    assert_eq!(team.len(), 449);
    assert!(team.iter().all(|u| u["enabled"] == true));
    assert_eq!(
        users(home.path(), "Staff"),
        staff_before,
        "CSV users untouched"
    );
    let status = &json(home.path(), &["sync", "status", "team-in"])[0];
    assert_eq!(status["direction"], "inbound");
    assert_eq!(status["directory"]["deleted"], 50);
    assert_eq!(status["impacted"], 450);
    assert_eq!(status["success"], 449);
    assert_eq!(status["failed"], 1);
    assert!(json(home.path(), &["rule", "show", "team-in"])["sync_only_active"] == true);
}

#[test]
fn members_that_leave_are_disabled_or_deleted_as_the_connection_says_and_the_guard_counts_them() {
    let emu = emulator();
    let ids = seed_team(&emu, 20, 0, 0);
    let home = TempDir::new().unwrap();
    setup(
        home.path(),
        &emu,
        "email,population\ncsv1@example.com,Staff\n",
    );
    inbound_rule(home.path(), "team-in", &[]);
    assert!(sync_json(home.path(), "team-in", &[]).status.success());
    // An admin edits a user the rule brought in: warned, and the next run sets it back.
    dbxprov(home.path())
        .args([
            "directory",
            "user",
            "set",
            "m5@example.com",
            "--given-name",
            "Edited",
        ])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "inbound rule \"team-in\" brought this user in",
        ));
    let report = &stdout_json(&sync_json(home.path(), "team-in", &[]))[0];
    assert_eq!(report["applied"]["update"], 1, "{report}");
    let m5 = json(
        home.path(),
        &["directory", "user", "show", "m5@example.com"],
    );
    assert_eq!(m5["given_name"], "Given5");
    emu.remove_member(&ids[0]);
    let report = &stdout_json(&sync_json(home.path(), "team-in", &[]))[0];
    assert_eq!(report["applied"]["disable"], 1);
    let m0 = json(
        home.path(),
        &["directory", "user", "show", "m0@example.com"],
    );
    assert_eq!(m0["enabled"], false);
    // A second run changes nothing more.
    let report = &stdout_json(&sync_json(home.path(), "team-in", &[]))[0];
    assert!(
        report["planned"].as_object().unwrap().is_empty(),
        "{report}"
    );
    // Six leave at once: more than the default limit (10 % of 20, at least 4).
    run_ok(
        home.path(),
        &[
            "connection",
            "update",
            "prod",
            "--remove-action",
            "delete",
            "-q",
        ],
    );
    for id in &ids[1..7] {
        emu.remove_member(id);
    }
    let out = sync_json(home.path(), "team-in", &[]);
    assert_eq!(out.status.code(), Some(6), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("would delete or disable 7 of its 20 users it brought in"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(
        users(home.path(), "Team").len(),
        20,
        "the guard applied nothing"
    );
    let report = &stdout_json(&sync_json(
        home.path(),
        "team-in",
        &["--allow-deletes", "7"],
    ))[0];
    assert_eq!(
        report["applied"]["delete"], 7,
        "the disabled one goes too: {report}"
    );
    assert_eq!(users(home.path(), "Team").len(), 13);
    assert_eq!(users(home.path(), "Staff").len(), 1);
}

#[test]
fn sync_run_due_runs_an_inbound_rule_once_a_day_and_manual_runs_do_not_move_it() {
    let emu = emulator();
    seed_team(&emu, 3, 0, 0);
    let home = TempDir::new().unwrap();
    setup(
        home.path(),
        &emu,
        "email,population\ncsv1@example.com,Staff\n",
    );
    inbound_rule(home.path(), "team-in", &[]);
    let due = |now: &str| {
        let out = dbxprov(home.path())
            .env("DBXPROV_NOW", now)
            .args(["sync", "run", "--due", "--json"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", text(&out.stderr));
        stdout_json(&out).as_array().unwrap().len()
    };
    let runs = || {
        json(home.path(), &["sync", "history", "team-in"])
            .as_array()
            .unwrap()
            .len()
    };
    let next = || json(home.path(), &["rule", "show", "team-in"])["schedule"]["next_run"].clone();
    assert_eq!(next(), Value::Null, "no first full sync yet");
    assert_eq!(
        due("2026-12-03T10:00:00Z"),
        1,
        "the first full sync is due at once"
    );
    assert_eq!(due("2026-12-03T10:05:00Z"), 0, "not again the same day");
    assert_eq!(runs(), 1);
    assert_eq!(next(), "2026-12-04T10:00:00Z");
    dbxprov(home.path())
        .env("DBXPROV_NOW", "2026-12-03T15:00:00Z")
        .args(["sync", "run", "team-in", "-q"])
        .assert()
        .success();
    assert_eq!(runs(), 2);
    assert_eq!(
        next(),
        "2026-12-04T10:00:00Z",
        "a manual run does not move the schedule"
    );
    assert_eq!(due("2026-12-04T09:59:59Z"), 0);
    assert_eq!(due("2026-12-04T10:00:01Z"), 1);
    assert_eq!(due("2026-12-04T10:30:00Z"), 0);
    assert_eq!(runs(), 3);
    assert_eq!(next(), "2026-12-05T10:00:00Z");
    let status = &json(home.path(), &["sync", "status", "team-in"])[0];
    assert_eq!(status["next_run"], "2026-12-05T10:00:00Z");
    dbxprov(home.path())
        .env("DBXPROV_NOW", "tomorrow")
        .args(["sync", "run", "--due"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("DBXPROV_NOW"));
}

#[test]
fn an_outbound_rule_next_to_an_inbound_one_needs_allow_bidirectional_and_then_never_duplicates() {
    let emu = active_emulator();
    let ids = seed_team(&emu, 10, 0, 0);
    let home = TempDir::new().unwrap();
    setup(
        home.path(),
        &emu,
        "email,population\ncsv1@example.com,Staff\n",
    );
    inbound_rule(home.path(), "team-in", &[]);
    let outbound = [
        "rule",
        "create",
        "outbound",
        "team-out",
        "--connection",
        "prod",
        "--population",
        "Team",
        "--population",
        "Staff",
    ];
    dbxprov(home.path())
        .args(outbound)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("duplicate users"))
        .stderr(predicate::str::contains("--allow-bidirectional"));
    run_ok(
        home.path(),
        &[&outbound[..], &["--allow-bidirectional", "-q"]].concat(),
    );
    // Once allowed, either rule can be changed without saying it again.
    run_ok(
        home.path(),
        &["rule", "update", "team-in", "--max-deletes", "5", "-q"],
    );
    run_ok(
        home.path(),
        &["rule", "update", "team-out", "--max-deletes", "5", "-q"],
    );
    // A full round: inbound, then outbound over that population (and one CSV user).
    let out = sync_json(home.path(), "team-in", &[]);
    assert!(
        out.status.success(),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    let report = &stdout_json(&sync_json(home.path(), "team-out", &[]))[0];
    assert_eq!(
        report["planned"]["create"], 1,
        "only the CSV user: {report}"
    );
    assert_eq!(report["states"]["synced"], 11);
    assert_eq!(
        emu.members().len(),
        11,
        "no member of the team was duplicated"
    );
    // A member leaves; the outbound rule runs first and never re-creates it.
    emu.remove_member(&ids[0]);
    let report = &stdout_json(&sync_json(home.path(), "team-out", &[]))[0];
    assert!(report["planned"].get("create").is_none(), "{report}");
    let out = sync_json(home.path(), "team-in", &[]);
    assert!(
        out.status.success(),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    let report = &stdout_json(&sync_json(home.path(), "team-out", &[]))[0];
    assert!(
        report["planned"].as_object().unwrap().is_empty(),
        "{report}"
    );
    let live: Vec<_> = emu
        .members()
        .into_iter()
        .filter(|m| m.status != MemberStatus::Removed)
        .collect();
    assert_eq!(live.len(), 10);
    assert_eq!(emu.stats().count("/2/team/members/add_v2"), 1);
    // The reverse order is refused too.
    dbxprov(home.path())
        .args([
            "rule",
            "create",
            "inbound",
            "again",
            "--connection",
            "prod",
            "--population",
            "Team",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("outbound rule"));
}

#[test]
fn deleting_an_inbound_rule_with_deprovision_deletes_exactly_its_users() {
    let emu = emulator();
    seed_team(&emu, 12, 0, 0);
    let home = TempDir::new().unwrap();
    setup(
        home.path(),
        &emu,
        "email,population\ncsv1@example.com,Staff\n",
    );
    run_ok(
        home.path(),
        &["directory", "population", "create", "Other", "-q"],
    );
    // m0..m9 to "low", m10 and m11 to "high".
    let high = "member.email in ['m10@example.com', 'm11@example.com']";
    let low = "member.email not in ['m10@example.com', 'm11@example.com']";
    run_ok(
        home.path(),
        &[
            "rule",
            "create",
            "inbound",
            "low",
            "--connection",
            "prod",
            "--population",
            "Team",
            "--filter",
            low,
            "-q",
        ],
    );
    run_ok(
        home.path(),
        &[
            "rule",
            "create",
            "inbound",
            "high",
            "--connection",
            "prod",
            "--population",
            "Other",
            "--filter",
            high,
            "-q",
        ],
    );
    assert!(sync_json(home.path(), "low", &[]).status.success());
    assert!(sync_json(home.path(), "high", &[]).status.success());
    assert_eq!(users(home.path(), "Team").len(), 10);
    assert_eq!(users(home.path(), "Other").len(), 2);
    dbxprov(home.path())
        .args(["rule", "delete", "low", "--deprovision", "--yes"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "10 directory users it brought in to delete",
        ));
    assert_eq!(users(home.path(), "Team").len(), 0);
    assert_eq!(
        users(home.path(), "Other").len(),
        2,
        "another rule's users stay"
    );
    assert_eq!(users(home.path(), "Staff").len(), 1, "imported users stay");
    assert_eq!(emu.members().len(), 12, "Dropbox is not touched");
    // Without --deprovision, the users stay as the directory's own.
    dbxprov(home.path())
        .args(["rule", "delete", "high", "--yes"])
        .assert()
        .success();
    let other = users(home.path(), "Other");
    assert_eq!(other.len(), 2);
    assert!(other.iter().all(|u| u["provenance"].is_null()), "{other:?}");
}

#[test]
fn test_mapping_of_an_inbound_rule_reads_the_member_and_shows_each_value() {
    let emu = emulator();
    seed_team(&emu, 1, 1, 0);
    let home = TempDir::new().unwrap();
    setup(
        home.path(),
        &emu,
        "email,population\ncsv1@example.com,Staff\n",
    );
    run_ok(
        home.path(),
        &[
            "rule",
            "create",
            "inbound",
            "team-in",
            "--connection",
            "prod",
            "--population",
            "Team",
            "--map",
            "attributes.source=\"dropbox:\" ~ member.status",
            "--sync-only-active",
            "-q",
        ],
    );
    let t = json(
        home.path(),
        &["rule", "test-mapping", "team-in", "m1@example.com"],
    );
    assert_eq!(t["in_scope"], false);
    assert!(t["scope_note"].as_str().unwrap().contains("invited"), "{t}");
    let value = |attr: &str| {
        t["values"]
            .as_array()
            .unwrap()
            .iter()
            .find(|v| v["attribute"] == attr)
            .unwrap()["value"]
            .clone()
    };
    assert_eq!(value("attributes.source"), "dropbox:invited");
    assert_eq!(value("enabled"), "false");
    assert_eq!(value("given_name"), "Given1");
    dbxprov(home.path())
        .args([
            "rule",
            "create",
            "inbound",
            "bad",
            "--connection",
            "prod",
            "--population",
            "Team",
            "--map",
            "status=member.status",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("not a directory attribute"));
}

#[test]
fn members_that_swap_or_pass_on_addresses_converge_in_one_run() {
    let emu = emulator();
    let ids = seed_team(&emu, 4, 0, 0);
    let home = TempDir::new().unwrap();
    setup(
        home.path(),
        &emu,
        "email,population\ncsv1@example.com,Staff\n",
    );
    inbound_rule(home.path(), "team-in", &[]);
    assert!(sync_json(home.path(), "team-in", &[]).status.success());
    // m0 and m1 swap addresses; m2 takes m3's, and m3 a new one (a chain).
    emu.set_member_email(&ids[0], "swap@example.com");
    emu.set_member_email(&ids[1], "m0@example.com");
    emu.set_member_email(&ids[0], "m1@example.com");
    emu.set_member_email(&ids[3], "m9@example.com");
    emu.set_member_email(&ids[2], "m3@example.com");
    let out = sync_json(home.path(), "team-in", &[]);
    assert!(
        out.status.success(),
        "{}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    assert_eq!(stdout_json(&out)[0]["applied"]["update"], 4);
    for (email, given) in [
        ("m1@example.com", "Given0"),
        ("m0@example.com", "Given1"),
        ("m3@example.com", "Given2"),
        ("m9@example.com", "Given3"),
    ] {
        let u = json(home.path(), &["directory", "user", "show", email]);
        assert_eq!(
            (u["given_name"].as_str(), u["username"].as_str()),
            (Some(given), Some(email))
        );
    }
    let report = &stdout_json(&sync_json(home.path(), "team-in", &[]))[0];
    assert!(
        report["planned"].as_object().unwrap().is_empty(),
        "{report}"
    );
}

#[test]
fn imports_cannot_change_users_an_inbound_rule_brought_in_but_read_its_export_back() {
    let emu = emulator();
    seed_team(&emu, 3, 0, 0);
    let home = TempDir::new().unwrap();
    setup(
        home.path(),
        &emu,
        "email,population\ncsv1@example.com,Staff\n",
    );
    inbound_rule(home.path(), "team-in", &[]);
    assert!(sync_json(home.path(), "team-in", &[]).status.success());
    let export = run_ok(home.path(), &["directory", "export"]).stdout;
    dbxprov(home.path())
        .args(["directory", "import", "-", "--format", "csv"])
        .write_stdin(export)
        .assert()
        .success();
    dbxprov(home.path())
        .args(["directory", "import", "-", "--format", "csv"])
        .write_stdin("email,given_name,population\nm1@example.com,Imported,Staff\n")
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "brought in by inbound rule \"team-in\"",
        ));
    let m1 = json(
        home.path(),
        &["directory", "user", "show", "m1@example.com"],
    );
    assert_eq!(
        (m1["given_name"].as_str(), m1["population"].as_str()),
        (Some("Given1"), Some("Team"))
    );
    // Outbound-only settings are refused on an inbound rule.
    dbxprov(home.path())
        .args(["rule", "update", "team-in", "--adopt-existing-groups"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("is inbound"));
}

#[test]
fn an_inbound_rule_is_deleted_with_its_users_when_dropbox_is_gone() {
    let emu = emulator();
    seed_team(&emu, 5, 0, 0);
    let home = TempDir::new().unwrap();
    setup(
        home.path(),
        &emu,
        "email,population\ncsv1@example.com,Staff\n",
    );
    inbound_rule(home.path(), "team-in", &[]);
    assert!(sync_json(home.path(), "team-in", &[]).status.success());
    drop(emu);
    dbxprov(home.path())
        .args(["rule", "delete", "team-in", "--deprovision", "--yes"])
        .assert()
        .success();
    assert!(users(home.path(), "Team").is_empty());
    assert_eq!(users(home.path(), "Staff").len(), 1);
}

#[test]
fn deleting_the_inbound_rule_of_a_pair_hands_no_member_to_the_outbound_rule() {
    let emu = active_emulator();
    let mut seeds: Vec<SeedMember> = (0..8)
        .map(|i| SeedMember::new(&format!("m{i}@example.com"), "Given", &format!("Sur{i}")))
        .collect();
    seeds[0].external_id = Some("admin-set-7".into());
    seeds.push(SeedMember {
        status: MemberStatus::Invited,
        ..SeedMember::new("invited@example.com", "In", "Vited")
    });
    emu.seed_members(&seeds);
    let home = TempDir::new().unwrap();
    let home = home.path();
    setup(home, &emu, "email,population\ncsv1@example.com,Staff\n");
    inbound_rule(home, "team-in", &[]);
    run_ok(
        home,
        &[
            "rule",
            "create",
            "outbound",
            "team-out",
            "--connection",
            "prod",
            "--population",
            "Team",
            "--population",
            "Staff",
            "--allow-bidirectional",
            "-q",
        ],
    );
    json(home, &["sync", "run", "team-in"]);
    json(home, &["sync", "run", "team-out"]);
    let before = emu.members();

    // No terminal, no --yes: refused, saying what stays.
    dbxprov(home)
        .args(["rule", "delete", "team-in"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("9 directory users it brought in"))
        .stderr(predicate::str::contains("--yes"));
    run_ok(home, &["rule", "delete", "team-in", "--yes", "-q"]);

    // The outbound rule adopts none of them, so it never deprovisions them either.
    let report = &json(home, &["sync", "run", "team-out"])[0];
    assert_eq!(report["planned"], serde_json::json!({}), "{report}");
    assert_eq!(report["states"]["unsynced"], 9, "{report}");
    run_ok(home, &["directory", "population", "create", "Other", "-q"]);
    run_ok(
        home,
        &[
            "directory",
            "user",
            "set",
            "m1@example.com",
            "--population",
            "Other",
            "-q",
        ],
    );
    run_ok(
        home,
        &[
            "directory",
            "user",
            "delete",
            "m2@example.com",
            "--yes",
            "-q",
        ],
    );
    let report = &json(home, &["sync", "run", "team-out"])[0];
    assert_eq!(report["planned"], serde_json::json!({}), "{report}");
    assert_eq!(emu.members(), before, "every member as it was");
}

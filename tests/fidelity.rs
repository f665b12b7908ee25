//! Dropbox as it really is (issue 19): what the emulator now does as Dropbox does, and
//! what dbxprov makes of it. Removed members are recovered, not re-added; a storm on one
//! route fails that route's items only; licenses held by suspended members are counted;
//! an invitation follows a changed address; group memberships go in calls of a few
//! hundred. The real binary against the emulator.

use std::path::Path;

use crate::common::*;
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

/// The member (not removed) with `email`.
fn live(emu: &EmulatorHandle, email: &str) -> MemberSnapshot {
    emu.members()
        .into_iter()
        .find(|m| m.email == email && m.status != MemberStatus::Removed)
        .unwrap_or_else(|| panic!("{email} is on the team"))
}

#[test]
fn a_user_back_in_scope_gets_its_removed_member_back_and_after_seven_days_a_new_one() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    let home = home.path();
    staff_synced(home, &emu, 10, &["--remove-action", "delete"]);
    let before = live(&emu, "u3@example.com").team_member_id;

    // Out of scope: removed. Back the next day: recovered, the same member.
    move_to(home, "u3@example.com", "Other");
    let out = json(home, &["sync", "run", "staff"]);
    assert_eq!(out[0]["applied"]["remove"], 1, "{out}");
    move_to(home, "u3@example.com", "Staff");
    let dry = json(home, &["sync", "run", "staff", "--dry-run"]);
    assert_eq!(dry[0]["planned"]["recover"], 1, "{dry}");
    assert_eq!(dry[0]["planned"].get("create"), None, "{dry}");
    let out = json(home, &["sync", "run", "staff"]);
    assert_eq!(out[0]["applied"]["recover"], 1, "{out}");
    assert_eq!(out[0]["failures"], serde_json::json!([]));
    let back = live(&emu, "u3@example.com");
    assert_eq!(
        back.team_member_id, before,
        "the same account, with its files"
    );
    assert_eq!(back.status, MemberStatus::Active);
    let journal = json(home, &["sync", "show", &out[0]["run_id"].to_string()]);
    let op = &journal["operations"][0];
    assert_eq!(
        (op["action"].as_str(), op["status"].as_str()),
        (Some("recover"), Some("ok"))
    );
    let states = json(home, &["sync", "status", "staff", "--users"]);
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
    let again = json(home, &["sync", "run", "staff"]);
    assert_eq!(again[0]["applied"], serde_json::json!({}));

    // Removed again, and more than 7 days pass: a new, empty account.
    move_to(home, "u3@example.com", "Other");
    json(home, &["sync", "run", "staff"]);
    emu.advance_clock(dbx_emulator::RECOVERY_WINDOW + std::time::Duration::from_secs(60));
    move_to(home, "u3@example.com", "Staff");
    let out = json(home, &["sync", "run", "staff"]);
    assert_eq!(out[0]["applied"]["create"], 1, "{out}");
    assert_ne!(live(&emu, "u3@example.com").team_member_id, before);
}

/// `csv` of users `u0..u{n}` of population Staff, the first `disabled` of them disabled,
/// the next `renamed` with a new given name.
fn changed_csv(n: usize, disabled: usize, renamed: usize) -> String {
    let mut s = String::from("email,given_name,surname,population,enabled\n");
    for i in 0..n {
        let given = if i >= disabled && i < disabled + renamed {
            format!("New{i}")
        } else {
            format!("Given{i}")
        };
        let enabled = i >= disabled;
        s.push_str(&format!(
            "u{i}@example.com,{given},Sur{i},Staff,{enabled}\n"
        ));
    }
    s
}

/// Connection "prod" to `emu` (with `flags`), `n` users of Staff (and one of Other), rule
/// "staff" over Staff, and its first run.
fn staff_synced(home: &Path, emu: &EmulatorHandle, n: usize, flags: &[&str]) {
    create(home, emu, "prod")
        .args(flags)
        .arg("-q")
        .assert()
        .success();
    import_csv(home, &staff_csv(n));
    outbound_rule(home, "staff", "Staff");
    json(home, &["sync", "run", "staff"]);
}

/// The directory becomes users `u{from}..u{to}` of Staff (and one of Other): the others
/// leave it.
fn keep_only(home: &Path, from: usize, to: usize) {
    let mut csv = String::from("email,given_name,surname,population\n");
    for i in from..to {
        csv.push_str(&format!("u{i}@example.com,Given{i},Sur{i},Staff\n"));
    }
    csv.push_str("other@example.com,Oth,Er,Other\n");
    import_replacing(home, &csv);
}

/// The connection flags of removals that move files to the team admin of
/// [`with_admin`].
const TRANSFER_TO_ADMIN: [&str; 6] = [
    "--remove-action",
    "delete",
    "--transfer-dest",
    "admin@example.com",
    "--transfer-admin",
    "admin@example.com",
];

/// An emulator of `config` whose team has an admin, admin@example.com, to receive files.
fn with_admin(config: Config) -> Emulator {
    let emu = emulator_with(config);
    emu.seed_members(&[dbx_emulator::SeedMember {
        admin: true,
        ..dbx_emulator::SeedMember::new("admin@example.com", "Ad", "Min")
    }]);
    emu
}

fn import_replacing(home: &Path, csv: &str) {
    import_csv_with(home, csv, &["--replace"]);
}

#[test]
fn a_storm_on_one_route_fails_its_items_alone_and_the_next_run_finishes_them() {
    let emu = storm_ready_emulator();
    let home = TempDir::new().unwrap();
    let home = home.path();
    staff_synced(home, &emu, 20, &[]);

    // 5 disabled, 5 renamed, 5 new; suspends answer 429 whatever is sent.
    import_replacing(
        home,
        &(changed_csv(25, 5, 5) + "other@example.com,Oth,Er,Other,true\n"),
    );
    emu.set_rate_limited_routes(&["team/members/suspend"]);
    let before = emu.stats();
    let out = dbxprov(home)
        .args(["sync", "run", "staff", "--json", "--allow-deletes", "5"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", text(&out.stderr));
    let report = stdout_json(&out);
    assert_eq!(report[0]["applied"]["update"], 5, "{report}");
    assert_eq!(report[0]["applied"]["create"], 5, "{report}");
    let failures = report[0]["failures"].as_array().unwrap();
    assert_eq!(failures.len(), 5, "{report}");
    for f in failures {
        assert_eq!(f["action"], "suspend");
        let error = f["error"].as_str().unwrap();
        assert!(error.contains("longer than the retry budget"), "{error}");
    }
    // The route was asked once or a few times at once, never hammered.
    let suspends =
        emu.stats().count("/2/team/members/suspend") - before.count("/2/team/members/suspend");
    assert!(suspends <= 4, "{suspends} suspend requests");

    // The storm is over: the next run finishes the rest.
    emu.set_rate_limited_routes(&[]);
    let out = json(home, &["sync", "run", "staff", "--allow-deletes", "5"]);
    assert_eq!(out[0]["applied"]["suspend"], 5, "{out}");
    let suspended = emu
        .members()
        .iter()
        .filter(|m| m.status == MemberStatus::Suspended)
        .count();
    assert_eq!(suspended, 5);
}

#[test]
fn on_a_full_team_the_dry_run_says_the_creates_find_no_license_and_suspends_free_none() {
    let emu = emulator_with(Config {
        invites_accepted_immediately: true,
        num_licensed_users: 10,
        ..Config::default()
    });
    let home = TempDir::new().unwrap();
    let home = home.path();
    staff_synced(home, &emu, 10, &[]);
    // Two leave (suspended: the default remove action), two join.
    keep_only(home, 2, 12);
    let dry = json(home, &["sync", "run", "staff", "--dry-run"]);
    let l = &dry[0]["licenses"];
    assert_eq!(
        (
            &l["licensed"],
            &l["used"],
            &l["free"],
            &l["needed"],
            &l["freed"],
            &l["suspends"],
            &l["short"]
        ),
        (
            &10.into(),
            &10.into(),
            &0.into(),
            &2.into(),
            &0.into(),
            &2.into(),
            &2.into()
        ),
        "{dry}"
    );
    let out = dbxprov(home)
        .args(["sync", "run", "staff", "--dry-run"])
        .output()
        .unwrap();
    let said = text(&out.stdout);
    assert!(said.contains("licenses           0 free of 10"), "{said}");
    assert!(
        said.contains("Not enough licenses: 2 creates and recoveries take one each, 0 are free"),
        "{said}"
    );
    assert!(said.contains("its 2 suspends free none"), "{said}");
    // The run does what it can: the joiners fail, the leavers are suspended.
    let out = dbxprov(home)
        .args(["sync", "run", "staff", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
    let report = stdout_json(&out);
    assert_eq!(report[0]["applied"]["deprovision_suspend"], 2, "{report}");
    assert!(report[0]["failures"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["error"] == "team_license_limit"));
}

#[test]
fn removals_that_transfer_files_into_one_member_go_one_at_a_time() {
    let emu = with_admin(Config {
        invites_accepted_immediately: true,
        async_remove: true,
        async_job_duration: std::time::Duration::from_millis(30),
        ..Config::default()
    });
    let home = TempDir::new().unwrap();
    let home = home.path();
    staff_synced(home, &emu, 12, &TRANSFER_TO_ADMIN);
    // Eight leave; their files all go to the admin.
    keep_only(home, 8, 12);
    let out = json(
        home,
        &[
            "sync",
            "run",
            "staff",
            "--allow-deletes",
            "8",
            "--concurrency",
            "8",
        ],
    );
    assert_eq!(out[0]["applied"]["remove"], 8, "{out}");
    assert_eq!(out[0]["failures"], serde_json::json!([]));
    assert_eq!(out[0]["rate_limited"], 0, "no transfer contended: {out}");
    let admin = live(&emu, "admin@example.com").team_member_id;
    let moved = emu
        .members()
        .iter()
        .filter(|m| m.transferred_to.as_deref() == Some(admin.as_str()))
        .count();
    assert_eq!(moved, 8);
}

#[test]
fn a_listing_that_repeats_members_is_read_once_each_and_the_run_goes_on() {
    let emu = emulator_with(Config {
        invites_accepted_immediately: true,
        num_licensed_users: 5_000,
        member_listing_repeats: true,
        ..Config::default()
    });
    let home = TempDir::new().unwrap();
    let home = home.path();
    staff_synced(home, &emu, 2_500, &[]);
    // Three pages, each after the first beginning with the last member of the one
    // before: two repeats, each taken once, and nothing to do.
    let out = json(home, &["sync", "run", "staff"]);
    assert_eq!(out[0]["members_read"], 2_500, "{}", out[0]);
    assert_eq!(out[0]["listed_twice"], 2);
    assert_eq!(out[0]["applied"], serde_json::json!({}));
    assert_eq!(out[0]["failures"], serde_json::json!([]));
}

#[test]
fn an_empty_name_part_is_never_sent_and_never_blanks_a_name_dropbox_has() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    let home = home.path();
    create(home, &emu, "prod").arg("-q").assert().success();
    import_csv(
        home,
        "email,given_name,surname,population\nmono@example.com,,Mononym,Staff\nann@example.com,Ann,Lee,Staff\n",
    );
    outbound_rule(home, "staff", "Staff");
    json(home, &["sync", "run", "staff"]);
    let sent = &emu.audit()[0].arg["new_members"];
    let mono = sent
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["member_email"] == "mono@example.com")
        .unwrap();
    assert_eq!(mono.get("member_given_name"), None, "left out: {mono}");
    assert_eq!(mono["member_surname"], "Mononym");
    // The directory loses Ann's given name: Dropbox keeps hers, and nothing is sent.
    dbxprov(home)
        .args([
            "directory",
            "user",
            "set",
            "ann@example.com",
            "--given-name",
            "",
            "-q",
        ])
        .assert()
        .success();
    let writes = emu.audit().len();
    let out = json(home, &["sync", "run", "staff"]);
    assert_eq!(out[0]["applied"], serde_json::json!({}), "{out}");
    assert_eq!(emu.audit().len(), writes);
    assert_eq!(live(&emu, "ann@example.com").given_name, "Ann");
    for entry in emu.audit() {
        let text = entry.arg.to_string();
        assert!(
            !text.contains("_name\":\"\""),
            "no empty name part sent: {text}"
        );
    }
}

#[test]
fn a_group_of_three_thousand_goes_in_calls_of_a_few_hundred_with_no_read_back() {
    let emu = emulator_with(Config {
        invites_accepted_immediately: true,
        num_licensed_users: 5_000,
        ..Config::default()
    });
    let home = TempDir::new().unwrap();
    let home = home.path();
    create(home, &emu, "prod").arg("-q").assert().success();
    let mut csv = String::from("email,given_name,surname,population,groups\n");
    for i in 0..3_000 {
        csv.push_str(&format!(
            "u{i}@example.com,Given{i},Sur{i},Staff,Everyone\n"
        ));
    }
    import_csv(home, &csv);
    dbxprov(home)
        .args([
            "rule",
            "create",
            "outbound",
            "staff",
            "--connection",
            "prod",
        ])
        .args([
            "--population",
            "Staff",
            "--provision-group",
            "Everyone",
            "-q",
        ])
        .assert()
        .success();
    let out = json(home, &["sync", "run", "staff"]);
    assert_eq!(out[0]["failures"], serde_json::json!([]), "{}", out[0]);
    assert_eq!(emu.groups()[0].members.len(), 3_000);
    let calls: Vec<usize> = emu
        .audit()
        .iter()
        .filter(|a| a.route == "team/groups/members/add")
        .map(|a| a.arg["members"].as_array().unwrap().len())
        .collect();
    assert!(calls.iter().all(|n| *n <= 250), "{calls:?}");
    assert_eq!(calls.iter().sum::<usize>(), 3_000);
    assert_eq!(
        emu.stats().count("/2/team/groups/members/list"),
        0,
        "no read-back"
    );
}

#[test]
fn an_invited_members_new_address_gets_a_new_invitation_and_the_status_says_invited() {
    let emu = emulator();
    let home = TempDir::new().unwrap();
    let home = home.path();
    staff_synced(home, &emu, 3, &[]);
    dbxprov(home)
        .args([
            "directory",
            "user",
            "set",
            "u1@example.com",
            "--email",
            "u1.new@example.com",
            "-q",
        ])
        .assert()
        .success();
    let writes = emu.audit().len();
    let out = json(home, &["sync", "run", "staff"]);
    assert_eq!(out[0]["applied"]["update"], 1, "{out}");
    let routes: Vec<String> = emu.audit()[writes..]
        .iter()
        .map(|a| a.route.clone())
        .collect();
    assert_eq!(
        routes,
        [
            "team/members/set_profile_v2",
            "team/members/send_welcome_email"
        ]
    );
    let m = live(&emu, "u1.new@example.com");
    assert_eq!(m.invitation_sent_to.as_deref(), Some("u1.new@example.com"));
    let states = json(home, &["sync", "status", "staff", "--users"]);
    let u1 = states
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["email"] == "u1.new@example.com")
        .unwrap();
    assert_eq!(
        (u1["state"].as_str(), u1["member_status"].as_str()),
        (Some("synced"), Some("invited"))
    );
    let table = dbxprov(home)
        .args(["sync", "status", "staff", "--users"])
        .output()
        .unwrap();
    assert!(
        text(&table.stdout)
            .lines()
            .any(|l| l.contains("u1.new@example.com") && l.contains("invited")),
        "{}",
        text(&table.stdout)
    );
    // Once the person joins, the status follows.
    emu.accept_invites();
    json(home, &["sync", "run", "staff"]);
    let states = json(home, &["sync", "status", "staff", "--users"]);
    assert!(states
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["member_status"] == "active"));
}

#[test]
fn members_of_an_add_job_that_failed_are_read_back_and_linked() {
    let emu = emulator_with(Config {
        async_add: true,
        // The first add job ends "failed", its members added all the same.
        failing_add_jobs: dbx_emulator::FailingJobs::Nth(1),
        ..Config::default()
    });
    let home = TempDir::new().unwrap();
    let home = home.path();
    create(home, &emu, "prod").arg("-q").assert().success();
    import_csv(home, &staff_csv(30));
    outbound_rule(home, "staff", "Staff");
    let out = json(home, &["sync", "run", "staff", "--concurrency", "1"]);
    assert_eq!(out[0]["applied"]["create"], 30, "{out}");
    assert_eq!(out[0]["failures"], serde_json::json!([]));
    let states = json(home, &["sync", "status", "staff", "--users"]);
    assert!(
        states
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["state"] == "synced" && s["member_status"] == "invited"),
        "{states}"
    );
    assert_eq!(emu.members().len(), 30, "no one added twice");
}

#[test]
fn a_removal_job_that_ended_in_an_error_does_not_claim_the_files_moved() {
    let emu = with_admin(Config {
        invites_accepted_immediately: true,
        async_remove: true,
        failing_remove_jobs: dbx_emulator::FailingJobs::Every,
        ..Config::default()
    });
    let home = TempDir::new().unwrap();
    let home = home.path();
    staff_synced(home, &emu, 5, &TRANSFER_TO_ADMIN);
    move_to(home, "u2@example.com", "Other");
    let out = dbxprov(home)
        .args(["sync", "run", "staff", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", text(&out.stderr));
    let report = stdout_json(&out);
    let error = report[0]["failures"][0]["error"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(error.contains("internal_error"), "{error}");
    assert!(error.contains("is not confirmed"), "{error}");
    // The member is gone all the same: the next run has nothing left to do.
    let out = json(home, &["sync", "run", "staff"]);
    assert_eq!(out[0]["failures"], serde_json::json!([]), "{out}");
}

#[test]
fn a_member_adopted_by_email_keeps_the_external_id_another_tool_set() {
    let emu = active_emulator();
    emu.seed_members(&[dbx_emulator::SeedMember {
        external_id: Some("okta-00u1".into()),
        ..dbx_emulator::SeedMember::new("u0@example.com", "Old", "Name")
    }]);
    let home = TempDir::new().unwrap();
    let home = home.path();
    create(home, &emu, "prod").arg("-q").assert().success();
    import_csv(home, &staff_csv(2));
    outbound_rule(home, "staff", "Staff");
    let out = json(home, &["sync", "run", "staff"]);
    assert_eq!(out[0]["applied"]["link"], 1, "{out}");
    let u0 = live(&emu, "u0@example.com");
    assert_eq!(u0.external_id.as_deref(), Some("okta-00u1"), "kept");
    assert_eq!(
        u0.given_name, "Given0",
        "the rest of the profile is the rule's"
    );
    let states = json(home, &["sync", "status", "staff", "--users"]);
    let note = states[0]["error"].as_str().unwrap_or_default().to_string();
    assert!(
        note.contains("okta-00u1") && note.contains("kept"),
        "{states}"
    );
    // Found again by its link, and left alone.
    let writes = emu.audit().len();
    let out = json(home, &["sync", "run", "staff"]);
    assert_eq!(out[0]["applied"], serde_json::json!({}), "{out}");
    assert_eq!(emu.audit().len(), writes);
    // Told to take external ids, the rule sets its own.
    dbxprov(home)
        .args(["rule", "update", "staff", "--take-external-ids", "-q"])
        .assert()
        .success();
    json(home, &["sync", "run", "staff"]);
    let u0 = live(&emu, "u0@example.com");
    assert!(u0.external_id.unwrap().starts_with("u-"));
}

#[test]
fn an_invitation_that_could_not_be_sent_is_sent_by_the_next_run() {
    let emu = emulator_with(Config {
        retry_after_secs: 300,
        ..Config::default()
    });
    let home = TempDir::new().unwrap();
    let home = home.path();
    staff_synced(home, &emu, 2, &[]);
    dbxprov(home)
        .args([
            "directory",
            "user",
            "set",
            "u0@example.com",
            "--email",
            "u0.new@example.com",
            "-q",
        ])
        .assert()
        .success();
    // The address changes, but no invitation can be sent.
    emu.set_rate_limited_routes(&["team/members/send_welcome_email"]);
    let out = dbxprov(home)
        .args(["sync", "run", "staff", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", text(&out.stderr));
    let m = live(&emu, "u0.new@example.com");
    assert_eq!(
        m.invitation_sent_to.as_deref(),
        Some("u0@example.com"),
        "dead"
    );
    // The next run owes it, and sends it.
    emu.set_rate_limited_routes(&[]);
    let out = json(home, &["sync", "run", "staff"]);
    assert_eq!(out[0]["applied"]["reinvite"], 1, "{out}");
    let m = live(&emu, "u0.new@example.com");
    assert_eq!(m.invitation_sent_to.as_deref(), Some("u0.new@example.com"));
    // Then nothing is owed.
    let out = json(home, &["sync", "run", "staff"]);
    assert_eq!(out[0]["applied"], serde_json::json!({}), "{out}");
}

//! `dbxprov sync ...` end to end: the real binary against the emulator's members routes.

use std::path::Path;

use crate::common::*;
use dbx_emulator::{Config, EmulatorHandle, MemberStatus, SeedMember};
use predicates::prelude::*;
use tempfile::TempDir;

/// A directory user of the test population: `u{i}`.
struct Person {
    i: usize,
    given: String,
    enabled: bool,
    population: &'static str,
}

fn people(n: usize) -> Vec<Person> {
    (0..n)
        .map(|i| Person {
            i,
            given: format!("Given{i}"),
            enabled: true,
            population: "Staff",
        })
        .collect()
}

fn csv(people: &[Person]) -> String {
    let mut s = String::from("email,given_name,surname,enabled,population\n");
    for p in people {
        s.push_str(&format!(
            "u{0}@example.com,{1},Sur{0},{2},{3}\n",
            p.i, p.given, p.enabled, p.population
        ));
    }
    s
}

fn import(home: &Path, people: &[Person]) {
    dbxprov(home)
        .args([
            "directory",
            "import",
            "-",
            "--format",
            "csv",
            "--create-populations",
            "-q",
        ])
        .write_stdin(csv(people))
        .assert()
        .success();
}

/// A connection to `emu` (with `flags`), the people, and an outbound rule on population Staff.
fn setup(home: &Path, emu: &EmulatorHandle, people: &[Person], flags: &[&str]) {
    create(home, emu, "prod")
        .args(flags)
        .arg("-q")
        .assert()
        .success();
    import(home, people);
    create_rule(home, "staff", "Staff");
}

/// An outbound rule on connection "prod" for one population.
fn create_rule(home: &Path, name: &str, population: &str) {
    dbxprov(home)
        .args(["rule", "create", "outbound", name, "--connection", "prod"])
        .args(["--population", population, "-q"])
        .assert()
        .success();
}

fn status(home: &Path) -> serde_json::Value {
    let out = dbxprov(home)
        .args(["sync", "status", "staff", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    stdout_json(&out)[0].clone()
}

fn suspended(emu: &EmulatorHandle) -> usize {
    team(emu)
        .iter()
        .filter(|m| m.status == MemberStatus::Suspended)
        .count()
}

/// Waits (a minute at most) until a running sync has sent `n` add requests.
fn wait_for_adds(emu: &EmulatorHandle, n: u64) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while emu.stats().count("/2/team/members/add_v2") < n {
        assert!(
            std::time::Instant::now() < deadline,
            "the run did not start adding"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

fn team(emu: &EmulatorHandle) -> Vec<dbx_emulator::MemberSnapshot> {
    emu.members()
        .into_iter()
        .filter(|m| m.status != MemberStatus::Removed)
        .collect()
}

#[test]
fn a_thousand_users_in_fifty_adds_then_nothing_to_do() {
    for async_add in [false, true] {
        let emu = emulator_with(Config {
            async_add,
            ..Config::default()
        });
        let home = TempDir::new().unwrap();
        setup(home.path(), &emu, &people(1000), &[]);
        // The connection's test asked for members.write with the poll of a job that
        // does not exist.
        let probes = emu.stats().count("/2/team/members/add/job_status/get_v2");
        let out = sync_json(home.path(), "staff", &[]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let report = stdout_json(&out);
        assert_eq!(report[0]["applied"]["create"], 1000);
        let stats = emu.stats();
        assert_eq!(stats.count("/2/team/members/add_v2"), 50);
        assert_eq!(
            stats.count("/2/team/members/add/job_status/get_v2") - probes,
            if async_add { 50 } else { 0 }
        );
        assert_eq!(team(&emu).len(), 1000);

        let before = emu.stats();
        let out = sync_json(home.path(), "staff", &[]);
        assert!(out.status.success());
        assert_eq!(stdout_json(&out)[0]["planned"], serde_json::json!({}));
        let after = emu.stats();
        let mut sent: Vec<(&String, u64)> = after
            .by_path
            .iter()
            .map(|(p, n)| (p, n - before.count(p)))
            .filter(|(_, n)| *n > 0)
            .collect();
        sent.sort();
        let paths: Vec<&str> = sent.iter().map(|(p, _)| p.as_str()).collect();
        assert_eq!(
            paths,
            ["/2/team/members/list_v2", "/oauth2/token"],
            "only reads: {sent:?}"
        );

        let s = status(home.path());
        assert_eq!(
            (s["impacted"].as_u64(), s["success"].as_u64()),
            (Some(1000), Some(1000))
        );
        assert_eq!(s["last_outcome"], "succeeded");
    }
}

#[test]
fn changes_touch_only_what_dbxprov_owns() {
    let emu = emulator_with(Config {
        invites_accepted_immediately: true,
        num_licensed_users: 2000,
        ..Config::default()
    });
    let unmanaged: Vec<SeedMember> = (0..50)
        .map(|i| SeedMember::new(&format!("outsider{i}@example.com"), "Out", "Sider"))
        .collect();
    emu.seed_members(&unmanaged);
    let outsiders_before: Vec<_> = team(&emu)
        .into_iter()
        .filter(|m| m.email.starts_with("outsider"))
        .collect();
    let home = TempDir::new().unwrap();
    let mut everyone = people(1000);
    setup(home.path(), &emu, &everyone, &[]);
    assert!(sync_json(home.path(), "staff", &[]).status.success());

    for p in &mut everyone[0..10] {
        p.enabled = false;
    }
    for p in &mut everyone[10..15] {
        p.given = format!("Renamed{}", p.i);
    }
    for p in &mut everyone[15..35] {
        p.population = "Alumni";
    }
    import(home.path(), &everyone);
    let out = sync_json(home.path(), "staff", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report = &stdout_json(&out)[0];
    assert_eq!(report["applied"]["suspend"], 10);
    assert_eq!(report["applied"]["update"], 5);
    assert_eq!(
        report["applied"]["deprovision_suspend"], 20,
        "the connection's remove action: disable"
    );

    let members = team(&emu);
    let outsiders_after: Vec<_> = members
        .iter()
        .filter(|m| m.email.starts_with("outsider"))
        .cloned()
        .collect();
    assert_eq!(
        outsiders_after, outsiders_before,
        "unmanaged members are untouched"
    );
    let suspended = members
        .iter()
        .filter(|m| m.status == MemberStatus::Suspended)
        .count();
    assert_eq!(suspended, 30);
    assert!(
        members.iter().all(|m| !m.wiped),
        "wipe_data is off by default"
    );
    let renamed = members
        .iter()
        .filter(|m| m.given_name.starts_with("Renamed"))
        .count();
    assert_eq!(renamed, 5);
    for entry in emu.audit() {
        if entry.route.ends_with("members/suspend") {
            assert_eq!(
                entry.arg["wipe_data"], false,
                "wipe_data is always sent: {:?}",
                entry.arg
            );
        }
    }
    // The next run has nothing left to do.
    let out = sync_json(home.path(), "staff", &[]);
    assert_eq!(stdout_json(&out)[0]["planned"], serde_json::json!({}));
}

#[test]
fn disabled_actions_leave_users_unsynced_or_partially_synced() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    let mut everyone = people(10);
    setup(home.path(), &emu, &everyone[..6], &["--no-create-users"]);
    // Six members exist already (created by hand, say), four users are new.
    let existing: Vec<SeedMember> = (0..6)
        .map(|i| {
            SeedMember::new(
                &format!("u{i}@example.com"),
                &format!("Given{i}"),
                &format!("Sur{i}"),
            )
        })
        .collect();
    emu.seed_members(&existing);
    import(home.path(), &everyone);
    let out = sync_json(home.path(), "staff", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let s = status(home.path());
    assert_eq!(s["unsynced"], 4, "{s}");
    assert_eq!(s["success"], 6, "adopted by email: {s}");

    dbxprov(home.path())
        .args([
            "connection",
            "update",
            "prod",
            "--no-update-users",
            "--no-disable-users",
        ])
        .args(["--remove-action", "delete", "-q"])
        .assert()
        .success();
    everyone[0].given = "Changed".into();
    import(home.path(), &everyone);
    assert!(sync_json(home.path(), "staff", &[]).status.success());
    let s = status(home.path());
    assert_eq!(s["partially_synced"], 1, "{s}");
    let out = dbxprov(home.path())
        .args([
            "sync",
            "status",
            "staff",
            "--users",
            "--state",
            "partially_synced",
            "--json",
        ])
        .output()
        .unwrap();
    let rows = stdout_json(&out);
    assert_eq!(rows[0]["email"], "u0@example.com");
    assert!(rows[0]["error"]
        .as_str()
        .unwrap()
        .contains("does not update users"));
}

#[test]
fn the_deletion_guard_stops_a_mass_deprovision() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    let mut everyone = people(1000);
    setup(home.path(), &emu, &everyone, &[]);
    assert!(sync_json(home.path(), "staff", &[]).status.success());
    for p in &mut everyone[0..200] {
        p.population = "Alumni";
    }
    import(home.path(), &everyone);
    let writes = |emu: &EmulatorHandle| emu.audit().len();
    let before = writes(&emu);
    for extra in [&[][..], &["--dry-run"][..]] {
        dbxprov(home.path())
            .args(["sync", "run", "staff"])
            .args(extra)
            .assert()
            .code(6)
            .stderr(predicate::str::contains(
                "would deprovision 200 of its 1000 linked members, more than its limit of 100",
            ))
            .stderr(predicate::str::contains("--allow-deletes 200"));
    }
    assert_eq!(writes(&emu), before, "nothing was applied");
    assert_eq!(suspended(&emu), 0);
    dbxprov(home.path())
        .args(["sync", "run", "staff", "--allow-deletes", "199"])
        .assert()
        .code(6);
    let out = sync_json(home.path(), "staff", &["--allow-deletes", "200"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(suspended(&emu), 200);
    let out = dbxprov(home.path())
        .args(["sync", "history", "staff", "--json"])
        .output()
        .unwrap();
    let outcomes: Vec<String> = stdout_json(&out)
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["outcome"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(outcomes, ["succeeded", "stopped", "stopped", "succeeded"]);
}

#[test]
fn the_license_limit_fails_the_rest_with_its_reason() {
    let emu = emulator_with(Config {
        num_licensed_users: 900,
        ..Config::default()
    });
    let home = TempDir::new().unwrap();
    setup(home.path(), &emu, &people(1000), &[]);
    let out = dbxprov(home.path())
        .args(["sync", "run", "staff"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("team_license_limit"));
    assert_eq!(team(&emu).len(), 900);
    let s = status(home.path());
    assert_eq!(
        (s["success"].as_u64(), s["failed"].as_u64()),
        (Some(900), Some(100))
    );
    let out = dbxprov(home.path())
        .args([
            "sync", "status", "staff", "--users", "--state", "failed", "--json",
        ])
        .output()
        .unwrap();
    let rows = stdout_json(&out);
    assert_eq!(rows.as_array().unwrap().len(), 100);
    assert!(rows
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["error"] == "create: team_license_limit"));
}

#[test]
fn a_second_run_of_a_running_rule_exits_7_naming_the_holder_until_it_is_killed() {
    let emu = emulator_with(Config {
        latency: std::time::Duration::from_millis(40),
        ..Config::default()
    });
    let home = TempDir::new().unwrap();
    setup(home.path(), &emu, &people(400), &[]);
    let mut first = std_dbxprov(home.path())
        .args(["sync", "run", "staff", "--concurrency", "1", "-q"])
        .spawn()
        .unwrap();
    wait_for_adds(&emu, 2);
    let out = dbxprov(home.path())
        .args(["sync", "run", "staff"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7), "{}", text(&out.stderr));
    let error = text(&out.stderr);
    let holder = format!("sync run of rule \"staff\" (pid {}, started 20", first.id());
    assert!(error.contains(&holder), "{error}");
    first.kill().unwrap(); // SIGKILL: the OS releases its lock
    first.wait().unwrap();
    let out = sync_json(home.path(), "staff", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(team(&emu).len(), 400, "the next run finished the work");
}

#[test]
fn a_run_waiting_for_a_connection_whose_holder_is_stopped_gives_up_naming_it() {
    let emu = emulator_with(Config {
        latency: std::time::Duration::from_millis(40),
        ..Config::default()
    });
    let home = TempDir::new().unwrap();
    setup(home.path(), &emu, &people(400), &[]);
    dbxprov(home.path())
        .args(["directory", "population", "create", "Others", "-q"])
        .assert()
        .success();
    create_rule(home.path(), "others", "Others");
    let mut first = std_dbxprov(home.path())
        .args(["sync", "run", "staff", "--concurrency", "1", "-q"])
        .spawn()
        .unwrap();
    wait_for_adds(&emu, 2);
    let pid = first.id() as libc::pid_t;
    // SAFETY: the pid is our child's, still running.
    unsafe { libc::kill(pid, libc::SIGSTOP) };
    // The hour a run waits for its connection, scaled down to 3.6 s.
    let out = dbxprov(home.path())
        .args(["sync", "run", "others"])
        .env("DBXPROV_TEST_RETRY_SCALE", "0.001")
        .output()
        .unwrap();
    unsafe { libc::kill(pid, libc::SIGCONT) };
    assert_eq!(out.status.code(), Some(7), "{}", text(&out.stderr));
    let error = text(&out.stderr);
    let holder = format!("sync run of rule \"staff\" (pid {pid}, started 20");
    assert!(
        error.contains("gave up waiting for connection \"prod\"") && error.contains(&holder),
        "{error}"
    );
    assert!(first.wait().unwrap().success());
}

#[test]
fn after_a_killed_run_status_says_interrupted_and_readers_never_block_a_run() {
    let emu = emulator_with(Config {
        latency: std::time::Duration::from_millis(20),
        ..Config::default()
    });
    let home = TempDir::new().unwrap();
    let home = home.path();
    setup(home, &emu, &people(10), &[]);
    assert!(sync_json(home, "staff", &[]).status.success());
    import(home, &people(400));
    let mut killed = std_dbxprov(home)
        .args(["sync", "run", "staff", "--concurrency", "1", "-q"])
        .spawn()
        .unwrap();
    wait_for_adds(&emu, 2);
    killed.kill().unwrap();
    killed.wait().unwrap();
    assert_eq!(status(home)["last_outcome"], "interrupted");
    // A reader telling a dead run from a live one (history, show, status) holds the
    // rule's lock for an instant: a run that meets it then is not told the rule is busy.
    let rule = dbxprov::store::LockKey::Rule(1);
    let probe = dbxprov::store::try_lock(home, rule, "a reader")
        .unwrap()
        .unwrap();
    let run = std_dbxprov(home)
        .args(["sync", "run", "staff", "--dry-run", "-q"])
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(60));
    drop(probe);
    let out = run.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    dbxprov(home)
        .args(["sync", "history", "staff"])
        .assert()
        .success();
}

#[test]
fn a_killed_run_is_finished_by_the_next_without_duplicates() {
    let emu = emulator_with(Config {
        latency: std::time::Duration::from_millis(40),
        ..Config::default()
    });
    let home = TempDir::new().unwrap();
    setup(home.path(), &emu, &people(1000), &[]);
    let mut child = std_dbxprov(home.path())
        .args(["sync", "run", "staff", "--concurrency", "1", "-q"])
        .spawn()
        .unwrap();
    wait_for_adds(&emu, 10);
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let partial = team(&emu).len();
    assert!(partial > 0 && partial < 1000, "killed half-way: {partial}");
    // Before any other run, history already knows the killed run is not running.
    let out = dbxprov(home.path())
        .args(["sync", "history", "staff", "--json"])
        .output()
        .unwrap();
    let killed = &stdout_json(&out)[0];
    assert_eq!(killed["outcome"], "interrupted");
    assert!(
        killed["requests"].as_u64().unwrap() >= 10,
        "a dead run keeps its request count: {killed}"
    );
    let journal_of_run_1 = || {
        let out = dbxprov(home.path())
            .args(["sync", "show", "1", "--json"])
            .output()
            .unwrap();
        stdout_json(&out)["operations"].as_array().unwrap().clone()
    };
    let journal = journal_of_run_1();
    assert!(journal.iter().any(|o| o["status"] == "ok"));
    assert!(
        journal.iter().all(|o| o["status"] != "pending"),
        "what a dead run sent without an answer is unknown"
    );
    let unknown = journal.iter().filter(|o| o["status"] == "unknown").count();

    let out = sync_json(home.path(), "staff", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(stdout_json(&out)[0]["settled"], unknown as u64);
    let journal = journal_of_run_1();
    assert!(journal
        .iter()
        .all(|o| o["status"] == "ok" || o["status"] == "failed"));
    assert!(journal
        .iter()
        .filter(|o| o["note"].is_string())
        .all(|o| o["note"].as_str().unwrap().contains("run 2")));
    let members = team(&emu);
    assert_eq!(members.len(), 1000);
    let emails: std::collections::HashSet<_> =
        members.iter().map(|m| m.email.to_lowercase()).collect();
    assert_eq!(emails.len(), 1000, "no duplicates");
    let out = dbxprov(home.path())
        .args(["sync", "history", "staff", "--json"])
        .output()
        .unwrap();
    let runs = stdout_json(&out);
    assert_eq!(runs[0]["outcome"], "succeeded");
    assert_eq!(runs[1]["outcome"], "interrupted");
}

#[test]
fn rate_limits_and_server_errors_still_converge() {
    let clean = emulator();
    let home = TempDir::new().unwrap();
    setup(home.path(), &clean, &people(1000), &[]);
    assert!(sync_json(home.path(), "staff", &[]).status.success());
    let clean_requests = clean.stats().total;

    let noisy = emulator_with(Config {
        rate_429: 0.2,
        rate_5xx: 0.05,
        retry_after_secs: 0,
        seed: 7,
        ..Config::default()
    });
    let home = TempDir::new().unwrap();
    setup(home.path(), &noisy, &people(1000), &[]);
    let out = sync_json(home.path(), "staff", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(team(&noisy).len(), 1000);
    let noisy_requests = noisy.stats().total;
    assert!(
        noisy_requests <= 2 * clean_requests,
        "{noisy_requests} requests with faults vs {clean_requests} clean"
    );
    // The run's own count matches what the server saw (setup's test included).
    let reported = stdout_json(&out)[0]["requests"].as_u64().unwrap();
    assert!(reported > 50 && reported <= noisy_requests);
}

#[test]
fn a_held_lock_exits_7_and_a_blocked_rule_says_why() {
    let emu = emulator();
    let home = TempDir::new().unwrap();
    setup(home.path(), &emu, &people(3), &[]);
    std::fs::create_dir_all(home.path().join("locks")).unwrap();
    // Locks are named from the rule's id (the first rule is 1), never from its name.
    let lock = std::fs::File::create(home.path().join("locks/rule-1.lock")).unwrap();
    lock.lock().unwrap();
    dbxprov(home.path())
        .args(["sync", "run", "staff"])
        .assert()
        .code(7)
        .stderr(predicate::str::contains(
            "rule \"staff\" is busy: another process holds its lock",
        ));
    drop(lock);
    dbxprov(home.path())
        .args(["connection", "disable", "prod", "-q"])
        .assert()
        .success();
    dbxprov(home.path())
        .args(["sync", "run", "staff"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "does not run: connection \"prod\" is disabled",
        ));
}

#[test]
fn quiet_runs_print_nothing_when_all_is_well() {
    let emu = emulator();
    let home = TempDir::new().unwrap();
    setup(home.path(), &emu, &people(5), &[]);
    dbxprov(home.path())
        .args(["-q", "sync", "run", "--all"])
        .assert()
        .success()
        .stdout("")
        .stderr("");
    assert_eq!(team(&emu).len(), 5);
}

#[test]
fn deleting_a_rule_can_deprovision_its_members() {
    let emu = active_emulator();
    let outsider = emu.seed_members(&[SeedMember::new("outsider@example.com", "Out", "Sider")]);
    let home = TempDir::new().unwrap();
    setup(home.path(), &emu, &people(10), &[]);
    assert!(sync_json(home.path(), "staff", &[]).status.success());
    dbxprov(home.path())
        .args(["rule", "delete", "staff", "--deprovision", "--dry-run"])
        .assert()
        .success()
        .stdout(predicate::str::contains("deprovision_suspend  10"));
    assert_eq!(suspended(&emu), 0);
    dbxprov(home.path())
        .args(["rule", "show", "staff"])
        .assert()
        .success();
    dbxprov(home.path())
        .args(["rule", "delete", "staff", "--deprovision", "--yes"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "its 10 members were deprovisioned",
        ));
    let members = team(&emu);
    assert_eq!(
        members
            .iter()
            .filter(|m| m.status == MemberStatus::Suspended)
            .count(),
        10
    );
    let o = members
        .iter()
        .find(|m| m.team_member_id == outsider[0])
        .unwrap();
    assert_eq!(
        o.status,
        MemberStatus::Active,
        "unmanaged members are untouched"
    );
    dbxprov(home.path())
        .args(["rule", "show", "staff"])
        .assert()
        .code(1);
}

#[test]
fn a_run_that_loses_its_token_stops_and_says_what_was_not_applied() {
    let emu = emulator_with(Config {
        latency: std::time::Duration::from_millis(40),
        ..Config::default()
    });
    let home = TempDir::new().unwrap();
    setup(home.path(), &emu, &people(400), &[]);
    let child = std_dbxprov(home.path())
        .args(["sync", "run", "staff", "--concurrency", "1"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    wait_for_adds(&emu, 3);
    emu.revoke_all_tokens(); // the admin unlinks the app mid-run
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("refresh token"),
        "{}",
        text(&out.stderr)
    );
    let created = team(&emu).len() as u64;
    assert!(created < 400);
    let s = status(home.path());
    assert_eq!(s["success"].as_u64().unwrap(), created, "{s}");
    assert_eq!(s["failed"].as_u64().unwrap(), 400 - created, "{s}");
    assert_eq!(s["last_outcome"], "failed");
    let out = dbxprov(home.path())
        .args([
            "sync", "status", "staff", "--users", "--state", "failed", "--json",
        ])
        .output()
        .unwrap();
    let rows = stdout_json(&out);
    assert!(rows
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["error"] == "create: not applied: the run stopped early"));
    // What was in flight when the token went is unknown, not failed: it may have landed.
    let out = dbxprov(home.path())
        .args(["sync", "show", "1", "--json"])
        .output()
        .unwrap();
    let journal = stdout_json(&out)["operations"].as_array().unwrap().clone();
    assert!(journal.iter().any(|o| o["status"] == "unknown"));
    assert!(journal.iter().all(|o| o["status"] != "pending"));
    assert!(journal.iter().all(|o| o["status"] != "failed"));
}

#[test]
fn every_rule_runs_and_the_worst_outcome_decides_the_exit_code() {
    let emu = emulator_with(Config {
        num_licensed_users: 3,
        ..Config::default()
    });
    let home = TempDir::new().unwrap();
    setup(home.path(), &emu, &people(2), &[]);
    dbxprov(home.path())
        .args([
            "directory",
            "import",
            "-",
            "--format",
            "csv",
            "--create-populations",
            "-q",
        ])
        .write_stdin("email,population\nx@example.com,Other\ny@example.com,Other\n")
        .assert()
        .success();
    create_rule(home.path(), "other", "Other");
    dbxprov(home.path())
        .args(["-q", "sync", "run", "--all"])
        .assert()
        .code(5)
        .stdout("")
        .stderr(predicate::str::contains("rule \"staff\": 1 failed ("))
        .stderr(predicate::str::contains("did not sync cleanly").not());
    assert_eq!(
        team(&emu).len(),
        3,
        "the other rule ran first and took its seats"
    );
}

#[test]
fn with_several_rules_broken_credentials_outrank_a_held_lock() {
    let emu = emulator();
    let home = TempDir::new().unwrap();
    setup(home.path(), &emu, &people(2), &[]);
    create_rule(home.path(), "other", "Staff");
    std::fs::create_dir_all(home.path().join("locks")).unwrap();
    let lock = std::fs::File::create(home.path().join("locks/rule-2.lock")).unwrap();
    lock.lock().unwrap(); // rule "other" (id 2) is busy: exit 7 on its own
    emu.revoke_all_tokens(); // rule "staff" cannot authenticate: exit 3 on its own
    dbxprov(home.path())
        .args(["-q", "sync", "run", "--all"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("is busy"))
        .stderr(predicate::str::contains("invalid_grant").or(predicate::str::contains("refused")));
    // Without -q, the summary line says how many rules did not sync.
    dbxprov(home.path())
        .args(["sync", "run", "--all"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains(
            "2 of 2 rules did not sync cleanly",
        ));
}

#[test]
fn retries_and_429s_appear_in_the_run_summary() {
    // The token endpoint answers its first two requests 429: two retries, both after a
    // 429, whatever the timing.
    let emu = emulator_with(Config {
        token_429_count: 2,
        ..Config::default()
    });
    let home = TempDir::new().unwrap();
    setup(home.path(), &emu, &people(3), &["--no-test"]);
    let out = dbxprov(home.path())
        .args(["sync", "run", "staff"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let shown = text(&out.stdout);
    assert!(
        shown.contains("2 of them retries (2 after a 429: Dropbox asked to slow down)"),
        "{shown}"
    );
    let report = &stdout_json(&sync_json(home.path(), "staff", &[]))[0];
    assert_eq!(
        (report["retries"].as_u64(), report["rate_limited"].as_u64()),
        (Some(0), Some(0))
    );
}

/// Connection "prod"; rules "staff" over Ann and "contractors" over Cy.
fn staff_and_contractors(home: &Path, emu: &dbx_emulator::EmulatorHandle) {
    create(home, emu, "prod").arg("-q").assert().success();
    import_csv(
        home,
        "email,population\nann@example.com,Staff\ncy@example.com,Contractors\n",
    );
    outbound_rule(home, "staff", "Staff");
    outbound_rule(home, "contractors", "Contractors");
}

#[test]
fn status_users_without_a_rule_lists_every_rules_users_by_rule() {
    let emu = emulator();
    let home = TempDir::new().unwrap();
    staff_and_contractors(home.path(), &emu);
    dbxprov(home.path())
        .args(["-q", "sync", "run", "--all"])
        .assert()
        .success();
    let out = dbxprov(home.path())
        .args(["sync", "status", "--users"])
        .env("COLUMNS", "200")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let table = text(&out.stdout);
    let lines: Vec<&str> = table.lines().collect();
    assert!(lines[0].starts_with("RULE "), "{table}");
    assert!(lines
        .iter()
        .any(|l| l.starts_with("staff ") && l.contains("ann@example.com")));
    assert!(lines
        .iter()
        .any(|l| l.starts_with("contractors ") && l.contains("cy@example.com")));
    let out = dbxprov(home.path())
        .args(["--json", "sync", "status", "--users"])
        .output()
        .unwrap();
    let rules: Vec<String> = stdout_json(&out)
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["rule"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(rules, ["contractors", "staff"]);
}

#[test]
fn a_run_rewrites_only_the_user_states_that_changed() {
    let emu = emulator();
    let home = TempDir::new().unwrap();
    staff_rule_over(
        home.path(),
        &emu,
        "email,given_name,population\nann@example.com,Ann,Staff\nbob@example.com,Bob,Staff\n",
    );
    for _ in 0..2 {
        assert!(sync_json(home.path(), "staff", &[]).status.success());
    }
    let run_of = |home: &Path| -> Vec<(String, i64)> {
        let out = dbxprov(home)
            .args(["--json", "sync", "status", "staff", "--users"])
            .output()
            .unwrap();
        let rows = stdout_json(&out);
        rows.as_array()
            .unwrap()
            .iter()
            .map(|r| {
                (
                    r["email"].as_str().unwrap().into(),
                    r["run_id"].as_i64().unwrap(),
                )
            })
            .collect()
    };
    // The second run changed nothing: each state is still the one the first run set.
    assert_eq!(
        run_of(home.path()),
        [("ann@example.com".into(), 1), ("bob@example.com".into(), 1)]
    );
    dbxprov(home.path())
        .args([
            "directory",
            "user",
            "set",
            "bob@example.com",
            "--given-name",
            "Robert",
            "-q",
        ])
        .assert()
        .success();
    dbxprov(home.path())
        .args([
            "directory",
            "user",
            "delete",
            "ann@example.com",
            "--yes",
            "-q",
        ])
        .assert()
        .success();
    assert!(sync_json(home.path(), "staff", &[]).status.success());
    // Bob was updated in Dropbox, and is synced as before: his state row is untouched.
    // Ann's went with her.
    assert_eq!(run_of(home.path()), [("bob@example.com".into(), 1)]);
    assert_eq!(emu.members()[1].given_name, "Robert");
}

#[test]
fn history_prune_keeps_the_newest_runs_of_each_rule() {
    let emu = emulator();
    let home = TempDir::new().unwrap();
    staff_and_contractors(home.path(), &emu);
    for _ in 0..4 {
        dbxprov(home.path())
            .args(["-q", "sync", "run", "--all"])
            .assert()
            .success();
    }
    let prune = |extra: &[&str]| {
        let out = dbxprov(home.path())
            .args(["--json", "sync", "history", "--prune", "--keep", "1"])
            .args(extra)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", text(&out.stderr));
        stdout_json(&out)
    };
    let would = prune(&["--dry-run"]);
    assert_eq!(
        (would["runs"].as_u64(), would["dry_run"].as_bool()),
        (Some(6), Some(true))
    );
    let history = |home: &Path| -> Vec<i64> {
        let out = dbxprov(home)
            .args(["--json", "sync", "history"])
            .output()
            .unwrap();
        stdout_json(&out)
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_i64().unwrap())
            .collect()
    };
    assert_eq!(history(home.path()).len(), 8, "a dry run deletes nothing");
    assert_eq!(prune(&[])["runs"], 6);
    assert_eq!(history(home.path()), [8, 7], "the newest run of each rule");
    assert_eq!(prune(&[])["runs"], 0);
}

#[test]
fn a_removed_invited_member_leaves_its_user_without_a_member_id_and_says_why() {
    let emu = emulator();
    let home = TempDir::new().unwrap();
    let home = home.path();
    create(home, &emu, "prod").arg("-q").assert().success();
    let users = |b_enabled: bool, b_population: &str| {
        format!("email,population,enabled\na@x.co,Staff,true\nb@x.co,{b_population},{b_enabled}\nc@x.co,Staff,true\n")
    };
    let import = |csv: String| import_csv(home, &csv);
    import(users(true, "Staff"));
    create_rule(home, "staff", "Staff");
    dbxprov(home)
        .args(["sync", "run", "staff", "-q"])
        .assert()
        .success();
    import(users(false, "Staff"));
    dbxprov(home)
        .args(["sync", "run", "staff", "-q"])
        .assert()
        .success();
    let states = stdout_json(
        &dbxprov(home)
            .args(["sync", "status", "staff", "--users", "--json"])
            .output()
            .unwrap(),
    );
    let b = &states[1];
    assert_eq!(b["email"], "b@x.co");
    assert_eq!(b["team_member_id"], serde_json::Value::Null, "{b}");
    assert!(
        b["error"]
            .as_str()
            .unwrap()
            .contains("invited member was removed"),
        "{b}"
    );
    // A leaver's invited member under the remove action "suspend": the plan says why it
    // is removed.
    import("email,population,enabled\na@x.co,Staff,true\nc@x.co,Other,true\n".into());
    let out = dbxprov(home)
        .args(["sync", "run", "staff", "--dry-run", "--json"])
        .output()
        .unwrap();
    let report = &stdout_json(&out)[0];
    let op = &report["operations"][0];
    assert_eq!(op["action"]["how"], "delete", "{report}");
    assert!(
        op["reason"]
            .as_str()
            .unwrap()
            .contains("an invitation cannot be suspended"),
        "{report}"
    );
}

//! The outbound engine under adversarial conditions (issue 7): two rules competing for
//! one team, mappings that collide, a guard that must show its plan, a rule deleted while
//! it runs, an outage during a test. The real binary against the emulator.

use std::path::Path;
use std::process::{Child, Stdio};
use std::time::Duration;

use crate::common::*;
use dbx_emulator::{Config, EmulatorHandle, MemberStatus};
use predicates::prelude::*;
use tempfile::TempDir;

fn users_csv(n: usize, population: &str) -> String {
    let mut s = String::from("email,given_name,surname,population,employee\n");
    for i in 0..n {
        s.push_str(&format!(
            "u{i}@example.com,Given{i},Sur{i},{population},e{i}\n"
        ));
    }
    s
}

fn import(home: &Path, csv: &str) {
    dbxprov(home)
        .args(["directory", "import", "-", "--format", "csv"])
        .args(["--create-populations", "-q"])
        .write_stdin(csv.to_string())
        .assert()
        .success();
}

fn create_rule(home: &Path, name: &str, extra: &[&str]) -> std::process::Output {
    dbxprov(home)
        .args(["rule", "create", "outbound", name, "--connection", "prod"])
        .args(["--population", "Staff"])
        .args(extra)
        .output()
        .unwrap()
}

/// A connection to `emu`, `n` users of population Staff, and rule "staff".
fn setup(home: &Path, emu: &EmulatorHandle, n: usize) {
    create(home, emu, "prod").arg("-q").assert().success();
    import(home, &users_csv(n, "Staff"));
    let out = create_rule(home, "staff", &["-q"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
}

fn spawn_sync(home: &Path, rule: &str) -> Child {
    std_dbxprov(home)
        .args(["sync", "run", rule, "--json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn team(emu: &EmulatorHandle) -> Vec<dbx_emulator::MemberSnapshot> {
    emu.members()
        .into_iter()
        .filter(|m| m.status != MemberStatus::Removed)
        .collect()
}

/// (links, distinct members linked) in the home's database.
fn link_counts(home: &Path) -> (u64, u64) {
    let db = rusqlite::Connection::open(home.join("dbxprov.db")).unwrap();
    db.query_row(
        "SELECT count(*), count(DISTINCT team_member_id) FROM links",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .unwrap()
}

fn failed_states(home: &Path, rule: &str) -> Vec<serde_json::Value> {
    let out = dbxprov(home)
        .args([
            "sync", "status", rule, "--users", "--state", "failed", "--json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    stdout_json(&out).as_array().unwrap().clone()
}

/// Every run is accepted by the emulator without a malformed-request (400) answer.
fn assert_no_malformed(emu: &EmulatorHandle) {
    assert_eq!(emu.stats().malformed, 0, "a request was answered 400");
}

#[test]
fn two_rules_with_one_scope_never_share_a_member() {
    for delay in [
        Duration::ZERO,
        Duration::from_millis(300),
        Duration::from_secs(1),
    ] {
        let emu = emulator_with(Config {
            invites_accepted_immediately: true,
            latency: Duration::from_millis(5),
            ..Config::default()
        });
        let home = TempDir::new().unwrap();
        setup(home.path(), &emu, 400);
        let out = create_rule(home.path(), "other", &["-q"]);
        assert!(out.status.success(), "{}", text(&out.stderr));

        let first = spawn_sync(home.path(), "staff");
        std::thread::sleep(delay);
        let second = spawn_sync(home.path(), "other");
        let (first, second) = (
            first.wait_with_output().unwrap(),
            second.wait_with_output().unwrap(),
        );
        let codes = (first.status.code(), second.status.code());
        assert_eq!(team(&emu).len(), 400, "{delay:?}: one member per user");
        assert_eq!(link_counts(home.path()), (400, 400), "{delay:?}");
        // One rule got the team; the other's users are conflicts naming it.
        let (winner, loser, loser_out) = match codes {
            (Some(0), Some(5)) => ("staff", "other", &second),
            (Some(5), Some(0)) => ("other", "staff", &first),
            other => panic!(
                "{delay:?}: exit codes {other:?}\n{}\n{}",
                text(&first.stderr),
                text(&second.stderr)
            ),
        };
        let failed = failed_states(home.path(), loser);
        assert_eq!(failed.len(), 400, "{delay:?}");
        let owner = format!("managed by rule \"{winner}\"");
        assert!(
            failed
                .iter()
                .all(|s| s["error"].as_str().unwrap().contains(&owner)),
            "{delay:?}: {:?}",
            failed[0]
        );
        assert!(text(&loser_out.stderr).contains("failed"));
        assert_no_malformed(&emu);
    }
}

#[test]
fn a_constant_external_id_is_refused_or_fails_every_user() {
    let emu = emulator();
    let home = TempDir::new().unwrap();
    create(home.path(), &emu, "prod")
        .arg("-q")
        .assert()
        .success();
    import(home.path(), &users_csv(100, "Staff"));
    let out = create_rule(home.path(), "staff", &["--map", "external_id='same'"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("99 other users map to the same external_id"),
        "{}",
        text(&out.stderr)
    );

    // A mapping that is unique today, until the directory makes two users share a value:
    // the run fails exactly those two, naming each other, and creates the others.
    let out = create_rule(
        home.path(),
        "staff",
        &["--map", "external_id=user.attributes.employee", "-q"],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let mut csv = users_csv(100, "Staff");
    csv = csv.replace(
        "u1@example.com,Given1,Sur1,Staff,e1",
        "u1@example.com,Given1,Sur1,Staff,e0",
    );
    import(home.path(), &csv);
    let out = sync_json(home.path(), "staff", &[]);
    assert_eq!(out.status.code(), Some(5), "{}", text(&out.stderr));
    assert_eq!(team(&emu).len(), 98);
    let failed = failed_states(home.path(), "staff");
    assert_eq!(failed.len(), 2);
    let error_of = |email: &str| {
        failed.iter().find(|s| s["email"] == email).unwrap()["error"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert!(error_of("u0@example.com").contains("u1@example.com"));
    assert!(error_of("u1@example.com").contains("u0@example.com"));
    assert_no_malformed(&emu);
}

#[test]
fn a_tripped_guard_dry_run_shows_every_deprovision() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    setup(home.path(), &emu, 100);
    assert!(sync_json(home.path(), "staff", &[]).status.success());
    let mut csv = users_csv(100, "Staff");
    for i in 0..20 {
        csv = csv.replace(
            &format!("u{i}@example.com,Given{i},Sur{i},Staff,"),
            &format!("u{i}@example.com,Given{i},Sur{i},Alumni,"),
        );
    }
    import(home.path(), &csv);
    let writes = emu.audit().len();

    let out = dbxprov(home.path())
        .args(["sync", "run", "staff", "--dry-run"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(6));
    let stdout = text(&out.stdout);
    for i in 0..20 {
        assert!(stdout.contains(&format!("u{i}@example.com")), "{stdout}");
    }
    assert!(stdout.contains("deprovision_suspend"), "{stdout}");
    let stderr = text(&out.stderr);
    assert!(stderr.contains("--allow-deletes 20"), "{stderr}");
    assert!(
        !stderr.contains("--dry-run`"),
        "the hint must not loop: {stderr}"
    );

    let out = sync_json(home.path(), "staff", &["--dry-run"]);
    assert_eq!(out.status.code(), Some(6));
    let report = &stdout_json(&out)[0];
    assert_eq!(report["outcome"], "stopped");
    assert_eq!(report["guard"]["tripped"], true);
    assert_eq!(report["guard"]["allow_deletes_needed"], 20);
    let deprovisions: Vec<&serde_json::Value> = report["operations"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["action"]["op"] == "deprovision")
        .collect();
    assert_eq!(deprovisions.len(), 20);
    assert!(deprovisions
        .iter()
        .all(|o| o["email"].as_str().unwrap().ends_with("@example.com")));

    // A real run stops the same way and says how to see the plan.
    dbxprov(home.path())
        .args(["sync", "run", "staff"])
        .assert()
        .code(6)
        .stderr(predicate::str::contains("--dry-run"))
        .stderr(predicate::str::contains("--allow-deletes 20"));
    assert_eq!(emu.audit().len(), writes, "nothing was applied");
    let out = sync_json(home.path(), "staff", &["--allow-deletes", "20"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_no_malformed(&emu);
}

#[test]
fn deleting_a_running_rule_waits_its_turn_and_leaves_nothing_behind() {
    let emu = emulator_with(Config {
        latency: Duration::from_millis(30),
        ..Config::default()
    });
    let home = TempDir::new().unwrap();
    setup(home.path(), &emu, 200);
    let run = std_dbxprov(home.path())
        .args(["sync", "run", "staff", "--concurrency", "1", "--json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while emu.stats().count("/2/team/members/add_v2") < 2 {
        assert!(
            std::time::Instant::now() < deadline,
            "the run did not start"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    dbxprov(home.path())
        .args(["rule", "delete", "staff", "--yes"])
        .assert()
        .code(7)
        .stderr(predicate::str::contains("rule \"staff\" is busy"));
    let out = run.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "the run finishes: {}",
        text(&out.stderr)
    );
    assert_eq!(team(&emu).len(), 200);
    assert_eq!(link_counts(home.path()).0, 200);

    dbxprov(home.path())
        .args(["rule", "delete", "staff", "--yes", "-q"])
        .assert()
        .success();
    assert_eq!(link_counts(home.path()).0, 0, "its links went with it");
    let out = create_rule(home.path(), "staff", &["-q"]);
    assert!(out.status.success());
    // The new rule finds the members by external id; it has nothing to deprovision.
    let out = sync_json(home.path(), "staff", &["--dry-run"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report = &stdout_json(&out)[0];
    assert_eq!(report["guard"]["linked"], 0);
    assert_eq!(report["guard"]["deprovisions"], 0);

    // Rule names follow the connection names' rules (and never name a path).
    let out = create_rule(home.path(), "a/b", &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("invalid rule name"));
    assert_no_malformed(&emu);
}

#[test]
fn an_outage_during_a_test_does_not_stop_later_runs() {
    let emu = emulator();
    let port = emu.addr().port();
    let home = TempDir::new().unwrap();
    setup(home.path(), &emu, 5);
    drop(emu); // the outage
    dbxprov(home.path())
        .args(["connection", "test", "prod"])
        .assert()
        .code(4);
    let out = dbxprov(home.path())
        .args(["connection", "list", "--json"])
        .output()
        .unwrap();
    let listed = &stdout_json(&out)[0];
    assert_eq!(listed["last_test"]["ok"], false, "the list tells the truth");
    assert_eq!(
        listed["status"], "valid",
        "an outage says nothing of the credentials"
    );
    let emu = dbx_emulator::spawn(Config::default(), port).expect("the port is free again");
    let out = sync_json(home.path(), "staff", &[]);
    assert!(
        out.status.success(),
        "no re-test needed: {}",
        text(&out.stderr)
    );
    assert_eq!(team(&emu).len(), 5);
    assert_no_malformed(&emu);
}

#[test]
fn refused_credentials_that_never_worked_block_until_a_test_passes() {
    let emu = emulator();
    let home = TempDir::new().unwrap();
    create(home.path(), &emu, "prod")
        .env("DBXPROV_REFRESH_TOKEN", "stale")
        .args(["--allow-invalid", "-q"])
        .assert()
        .success();
    import(home.path(), &users_csv(3, "Staff"));
    assert!(create_rule(home.path(), "staff", &["-q"]).status.success());
    dbxprov(home.path())
        .args(["sync", "run", "staff"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("is invalid"));
    assert_eq!(emu.stats().count("/2/team/members/list_v2"), 0);
}

#[cfg(unix)]
#[test]
fn the_home_and_its_files_are_private_whatever_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let emu = emulator();
    let parent = TempDir::new().unwrap();
    let home = parent.path().join("home");
    let under_umask = |args: &[&str]| {
        let cmd = std_dbxprov(&home);
        let program = cmd.get_program().to_owned();
        let all: Vec<String> = cmd
            .get_args()
            .map(|a| a.to_string_lossy().into_owned())
            .chain(args.iter().map(|a| a.to_string()))
            .collect();
        let mut sh = std::process::Command::new("sh");
        sh.arg("-c")
            .arg("umask 000; exec \"$@\"")
            .arg("sh")
            .arg(program)
            .args(all);
        for (k, v) in cmd.get_envs() {
            match v {
                Some(v) => sh.env(k, v),
                None => sh.env_remove(k),
            };
        }
        sh.env("DBXPROV_CLIENT_SECRET", SECRET)
            .env("DBXPROV_REFRESH_TOKEN", REFRESH);
        let out = sh.output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
    };
    under_umask(&[
        "connection",
        "create",
        "prod",
        "--client-id",
        CLIENT_ID,
        "--service-uri",
        &emu.service_uri(),
        "--token-endpoint",
        &emu.token_endpoint(),
    ]);
    under_umask(&["directory", "user", "add", "ann@example.com"]);
    under_umask(&[
        "rule",
        "create",
        "outbound",
        "staff",
        "--connection",
        "prod",
        "--population",
        "Default",
    ]);
    under_umask(&["sync", "run", "staff"]);
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&home), 0o700);
    let mut files = 0;
    let mut dirs = vec![home.clone()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                assert_eq!(mode(&path), 0o700, "{}", path.display());
                dirs.push(path);
            } else {
                assert_eq!(mode(&path), 0o600, "{}", path.display());
                files += 1;
            }
        }
    }
    assert!(files >= 3, "the database, the secrets and a lock at least");
}

#[test]
fn writes_applied_before_a_server_error_are_not_false_failures() {
    let emu = emulator_with(Config {
        invites_accepted_immediately: true,
        rate_5xx_after_apply: 0.15,
        async_remove: true,
        seed: 11,
        ..Config::default()
    });
    let home = TempDir::new().unwrap();
    create(home.path(), &emu, "prod")
        .args(["--remove-action", "delete", "-q"])
        .assert()
        .success();
    import(home.path(), &users_csv(400, "Staff"));
    assert!(create_rule(home.path(), "staff", &["-q"]).status.success());
    let out = sync_json(home.path(), "staff", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(stdout_json(&out)[0]["applied"]["create"], 400);
    assert_eq!(team(&emu).len(), 400);

    // Disable 20, rename 20, move 20 out of scope.
    let mut csv = String::from("email,given_name,surname,population,enabled\n");
    for i in 0..400 {
        let (given, population, enabled) = match i {
            0..20 => (format!("Given{i}"), "Staff", false),
            20..40 => (format!("Renamed{i}"), "Staff", true),
            40..60 => (format!("Given{i}"), "Alumni", true),
            _ => (format!("Given{i}"), "Staff", true),
        };
        csv.push_str(&format!(
            "u{i}@example.com,{given},Sur{i},{population},{enabled}\n"
        ));
    }
    import(home.path(), &csv);
    let out = sync_json(home.path(), "staff", &["--allow-deletes", "40"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report = &stdout_json(&out)[0];
    assert_eq!(
        report["failures"],
        serde_json::json!([]),
        "no false failure"
    );
    assert_eq!(report["applied"]["suspend"], 20);
    assert_eq!(report["applied"]["update"], 20);
    assert_eq!(report["applied"]["remove"], 20);

    let members = team(&emu);
    assert_eq!(members.len(), 380);
    let number = |m: &dbx_emulator::MemberSnapshot| -> usize {
        m.email[1..m.email.find('@').unwrap()].parse().unwrap()
    };
    for m in &members {
        let i = number(m);
        assert!(!(40..60).contains(&i), "u{i} was removed");
        let wanted = if i < 20 {
            MemberStatus::Suspended
        } else {
            MemberStatus::Active
        };
        assert_eq!(m.status, wanted, "u{i}");
        let given = if (20..40).contains(&i) {
            "Renamed"
        } else {
            "Given"
        };
        assert_eq!(m.given_name, format!("{given}{i}"));
    }
    // The faults did happen: some writes were answered 5xx and retried.
    let writes = emu.audit().len();
    assert!(writes > 400 / 20 + 60, "{writes} write calls");
    let out = sync_json(home.path(), "staff", &[]);
    assert_eq!(stdout_json(&out)[0]["planned"], serde_json::json!({}));
    assert_no_malformed(&emu);
}

//! Mistakes caught early (issue 11): every rule name is checked before any rule runs,
//! with a suggestion; a `sync run` that names nothing is a usage error; an empty `--all`
//! says so; a refused deletion limit says why. The real binary.

use crate::common::*;
use predicates::prelude::*;
use tempfile::TempDir;

#[test]
fn sync_run_checks_every_name_before_running_any_and_suggests_the_closest() {
    let emu = emulator();
    let home = TempDir::new().unwrap();
    create(home.path(), &emu, "prod")
        .arg("-q")
        .assert()
        .success();
    dbxprov(home.path())
        .args(["directory", "user", "add", "ann@example.com", "-q"])
        .assert()
        .success();
    outbound_rule(home.path(), "staff", "Default");
    dbxprov(home.path())
        .args(["sync", "run", "staff", "stafff"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "no rule named \"stafff\"; nothing was run",
        ))
        .stderr(predicate::str::contains("did you mean \"staff\"?"));
    dbxprov(home.path())
        .args(["sync", "history", "--json"])
        .assert()
        .success()
        .stdout("[]\n");
    dbxprov(home.path())
        .args(["sync", "run", "zzz"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("did you mean").not());
    dbxprov(home.path())
        .args(["sync", "run"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "name the rules to run, or --all, or --due",
        ));
    dbxprov(home.path())
        .args(["rule", "update", "staff", "--max-deletes", "150%"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("between 0% and 100%"));
}

#[test]
fn cron_over_a_missing_or_empty_home_fails_and_over_paused_rules_says_so() {
    let parent = TempDir::new().unwrap();
    let missing = parent.path().join("typo");
    for args in [
        &["-q", "sync", "run", "--due"][..],
        &["-q", "sync", "run", "--all"],
    ] {
        let out = dbxprov(&missing).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(text(&out.stderr).contains("there is no dbxprov home at"));
        assert_eq!(
            text(&out.stderr).lines().count(),
            1,
            "{}",
            text(&out.stderr)
        );
    }
    assert!(!missing.exists(), "nothing created");
    let emu = emulator();
    let home = parent.path().join("home");
    create(&home, &emu, "prod").arg("-q").assert().success();
    let out = dbxprov(&home)
        .args(["-q", "sync", "run", "--all"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).starts_with("error: there are no rules in"));
    assert_eq!(
        text(&out.stderr).lines().count(),
        1,
        "{}",
        text(&out.stderr)
    );
    dbxprov(&home)
        .args([
            "rule",
            "create",
            "outbound",
            "staff",
            "--connection",
            "prod",
        ])
        .args(["--population", "Default", "-q"])
        .assert()
        .success();
    dbxprov(&home)
        .args(["rule", "disable", "staff", "-q"])
        .assert()
        .success();
    dbxprov(&home)
        .args(["sync", "run", "--all"])
        .assert()
        .success()
        .stderr(predicate::str::contains("No enabled rules: nothing to run"));
}

#[test]
fn quiet_runs_print_one_line_per_failed_rule_naming_the_reason() {
    let emu = emulator_with(dbx_emulator::Config {
        num_licensed_users: 3,
        ..dbx_emulator::Config::default()
    });
    let home = TempDir::new().unwrap();
    create(home.path(), &emu, "prod")
        .arg("-q")
        .assert()
        .success();
    let csv = "email,population\na1@example.com,A\na2@example.com,A\n\
               b1@example.com,B\nb2@example.com,B\nb3@example.com,B\n";
    import_csv(home.path(), csv);
    for (rule, population) in [("ra", "A"), ("rb", "B")] {
        outbound_rule(home.path(), rule, population);
    }
    let out = dbxprov(home.path())
        .args(["-q", "sync", "run", "--all"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
    assert_eq!(text(&out.stdout), "");
    assert_eq!(
        text(&out.stderr),
        "error: rule \"rb\": 2 failed (b2@example.com, b3@example.com): \
         the team has no free license (team_license_limit)\n"
    );
    // With --json, the trouble of several rules is one JSON document on stderr.
    let out = dbxprov(home.path())
        .args(["--json", "sync", "run", "--all"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(5));
    let error: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(error["error"]["kind"], "items_failed");
    assert!(error["error"]["message"]
        .as_str()
        .unwrap()
        .contains("rule \"rb\": 2 failed"));
}

#[test]
fn usage_errors_with_json_are_one_json_document() {
    let home = TempDir::new().unwrap();
    let out = dbxprov(home.path())
        .args(["--json", "sync", "run", "--bogus"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let error: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(error["error"]["kind"], "usage");
    assert!(error["error"]["message"]
        .as_str()
        .unwrap()
        .contains("--bogus"));
    dbxprov(home.path())
        .args(["sync", "run", "--bogus"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with("error: unexpected argument"));
}

#[test]
fn a_home_that_is_not_a_dbxprov_home_is_refused_and_left_as_it_is() {
    let dir = TempDir::new().unwrap();
    std::fs::write(dir.path().join("notes.txt"), "mine").unwrap();
    dbxprov(dir.path())
        .args(["rule", "list"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("is not a dbxprov home"))
        .stderr(predicate::str::contains("new or empty directory"));
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["notes.txt"], "nothing was written into it");
    // A new or empty directory becomes a home (by a command that writes).
    let empty = TempDir::new().unwrap();
    dbxprov(empty.path())
        .args(["directory", "user", "add", "ann@example.com", "-q"])
        .assert()
        .success();
    dbxprov(&empty.path().join("new"))
        .args(["directory", "user", "add", "ann@example.com", "-q"])
        .assert()
        .success();
}

#[test]
fn a_user_table_keeps_its_footer_on_stderr() {
    let home = TempDir::new().unwrap();
    dbxprov(home.path())
        .args(["directory", "user", "add", "ann@example.com", "-q"])
        .assert()
        .success();
    let out = dbxprov(home.path())
        .args(["directory", "user", "list"])
        .output()
        .unwrap();
    assert_eq!(text(&out.stdout).lines().count(), 2, "header and one row");
    assert_eq!(text(&out.stderr), "1 user\n");
}

#[test]
fn every_mistyped_name_gets_a_suggestion_and_state_implies_users() {
    let emu = emulator();
    let home = TempDir::new().unwrap();
    let h = home.path();
    staff_rule_over(
        h,
        &emu,
        "email,population,groups\nann@example.com,Staff,Sales\n",
    );
    for (args, meant) in [
        (&["rule", "show", "staf"][..], "staff"),
        (&["connection", "show", "prd"], "prod"),
        (
            &["directory", "user", "show", "ann@example.co"],
            "ann@example.com",
        ),
        (&["directory", "group", "members", "Sale"], "Sales"),
        (
            &["directory", "population", "delete", "Staf", "--yes"],
            "Staff",
        ),
        (
            &["rule", "update", "staff", "--population", "Stafff"],
            "Staff",
        ),
    ] {
        dbxprov(h)
            .args(args)
            .assert()
            .code(1)
            .stderr(predicate::str::contains(format!("did you mean {meant:?}?")));
    }
    let out = dbxprov(h)
        .args(["sync", "status", "--state", "unsynced", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        stdout_json(&out).is_array(),
        "a list of users, as with --users"
    );
}

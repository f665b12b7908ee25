//! `dbxprov rule ...`: rules are checked as a whole (connection, scope, filter, mappings
//! against every user in scope) before anything is saved.

use std::path::Path;

use crate::common::*;
use predicates::prelude::*;
use tempfile::TempDir;

fn setup(home: &Path) {
    dbxprov(home)
        .args([
            "connection",
            "create",
            "prod",
            "--client-id",
            "k",
            "--no-test",
            "-q",
        ])
        .env("DBXPROV_CLIENT_SECRET", "s")
        .env("DBXPROV_REFRESH_TOKEN", "r")
        .assert()
        .success();
    dbxprov(home)
        .args(["directory", "import", "-", "--format", "csv", "-q"])
        .write_stdin("email,given_name,surname,enabled,department,groups\nann@x.co,Ann,Lee,true,Sales,EU\nbob@x.co,Bob,Ray,false,Ops,\n")
        .assert()
        .success();
}

#[test]
fn a_boolean_status_mapping_is_refused_with_the_default_as_hint() {
    let home = TempDir::new().unwrap();
    setup(home.path());
    dbxprov(home.path())
        .args(["rule", "create", "outbound", "r1", "--connection", "prod", "--population", "Default"])
        .args(["--map", "status=user.enabled"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("does not work for any of the 2 users in its scope; nothing was saved"))
        .stderr(predicate::str::contains(
            "bob@x.co: mapping status = user.enabled: status expects a string, got a boolean (false)",
        ))
        .stderr(predicate::str::contains(
            "hint: the default mapping is --map \"status='active' if user.enabled else 'suspended'\"",
        ));
    dbxprov(home.path())
        .args(["rule", "list", "--json"])
        .assert()
        .stdout("[]\n");
}

#[test]
fn create_show_update_test_mapping_delete() {
    let home = TempDir::new().unwrap();
    let h = home.path();
    setup(h);
    dbxprov(h)
        .args([
            "rule",
            "create",
            "outbound",
            "r1",
            "--connection",
            "prod",
            "--population",
            "Default",
        ])
        .arg("--filter")
        .arg("user.attributes.department == 'Sales'")
        .args(["--max-deletes", "5%"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "Created rule \"r1\": 1 user in scope.",
        ))
        // An untested connection does not block: a run tries its credentials.
        .stderr(predicate::str::contains("will not run yet").not());
    let out = dbxprov(h)
        .args(["rule", "show", "r1", "--json"])
        .output()
        .unwrap();
    let v = stdout_json(&out);
    assert_eq!(v["users_in_scope"], 1);
    assert_eq!(v["max_deletes"]["percent"], 5.0);
    assert_eq!(v["mappings_in_effect"][4]["attribute"], "status");
    assert_eq!(v["mappings_in_effect"][4]["is_default"], true);

    let out = dbxprov(h)
        .args(["rule", "test-mapping", "r1", "bob@x.co", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v = stdout_json(&out);
    assert_eq!(v["in_scope"], false);
    assert_eq!(v["values"][4]["value"], "suspended");

    dbxprov(h)
        .args([
            "rule",
            "update",
            "r1",
            "--no-filter",
            "--map",
            "given_name=user.given_name | upper",
            "-q",
        ])
        .assert()
        .success();
    let out = dbxprov(h)
        .args(["rule", "test-mapping", "r1", "ann@x.co", "--json"])
        .output()
        .unwrap();
    let v = stdout_json(&out);
    assert_eq!(v["in_scope"], true);
    assert_eq!(v["values"][1]["value"], "ANN");
    // A mapping that fails for this user: shown, and the exit code says so.
    dbxprov(h)
        .args([
            "rule",
            "update",
            "r1",
            "--map",
            "surname=user.attributes.nickname",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("undefined"));
    // Scope by group only.
    dbxprov(h)
        .args([
            "rule",
            "update",
            "r1",
            "--no-populations",
            "--group",
            "EU",
            "--json",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"users_in_scope\": 1"));

    dbxprov(h)
        .args(["directory", "population", "create", "Temp", "-q"])
        .assert()
        .success();
    dbxprov(h)
        .args(["rule", "update", "r1", "--population", "Temp", "-q"])
        .assert()
        .success();
    dbxprov(h)
        .args(["directory", "population", "delete", "Temp", "--yes"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("used by rule r1"));
    dbxprov(h)
        .args(["connection", "delete", "prod", "--yes"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("used by rule r1"));
    dbxprov(h)
        .args(["rule", "disable", "r1"])
        .assert()
        .success();
    dbxprov(h)
        .args(["rule", "list"])
        .assert()
        .stdout(predicate::str::is_match(r"r1\s+outbound\s+prod\s+no").unwrap());
    dbxprov(h)
        .args(["rule", "delete", "r1"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--yes"));
    dbxprov(h)
        .args(["rule", "delete", "r1", "--yes"])
        .assert()
        .success();
    dbxprov(h).args(["rule", "show", "r1"]).assert().code(1);
}

#[test]
fn rules_name_what_exists() {
    let home = TempDir::new().unwrap();
    let h = home.path();
    setup(h);
    for (args, message) in [
        (
            vec!["--connection", "nope", "--population", "Default"],
            "no connection named \"nope\"",
        ),
        (vec!["--connection", "prod"], "a rule needs a scope"),
        (
            vec!["--connection", "prod", "--population", "Nope"],
            "no population named \"Nope\"",
        ),
        (
            vec!["--connection", "prod", "--group", "Nope"],
            "no group named \"Nope\"",
        ),
        (
            vec![
                "--connection",
                "prod",
                "--population",
                "Default",
                "--map",
                "title=user.email",
            ],
            "not a Dropbox attribute",
        ),
        (
            vec![
                "--connection",
                "prod",
                "--population",
                "Default",
                "--filter",
                "user.email |",
            ],
            "does not compile",
        ),
        (
            vec![
                "--connection",
                "prod",
                "--population",
                "Default",
                "--filter",
                "user.email",
            ],
            "expected a boolean",
        ),
        (
            vec![
                "--connection",
                "prod",
                "--population",
                "Default",
                "--max-deletes",
                "lots",
            ],
            "not a count or a percentage",
        ),
    ] {
        dbxprov(h)
            .args(["rule", "create", "outbound", "r"])
            .args(&args)
            .assert()
            .code(1)
            .stderr(predicate::str::contains(message));
    }
}

#[test]
fn a_rule_over_users_another_rule_provisions_is_warned_of_and_its_conflicts_counted_once() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    let home = home.path();
    create(home, &emu, "prod").arg("-q").assert().success();
    let mut csv = String::from("email,population,groups\n");
    for i in 0..20 {
        let group = if i < 13 { "Eng" } else { "" };
        csv.push_str(&format!("u{i:02}@example.com,Staff,{group}\n"));
    }
    import_csv(home, &csv);
    let rule = |name: &str, scope: &[&str]| {
        dbxprov(home)
            .args(["rule", "create", "outbound", name, "--connection", "prod"])
            .args(scope)
            .output()
            .unwrap()
    };
    assert!(rule("all", &["--population", "Staff"]).status.success());
    dbxprov(home)
        .args(["sync", "run", "all", "-q"])
        .assert()
        .success();
    let out = rule("eng", &["--group", "Eng"]);
    assert!(out.status.success());
    let said = text(&out.stderr);
    assert!(
        said.contains("13 users are also in the scope of rule \"all\"")
            && said.contains("u00@example.com, u01@example.com, u02@example.com and 10 more"),
        "{said}"
    );
    // The dry run shows the conflicts it will meet, one cause for all 13.
    let out = dbxprov(home)
        .args(["sync", "run", "eng", "--dry-run", "--json"])
        .output()
        .unwrap();
    let report = &stdout_json(&out)[0];
    assert_eq!(report["states"]["failed"], 13, "{report}");
    let causes: std::collections::BTreeSet<&str> = report["failures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["error"].as_str().unwrap())
        .collect();
    assert_eq!(causes.len(), 1, "{causes:?}");
    assert!(causes
        .iter()
        .all(|c| c.contains("rules \"eng\" and \"all\" overlap")));
    dbxprov(home)
        .args(["sync", "run", "eng", "-q"])
        .assert()
        .code(5);
    let status = dbxprov(home).args(["sync", "status"]).output().unwrap();
    let said = text(&status.stdout);
    assert!(
        said.contains(
            "Rule \"eng\": 13 users failed.\n  13 x its member is managed by rule \"all\""
        ),
        "{said}"
    );
}

#[test]
fn a_deleted_rule_keeps_its_runs_and_their_journals_in_the_history() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    let home = home.path();
    staff_rule_over(
        home,
        &emu,
        "email,population\nann@example.com,Staff\nbob@example.com,Staff\n",
    );
    dbxprov(home)
        .args(["sync", "run", "staff", "-q"])
        .assert()
        .success();
    dbxprov(home)
        .args(["rule", "delete", "staff", "--yes", "-q"])
        .assert()
        .success();
    let json =
        |args: &[&str]| stdout_json(&dbxprov(home).args(args).arg("--json").output().unwrap());
    let history = json(&["sync", "history"]);
    assert_eq!(history[0]["rule"], "staff", "{history}");
    assert_eq!(history[0]["rule_deleted"], true, "{history}");
    let by_name = json(&["sync", "history", "staff"]);
    assert_eq!(by_name, history, "found by the name the rule had");
    let run = json(&["sync", "show", &history[0]["id"].to_string()]);
    assert_eq!(run["operations"].as_array().unwrap().len(), 2, "{run}");
    let text_history = dbxprov(home).args(["sync", "history"]).output().unwrap();
    assert!(text(&text_history.stdout).contains("staff (deleted)"));
    // A new rule with the name starts clean; pruning removes the old runs.
    outbound_rule(home, "staff", "Staff");
    assert_eq!(json(&["sync", "history", "staff"]), serde_json::json!([]));
    dbxprov(home)
        .args(["sync", "history", "--prune", "--keep", "0", "-q"])
        .assert()
        .success();
    assert_eq!(json(&["sync", "history"]), serde_json::json!([]));
}

#[test]
fn a_filter_naming_a_field_users_lack_is_said_once_with_the_attribute_to_use() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    let home = home.path();
    create(home, &emu, "prod").arg("-q").assert().success();
    let mut csv = String::from("email,population,department\n");
    for i in 0..20 {
        csv.push_str(&format!("u{i:02}@example.com,Staff,Sales\n"));
    }
    import_csv(home, &csv);
    let out = dbxprov(home)
        .args([
            "rule",
            "create",
            "outbound",
            "sales",
            "--connection",
            "prod",
        ])
        .args([
            "--population",
            "Staff",
            "--filter",
            "user.department == 'Sales'",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let said = text(&out.stderr);
    assert_eq!(
        said.matches("is not a field").count(),
        1,
        "once, not 20 times: {said}"
    );
    assert!(
        said.contains("20 users (u00@example.com, u01@example.com, u02@example.com and 17 more)"),
        "{said}"
    );
    assert!(said.contains("user.attributes.department"), "{said}");
}

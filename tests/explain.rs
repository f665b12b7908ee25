//! `sync explain RULE USER` (issue 24): one user's steps through an outbound rule —
//! scope with the filter's values, mapping, match, plan, last result — for a user in
//! scope, one the filter keeps out, one creation is off for, and one whose member
//! another rule manages; and that it changes nothing.

use std::path::Path;

use crate::common::*;

const DIRECTORY: &str = "email,given_name,surname,population,department\n\
    ann@example.com,Ann,Lee,Staff,Ops\n\
    bob@example.com,Bob,Ray,Staff,Sales\n\
    eve@example.com,Eve,Ng,Staff,Eng\n";

/// Rules "staff" (department Ops) and "eng" (department Eng) on one connection, run once.
fn two_rules(home: &Path, emu: &dbx_emulator::EmulatorHandle) {
    create(home, emu, "prod").arg("-q").assert().success();
    import_csv(home, DIRECTORY);
    for (rule, department) in [("staff", "Ops"), ("eng", "Eng")] {
        dbxprov(home)
            .args(["rule", "create", "outbound", rule, "--connection", "prod"])
            .args(["--population", "Staff", "-q", "--filter"])
            .arg(format!("user.attributes.department == '{department}'"))
            .assert()
            .success();
        assert!(sync_json(home, rule, &[]).status.success());
    }
}

fn explain(home: &Path, user: &str) -> serde_json::Value {
    json(home, &["sync", "explain", "staff", user])
}

#[test]
fn a_user_in_scope_shows_each_step_and_the_update_it_needs() {
    let emu = emulator();
    let home = tempfile::tempdir().unwrap();
    two_rules(home.path(), &emu);
    dbxprov(home.path())
        .args(["directory", "user", "set", "ann@example.com"])
        .args(["--given-name", "Anna", "-q"])
        .assert()
        .success();
    let before = std::fs::read(home.path().join("dbxprov.db")).unwrap();
    let e = explain(home.path(), "ann@example.com");
    assert_eq!(e["scope"]["in_scope"], true, "{e}");
    assert_eq!(e["scope"]["filter"]["result"], true);
    let mapped = e["mapping"].as_array().unwrap();
    let given = mapped
        .iter()
        .find(|m| m["attribute"] == "given_name")
        .unwrap();
    assert_eq!(given["value"], "Anna");
    assert_eq!(e["match"]["member"]["by"], "linked");
    assert_eq!(e["match"]["member"]["linked_by"], "staff");
    let update = &e["plan"]["operations"][0];
    assert_eq!(update["action"]["op"], "update", "{e}");
    assert_eq!(
        update["changes"],
        serde_json::json!([{"attribute": "given_name", "old": "Ann", "new": "Anna"}])
    );
    assert_eq!(e["plan"]["state"], "synced");
    assert_eq!(e["last"]["state"]["state"], "synced");
    assert_eq!(e["last"]["operations"][0]["action"], "create");
    // It changed nothing: the home's database is as it was, and no run was recorded.
    assert_eq!(
        std::fs::read(home.path().join("dbxprov.db")).unwrap(),
        before
    );
    let shown = stdout_of(
        home.path(),
        &["sync", "explain", "staff", "ann@example.com"],
    );
    assert!(shown.contains("given_name: Ann -> Anna"), "{shown}");
    assert!(shown.contains("1. Scope: in scope"), "{shown}");
}

#[test]
fn a_user_the_filter_keeps_out_shows_the_value_it_read() {
    let emu = emulator();
    let home = tempfile::tempdir().unwrap();
    two_rules(home.path(), &emu);
    let e = explain(home.path(), "bob@example.com");
    assert_eq!(e["scope"]["in_scope"], false, "{e}");
    let filter = &e["scope"]["filter"];
    assert_eq!(filter["result"], false);
    assert_eq!(
        filter["values"],
        serde_json::json!([{"path": "user.attributes.department", "value": "Sales"}])
    );
    assert_eq!(e["plan"]["operations"], serde_json::json!([]));
    assert!(e["plan"]["summary"]
        .as_str()
        .unwrap()
        .contains("out of scope"));
    let shown = stdout_of(
        home.path(),
        &["sync", "explain", "staff", "bob@example.com"],
    );
    assert!(
        shown.contains("user.attributes.department = \"Sales\""),
        "{shown}"
    );
}

#[test]
fn a_user_creation_is_off_for_is_unsynced_and_says_why() {
    let emu = emulator();
    let home = tempfile::tempdir().unwrap();
    two_rules(home.path(), &emu);
    dbxprov(home.path())
        .args(["connection", "update", "prod", "--no-create-users", "-q"])
        .assert()
        .success();
    import_csv(
        home.path(),
        "email,given_name,surname,population,department\ndee@example.com,Dee,Oh,Staff,Ops\n",
    );
    let e = explain(home.path(), "dee@example.com");
    assert_eq!(e["scope"]["in_scope"], true, "{e}");
    assert!(e["match"]["member"].is_null(), "{e}");
    assert_eq!(e["plan"]["state"], "unsynced");
    assert_eq!(e["plan"]["operations"], serde_json::json!([]));
    let reason = e["plan"]["reason"].as_str().unwrap();
    assert!(reason.contains("does not create users"), "{reason}");
    assert!(e["last"]["state"].is_null());
}

#[test]
fn a_user_whose_member_another_rule_manages_is_a_conflict_naming_it() {
    let emu = emulator();
    let home = tempfile::tempdir().unwrap();
    two_rules(home.path(), &emu);
    // Eve, provisioned by "eng", moves to Ops: "staff" finds her member, "eng"'s.
    dbxprov(home.path())
        .args(["directory", "user", "set", "eve@example.com"])
        .args(["--attr", "department=Ops", "-q"])
        .assert()
        .success();
    let e = explain(home.path(), "eve@example.com");
    assert_eq!(e["scope"]["in_scope"], true, "{e}");
    assert_eq!(e["match"]["member"]["linked_by"], "eng", "{e}");
    assert_eq!(e["plan"]["state"], "failed");
    let reason = e["plan"]["reason"].as_str().unwrap();
    assert!(reason.contains("managed by rule \"eng\""), "{reason}");
}

#[test]
fn an_unknown_user_is_refused_naming_it() {
    let emu = emulator();
    let home = tempfile::tempdir().unwrap();
    two_rules(home.path(), &emu);
    let out = dbxprov(home.path())
        .args(["sync", "explain", "staff", "nobody@example.com"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let said = text(&out.stderr);
    assert!(said.contains("nobody@example.com"), "{said}");
    assert!(said.contains("directory user list"), "{said}");
}

#[test]
fn an_inbound_rule_is_refused_with_what_to_use_instead() {
    let emu = emulator();
    let home = tempfile::tempdir().unwrap();
    create(home.path(), &emu, "team")
        .arg("-q")
        .assert()
        .success();
    dbxprov(home.path())
        .args(["directory", "population", "create", "Staff", "-q"])
        .assert()
        .success();
    dbxprov(home.path())
        .args([
            "rule",
            "create",
            "inbound",
            "team-in",
            "--connection",
            "team",
        ])
        .args(["--population", "Staff", "-q"])
        .assert()
        .success();
    let out = dbxprov(home.path())
        .args(["sync", "explain", "team-in", "a@example.com"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let said = text(&out.stderr);
    assert!(said.contains("is inbound"), "{said}");
    assert!(said.contains("rule test-mapping team-in"), "{said}");
}

//! Active Directory as the emulator's AD-flavoured LDAP server shows it (what slapd
//! cannot): binary objectGUIDs, `member` in ranges past 1,500 values, pages capped at
//! 1,000, `userAccountControl`, `memberOf`, references from the domain's root, and a
//! server that ignores paging. Every search here starts at the domain's root, which
//! answers references unless dbxprov sends AD's domain-scope control: without it, each
//! run would fail on them. The bind password asked on a terminal is hidden. Runs everywhere
//! (no system package needed).

use std::path::Path;

use dbx_emulator::{spawn_ad, AdConfig, AdHandle, AdUser, AD_BASE};

use crate::common::ldap::{create_ldap, run_exiting, staff_rule, Directory};
use crate::common::*;

fn ad_with(config: AdConfig, people: usize) -> AdHandle {
    let ad = spawn_ad(config, 0).expect("the AD server starts on 127.0.0.1");
    let users: Vec<AdUser> = (0..people)
        .map(|i| {
            AdUser::new(
                &format!("u{i:05}"),
                &format!("Given{i}"),
                &format!("Sur{i}"),
            )
        })
        .collect();
    ad.add_users(&users);
    ad
}

fn ad(people: usize) -> AdHandle {
    ad_with(AdConfig::default(), people)
}

fn directory(ad: &AdHandle) -> (String, String) {
    (ad.url(), ad.config().bind_dn())
}

/// `connection create corp --kind ldap` to `ad` with `extra` flags.
fn create_corp(home: &Path, ad: &AdHandle, extra: &[&str]) -> std::process::Output {
    let (url, bind_dn) = directory(ad);
    let d = Directory {
        url: &url,
        bind_dn: &bind_dn,
        base: AD_BASE,
        password: &ad.config().bind_password,
    };
    create_ldap(home, "corp", &d, extra)
}

/// `connection create corp --kind ldap` to `ad`, and an inbound rule `staff` into Staff.
fn corp_rule(home: &Path, ad: &AdHandle, extra: &[&str]) {
    let out = create_corp(home, ad, &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let shown = text(&out.stdout);
    assert!(shown.contains("Active Directory"), "{shown}");
    staff_rule(home, "corp", extra);
}

fn group_members(home: &Path, group: &str) -> usize {
    json(home, &["directory", "user", "list", "--group", group])
        .as_array()
        .unwrap()
        .len()
}

#[test]
fn a_group_of_3000_members_is_read_to_its_last_range_and_nesting_adds_subgroups() {
    let ad = ad(3200);
    let dn = |i: usize| ad.dn_of(&format!("u{i:05}")).unwrap();
    ad.add_group("All Staff", &(0..3000).map(dn).collect::<Vec<_>>());
    ad.add_group("Platform", &[dn(3100), dn(3101)]);
    ad.add_group(
        "Engineering",
        &[dn(3000), dbx_emulator::ad_group_dn("Platform")],
    );
    let home = tempfile::tempdir().unwrap();
    corp_rule(home.path(), &ad, &[]);
    let out = sync_json(home.path(), "staff", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        json(
            home.path(),
            &["directory", "user", "list", "--population", "Staff"]
        )
        .as_array()
        .unwrap()
        .len(),
        3200
    );
    assert_eq!(group_members(home.path(), "All Staff"), 3000);
    assert_eq!(group_members(home.path(), "Engineering"), 3);
    assert_eq!(group_members(home.path(), "Platform"), 2);
}

#[test]
fn pages_asked_larger_than_1000_are_capped_and_everyone_still_arrives() {
    let ad = ad(2500);
    let home = tempfile::tempdir().unwrap();
    corp_rule(home.path(), &ad, &[]);
    dbxprov(home.path())
        .args(["connection", "update", "corp", "--page-size", "5000"])
        .assert()
        .success();
    let out = sync_json(home.path(), "staff", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(stdout_json(&out)[0]["applied"]["create"], 2500);
}

#[test]
fn a_server_that_ignores_paging_fails_the_run_and_changes_nothing() {
    let ad = ad_with(
        AdConfig {
            ignore_paging: true,
            ..AdConfig::default()
        },
        20,
    );
    let home = tempfile::tempdir().unwrap();
    // Its test says so too: nothing it reads can be trusted to be whole.
    let out = create_corp(home.path(), &ad, &["--allow-invalid"]);
    let err = text(&out.stderr);
    assert!(err.contains("without the paged-results control"), "{err}");
    staff_rule(home.path(), "corp", &[]);
    let err = run_exiting(home.path(), "staff", 4);
    assert!(err.contains("nothing was written"), "{err}");
    assert!(json(home.path(), &["directory", "user", "list"])
        .as_array()
        .unwrap()
        .is_empty());
}

#[test]
fn a_disabled_account_is_disabled_and_its_dropbox_member_suspended_and_a_renamed_one_stays() {
    let ad = ad(4);
    let emu = active_emulator();
    let home = tempfile::tempdir().unwrap();
    create(home.path(), &emu, "prod").assert().success();
    corp_rule(home.path(), &ad, &[]);
    outbound_rule(home.path(), "to-dropbox", "Staff");
    let cron = || {
        dbxprov(home.path())
            .args(["-q", "sync", "run", "--due"])
            .output()
            .unwrap()
    };
    let out = cron();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(emu.members().len(), 4);
    let id_before = json(
        home.path(),
        &["directory", "user", "show", "u00002@corp.example.com"],
    )["id"]
        .clone();

    ad.set_disabled("u00001", true);
    ad.rename("u00002", "Ann Lee", Some("Moved"));
    ad.set("u00002", "mail", &["ann.lee@corp.example.com"]);
    let out = cron();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let user = json(
        home.path(),
        &["directory", "user", "show", "u00001@corp.example.com"],
    );
    assert_eq!(user["enabled"], false);
    let member = |email: &str| {
        emu.members()
            .into_iter()
            .find(|m| m.email == email)
            .unwrap()
    };
    assert_eq!(
        format!("{:?}", member("u00001@corp.example.com").status),
        "Suspended"
    );
    let moved = json(
        home.path(),
        &["directory", "user", "show", "ann.lee@corp.example.com"],
    );
    assert_eq!(moved["id"], id_before);
    // The same Dropbox member, re-addressed: no one created, no one removed.
    assert_eq!(emu.members().len(), 4);
    assert!(emu
        .members()
        .iter()
        .any(|m| m.email == "ann.lee@corp.example.com"));
}

#[test]
fn a_wrong_bind_password_exits_3_with_ads_reason() {
    let ad = ad(1);
    let home = tempfile::tempdir().unwrap();
    let (url, bind_dn) = directory(&ad);
    let wrong = Directory {
        url: &url,
        bind_dn: &bind_dn,
        base: AD_BASE,
        password: "not-it",
    };
    let out = create_ldap(home.path(), "corp", &wrong, &[]);
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(
        err.contains("invalidCredentials") && err.contains("data 52e"),
        "{err}"
    );
    assert!(!err.contains("not-it"));
}

#[test]
fn test_mapping_reads_one_entry_by_its_account_name_and_shows_the_defaults_of_ad() {
    let ad = ad(3);
    ad.set_disabled("u00001", true);
    let home = tempfile::tempdir().unwrap();
    corp_rule(home.path(), &ad, &["--sync-only-active"]);
    let shown = json(home.path(), &["rule", "show", "staff"]);
    assert_eq!(shown["directory"], "active_directory");
    let defaults: Vec<&str> = shown["mappings_in_effect"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["expression"].as_str().unwrap())
        .collect();
    assert!(defaults.contains(&"entry.sAMAccountName"), "{defaults:?}");
    let test = json(home.path(), &["rule", "test-mapping", "staff", "u00001"]);
    assert_eq!(test["in_scope"], false, "{test}");
    assert!(
        test["scope_note"].as_str().unwrap().contains("disabled"),
        "{test}"
    );
    let value = |attr: &str| {
        test["values"]
            .as_array()
            .unwrap()
            .iter()
            .find(|v| v["attribute"] == attr)
            .unwrap()["value"]
            .clone()
    };
    assert_eq!(value("username"), "u00001");
    assert_eq!(value("enabled"), "false");
    let out = dbxprov(home.path())
        .args(["rule", "test-mapping", "staff", "nobody"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
}

#[test]
fn deletions_in_the_directory_beyond_the_limit_stop_the_run() {
    let ad = ad(10);
    let home = tempfile::tempdir().unwrap();
    corp_rule(home.path(), &ad, &[]);
    assert!(sync_json(home.path(), "staff", &[]).status.success());
    // The default limit is 10% of the users brought in, and at least 4.
    for i in 0..5 {
        assert!(ad.delete(&format!("u{i:05}")));
    }
    run_exiting(home.path(), "staff", 6);
    let enabled = json(home.path(), &["directory", "user", "list"])
        .as_array()
        .unwrap()
        .iter()
        .filter(|u| u["enabled"] == true)
        .count();
    assert_eq!(enabled, 10);
}

#[test]
fn a_password_is_never_sent_in_clear_text_to_another_host() {
    let home = tempfile::tempdir().unwrap();
    let far = Directory {
        url: "ldap://dc1.corp.example.com",
        bind_dn: "CN=svc,DC=corp",
        base: "DC=corp",
        password: "secret-value",
    };
    let out = create_ldap(home.path(), "corp", &far, &[]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(
        err.contains("clear text") && err.contains("--starttls"),
        "{err}"
    );
    assert!(
        !home.path().join("dbxprov.db").exists()
            || json(home.path(), &["connection", "list"])
                .as_array()
                .unwrap()
                .is_empty()
    );
}

#[test]
fn an_entry_whose_mapping_fails_is_named_by_its_dn_and_the_others_go_through() {
    let ad = ad(3);
    assert!(ad.set("u00002", "givenName", &[]));
    let home = tempfile::tempdir().unwrap();
    corp_rule(home.path(), &ad, &[]);
    run_exiting(home.path(), "staff", 5);
    let failed = json(
        home.path(),
        &["sync", "status", "staff", "--users", "--state", "failed"],
    );
    let failed = failed.as_array().unwrap();
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0]["email"], ad.dn_of("u00002").unwrap());
    assert!(failed[0]["error"]
        .as_str()
        .unwrap()
        .contains("entry.givenName"));
    assert_eq!(
        json(home.path(), &["directory", "user", "list"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

#[test]
fn a_pull_with_failed_entries_still_feeds_the_outbound_rules() {
    let ad = ad(3);
    assert!(ad.set("u00002", "givenName", &[]));
    let emu = active_emulator();
    let home = tempfile::tempdir().unwrap();
    create(home.path(), &emu, "prod").assert().success();
    corp_rule(home.path(), &ad, &[]);
    outbound_rule(home.path(), "to-dropbox", "Staff");
    for _ in 0..2 {
        // Exit 5 for the entry that fails; the outbound rule runs every time all the same.
        let out = dbxprov(home.path())
            .args(["sync", "run", "--due"])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(5), "{}", text(&out.stderr));
        assert!(
            !text(&out.stderr).contains("not run"),
            "{}",
            text(&out.stderr)
        );
    }
    assert_eq!(emu.members().len(), 2);
}

#[test]
fn groups_the_directory_stops_showing_are_deleted_only_within_the_guard() {
    let ad = ad(10);
    for g in 0..6 {
        let dn = ad.dn_of(&format!("u{g:05}")).unwrap();
        ad.add_group(&format!("Team{g}"), &[dn]);
    }
    let home = tempfile::tempdir().unwrap();
    corp_rule(home.path(), &ad, &[]);
    assert!(sync_json(home.path(), "staff", &[]).status.success());
    for g in 1..6 {
        assert!(ad.delete(&format!("Team{g}")));
    }
    let err = run_exiting(home.path(), "staff", 6);
    assert!(err.contains("group"), "{err}");
    assert_eq!(
        json(home.path(), &["directory", "group", "list"])
            .as_array()
            .unwrap()
            .len(),
        6
    );
    // Let through once, they go.
    let out = sync_json(home.path(), "staff", &["--allow-deletes", "5"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        json(home.path(), &["directory", "group", "list"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn an_entry_that_comes_without_its_guid_fails_the_run_instead_of_looking_gone() {
    let ad = ad(5);
    let home = tempfile::tempdir().unwrap();
    corp_rule(home.path(), &ad, &[]);
    assert!(sync_json(home.path(), "staff", &[]).status.success());
    // As an ACL that hides objectGUID from the reader would.
    assert!(ad.set("u00001", "objectGUID", &[]));
    let err = run_exiting(home.path(), "staff", 4);
    assert!(
        err.contains("without its objectGUID") && err.contains("nothing was written"),
        "{err}"
    );
    let users = json(home.path(), &["directory", "user", "list"]);
    assert!(users
        .as_array()
        .unwrap()
        .iter()
        .all(|u| u["enabled"] == true));
}

#[test]
fn a_bind_password_asked_on_a_terminal_is_never_shown_and_is_kept() {
    use crate::common::pty::{dbxprov_with_echo, wait_for_hidden};
    let ad = ad(2);
    let home = tempfile::tempdir().unwrap();
    let (url, bind_dn) = directory(&ad);
    let args = [
        "connection",
        "create",
        "corp",
        "--kind",
        "ldap",
        "--url",
        &url,
    ];
    let mut cmd = dbxprov_with_echo(home.path(), &args);
    cmd.args(["--bind-dn", &bind_dn, "--base-dn", AD_BASE]);
    let mut p = rexpect::session::spawn_command(cmd, Some(20_000)).unwrap();
    let mut seen = p
        .exp_string("Bind password (input hidden; empty to skip):")
        .unwrap();
    wait_for_hidden(&p);
    p.send_line(&ad.config().bind_password).unwrap();
    seen.push_str(&p.exp_eof().unwrap());
    assert!(
        seen.contains("[hidden]") && seen.contains("passed"),
        "{seen}"
    );
    assert!(!seen.contains(&ad.config().bind_password), "{seen}");
    let shown = json(home.path(), &["connection", "show", "corp"]);
    assert_eq!(shown["secrets"]["bind_password"], "file store", "{shown}");
}

#[test]
fn a_write_that_fails_is_undone_alone_among_a_thousand() {
    // The database refuses one user's row (as if someone changed it by hand since the
    // plan): in the middle of a run of writes made together, that write alone fails and
    // is journaled as failed; the 1,199 others stay.
    let ad = ad(1200);
    let home = tempfile::tempdir().unwrap();
    corp_rule(home.path(), &ad, &[]);
    rusqlite::Connection::open(home.path().join("dbxprov.db"))
        .unwrap()
        .execute_batch(
            "CREATE TRIGGER refuse BEFORE INSERT ON users
             WHEN NEW.email = 'u00700@corp.example.com'
             BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;",
        )
        .unwrap();
    let out = sync_json(home.path(), "staff", &[]);
    assert_eq!(out.status.code(), Some(5), "{}", text(&out.stderr));
    let report = &stdout_json(&out)[0];
    assert_eq!(report["applied"]["create"], 1199, "{report}");
    let failures = report["failures"].as_array().unwrap();
    assert_eq!(failures.len(), 1, "{failures:?}");
    assert_eq!(failures[0]["email"], "u00700@corp.example.com");
    let staff = json(
        home.path(),
        &["directory", "user", "list", "--population", "Staff"],
    );
    assert_eq!(staff.as_array().unwrap().len(), 1199);
    let run = report["run_id"].to_string();
    let journal = json(home.path(), &["sync", "show", &run]);
    let operations = journal["operations"].as_array().unwrap();
    assert_eq!(operations.len(), 1200, "one journal row per operation");
    let failed: Vec<_> = operations.iter().filter(|o| o["status"] != "ok").collect();
    assert_eq!(failed.len(), 1, "{failed:?}");
    let error = failed[0]["error"].as_str().unwrap_or_default();
    assert!(error.contains("refused by the test"), "{error}");
}

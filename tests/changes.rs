//! Every change shown old -> new (issue 24, its first steps): an update's attributes as
//! the member has them and as the run sends them, in the dry run's table and `--json`,
//! and kept by the journal for `sync show` (rows written before show none).

use crate::common::*;

#[test]
fn a_rename_in_the_directory_shows_old_and_new_in_the_dry_run() {
    let emu = emulator();
    let home = tempfile::tempdir().unwrap();
    let csv = "email,given_name,surname,population\nben@example.com,Ben,Lee,Staff\n";
    staff_rule_over(home.path(), &emu, csv);
    let out = sync_json(home.path(), "staff", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    import_csv(
        home.path(),
        "email,given_name,surname,population\nben@example.com,Benjamin,Lee,Staff\n",
    );
    let out = sync_json(home.path(), "staff", &["--dry-run"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report = &stdout_json(&out)[0];
    let update = report["operations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["action"]["op"] == "update")
        .unwrap_or_else(|| panic!("no update: {report}"));
    assert_eq!(
        update["changes"],
        serde_json::json!([{"attribute": "given_name", "old": "Ben", "new": "Benjamin"}]),
        "{update}"
    );
    assert_eq!(
        update["reason"],
        "the given name differs from the directory's"
    );
    let shown = stdout_of(home.path(), &["sync", "run", "staff", "--dry-run"]);
    assert!(shown.contains("given_name: Ben -> Benjamin"), "{shown}");
}

#[test]
fn the_journal_keeps_old_and_new_for_sync_show_and_older_rows_show_none() {
    let emu = emulator();
    let home = tempfile::tempdir().unwrap();
    let csv = "email,given_name,surname,population\nben@example.com,Ben,Lee,Staff\n";
    staff_rule_over(home.path(), &emu, csv);
    assert!(sync_json(home.path(), "staff", &[]).status.success());
    import_csv(
        home.path(),
        "email,given_name,surname,population\nben@example.com,Benjamin,Lee,Staff\n",
    );
    let out = sync_json(home.path(), "staff", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let run = stdout_json(&out)[0]["run_id"].to_string();
    let shown = json(home.path(), &["sync", "show", &run]);
    let update = &shown["operations"][0];
    assert_eq!(update["action"], "update", "{shown}");
    assert_eq!(
        update["changes"],
        serde_json::json!([{"attribute": "given_name", "old": "Ben", "new": "Benjamin"}])
    );
    assert!(
        update["detail"].get("diff").is_none(),
        "lifted out of the detail"
    );
    let table = stdout_of(home.path(), &["sync", "show", &run]);
    assert!(table.contains("given_name: Ben -> Benjamin"), "{table}");
    // A row journaled before changes were kept: shown as it was, with none.
    rusqlite::Connection::open(home.path().join("dbxprov.db"))
        .unwrap()
        .execute_batch("UPDATE journal SET detail = json_remove(detail, '$.diff')")
        .unwrap();
    let shown = json(home.path(), &["sync", "show", &run]);
    assert!(shown["operations"][0].get("changes").is_none(), "{shown}");
}

#[test]
fn a_suspension_and_a_removal_show_the_status_they_change() {
    let emu = emulator();
    let home = tempfile::tempdir().unwrap();
    let csv = "email,given_name,surname,population,enabled\n\
               ann@example.com,Ann,Lee,Staff,true\nbo@example.com,Bo,Kim,Staff,true\n";
    staff_rule_over(home.path(), &emu, csv);
    assert!(sync_json(home.path(), "staff", &[]).status.success());
    emu.accept_invites(); // Ann and Bo join: active
    import_csv(
        home.path(),
        "email,given_name,surname,population,enabled\n\
         ann@example.com,Ann,Lee,Staff,false\nbo@example.com,Bo,Kim,Staff,true\n",
    );
    let out = sync_json(home.path(), "staff", &["--dry-run"]);
    let report = &stdout_json(&out)[0];
    let suspend = &report["operations"][0];
    assert_eq!(suspend["action"]["op"], "suspend", "{report}");
    let status =
        |old: &str, new: &str| serde_json::json!([{"attribute": "status", "old": old, "new": new}]);
    assert_eq!(suspend["changes"], status("active", "suspended"));
    // Bo leaves the scope, the connection removes leavers.
    dbxprov(home.path())
        .args([
            "connection",
            "update",
            "prod",
            "--remove-action",
            "delete",
            "-q",
        ])
        .assert()
        .success();
    dbxprov(home.path())
        .args([
            "directory",
            "user",
            "delete",
            "bo@example.com",
            "--yes",
            "-q",
        ])
        .assert()
        .success();
    let out = sync_json(home.path(), "staff", &["--dry-run", "--allow-deletes", "1"]);
    let report = &stdout_json(&out)[0];
    let removal = report["operations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["email"] == "bo@example.com")
        .unwrap_or_else(|| panic!("{report}"));
    assert_eq!(removal["changes"], status("active", "removed"), "{removal}");
}

#[test]
fn an_ldap_pull_shows_old_and_new_in_its_plan_and_its_journal() {
    use crate::common::ldap::{create_ldap, staff_rule, Directory};
    use dbx_emulator::{spawn_ad, AdConfig, AdUser, AD_BASE};
    let ad = spawn_ad(AdConfig::default(), 0).expect("the AD server starts on 127.0.0.1");
    ad.add_user(&AdUser::new("alee", "Ann", "Lee"));
    ad.add_group("Platform", &[ad.dn_of("alee").unwrap()]);
    let home = tempfile::tempdir().unwrap();
    let (url, bind_dn) = (ad.url(), ad.config().bind_dn());
    let d = Directory {
        url: &url,
        bind_dn: &bind_dn,
        base: AD_BASE,
        password: &ad.config().bind_password,
    };
    assert!(create_ldap(home.path(), "corp", &d, &[]).status.success());
    staff_rule(home.path(), "corp", &[]);
    assert!(sync_json(home.path(), "staff", &[]).status.success());
    assert!(ad.set("alee", "givenName", &["Anna"]));
    assert!(ad.rename("Platform", "Platform Team", None));
    let given = serde_json::json!([{"attribute": "given_name", "old": "Ann", "new": "Anna"}]);
    let name =
        serde_json::json!([{"attribute": "name", "old": "Platform", "new": "Platform Team"}]);
    let out = sync_json(home.path(), "staff", &["--dry-run"]);
    let report = &stdout_json(&out)[0];
    assert_eq!(
        report["directory_operations"][0]["changes"], given,
        "{report}"
    );
    let group = &report["directory_group_operations"][0];
    assert_eq!(group["changes"], name, "{report}");
    assert_eq!(group["reason"], "the name differs from the group's in LDAP");
    let table = stdout_of(home.path(), &["sync", "run", "staff", "--dry-run"]);
    assert!(table.contains("name: Platform -> Platform Team"), "{table}");
    let out = sync_json(home.path(), "staff", &[]);
    let run = stdout_json(&out)[0]["run_id"].to_string();
    let shown = json(home.path(), &["sync", "show", &run]);
    assert_eq!(shown["operations"][0]["changes"], given, "{shown}");
    // The group's rename is journaled too, under the directory group's id.
    let rename = &shown["operations"][1];
    assert_eq!(rename["action"], "group rename", "{shown}");
    assert_eq!(rename["email"], "Platform Team");
    assert_eq!(rename["changes"], name);
}

//! LDAP directories against a real OpenLDAP `slapd` (see `common::slapd`): connections
//! (bind, TLS, a refused password), inbound rules that read every page or nothing,
//! anchors that survive renames, groups flattened, and one `sync run --due` from the
//! directory to Dropbox. `#[ignore]`d where slapd cannot run; `.ci/run` runs them.

use std::path::Path;

use crate::common::ldap::{create_ldap, run_exiting, staff_rule, Directory};
use crate::common::slapd::{self, Slapd, READER, READER_PASSWORD};
use crate::common::*;

/// The reader's view of `server` at `url`.
fn reader(url: &str) -> Directory<'_> {
    Directory {
        url,
        bind_dn: READER,
        base: slapd::BASE,
        password: READER_PASSWORD,
    }
}

/// An LDAP connection `corp` (plain LDAP on 127.0.0.1) and an inbound rule `staff` into
/// population Staff.
fn corp_and_staff_rule(home: &Path, server: &Slapd, extra: &[&str]) {
    let out = create_ldap(home, "corp", &reader(&server.url()), &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    staff_rule(home, "corp", extra);
}

fn users_of(home: &Path, population: &str) -> Vec<serde_json::Value> {
    let list = ["directory", "user", "list", "--population", population];
    json(home, &list).as_array().cloned().unwrap_or_default()
}

#[test]
#[ignore = "needs slapd and ldap-utils (Debian packages; .ci/run installs them)"]
fn three_thousand_users_under_a_size_limit_of_500_all_arrive_and_unpaged_reads_change_nothing() {
    let server = Slapd::start(&slapd::people(3000));
    let home = tempfile::tempdir().unwrap();
    corp_and_staff_rule(home.path(), &server, &[]);
    let out = sync_json(home.path(), "staff", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(users_of(home.path(), "Staff").len(), 3000);

    // A server that will not page (slapd: paged results refused) fails the run before
    // anything is written, saying what was truncated.
    server.set_size_limit("size.soft=500 size.hard=500 size.prtotal=disabled");
    server.modify(&format!(
        "dn: {}\nchangetype: delete\n",
        slapd::user_dn("user0001")
    ));
    let err = run_exiting(home.path(), "staff", 4);
    assert!(
        err.contains("may be incomplete") && err.contains("nothing was written"),
        "{err}"
    );
    let users = users_of(home.path(), "Staff");
    assert_eq!(users.len(), 3000);
    assert!(users.iter().all(|u| u["enabled"] == true));
}

fn user_by_username(home: &Path, username: &str) -> serde_json::Value {
    users_of(home, "Staff")
        .into_iter()
        .find(|u| u["username"] == username)
        .unwrap_or_else(|| panic!("no user {username}"))
}

#[test]
#[ignore = "needs slapd and ldap-utils (Debian packages; .ci/run installs them)"]
fn a_renamed_moved_and_readdressed_entry_stays_the_same_user_and_a_deleted_one_is_disabled() {
    let data = format!(
        "{}dn: ou=moved,{}\nobjectClass: organizationalUnit\nou: moved\n\n",
        slapd::people(20),
        slapd::BASE
    );
    let server = Slapd::start(&data);
    let home = tempfile::tempdir().unwrap();
    corp_and_staff_rule(home.path(), &server, &["--max-deletes", "2"]);
    let out = sync_json(home.path(), "staff", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let before = user_by_username(home.path(), "user0003");

    // modrdn into another OU with a new uid, and a new address: one update.
    server.modify(&format!(
        "dn: {}\nchangetype: modrdn\nnewrdn: uid=ann.lee\ndeleteoldrdn: 1\nnewsuperior: ou=moved,{}\n\n\
         dn: uid=ann.lee,ou=moved,{}\nchangetype: modify\nreplace: mail\nmail: ann.lee@example.com\n",
        slapd::user_dn("user0003"),
        slapd::BASE,
        slapd::BASE
    ));
    server.modify(&format!(
        "dn: {}\nchangetype: delete\n",
        slapd::user_dn("user0007")
    ));
    let out = sync_json(home.path(), "staff", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report = &stdout_json(&out)[0];
    assert_eq!(report["applied"]["update"], 1, "{report}");
    assert_eq!(report["applied"]["disable"], 1, "{report}");
    assert!(report["applied"].get("create").is_none(), "{report}");
    assert!(report["applied"].get("delete").is_none(), "{report}");
    let after = user_by_username(home.path(), "ann.lee");
    assert_eq!(after["id"], before["id"]);
    assert_eq!(after["email"], "ann.lee@example.com");
    assert_eq!(users_of(home.path(), "Staff").len(), 20);
    assert_eq!(user_by_username(home.path(), "user0007")["enabled"], false);
}

#[test]
#[ignore = "needs slapd and ldap-utils (Debian packages; .ci/run installs them)"]
fn a_refused_bind_exits_3_and_the_password_is_nowhere_but_the_secret_store() {
    let server = Slapd::start(&slapd::people(3));
    let home = tempfile::tempdir().unwrap();
    let wrong = "wrong-pw-Zx81q";
    let url = server.url();
    let refused = Directory {
        password: wrong,
        ..reader(&url)
    };
    let out = create_ldap(home.path(), "corp", &refused, &[]);
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(err.contains("invalidCredentials"), "{err}");
    // Saved anyway, then tested: exit 3 again, with JSON too.
    let out = create_ldap(home.path(), "corp", &refused, &["--allow-invalid"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let mut outputs = vec![out];
    for args in [
        &["connection", "test", "corp"][..],
        &["--json", "connection", "test", "corp"],
        &["--json", "connection", "show", "corp"],
        &["connection", "list"],
    ] {
        outputs.push(dbxprov(home.path()).args(args).output().unwrap());
    }
    assert_eq!(outputs[1].status.code(), Some(3));
    assert_eq!(outputs[2].status.code(), Some(3));
    for out in &outputs {
        let all = format!("{}{}", text(&out.stdout), text(&out.stderr));
        assert!(!all.contains(wrong), "the password leaked: {all}");
    }
    // Only the secrets file holds it (0600); the database and the rest do not.
    for entry in files_under(home.path()) {
        let bytes = std::fs::read(&entry).unwrap();
        let holds = bytes.windows(wrong.len()).any(|w| w == wrong.as_bytes());
        let secrets = entry
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("secrets"));
        assert_eq!(holds, secrets, "{}", entry.display());
    }
}

#[test]
#[ignore = "needs slapd and ldap-utils (Debian packages; .ci/run installs them)"]
fn nested_groups_are_flattened_renamed_by_anchor_and_cycles_end() {
    let dn = |u: &str| slapd::user_dn(u);
    let data = format!(
        "{}{}{}{}",
        slapd::people(6),
        slapd::group(
            "Engineering",
            &[dn("user0000"), slapd::group_dn("Platform")]
        ),
        slapd::group(
            "Platform",
            &[
                dn("user0001"),
                dn("user0002"),
                slapd::group_dn("Engineering")
            ]
        ),
        slapd::group("Sales", &[dn("user0003")]),
    );
    let server = Slapd::start(&data);
    let home = tempfile::tempdir().unwrap();
    corp_and_staff_rule(home.path(), &server, &[]);
    let out = sync_json(home.path(), "staff", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let members = |home: &Path, group: &str| -> Vec<String> {
        let mut names: Vec<String> = json(home, &["directory", "user", "list", "--group", group])
            .as_array()
            .unwrap()
            .iter()
            .map(|u| u["username"].as_str().unwrap().to_string())
            .collect();
        names.sort();
        names
    };
    assert_eq!(
        members(home.path(), "Engineering"),
        ["user0000", "user0001", "user0002"]
    );
    assert_eq!(
        members(home.path(), "Platform"),
        ["user0000", "user0001", "user0002"]
    );
    assert_eq!(members(home.path(), "Sales"), ["user0003"]);
    let id_of = |home: &Path, name: &str| {
        json(home, &["directory", "group", "list"])
            .as_array()
            .unwrap()
            .iter()
            .find(|g| g["name"] == name)
            .map(|g| g["id"].as_str().unwrap().to_string())
    };
    let sales = id_of(home.path(), "Sales").unwrap();
    // Renamed in LDAP: the same directory group, renamed.
    server.modify(&format!(
        "dn: {}\nchangetype: modrdn\nnewrdn: cn=Sales EMEA\ndeleteoldrdn: 1\n",
        slapd::group_dn("Sales")
    ));
    let out = sync_json(home.path(), "staff", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(stdout_json(&out)[0]["applied"]["group rename"], 1);
    assert_eq!(id_of(home.path(), "Sales EMEA"), Some(sales));
    assert_eq!(id_of(home.path(), "Sales"), None);
}

#[test]
#[ignore = "needs slapd and ldap-utils (Debian packages; .ci/run installs them)"]
fn ldaps_with_the_private_ca_works_and_without_it_the_handshake_fails_with_a_hint() {
    let server = Slapd::start(&slapd::people(2));
    let home = tempfile::tempdir().unwrap();
    let url = server.ldaps_url();
    let ca = server.ca().display().to_string();
    let create = |name: &str, extra: &[&str]| create_ldap(home.path(), name, &reader(&url), extra);
    let out = create("tls", &["--ca-file", &ca]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("users"), "{}", text(&out.stdout));
    let out = create("untrusted", &[]);
    assert_eq!(out.status.code(), Some(4), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(
        err.contains("TLS handshake failed") && err.contains("--ca-file"),
        "{err}"
    );
}

#[test]
#[ignore = "needs slapd and ldap-utils (Debian packages; .ci/run installs them)"]
fn one_cron_line_pulls_from_the_directory_and_pushes_to_dropbox_and_a_failed_pull_runs_nothing_after_it(
) {
    let server = Slapd::start(&slapd::people(3));
    let emu = emulator();
    let home = tempfile::tempdir().unwrap();
    create(home.path(), &emu, "prod").assert().success();
    corp_and_staff_rule(home.path(), &server, &[]);
    outbound_rule(home.path(), "to-dropbox", "Staff");
    let cron = |home: &Path| {
        dbxprov(home)
            .args(["-q", "sync", "run", "--due"])
            .output()
            .unwrap()
    };
    let out = cron(home.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty() && out.stderr.is_empty());
    assert_eq!(emu.members().len(), 3);

    server.add(&slapd::person("newcomer", "New", "Comer"));
    let out = cron(home.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    let emails: Vec<String> = emu.members().iter().map(|m| m.email.clone()).collect();
    assert!(
        emails.contains(&"newcomer@example.com".to_string()),
        "{emails:?}"
    );

    // The directory is gone: the pull fails (exit 4) and the outbound rule does not run
    // on what the directory was.
    drop(server);
    let out = dbxprov(home.path())
        .args(["sync", "run", "--due"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("Rule \"to-dropbox\" not run"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(emu.members().len(), 4);
}

#[test]
#[ignore = "needs slapd and ldap-utils (Debian packages; .ci/run installs them)"]
fn starttls_upgrades_a_plain_connection_and_pages_over_the_servers_limit_are_refused_whole() {
    let server = Slapd::start(&slapd::people(30));
    let home = tempfile::tempdir().unwrap();
    let url = server.url().replace("127.0.0.1", "localhost");
    let ca = server.ca().display().to_string();
    let extra = [
        "--starttls",
        "--ca-file",
        &ca,
        "--page-size",
        "1000",
        "--allow-invalid",
    ];
    let out = create_ldap(home.path(), "corp", &reader(&url), &extra);
    // Bound over TLS; but a page of 1000 is over slapd's size.pr of 500.
    let err = text(&out.stderr);
    assert!(err.contains("adminLimitExceeded"), "{err}");
    staff_rule(home.path(), "corp", &[]);
    let err = run_exiting(home.path(), "staff", 4);
    assert!(err.contains("--page-size 500"), "{err}");
    dbxprov(home.path())
        .args(["connection", "update", "corp", "--page-size", "500"])
        .assert()
        .success();
    let out = sync_json(home.path(), "staff", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(users_of(home.path(), "Staff").len(), 30);
}

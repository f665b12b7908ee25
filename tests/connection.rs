//! `dbxprov connection ...` end to end: the real binary against the emulator over HTTP.

use std::time::Duration;

use crate::common::*;
use dbx_emulator::Config;
use predicates::prelude::*;
use tempfile::TempDir;

#[test]
fn create_tests_and_shows_the_team() {
    let emu = emulator();
    let home = TempDir::new().unwrap();
    create(home.path(), &emu, "prod")
        .assert()
        .success()
        .stdout(predicate::str::contains("Emulated Team"))
        .stdout(predicate::str::contains(
            "status                        valid",
        ));
    dbxprov(home.path())
        .args(["connection", "test", "prod"])
        .assert()
        .success()
        .stdout(predicate::str::contains("team            Emulated Team"))
        .stdout(predicate::str::contains("0 used of 1000 licensed"))
        .stdout(predicate::str::contains("members.write"));
    // Creating tested once (token + get_info), testing again did the same.
    assert_eq!(emu.stats().count("/2/team/get_info"), 2);
    assert_eq!(emu.stats().count("/oauth2/token"), 2);
    dbxprov(home.path())
        .args(["connection", "list"])
        .assert()
        .success()
        .stdout(
            predicate::str::is_match(
                r"prod\s+yes\s+valid\s+ok \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ.*Emulated Team",
            )
            .unwrap(),
        );
}

#[test]
fn json_variants_parse() {
    let emu = emulator();
    let home = TempDir::new().unwrap();
    let out = create(home.path(), &emu, "prod")
        .arg("--json")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let v = stdout_json(&out);
    assert_eq!(v["connection"]["name"], "prod");
    assert_eq!(v["connection"]["status"], "valid");
    assert_eq!(v["connection"]["actions"]["remove_action"], "disable");
    assert_eq!(v["connection"]["actions"]["wipe_data"], false);
    assert_eq!(v["test"]["team"]["name"], "Emulated Team");

    let out = dbxprov(home.path())
        .args(["--json", "connection", "test", "prod"])
        .output()
        .unwrap();
    let v = stdout_json(&out);
    assert_eq!(v["ok"], true);
    assert_eq!(v["team"]["num_licensed_users"], 1000);
    assert_eq!(v["missing_scopes"], serde_json::json!([]));
    assert!(v["requests"].as_u64().unwrap() >= 2);

    let out = dbxprov(home.path())
        .args(["connection", "list", "--json"])
        .output()
        .unwrap();
    let v = stdout_json(&out);
    assert_eq!(v.as_array().unwrap().len(), 1);
    assert_eq!(v[0]["last_test"]["ok"], true);

    let out = dbxprov(home.path())
        .args(["connection", "show", "prod", "--json"])
        .output()
        .unwrap();
    let v = stdout_json(&out);
    assert_eq!(v["secrets"]["refresh_token"], "file store");
    assert_eq!(v["secrets"]["store"], "file");
}

#[test]
fn a_revoked_refresh_token_exits_3_with_a_hint() {
    let emu = emulator();
    let home = TempDir::new().unwrap();
    create(home.path(), &emu, "prod").assert().success();
    emu.revoke_all_tokens();
    dbxprov(home.path())
        .args(["connection", "test", "prod"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("error: the token endpoint refused the refresh token: refresh token is invalid or revoked"))
        .stderr(predicate::str::contains("hint: obtain a new refresh token with `dbxprov connection authorize prod`"));
    // The failed test is recorded. The connection has worked before, so it stays valid:
    // its runs try, and say the same (exit 3), instead of being blocked.
    let out = dbxprov(home.path())
        .args(["connection", "show", "prod", "--json"])
        .output()
        .unwrap();
    let v = stdout_json(&out);
    assert_eq!(v["status"], "valid");
    assert_eq!(v["last_test"]["ok"], false);
    dbxprov(home.path())
        .args(["connection", "list"])
        .assert()
        .stdout(predicate::str::contains("failed"))
        .stdout(predicate::str::contains("refused the"));
    // With --json the error is JSON on stderr.
    let out = dbxprov(home.path())
        .args(["connection", "test", "prod", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let e: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(e["error"]["kind"], "auth");
    assert_eq!(e["error"]["exit_code"], 3);
}

#[test]
fn a_wrong_client_secret_exits_3() {
    let emu = emulator();
    let home = TempDir::new().unwrap();
    create(home.path(), &emu, "prod")
        .env("DBXPROV_CLIENT_SECRET", "not-the-secret")
        .assert()
        .code(3)
        .stderr(predicate::str::contains(
            "refused the client id or client secret",
        ))
        .stderr(predicate::str::contains("nothing was saved"));
    dbxprov(home.path())
        .args(["connection", "list", "--json"])
        .assert()
        .success()
        .stdout("[]\n");
}

#[test]
fn allow_invalid_saves_a_failing_connection_until_a_test_passes() {
    let emu = emulator();
    let home = TempDir::new().unwrap();
    let files = TempDir::new().unwrap();
    create(home.path(), &emu, "prod")
        .env("DBXPROV_REFRESH_TOKEN", "stale")
        .arg("--allow-invalid")
        .assert()
        .success()
        .stderr(predicate::str::contains("saved as invalid"));
    dbxprov(home.path())
        .args(["connection", "list"])
        .assert()
        .stdout(predicate::str::contains("invalid"));
    let token = files.path().join("token");
    std::fs::write(&token, format!("{REFRESH}\n")).unwrap();
    dbxprov(home.path())
        .args(["connection", "update", "prod", "--refresh-token-file"])
        .arg(&token)
        .assert()
        .success();
    // The new token was tested with the update.
    dbxprov(home.path())
        .args(["connection", "list"])
        .assert()
        .stdout(predicate::str::is_match(r"prod\s+yes\s+valid").unwrap());
}

#[test]
fn a_stopped_emulator_exits_4() {
    let emu = emulator();
    let home = TempDir::new().unwrap();
    create(home.path(), &emu, "prod").assert().success();
    drop(emu);
    dbxprov(home.path())
        .args(["connection", "test", "prod"])
        .assert()
        .code(4)
        .stderr(predicate::str::contains(
            "oauth2/token: no answer after 5 attempts",
        ))
        .stderr(predicate::str::contains("Connection refused"));
}

#[test]
fn server_errors_after_retries_exit_4() {
    let emu = emulator_with(Config {
        rate_5xx: 1.0,
        ..Config::default()
    });
    let home = TempDir::new().unwrap();
    create(home.path(), &emu, "prod")
        .arg("-v")
        .assert()
        .code(4)
        .stderr(predicate::str::contains("team/get_info: server error"))
        .stderr(predicate::str::contains("retrying in"));
    // One token request, then five attempts at get_info.
    assert_eq!(emu.stats().count("/2/team/get_info"), 5);
}

/// The tests' `DBXPROV_TEST_RETRY_SCALE` shortens the wait a 429 asks for, and the
/// binary still waits it out before every retry.
#[test]
fn retry_after_is_honoured_scaled_by_the_test_retry_scale() {
    let emu = emulator_with(Config {
        rate_429: 1.0,
        retry_after_secs: 10,
        ..Config::default()
    });
    let home = TempDir::new().unwrap();
    let started = std::time::Instant::now();
    let out = create(home.path(), &emu, "prod")
        .arg("-v")
        .output()
        .unwrap();
    let elapsed = started.elapsed();
    assert_eq!(out.status.code(), Some(4), "{}", text(&out.stderr));
    let scaled = Duration::from_secs(10).mul_f64(RETRY_SCALE);
    let stderr = text(&out.stderr);
    let waits = stderr
        .matches(&format!(
            "rate limited (429); retrying in {:.1} s",
            scaled.as_secs_f64()
        ))
        .count();
    // Ten attempts at get_info, nine waits between them.
    assert_eq!(waits, 9, "{stderr}");
    assert_eq!(emu.stats().count("/2/team/get_info"), 10);
    assert!(
        elapsed >= scaled * 9,
        "the waits were not waited: {elapsed:?}"
    );
    assert!(
        elapsed < Duration::from_secs(10),
        "the waits were not scaled: {elapsed:?}"
    );
}

#[test]
fn plain_http_off_loopback_is_refused() {
    let home = TempDir::new().unwrap();
    dbxprov(home.path())
        .args(["connection", "create", "prod", "--client-id", "k"])
        .args(["--service-uri", "http://api.example.com/2"])
        .env("DBXPROV_CLIENT_SECRET", "s")
        .env("DBXPROV_REFRESH_TOKEN", "r")
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "uses plain http on a non-loopback host",
        ));
    dbxprov(home.path())
        .args([
            "connection",
            "create",
            "prod",
            "--client-id",
            "k",
            "--no-test",
        ])
        .args(["--token-endpoint", "http://10.1.2.3/oauth2/token"])
        .env("DBXPROV_CLIENT_SECRET", "s")
        .assert()
        .code(1);
}

#[test]
fn impossible_user_actions_are_refused() {
    let emu = emulator();
    let home = TempDir::new().unwrap();
    for (flags, message) in [
        (
            vec!["--no-update-users"],
            "--disable-users needs --update-users",
        ),
        (
            vec!["--no-disable-users"],
            "--remove-action disable needs --disable-users",
        ),
        (
            vec!["--keep-account", "--wipe-data"],
            "--keep-account and --wipe-data cannot be combined",
        ),
        (
            vec![
                "--keep-account",
                "--transfer-dest",
                "boss@example.com",
                "--transfer-admin",
                "it@example.com",
            ],
            "--keep-account and --transfer-dest cannot be combined",
        ),
        (
            vec![
                "--transfer-dest",
                "not-an-email",
                "--transfer-admin",
                "it@example.com",
            ],
            "--transfer-dest: email is not an address Dropbox accepts",
        ),
        (
            vec!["--transfer-dest", "boss@example.com"],
            "--transfer-dest needs --transfer-admin",
        ),
    ] {
        create(home.path(), &emu, "prod")
            .args(&flags)
            .assert()
            .code(1)
            .stderr(predicate::str::contains(message));
    }
    // Nothing reached the emulator: validation comes first.
    assert_eq!(emu.stats().total, 0);
    let out = create(home.path(), &emu, "prod")
        .args([
            "--no-update-users",
            "--no-disable-users",
            "--remove-action",
            "delete",
        ])
        .args([
            "--wipe-data",
            "--transfer-dest",
            "boss@example.com",
            "--transfer-admin",
            "it@example.com",
            "--no-welcome-email",
        ])
        .arg("--json")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let a = &stdout_json(&out)["connection"]["actions"];
    assert_eq!(a["update_users"], false);
    assert_eq!(a["disable_users"], false);
    assert_eq!(a["remove_action"], "delete");
    assert_eq!(a["wipe_data"], true);
    assert_eq!(a["transfer_dest"], "boss@example.com");
    assert_eq!(a["transfer_admin"], "it@example.com");
    assert_eq!(a["send_welcome_email"], false);
    // update keeps the dependencies too.
    dbxprov(home.path())
        .args(["connection", "update", "prod", "--disable-users"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "--disable-users needs --update-users",
        ));
    let out = dbxprov(home.path())
        .args([
            "connection",
            "update",
            "prod",
            "--update-users",
            "--disable-users",
            "--no-transfer-dest",
            "--no-transfer-admin",
            "--json",
        ])
        .output()
        .unwrap();
    let a = &stdout_json(&out)["connection"]["actions"];
    assert_eq!(a["disable_users"], true);
    assert_eq!(a["transfer_dest"], serde_json::Value::Null);
}

#[test]
fn missing_scopes_are_reported() {
    let emu = emulator_with(Config {
        scopes: vec![
            "team_info.read".into(),
            "members.read".into(),
            "members.write".into(),
        ],
        ..Config::default()
    });
    let home = TempDir::new().unwrap();
    // Saved (only a new authorization can add a scope, and it needs the connection), but
    // said.
    let out = create(home.path(), &emu, "prod")
        .args(["--no-disable-users", "--remove-action", "delete", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(text(&out.stderr).contains("lacks the scope members.delete"));
    let v = stdout_json(&out);
    assert_eq!(v["test"]["missing_scopes"][0]["scope"], "members.delete");
    assert_eq!(
        v["test"]["scopes_granted"],
        serde_json::json!(["members.read", "members.write", "team_info.read"])
    );
    let out = dbxprov(home.path())
        .args(["connection", "test", "prod"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("connection authorize prod"));
}

/// `n` users of population Staff in group Sales, and `n` of population Other.
fn sales_csv(n: usize) -> String {
    let mut s = String::from("email,given_name,surname,population,groups\n");
    for i in 0..n {
        s.push_str(&format!("u{i}@example.com,Given{i},Sur{i},Staff,Sales\n"));
        s.push_str(&format!("o{i}@example.com,Given{i},Sur{i},Other,\n"));
    }
    s
}

#[test]
fn a_rule_that_provisions_groups_needs_groups_write_and_a_run_without_it_changes_nothing() {
    let without: Vec<String> = ["team_info.read", "members.read", "members.write"]
        .into_iter()
        .chain(["members.delete", "groups.read"])
        .map(String::from)
        .collect();
    let emu = emulator_with(Config {
        scopes: without,
        ..Config::default()
    });
    let home = TempDir::new().unwrap();
    let home = home.path();
    create(home, &emu, "prod").arg("-q").assert().success();
    import_csv(home, &sales_csv(3));
    outbound_rule(home, "plain", "Other");
    // The rule that provisions groups is created, with a warning naming what it lacks.
    let out = dbxprov(home)
        .args([
            "rule",
            "create",
            "outbound",
            "grouped",
            "--connection",
            "prod",
        ])
        .args(["--population", "Staff", "--provision-group", "Sales"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let warned = text(&out.stderr);
    assert!(warned.contains("lacks the scope groups.write"), "{warned}");
    assert!(
        warned.contains("connection authorize prod"),
        "how to grant it: {warned}"
    );
    // `connection test` names the scope, what needs it, and exits 3.
    let out = dbxprov(home)
        .args(["connection", "test", "prod"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    let said = text(&out.stderr);
    assert!(
        said.contains(
            "lacks the scope groups.write (needed for provisioning groups (rule \"grouped\"))"
        ),
        "{said}"
    );
    // Its run stops before it reads or writes anything; the rule without groups runs.
    let out = dbxprov(home)
        .args(["sync", "run", "grouped"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("groups.write"));
    assert!(emu.audit().is_empty(), "nothing written");
    assert_eq!(
        emu.stats().count("/2/team/members/list_v2"),
        2,
        "only the probes"
    );
    dbxprov(home)
        .args(["sync", "run", "plain", "-q"])
        .assert()
        .success();
    assert_eq!(emu.members().len(), 3);

    // The same connection moved to an app that has the scope: the test passes, and so
    // does the run.
    let granted = emulator();
    dbxprov(home)
        .args(["connection", "update", "prod", "-q"])
        .args(["--service-uri", &granted.service_uri()])
        .args(["--token-endpoint", &granted.token_endpoint()])
        .assert()
        .success();
    dbxprov(home)
        .args(["connection", "test", "prod", "-q"])
        .assert()
        .success();
    dbxprov(home)
        .args(["sync", "run", "grouped", "-q"])
        .assert()
        .success();
    assert_eq!(granted.groups().len(), 1);
    assert_eq!(granted.groups()[0].members.len(), 3);
}

#[test]
fn a_run_asks_for_the_scopes_it_needs_once_per_token() {
    let emu = emulator();
    let home = TempDir::new().unwrap();
    let home = home.path();
    create(home, &emu, "prod")
        .args(["--no-test", "-q"])
        .assert()
        .success();
    import_csv(home, &sales_csv(2));
    outbound_rule(home, "staff", "Staff");
    for _ in 0..2 {
        dbxprov(home)
            .args(["sync", "run", "staff", "-q"])
            .assert()
            .success();
    }
    // Asked at the first run (the connection was never tested), remembered after.
    let polls = emu.stats().count("/2/team/members/add/job_status/get_v2");
    assert_eq!(polls, 1, "one probe of members.write");
    let out = dbxprov(home)
        .args(["connection", "show", "prod"])
        .output()
        .unwrap();
    assert!(
        text(&out.stdout)
            .contains("members.delete members.read members.write team_info.read (as tested"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn enable_disable_update_delete() {
    let emu = emulator();
    let home = TempDir::new().unwrap();
    create(home.path(), &emu, "prod").assert().success();
    dbxprov(home.path())
        .args(["connection", "disable", "prod"])
        .assert()
        .success();
    dbxprov(home.path())
        .args(["connection", "list"])
        .assert()
        .stdout(predicate::str::is_match(r"prod\s+no\s+valid").unwrap());
    dbxprov(home.path())
        .args(["connection", "enable", "prod"])
        .assert()
        .success();
    let out = dbxprov(home.path())
        .args([
            "connection",
            "update",
            "prod",
            "--description",
            "EU team",
            "--json",
        ])
        .output()
        .unwrap();
    let v = stdout_json(&out);
    assert_eq!(v["connection"]["description"], "EU team");
    assert_eq!(v["connection"]["enabled"], true);
    assert_eq!(v["needs_test"], false);
    assert_eq!(v["connection"]["status"], "valid");
    dbxprov(home.path())
        .args([
            "connection",
            "update",
            "prod",
            "--service-uri",
            "http://localhost:1/2",
            "--no-test",
        ])
        .assert()
        .success();
    dbxprov(home.path())
        .args(["connection", "show", "prod"])
        .assert()
        .stdout(predicate::str::contains("untested"));
    dbxprov(home.path())
        .args(["connection", "delete", "prod"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("pass --yes"));
    dbxprov(home.path())
        .args(["connection", "delete", "prod", "--yes"])
        .assert()
        .success();
    dbxprov(home.path())
        .args(["connection", "show", "prod"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no connection named \"prod\""));
    let secrets = std::fs::read_to_string(home.path().join("secrets.json")).unwrap();
    assert!(
        !secrets.contains(SECRET) && !secrets.contains(REFRESH),
        "{secrets}"
    );
    // The name is free again.
    create(home.path(), &emu, "prod").assert().success();
}

#[test]
fn names_are_unique_and_plain() {
    let emu = emulator();
    let home = TempDir::new().unwrap();
    create(home.path(), &emu, "prod").assert().success();
    create(home.path(), &emu, "PROD")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("already exists"));
    // Untested: the team is the same, and a team has one connection.
    create(home.path(), &emu, "prod.x")
        .arg("--no-test")
        .assert()
        .success();
    create(home.path(), &emu, "prod_x")
        .arg("--no-test")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("DBXPROV_PROD_X_REFRESH_TOKEN"));
    create(home.path(), &emu, "bad name")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("invalid connection name"));
}

#[test]
fn environment_overrides_win_at_run_time() {
    let emu = emulator();
    let home = TempDir::new().unwrap();
    create(home.path(), &emu, "prod-eu")
        .env("DBXPROV_REFRESH_TOKEN", "stale")
        .arg("--allow-invalid")
        .assert()
        .success();
    dbxprov(home.path())
        .args(["connection", "test", "prod-eu"])
        .assert()
        .code(3);
    dbxprov(home.path())
        .args(["connection", "test", "prod-eu"])
        .env("DBXPROV_PROD_EU_REFRESH_TOKEN", REFRESH)
        .assert()
        .success();
    dbxprov(home.path())
        .args(["connection", "show", "prod-eu"])
        .env("DBXPROV_PROD_EU_REFRESH_TOKEN", REFRESH)
        .assert()
        .stdout(predicate::str::contains(
            "environment (DBXPROV_PROD_EU_REFRESH_TOKEN)",
        ));
}

#[test]
fn no_refresh_token_means_authorize() {
    let emu = emulator();
    let home = TempDir::new().unwrap();
    create(home.path(), &emu, "prod")
        .env_remove("DBXPROV_REFRESH_TOKEN")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no refresh token was given"));
    create(home.path(), &emu, "prod")
        .env_remove("DBXPROV_REFRESH_TOKEN")
        .arg("--no-test")
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "run `dbxprov connection authorize prod`",
        ));
    dbxprov(home.path())
        .args(["connection", "test", "prod"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("has no refresh token"))
        .stderr(predicate::str::contains(
            "dbxprov connection authorize prod",
        ));
}

#[test]
fn secrets_are_never_plain_flags() {
    let home = TempDir::new().unwrap();
    dbxprov(home.path())
        .args([
            "connection",
            "create",
            "prod",
            "--client-id",
            "k",
            "--client-secret",
            "s",
        ])
        .assert()
        .code(2);
    dbxprov(home.path())
        .args([
            "connection",
            "create",
            "prod",
            "--client-id",
            "k",
            "--refresh-token",
            "r",
        ])
        .assert()
        .code(2);
}

#[test]
fn secrets_from_files_and_stdin() {
    let emu = emulator();
    let home = TempDir::new().unwrap();
    let files = TempDir::new().unwrap();
    let secret_file = files.path().join("secret");
    std::fs::write(&secret_file, format!("{SECRET}\r\n")).unwrap();
    dbxprov(home.path())
        .args(["connection", "create", "prod", "--client-id", CLIENT_ID])
        .args([
            "--service-uri",
            &emu.service_uri(),
            "--token-endpoint",
            &emu.token_endpoint(),
        ])
        .arg("--client-secret-file")
        .arg(&secret_file)
        .args(["--refresh-token-file", "-"])
        .write_stdin(format!("{REFRESH}\n"))
        .assert()
        .success();
    dbxprov(home.path())
        .args([
            "connection",
            "update",
            "prod",
            "--client-secret-file",
            "-",
            "--refresh-token-file",
            "-",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "only one secret can come from stdin",
        ));
}

#[tokio::test(flavor = "multi_thread")]
async fn authorize_obtains_and_stores_a_refresh_token() {
    use std::io::{BufRead, BufReader, Write};
    use std::process::Stdio;

    let emu = emulator();
    let home = TempDir::new().unwrap();
    create(home.path(), &emu, "prod")
        .env_remove("DBXPROV_REFRESH_TOKEN")
        .arg("--no-test")
        .assert()
        .success();
    let mut cmd = std_dbxprov(home.path());
    let mut child = cmd
        .args(["connection", "authorize", "prod", "--json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let url = loop {
        let mut line = String::new();
        assert!(
            stderr.read_line(&mut line).unwrap() > 0,
            "no authorize URL printed"
        );
        if let Some(url) = line.split_whitespace().find(|w| w.starts_with("http")) {
            break url.to_string();
        }
    };
    assert!(url.starts_with(&emu.authorize_url()), "{url}");
    assert!(
        url.contains("token_access_type=offline") && url.contains("code_challenge_method=S256")
    );
    let page = reqwest::get(&url).await.unwrap().text().await.unwrap();
    let code = page.lines().last().unwrap().to_string();
    writeln!(child.stdin.take().unwrap(), "{code}").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let v = stdout_json(&out);
    assert_eq!(v["test"]["ok"], true);
    assert_eq!(v["refresh_token_stored_in"], "file");
    // The stored token works on its own.
    dbxprov(home.path())
        .args(["connection", "test", "prod"])
        .assert()
        .success();

    // A code cannot be used twice.
    let out = dbxprov(home.path())
        .args(["connection", "authorize", "prod"])
        .write_stdin(format!("{code}\n"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert!(text(&out.stderr).contains("the authorization code was refused"));
}

#[test]
fn usage_errors_exit_2() {
    let home = TempDir::new().unwrap();
    dbxprov(home.path())
        .args(["connection", "frobnicate"])
        .assert()
        .code(2);
    dbxprov(home.path())
        .args([
            "connection",
            "create",
            "x",
            "--client-id",
            "k",
            "--remove-action",
            "wipe",
        ])
        .assert()
        .code(2);
}

#[test]
fn a_new_refresh_token_is_tested_at_once_and_the_old_test_forgotten() {
    let emu = emulator();
    let home = TempDir::new().unwrap();
    let home = home.path();
    create(home, &emu, "prod").arg("-q").assert().success();
    let token = |value: &str| {
        let path = home.join("token.txt");
        std::fs::write(&path, value).unwrap();
        path.display().to_string()
    };
    let update = |file: String| {
        dbxprov(home)
            .args([
                "connection",
                "update",
                "prod",
                "--refresh-token-file",
                &file,
            ])
            .output()
            .unwrap()
    };
    let out = update(token("not-the-token"));
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    let shown = |home| {
        let out = dbxprov(home)
            .args(["connection", "show", "prod", "--json"])
            .output()
            .unwrap();
        stdout_json(&out)
    };
    assert_eq!(
        shown(home)["last_test"]["ok"],
        false,
        "the new token was tested"
    );
    let out = update(token(REFRESH));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let after = shown(home);
    assert_eq!(after["status"], "valid", "{after}");
    assert_eq!(after["last_test"]["ok"], true, "{after}");
    // With --no-test, the old test is not left standing for the new values.
    let out = dbxprov(home)
        .args(["connection", "update", "prod", "--no-test"])
        .args(["--refresh-token-file", &token(REFRESH)])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let after = shown(home);
    assert_eq!(after["status"], "untested", "{after}");
    assert_eq!(after["last_test"], serde_json::Value::Null, "{after}");
}

//! Unattended operation (issue 25): `dbxprov check` exits as a monitoring plugin does
//! (0 OK, 1 WARNING, 2 CRITICAL) from what the home records, and a rule whose runs keep
//! failing for the same cause is quarantined: `sync run --due` backs it off, a run by
//! name still runs it, and one that goes through clears it.

use crate::common::*;

const CSV: &str = "email,given_name,surname,population\n\
                   ann@example.com,Ann,Lee,Staff\nbob@example.com,Bob,Ray,Staff\n";

/// `dbxprov check` with `args`: its exit code and its one line.
fn check(home: &std::path::Path, args: &[&str], now: Option<&str>) -> (i32, String) {
    let mut cmd = dbxprov(home);
    cmd.arg("check").args(args);
    if let Some(now) = now {
        cmd.env("DBXPROV_NOW", now);
    }
    let out = cmd.output().unwrap();
    (out.status.code().unwrap(), text(&out.stdout))
}

/// A run of `staff` whose refresh token Dropbox refuses (exit 3).
fn refused_run(home: &std::path::Path, args: &[&str]) -> std::process::Output {
    dbxprov(home)
        .args(["sync", "run"])
        .args(args)
        .env("DBXPROV_PROD_REFRESH_TOKEN", "revoked-token")
        .output()
        .unwrap()
}

/// An RFC 3339 time `secs` from now.
fn in_secs(secs: u64) -> String {
    let t = std::time::SystemTime::now() + std::time::Duration::from_secs(secs);
    humantime::format_rfc3339_seconds(t).to_string()
}

#[test]
fn check_is_ok_after_a_success_warns_when_it_is_old_and_is_critical_once_credentials_are_refused() {
    let emu = emulator();
    let home = tempfile::tempdir().unwrap();
    staff_rule_over(home.path(), &emu, CSV);
    let (code, line) = check(home.path(), &["--max-age", "1h"], None);
    assert_eq!(code, 1, "no run yet: {line}");
    assert!(line.contains("no run has gone through yet"), "{line}");
    assert!(sync_json(home.path(), "staff", &[]).status.success());
    let (code, line) = check(home.path(), &["--max-age", "1h"], None);
    assert_eq!(code, 0, "{line}");
    assert!(
        line.starts_with("DBXPROV OK - 1 enabled rule went through within 1h |"),
        "{line}"
    );
    let (code, line) = check(
        home.path(),
        &["--max-age", "1h"],
        Some(&in_secs(2 * 3600 + 60)),
    );
    assert_eq!(code, 1, "{line}");
    assert!(
        line.starts_with(
            "DBXPROV WARNING - staff: its last run that went through ended 2h 1m ago (allowed: 1h)"
        ),
        "{line}"
    );
    assert_eq!(refused_run(home.path(), &["staff"]).status.code(), Some(3));
    let (code, line) = check(home.path(), &["--max-age", "1h"], None);
    assert_eq!(code, 2, "{line}");
    assert!(
        line.starts_with("DBXPROV CRITICAL - staff: credentials refused: "),
        "{line}"
    );
    assert!(
        !line.contains("revoked-token"),
        "no secret in the line: {line}"
    );
    let out = dbxprov(home.path())
        .args(["check", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        out.stderr.is_empty(),
        "no error document: {}",
        text(&out.stderr)
    );
    let v = stdout_json(&out);
    assert_eq!(v["health"], "critical");
    assert_eq!(v["rules"][0]["health"], "critical");
    assert!(v["summary"]
        .as_str()
        .unwrap()
        .starts_with("DBXPROV CRITICAL"));
}

#[test]
fn a_home_that_cannot_be_read_is_unknown() {
    let home = tempfile::tempdir().unwrap();
    let (code, line) = check(&home.path().join("missing"), &[], None);
    assert_eq!(code, 3, "{line}");
    assert!(line.starts_with("DBXPROV UNKNOWN - "), "{line}");
}

#[test]
fn three_runs_refused_quarantine_the_rule_until_a_run_by_name_goes_through() {
    let emu = emulator();
    let home = tempfile::tempdir().unwrap();
    staff_rule_over(home.path(), &emu, CSV);
    assert!(sync_json(home.path(), "staff", &[]).status.success());
    let metrics = home.path().join("m.prom");
    let with_metrics = ["--due", "--metrics-file", metrics.to_str().unwrap()];
    for _ in 0..3 {
        assert_eq!(
            refused_run(home.path(), &with_metrics).status.code(),
            Some(3)
        );
    }
    // Each attempt counts, though the streak is one row of the history.
    let m = samples(&metrics);
    assert_eq!(
        m["dbxprov_runs_total{rule=\"staff\",outcome=\"failed\"}"],
        3.0
    );
    let status = stdout_of(home.path(), &["sync", "status"]);
    assert!(status.contains("Quarantined: 3 runs in a row failed (credentials refused); `sync run --due` skips it until "), "{status}");
    let history = stdout_of(home.path(), &["sync", "history"]);
    assert!(
        history.contains("failed, 3 times"),
        "one row for the streak: {history}"
    );
    let history_before = json(home.path(), &["sync", "history"]);
    let out = refused_run(home.path(), &["--due"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let said = text(&out.stderr);
    assert_eq!(said.lines().count(), 1, "{said}");
    assert!(said.starts_with("Rule \"staff\" is quarantined: 3 runs in a row failed (credentials refused); `--due` tries it again at "), "{said}");
    assert_eq!(
        json(home.path(), &["sync", "history"]),
        history_before,
        "nothing ran"
    );
    let (code, line) = check(home.path(), &[], None);
    assert_eq!(code, 2);
    assert!(
        line.contains("staff: quarantined: 3 runs in a row failed (credentials refused)"),
        "{line}"
    );
    // After the backoff (1 h after the third failure), `--due` tries again.
    let out = dbxprov(home.path())
        .args(["sync", "run", "--due", "--json"])
        .env("DBXPROV_PROD_REFRESH_TOKEN", "revoked-token")
        .env("DBXPROV_NOW", in_secs(3700))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3), "tried, refused again");
    let v = json(home.path(), &["sync", "status"]);
    assert_eq!(v[0]["quarantine"]["failures"], 4, "{v}");
    // The credentials fixed (the override gone), a run by name runs it and clears it.
    assert!(sync_json(home.path(), "staff", &[]).status.success());
    let v = json(home.path(), &["sync", "status"]);
    assert!(v[0].get("quarantine").is_none(), "{v}");
    assert_eq!(check(home.path(), &[], None).0, 0);
    let out = dbxprov(home.path())
        .args(["sync", "run", "--due"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(!text(&out.stderr).contains("quarantined"));
}

/// The samples of a metrics file: `name{labels}` -> value.
fn samples(path: &std::path::Path) -> std::collections::BTreeMap<String, f64> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| {
            let (series, value) = l.rsplit_once(' ').unwrap();
            (series.to_string(), value.parse().unwrap())
        })
        .collect()
}

/// `promtool check metrics` (Prometheus's own parser and linter) finds nothing to say.
fn promtool_accepts(path: &std::path::Path) {
    let out = std::process::Command::new("promtool")
        .args(["check", "metrics"])
        .stdin(std::fs::File::open(path).unwrap())
        .output()
        .expect("promtool runs (Debian package prometheus)");
    let said = format!("{}{}", text(&out.stdout), text(&out.stderr));
    assert!(out.status.success() && said.trim().is_empty(), "{said}");
}

#[test]
#[ignore = "needs promtool (Debian package prometheus; .ci/run installs it)"]
fn the_metrics_file_passes_promtool_after_runs_that_succeed_fail_and_stop_and_holds_the_status_figures(
) {
    let emu = emulator();
    let home = tempfile::tempdir().unwrap();
    let metrics = home.path().join("dbxprov.prom");
    let flag = ["--metrics-file", metrics.to_str().unwrap()];
    staff_rule_over(home.path(), &emu, CSV);
    assert!(sync_json(home.path(), "staff", &flag).status.success());
    promtool_accepts(&metrics);
    let m = samples(&metrics);
    assert_eq!(
        m["dbxprov_operations_total{rule=\"staff\",operation=\"create\",result=\"ok\"}"],
        2.0
    );
    assert_eq!(
        m["dbxprov_last_run_outcome{rule=\"staff\",outcome=\"succeeded\"}"],
        1.0
    );
    // Refused, with the file named by the environment this time.
    let out = dbxprov(home.path())
        .args(["sync", "run", "staff"])
        .env("DBXPROV_PROD_REFRESH_TOKEN", "revoked-token")
        .env("DBXPROV_METRICS_FILE", &metrics)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    promtool_accepts(&metrics);
    let m = samples(&metrics);
    assert_eq!(
        m["dbxprov_last_run_outcome{rule=\"staff\",outcome=\"failed\"}"],
        1.0
    );
    assert_eq!(
        m["dbxprov_runs_total{rule=\"staff\",outcome=\"failed\"}"],
        1.0
    );
    assert!(!std::fs::read_to_string(&metrics)
        .unwrap()
        .contains("revoked-token"));
    // Stopped by the guard: no deprovision allowed, one user out of scope.
    dbxprov(home.path())
        .args(["rule", "update", "staff", "--max-deletes", "0", "-q"])
        .assert()
        .success();
    leave_to(home.path(), "Former", &["bob@example.com"]);
    assert_eq!(
        sync_json(home.path(), "staff", &flag).status.code(),
        Some(6)
    );
    promtool_accepts(&metrics);
    let m = samples(&metrics);
    let status = &json(home.path(), &["sync", "status"])[0];
    let history = json(home.path(), &["sync", "history"]);
    assert_eq!(m["dbxprov_guard_stops_total{rule=\"staff\"}"], 1.0);
    assert_eq!(
        m["dbxprov_last_run_outcome{rule=\"staff\",outcome=\"stopped\"}"],
        1.0
    );
    for (state, key) in [
        ("synced", "success"),
        ("unsynced", "unsynced"),
        ("failed", "failed"),
    ] {
        let series = format!("dbxprov_users{{rule=\"staff\",state=\"{state}\"}}");
        assert_eq!(m[&series], status[key].as_f64().unwrap(), "{series}");
    }
    let requests: f64 = history
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["requests"].as_f64().unwrap())
        .sum();
    assert_eq!(m["dbxprov_requests_total{rule=\"staff\"}"], requests);
    let last_success = ops_time(&status["last_completed"]);
    assert_eq!(
        m["dbxprov_last_success_timestamp_seconds{rule=\"staff\"}"],
        last_success
    );
    assert_eq!(
        m["dbxprov_last_run_timestamp_seconds{rule=\"staff\"}"],
        ops_time(&status["last_sync"])
    );
}

/// Unix seconds of an RFC 3339 time in a JSON document.
fn ops_time(v: &serde_json::Value) -> f64 {
    let t = humantime::parse_rfc3339(v.as_str().unwrap()).unwrap();
    t.duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as f64
}

#[test]
fn the_log_file_gets_one_json_line_per_operation_and_one_per_run_readable_by_its_owner_only() {
    let emu = emulator();
    let home = tempfile::tempdir().unwrap();
    let log = home.path().join("ops.jsonl");
    let flag = ["--log-file", log.to_str().unwrap()];
    staff_rule_over(home.path(), &emu, CSV);
    assert!(sync_json(home.path(), "staff", &flag).status.success());
    let out = dbxprov(home.path())
        .args(["sync", "run", "staff", "--log-file", log.to_str().unwrap()])
        .env("DBXPROV_PROD_REFRESH_TOKEN", "revoked-token")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let lines: Vec<serde_json::Value> = std::fs::read_to_string(&log)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4, "{lines:?}");
    let users: Vec<&str> = lines[..2]
        .iter()
        .map(|l| l["user"].as_str().unwrap())
        .collect();
    assert_eq!(users, ["ann@example.com", "bob@example.com"]);
    for l in &lines[..2] {
        assert_eq!(
            (
                l["type"].as_str(),
                l["operation"].as_str(),
                l["result"].as_str(),
                l["run"].as_i64()
            ),
            (Some("operation"), Some("create"), Some("ok"), Some(1)),
            "{l}"
        );
        assert!(l["time"].as_str().unwrap().ends_with('Z'));
    }
    assert_eq!(lines[2]["type"], "run");
    assert_eq!(lines[2]["outcome"], "succeeded");
    assert_eq!(
        (
            lines[3]["type"].as_str(),
            lines[3]["outcome"].as_str(),
            lines[3]["run"].as_i64()
        ),
        (Some("run"), Some("failed"), Some(2))
    );
    assert!(
        lines[3]["error"].as_str().unwrap().contains("refused"),
        "{}",
        lines[3]
    );
    assert!(!std::fs::read_to_string(&log)
        .unwrap()
        .contains("revoked-token"));
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&log).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}

#[test]
fn a_run_whose_every_write_failed_is_told_by_counts_in_check_and_notifications_never_by_name() {
    let emu = emulator_with(dbx_emulator::Config {
        emails_on_other_teams: vec!["ann@example.com".into(), "bob@example.com".into()],
        ..dbx_emulator::Config::default()
    });
    let home = tempfile::tempdir().unwrap();
    let sink = crate::common::sinks::HttpSink::start(&[]);
    staff_rule_over(home.path(), &emu, CSV);
    dbxprov(home.path())
        .args(["notify", "add", "ops", "--webhook", &sink.url(), "-q"])
        .assert()
        .success();
    let out = sync_json(home.path(), "staff", &[]);
    assert_eq!(out.status.code(), Some(5), "{}", text(&out.stderr));
    let (code, line) = check(home.path(), &[], None);
    assert_eq!(code, 1, "{line}");
    assert!(line.contains("staff: last attempt failed: 2 users failed (`dbxprov sync status staff --users --state failed`)"), "{line}");
    let told = sink.received();
    assert_eq!(told.len(), 1);
    for said in [line, told[0].to_string()] {
        assert!(
            !said.contains("ann@example.com") && !said.contains("bob@example.com"),
            "{said}"
        );
    }
    assert!(
        told[0]["text"]
            .as_str()
            .unwrap()
            .contains("Failed: 2 (2 x the address belongs to a member of another Dropbox team"),
        "{}",
        told[0]
    );
}

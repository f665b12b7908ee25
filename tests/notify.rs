//! Notifications (issue 25): a webhook gets the documented JSON when a run fails, when
//! the guard stops one and when the rule recovers; a receiver that is down leaves the
//! run its own exit code and `sync status` shows the notification not delivered; a mail
//! reaches a real SMTP server (aiosmtpd) with the run's summary. Nothing secret and no
//! user's address ever leaves in one.

use std::path::Path;

use crate::common::sinks::{closed_port, HttpSink, SmtpSink};
use crate::common::*;

const CSV: &str = "email,given_name,surname,population\n\
                   ann@example.com,Ann,Lee,Staff\nbob@example.com,Bob,Ray,Staff\n";

fn add_webhook(home: &Path, name: &str, url: &str, extra: &[&str]) {
    dbxprov(home)
        .args(["notify", "add", name, "--webhook", url, "-q"])
        .args(extra)
        .assert()
        .success();
}

fn refused(home: &Path) -> std::process::Output {
    dbxprov(home)
        .args(["sync", "run", "staff"])
        .env("DBXPROV_PROD_REFRESH_TOKEN", "revoked-token")
        .output()
        .unwrap()
}

#[test]
fn a_failure_a_guard_stop_and_a_recovery_are_posted_as_the_documented_json() {
    let emu = emulator();
    let home = tempfile::tempdir().unwrap();
    let sink = HttpSink::start(&[]);
    staff_rule_over(home.path(), &emu, CSV);
    add_webhook(home.path(), "ops", &sink.url(), &[]);
    assert!(sync_json(home.path(), "staff", &[]).status.success());
    assert!(
        sink.received().is_empty(),
        "a success after none is not news"
    );
    assert_eq!(refused(home.path()).status.code(), Some(3));
    let got = sink.received();
    assert_eq!(got.len(), 1, "{got:?}");
    let n = &got[0];
    assert_eq!(n["event"], "failure");
    assert_eq!(
        (n["rule"].as_str(), n["connection"].as_str()),
        (Some("staff"), Some("prod"))
    );
    assert_eq!(
        (n["run_id"].as_i64(), n["outcome"].as_str()),
        (Some(2), Some("failed"))
    );
    assert_eq!(n["look_closer"], "dbxprov sync show 2");
    let text = n["text"].as_str().unwrap();
    assert!(
        text.starts_with("dbxprov: rule \"staff\" (outbound, connection \"prod\") failed: run 2"),
        "{text}"
    );
    assert!(
        text.contains("Why: ") && text.contains("Look closer: dbxprov sync show 2"),
        "{text}"
    );
    let all = n.to_string();
    for secret in ["revoked-token", "secret-path-token", REFRESH, SECRET] {
        assert!(!all.contains(secret), "{secret} in {all}");
    }
    // The same failure again is not told again until the rule is quarantined.
    assert_eq!(refused(home.path()).status.code(), Some(3));
    assert_eq!(sink.received().len(), 1);
    assert_eq!(refused(home.path()).status.code(), Some(3));
    let got = sink.received();
    assert_eq!(got.len(), 2);
    assert_eq!(got[1]["quarantine"]["failures"], 3, "{}", got[1]);
    let text = got[1]["text"].as_str().unwrap();
    assert!(text.contains("Quarantined: 3 runs in a row failed (credentials refused); `sync run --due` skips it until "), "{text}");
    assert!(sync_json(home.path(), "staff", &[]).status.success());
    let got = sink.received();
    assert_eq!(got.len(), 3);
    assert_eq!(
        (got[2]["event"].as_str(), got[2]["outcome"].as_str()),
        (Some("recovered"), Some("succeeded"))
    );
    // Stopped by the guard: its plan to approve.
    dbxprov(home.path())
        .args(["rule", "update", "staff", "--max-deletes", "0", "-q"])
        .assert()
        .success();
    leave_to(home.path(), "Former", &["bob@example.com"]);
    let out = sync_json(home.path(), "staff", &[]);
    assert_eq!(out.status.code(), Some(6));
    let run = stdout_json(&out)[0]["run_id"].as_i64().unwrap();
    let got = sink.received();
    assert_eq!(got.len(), 4);
    assert_eq!(got[3]["event"], "guard");
    assert_eq!(
        got[3]["look_closer"],
        format!("dbxprov sync show {run} (then `dbxprov sync approve {run}`)")
    );
    assert!(
        !got[3].to_string().contains("bob@example.com"),
        "no user's address: {}",
        got[3]
    );
}

#[test]
fn a_receiver_that_is_down_leaves_the_run_its_exit_code_and_sync_status_says_so() {
    let emu = emulator();
    let home = tempfile::tempdir().unwrap();
    staff_rule_over(home.path(), &emu, CSV);
    let down = format!("http://127.0.0.1:{}/hook", closed_port());
    add_webhook(home.path(), "ops", &down, &["--on", "failure,every-run"]);
    let out = dbxprov(home.path())
        .args(["-q", "sync", "run", "staff"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "the run's own code");
    let said = text(&out.stderr);
    assert!(said.starts_with("warning: the notification of run 1 to \"ops\" was not delivered after 3 attempt(s): the webhook request could not connect"), "{said}");
    let status = stdout_of(home.path(), &["sync", "status"]);
    assert!(
        status.contains("Rule \"staff\": notification to \"ops\" not delivered: run 1 at "),
        "{status}"
    );
    let v = json(home.path(), &["sync", "status"]);
    assert_eq!(v[0]["undelivered"][0]["attempts"], 3);
    assert_eq!(
        refused(home.path()).status.code(),
        Some(3),
        "a failed run keeps its own code too"
    );
    let list = json(home.path(), &["notify", "list"]);
    assert_eq!(list["undelivered"][0]["run_id"], 2);
    // `notify test` fails as a remote failure does (exit 4), naming the notifier.
    let out = dbxprov(home.path())
        .args(["notify", "test", "ops"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert!(text(&out.stderr).contains("notifier \"ops\": the notification was not delivered"));
}

#[test]
fn a_receiver_that_is_down_is_tried_once_per_command_not_once_per_rule() {
    let emu = emulator();
    let home = tempfile::tempdir().unwrap();
    staff_rule_over(home.path(), &emu, CSV);
    leave_to(home.path(), "Others", &["bob@example.com"]);
    outbound_rule(home.path(), "others", "Others");
    let down = format!("http://127.0.0.1:{}/hook", closed_port());
    add_webhook(home.path(), "ops", &down, &[]);
    let out = dbxprov(home.path())
        .args(["-q", "sync", "run", "--due"])
        .env("DBXPROV_PROD_REFRESH_TOKEN", "revoked-token")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let said = text(&out.stderr);
    assert!(
        said.contains("the notification of run 1 to \"ops\" was not delivered after 3 attempt(s)"),
        "{said}"
    );
    assert!(said.contains("the notification of run 2 to \"ops\" was not sent: the notification of run 1 was not delivered just before"), "{said}");
    let v = json(home.path(), &["sync", "status"]);
    let attempts: Vec<_> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r["undelivered"]
                .as_array()
                .map(|u| u[0]["attempts"].clone())
        })
        .collect();
    assert!(attempts.contains(&Some(serde_json::json!(0))), "{v}");
}

#[test]
fn a_receiver_that_fails_once_gets_the_notification_on_a_later_attempt() {
    let home = tempfile::tempdir().unwrap();
    let sink = HttpSink::start(&[503]);
    add_webhook(home.path(), "ops", &sink.url(), &[]);
    let v = json(home.path(), &["notify", "test", "ops"]);
    assert_eq!(v["attempts"], 2);
    let got = sink.received();
    assert_eq!(got.len(), 2);
    assert_eq!(got[1]["event"], "test");
}

#[test]
fn notifiers_are_listed_without_their_secret_and_removed_with_it() {
    let home = tempfile::tempdir().unwrap();
    add_webhook(
        home.path(),
        "ops",
        "https://hooks.example.com/services/T0/B0/XXXX",
        &["--on", "guard"],
    );
    let list = stdout_of(home.path(), &["notify", "list"]);
    assert!(
        list.contains("https://hooks.example.com/…") && !list.contains("XXXX"),
        "{list}"
    );
    let secrets = std::fs::read_to_string(home.path().join("secrets.json")).unwrap();
    assert!(
        secrets.contains("XXXX"),
        "the URL is kept in the secret store"
    );
    let out = dbxprov(home.path())
        .args([
            "notify",
            "add",
            "web",
            "--webhook",
            "http://hooks.example.com/secret-token",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        !text(&out.stderr).contains("secret-token"),
        "{}",
        text(&out.stderr)
    );
    dbxprov(home.path())
        .args(["notify", "remove", "ops", "--yes", "-q"])
        .assert()
        .success();
    let secrets = std::fs::read_to_string(home.path().join("secrets.json")).unwrap();
    assert!(!secrets.contains("XXXX"), "{secrets}");
    assert!(stdout_of(home.path(), &["notify", "list"]).starts_with("No notifiers"));
}

#[test]
#[ignore = "needs aiosmtpd (Debian package python3-aiosmtpd; .ci/run installs it)"]
fn a_mail_through_a_real_smtp_server_carries_the_runs_summary() {
    let emu = emulator();
    let home = tempfile::tempdir().unwrap();
    let mail_dir = tempfile::tempdir().unwrap();
    let smtp = SmtpSink::start(mail_dir.path());
    staff_rule_over(home.path(), &emu, CSV);
    dbxprov(home.path())
        .args([
            "notify",
            "add",
            "admins",
            "--smtp",
            &format!("smtp://127.0.0.1:{}", smtp.port),
        ])
        .args([
            "--to",
            "it@example.com,oncall@example.com",
            "--from",
            "dbxprov@example.com",
        ])
        .args(["--on", "every-run", "-q"])
        .assert()
        .success();
    assert!(sync_json(home.path(), "staff", &[]).status.success());
    let mails = smtp.mails();
    assert_eq!(mails.len(), 1, "{mails:?}");
    let mail = &mails[0];
    assert!(
        mail.contains("Subject: dbxprov: rule \"staff\" succeeded (run 1)"),
        "{mail}"
    );
    assert!(
        mail.contains("To: it@example.com, oncall@example.com"),
        "{mail}"
    );
    assert!(mail.contains("Applied: create 2."), "{mail}");
    assert!(mail.contains("Look closer: dbxprov sync show 1"), "{mail}");
    assert!(
        !mail.contains("ann@example.com"),
        "no user's address: {mail}"
    );
}

#[test]
#[ignore = "needs aiosmtpd (Debian package python3-aiosmtpd; .ci/run installs it)"]
fn a_mail_goes_over_tls_to_a_server_whose_ca_is_given_and_nowhere_else() {
    let home = tempfile::tempdir().unwrap();
    let tls_dir = tempfile::tempdir().unwrap();
    let smtp = SmtpSink::start_smtps(tls_dir.path());
    let url = format!("smtps://127.0.0.1:{}", smtp.port);
    let add = |name: &str, ca: Option<&Path>| {
        let mut cmd = dbxprov(home.path());
        cmd.args([
            "notify",
            "add",
            name,
            "--smtp",
            &url,
            "--to",
            "it@example.com",
            "-q",
        ]);
        if let Some(ca) = ca {
            cmd.arg("--ca-file").arg(ca);
        }
        cmd.assert().success();
    };
    add("untrusting", None);
    let out = dbxprov(home.path())
        .args(["notify", "test", "untrusting"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(4),
        "a certificate no root vouches for"
    );
    assert!(smtp.mails().is_empty());
    add("internal", Some(&tls_dir.path().join("ca.pem")));
    let out = dbxprov(home.path())
        .args(["notify", "test", "internal"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let mails = smtp.mails();
    assert_eq!(mails.len(), 1);
    assert!(
        mails[0].contains("Subject: dbxprov: test of notifier \"internal\""),
        "{}",
        mails[0]
    );
}

#[test]
fn a_server_that_accepts_and_never_answers_costs_the_bounded_attempts_not_the_run() {
    // An SMTP server that never greets: lettre bounds only the connect; each attempt as
    // a whole is bounded (by 10 s in use; the tests' retry scale shortens it).
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = silent.local_addr().unwrap().port();
    let home = tempfile::tempdir().unwrap();
    dbxprov(home.path())
        .args([
            "notify",
            "add",
            "mute",
            "--smtp",
            &format!("smtp://127.0.0.1:{port}"),
        ])
        .args(["--to", "it@example.com", "-q"])
        .assert()
        .success();
    let out = dbxprov(home.path())
        .args(["notify", "test", "mute"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert!(
        text(&out.stderr).contains("no answer within"),
        "{}",
        text(&out.stderr)
    );
    drop(silent);
}

#[test]
fn a_guard_stop_waiting_for_approval_is_told_once_not_every_tick() {
    let emu = emulator();
    let home = tempfile::tempdir().unwrap();
    let sink = HttpSink::start(&[]);
    staff_rule_over(home.path(), &emu, CSV);
    assert!(sync_json(home.path(), "staff", &[]).status.success());
    add_webhook(home.path(), "ops", &sink.url(), &[]);
    dbxprov(home.path())
        .args(["rule", "update", "staff", "--max-deletes", "0", "-q"])
        .assert()
        .success();
    leave_to(home.path(), "Former", &["bob@example.com"]);
    for _ in 0..3 {
        assert_eq!(sync_json(home.path(), "staff", &[]).status.code(), Some(6));
    }
    let events: Vec<_> = sink.received().iter().map(|n| n["event"].clone()).collect();
    assert_eq!(events, ["guard"], "one stop, one notification");
}

#[test]
fn a_notifier_whose_secret_is_gone_fails_alone_and_is_recorded() {
    let emu = emulator();
    let home = tempfile::tempdir().unwrap();
    let sink = HttpSink::start(&[]);
    staff_rule_over(home.path(), &emu, CSV);
    add_webhook(home.path(), "broken", &sink.url(), &["--on", "every-run"]);
    add_webhook(home.path(), "good", &sink.url(), &["--on", "every-run"]);
    let path = home.path().join("secrets.json");
    let mut secrets: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let entries = secrets.as_object_mut().unwrap();
    let key = entries
        .keys()
        .find(|k| k.contains("broken"))
        .cloned()
        .expect("its entry");
    entries.remove(&key);
    std::fs::write(&path, secrets.to_string()).unwrap();
    let out = dbxprov(home.path())
        .args(["sync", "run", "staff"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(sink.received().len(), 1, "the good notifier is told");
    let list = json(home.path(), &["notify", "list"]);
    let failed = &list["undelivered"][0];
    assert_eq!(
        (failed["notifier"].as_str(), failed["attempts"].as_i64()),
        (Some("broken"), Some(0))
    );
    assert!(
        failed["error"]
            .as_str()
            .unwrap()
            .contains("its secret could not be read"),
        "{failed}"
    );
}

#[test]
fn an_override_off_https_is_refused_when_sending_too() {
    let home = tempfile::tempdir().unwrap();
    add_webhook(
        home.path(),
        "ops",
        "https://hooks.example.com/services/T0/B0/XXXX",
        &[],
    );
    let out = dbxprov(home.path())
        .args(["notify", "test", "ops"])
        .env(
            "DBXPROV_NOTIFY_OPS_SECRET",
            "http://192.0.2.2:47005/cleartext",
        )
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    let said = text(&out.stderr);
    assert!(
        said.contains("must be https") && !said.contains("cleartext"),
        "{said}"
    );
}

#[test]
fn a_run_killed_before_it_could_tell_is_told_by_the_next_one() {
    let emu = emulator_with(dbx_emulator::Config {
        latency: std::time::Duration::from_millis(20),
        ..dbx_emulator::Config::default()
    });
    let home = tempfile::tempdir().unwrap();
    let sink = HttpSink::start(&[]);
    let mut csv = String::from("email,given_name,surname,population\n");
    for i in 0..300 {
        csv.push_str(&format!("p{i}@example.com,G{i},S{i},Staff\n"));
    }
    staff_rule_over(home.path(), &emu, &csv);
    add_webhook(home.path(), "ops", &sink.url(), &[]);
    let mut killed = std_dbxprov(home.path())
        .args(["sync", "run", "staff", "--concurrency", "1", "-q"])
        .spawn()
        .unwrap();
    while emu.stats().count("/2/team/members/add_v2") < 2 {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    killed.kill().unwrap();
    killed.wait().unwrap();
    assert!(sink.received().is_empty(), "killed: it told no one");
    assert!(sync_json(home.path(), "staff", &[]).status.success());
    let got: Vec<_> = sink
        .received()
        .iter()
        .map(|n| {
            (
                n["event"].clone(),
                n["run_id"].clone(),
                n["outcome"].clone(),
            )
        })
        .collect();
    let want = [("failure", 1, "interrupted"), ("recovered", 2, "succeeded")];
    let want: Vec<_> = want
        .iter()
        .map(|(e, r, o)| {
            (
                serde_json::json!(e),
                serde_json::json!(r),
                serde_json::json!(o),
            )
        })
        .collect();
    assert_eq!(got, want);
    // Told once: the next command does not tell it again.
    assert!(sync_json(home.path(), "staff", &[]).status.success());
    assert_eq!(sink.received().len(), 2);
}

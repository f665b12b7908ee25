//! The SQLite store under concurrency: processes started together on a fresh home.

use crate::common::*;
use tempfile::TempDir;

fn integrity(home: &std::path::Path) -> String {
    dbxprov::store::Store::open(home)
        .unwrap()
        .integrity_check()
        .unwrap()
}

#[test]
fn two_creates_at_once_on_a_fresh_home_both_succeed() {
    // Two teams: a team has one connection.
    let teams = [emulator(), team_emulator("dbtid:AAbeta")];
    for round in 0..5 {
        let home = TempDir::new().unwrap();
        let home = home.path().join("fresh"); // not even the directory exists yet
        let children: Vec<_> = ["alpha", "beta"]
            .iter()
            .zip(&teams)
            .map(|(name, emu)| {
                let mut cmd = std_dbxprov(&home);
                cmd.args(["connection", "create", name, "--client-id", CLIENT_ID])
                    .args(["--service-uri", &emu.service_uri()])
                    .args(["--token-endpoint", &emu.token_endpoint()])
                    .env("DBXPROV_CLIENT_SECRET", SECRET)
                    .env("DBXPROV_REFRESH_TOKEN", REFRESH)
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped());
                cmd.spawn().unwrap()
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert!(out.status.success(), "round {round}: {}", text(&out.stderr));
        }
        assert_eq!(integrity(&home), "ok");
        let out = dbxprov(&home)
            .args(["connection", "list", "--json"])
            .output()
            .unwrap();
        let names: Vec<_> = stdout_json(&out)
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["name"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(names, ["alpha", "beta"]);
    }
}

#[test]
fn two_creates_of_one_name_leave_the_winners_secrets() {
    for round in 0..5 {
        let home = TempDir::new().unwrap();
        let home = home.path().join("fresh");
        let children: Vec<_> = ["A", "B"]
            .iter()
            .map(|who| {
                let mut cmd = std_dbxprov(&home);
                cmd.args([
                    "connection",
                    "create",
                    "prod",
                    "--client-id",
                    "key",
                    "--no-test",
                ])
                .args(["--description", who])
                .env("DBXPROV_CLIENT_SECRET", format!("secret-{who}"))
                .env("DBXPROV_REFRESH_TOKEN", format!("refresh-{who}"))
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped());
                cmd.spawn().unwrap()
            })
            .collect();
        let outputs: Vec<_> = children
            .into_iter()
            .map(|c| c.wait_with_output().unwrap())
            .collect();
        let winners = outputs.iter().filter(|o| o.status.success()).count();
        assert_eq!(winners, 1, "round {round}: exactly one create wins");
        let loser = outputs.iter().find(|o| !o.status.success()).unwrap();
        assert_eq!(loser.status.code(), Some(1));
        assert!(
            text(&loser.stderr).contains("already exists"),
            "{}",
            text(&loser.stderr)
        );
        assert_eq!(integrity(&home), "ok");
        let out = dbxprov(&home)
            .args(["connection", "show", "prod", "--json"])
            .output()
            .unwrap();
        let who = stdout_json(&out)["description"]
            .as_str()
            .unwrap()
            .to_string();
        let secrets: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(home.join("secrets.json")).unwrap())
                .unwrap();
        assert_eq!(secrets["prod"]["client-secret"], format!("secret-{who}"));
        assert_eq!(secrets["prod"]["refresh-token"], format!("refresh-{who}"));
    }
}

/// A home with connection "prod" to `emu`.
fn home_with_a_connection(emu: &Emulator) -> TempDir {
    let home = TempDir::new().unwrap();
    create(home.path(), emu, "prod")
        .arg("-q")
        .assert()
        .success();
    home
}

fn chmod(path: &std::path::Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// `connection list` in `home`: it must be refused (exit 1, nothing on stdout) with
/// `said` in its words.
fn refused(home: &std::path::Path, said: &[&str]) {
    let out = dbxprov(home).args(["connection", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty(), "nothing read: {}", text(&out.stdout));
    let stderr = text(&out.stderr);
    for s in said {
        assert!(stderr.contains(s), "{s:?} in {stderr}");
    }
}

#[test]
fn a_home_or_database_others_can_write_is_refused_until_made_private() {
    let emu = emulator();
    let home = home_with_a_connection(&emu);
    let home = home.path();
    chmod(home, 0o777);
    refused(home, &["others can write to it (mode 777)", "chmod go-w"]);
    chmod(home, 0o700);
    chmod(&home.join("dbxprov.db"), 0o666);
    refused(home, &["dbxprov.db", "others can write to it (mode 666)"]);
    chmod(&home.join("dbxprov.db"), 0o600);
    dbxprov(home)
        .args(["connection", "list", "-q"])
        .assert()
        .success();
}

#[test]
fn an_empty_database_is_refused_not_started_afresh() {
    let emu = emulator();
    let home = home_with_a_connection(&emu);
    let home = home.path();
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(home.join(format!("dbxprov.db{suffix}")));
    }
    std::fs::File::create(home.join("dbxprov.db")).unwrap();
    refused(home, &["is empty", "restore it from a backup"]);
    // cron sees it too, never a silent exit 0 over nothing.
    let out = dbxprov(home)
        .args(["-q", "sync", "run", "--all"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
}

#[test]
#[ignore = "needs root to give a file to another user: run by .ci/run"]
fn a_home_or_database_of_another_user_is_refused() {
    let emu = emulator();
    let home = home_with_a_connection(&emu);
    let home = home.path();
    let chown =
        |path: &std::path::Path, uid: u32| std::os::unix::fs::chown(path, Some(uid), None).unwrap();
    let me = std::fs::metadata(home)
        .map(|m| std::os::unix::fs::MetadataExt::uid(&m))
        .unwrap();
    chown(&home.join("dbxprov.db"), 65534);
    refused(
        home,
        &["dbxprov.db", "belongs to another user (uid 65534)", "chown"],
    );
    chown(&home.join("dbxprov.db"), me);
    chown(home, 65534);
    refused(home, &["belongs to another user (uid 65534)"]);
    chown(home, me);
    dbxprov(home)
        .args(["connection", "list", "-q"])
        .assert()
        .success();
}

#[test]
#[ignore = "needs root to run dbxprov as another user: run by .ci/run"]
fn a_home_that_cannot_be_written_is_read_by_commands_that_only_read() {
    use std::os::unix::process::CommandExt;
    let emu = emulator();
    let home = home_with_a_connection(&emu);
    let home = home.path();
    dbxprov(home).args(["sync", "history"]).assert().success();
    // A frozen home (a backup copy, a read-only mount) of user nobody, read by nobody.
    for entry in std::fs::read_dir(home).unwrap().flatten() {
        std::os::unix::fs::chown(entry.path(), Some(65534), Some(65534)).unwrap();
        chmod(&entry.path(), 0o400);
    }
    std::os::unix::fs::chown(home, Some(65534), Some(65534)).unwrap();
    chmod(home, 0o500);
    let as_nobody = |args: &[&str]| {
        let mut cmd = std_dbxprov(home);
        cmd.uid(65534).gid(65534).args(args);
        cmd.env("DBXPROV_SECRET_STORE", "file").output().unwrap()
    };
    for args in [
        &["connection", "list"][..],
        &["sync", "status"],
        &["sync", "history"],
        &["rule", "list"],
    ] {
        let out = as_nobody(args);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            text(&out.stderr)
        );
    }
    assert!(text(&as_nobody(&["connection", "list"]).stdout).contains("prod"));
    // A copy with the log but not its index: said, with the way out.
    std::fs::write(home.join("dbxprov.db-wal"), [7u8; 64]).unwrap();
    let out = as_nobody(&["sync", "status"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("without its index"),
        "{}",
        text(&out.stderr)
    );
    std::fs::remove_file(home.join("dbxprov.db-wal")).unwrap();
    let out = as_nobody(&["directory", "population", "create", "Staff"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("cannot write the dbxprov home"),
        "{}",
        text(&out.stderr)
    );
    let names: Vec<_> = std::fs::read_dir(home)
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert!(
        !names.iter().any(|n| n == "locks"),
        "nothing created: {names:?}"
    );
}

#[test]
fn commands_that_only_read_create_no_home() {
    let parent = TempDir::new().unwrap();
    let home = parent.path().join("mistyped");
    for args in [
        &["sync", "status"][..],
        &["sync", "history"],
        &["rule", "list"],
    ] {
        let out = dbxprov(&home).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(
            text(&out.stderr).contains("there is no dbxprov home at"),
            "{}",
            text(&out.stderr)
        );
    }
    assert!(!home.exists());
}

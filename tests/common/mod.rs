//! Helpers shared by the integration tests: the real `dbxprov` binary with a clean
//! environment, and the emulator on 127.0.0.1.

#![allow(dead_code)] // each test crate uses a different part of this module

pub mod ldap;
pub mod pty;
pub mod sinks;
pub mod slapd;

use std::path::Path;

use assert_cmd::Command;
use dbx_emulator::{Config, EmulatorHandle};

pub const SECRET: &str = "dbxemu-app-secret";
pub const REFRESH: &str = "dbxemu-refresh-token";
pub const CLIENT_ID: &str = "dbxemu-app-key";

/// The emulator a test talks to (an [`EmulatorHandle`] by `Deref`). When it goes away at
/// the end of a test that did not fail otherwise, it checks that no request was refused
/// as malformed (a 400): a correct client never sends one, so every test that runs
/// dbxprov against the emulator proves it.
pub struct Emulator {
    handle: Option<EmulatorHandle>,
}

impl std::ops::Deref for Emulator {
    type Target = EmulatorHandle;
    fn deref(&self) -> &EmulatorHandle {
        self.handle
            .as_ref()
            .expect("the emulator runs until dropped")
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        let Some(handle) = self.handle.take() else {
            return;
        };
        let malformed = handle.stats().malformed;
        // Stopped first: a failed assertion must not leave its server behind.
        drop(handle);
        if !std::thread::panicking() {
            assert_eq!(
                malformed, 0,
                "the emulator answered {malformed} requests 400"
            );
        }
    }
}

pub fn emulator() -> Emulator {
    emulator_with(Config::default())
}

pub fn emulator_with(config: Config) -> Emulator {
    let handle = dbx_emulator::spawn(config, 0).expect("the emulator starts on 127.0.0.1");
    Emulator {
        handle: Some(handle),
    }
}

/// An emulator of an SSO team: new members are active at once (so they can be
/// suspended, and counted by the deletion guard).
/// An emulator of another team than the default one (a team has one connection).
pub fn team_emulator(team_id: &str) -> Emulator {
    emulator_with(Config {
        team_id: team_id.into(),
        ..Config::default()
    })
}

pub fn active_emulator() -> Emulator {
    emulator_with(Config {
        invites_accepted_immediately: true,
        ..Config::default()
    })
}

/// [`active_emulator`] whose 429s ask to wait five minutes: longer than any retry
/// budget, so a call a storm hits fails its item (storms are started with
/// `set_rate_limited_routes`).
pub fn storm_ready_emulator() -> Emulator {
    emulator_with(Config {
        invites_accepted_immediately: true,
        retry_after_secs: 300,
        ..Config::default()
    })
}

/// `sync run RULE --json` with `extra` arguments.
pub fn sync_json(home: &Path, rule: &str, extra: &[&str]) -> std::process::Output {
    dbxprov(home)
        .args(["sync", "run", rule, "--json"])
        .args(extra)
        .output()
        .unwrap()
}

/// How much faster than in use the binary's retry policy waits in tests
/// (`DBXPROV_TEST_RETRY_SCALE`): backoff, `Retry-After`, job and lock polls.
pub const RETRY_SCALE: f64 = 0.01;

/// The binary with nothing of the caller's environment that could change its behaviour,
/// secrets in the file store of `home`, its retry waits shortened by [`RETRY_SCALE`].
pub fn dbxprov(home: &Path) -> Command {
    Command::from_std(std_dbxprov(home))
}

/// [`dbxprov`] as a `std::process::Command`, for tests that talk to a running process.
pub fn std_dbxprov(home: &Path) -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_dbxprov"));
    for (key, _) in std::env::vars() {
        if key.starts_with("DBXPROV_") {
            cmd.env_remove(key);
        }
    }
    cmd.arg("--home")
        .arg(home)
        .env("RUST_LIB_BACKTRACE", "0")
        .env("NO_COLOR", "1")
        .env("DBXPROV_SECRET_STORE", "file")
        .env("DBXPROV_TEST_RETRY_SCALE", RETRY_SCALE.to_string());
    cmd
}

/// `connection create NAME` against `emu` with the emulator's own credentials.
pub fn create(home: &Path, emu: &EmulatorHandle, name: &str) -> Command {
    let mut cmd = dbxprov(home);
    cmd.args(["connection", "create", name, "--client-id", CLIENT_ID])
        .args(["--service-uri", &emu.service_uri()])
        .args(["--token-endpoint", &emu.token_endpoint()])
        .env("DBXPROV_CLIENT_SECRET", SECRET)
        .env("DBXPROV_REFRESH_TOKEN", REFRESH);
    cmd
}

/// Every file under `dir`, at any depth.
pub fn files_under(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            match path.is_dir() {
                true => dirs.push(path),
                false => files.push(path),
            }
        }
    }
    files
}

/// What a command that succeeds prints on stdout, as text (its human output).
pub fn stdout_of(home: &Path, args: &[&str]) -> String {
    let out = dbxprov(home).args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
    text(&out.stdout)
}

/// A `--json` command that succeeds, and its answer.
pub fn json(home: &Path, args: &[&str]) -> serde_json::Value {
    let out = dbxprov(home).arg("--json").args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
    stdout_json(&out)
}

pub fn stdout_json(output: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}",
            String::from_utf8_lossy(&output.stdout)
        )
    })
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// `directory import` of `csv` from stdin, creating the populations it names.
pub fn import_csv(home: &Path, csv: &str) {
    import_csv_with(home, csv, &["--create-populations"]);
}

/// `directory import` of `csv` from stdin, with `flags` (`--replace`, ...), quietly.
pub fn import_csv_with(home: &Path, csv: &str, flags: &[&str]) {
    dbxprov(home)
        .args(["directory", "import", "-", "--format", "csv", "-q"])
        .args(flags)
        .write_stdin(csv.to_string())
        .assert()
        .success();
}

/// `rule create outbound NAME --connection prod --population POPULATION`.
pub fn outbound_rule(home: &Path, name: &str, population: &str) {
    dbxprov(home)
        .args(["rule", "create", "outbound", name, "--connection", "prod"])
        .args(["--population", population, "-q"])
        .assert()
        .success();
}

/// Connection "prod" to `emu`, the users of `csv`, and rule "staff" over population
/// Staff: the start of most runs' tests.
/// Moves directory user `email` into population `population` (which exists).
pub fn move_to(home: &Path, email: &str, population: &str) {
    dbxprov(home)
        .args([
            "directory",
            "user",
            "set",
            email,
            "--population",
            population,
            "-q",
        ])
        .assert()
        .success();
}

/// Moves these directory users into population `population`, created first: out of the
/// scope of a rule of another population.
pub fn leave_to(home: &Path, population: &str, emails: &[&str]) {
    dbxprov(home)
        .args(["directory", "population", "create", population, "-q"])
        .assert()
        .success();
    for email in emails {
        move_to(home, email, population);
    }
}

pub fn staff_rule_over(home: &Path, emu: &EmulatorHandle, csv: &str) {
    create(home, emu, "prod").arg("-q").assert().success();
    import_csv(home, csv);
    outbound_rule(home, "staff", "Staff");
}

/// The binary with `args`, under `sh -c` setting the pseudo-terminal it is spawned in to
/// `cols` columns (a fresh one has no size); for rexpect's `spawn_command`.
pub fn in_a_terminal(home: &Path, cols: u16, args: &[&str]) -> std::process::Command {
    let mut cmd = std::process::Command::new("sh");
    cmd.args([
        "-c",
        &format!("stty cols {cols} rows 40; exec \"$0\" \"$@\""),
    ])
    .arg(env!("CARGO_BIN_EXE_dbxprov"))
    .args(["--home"])
    .arg(home)
    .args(args)
    .env("DBXPROV_SECRET_STORE", "file")
    .env("NO_COLOR", "1")
    .env("TERM", "xterm")
    // The width is the terminal's set here, not a COLUMNS the caller's shell exported.
    .env_remove("COLUMNS");
    cmd
}

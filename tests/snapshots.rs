//! The CLI's surface as people see it, in insta snapshots under `tests/snapshots/`: the
//! `--help` of every command and subcommand of the real binary, and the main human outputs
//! against the emulator (a dry-run plan, a run, `sync status`, `sync show`, errors).
//!
//! A changed output fails the test; review and accept it with `cargo insta review` (or
//! `INSTA_UPDATE=always cargo test --test runner snapshots::` and read the diff). `.ci/run` sets
//! `INSTA_UPDATE=no`, so a mismatch fails there without writing `.snap.new` files.

use std::collections::BTreeSet;
use std::path::Path;

use crate::common::*;
use clap::CommandFactory;
use dbx_emulator::EmulatorHandle;
use tempfile::TempDir;

/// Every command path of the CLI, the root (`[]`) first, from clap's own tree.
fn command_paths() -> Vec<Vec<String>> {
    fn walk(cmd: &clap::Command, prefix: &[String], out: &mut Vec<Vec<String>>) {
        out.push(prefix.to_vec());
        for sub in cmd.get_subcommands() {
            let mut path = prefix.to_vec();
            path.push(sub.get_name().to_string());
            walk(sub, &path, out);
        }
    }
    let mut out = Vec::new();
    walk(&dbxprov::cli::Cli::command(), &[], &mut out);
    out
}

fn help_snapshot_name(path: &[String]) -> String {
    if path.is_empty() {
        "help".to_string()
    } else {
        format!("help_{}", path.join("_").replace('-', "_"))
    }
}

/// The binary as the help snapshots run it: a fixed width, no colour, no backtrace.
fn help_of(home: &Path, path: &[String]) -> String {
    let out = dbxprov(home)
        .args(path)
        .arg("--help")
        .env("COLUMNS", "100")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{path:?} --help: {}",
        text(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{path:?} --help: {}",
        text(&out.stderr)
    );
    text(&out.stdout)
}

#[test]
fn help_of_every_command() {
    let home = TempDir::new().unwrap();
    let paths = command_paths();
    assert!(
        paths.len() > 40,
        "the walk finds the whole tree: {}",
        paths.len()
    );
    let mut names = BTreeSet::new();
    for path in &paths {
        let name = help_snapshot_name(path);
        assert!(names.insert(name.clone()), "two commands share {name}");
        let mut settings = insta::Settings::clone_current();
        settings.set_description(format!("dbxprov {} --help", path.join(" ")).replace("  ", " "));
        settings.set_omit_expression(true);
        settings.bind(|| insta::assert_snapshot!(name, help_of(home.path(), path)));
    }
    // A command that was removed leaves no snapshot behind.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let orphans: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.unwrap().file_name().into_string().ok())
        .filter_map(|f| {
            f.strip_prefix("snapshots__")?
                .strip_suffix(".snap")
                .map(str::to_string)
        })
        .filter(|n| n.starts_with("help") && !names.contains(n))
        .collect();
    assert!(
        orphans.is_empty(),
        "help snapshots of no command: {orphans:?}"
    );
}

// ---------------------------------------------------------------------------------------
// Human outputs against the emulator.

/// What changes from one run to the next: temporary paths, ports, times, durations, ids.
fn filters(home: &Path) -> Vec<(String, String)> {
    let home = regex_escape(&home.display().to_string());
    [
        (home.as_str(), "[HOME]"),
        (r"127\.0\.0\.1:\d+", "127.0.0.1:[PORT]"),
        // Times keep their width, so that tables stay aligned.
        (r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", "YYYY-MM-DDThh:mm:ssZ"),
        (r"\bin \d+(\.\d+)? (ms|s)\b", "in [DURATION]"),
        (r"dbmid:[A-Za-z0-9_-]+", "dbmid:[ID]"),
        (r"\bu-[a-z0-9]{16}\b", "u-[ID]"),
        (r"\(pid \d+\)", "(pid [PID])"),
    ]
    .into_iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect()
}

fn regex_escape(s: &str) -> String {
    s.chars()
        .flat_map(|c| {
            let special = "\\.+*?()|[]{}^$#&-~".contains(c);
            special.then_some('\\').into_iter().chain([c])
        })
        .collect()
}

/// Exit code, stdout and stderr of one command, for a snapshot.
fn shown(out: &std::process::Output) -> String {
    format!(
        "exit code: {}\n--- stdout\n{}--- stderr\n{}",
        out.status.code().map_or("none".into(), |c| c.to_string()),
        text(&out.stdout),
        text(&out.stderr)
    )
}

/// What `dbxprov ARGS` prints on a terminal `columns` wide (a pseudo-terminal).
fn in_terminal(home: &Path, args: &[&str], columns: u16) -> String {
    let mut cmd = std_dbxprov(home);
    cmd.args(args)
        .env("COLUMNS", columns.to_string())
        .env("NO_COLOR", "1");
    let mut p = rexpect::session::spawn_command(cmd, Some(20_000)).unwrap();
    p.exp_eof().unwrap().replace('\r', "")
}

fn run(home: &Path, args: &[&str]) -> std::process::Output {
    dbxprov(home).args(args).output().unwrap()
}

const DIRECTORY: &str = "email,given_name,surname,enabled,population\n\
    ann@example.com,Ann,Lee,true,Staff\n\
    bob@example.com,Bob,Ray,true,Staff\n\
    cy@example.com,Cy,Oh,false,Staff\n";

/// A connection to `emu`, three users of population Staff (one disabled), rule "staff".
fn setup(home: &Path, emu: &EmulatorHandle) {
    create(home, emu, "prod").arg("-q").assert().success();
    dbxprov(home)
        .args(["directory", "import", "-", "--format", "csv"])
        .args(["--create-populations", "-q"])
        .write_stdin(DIRECTORY)
        .assert()
        .success();
    dbxprov(home)
        .args([
            "rule",
            "create",
            "outbound",
            "staff",
            "--connection",
            "prod",
            "-q",
        ])
        .args(["--population", "Staff"])
        .assert()
        .success();
}

#[test]
fn sync_outputs() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    setup(home.path(), &emu);
    let mut settings = insta::Settings::clone_current();
    settings.set_omit_expression(true);
    for (pattern, replacement) in filters(home.path()) {
        settings.add_filter(&pattern, replacement);
    }
    settings.bind(|| {
        // One snapshot of `dbxprov ARGS` (described as such, the home left out).
        let check = |name: &str, args: &[&str]| {
            let mut described = insta::Settings::clone_current();
            let line = format!("dbxprov {}", args.join(" "));
            let home_shown = home.path().display().to_string();
            described.set_description(line.replace(&home_shown, "[HOME]"));
            let out = shown(&run(home.path(), args));
            described.bind(|| insta::assert_snapshot!(name, out));
        };
        check("sync_run_dry_run", &["sync", "run", "staff", "--dry-run"]);
        check("sync_run", &["sync", "run", "staff"]);
        check("sync_status", &["sync", "status"]);
        // On a terminal 60 columns wide: headers stay whole.
        let narrow = |args: &[&str]| in_terminal(home.path(), args, 60);
        insta::assert_snapshot!("sync_status_60_columns", narrow(&["sync", "status"]));
        insta::assert_snapshot!(
            "sync_status_users_60_columns",
            narrow(&["sync", "status", "--users"])
        );
        check("sync_show", &["sync", "show", "1"]);
        // A rename in the directory: old -> new in the dry run and the journal.
        dbxprov(home.path())
            .args(["directory", "user", "set", "ann@example.com"])
            .args(["--given-name", "Anna", "-q"])
            .assert()
            .success();
        check(
            "sync_run_dry_run_rename",
            &["sync", "run", "staff", "--dry-run"],
        );
        check(
            "sync_explain",
            &["sync", "explain", "staff", "ann@example.com"],
        );
        check(
            "sync_run_user_dry_run",
            &[
                "sync",
                "run",
                "staff",
                "--user",
                "ann@example.com",
                "--dry-run",
            ],
        );
        run(home.path(), &["sync", "run", "staff", "-q"]);
        check("sync_show_rename", &["sync", "show", "2"]);

        // Errors.
        check("error_unknown_rule", &["sync", "run", "nosuch"]);
        // A limit of 0 stops a run that would suspend Bob, who left the scope.
        for args in [
            &["rule", "update", "staff", "--max-deletes", "0"][..],
            &["directory", "population", "create", "Contractors"],
            &["directory", "user", "set", "bob@example.com"],
        ] {
            let mut cmd = dbxprov(home.path());
            cmd.args(args).arg("-q");
            if args[2] == "set" {
                cmd.args(["--population", "Contractors"]);
            }
            cmd.assert().success();
        }
        check("error_guard_stop", &["sync", "run", "staff"]);
        check("sync_history_awaiting_approval", &["sync", "history"]);
        check("sync_approve", &["sync", "approve", "3", "--yes"]);
        check("sync_undo_dry_run", &["sync", "undo", "4", "--dry-run"]);
        std::fs::write(
            home.path().join("bad.csv"),
            "email,given_name,surname,enabled\n\
             dee@example.com,Dee,Ng,maybe\n\
             josé@example.com,Jo,Se,true\n\
             dee@example.com,Dee,Again,true\n\
             eve@example.com,Eve\n",
        )
        .unwrap();
        let bad = home.path().join("bad.csv");
        check(
            "error_bad_csv_import",
            &["directory", "import", bad.to_str().unwrap()],
        );
    });
}

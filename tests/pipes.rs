//! Output that survives pipes (issue 11): a reader that stops early (`dbxprov ... | head`)
//! ends the command quietly with exit 0, never a panic or an error. The real binary,
//! its stdout read a little and then closed, many times over (the race between a write
//! and the close must never show).

use std::io::Read;
use std::path::Path;
use std::process::Stdio;

use crate::common::*;
use tempfile::TempDir;

/// Runs `args`, reads `keep` bytes of its stdout, closes it, and returns the exit
/// status and stderr.
fn read_a_little(home: &Path, args: &[&str], keep: usize) -> (Option<i32>, String) {
    let mut child = std_dbxprov(home)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut buf = vec![0u8; keep];
    stdout.read_exact(&mut buf).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    (out.status.code(), text(&out.stderr))
}

#[test]
fn a_reader_that_stops_early_ends_the_command_quietly_every_time() {
    // Enough users that each output is larger than a pipe's buffer (64 KiB).
    let emu = emulator_with(dbx_emulator::Config {
        num_licensed_users: 5000,
        ..dbx_emulator::Config::default()
    });
    let home = TempDir::new().unwrap();
    let mut csv = String::from("email,population\n");
    for i in 0..3000 {
        csv.push_str(&format!("person{i}@example.com,Staff\n"));
    }
    create(home.path(), &emu, "prod")
        .arg("-q")
        .assert()
        .success();
    import_csv(home.path(), &csv);
    outbound_rule(home.path(), "staff", "Staff");
    dbxprov(home.path())
        .args(["sync", "run", "staff", "-q"])
        .assert()
        .success();
    let commands: [(&[&str], usize); 4] = [
        (&["sync", "status", "--users"], 20),
        (&["sync", "status", "staff", "--users"], 20),
        (&["directory", "export"], 20),
        (&["--json", "directory", "user", "list"], 10),
    ];
    for (args, keep) in commands {
        for round in 0..50 {
            let (code, stderr) = read_a_little(home.path(), args, keep);
            assert_eq!(code, Some(0), "{args:?}, round {round}: {stderr}");
            assert_eq!(stderr, "", "{args:?}, round {round}");
        }
    }
}

#[test]
fn on_a_narrow_terminal_each_user_is_one_line_and_the_member_id_goes_before_the_email() {
    let emu = emulator();
    let home = TempDir::new().unwrap();
    staff_rule_over(
        home.path(),
        &emu,
        "email,population\nann@example.com,Staff\nbartholomew.longname@example.com,Staff\n",
    );
    dbxprov(home.path())
        .args(["sync", "run", "staff", "-q"])
        .assert()
        .success();
    let cmd = in_a_terminal(home.path(), 60, &["sync", "status", "staff", "--users"]);
    let mut p = rexpect::session::spawn_command(cmd, Some(30_000)).unwrap();
    let screen = p.exp_eof().unwrap();
    let lines: Vec<&str> = screen.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(lines.len(), 3, "a header and a line per user: {screen}");
    assert!(lines.iter().all(|l| l.chars().count() <= 60), "{screen}");
    // Member ids (44 characters) and the empty error column are left out; the emails
    // stay whole, and no header is split.
    assert!(!screen.contains("dbmid:"), "{screen}");
    assert!(
        lines[2].contains("bartholomew.longname@example.com"),
        "{screen}"
    );
    assert!(
        lines[0].split_whitespace().eq(["USER", "STATE", "MEMBER"]),
        "{screen}"
    );
}

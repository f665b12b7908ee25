//! Progress (issue 11): a sync run in a pseudo-terminal draws a bar with a rate on
//! stderr; the same run with stdout and stderr redirected to files writes no escape
//! sequences and no carriage returns. An import draws its writing step the same way.

use std::path::Path;
use std::time::Duration;

use crate::common::*;
use rexpect::session::spawn_command;
use tempfile::TempDir;

/// 1,000 users and rule "staff", against an emulator that answers after 20 ms (so that
/// the run lasts long enough to be drawn).
fn thousand_users(home: &Path, emu: &dbx_emulator::EmulatorHandle) {
    let mut csv = String::from("email,population\n");
    for i in 0..1000 {
        csv.push_str(&format!("p{i}@example.com,Staff\n"));
    }
    staff_rule_over(home, emu, &csv);
}

fn slow_emulator() -> Emulator {
    emulator_with(dbx_emulator::Config {
        latency: Duration::from_millis(20),
        num_licensed_users: 2000,
        ..dbx_emulator::Config::default()
    })
}

#[test]
fn a_run_in_a_terminal_draws_a_bar_with_a_rate() {
    let emu = slow_emulator();
    let home = TempDir::new().unwrap();
    thousand_users(home.path(), &emu);
    // A pseudo-terminal of 120 columns (a fresh one has no size).
    let cmd = in_a_terminal(
        home.path(),
        120,
        &["sync", "run", "staff", "--concurrency", "1"],
    );
    let mut p = spawn_command(cmd, Some(60_000)).unwrap();
    let (_, rate) = p
        .exp_regex(r"applying \[[=> ]+\] \d+/1000, \d+/s, eta")
        .unwrap();
    assert!(rate.contains("/s"), "{rate}");
    p.exp_string("succeeded").unwrap();
    p.exp_eof().unwrap();
    assert_eq!(emu.members().len(), 1000);
}

#[test]
fn an_import_in_a_terminal_draws_its_writing_step() {
    let home = TempDir::new().unwrap();
    let files = TempDir::new().unwrap();
    let csv = files.path().join("big.csv");
    let mut rows = String::from("email,population,department\n");
    for i in 0..20_000 {
        rows.push_str(&format!("p{i}@example.com,Staff,Sales\n"));
    }
    std::fs::write(&csv, rows).unwrap();
    let args = [
        "directory",
        "import",
        csv.to_str().unwrap(),
        "--create-populations",
    ];
    let mut p = spawn_command(in_a_terminal(home.path(), 120, &args), Some(120_000)).unwrap();
    p.exp_regex(r"writing users \[[=> ]+\] \d+/20000").unwrap();
    p.exp_regex(r"created\s+20000").unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn a_redirected_run_writes_no_escape_sequences_or_carriage_returns() {
    let emu = slow_emulator();
    let home = TempDir::new().unwrap();
    thousand_users(home.path(), &emu);
    let files = TempDir::new().unwrap();
    let (out, err) = (files.path().join("out"), files.path().join("err"));
    let status = std_dbxprov(home.path())
        .args(["sync", "run", "staff"])
        .env_remove("NO_COLOR")
        .stdout(std::fs::File::create(&out).unwrap())
        .stderr(std::fs::File::create(&err).unwrap())
        .status()
        .unwrap();
    assert!(status.success());
    for file in [&out, &err] {
        let bytes = std::fs::read(file).unwrap();
        assert!(
            !bytes.contains(&0x1b),
            "{}: an escape sequence",
            file.display()
        );
        assert!(
            !bytes.contains(&b'\r'),
            "{}: a carriage return",
            file.display()
        );
    }
    assert!(std::fs::read_to_string(&out).unwrap().contains("succeeded"));
}

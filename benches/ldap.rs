//! Pulling a large directory from a real slapd on loopback: 100,000 users and 2,000
//! groups (every tenth nested in the one before, one of 5,000 members) into an empty
//! directory, then the same pull with nothing changed; side by side with what this run
//! measures as the floor: `ldapsearch -E pr=1000/noprompt` reading the same entries, and
//! `dbxprov directory import` writing the same users. Needs slapd and ldap-utils.
//!
//! `cargo bench --bench ldap` (DBXPROV_BENCH_USERS to change the size).

mod common;
#[path = "../tests/common/slapd.rs"]
#[allow(dead_code)]
mod slapd;

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

use common::{dbxprov, env_or, run, Cost};
use slapd::{Slapd, BASE, READER, READER_PASSWORD};

const GROUPS: usize = 2000;

/// The users, then the groups: group `g` holds 40 users, every tenth also the group
/// before it, and `Everyone-5000` the first 5,000 users.
fn directory(n: usize) -> String {
    let mut ldif = slapd::people(n);
    for g in 0..GROUPS {
        let mut members: Vec<String> = (0..40)
            .map(|k| slapd::user_dn(&format!("user{:04}", (g * 40 + k) % n)))
            .collect();
        if g % 10 == 1 {
            members.push(slapd::group_dn(&format!("team{:04}", g - 1)));
        }
        ldif.push_str(&slapd::group(&format!("team{g:04}"), &members));
    }
    let everyone: Vec<String> = (0..5000.min(n))
        .map(|i| slapd::user_dn(&format!("user{i:04}")))
        .collect();
    ldif.push_str(&slapd::group("Everyone-5000", &everyone));
    ldif
}

fn ldapsearch(server: &Slapd, filter: &str, attrs: &[&str]) -> Command {
    let mut cmd = Command::new("ldapsearch");
    cmd.args([
        "-x",
        "-LLL",
        "-H",
        &server.url(),
        "-D",
        READER,
        "-w",
        READER_PASSWORD,
        "-b",
        BASE,
    ])
    .args(["-E", "pr=1000/noprompt", filter])
    .args(attrs);
    cmd
}

fn pull(home: &Path) -> Cost {
    let mut cmd = dbxprov(home);
    cmd.args(["-q", "sync", "run", "ad"]);
    run(cmd, None)
}

fn setup(home: &Path, server: &Slapd) {
    let ok = |cmd: &mut Command| assert!(cmd.status().unwrap().success(), "{cmd:?}");
    ok(dbxprov(home)
        .args([
            "-q",
            "connection",
            "create",
            "corp",
            "--kind",
            "ldap",
            "--url",
            &server.url(),
        ])
        .args([
            "--bind-dn",
            READER,
            "--base-dn",
            BASE,
            "--page-size",
            "1000",
            "--no-test",
        ])
        .env("DBXPROV_BIND_PASSWORD", READER_PASSWORD));
    ok(dbxprov(home).args(["-q", "directory", "population", "create", "Staff"]));
    ok(dbxprov(home)
        .args([
            "-q",
            "rule",
            "create",
            "inbound",
            "ad",
            "--connection",
            "corp",
        ])
        .args(["--population", "Staff", "--max-deletes", "100%"]));
}

/// The same users as a CSV file, for the directory write's floor.
fn csv(n: usize) -> String {
    let mut s = String::from("username,email,given_name,surname,population\n");
    for i in 0..n {
        let _ = writeln!(s, "user{i:04},user{i:04}@example.com,Given{i},Sur{i},Staff");
    }
    s
}

fn row(name: &str, c: Cost, floor: Option<f64>) {
    let ratio = floor.map_or(String::new(), |f| {
        format!("{:.2}x", c.wall.as_secs_f64() / f)
    });
    println!(
        "| {name:<48} | {:>7.2} s | {:>7.2} s | {:>7.0} MiB | {ratio:>6} |",
        c.wall.as_secs_f64(),
        c.cpu,
        c.peak_mib
    );
}

fn main() {
    let n = env_or("DBXPROV_BENCH_USERS", 100_000) as usize;
    let limit = "size.soft=500 size.hard=500 size.pr=1000 size.prtotal=unlimited";
    let server = Slapd::start_with_limit(&directory(n), limit);
    let users = ldapsearch(
        &server,
        "(&(objectClass=inetOrgPerson)(mail=*))",
        &["*", "entryUUID", "memberOf"],
    );
    let floor_users = run(users, None);
    let groups = ldapsearch(
        &server,
        "(|(objectClass=groupOfNames)(objectClass=groupOfUniqueNames))",
        &["cn", "entryUUID", "member", "uniqueMember"],
    );
    let floor_groups = run(groups, None);
    let dir = tempfile::tempdir().unwrap();
    let import_home = dir.path().join("import");
    let file = dir.path().join("users.csv");
    std::fs::write(&file, csv(n)).unwrap();
    let mut import = dbxprov(&import_home);
    import
        .args(["-q", "directory", "import"])
        .arg(&file)
        .arg("--create-populations");
    let write = run(import, None);
    let home = dir.path().join("pull");
    setup(&home, &server);
    let first = pull(&home);
    let again = pull(&home);
    let read = floor_users.wall.as_secs_f64() + floor_groups.wall.as_secs_f64();
    let floor = read + write.wall.as_secs_f64();
    println!(
        "{n} users, {} groups, slapd on loopback, page size 1000\n",
        GROUPS + 1
    );
    println!(
        "| {:<48} | {:>9} | {:>9} | {:>11} | {:>6} |",
        "", "wall", "CPU", "peak", "/floor"
    );
    println!("|---|---:|---:|---:|---:|");
    row("ldapsearch -E pr=1000/noprompt: users", floor_users, None);
    row("ldapsearch -E pr=1000/noprompt: groups", floor_groups, None);
    row("dbxprov directory import (the same users)", write, None);
    row(
        "dbxprov sync run: pull into an empty directory",
        first,
        Some(floor),
    );
    row("dbxprov sync run: pull, nothing changed", again, Some(read));
    println!(
        "\nfloor: ldapsearch {read:.2} s (+ the import's {:.2} s for the first pull)",
        write.wall.as_secs_f64()
    );
}

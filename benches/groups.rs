//! Group provisioning benchmark: a rule with G directory groups (default 1,000;
//! `DBXPROV_BENCH_GROUPS`) over N users (default 10,000; `DBXPROV_BENCH_USERS`), each user
//! in two groups, against the emulator with L ms of latency on every API request (default
//! 20; `DBXPROV_BENCH_LATENCY_MS`). Runs the release binary as a user would: the first
//! sync creates every member and group, the second changes nothing. For each run it
//! prints the wall time, the requests by route, and the lower bound those requests imply
//! at the run's concurrency (listing pages are sequential, everything else overlaps).
//!
//! Run: `cargo bench --bench groups`

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::*;
use dbx_emulator::{Config, EmulatorHandle};

const CONCURRENCY: u64 = 4;

fn setup(home: &Path, emu: &EmulatorHandle, users: usize, groups: usize) {
    connect(home, emu);
    let names: Vec<String> = (0..groups).map(|g| format!("Team {g:04}")).collect();
    let mut csv = String::from("email,given_name,surname,population,groups\n");
    for i in 0..users {
        let (a, b) = (&names[i % groups], &names[(i + groups / 2) % groups]);
        csv.push_str(&format!("u{i}@example.com,Given{i},Sur{i},Staff,{a};{b}\n"));
    }
    let mut import = dbxprov(home);
    import.args(["directory", "import", "-", "--format", "csv"]);
    import.args(["--create-populations", "-q"]);
    run(import, Some(&csv));
    let mut rule = staff_rule(home);
    for name in &names {
        rule.args(["--provision-group", name]);
    }
    run(rule, None);
}

/// Times one `sync run staff` and prints its requests (the difference of the emulator's
/// counts) and their lower bound.
fn sync(label: &str, home: &Path, emu: &EmulatorHandle, latency: Duration) {
    let before = emu.stats();
    let mut cmd = dbxprov(home);
    cmd.args(["sync", "run", "staff", "-q"]);
    cmd.args(["--concurrency", &CONCURRENCY.to_string()]);
    let cost = run(cmd, None);
    let secs = cost.wall.as_secs_f64();
    let after = emu.stats();
    let sent = sent(&before, &after);
    let total: u64 = sent.values().sum();
    let bound = lower_bound(&sent, latency, CONCURRENCY);
    println!(
        "{label:<24} {secs:>7.2} s   {total:>6} requests   lower bound {bound:>6.2} s ({:.0} %)   dbxprov CPU {:.2} s",
        100.0 * bound / secs,
        cost.cpu
    );
    for (path, n) in &sent {
        println!("    {path:<40} {n:>6}");
    }
    assert_eq!(
        after.malformed, before.malformed,
        "no request was malformed"
    );
}

fn main() {
    let users = env_or("DBXPROV_BENCH_USERS", 10_000) as usize;
    let groups = env_or("DBXPROV_BENCH_GROUPS", 1_000).max(2) as usize;
    let latency = Duration::from_millis(env_or("DBXPROV_BENCH_LATENCY_MS", 20));
    let emu = dbx_emulator::spawn(
        Config {
            invites_accepted_immediately: true,
            num_licensed_users: users as u32 + 1,
            latency,
            ..Config::default()
        },
        0,
    )
    .expect("the emulator starts on 127.0.0.1");
    let dir = tempfile::TempDir::new().unwrap();
    let started = Instant::now();
    setup(dir.path(), &emu, users, groups);
    println!(
        "{users} users in {groups} groups (two each), {} ms latency, concurrency {CONCURRENCY}",
        latency.as_millis()
    );
    println!(
        "{:<24} {:>7.2} s   (import and rule create)",
        "setup",
        started.elapsed().as_secs_f64()
    );
    sync("first run (all new)", dir.path(), &emu, latency);
    sync("rerun (no change)", dir.path(), &emu, latency);
    let live = emu.groups();
    assert_eq!(live.len(), groups, "every group was created");
    assert_eq!(emu.members().len(), users, "every member was created");
}

//! Provisioning benchmark: N users (default 10,000; `DBXPROV_BENCH_USERS`) into an empty
//! team, against the emulator with L ms of latency on every API request (default 50;
//! `DBXPROV_BENCH_LATENCY_MS`) and add jobs that take J ms (default 100;
//! `DBXPROV_BENCH_JOB_MS`), at each concurrency of `DBXPROV_BENCH_CONCURRENCY` (default
//! "4,16"). For each concurrency, on a fresh team and home: the first run (all new), a
//! rerun with nothing changed, and a run after 5 % churn (3 % changed names, 1 % leavers,
//! 1 % joiners). Each run is the release binary as a user runs it; for each it prints
//! the wall time, the requests by route and per user, dbxprov's CPU time and peak
//! memory, the lower bound the run's own requests imply (listing pages one after
//! another, every other request `concurrency` at a time) and the ratio to it, then the
//! database's size. Ends with the table the README shows.
//!
//! Then the job polls: `DBXPROV_BENCH_POLL_USERS` users (default 2,000) provisioned at
//! concurrency 4 against add jobs that answer `in_progress` to their first poll, to their
//! first two, and that take 100 ms whatever the polls, each with the polls a job took
//! against the polls it needs. `DBXPROV_BENCH_SECTIONS` (default "scale,polls") picks.
//!
//! Run: `cargo bench --bench provision` (`DBXPROV_BENCH_USERS=100000` for the large one)

mod common;

use std::path::Path;
use std::time::Duration;

use common::*;
use dbx_emulator::{Config, EmulatorHandle, MemberStatus};

struct Scenario {
    users: usize,
    latency: Duration,
    job: Duration,
}

/// The directory at a churn `round` (0: as first imported): user i's given name, and
/// whether user i is in it. Each round changes 3 % of the names, drops 1 % and adds 1 %.
fn directory_csv(users: usize, round: usize) -> String {
    let mut csv = String::from("email,given_name,surname,population\n");
    let pct = |p: usize| users * p / 100;
    let (changed, left, joined) = (pct(3) * round, pct(1) * round, pct(1) * round);
    for i in left..users + joined {
        let given = if i < left + changed {
            format!("Renamed{round}x{i}")
        } else {
            format!("Given{i}")
        };
        csv.push_str(&format!("u{i}@example.com,{given},Sur{i},Staff\n"));
    }
    csv
}

fn import(home: &Path, csv: &str) {
    let mut cmd = dbxprov(home);
    cmd.args(["directory", "import", "-", "--format", "csv"]);
    cmd.args(["--create-populations", "--replace", "-q"]);
    run(cmd, Some(csv));
}

fn setup(home: &Path, emu: &EmulatorHandle, users: usize) {
    connect(home, emu);
    import(home, &directory_csv(users, 0));
    let rule = staff_rule(home);
    run(rule, None);
}

/// One measured run, as a row of the final table.
struct Row {
    label: String,
    concurrency: u64,
    wall: f64,
    requests: u64,
    per_user: f64,
    cpu: f64,
    peak_mib: f64,
    bound: f64,
}

fn sync(label: &str, home: &Path, emu: &EmulatorHandle, s: &Scenario, c: u64) -> Row {
    let before = emu.stats();
    let mut cmd = dbxprov(home);
    // The churn's leavers are 1 %, inside the default guard; a bench never stops on it.
    cmd.args(["sync", "run", "staff", "-q", "--allow-deletes"]);
    cmd.arg(s.users.to_string());
    cmd.args(["--concurrency", &c.to_string()]);
    let cost = run(cmd, None);
    let after = emu.stats();
    assert_eq!(
        after.malformed, before.malformed,
        "no request was malformed"
    );
    let sent = sent(&before, &after);
    let requests: u64 = sent.values().sum();
    let bound = lower_bound(&sent, s.latency, c);
    let wall = cost.wall.as_secs_f64();
    println!(
        "{label:<26} c={c:<3} {wall:>7.2} s  {requests:>7} requests ({:.3}/user)  bound {bound:>7.2} s  x{:.2}  CPU {:.2} s  peak {:.0} MiB",
        requests as f64 / s.users as f64,
        wall / bound,
        cost.cpu,
        cost.peak_mib
    );
    for (path, n) in &sent {
        println!("    {path:<44} {n:>7}");
    }
    Row {
        label: label.to_string(),
        concurrency: c,
        wall,
        requests,
        per_user: requests as f64 / s.users as f64,
        cpu: cost.cpu,
        peak_mib: cost.peak_mib,
        bound,
    }
}

/// The read commands after the first run (run 1 has an operation per user): CPU time and
/// peak memory of each, output discarded.
fn reads(home: &Path) {
    let commands: [&[&str]; 5] = [
        &["sync", "status"],
        &["sync", "status", "staff", "--users"],
        &["--json", "sync", "status", "staff", "--users"],
        &["sync", "show", "1"],
        &["--json", "sync", "show", "1"],
    ];
    for args in commands {
        let mut cmd = dbxprov(home);
        cmd.args(args);
        let cost = run(cmd, None);
        let peak = if cost.peak_mib >= 1.0 {
            format!("peak {:.0} MiB", cost.peak_mib)
        } else {
            "done before its memory was sampled".to_string()
        };
        println!(
            "    {:<40} {:>6.2} s  CPU {:.2} s  {peak}",
            args.join(" "),
            cost.wall.as_secs_f64(),
            cost.cpu
        );
    }
}

fn db_mib(home: &Path) -> f64 {
    let size = |name: &str| std::fs::metadata(home.join(name)).map_or(0, |m| m.len());
    (size("dbxprov.db") + size("dbxprov.db-wal")) as f64 / (1024.0 * 1024.0)
}

fn scenario(s: &Scenario, c: u64) -> Vec<Row> {
    let emu = dbx_emulator::spawn(
        Config {
            invites_accepted_immediately: true,
            num_licensed_users: (s.users * 2) as u32,
            latency: s.latency,
            async_add: true,
            async_job_duration: s.job,
            ..Config::default()
        },
        0,
    )
    .expect("the emulator starts on 127.0.0.1");
    let dir = tempfile::TempDir::new().unwrap();
    let home = dir.path();
    setup(home, &emu, s.users);
    let mut rows = vec![sync("provision (all new)", home, &emu, s, c)];
    reads(home);
    rows.push(sync("rerun (no change)", home, &emu, s, c));
    let size = db_mib(home);
    for _ in 0..9 {
        run(
            {
                let mut cmd = dbxprov(home);
                cmd.args(["sync", "run", "staff", "-q"]);
                cmd
            },
            None,
        );
    }
    println!(
        "    database {size:.1} MiB after the first rerun, {:.1} MiB after 9 more",
        db_mib(home)
    );
    import(home, &directory_csv(s.users, 1));
    rows.push(sync("5 % churn", home, &emu, s, c));
    let active = emu
        .members()
        .iter()
        .filter(|m| m.status == MemberStatus::Active)
        .count();
    assert_eq!(active, s.users, "leavers suspended, joiners joined");
    rows
}

/// An add job's behaviour for the poll rows: its label, the polls it answers
/// `in_progress`, and how long it takes whatever the polls.
struct Jobs {
    label: &'static str,
    busy_polls: u32,
    duration: Duration,
}

impl Jobs {
    /// The fewest polls a job needs: one after its busy ones.
    fn polls_needed(&self) -> u32 {
        self.busy_polls + 1
    }
}

/// `users` provisioned at concurrency 4 against add jobs that behave as `jobs`: the row
/// of the poll table.
fn poll_row(jobs: &Jobs, users: usize, latency: Duration) -> String {
    let emu = dbx_emulator::spawn(
        Config {
            invites_accepted_immediately: true,
            num_licensed_users: (users * 2) as u32,
            latency,
            async_add: true,
            async_polls_in_progress: jobs.busy_polls,
            async_job_duration: jobs.duration,
            ..Config::default()
        },
        0,
    )
    .expect("the emulator starts on 127.0.0.1");
    let dir = tempfile::TempDir::new().unwrap();
    let home = dir.path();
    setup(home, &emu, users);
    let scenario = Scenario {
        users,
        latency,
        job: jobs.duration,
    };
    let row = sync(jobs.label, home, &emu, &scenario, 4);
    let stats = emu.stats();
    let adds = stats.count("/2/team/members/add_v2") as f64;
    let polls = stats.count("/2/team/members/add/job_status/get_v2") as f64;
    // The connection's test polled once, for a job that does not exist (its scope).
    let per_job = (polls - 1.0) / adds;
    format!(
        "| {} | {users} | {:.1} s | {} | {per_job:.2} ({}) | {:.1} s | {:.2} |",
        jobs.label,
        row.wall,
        row.requests,
        jobs.polls_needed(),
        row.bound,
        row.wall / row.bound
    )
}

fn main() {
    let sections = std::env::var("DBXPROV_BENCH_SECTIONS").unwrap_or_else(|_| "scale,polls".into());
    if sections.contains("scale") {
        scale();
    }
    if sections.contains("polls") {
        polls();
    }
}

/// The poll table: the same provisioning against jobs that end in different ways.
fn polls() {
    let users = env_or("DBXPROV_BENCH_POLL_USERS", 2_000) as usize;
    let latency = Duration::from_millis(env_or("DBXPROV_BENCH_LATENCY_MS", 50));
    let kinds = [
        Jobs {
            label: "jobs done at their 2nd poll",
            busy_polls: 1,
            duration: Duration::ZERO,
        },
        Jobs {
            label: "jobs done at their 3rd poll",
            busy_polls: 2,
            duration: Duration::ZERO,
        },
        Jobs {
            label: "jobs of 100 ms",
            busy_polls: 0,
            duration: Duration::from_millis(100),
        },
    ];
    println!(
        "\n{users} users at concurrency 4, {} ms latency, add jobs that end in three ways",
        latency.as_millis()
    );
    let rows: Vec<String> = kinds.iter().map(|j| poll_row(j, users, latency)).collect();
    println!(
        "\n| add jobs | users | wall | requests | polls per job (needed) | lower bound | ratio |"
    );
    println!("|---|---|---|---|---|---|---|");
    for row in rows {
        println!("{row}");
    }
}

/// The scale table: provision, rerun and churn at each concurrency.
fn scale() {
    let s = Scenario {
        users: env_or("DBXPROV_BENCH_USERS", 10_000) as usize,
        latency: Duration::from_millis(env_or("DBXPROV_BENCH_LATENCY_MS", 50)),
        job: Duration::from_millis(env_or("DBXPROV_BENCH_JOB_MS", 100)),
    };
    let concurrencies: Vec<u64> = std::env::var("DBXPROV_BENCH_CONCURRENCY")
        .unwrap_or_else(|_| "4,16".into())
        .split(',')
        .filter_map(|c| c.trim().parse().ok())
        .collect();
    println!(
        "{} users, {} ms latency a request, add jobs of {} ms",
        s.users,
        s.latency.as_millis(),
        s.job.as_millis()
    );
    let rows: Vec<Row> = concurrencies
        .iter()
        .flat_map(|&c| scenario(&s, c))
        .collect();
    println!("\n| {} users | concurrency | wall | requests (per user) | lower bound | ratio | CPU | peak memory |", s.users);
    println!("|---|---|---|---|---|---|---|---|");
    for r in rows {
        println!(
            "| {} | {} | {:.1} s | {} ({:.3}) | {:.1} s | {:.2} | {:.2} s | {:.0} MiB |",
            r.label,
            r.concurrency,
            r.wall,
            r.requests,
            r.per_user,
            r.bound,
            r.wall / r.bound,
            r.cpu,
            r.peak_mib
        );
    }
}

//! Group provisioning benchmark: a rule with G directory groups (default 1,000;
//! `DBXPROV_BENCH_GROUPS`) over N users (default 10,000; `DBXPROV_BENCH_USERS`), each user
//! in two groups, against the emulator with L ms of latency on every API request (default
//! 20; `DBXPROV_BENCH_LATENCY_MS`). Runs the release binary as a user would: the first
//! sync creates every member and group, the second changes nothing. For each run it
//! prints the wall time, the requests by route, and the lower bound those requests imply
//! at the run's concurrency (listing pages are sequential, everything else overlaps).
//!
//! Run: `cargo bench --bench groups`

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use dbx_emulator::{Config, EmulatorHandle};

const CONCURRENCY: u64 = 4;

fn env_or(key: &str, default: u64) -> u64 {
    std::env::var(key)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn dbxprov(home: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dbxprov"));
    cmd.arg("--home")
        .arg(home)
        .env("DBXPROV_SECRET_STORE", "file")
        .env("NO_COLOR", "1");
    cmd
}

fn run(mut cmd: Command, stdin: Option<&str>) {
    cmd.stdout(Stdio::null()).stdin(Stdio::piped());
    let mut child = cmd.spawn().expect("dbxprov starts");
    if let Some(text) = stdin {
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
    }
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "dbxprov failed: {:?}", cmd.get_args());
}

fn setup(home: &Path, emu: &EmulatorHandle, users: usize, groups: usize) {
    let mut connect = dbxprov(home);
    connect
        .args(["connection", "create", "prod", "-q"])
        .args(["--client-id", "dbxemu-app-key"])
        .args(["--service-uri", &emu.service_uri()])
        .args(["--token-endpoint", &emu.token_endpoint()])
        .env("DBXPROV_CLIENT_SECRET", "dbxemu-app-secret")
        .env("DBXPROV_REFRESH_TOKEN", "dbxemu-refresh-token");
    run(connect, None);
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
    let mut rule = dbxprov(home);
    rule.args([
        "rule",
        "create",
        "outbound",
        "staff",
        "--connection",
        "prod",
    ]);
    rule.args(["--population", "Staff", "-q"]);
    for name in &names {
        rule.args(["--provision-group", name]);
    }
    run(rule, None);
}

/// CPU seconds (user + system) of the children waited for so far (Linux: the `cutime` and
/// `cstime` fields of /proc/self/stat, in ticks of 1/100 s).
fn children_cpu_secs() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after_name = stat.rsplit(')').next().unwrap_or("");
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    // Fields 16 and 17 of the file are the 14th and 15th after the command name.
    (ticks(13) + ticks(14)) / 100.0
}

fn is_listing(path: &str) -> bool {
    path.contains("/list") || path == "/oauth2/token"
}

/// Times one `sync run staff` and prints its requests (the difference of the emulator's
/// counts) and their lower bound.
fn sync(label: &str, home: &Path, emu: &EmulatorHandle, latency: Duration) {
    let before = emu.stats();
    let cpu = children_cpu_secs();
    let started = Instant::now();
    let mut cmd = dbxprov(home);
    cmd.args(["sync", "run", "staff", "-q"]);
    cmd.args(["--concurrency", &CONCURRENCY.to_string()]);
    run(cmd, None);
    let secs = started.elapsed().as_secs_f64();
    let cpu = children_cpu_secs() - cpu;
    let after = emu.stats();
    let sent: BTreeMap<&str, u64> = after
        .by_path
        .iter()
        .map(|(p, n)| (p.as_str(), n - before.count(p)))
        .filter(|(_, n)| *n > 0)
        .collect();
    let total: u64 = sent.values().sum();
    let sequential: u64 = sent
        .iter()
        .filter(|(p, _)| is_listing(p))
        .map(|(_, n)| n)
        .sum();
    let overlapping = total - sequential;
    let bound = latency.as_secs_f64() * (sequential + overlapping.div_ceil(CONCURRENCY)) as f64;
    println!(
        "{label:<24} {secs:>7.2} s   {total:>6} requests   lower bound {bound:>6.2} s ({:.0} %)   dbxprov CPU {cpu:.2} s",
        100.0 * bound / secs
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

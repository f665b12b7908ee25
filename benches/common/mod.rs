//! What the benchmarks that run the release binary share: running it as a user would
//! (measuring each run's wall time, CPU time and peak memory), reading the requests a run
//! sent off the emulator, and the lower bound those requests imply.

#![allow(dead_code)] // each bench uses its part

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use dbx_emulator::{EmulatorHandle, Stats};

pub fn env_or(key: &str, default: u64) -> u64 {
    std::env::var(key)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

pub fn dbxprov(home: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dbxprov"));
    cmd.arg("--home")
        .arg(home)
        .env("DBXPROV_SECRET_STORE", "file")
        .env("NO_COLOR", "1");
    cmd
}

/// What one run of the binary cost.
#[derive(Clone, Copy, Debug)]
pub struct Cost {
    pub wall: Duration,
    /// User and system CPU seconds.
    pub cpu: f64,
    /// VmHWM, sampled every 10 ms while it runs (`ru_maxrss` would count the memory of
    /// this process, which the child's is copied from at fork).
    pub peak_mib: f64,
}

/// The peak resident memory of process `pid` so far, in MiB (Linux: VmHWM).
fn peak_of(pid: u32) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// Samples [`peak_of`] until the process has exited (its status has no memory lines
/// then); the highest seen.
fn watch_peak(pid: u32) -> std::thread::JoinHandle<f64> {
    std::thread::spawn(move || {
        let mut peak: f64 = 0.0;
        while let Some(now) = peak_of(pid) {
            peak = peak.max(now);
            std::thread::sleep(Duration::from_millis(10));
        }
        peak
    })
}

/// Runs `cmd` (stdout discarded, `stdin` fed), asserting it succeeds, and measures it:
/// the child is reaped with `wait4`, whose CPU times are that child's alone.
#[allow(clippy::zombie_processes)] // reaped by `wait4`, which `Child::wait` cannot report
pub fn run(mut cmd: Command, stdin: Option<&str>) -> Cost {
    cmd.stdout(Stdio::null()).stdin(Stdio::piped());
    let started = Instant::now();
    let mut child = cmd.spawn().expect("dbxprov starts");
    let peak = watch_peak(child.id());
    let input = child.stdin.take().unwrap();
    if let Some(text) = stdin {
        use std::io::Write;
        let mut input = input;
        input.write_all(text.as_bytes()).unwrap();
    }
    let mut status = 0;
    // SAFETY: a zeroed rusage is a valid value, and the pid is our unreaped child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let wall = started.elapsed();
    assert_eq!(reaped, pid, "wait4 reaps the child");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "dbxprov failed: {:?}",
        cmd.get_args()
    );
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    Cost {
        wall,
        cpu: secs(usage.ru_utime) + secs(usage.ru_stime),
        peak_mib: peak.join().unwrap_or(0.0),
    }
}

/// Creates connection "prod" to `emu` in `home`.
pub fn connect(home: &Path, emu: &EmulatorHandle) {
    let mut connect = dbxprov(home);
    connect
        .args(["connection", "create", "prod", "-q"])
        .args(["--client-id", "dbxemu-app-key"])
        .args(["--service-uri", &emu.service_uri()])
        .args(["--token-endpoint", &emu.token_endpoint()])
        .env("DBXPROV_CLIENT_SECRET", "dbxemu-app-secret")
        .env("DBXPROV_REFRESH_TOKEN", "dbxemu-refresh-token");
    run(connect, None);
}

/// `rule create outbound staff --connection prod --population Staff -q`, for more
/// arguments.
pub fn staff_rule(home: &Path) -> Command {
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
    rule
}

/// Pages of a listing follow each other; everything else can overlap.
fn is_sequential(path: &str) -> bool {
    path.contains("/list") || path == "/oauth2/token"
}

/// The requests a run sent, by route: the difference of the emulator's counts.
pub fn sent(before: &Stats, after: &Stats) -> BTreeMap<String, u64> {
    after
        .by_path
        .iter()
        .map(|(p, n)| (p.clone(), n - before.count(p)))
        .filter(|(_, n)| *n > 0)
        .collect()
}

/// The least time `sent` can take at `concurrency` with `latency` a request: listing
/// pages one after another, every other request `concurrency` at a time.
pub fn lower_bound(sent: &BTreeMap<String, u64>, latency: Duration, concurrency: u64) -> f64 {
    let total: u64 = sent.values().sum();
    let sequential: u64 = sent
        .iter()
        .filter(|(p, _)| is_sequential(p))
        .map(|(_, n)| n)
        .sum();
    let overlapping = total - sequential;
    latency.as_secs_f64() * (sequential + overlapping.div_ceil(concurrency)) as f64
}

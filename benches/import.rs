//! Import benchmark: generates a CSV of N users (default 100,000; `DBXPROV_BENCH_USERS`),
//! imports it into a fresh home, imports it again (all unchanged), exports it, and prints
//! the wall time and peak memory (Linux: VmHWM, reset between phases) of each phase.
//!
//! Run: `cargo bench --bench import`

use std::io::Write;
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use dbxprov::dropbox::NoObserver;
use dbxprov::import_export::import::Options;
use dbxprov::import_export::Format;
use dbxprov::ops::directory::{export, import, ImportRequest};
use dbxprov::ops::Context;
use dbxprov::progress::NoProgress;

fn generate(path: &Path, n: usize) {
    let mut w = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    writeln!(w, "username,email,given_name,surname,enabled,population,groups,department,employee_id,cost_center").unwrap();
    for i in 0..n {
        writeln!(
            w,
            "user{i},user{i}@example.com,Given{i},\"Surname, {i}\",{},Default,Staff;Team {},{},E{i:07},CC{}",
            i % 50 != 0,
            i % 20,
            ["Sales", "Operations", "R&D"][i % 3],
            i % 97
        )
        .unwrap();
    }
    w.flush().unwrap();
}

/// Peak resident memory since the last reset, in MiB (Linux only).
fn peak_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kb: f64 = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()?;
    Some(kb / 1024.0)
}

fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

fn phase(name: &str, f: impl FnOnce() -> String) {
    reset_peak();
    let started = Instant::now();
    let what = f();
    let secs = started.elapsed().as_secs_f64();
    let peak = peak_mib().map_or("n/a".to_string(), |m| format!("{m:.0} MiB"));
    println!("{name:<28} {secs:>7.2} s   peak {peak:>9}   {what}");
}

fn main() {
    // `cargo bench` passes --bench; nothing else is an option here.
    let n: usize = std::env::var("DBXPROV_BENCH_USERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let dir = tempfile::TempDir::new().unwrap();
    let file = dir.path().join("users.csv");
    phase("generate CSV", || {
        generate(&file, n);
        format!(
            "{n} users, {:.1} MiB",
            std::fs::metadata(&file).unwrap().len() as f64 / 1048576.0
        )
    });
    let home = dir.path().join("home");
    let settings = dbxprov::settings::Settings::from_env();
    let access = dbxprov::ops::Access::Create;
    let mut ctx = Context::open(&home, access, Arc::new(NoObserver), settings).unwrap();
    let request = || ImportRequest {
        path: &file,
        format: Some(Format::Csv),
        options: Options::default(),
        dry_run: false,
    };
    phase("import --dry-run (all new)", || {
        let r = import(
            &mut ctx,
            ImportRequest {
                dry_run: true,
                ..request()
            },
            &NoProgress,
        )
        .unwrap();
        format!("{} to create", r.created)
    });
    phase("import (all new)", || {
        let r = import(&mut ctx, request(), &NoProgress).unwrap();
        format!("{} created", r.created)
    });
    phase("import again (unchanged)", || {
        let r = import(&mut ctx, request(), &NoProgress).unwrap();
        format!("{} unchanged", r.unchanged)
    });
    phase("export CSV", || {
        let mut out = Vec::new();
        let n = export(&ctx, None, Format::Csv, &mut out).unwrap();
        format!("{n} users, {:.1} MiB", out.len() as f64 / 1048576.0)
    });
}

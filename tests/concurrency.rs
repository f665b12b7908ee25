//! Requests in flight (issue 12): only a request on the wire holds one of the run's
//! `--concurrency` places (an add job waited for between polls holds none), and a team
//! that answers 429 halves them, after which successes grow them back. The real binary
//! against an emulator that answers 429 to a request beyond its limit of calls at once.

use std::path::Path;
use std::time::Duration;

use crate::common::*;
use dbx_emulator::{Config, EmulatorHandle, MemberStatus};
use tempfile::TempDir;

fn staff(home: &Path, emu: &EmulatorHandle, n: usize) {
    let mut csv = String::from("email,population\n");
    for i in 0..n {
        csv.push_str(&format!("p{i}@example.com,Staff\n"));
    }
    staff_rule_over(home, emu, &csv);
}

#[test]
fn add_jobs_waited_for_hold_no_place_in_flight() {
    // One call at a time, or 429; every add is a job that takes 100 ms.
    let emu = emulator_with(Config {
        max_in_flight: Some(1),
        async_add: true,
        async_job_duration: Duration::from_millis(100),
        latency: Duration::from_millis(5),
        num_licensed_users: 1000,
        ..Config::default()
    });
    let home = TempDir::new().unwrap();
    staff(home.path(), &emu, 200);
    let out = sync_json(home.path(), "staff", &["--concurrency", "1"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(emu.members().len(), 200);
    let stats = emu.stats();
    assert_eq!(stats.over_limit, 0, "never two requests at once");
    assert_eq!(stats.peak_in_flight, 1);
    // While one batch's job runs, the next batches are sent: waits overlap.
    assert!(
        stats.peak_jobs_running >= 2,
        "jobs ran one at a time: {}",
        stats.peak_jobs_running
    );
    assert_eq!(stdout_json(&out)[0]["rate_limited"], 0);
}

#[test]
fn a_team_answering_429_halves_the_places_and_the_run_still_completes() {
    let emu = emulator_with(Config {
        max_in_flight: Some(2),
        latency: Duration::from_millis(20),
        num_licensed_users: 1000,
        invites_accepted_immediately: true,
        ..Config::default()
    });
    let home = TempDir::new().unwrap();
    staff(home.path(), &emu, 300);
    assert!(sync_json(home.path(), "staff", &[]).status.success());
    // 300 single calls (suspends) at 8 places against a team that takes 2 at once.
    let moved: String = (0..300)
        .map(|i| format!("p{i}@example.com,Staff,false\n"))
        .collect();
    import_csv(home.path(), &format!("email,population,enabled\n{moved}"));
    let out = sync_json(
        home.path(),
        "staff",
        &["--concurrency", "8", "--allow-deletes", "300"],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report = &stdout_json(&out)[0];
    assert_eq!(report["applied"]["suspend"], 300, "{report}");
    assert!(report["rate_limited"].as_u64().unwrap() >= 1, "{report}");
    let c = &report["concurrency"];
    assert_eq!(c["configured"], 8, "{c}");
    assert!(c["decreases"].as_u64().unwrap() >= 1, "{c}");
    assert!(c["lowest"].as_u64().unwrap() <= 2, "{c}");
    assert!(c["settled"].as_u64().unwrap() <= 8, "{c}");
    assert!(emu
        .members()
        .iter()
        .all(|m| m.status == MemberStatus::Suspended));
}

//! `dbxprov demo`, the README's first command, tells its story and leaves nothing behind.

use crate::common::*;
use tempfile::TempDir;

#[test]
fn the_demo_passes_and_cleans_up() {
    let home = TempDir::new().unwrap();
    let out = dbxprov(home.path()).arg("demo").output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("test            passed"), "{stdout}");
    assert!(stdout.contains("team            Emulated Team"));
    assert!(stdout.contains("created    36"));
    assert!(stdout.contains("Demo finished: connection test passed"));
    assert!(stdout.contains(
        "the rule created 24 members, then suspended 1, updated 1 and deprovisioned 1; \
         it created 2 Dropbox groups, then renamed 1 in place and changed the members of 2; \
         3 of the 3 members dbxprov did not create are untouched."
    ));
    // The guard stops a mistake, the history and one run's operations are shown, the
    // inbound rule is refused next to the outbound one, then brings in the others.
    // The dry run's plan of 24 creates is summed up after the first few.
    assert!(
        stdout.contains("... and 18 more operations, none of them a removal"),
        "{stdout}"
    );
    assert!(stdout.contains("run 3 stopped by the deletion guard: nothing was applied"));
    assert!(stdout.contains("--allow-deletes 5"));
    assert!(stdout.contains("==> dbxprov sync show 2"));
    assert!(stdout.contains("refused: connection \"demo\" already has outbound rule employees"));
    assert!(stdout.contains("The inbound rule brought 3 members the directory did not have"));
    assert!(stdout.contains("Next, for your own team: `dbxprov setup`"));
    // The groups section of the status, and the renamed group under its new name.
    assert!(stdout.contains("GROUPS IMPACTED"), "{stdout}");
    assert!(stdout.contains("Product Engineering  synced"), "{stdout}");
    let temp_home = stdout
        .lines()
        .find_map(|l| l.strip_prefix("Temporary home: "))
        .and_then(|l| l.split(" (").next())
        .unwrap()
        .to_string();
    assert!(
        !std::path::Path::new(&temp_home).exists(),
        "{temp_home} was removed"
    );
    assert!(
        !stdout.contains(SECRET) && !stdout.contains(REFRESH),
        "the demo shows no secret"
    );

    let out = dbxprov(home.path())
        .args(["demo", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v = stdout_json(&out);
    assert_eq!(v["test"]["ok"], true);
    assert_eq!(v["import"]["created"], 36);
    assert_eq!(v["runs"][1]["applied"]["create"], 24);
    assert_eq!(v["runs"][2]["outcome"], "succeeded");
}

#[test]
fn demo_users_provisions_that_many_more_after_the_story() {
    let home = TempDir::new().unwrap();
    let out = dbxprov(home.path())
        .args(["demo", "--json", "--users", "3000"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let v = stdout_json(&out);
    let bulk = &v["runs"][4];
    assert_eq!(bulk["rule"], "bulk", "{v}");
    assert_eq!(bulk["applied"]["create"], 3000);
    assert_eq!(bulk["outcome"], "succeeded");
    // 3,000 users need more than the emulator's default 1,000 licenses.
    assert_eq!(bulk["states"]["synced"], 3000);
}

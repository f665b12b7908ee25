//! Every change shown old -> new (issue 24, its first step): an update's attributes as
//! the member has them and as the run sends them, in the dry run's table and `--json`.

use crate::common::*;

#[test]
fn a_rename_in_the_directory_shows_old_and_new_in_the_dry_run() {
    let emu = emulator();
    let home = tempfile::tempdir().unwrap();
    let csv = "email,given_name,surname,population\nben@example.com,Ben,Lee,Staff\n";
    staff_rule_over(home.path(), &emu, csv);
    let out = sync_json(home.path(), "staff", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    import_csv(
        home.path(),
        "email,given_name,surname,population\nben@example.com,Benjamin,Lee,Staff\n",
    );
    let out = sync_json(home.path(), "staff", &["--dry-run"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report = &stdout_json(&out)[0];
    let update = report["operations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["action"]["op"] == "update")
        .unwrap_or_else(|| panic!("no update: {report}"));
    assert_eq!(
        update["changes"],
        serde_json::json!([{"attribute": "given_name", "old": "Ben", "new": "Benjamin"}]),
        "{update}"
    );
    let shown = dbxprov(home.path())
        .args(["sync", "run", "staff", "--dry-run"])
        .output()
        .unwrap();
    let shown = text(&shown.stdout);
    assert!(shown.contains("given_name: Ben -> Benjamin"), "{shown}");
}

//! Drift (issue 24): `sync drift RULE` lists the members a rule manages that were
//! changed in Dropbox outside dbxprov since its last run — here one renamed and one
//! suspended in the admin console — and nothing the directory changed or an invitation
//! accepted; the next run counts them, and `sync status` says so.

use crate::common::*;

fn member_id(emu: &dbx_emulator::EmulatorHandle, email: &str) -> String {
    emu.members()
        .into_iter()
        .find(|m| m.email == email)
        .map(|m| m.team_member_id)
        .unwrap_or_else(|| panic!("no member {email}"))
}

#[test]
fn a_member_renamed_and_one_suspended_behind_the_rules_back_are_listed() {
    let emu = emulator();
    let home = tempfile::tempdir().unwrap();
    staff_rule_over(
        home.path(),
        &emu,
        "email,given_name,surname,population\n\
         ann@example.com,Ann,Lee,Staff\nbob@example.com,Bob,Ray,Staff\ncy@example.com,Cy,Oh,Staff\n",
    );
    assert!(sync_json(home.path(), "staff", &[]).status.success());
    emu.accept_invites(); // invited -> active: no drift
    emu.set_member_name(&member_id(&emu, "ann@example.com"), "Annie", "Lee");
    emu.suspend_member(&member_id(&emu, "bob@example.com"));
    // Cy renamed in the directory: the rule's change to make, not drift.
    dbxprov(home.path())
        .args([
            "directory",
            "user",
            "set",
            "cy@example.com",
            "--given-name",
            "Cyril",
            "-q",
        ])
        .assert()
        .success();
    let report = json(home.path(), &["sync", "drift", "staff"]);
    let drifted = report["drifted"].as_array().unwrap();
    assert_eq!(drifted.len(), 2, "{report}");
    let ann = drifted
        .iter()
        .find(|d| d["email"] == "ann@example.com")
        .unwrap();
    assert_eq!(ann["what"], "renamed");
    assert_eq!(
        ann["changes"],
        serde_json::json!([{"attribute": "given_name", "old": "Ann", "new": "Annie"}])
    );
    let bob = drifted
        .iter()
        .find(|d| d["email"] == "bob@example.com")
        .unwrap();
    assert_eq!(bob["what"], "suspended");
    assert_eq!(
        bob["changes"],
        // As the run left it: invited (the invitation accepted since is no drift).
        serde_json::json!([{"attribute": "status", "old": "invited", "new": "suspended"}])
    );
    let shown = stdout_of(home.path(), &["sync", "drift", "staff"]);
    assert!(shown.contains("given_name: Ann -> Annie"), "{shown}");
    assert!(shown.contains("status: invited -> suspended"), "{shown}");
    let mut settings = insta::Settings::clone_current();
    settings.add_filter(r"dbmid:[A-Za-z0-9_-]+", "dbmid:[ID]");
    settings.bind(|| insta::assert_snapshot!("sync_drift", shown));
    // The next run counts them, and sync status says so.
    let out = sync_json(home.path(), "staff", &[]);
    assert_eq!(stdout_json(&out)[0]["changed_outside"], 2);
    let status = json(home.path(), &["sync", "status"]);
    assert_eq!(status[0]["drift"], 2, "{status}");
    let shown = stdout_of(home.path(), &["sync", "status"]);
    assert!(
        shown.contains("2 members changed in Dropbox outside dbxprov"),
        "{shown}"
    );
    // That run renamed Ann back and Cy as the directory says, and left Bob suspended
    // (drift is left so unless --revert-drift): what it left is its new record, so
    // nothing has changed since.
    let report = json(home.path(), &["sync", "drift", "staff"]);
    let drifted: Vec<&str> = report["drifted"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["email"].as_str().unwrap())
        .collect();
    assert_eq!(drifted, Vec::<&str>::new(), "{report}");
}

#[test]
fn a_member_taken_out_of_the_rules_group_by_hand_is_listed() {
    use crate::groups::{group, setup, users_csv};
    let emu = active_emulator();
    let home = tempfile::tempdir().unwrap();
    setup(
        home.path(),
        &emu,
        &users_csv(6, &["Sales"]),
        &["Sales"],
        &[],
    );
    assert!(sync_json(home.path(), "staff", &[]).status.success());
    let sales = group(&emu.groups(), "Sales").group_id.clone();
    emu.remove_group_member(&sales, &member_id(&emu, "u0@example.com"));
    let report = json(home.path(), &["sync", "drift", "staff"]);
    assert_eq!(
        report["groups"],
        serde_json::json!([{
            "name": "Sales",
            "dropbox_group_id": sales,
            "added": [],
            "removed": ["u0@example.com"]
        }]),
        "{report}"
    );
    assert_eq!(
        report["drifted"],
        serde_json::json!([]),
        "the member itself is as it was"
    );
    let shown = stdout_of(home.path(), &["sync", "drift", "staff"]);
    assert!(shown.contains("Sales  "), "{shown}");
    assert!(shown.contains("u0@example.com"), "{shown}");
    // The next run puts it back, and records the group as it leaves it: no drift after.
    assert!(sync_json(home.path(), "staff", &[]).status.success());
    let report = json(home.path(), &["sync", "drift", "staff"]);
    assert!(report.get("groups").is_none(), "{report}");
}

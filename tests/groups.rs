//! Outbound group provisioning (issue 9): directory groups become Dropbox groups, are
//! renamed and deleted with them, and keep their in-scope members; a hand-made group is
//! never taken over unless asked, never deleted when not owned; the deletion guard counts
//! group deletions. The real binary against the emulator.

use std::path::Path;

use crate::common::*;
use dbx_emulator::{EmulatorHandle, GroupSnapshot, SeedMember};
use tempfile::TempDir;

/// `n` users of population Staff, user `i` in group `groups[i % groups.len()]`.
pub(crate) fn users_csv(n: usize, groups: &[&str]) -> String {
    let mut s = String::from("email,given_name,surname,population,groups\n");
    for i in 0..n {
        let group = groups[i % groups.len()];
        s.push_str(&format!("u{i}@example.com,Given{i},Sur{i},Staff,{group}\n"));
    }
    s
}

fn run_ok(home: &Path, args: &[&str]) {
    let out = dbxprov(home).args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
}

/// A connection to `emu`, the users, and rule "staff" provisioning `provision`.
pub(crate) fn setup(
    home: &Path,
    emu: &EmulatorHandle,
    csv: &str,
    provision: &[&str],
    extra: &[&str],
) {
    create(home, emu, "prod").arg("-q").assert().success();
    dbxprov(home)
        .args([
            "directory",
            "import",
            "-",
            "--format",
            "csv",
            "--create-populations",
            "-q",
        ])
        .write_stdin(csv.to_string())
        .assert()
        .success();
    let mut args = vec![
        "rule",
        "create",
        "outbound",
        "staff",
        "--connection",
        "prod",
    ];
    args.extend(["--population", "Staff", "-q"]);
    for g in provision {
        args.extend(["--provision-group", g]);
    }
    args.extend(extra);
    run_ok(home, &args);
}

pub(crate) fn group<'a>(groups: &'a [GroupSnapshot], name: &str) -> &'a GroupSnapshot {
    groups
        .iter()
        .find(|g| g.name == name)
        .unwrap_or_else(|| panic!("no group {name:?} in {groups:?}"))
}

/// Team member ids of the users with these indexes.
pub(crate) fn member_ids(emu: &EmulatorHandle, users: impl Iterator<Item = usize>) -> Vec<String> {
    let members = emu.members();
    let mut ids: Vec<String> = users
        .map(|i| {
            let email = format!("u{i}@example.com");
            members
                .iter()
                .find(|m| m.email == email)
                .unwrap_or_else(|| panic!("no member {email}"))
                .team_member_id
                .clone()
        })
        .collect();
    ids.sort();
    ids
}

const GROUP_WRITES: [&str; 5] = [
    "/2/team/groups/create",
    "/2/team/groups/update",
    "/2/team/groups/delete",
    "/2/team/groups/members/add",
    "/2/team/groups/members/remove",
];

fn writes(emu: &EmulatorHandle) -> Vec<u64> {
    let stats = emu.stats();
    GROUP_WRITES.iter().map(|p| stats.count(p)).collect()
}

#[test]
fn three_groups_of_thirty_are_created_with_their_members_and_a_rerun_writes_nothing() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    let names = ["Sales", "Engineering", "Support"];
    setup(home.path(), &emu, &users_csv(90, &names), &names, &[]);
    let out = sync_json(home.path(), "staff", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report = &stdout_json(&out)[0];
    assert_eq!(report["groups"]["synced"], 3, "{report}");
    let groups = emu.groups();
    assert_eq!(groups.len(), 3);
    for (n, name) in names.iter().enumerate() {
        let g = group(&groups, name);
        assert_eq!(
            g.members,
            member_ids(&emu, (0..90).filter(|i| i % 3 == n)),
            "{name}"
        );
        assert!(g.external_id.as_deref().is_some_and(|x| !x.is_empty()));
    }
    // One create and one add per group: every member in one call.
    assert_eq!(writes(&emu), vec![3, 0, 0, 3, 0]);
    assert_eq!(emu.stats().malformed, 0);

    let before = writes(&emu);
    let out = sync_json(home.path(), "staff", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(writes(&emu), before, "a rerun sends no group write");
    let status = dbxprov(home.path())
        .args(["sync", "status", "staff", "--groups", "--json"])
        .output()
        .unwrap();
    assert!(status.status.success(), "{}", text(&status.stderr));
    let rows = stdout_json(&status);
    assert_eq!(rows.as_array().unwrap().len(), 3, "{rows}");
    assert!(rows
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["state"] == "synced"
            && r["members"] == 30
            && r["dropbox_group_id"]
                .as_str()
                .is_some_and(|id| id.starts_with("g:"))));
    // Without a rule: every rule's groups, each row naming its rule.
    let all = dbxprov(home.path())
        .args(["sync", "status", "--groups"])
        .output()
        .unwrap();
    assert!(all.status.success(), "{}", text(&all.stderr));
    let table = text(&all.stdout);
    let lines: Vec<&str> = table.lines().collect();
    assert!(lines[0].starts_with("RULE "), "{table}");
    assert_eq!(
        lines.iter().filter(|l| l.starts_with("staff ")).count(),
        3,
        "{table}"
    );
}

#[test]
fn a_renamed_group_keeps_its_id_and_moved_users_take_one_call_per_group() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    let names = ["Sales", "Engineering", "Support"];
    setup(home.path(), &emu, &users_csv(90, &names), &names, &[]);
    assert!(sync_json(home.path(), "staff", &[]).status.success());
    let sales_id = group(&emu.groups(), "Sales").group_id.clone();

    run_ok(
        home.path(),
        &["directory", "group", "rename", "Sales", "Sales EMEA", "-q"],
    );
    // Five of Sales's users move to Support.
    let moved: Vec<usize> = vec![0, 3, 6, 9, 12];
    let emails: Vec<String> = moved.iter().map(|i| format!("u{i}@example.com")).collect();
    let mut remove = vec!["directory", "group", "remove-member", "Sales EMEA"];
    remove.extend(emails.iter().map(String::as_str));
    run_ok(home.path(), &remove);
    let mut add = vec!["directory", "group", "add-member", "Support"];
    add.extend(emails.iter().map(String::as_str));
    run_ok(home.path(), &add);

    let before = writes(&emu);
    let out = sync_json(home.path(), "staff", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let after = writes(&emu);
    // The rename says old -> new, in the run's report and in its journal.
    let renamed = serde_json::json!([{"attribute": "name", "old": "Sales", "new": "Sales EMEA"}]);
    let report = &stdout_json(&out)[0];
    let run = report["run_id"].to_string();
    let shown = json(home.path(), &["sync", "show", &run]);
    let rename = shown["operations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["action"] == "group_rename")
        .unwrap_or_else(|| panic!("no rename journaled: {shown}"));
    assert_eq!(rename["changes"], renamed, "{rename}");
    assert_eq!(
        rename["reason"],
        "the name differs from the directory group's"
    );
    let sent: Vec<u64> = after.iter().zip(&before).map(|(a, b)| a - b).collect();
    // No create or delete; one rename; one add (Support) and one remove (Sales EMEA).
    assert_eq!(sent, vec![0, 1, 0, 1, 1]);
    let groups = emu.groups();
    let sales = group(&groups, "Sales EMEA");
    assert_eq!(sales.group_id, sales_id, "renamed in place");
    let stayed = (0..90).filter(|i| i % 3 == 0 && !moved.contains(i));
    assert_eq!(sales.members, member_ids(&emu, stayed));
    let support = group(&groups, "Support");
    let joined = (0..90).filter(|i| i % 3 == 2 || moved.contains(i));
    assert_eq!(support.members, member_ids(&emu, joined));
}

#[test]
fn a_hand_made_group_of_the_same_name_fails_untouched_until_adopted() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    let outsider = emu.seed_members(&[SeedMember::new("boss@example.com", "Big", "Boss")]);
    let hand_made = emu.seed_group("sales", None, &[outsider[0].as_str()]);
    setup(
        home.path(),
        &emu,
        &users_csv(6, &["Sales"]),
        &["Sales"],
        &[],
    );

    let out = sync_json(home.path(), "staff", &[]);
    assert_eq!(out.status.code(), Some(5), "{}", text(&out.stderr));
    let report = &stdout_json(&out)[0];
    assert_eq!(report["groups"]["failed"], 1, "{report}");
    let error = report["groups"]["failures"][0]["error"].as_str().unwrap();
    assert!(error.contains("--adopt-existing-groups"), "{error}");
    let g = group(&emu.groups(), "sales").clone();
    assert_eq!(g.group_id, hand_made);
    assert_eq!(g.members, outsider, "left untouched");
    assert_eq!(g.external_id, None);

    run_ok(
        home.path(),
        &["rule", "update", "staff", "--adopt-existing-groups", "-q"],
    );
    let out = sync_json(home.path(), "staff", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let g = group(&emu.groups(), "Sales").clone();
    assert_eq!(
        g.group_id, hand_made,
        "adopted, and renamed to the directory's spelling"
    );
    let mut want = member_ids(&emu, 0..6);
    want.extend(outsider);
    want.sort();
    assert_eq!(g.members, want, "the hand-added member stays");
}

#[test]
fn dropping_groups_deletes_only_the_rules_own_and_the_guard_counts_them() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    // Eleven groups: one is dropped alone, then 3 of the remaining 10 at once.
    let names: Vec<String> = (0..11).map(|i| format!("G{i}")).collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let foreign = emu.seed_group("Board", None, &[]);
    setup(home.path(), &emu, &users_csv(30, &names), &names, &[]);
    assert!(sync_json(home.path(), "staff", &[]).status.success());
    assert_eq!(emu.groups().len(), 12);

    run_ok(
        home.path(),
        &[
            "rule",
            "update",
            "staff",
            "--remove-provision-group",
            "G0",
            "-q",
        ],
    );
    let out = sync_json(home.path(), "staff", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let left: Vec<String> = emu.groups().into_iter().map(|g| g.name).collect();
    assert_eq!(left.len(), 11, "{left:?}");
    assert!(!left.contains(&"G0".to_string()));
    assert!(
        emu.groups().iter().any(|g| g.group_id == foreign),
        "never owned, never deleted"
    );

    let mut args = vec!["rule", "update", "staff", "-q"];
    for g in ["G1", "G2", "G3"] {
        args.extend(["--remove-provision-group", g]);
    }
    run_ok(home.path(), &args);
    let out = sync_json(home.path(), "staff", &[]);
    assert_eq!(out.status.code(), Some(6), "3 of 10 groups trip the guard");
    let report = &stdout_json(&out)[0];
    assert_eq!(report["guard"]["group_deletions"], 3, "{report}");
    let error = text(&out.stderr);
    assert!(error.contains("delete 3 of its 10 groups"), "{error}");
    assert_eq!(emu.groups().len(), 11, "nothing deleted");
    // The groups' 9 memberships go with them, and count.
    assert_eq!(report["guard"]["membership_removals"], 9, "{report}");
    let out = sync_json(home.path(), "staff", &["--allow-deletes", "3"]);
    assert_eq!(out.status.code(), Some(6));
    let out = sync_json(home.path(), "staff", &["--allow-deletes", "9"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(emu.groups().len(), 8);
}

/// The routes a no-change run may call: listings, and the token refresh a new process makes.
const LISTINGS: [&str; 5] = [
    "/oauth2/token",
    "/2/team/members/list_v2",
    "/2/team/members/list/continue_v2",
    "/2/team/groups/list",
    "/2/team/groups/list/continue",
];

#[test]
fn a_thousand_groups_and_ten_thousand_users_complete_and_a_rerun_only_lists() {
    let emu = emulator_with(dbx_emulator::Config {
        invites_accepted_immediately: true,
        num_licensed_users: 20_000,
        ..dbx_emulator::Config::default()
    });
    let home = TempDir::new().unwrap();
    let names: Vec<String> = (0..1000).map(|g| format!("Team {g:03}")).collect();
    // User i is in groups i % 1000 and (i + 500) % 1000, so each group has 20 members.
    let mut csv = String::from("email,given_name,surname,population,groups\n");
    for i in 0..10_000 {
        let (a, b) = (&names[i % 1000], &names[(i + 500) % 1000]);
        csv.push_str(&format!("u{i}@example.com,Given{i},Sur{i},Staff,{a};{b}\n"));
    }
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    setup(home.path(), &emu, &csv, &names, &[]);

    let out = sync_json(home.path(), "staff", &["--concurrency", "8"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report = &stdout_json(&out)[0];
    assert_eq!(report["groups"]["synced"], 1000, "{}", report["groups"]);
    let groups = emu.groups();
    assert_eq!(groups.len(), 1000);
    assert!(groups.iter().all(|g| g.members.len() == 20));
    assert_eq!(emu.members().len(), 10_000);
    let first = emu.stats();
    assert_eq!(first.count("/2/team/groups/create"), 1000);
    assert_eq!(first.count("/2/team/groups/members/add"), 1000);
    assert_eq!(first.count("/2/team/groups/members/list"), 0);
    assert_eq!(first.malformed, 0);

    let out = sync_json(home.path(), "staff", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let rerun = emu.stats();
    let sent: Vec<(&String, u64)> = rerun
        .by_path
        .iter()
        .map(|(path, n)| (path, n - first.count(path)))
        .filter(|(_, n)| *n > 0)
        .collect();
    assert!(
        sent.iter()
            .all(|(path, _)| LISTINGS.contains(&path.as_str())),
        "a no-change rerun only lists: {sent:?}"
    );
    // 10,000 members in pages of 1,000 and 1,000 groups in pages of 1,000.
    let pages = |path: &str| rerun.count(path) - first.count(path);
    assert_eq!(
        pages("/2/team/members/list_v2") + pages("/2/team/members/list/continue_v2"),
        10
    );
    assert_eq!(
        pages("/2/team/groups/list") + pages("/2/team/groups/list/continue"),
        1
    );
}

#[test]
fn rule_delete_with_deprovision_deletes_the_rules_groups_and_no_other() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    let foreign = emu.seed_group("Board", None, &[]);
    let names = ["Sales", "Support"];
    setup(home.path(), &emu, &users_csv(10, &names), &names, &[]);
    assert!(sync_json(home.path(), "staff", &[]).status.success());
    assert_eq!(emu.groups().len(), 3);

    let out = dbxprov(home.path())
        .args(["rule", "delete", "staff", "--deprovision", "--yes"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stderr);
    assert!(
        said.contains("10 Dropbox members to suspend and 2 Dropbox groups to delete"),
        "the count comes first: {said}"
    );
    assert!(said.contains("its 2 Dropbox groups deleted"), "{said}");
    let left = emu.groups();
    assert_eq!(left.len(), 1, "{left:?}");
    assert_eq!(left[0].group_id, foreign, "the group it never owned stays");
}

#[test]
fn a_group_deleted_in_the_directory_is_deleted_in_dropbox_with_a_warning() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    let names = ["Alpha", "Beta"];
    setup(home.path(), &emu, &users_csv(4, &names), &names, &[]);
    assert!(sync_json(home.path(), "staff", &[]).status.success());
    let beta = group(&emu.groups(), "Beta").group_id.clone();

    let out = dbxprov(home.path())
        .args(["directory", "group", "delete", "Beta", "--yes"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stderr);
    assert!(
        said.contains("Rule \"staff\" provisions it: the next run deletes its Dropbox group"),
        "{said}"
    );
    let out = sync_json(home.path(), "staff", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let left = emu.groups();
    assert!(left.iter().all(|g| g.group_id != beta), "{left:?}");
    assert_eq!(
        group(&left, "Alpha").members.len(),
        2,
        "the other group stays"
    );
}

//! The README's walk-through is a script that works (issue 11): from the quick start on,
//! every command block runs as shown, in order, on a fresh home, against the emulator
//! started as the quick start starts it (its address in place of 127.0.0.1:8765), and
//! the LDAP block against the emulator's AD-flavoured server (its plain address in place
//! of the example's ldaps:// one, which needs no CA file then).

use std::process::Command;

use crate::common::*;
use dbx_emulator::SeedMember;
use tempfile::TempDir;

/// Every `sh` block from the quick start on, in order, but for those that build or
/// install dbxprov (`cargo`) and those for a real Dropbox team (`APP_KEY`); then the
/// command of the crontab line. Each is preceded by an `echo` naming it, so that a
/// failure says which block broke.
fn walk_through() -> (String, usize) {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let from = readme.find("## Quick start").expect("the quick start");
    let mut script = String::new();
    let mut blocks = 0;
    let mut rest = &readme[from..];
    while let Some(at) = rest.find("```sh\n") {
        let body = &rest[at + "```sh\n".len()..];
        let end = body.find("```").unwrap();
        let block = &body[..end];
        rest = &body[end + 3..];
        if block.contains("cargo ") || block.contains("APP_KEY") {
            continue;
        }
        blocks += 1;
        let first = block.lines().next().unwrap_or_default();
        script.push_str(&format!(
            "echo '### block {blocks}: {}'\n{block}",
            first.replace('\'', "")
        ));
    }
    let cron = readme.find("```cron\n").expect("the crontab line") + "```cron\n".len();
    let line = readme[cron..].lines().next().unwrap();
    // Five time fields, then the command; the test's home in place of the example's.
    let command: Vec<&str> = line.split_whitespace().skip(5).collect();
    let command = command
        .join(" ")
        .replace("DBXPROV_HOME=/var/lib/dbxprov", "");
    script.push_str(&format!("echo '### the crontab line'\n{command}\n"));
    (script, blocks)
}

/// The directory files the walk-through imports, standing for an admin's own.
fn write_example_files(dir: &std::path::Path) {
    std::fs::write(
        dir.join("hr-export.csv"),
        "email,given_name,surname,population,department\n\
         ann@example.com,Ann,Lee,Staff,Sales\n\
         carl@example.com,Carl,Diaz,Staff,Support\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("contractors.json"),
        r#"[{"email":"dee@example.com","given_name":"Dee","surname":"Roy","department":"Board"}]"#,
    )
    .unwrap();
}

#[test]
fn the_walk_through_runs_as_shown() {
    let emu = emulator();
    // As `--seed-active 2` seeds them.
    emu.seed_members(&[
        SeedMember::new("member1@example.com", "Given1", "Member1"),
        SeedMember::new("member2@example.com", "Given2", "Member2"),
    ]);
    let dir = TempDir::new().unwrap();
    let bin = dir.path().join("bin");
    std::fs::create_dir(&bin).unwrap();
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_dbxprov"), bin.join("dbxprov")).unwrap();
    write_example_files(dir.path());
    let (script, blocks) = walk_through();
    assert!(blocks >= 4, "only {blocks} blocks found:\n{script}");
    let ad = dbx_emulator::spawn_ad(dbx_emulator::AdConfig::default(), 0).unwrap();
    ad.add_users(&[
        dbx_emulator::AdUser::new("dana", "Dana", "Park"),
        dbx_emulator::AdUser::new("eli", "Eli", "Moss"),
    ]);
    let dana = ad.dn_of("dana").unwrap();
    ad.add_group("Dropbox-Design", &[dana]);
    std::fs::write(dir.path().join("pw.txt"), &ad.config().bind_password).unwrap();
    let script = script
        .replace("127.0.0.1:8765", &emu.addr().to_string())
        .replace("ldaps://dc1.corp.example.com", &ad.url())
        .replace(" --ca-file corp-ca.pem", "");
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut cmd = Command::new("bash");
    cmd.args(["-euo", "pipefail", "-c", &script])
        .current_dir(dir.path())
        .env("PATH", path)
        .env("DBXPROV_SECRET_STORE", "file")
        .env("NO_COLOR", "1")
        .env("TMPDIR", dir.path());
    for (key, _) in std::env::vars() {
        if key.starts_with("DBXPROV_") && key != "DBXPROV_SECRET_STORE" {
            cmd.env_remove(key);
        }
    }
    let out = cmd.output().unwrap();
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", text(&out.stderr));
    assert!(
        stdout.contains("Rule \"staff\" -> connection \"prod\": run 1 succeeded"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Rule \"contractors\" -> connection \"prod\": run 2 succeeded"),
        "{stdout}"
    );
    // The inbound rule's first full sync brings in the two seeded members.
    let inbound = stdout
        .split("Rule \"team-in\" <- connection \"prod\": run 6 succeeded")
        .nth(1)
        .unwrap_or_else(|| panic!("no inbound run: {stdout}"));
    assert!(
        inbound.contains("create     2        2          0"),
        "{inbound}"
    );
    let cron = stdout.split("### the crontab line\n").nth(1).unwrap();
    assert_eq!(cron, "", "cron is silent when all is well");
    let mut emails: Vec<String> = emu.members().into_iter().map(|m| m.email).collect();
    emails.sort();
    // Dee is a board member: the contractors rule's filter leaves her out. Dana and Eli
    // came from AD into Staff, and the staff rule pushed them to Dropbox.
    let mut expected: Vec<String> = ["ann", "bob", "carl", "eve", "member1", "member2"]
        .map(|n| format!("{n}@example.com"))
        .into();
    expected.extend(["dana", "eli"].map(|n| format!("{n}@corp.example.com")));
    expected.sort();
    assert_eq!(emails, expected);
    let design = stdout.contains("group create");
    assert!(design, "the AD rule's dry run plans its group: {stdout}");
    assert_eq!(
        emu.members()
            .iter()
            .filter(|m| m.given_name == "Evie")
            .count(),
        0
    );
}

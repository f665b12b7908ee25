//! `dbxprov directory ...` end to end: the real binary on a real SQLite file.

use std::path::Path;

use crate::common::*;
use predicates::prelude::*;
use tempfile::TempDir;

const HEADER: &str =
    "username,email,given_name,surname,enabled,population,groups,department,employee_id";

fn row(i: usize) -> String {
    let department = ["Sales", "Ops", "\"R&D, Labs\""][i % 3];
    format!(
        "user{i},user{i}@example.com,Given{i},\"Sur, {i}\",true,Default,Staff;Team {},{department},{}",
        i % 5,
        10_000 + i
    )
}

fn write_csv(dir: &Path, name: &str, rows: impl IntoIterator<Item = String>) -> std::path::PathBuf {
    let mut text = format!("{HEADER}\n");
    for r in rows {
        text.push_str(&r);
        text.push('\n');
    }
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn import(home: &Path, file: &Path, extra: &[&str]) -> serde_json::Value {
    let out = dbxprov(home)
        .args(["directory", "import"])
        .arg(file)
        .args(extra)
        .arg("--json")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    stdout_json(&out)
}

fn user_count(home: &Path, extra: &[&str]) -> usize {
    let out = dbxprov(home)
        .args(["directory", "user", "list", "--json"])
        .args(extra)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    stdout_json(&out).as_array().unwrap().len()
}

#[test]
fn bad_rows_change_nothing_then_the_fixed_file_imports() {
    let home = TempDir::new().unwrap();
    let files = TempDir::new().unwrap();
    let mut rows: Vec<String> = (0..1000).map(row).collect();
    rows[10] = rows[10].replace("user10@example.com", "user10@");
    rows[20] = rows[20].replace("user20@example.com", "user5@example.com");
    rows[30] = rows[30].replace(",true,", ",maybe,");
    let bad = write_csv(files.path(), "users.csv", rows);
    let name = bad.display().to_string();
    dbxprov(home.path())
        .args(["directory", "import"])
        .arg(&bad)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!(
            "{name} has 3 problems; nothing was changed"
        )))
        .stderr(predicate::str::contains(format!(
            "{name}:12: email: email is not an address Dropbox accepts"
        )))
        .stderr(predicate::str::contains(format!(
            "{name}:22: email: duplicate email user5@example.com (first at {name}:7)"
        )))
        .stderr(predicate::str::contains(format!(
            "{name}:32: enabled: \"maybe\" is not a boolean"
        )));
    assert_eq!(user_count(home.path(), &[]), 0);
    // --json puts the problems in the error's details.
    let out = dbxprov(home.path())
        .args(["directory", "import", "--json"])
        .arg(&bad)
        .output()
        .unwrap();
    let e: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(e["error"]["details"].as_array().unwrap().len(), 3);

    let good = write_csv(files.path(), "users.csv", (0..1000).map(row));
    let r = import(home.path(), &good, &[]);
    assert_eq!(
        (r["created"].as_u64(), r["updated"].as_u64()),
        (Some(1000), Some(0))
    );
    assert_eq!(user_count(home.path(), &[]), 1000);
    let r = import(home.path(), &good, &[]);
    assert_eq!(r["unchanged"], 1000);
    assert_eq!(r["created"], 0);
    assert_eq!(r["updated"], 0);
}

/// The addresses of issue 7 that Dropbox answers with a 400.
const REFUSED_BY_DROPBOX: [&str; 3] = ["a!b@example.com", "josé@example.com", "c@example.c"];
const NOT_AN_ADDRESS: &str = "email is not an address Dropbox accepts";

#[test]
fn values_dropbox_refuses_never_enter_the_directory() {
    let home = TempDir::new().unwrap();
    let files = TempDir::new().unwrap();
    let mut csv = String::from("email,given_name,surname\n");
    for email in REFUSED_BY_DROPBOX {
        csv.push_str(&format!("{email},Given,Surname\n"));
    }
    csv.push_str("ok@example.com,Ok,Fine\n");
    let file = files.path().join("people.csv");
    std::fs::write(&file, csv).unwrap();
    let name = file.display().to_string();
    let out = dbxprov(home.path())
        .args(["directory", "import"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(&format!("{name} has 3 problems; nothing was changed")),
        "{stderr}"
    );
    // The same problem on several rows is one line naming them.
    assert!(
        stderr.contains(&format!("{name}:2, 3, 4: email: {NOT_AN_ADDRESS}")),
        "{stderr}"
    );
    for email in REFUSED_BY_DROPBOX {
        assert!(
            !stderr.contains(email),
            "the address is not echoed: {stderr}"
        );
    }
    assert_eq!(user_count(home.path(), &[]), 0);

    // A surname with a character Dropbox refuses in names.
    let file = files.path().join("names.csv");
    std::fs::write(&file, "email,surname\nann@example.com,Lee: Jr\n").unwrap();
    let name = file.display().to_string();
    dbxprov(home.path())
        .args(["directory", "import"])
        .arg(&file)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!(
            "{name}:2: surname: surname contains ':', which Dropbox refuses"
        )))
        .stderr(predicate::str::contains("Lee: Jr").not());
    assert_eq!(user_count(home.path(), &[]), 0);

    dbxprov(home.path())
        .args(["directory", "user", "add", "a!b@example.com"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(NOT_AN_ADDRESS))
        .stderr(predicate::str::contains("a!b").not());
    dbxprov(home.path())
        .args(["directory", "user", "add", "ann@example.com"])
        .args(["--given-name", "Ann\tLee"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "given name contains a control character",
        ));
    assert_eq!(user_count(home.path(), &[]), 0);

    dbxprov(home.path())
        .args(["directory", "user", "add", "ann@example.com"])
        .args(["--given-name", "Ann", "--surname", "Lee"])
        .assert()
        .success();
    let refused: [(&str, &str, &str); 3] = [
        ("--email", "c@example.c", NOT_AN_ADDRESS),
        (
            "--given-name",
            "A/B",
            "given name contains '/', which Dropbox refuses",
        ),
        (
            "--surname",
            &"x".repeat(51),
            "surname is 51 characters long; Dropbox accepts at most 50",
        ),
    ];
    for (flag, value, message) in refused {
        dbxprov(home.path())
            .args(["directory", "user", "set", "ann@example.com", flag, value])
            .assert()
            .code(1)
            .stderr(predicate::str::contains(message));
    }
    let out = dbxprov(home.path())
        .args(["directory", "user", "list", "--json"])
        .output()
        .unwrap();
    let users = stdout_json(&out);
    let ann = &users.as_array().unwrap()[0];
    // Nothing of the refused changes stuck.
    assert_eq!(ann["email"], "ann@example.com");
    assert_eq!(ann["given_name"], "Ann");
    assert_eq!(ann["surname"], "Lee");
}

#[test]
fn replace_deletes_only_the_missing_users_of_the_population() {
    let home = TempDir::new().unwrap();
    let files = TempDir::new().unwrap();
    dbxprov(home.path())
        .args(["directory", "population", "create", "Contractors"])
        .assert()
        .success();
    for i in 0..5 {
        dbxprov(home.path())
            .args([
                "directory",
                "user",
                "add",
                &format!("c{i}@example.com"),
                "--population",
                "Contractors",
            ])
            .assert()
            .success();
    }
    let all = write_csv(files.path(), "all.csv", (0..1000).map(row));
    import(home.path(), &all, &[]);
    let part = write_csv(files.path(), "part.csv", (0..990).map(row));
    let dry = import(home.path(), &part, &["--replace", "--dry-run"]);
    assert_eq!(dry["deleted"], 10);
    assert_eq!(
        user_count(home.path(), &[]),
        1005,
        "a dry run changes nothing"
    );
    let r = import(home.path(), &part, &["--replace"]);
    assert_eq!(r["deleted"], 10);
    assert_eq!(r["unchanged"], 990);
    let mut deleted: Vec<String> = r["deleted_users"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_string())
        .collect();
    deleted.sort();
    let expected: Vec<String> = (990..1000)
        .map(|i| format!("user{i}@example.com"))
        .collect();
    assert_eq!(deleted, expected);
    assert_eq!(user_count(home.path(), &["--population", "Default"]), 990);
    assert_eq!(user_count(home.path(), &["--population", "Contractors"]), 5);
    // An empty file would delete everyone: refused.
    let empty = write_csv(files.path(), "empty.csv", Vec::new());
    dbxprov(home.path())
        .args(["directory", "import", "--replace"])
        .arg(&empty)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("refused"));
    assert_eq!(user_count(home.path(), &[]), 995);
}

#[test]
fn export_then_import_changes_nothing() {
    let home = TempDir::new().unwrap();
    let files = TempDir::new().unwrap();
    let all = write_csv(files.path(), "all.csv", (0..50).map(row));
    import(home.path(), &all, &[]);
    dbxprov(home.path())
        .args([
            "directory",
            "user",
            "set",
            "user1",
            "--attr",
            "note=has \"quotes\"; and, commas",
        ])
        .assert()
        .success();
    for format in ["csv", "json"] {
        let out = dbxprov(home.path())
            .args(["directory", "export", "--format", format])
            .output()
            .unwrap();
        assert!(out.status.success());
        let file = files.path().join(format!("export.{format}"));
        std::fs::write(&file, &out.stdout).unwrap();
        let r = import(home.path(), &file, &[]);
        assert_eq!(r["unchanged"], 50, "{format}: {r}");
        assert_eq!(r["created"], 0);
        assert_eq!(r["updated"], 0);

        // Into a fresh home, the export recreates the same directory.
        let other = TempDir::new().unwrap();
        let r = import(other.path(), &file, &[]);
        assert_eq!(r["created"], 50);
        let again = dbxprov(other.path())
            .args(["directory", "export", "--format", format])
            .output()
            .unwrap();
        assert_eq!(
            text(&again.stdout),
            text(&out.stdout),
            "{format} round trip"
        );
    }
    let csv = text(
        &dbxprov(home.path())
            .args(["directory", "export"])
            .output()
            .unwrap()
            .stdout,
    );
    assert!(csv.starts_with(
        "username,email,given_name,surname,enabled,population,groups,department,employee_id,note\n"
    ));
    assert!(csv.contains("user2,user2@example.com,Given2,\"Sur, 2\",true,Default,Staff;Team 2,\"R&D, Labs\",10002,\n"), "{csv}");
    assert!(csv.contains(",\"has \"\"quotes\"\"; and, commas\"\n"));
}

#[test]
fn a_user_is_found_by_id_username_and_email() {
    let home = TempDir::new().unwrap();
    let out = dbxprov(home.path())
        .args([
            "directory",
            "user",
            "add",
            "Ann.Lee@Example.com",
            "--username",
            "alee",
        ])
        .args([
            "--given-name",
            "Ann",
            "--surname",
            "Lee",
            "--attr",
            "department=Ops",
            "--json",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let id = stdout_json(&out)["id"].as_str().unwrap().to_string();
    for key in [id.as_str(), "alee", "ann.lee@example.com", "ALEE"] {
        let out = dbxprov(home.path())
            .args(["directory", "user", "show", key, "--json"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{key}: {}", text(&out.stderr));
        let u = stdout_json(&out);
        assert_eq!(u["id"], id.as_str());
        assert_eq!(u["attributes"]["department"], "Ops");
    }
    dbxprov(home.path())
        .args(["directory", "user", "show", "nobody"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "no user \"nobody\" in the directory",
        ));
    // Emails are unique case-insensitively.
    dbxprov(home.path())
        .args(["directory", "user", "add", "ann.lee@EXAMPLE.com"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("already has the email"));
}

#[test]
fn users_groups_and_populations_by_hand() {
    let home = TempDir::new().unwrap();
    let h = home.path();
    dbxprov(h)
        .args(["directory", "population", "create", "Interns"])
        .assert()
        .success();
    dbxprov(h)
        .args([
            "directory",
            "user",
            "add",
            "a@x.co",
            "--population",
            "Interns",
            "--given-name",
            "A",
        ])
        .assert()
        .success();
    dbxprov(h)
        .args(["directory", "user", "add", "b@x.co"])
        .assert()
        .success();
    dbxprov(h)
        .args([
            "directory",
            "user",
            "add",
            "c@x.co",
            "--population",
            "Nowhere",
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no population named \"Nowhere\""));
    dbxprov(h)
        .args(["directory", "group", "create", "Sales"])
        .assert()
        .success();
    dbxprov(h)
        .args([
            "directory",
            "group",
            "add-member",
            "Sales",
            "a@x.co",
            "b@x.co",
        ])
        .assert()
        .success()
        .stderr(predicate::str::contains("Added 2 users to \"Sales\""));
    dbxprov(h)
        .args([
            "directory",
            "group",
            "add-member",
            "Sales",
            "a@x.co",
            "ghost@x.co",
        ])
        .assert()
        .code(1);
    dbxprov(h)
        .args(["directory", "group", "remove-member", "Sales", "b@x.co"])
        .assert()
        .success();
    dbxprov(h)
        .args(["directory", "group", "rename", "Sales", "Sales EU"])
        .assert()
        .success();
    let out = dbxprov(h)
        .args(["directory", "group", "members", "Sales EU", "--json"])
        .output()
        .unwrap();
    let members = stdout_json(&out);
    assert_eq!(members.as_array().unwrap().len(), 1);
    assert_eq!(members[0]["email"], "a@x.co");
    assert_eq!(members[0]["groups"][0], "Sales EU");
    assert_eq!(user_count(h, &["--group", "Sales EU"]), 1);
    dbxprov(h)
        .args(["directory", "population", "delete", "Interns", "--yes"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "population \"Interns\" holds 1 users",
        ));
    dbxprov(h)
        .args([
            "directory",
            "user",
            "set",
            "a@x.co",
            "--population",
            "Default",
        ])
        .assert()
        .success();
    dbxprov(h)
        .args(["directory", "population", "delete", "Interns", "--yes"])
        .assert()
        .success();
    dbxprov(h)
        .args(["directory", "population", "delete", "Default", "--yes"])
        .assert()
        .code(1);
    dbxprov(h)
        .args(["directory", "user", "disable", "b@x.co"])
        .assert()
        .success();
    let out = dbxprov(h)
        .args(["directory", "user", "show", "b@x.co", "--json"])
        .output()
        .unwrap();
    assert_eq!(stdout_json(&out)["enabled"], false);
    dbxprov(h)
        .args([
            "directory",
            "user",
            "set",
            "b@x.co",
            "--surname",
            &"x".repeat(51),
        ])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("at most 50"));
    dbxprov(h)
        .args(["directory", "user", "delete", "b@x.co", "--yes"])
        .assert()
        .success();
    assert_eq!(user_count(h, &[]), 1);
    dbxprov(h)
        .args(["directory", "group", "delete", "Sales EU", "--yes"])
        .assert()
        .success();
    let out = dbxprov(h)
        .args(["directory", "user", "show", "a@x.co", "--json"])
        .output()
        .unwrap();
    assert_eq!(stdout_json(&out)["groups"], serde_json::json!([]));
    // Tables fit 80 columns.
    let out = dbxprov(h)
        .args(["directory", "user", "list"])
        .output()
        .unwrap();
    assert!(
        text(&out.stdout).lines().all(|l| l.chars().count() <= 80),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn populations_named_by_the_file() {
    let home = TempDir::new().unwrap();
    let files = TempDir::new().unwrap();
    let file = files.path().join("u.csv");
    std::fs::write(
        &file,
        "\u{feff}email,population\r\na@x.co,Interns\r\nb@x.co,interns\r\n",
    )
    .unwrap();
    dbxprov(home.path())
        .args(["directory", "import"])
        .arg(&file)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "u.csv:2: population: unknown population \"Interns\"",
        ))
        .stderr(predicate::str::contains(
            "u.csv:3: population: unknown population \"interns\"",
        ))
        .stderr(predicate::str::contains("--create-populations"));
    let r = import(home.path(), &file, &["--create-populations"]);
    assert_eq!(r["populations_created"], serde_json::json!(["Interns"]));
    assert_eq!(user_count(home.path(), &["--population", "Interns"]), 2);
}

#[test]
fn stdin_and_formats() {
    let home = TempDir::new().unwrap();
    dbxprov(home.path())
        .args(["directory", "import", "-", "--format", "json", "--json"])
        .write_stdin(r#"[{"email": "a@x.co", "enabled": false, "groups": ["G"], "level": 3}]"#)
        .assert()
        .success();
    let out = dbxprov(home.path())
        .args(["directory", "user", "show", "a@x.co", "--json"])
        .output()
        .unwrap();
    let u = stdout_json(&out);
    assert_eq!(u["enabled"], false);
    assert_eq!(u["groups"][0], "G");
    assert_eq!(u["attributes"]["level"], "3");
    dbxprov(home.path())
        .args(["directory", "import", "-"])
        .write_stdin("email\na@x.co\n")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--format"));
}

#[test]
fn the_same_problem_on_many_rows_is_one_line_with_a_count() {
    let home = TempDir::new().unwrap();
    let files = TempDir::new().unwrap();
    let mut csv = String::from("email,enabled\n");
    for i in 0..40 {
        csv.push_str(&format!("person{i}@example.com,maybe\n"));
    }
    csv.push_str("not-an-email,true\n");
    let file = files.path().join("many.csv");
    std::fs::write(&file, csv).unwrap();
    let name = file.display().to_string();
    let out = dbxprov(home.path())
        .args(["directory", "import"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(&format!("{name} has 41 problems")),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("{name}:2, 3, 4 and 37 more: enabled:")),
        "{stderr}"
    );
    assert!(stderr.contains(&format!("{name}:42: email:")), "{stderr}");
    assert_eq!(stderr.lines().count(), 4, "{stderr}"); // error, two kinds, hint
}

#[test]
fn a_file_without_line_ends_is_refused_at_once_not_read_whole() {
    let home = tempfile::TempDir::new().unwrap();
    let out = dbxprov(home.path())
        .args(["directory", "import", "/dev/zero", "--format", "csv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let said = text(&out.stderr);
    assert!(said.contains("line 1 is longer than 1 MiB"), "{said}");
}

#[test]
fn an_import_says_who_the_file_leaves_out_and_why_it_cannot_open_one() {
    let home = TempDir::new().unwrap();
    let h = home.path();
    let import = |csv: &str| {
        dbxprov(h)
            .args([
                "directory",
                "import",
                "-",
                "--format",
                "csv",
                "--create-populations",
            ])
            .write_stdin(csv.to_string())
            .output()
            .unwrap()
    };
    let out = import("email,population\na@x.co,Staff\nb@x.co,Staff\nc@x.co,Staff\n");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = import("email,population\na@x.co,Staff\n");
    assert!(out.status.success());
    let said = text(&out.stdout);
    assert!(
        said.contains("2 users of the populations in the file not in it: kept"),
        "{said}"
    );
    let out = dbxprov(h)
        .args(["-q", "directory", "import", "/no/such/people.csv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let said = text(&out.stderr);
    assert_eq!(said.lines().count(), 1, "{said}");
    assert!(said.contains("No such file or directory"), "{said}");
}

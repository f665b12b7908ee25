//! Operation logs for audit (issue 25, its first piece): `sync show RUN --format csv` is
//! one CSV row per operation, `sync history --format csv` one per run, read back by a
//! real CSV parser — a comma in a name included.

use crate::common::*;

fn csv_rows(out: &std::process::Output) -> (Vec<String>, Vec<Vec<String>>) {
    assert!(out.status.success(), "{}", text(&out.stderr));
    let mut r = csv::Reader::from_reader(out.stdout.as_slice());
    let header = r.headers().unwrap().iter().map(str::to_string).collect();
    let rows = r
        .records()
        .map(|rec| rec.unwrap().iter().map(str::to_string).collect())
        .collect();
    (header, rows)
}

#[test]
fn sync_show_as_csv_is_one_row_per_operation_and_history_one_per_run() {
    let emu = emulator();
    let home = tempfile::tempdir().unwrap();
    let csv = "email,given_name,surname,population\n\
               ann@example.com,Ann,Lee,Staff\nbob@example.com,Bob,Ray,Staff\ncy@example.com,Cy,Oh,Staff\n";
    staff_rule_over(home.path(), &emu, csv);
    assert!(sync_json(home.path(), "staff", &[]).status.success());
    let out = dbxprov(home.path())
        .args(["sync", "show", "1", "--format", "csv"])
        .output()
        .unwrap();
    let (header, rows) = csv_rows(&out);
    assert_eq!(
        header[..5],
        ["run", "rule", "operation_id", "time", "operation"]
    );
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert!(
        rows.iter().all(|r| r[4] == "create" && r[7] == "ok"),
        "{rows:?}"
    );
    // A name with a comma survives the round trip, in the changes column (Dropbox
    // refuses quotes in names).
    dbxprov(home.path())
        .args(["directory", "user", "set", "ann@example.com"])
        .args(["--given-name", "Ann, Jr", "-q"])
        .assert()
        .success();
    assert!(sync_json(home.path(), "staff", &[]).status.success());
    let out = dbxprov(home.path())
        .args(["sync", "show", "2", "--format", "csv"])
        .output()
        .unwrap();
    let (header, rows) = csv_rows(&out);
    let changes = header.iter().position(|h| h == "changes").unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0][changes], "given_name: Ann -> Ann, Jr");
    let out = dbxprov(home.path())
        .args(["sync", "history", "--format", "csv"])
        .output()
        .unwrap();
    let (header, rows) = csv_rows(&out);
    assert_eq!(
        header[..5],
        ["run", "rule", "started", "finished", "outcome"]
    );
    let runs: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(runs, ["2", "1"]);
    // Two formats at once: refused.
    let out = dbxprov(home.path())
        .args(["sync", "show", "1", "--format", "csv", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
}

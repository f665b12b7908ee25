//! One timestamp format (issue 11): every time in a `--json` document is RFC 3339 in
//! UTC, whatever command wrote it; tables use the same.

use crate::common::*;
use serde_json::Value;
use tempfile::TempDir;

/// Every value in `doc` at a key that names a time, with the path it was found at.
fn times(doc: &Value, path: &str, found: &mut Vec<(String, Value)>) {
    match doc {
        Value::Object(map) => {
            for (k, v) in map {
                let here = format!("{path}.{k}");
                let is_time = k == "at" || k.ends_with("_at") || k == "last_sync";
                if is_time && !v.is_null() {
                    found.push((here.clone(), v.clone()));
                }
                times(v, &here, found);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| times(v, path, found)),
        _ => {}
    }
}

fn is_rfc3339_utc(v: &Value) -> bool {
    v.as_str()
        .is_some_and(|s| s.len() == 20 && s.ends_with('Z') && humantime::parse_rfc3339(s).is_ok())
}

#[test]
fn every_time_in_json_output_is_rfc3339_utc() {
    let emu = active_emulator();
    let home = TempDir::new().unwrap();
    // Creating the connection tests it: `connection show` has the test's time too.
    staff_rule_over(
        home.path(),
        &emu,
        "email,population,groups\nann@example.com,Staff,Sales\nbob@example.com,Staff,\n",
    );
    let run = sync_json(home.path(), "staff", &[]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    let commands: &[&[&str]] = &[
        &["connection", "list"],
        &["connection", "show", "prod"],
        &["directory", "user", "list"],
        &["directory", "user", "show", "ann@example.com"],
        &["directory", "group", "list"],
        &["directory", "population", "list"],
        &["rule", "list"],
        &["rule", "show", "staff"],
        &["sync", "status"],
        &["sync", "status", "staff", "--users"],
        &["sync", "history"],
        &["sync", "show", "1"],
    ];
    let mut seen = 0;
    for args in commands {
        let out = dbxprov(home.path())
            .arg("--json")
            .args(*args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        let mut found = Vec::new();
        times(&stdout_json(&out), "", &mut found);
        assert!(!found.is_empty(), "{args:?} shows no time at all");
        for (path, v) in found {
            assert!(is_rfc3339_utc(&v), "{args:?} {path} = {v}");
            seen += 1;
        }
    }
    assert!(seen >= 20, "only {seen} times checked");
}

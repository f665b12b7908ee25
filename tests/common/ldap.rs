//! What the LDAP tests share, whatever the server (slapd, or the emulator's AD): an LDAP
//! connection created through the binary, an inbound rule `staff` into population Staff,
//! and a run's exit.

use std::path::Path;
use std::process::Output;

use super::{dbxprov, text};

/// Where a directory is and who reads it.
pub struct Directory<'a> {
    pub url: &'a str,
    pub bind_dn: &'a str,
    pub base: &'a str,
    pub password: &'a str,
}

/// `connection create NAME --kind ldap ...` with the password in `DBXPROV_BIND_PASSWORD`,
/// and `extra` flags.
pub fn create_ldap(home: &Path, name: &str, d: &Directory<'_>, extra: &[&str]) -> Output {
    dbxprov(home)
        .args([
            "connection",
            "create",
            name,
            "--kind",
            "ldap",
            "--url",
            d.url,
        ])
        .args(["--bind-dn", d.bind_dn, "--base-dn", d.base])
        .args(extra)
        .env("DBXPROV_BIND_PASSWORD", d.password)
        .output()
        .unwrap()
}

/// Population Staff, and inbound rule `staff` of `connection` into it (with `extra`).
pub fn staff_rule(home: &Path, connection: &str, extra: &[&str]) {
    dbxprov(home)
        .args(["directory", "population", "create", "Staff"])
        .assert()
        .success();
    dbxprov(home)
        .args([
            "rule",
            "create",
            "inbound",
            "staff",
            "--connection",
            connection,
        ])
        .args(["--population", "Staff"])
        .args(extra)
        .assert()
        .success();
}

/// `sync run RULE`, which must exit `code`; what it said on stderr.
pub fn run_exiting(home: &Path, rule: &str, code: i32) -> String {
    let out = dbxprov(home).args(["sync", "run", rule]).output().unwrap();
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(code), "{}{err}", text(&out.stdout));
    err
}

//! The SQLite store under concurrency: processes started together on a fresh home.

mod common;

use common::*;
use tempfile::TempDir;

fn integrity(home: &std::path::Path) -> String {
    dbxprov::store::Store::open(home)
        .unwrap()
        .integrity_check()
        .unwrap()
}

#[test]
fn two_creates_at_once_on_a_fresh_home_both_succeed() {
    let emu = emulator();
    for round in 0..5 {
        let home = TempDir::new().unwrap();
        let home = home.path().join("fresh"); // not even the directory exists yet
        let children: Vec<_> = ["alpha", "beta"]
            .iter()
            .map(|name| {
                let mut cmd = std_dbxprov(&home);
                cmd.args(["connection", "create", name, "--client-id", CLIENT_ID])
                    .args(["--service-uri", &emu.service_uri()])
                    .args(["--token-endpoint", &emu.token_endpoint()])
                    .env("DBXPROV_CLIENT_SECRET", SECRET)
                    .env("DBXPROV_REFRESH_TOKEN", REFRESH)
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped());
                cmd.spawn().unwrap()
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert!(out.status.success(), "round {round}: {}", text(&out.stderr));
        }
        assert_eq!(integrity(&home), "ok");
        let out = dbxprov(&home)
            .args(["connection", "list", "--json"])
            .output()
            .unwrap();
        let names: Vec<_> = stdout_json(&out)
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["name"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(names, ["alpha", "beta"]);
    }
}

#[test]
fn two_creates_of_one_name_leave_the_winners_secrets() {
    for round in 0..5 {
        let home = TempDir::new().unwrap();
        let home = home.path().join("fresh");
        let children: Vec<_> = ["A", "B"]
            .iter()
            .map(|who| {
                let mut cmd = std_dbxprov(&home);
                cmd.args([
                    "connection",
                    "create",
                    "prod",
                    "--client-id",
                    "key",
                    "--no-test",
                ])
                .args(["--description", who])
                .env("DBXPROV_CLIENT_SECRET", format!("secret-{who}"))
                .env("DBXPROV_REFRESH_TOKEN", format!("refresh-{who}"))
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped());
                cmd.spawn().unwrap()
            })
            .collect();
        let outputs: Vec<_> = children
            .into_iter()
            .map(|c| c.wait_with_output().unwrap())
            .collect();
        let winners = outputs.iter().filter(|o| o.status.success()).count();
        assert_eq!(winners, 1, "round {round}: exactly one create wins");
        let loser = outputs.iter().find(|o| !o.status.success()).unwrap();
        assert_eq!(loser.status.code(), Some(1));
        assert!(
            text(&loser.stderr).contains("already exists"),
            "{}",
            text(&loser.stderr)
        );
        assert_eq!(integrity(&home), "ok");
        let out = dbxprov(&home)
            .args(["connection", "show", "prod", "--json"])
            .output()
            .unwrap();
        let who = stdout_json(&out)["description"]
            .as_str()
            .unwrap()
            .to_string();
        let secrets: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(home.join("secrets.json")).unwrap())
                .unwrap();
        assert_eq!(secrets["prod"]["client-secret"], format!("secret-{who}"));
        assert_eq!(secrets["prod"]["refresh-token"], format!("refresh-{who}"));
    }
}

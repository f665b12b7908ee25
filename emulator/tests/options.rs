//! The misbehaviours a `Config` can ask for, each off by default, over real HTTP: expiring
//! and single-use list cursors, failing async jobs, faults on the token endpoint, and
//! plain-text 429s.

mod common;

use std::time::Duration;

use common::{start, Api};
use dbx_emulator::{Config, EmulatorHandle, FailingJobs, MemberStatus, SeedMember};
use reqwest::header::{CONTENT_TYPE, RETRY_AFTER};
use serde_json::{json, Value};

const CONTINUE: &str = "members/list/continue_v2";
const ADD_POLL: &str = "members/add/job_status/get_v2";
const REMOVE_POLL: &str = "members/remove/job_status/get";

/// An emulator with three members on the team.
async fn team_of_three(config: Config) -> Api {
    let api = Api::start(config).await;
    api.emu.seed_members(&[
        SeedMember::new("a@x.com", "A", "A"),
        SeedMember::new("b@x.com", "B", "B"),
        SeedMember::new("c@x.com", "C", "C"),
    ]);
    api
}

/// The cursor of the first page of one member.
async fn first_cursor(api: &Api) -> Value {
    api.ok("members/list_v2", json!({"limit": 1})).await["cursor"].clone()
}

#[tokio::test]
async fn an_expired_cursor_is_an_invalid_cursor() {
    let api = team_of_three(Config {
        cursor_lifetime: Duration::ZERO,
        ..Config::default()
    })
    .await;
    let cursor = first_cursor(&api).await;
    let (status, body) = api.call(CONTINUE, json!({"cursor": cursor})).await;
    assert_eq!(status, 409, "{body}");
    assert_eq!(
        body,
        json!({"error_summary": "invalid_cursor/...", "error": {".tag": "invalid_cursor"}})
    );
}

#[tokio::test]
async fn cursors_live_long_by_default() {
    let api = team_of_three(Config::default()).await;
    let cursor = first_cursor(&api).await;
    tokio::time::sleep(Duration::from_millis(20)).await;
    let page = api.ok(CONTINUE, json!({"cursor": cursor})).await;
    assert_eq!(page["members"][0]["profile"]["email"], "b@x.com");
}

#[tokio::test]
async fn a_superseded_cursor_can_be_refused() {
    let api = team_of_three(Config {
        refuse_reused_cursors: true,
        ..Config::default()
    })
    .await;
    let first = first_cursor(&api).await;
    let second = api.ok(CONTINUE, json!({"cursor": first})).await;
    assert_eq!(second["members"][0]["profile"]["email"], "b@x.com");
    api.refused(CONTINUE, json!({"cursor": first}), "invalid_cursor")
        .await;
    // The cursor that superseded it still works, once.
    let third = api.ok(CONTINUE, json!({"cursor": second["cursor"]})).await;
    assert_eq!(third["members"][0]["profile"]["email"], "c@x.com");
    api.refused(
        CONTINUE,
        json!({"cursor": second["cursor"]}),
        "invalid_cursor",
    )
    .await;
}

/// Adds one member asynchronously and polls its job to the end.
async fn add_by_job(api: &Api, email: &str) -> Value {
    let launched = api
        .ok(
            "members/add_v2",
            json!({"new_members": [{"member_email": email}], "force_async": true}),
        )
        .await;
    let job = json!({"async_job_id": launched["async_job_id"]});
    api.ok(ADD_POLL, job).await
}

#[tokio::test]
async fn the_nth_add_job_fails_but_its_work_is_done() {
    let api = Api::start(Config {
        failing_add_jobs: FailingJobs::Nth(2),
        ..Config::default()
    })
    .await;
    assert_eq!(add_by_job(&api, "a@x.com").await[".tag"], "complete");
    let failed = add_by_job(&api, "b@x.com").await;
    assert_eq!(failed[".tag"], "failed", "{failed}");
    assert!(failed["failed"].is_string(), "{failed}");
    assert_eq!(add_by_job(&api, "c@x.com").await[".tag"], "complete");
    // Jobs are done at launch: the failed one added its member too.
    assert_eq!(api.emu.members().len(), 3);
}

#[tokio::test]
async fn every_remove_job_can_fail_with_internal_error() {
    let api = team_of_three(Config {
        async_remove: true,
        failing_remove_jobs: FailingJobs::Every,
        ..Config::default()
    })
    .await;
    for email in ["a@x.com", "b@x.com"] {
        let user = json!({".tag": "email", "email": email});
        let launched = api
            .ok("members/remove", json!({"user": user, "wipe_data": false}))
            .await;
        let job = json!({"async_job_id": launched["async_job_id"]});
        api.refused(REMOVE_POLL, job, "internal_error").await;
    }
    let removed = api
        .emu
        .members()
        .iter()
        .filter(|m| m.status == MemberStatus::Removed)
        .count();
    assert_eq!(removed, 2);
}

/// A refresh-token grant: the response as it came (it need not be JSON).
async fn refresh(emu: &EmulatorHandle) -> reqwest::Response {
    let c = Config::default();
    reqwest::Client::new()
        .post(emu.token_endpoint())
        .form(&[
            ("grant_type", "refresh_token"),
            ("refresh_token", c.refresh_token.as_str()),
            ("client_id", c.client_id.as_str()),
            ("client_secret", c.client_secret.as_str()),
        ])
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn the_token_endpoint_can_fail_then_rate_limit_then_heal() {
    let emu = start(Config {
        token_5xx_count: 2,
        token_429_count: 1,
        retry_after_secs: 3,
        ..Config::default()
    });
    for _ in 0..2 {
        assert!(refresh(&emu).await.status().is_server_error());
    }
    let limited = refresh(&emu).await;
    assert_eq!(limited.status(), 429);
    assert_eq!(limited.headers()[RETRY_AFTER], "3");
    assert_eq!(refresh(&emu).await.status(), 200);
    assert_eq!(emu.stats().count("/oauth2/token"), 4);
}

#[tokio::test]
async fn the_token_endpoint_can_refuse_every_refresh_token() {
    let emu = start(Config {
        token_invalid_grant: true,
        ..Config::default()
    });
    let refused = refresh(&emu).await;
    assert_eq!(refused.status(), 400);
    let body: Value = refused.json().await.unwrap();
    assert_eq!(body["error"], "invalid_grant", "{body}");
}

#[tokio::test]
async fn a_429_can_be_plain_text() {
    let api = Api::start(Config {
        rate_429: 1.0,
        retry_after_secs: 5,
        plain_text_429: true,
        ..Config::default()
    })
    .await;
    let r = reqwest::Client::new()
        .post(format!("{}/team/get_info", api.emu.service_uri()))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 429);
    assert_eq!(r.headers()[RETRY_AFTER], "5");
    let content_type = r.headers()[CONTENT_TYPE].to_str().unwrap().to_string();
    assert!(content_type.starts_with("text/plain"), "{content_type}");
    let text = r.text().await.unwrap();
    assert!(serde_json::from_str::<Value>(&text).is_err(), "{text}");

    // The token endpoint's 429s follow the same setting.
    let emu = start(Config {
        token_429_count: 1,
        plain_text_429: true,
        ..Config::default()
    });
    let limited = refresh(&emu).await;
    assert_eq!(limited.status(), 429);
    assert!(limited.headers()[CONTENT_TYPE]
        .to_str()
        .unwrap()
        .starts_with("text/plain"));
}

//! The Dropbox client in-process against the emulator: token refresh (early, and once on
//! `expired_access_token`), retries on 5xx and 429 with `Retry-After`, request counts.

mod common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::*;
use dbx_emulator::Config;
use dbxprov::dropbox::{ApiError, Client, ClientSettings, NoObserver, Observer, RetryPolicy};
use dbxprov::secrets::Secret;

fn fast_retries() -> RetryPolicy {
    RetryPolicy {
        base_delay: Duration::from_millis(5),
        max_delay: Duration::from_millis(50),
        ..RetryPolicy::default()
    }
}

fn client_for(emu: &dbx_emulator::EmulatorHandle, observer: Arc<dyn Observer>) -> Client {
    client_with(emu, fast_retries(), observer)
}

fn client_with(
    emu: &dbx_emulator::EmulatorHandle,
    retry: RetryPolicy,
    observer: Arc<dyn Observer>,
) -> Client {
    let c = Config::default();
    Client::new(
        ClientSettings {
            service_uri: emu.service_uri(),
            token_endpoint: emu.token_endpoint(),
            client_id: c.client_id,
            client_secret: Some(Secret::new(c.client_secret)),
            refresh_token: Secret::new(c.refresh_token),
            retry,
        },
        observer,
    )
}

#[tokio::test]
async fn an_expired_token_is_refreshed_once() {
    let emu = emulator();
    let client = client_for(&emu, Arc::new(NoObserver));
    client.get_info().await.unwrap();
    client.get_info().await.unwrap();
    assert_eq!(emu.stats().count("/oauth2/token"), 1, "the token is cached");
    emu.expire_access_tokens();
    let team = client.get_info().await.unwrap();
    assert_eq!(team.name, "Emulated Team");
    let stats = emu.stats();
    assert_eq!(stats.count("/oauth2/token"), 2);
    assert_eq!(
        stats.count("/2/team/get_info"),
        4,
        "one 401, then the retry"
    );
    assert_eq!(client.requests(), stats.total);

    // Revoking the app invalidates the access token; the refresh that follows says why.
    emu.revoke_all_tokens();
    match client.get_info().await {
        Err(ApiError::InvalidGrant { .. }) => {}
        other => panic!("expected invalid_grant, got {other:?}"),
    }
}

#[tokio::test]
async fn a_short_lived_token_is_refreshed_before_it_expires() {
    let emu = emulator_with(Config {
        token_lifetime: Duration::from_secs(1),
        ..Config::default()
    });
    let client = client_for(&emu, Arc::new(NoObserver));
    client.get_info().await.unwrap();
    tokio::time::sleep(Duration::from_millis(1000)).await;
    client.get_info().await.unwrap();
    let stats = emu.stats();
    assert_eq!(stats.count("/oauth2/token"), 2);
    assert_eq!(
        stats.count("/2/team/get_info"),
        2,
        "no call was refused as expired"
    );
}

#[tokio::test]
async fn faults_are_retried_until_the_call_succeeds() {
    let emu = emulator_with(Config {
        rate_5xx: 0.15,
        rate_429: 0.15,
        retry_after_secs: 0,
        seed: 42,
        ..Config::default()
    });
    let client = client_for(&emu, Arc::new(NoObserver));
    for _ in 0..40 {
        client.get_info().await.unwrap();
    }
    let stats = emu.stats();
    assert!(
        stats.count("/2/team/get_info") > 40,
        "some calls were retried"
    );
    assert_eq!(client.requests(), stats.total, "every request is counted");
}

#[tokio::test]
async fn server_errors_give_up_after_the_attempt_limit() {
    let emu = emulator_with(Config {
        rate_5xx: 1.0,
        ..Config::default()
    });
    let client = client_for(&emu, Arc::new(NoObserver));
    match client.get_info().await {
        Err(ApiError::Server { attempts: 5, .. }) => {}
        other => panic!("expected a server error after 5 attempts, got {other:?}"),
    }
    assert_eq!(emu.stats().count("/2/team/get_info"), 5);
}

#[derive(Default)]
struct Delays(Mutex<Vec<Duration>>);

impl Observer for Delays {
    fn retrying(&self, _target: &str, _reason: &str, delay: Duration) {
        self.0.lock().unwrap().push(delay);
    }
}

#[tokio::test]
async fn retry_after_comes_from_the_header_then_the_body() {
    for header in [true, false] {
        let emu = emulator_with(Config {
            rate_429: 1.0,
            retry_after_secs: 2,
            retry_after_header: header,
            ..Config::default()
        });
        let delays = Arc::new(Delays::default());
        let retry = RetryPolicy {
            max_rate_limited: 2,
            ..fast_retries()
        };
        let client = client_with(&emu, retry, delays.clone());
        match client.get_info().await {
            Err(ApiError::RateLimited { attempts: 2, .. }) => {}
            other => panic!("expected rate limiting to give up, got {other:?}"),
        }
        assert_eq!(
            *delays.0.lock().unwrap(),
            [Duration::from_secs(2)],
            "header: {header}"
        );
    }
}

#[test]
fn unknown_auth_tags_do_not_break_parsing() {
    let e = dbxprov::dropbox::AuthError::from_body(&serde_json::json!({
        "error_summary": "brand_new_reason/..",
        "error": {".tag": "brand_new_reason"}
    }));
    assert_eq!(
        e,
        dbxprov::dropbox::AuthError::Other("brand_new_reason".into())
    );
}

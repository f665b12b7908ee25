//! The emulator rejects what the real Dropbox rejects, the way it rejects it, and
//! implements the OAuth grants faithfully (PKCE, single-use codes, client checks).

mod common;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use common::{access_token, grant, start, token};
use dbx_emulator::{Config, EmulatorHandle};
use reqwest::header::CONTENT_TYPE;
use serde_json::Value;
use sha2::{Digest, Sha256};

fn get_info(emu: &EmulatorHandle) -> reqwest::RequestBuilder {
    reqwest::Client::new().post(format!("{}/team/get_info", emu.service_uri()))
}

#[tokio::test]
async fn get_info_accepts_no_body_or_null() {
    let emu = start(Config::default());
    let token = access_token(&emu).await;
    let r = get_info(&emu).bearer_auth(&token).send().await.unwrap();
    assert_eq!(r.status(), 200);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["name"], "Emulated Team");
    assert_eq!(body["num_licensed_users"], 1000);
    let r = get_info(&emu)
        .bearer_auth(&token)
        .header(CONTENT_TYPE, "application/json")
        .body("null")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(emu.stats().count("/2/team/get_info"), 2);
}

#[tokio::test]
async fn malformed_requests_get_plain_text_400s() {
    let emu = start(Config::default());
    let token = access_token(&emu).await;
    let cases: Vec<(reqwest::RequestBuilder, &str)> = vec![
        (get_info(&emu), "Must provide HTTP header \"Authorization\""),
        (
            get_info(&emu).header("Authorization", format!("Basic {token}")),
            "Expecting \"Bearer <oauth2-access-token>\"",
        ),
        (
            get_info(&emu)
                .bearer_auth(&token)
                .header(CONTENT_TYPE, "text/plain")
                .body("null"),
            "Bad HTTP \"Content-Type\" header: \"text/plain\"",
        ),
        (
            get_info(&emu)
                .bearer_auth(&token)
                .header(CONTENT_TYPE, "application/json")
                .body("{\"unexpected\": 1}"),
            "expected null",
        ),
        (
            get_info(&emu)
                .bearer_auth(&token)
                .header(CONTENT_TYPE, "application/json")
                .body("{not json"),
            "could not decode input as JSON",
        ),
        (
            get_info(&emu)
                .bearer_auth(&token)
                .header("Dropbox-API-Select-User", "dbmid:x"),
            "Unexpected \"dropbox-api-select-user\" header",
        ),
    ];
    let n = cases.len() as u64;
    for (request, expected) in cases {
        let r = request.send().await.unwrap();
        assert_eq!(r.status(), 400);
        assert!(r
            .headers()
            .get(CONTENT_TYPE)
            .unwrap()
            .to_str()
            .unwrap()
            .starts_with("text/plain"));
        let text = r.text().await.unwrap();
        assert!(
            text.starts_with("Error in call to API function \"team/get_info\": "),
            "{text}"
        );
        assert!(text.contains(expected), "{text:?} lacks {expected:?}");
    }
    assert_eq!(emu.stats().malformed, n, "every 400 is counted");
}

#[tokio::test]
async fn only_malformed_requests_count_as_malformed() {
    let emu = start(Config::default());
    let access = access_token(&emu).await;
    let ok = get_info(&emu).bearer_auth(&access).send().await.unwrap();
    assert_eq!(ok.status(), 200);
    let unauthorized = get_info(&emu)
        .bearer_auth("sl.forged")
        .send()
        .await
        .unwrap();
    assert_eq!(unauthorized.status(), 401);
    let (status, _) = token(&emu, &[("grant_type", "refresh_token")]).await;
    assert_eq!(status, 400, "an OAuth error, not an API call");
    assert_eq!(emu.stats().malformed, 0);

    let bad = get_info(&emu)
        .bearer_auth(&access)
        .header(CONTENT_TYPE, "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 400);
    let members = reqwest::Client::new()
        .post(format!("{}/team/members/list_v2", emu.service_uri()))
        .bearer_auth(&access)
        .json(&serde_json::json!({"limit": 0}))
        .send()
        .await
        .unwrap();
    assert_eq!(members.status(), 400);
    assert_eq!(emu.stats().malformed, 2);
}

#[tokio::test]
async fn auth_failures_are_json_401s() {
    let emu = start(Config::default());
    let r = get_info(&emu)
        .bearer_auth("sl.forged")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["error"][".tag"], "invalid_access_token");

    let token = access_token(&emu).await;
    emu.expire_access_tokens();
    let r = get_info(&emu).bearer_auth(&token).send().await.unwrap();
    assert_eq!(r.status(), 401);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["error"][".tag"], "expired_access_token");
    assert!(body["error_summary"]
        .as_str()
        .unwrap()
        .starts_with("expired_access_token/"));
}

#[tokio::test]
async fn a_missing_scope_is_named() {
    let emu = start(Config {
        scopes: vec!["members.read".into()],
        ..Config::default()
    });
    let (token, body) = grant(&emu).await;
    assert_eq!(
        body.get("scope"),
        None,
        "a refresh answer says nothing of scopes"
    );
    let r = get_info(&emu).bearer_auth(&token).send().await.unwrap();
    assert_eq!(r.status(), 401);
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["error"][".tag"], "missing_scope");
    assert_eq!(body["error"]["required_scope"], "team_info.read");
}

#[tokio::test]
async fn token_endpoint_errors() {
    let emu = start(Config::default());
    let c = Config::default();
    let grant = |refresh: &'static str, id: &'static str, secret: &'static str| {
        vec![
            ("grant_type", "refresh_token"),
            ("refresh_token", refresh),
            ("client_id", id),
            ("client_secret", secret),
        ]
    };
    let (s, b) = token(
        &emu,
        &grant("revoked", "dbxemu-app-key", "dbxemu-app-secret"),
    )
    .await;
    assert_eq!((s, b["error"].as_str().unwrap()), (400, "invalid_grant"));
    assert_eq!(
        b["error_description"],
        "refresh token is invalid or revoked"
    );
    let (s, b) = token(
        &emu,
        &grant("dbxemu-refresh-token", "dbxemu-app-key", "wrong"),
    )
    .await;
    assert_eq!((s, b["error"].as_str().unwrap()), (400, "invalid_client"));
    let (s, b) = token(
        &emu,
        &grant("dbxemu-refresh-token", "other-app", "dbxemu-app-secret"),
    )
    .await;
    assert_eq!((s, b["error"].as_str().unwrap()), (400, "invalid_client"));
    // A non-PKCE refresh token needs the secret.
    let (s, b) = token(
        &emu,
        &[
            ("grant_type", "refresh_token"),
            ("refresh_token", &c.refresh_token),
            ("client_id", &c.client_id),
        ],
    )
    .await;
    assert_eq!((s, b["error"].as_str().unwrap()), (400, "invalid_client"));
    let (s, b) = token(
        &emu,
        &[("grant_type", "password"), ("client_id", &c.client_id)],
    )
    .await;
    assert_eq!(
        (s, b["error"].as_str().unwrap()),
        (400, "unsupported_grant_type")
    );
    // JSON is not a form.
    let r = reqwest::Client::new()
        .post(emu.token_endpoint())
        .json(&serde_json::json!({"grant_type": "refresh_token"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    let b: Value = r.json().await.unwrap();
    assert_eq!(b["error"], "invalid_request");
    // HTTP Basic client authentication works too.
    let r = reqwest::Client::new()
        .post(emu.token_endpoint())
        .basic_auth(&c.client_id, Some(&c.client_secret))
        .form(&[
            ("grant_type", "refresh_token"),
            ("refresh_token", &c.refresh_token),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    emu.revoke_all_tokens();
    let (s, b) = token(
        &emu,
        &grant(
            "dbxemu-refresh-token",
            "dbxemu-app-key",
            "dbxemu-app-secret",
        ),
    )
    .await;
    assert_eq!((s, b["error"].as_str().unwrap()), (400, "invalid_grant"));
}

async fn authorize_code(emu: &EmulatorHandle, challenge: &str, access_type: &str) -> String {
    let url = reqwest::Url::parse_with_params(
        &emu.authorize_url(),
        &[
            ("client_id", "dbxemu-app-key"),
            ("response_type", "code"),
            ("token_access_type", access_type),
            ("code_challenge", challenge),
            ("code_challenge_method", "S256"),
        ],
    )
    .unwrap();
    let r = reqwest::get(url).await.unwrap();
    assert_eq!(r.status(), 200);
    r.text().await.unwrap().lines().last().unwrap().to_string()
}

#[tokio::test]
async fn pkce_code_flow() {
    let emu = start(Config::default());
    let verifier = "v".repeat(50);
    let challenge = URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()));
    let exchange = |code: String, verifier: String| {
        let emu_token = emu.token_endpoint();
        async move {
            let r = reqwest::Client::new()
                .post(emu_token)
                .form(&[
                    ("grant_type", "authorization_code"),
                    ("code", code.as_str()),
                    ("client_id", "dbxemu-app-key"),
                    ("code_verifier", verifier.as_str()),
                ])
                .send()
                .await
                .unwrap();
            (r.status().as_u16(), r.json::<Value>().await.unwrap())
        }
    };
    let code = authorize_code(&emu, &challenge, "offline").await;
    let (s, b) = exchange(code.clone(), "w".repeat(50)).await;
    assert_eq!((s, b["error"].as_str().unwrap()), (400, "invalid_grant"));
    // The failed attempt used the code up.
    let (s, _) = exchange(code, verifier.clone()).await;
    assert_eq!(s, 400);

    let code = authorize_code(&emu, &challenge, "offline").await;
    let (s, b) = exchange(code.clone(), verifier.clone()).await;
    assert_eq!(s, 200, "{b}");
    let refresh = b["refresh_token"].as_str().unwrap().to_string();
    let (s, _) = exchange(code, verifier.clone()).await;
    assert_eq!(s, 400, "codes are single-use");
    // A PKCE refresh token refreshes without the secret.
    let (s, b) = token(
        &emu,
        &[
            ("grant_type", "refresh_token"),
            ("refresh_token", &refresh),
            ("client_id", "dbxemu-app-key"),
        ],
    )
    .await;
    assert_eq!(s, 200, "{b}");

    // Online access gives no refresh token.
    let code = authorize_code(&emu, &challenge, "online").await;
    let (s, b) = exchange(code, verifier).await;
    assert_eq!(s, 200);
    assert!(b.get("refresh_token").is_none());

    let r = reqwest::get(format!(
        "{}?client_id=nope&response_type=code",
        emu.authorize_url()
    ))
    .await
    .unwrap();
    assert_eq!(r.status(), 400);
}

#[tokio::test]
async fn injected_faults() {
    let emu = start(Config {
        rate_429: 1.0,
        retry_after_secs: 7,
        ..Config::default()
    });
    let token = access_token(&emu).await;
    let r = get_info(&emu).bearer_auth(&token).send().await.unwrap();
    assert_eq!(r.status(), 429);
    assert_eq!(r.headers()["retry-after"], "7");
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["error"]["retry_after"], 7);

    let emu = start(Config {
        rate_5xx: 1.0,
        ..Config::default()
    });
    let token = access_token(&emu).await;
    let r = get_info(&emu).bearer_auth(&token).send().await.unwrap();
    assert!(r.status().is_server_error());
}

#[tokio::test]
async fn unknown_routes_are_404() {
    let emu = start(Config::default());
    let r = reqwest::Client::new()
        .post(format!("{}/team/no_such_route", emu.service_uri()))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
    assert!(r.text().await.unwrap().contains("team/no_such_route"));
}

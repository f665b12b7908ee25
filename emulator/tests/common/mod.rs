//! What the emulator's test files share: starting an emulator, getting tokens from it, and
//! calling its API routes.

// Each test file uses a different part of this module.
#![allow(dead_code)]

use dbx_emulator::{spawn, Config, EmulatorHandle};
use serde_json::Value;

pub fn start(config: Config) -> EmulatorHandle {
    spawn(config, 0).expect("emulator starts")
}

/// A call to the token endpoint with a form body: the status and the JSON answer.
pub async fn token(emu: &EmulatorHandle, form: &[(&str, &str)]) -> (u16, Value) {
    let r = reqwest::Client::new()
        .post(emu.token_endpoint())
        .form(form)
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.json().await.unwrap())
}

/// An access token from the refresh-token grant, and the grant's body.
pub async fn grant(emu: &EmulatorHandle) -> (String, Value) {
    let c = Config::default();
    let (status, body) = token(
        emu,
        &[
            ("grant_type", "refresh_token"),
            ("refresh_token", &c.refresh_token),
            ("client_id", &c.client_id),
            ("client_secret", &c.client_secret),
        ],
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["token_type"], "bearer");
    assert_eq!(body["expires_in"], 14_400);
    (body["access_token"].as_str().unwrap().to_string(), body)
}

/// An access token; as Dropbox's refresh answers, the grant says nothing of its scopes.
pub async fn access_token(emu: &EmulatorHandle) -> String {
    let (token, body) = grant(emu).await;
    assert_eq!(body.get("scope"), None, "{body}");
    token
}

/// An emulator with a token, for calling `/2/team/*` routes.
pub struct Api {
    pub emu: EmulatorHandle,
    token: String,
    client: reqwest::Client,
}

impl Api {
    pub async fn start(config: Config) -> Api {
        let emu = start(config);
        let (token, _) = grant(&emu).await;
        Api {
            emu,
            token,
            client: reqwest::Client::new(),
        }
    }

    /// Calls `/2/team/{route}` with a JSON argument: the status and the answer, which is
    /// JSON, or a JSON string holding the plain text of a 400.
    pub async fn call(&self, route: &str, arg: Value) -> (u16, Value) {
        let r = self
            .client
            .post(format!("{}/team/{route}", self.emu.service_uri()))
            .bearer_auth(&self.token)
            .json(&arg)
            .send()
            .await
            .unwrap();
        let status = r.status().as_u16();
        let text = r.text().await.unwrap();
        let body = serde_json::from_str(&text).unwrap_or(Value::String(text));
        (status, body)
    }

    /// A call that must succeed: its answer.
    pub async fn ok(&self, route: &str, arg: Value) -> Value {
        let (status, body) = self.call(route, arg).await;
        assert_eq!(status, 200, "{route}: {body}");
        body
    }

    /// A call that must fail with the route error `tag` (409).
    pub async fn refused(&self, route: &str, arg: Value, tag: &str) {
        let (status, body) = self.call(route, arg).await;
        assert_eq!(status, 409, "{route}: {body}");
        assert_eq!(body["error"][".tag"], tag, "{route}: {body}");
        assert!(body["error_summary"]
            .as_str()
            .unwrap()
            .starts_with(&format!("{tag}/")));
    }

    /// A call that must be a malformed request (400, plain text) mentioning `expected`.
    pub async fn malformed(&self, route: &str, arg: Value, expected: &str) {
        let (status, body) = self.call(route, arg).await;
        assert_eq!(status, 400, "{route}: {body}");
        let text = body.as_str().expect("a 400 is plain text");
        assert!(
            text.starts_with(&format!("Error in call to API function \"team/{route}\": ")),
            "{text}"
        );
        assert!(text.contains(expected), "{text:?} lacks {expected:?}");
    }
}

//! A notification as a JSON POST: Slack's and Teams' incoming webhooks display its
//! `text`; anything else reads the whole document.

use std::time::Duration;

use super::message::{Failure, Message};
use crate::model::Secret;

/// POSTs the message's JSON to the URL `secret` holds. A 2xx is delivered; 408, 429
/// and 5xx, a timeout or a network error may pass if tried again; any other answer
/// will not. The URL never appears in an error (it is the webhook's credential).
pub(super) async fn post(
    url: Option<&Secret>,
    message: &Message,
    timeout: Duration,
) -> Result<(), Failure> {
    let Some(url) = url else {
        return Err(Failure::Permanent(
            "the webhook's URL is not in the secret store".into(),
        ));
    };
    // The URL used, wherever it came from (an environment override too), is held to
    // what `notify add` demands; a redirect is not followed (it could lead off https).
    crate::model::webhook_shown(url.expose()).map_err(|e| Failure::Permanent(e.to_string()))?;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(timeout)
        .build()
        .map_err(|e| Failure::Permanent(e.without_url().to_string()))?;
    let answer = client
        .post(url.expose())
        .json(&message.json)
        .send()
        .await
        .map_err(|e| Failure::Transient(said(e)))?;
    let status = answer.status();
    match status.as_u16() {
        200..=299 => Ok(()),
        408 | 429 | 500..=599 => Err(Failure::Transient(format!("the webhook answered {status}"))),
        _ => Err(Failure::Permanent(format!("the webhook answered {status}"))),
    }
}

/// A request's error without its URL, with its cause (`connection refused`).
fn said(e: reqwest::Error) -> String {
    let what = if e.is_timeout() {
        "timed out"
    } else if e.is_connect() {
        "could not connect"
    } else {
        "failed"
    };
    let mut text = format!("the webhook request {what}");
    let mut source = std::error::Error::source(&e);
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !cause_text.contains("://") {
            text = format!("{text}: {cause_text}");
        }
        source = cause.source();
    }
    text
}

//! Sending one HTTP request with retries: exponential backoff with jitter on 5xx and
//! network errors, `Retry-After` on 429 (header first, body second) shared by every
//! request of the client so that a rate limit slows the whole run, a bounded total retry
//! time, and a count of the requests sent.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rand::Rng;
use reqwest::{RequestBuilder, Response, StatusCode};

use super::error::ApiError;

/// What the client tells whoever listens (the CLI's `-v`). Never given a secret.
pub trait Observer: Send + Sync {
    /// A response arrived (`status`) or the request failed (`None`).
    fn request_done(&self, _target: &str, _status: Option<u16>, _elapsed: Duration) {}
    /// The request will be sent again after `delay`.
    fn retrying(&self, _target: &str, _reason: &str, _delay: Duration) {}
}

pub struct NoObserver;
impl Observer for NoObserver {}

/// How hard the client tries before giving up.
#[derive(Clone, Debug)]
pub struct RetryPolicy {
    /// Attempts on 5xx and network errors, the first included.
    pub max_attempts: u32,
    /// Attempts on 429, the first included.
    pub max_rate_limited: u32,
    pub base_delay: Duration,
    pub max_delay: Duration,
    /// No retry starts once this much time has passed since the first attempt.
    pub budget: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 5,
            max_rate_limited: 10,
            base_delay: Duration::from_millis(250),
            max_delay: Duration::from_secs(16),
            budget: Duration::from_secs(120),
        }
    }
}

impl RetryPolicy {
    /// Backoff before retry `n` (1-based): half fixed, half random ("equal jitter").
    fn backoff(&self, n: u32) -> Duration {
        let exp = self
            .base_delay
            .saturating_mul(1u32 << n.saturating_sub(1).min(16))
            .min(self.max_delay);
        let half = exp / 2;
        half + rand::rng().random_range(Duration::ZERO..=half)
    }
}

/// The HTTP client, shared retry state and request counter of one `Client` (or of a
/// token exchange that has no client yet).
pub struct Transport {
    http: reqwest::Client,
    retry: RetryPolicy,
    requests: AtomicU64,
    paused_until: Mutex<Option<Instant>>,
    observer: Arc<dyn Observer>,
}

impl Transport {
    pub fn new(retry: RetryPolicy, observer: Arc<dyn Observer>) -> Transport {
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(60))
            .user_agent(concat!("dbxprov/", env!("CARGO_PKG_VERSION")))
            .build()
            .expect("the TLS backend is compiled in");
        Transport {
            http,
            retry,
            requests: AtomicU64::new(0),
            paused_until: Mutex::new(None),
            observer,
        }
    }

    pub fn http(&self) -> &reqwest::Client {
        &self.http
    }

    /// HTTP requests sent so far, retries included.
    pub fn requests(&self) -> u64 {
        self.requests.load(Ordering::Relaxed)
    }

    async fn wait_if_paused(&self) {
        let until = *self.paused_until.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(until) = until {
            let now = Instant::now();
            if until > now {
                tokio::time::sleep(until - now).await;
            }
        }
    }

    fn pause_all(&self, delay: Duration) {
        let mut until = self.paused_until.lock().unwrap_or_else(|e| e.into_inner());
        let candidate = Instant::now() + delay;
        if until.is_none_or(|u| u < candidate) {
            *until = Some(candidate);
        }
    }

    /// Sends the request `build` makes until it gets an answer that is not a 429 or 5xx,
    /// or the policy gives up. Every other status is returned to the caller.
    pub async fn send(
        &self,
        target: &str,
        build: impl Fn() -> RequestBuilder,
    ) -> Result<Response, ApiError> {
        let started = Instant::now();
        let (mut failures, mut rate_limited) = (0u32, 0u32);
        loop {
            self.wait_if_paused().await;
            self.requests.fetch_add(1, Ordering::Relaxed);
            let sent = Instant::now();
            let result = build().send().await;
            let elapsed = sent.elapsed();
            let (reason, delay) = match result {
                Ok(response) => {
                    let status = response.status();
                    self.observer
                        .request_done(target, Some(status.as_u16()), elapsed);
                    if status == StatusCode::TOO_MANY_REQUESTS {
                        rate_limited += 1;
                        let wait = retry_after(response).await;
                        if rate_limited >= self.retry.max_rate_limited
                            || started.elapsed() + wait > self.retry.budget
                        {
                            return Err(ApiError::RateLimited {
                                target: target.into(),
                                attempts: failures + rate_limited,
                            });
                        }
                        self.pause_all(wait);
                        ("rate limited (429)".to_string(), wait)
                    } else if status.is_server_error() {
                        failures += 1;
                        let delay = self.retry.backoff(failures);
                        if failures >= self.retry.max_attempts
                            || started.elapsed() + delay > self.retry.budget
                        {
                            return Err(ApiError::Server {
                                target: target.into(),
                                status: status.as_u16(),
                                attempts: failures + rate_limited,
                            });
                        }
                        (format!("server error {}", status.as_u16()), delay)
                    } else {
                        return Ok(response);
                    }
                }
                Err(error) => {
                    self.observer.request_done(target, None, elapsed);
                    failures += 1;
                    let delay = self.retry.backoff(failures);
                    if failures >= self.retry.max_attempts
                        || started.elapsed() + delay > self.retry.budget
                    {
                        return Err(ApiError::Network {
                            target: target.into(),
                            attempts: failures + rate_limited,
                            source: error,
                        });
                    }
                    ("network error".to_string(), delay)
                }
            };
            self.observer.retrying(target, &reason, delay);
            tokio::time::sleep(delay).await;
        }
    }
}

/// The wait a 429 asks for: the `Retry-After` header (seconds), else the body's
/// `retry_after`, else one second.
async fn retry_after(response: Response) -> Duration {
    let header = response
        .headers()
        .get(reqwest::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    let secs = match header {
        Some(s) => s,
        None => response
            .json::<serde_json::Value>()
            .await
            .ok()
            .and_then(|b| b["error"]["retry_after"].as_u64())
            .unwrap_or(1),
    };
    Duration::from_secs(secs.min(300))
}

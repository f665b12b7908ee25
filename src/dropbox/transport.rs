//! Sending one HTTP request with retries: exponential backoff with jitter on 5xx and
//! network errors, `Retry-After` on 429 (header first, body second), a bounded total retry
//! time, a count of the requests sent, whether a retried request may already have been
//! applied, and (for a run) an adaptive limit on the requests in flight.
//!
//! Two kinds of 429. `too_many_requests` is the team's rate: the wait it asks for pauses
//! every request (and the limit on requests in flight halves); a wait longer than the
//! call's retry budget has left pauses only its route, and gives that call up: the
//! route's calls fail at once, without a request, while the run goes on with its other
//! routes.
//! `too_many_write_operations` is lock contention on one namespace (writes into one
//! member's Dropbox at once): only that request waits and tries again; nothing else slows.

use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rand::Rng;
use reqwest::{RequestBuilder, Response, StatusCode};

use super::error::ApiError;
use super::limit::{ConcurrencyLimit, ConcurrencyReport, Permit};

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
    /// Every wait and time limit of the policy is multiplied by this (1 in use; tests
    /// shorten them with `DBXPROV_TEST_RETRY_SCALE`, which `settings` reads). Applied
    /// by [`RetryPolicy::scaled`].
    pub time_scale: f64,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 5,
            max_rate_limited: 10,
            base_delay: Duration::from_millis(250),
            max_delay: Duration::from_secs(16),
            budget: Duration::from_secs(120),
            time_scale: 1.0,
        }
    }
}

impl RetryPolicy {
    /// `wait` as this policy waits it: multiplied by its time scale (unchanged for a
    /// scale of 1, or one that is not a finite positive number).
    pub fn scaled(&self, wait: Duration) -> Duration {
        if self.time_scale == 1.0 {
            return wait;
        }
        Duration::try_from_secs_f64(wait.as_secs_f64() * self.time_scale)
            .ok()
            .filter(|_| self.time_scale > 0.0)
            .unwrap_or(wait)
    }

    /// `wait` as it was before this policy scaled it.
    pub(crate) fn unscaled(&self, wait: Duration) -> Duration {
        if self.time_scale == 1.0 || self.time_scale <= 0.0 {
            return wait;
        }
        Duration::try_from_secs_f64(wait.as_secs_f64() / self.time_scale).unwrap_or(wait)
    }

    /// Backoff before retry `n` (1-based): half fixed, half random ("equal jitter").
    fn backoff(&self, n: u32) -> Duration {
        let exp = self
            .base_delay
            .saturating_mul(1u32 << n.saturating_sub(1).min(16))
            .min(self.max_delay);
        let half = self.scaled(exp / 2);
        half + rand::rng().random_range(Duration::ZERO..=half)
    }
}

/// The longest one attempt may take, connection included.
pub(super) const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);

/// The HTTP client, shared retry state and request counter of one `Client` (or of a
/// token exchange that has no client yet).
pub struct Transport {
    http: reqwest::Client,
    retry: RetryPolicy,
    requests: AtomicU64,
    /// Requests sent again (after a 5xx, a network error or a 429), and the 429s met.
    retries: AtomicU64,
    rate_limited: AtomicU64,
    /// Until when each route (the call's target) is paused by a `too_many_requests`.
    paused_until: Mutex<std::collections::HashMap<String, Instant>>,
    /// `None`: no limit of its own (a connection test, a token exchange).
    limit: Option<ConcurrencyLimit>,
    observer: Arc<dyn Observer>,
}

impl Transport {
    pub(crate) fn new(retry: RetryPolicy, observer: Arc<dyn Observer>) -> Transport {
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(10))
            .timeout(REQUEST_TIMEOUT)
            .user_agent(concat!("dbxprov/", env!("CARGO_PKG_VERSION")))
            .build()
            .expect("the TLS backend is compiled in");
        Transport {
            http,
            retry,
            requests: AtomicU64::new(0),
            retries: AtomicU64::new(0),
            rate_limited: AtomicU64::new(0),
            paused_until: Mutex::new(std::collections::HashMap::new()),
            limit: None,
            observer,
        }
    }

    /// At most `max` requests in flight, fewer while Dropbox answers 429.
    pub(crate) fn with_concurrency(mut self, max: usize) -> Transport {
        self.limit = Some(ConcurrencyLimit::new(max));
        self
    }

    /// What the concurrency limit did, if there is one.
    pub(crate) fn concurrency(&self) -> Option<ConcurrencyReport> {
        self.limit.as_ref().map(ConcurrencyLimit::report)
    }

    pub(crate) fn http(&self) -> &reqwest::Client {
        &self.http
    }

    /// HTTP requests sent so far, retries included.
    pub(crate) fn requests(&self) -> u64 {
        self.requests.load(Ordering::Relaxed)
    }

    /// `(retries, 429 answers)` so far.
    pub(crate) fn retries(&self) -> (u64, u64) {
        (
            self.retries.load(Ordering::Relaxed),
            self.rate_limited.load(Ordering::Relaxed),
        )
    }

    /// What is left of the 429 pause that holds route `target` (its own, or every
    /// route's).
    fn paused_for(&self, target: &str) -> Duration {
        let paused = self.paused_until.lock().unwrap_or_else(|e| e.into_inner());
        let now = Instant::now();
        [target, EVERY_ROUTE]
            .iter()
            .filter_map(|key| paused.get(*key))
            .map(|until| until.saturating_duration_since(now))
            .max()
            .unwrap_or_default()
    }

    async fn wait_if_paused(&self, target: &str) {
        let wait = self.paused_for(target);
        if !wait.is_zero() {
            tokio::time::sleep(wait).await;
        }
    }

    /// Pauses every request of route `target` (of every route: [`EVERY_ROUTE`]) for
    /// `delay`, or longer if it already is.
    fn pause(&self, target: &str, delay: Duration) {
        let mut paused = self.paused_until.lock().unwrap_or_else(|e| e.into_inner());
        let candidate = Instant::now() + delay;
        let until = paused.entry(target.to_string()).or_insert(candidate);
        if *until < candidate {
            *until = candidate;
        }
    }

    /// Sends the request `build` makes until it gets an answer that is not a 429 or 5xx,
    /// or the policy gives up. Every other status is returned to the caller.
    ///
    /// `build` runs once per attempt, after any 429 pause of its route is over, so that
    /// what it puts in the request (an access token) is current when the request leaves;
    /// an error from it ends the call. (A closure returning a future rather than an
    /// `AsyncFn`: rustc cannot yet prove the future of a generic async-closure call
    /// `Send`, and callers run on spawned tasks.)
    pub(crate) async fn send<Build>(
        &self,
        target: &str,
        build: impl Fn() -> Build,
    ) -> Result<Delivered, ApiError>
    where
        Build: Future<Output = Result<RequestBuilder, ApiError>>,
    {
        let mut call = Call::new(target, self.retry.scaled(self.retry.budget));
        loop {
            let (request, permit) = match self.ready_to_send(&mut call, &build).await? {
                Ready::Go(request, permit) => (request, permit),
                // A pause longer than this call may still try: given up now, without a
                // request; its item fails, and the next run tries it again.
                Ready::PausedTooLong(paused) => {
                    return Err(call.rate_limited(Some(self.retry.unscaled(paused))))
                }
            };
            self.requests.fetch_add(1, Ordering::Relaxed);
            let sent = Instant::now();
            let attempt = match request.send().await {
                Ok(r) if r.status() == StatusCode::TOO_MANY_REQUESTS => {
                    Attempt::Limited(rate_limit_of(r).await)
                }
                Ok(r) => Attempt::Answered(r),
                Err(e) => Attempt::Failed(e),
            };
            let elapsed = sent.elapsed();
            // A pause starts before this request's place is freed, so that no request
            // waiting for the place goes out in between.
            if let Attempt::Limited(limit) = &attempt {
                self.pause_for(&call, limit);
            }
            if let Some(p) = &permit {
                match &attempt {
                    Attempt::Limited(limit) if !limit.contention => p.rate_limited(),
                    Attempt::Answered(r) if !r.status().is_server_error() => p.succeeded(),
                    _ => {}
                }
            }
            drop(permit);
            let (reason, delay) = match attempt {
                Attempt::Limited(limit) => {
                    self.observer.request_done(target, Some(429), elapsed);
                    self.rate_limited.fetch_add(1, Ordering::Relaxed);
                    self.after_rate_limit(&mut call, &limit)?
                }
                Attempt::Answered(response) => {
                    let status = response.status();
                    self.observer
                        .request_done(target, Some(status.as_u16()), elapsed);
                    if !status.is_server_error() {
                        return Ok(Delivered {
                            response,
                            ambiguous: call.ambiguous,
                        });
                    }
                    // Dropbox may have applied the request before it failed.
                    call.ambiguous = true;
                    let delay = self.after_failure(&mut call);
                    let given_up = || ApiError::Server {
                        target: target.into(),
                        status: status.as_u16(),
                        attempts: call.attempts(),
                    };
                    (
                        format!("server error {}", status.as_u16()),
                        delay.ok_or_else(given_up)?,
                    )
                }
                Attempt::Failed(error) => {
                    self.observer.request_done(target, None, elapsed);
                    call.ambiguous |= may_have_arrived(&error);
                    match self.after_failure(&mut call) {
                        Some(delay) => ("network error".to_string(), delay),
                        None => {
                            return Err(ApiError::Network {
                                target: target.into(),
                                attempts: call.attempts(),
                                ambiguous: call.ambiguous,
                                source: error,
                            })
                        }
                    }
                }
            };
            self.observer.retrying(target, &reason, delay);
            self.retries.fetch_add(1, Ordering::Relaxed);
            tokio::time::sleep(delay).await;
        }
    }

    /// The pause a 429 starts: none for `too_many_write_operations` (contention on one
    /// namespace: only its request waits); every route's for a team's rate limit whose
    /// wait fits what the call may still try (honoured by every request, as Dropbox
    /// asks); its own route's only for a longer one (a storm: the route's calls fail at
    /// once, the others go on).
    fn pause_for(&self, call: &Call<'_>, limit: &RateLimit) {
        if limit.contention {
            return;
        }
        let wait = self.retry.scaled(limit.wait);
        let paused = if wait <= call.left() {
            EVERY_ROUTE
        } else {
            call.target
        };
        self.pause(paused, wait);
    }

    /// After a 429: the reason and wait of the retry, or the call given up (its attempts,
    /// or a wait longer than what it may still try).
    fn after_rate_limit(
        &self,
        call: &mut Call<'_>,
        limit: &RateLimit,
    ) -> Result<(String, Duration), ApiError> {
        call.rate_limited += 1;
        let wait = self.retry.scaled(limit.wait);
        let beyond_budget = wait > call.left();
        if call.rate_limited >= self.retry.max_rate_limited || beyond_budget {
            return Err(call.rate_limited(beyond_budget.then_some(limit.wait)));
        }
        Ok(if limit.contention {
            // Only this item waits (a little more, so that items contending for one
            // namespace do not come back together).
            let wait = wait + rand::rng().random_range(Duration::ZERO..=wait / 2);
            ("too many write operations (429)".to_string(), wait)
        } else {
            ("rate limited (429)".to_string(), wait)
        })
    }

    /// After a 5xx or a network error: the backoff before the next attempt, or `None`
    /// when the call gives up (its attempts, or its budget).
    fn after_failure(&self, call: &mut Call<'_>) -> Option<Duration> {
        call.failures += 1;
        let delay = self.retry.backoff(call.failures);
        let spent = call.failures >= self.retry.max_attempts || delay > call.left();
        (!spent).then_some(delay)
    }

    /// A request built when its route is not paused, and its place in flight: the place
    /// is taken after the build (building may itself send a token refresh), and a pause
    /// begun while waiting for it sends the request back to be built anew. A pause longer
    /// than what the call may still try is not waited for. Time waiting for a place is
    /// not trying: it goes into the call's `queued`.
    async fn ready_to_send<Build>(
        &self,
        call: &mut Call<'_>,
        build: &impl Fn() -> Build,
    ) -> Result<Ready<'_>, ApiError>
    where
        Build: Future<Output = Result<RequestBuilder, ApiError>>,
    {
        loop {
            let request = match self.build_when_unpaused(call, build).await? {
                Some(request) => request,
                None => return Ok(Ready::PausedTooLong(self.paused_for(call.target))),
            };
            let Some(limit) = &self.limit else {
                return Ok(Ready::Go(request, None));
            };
            let asked = Instant::now();
            let permit = limit.acquire().await;
            call.queued += asked.elapsed();
            if self.paused_for(call.target).is_zero() {
                return Ok(Ready::Go(request, Some(permit)));
            }
        }
    }

    /// Waits out the route's pause, then builds the request; when another request started
    /// a pause meanwhile (a refresh can take a while), waits again and builds anew, since
    /// the pause may outlast what the first build put in. `None`: the pause is longer
    /// than what the call may still try.
    async fn build_when_unpaused<Build>(
        &self,
        call: &Call<'_>,
        build: &impl Fn() -> Build,
    ) -> Result<Option<RequestBuilder>, ApiError>
    where
        Build: Future<Output = Result<RequestBuilder, ApiError>>,
    {
        loop {
            if self.paused_for(call.target) > call.left() {
                return Ok(None);
            }
            self.wait_if_paused(call.target).await;
            let request = build().await?;
            if self.paused_for(call.target).is_zero() {
                return Ok(Some(request));
            }
        }
    }
}

/// The pause key of a pause every route observes.
const EVERY_ROUTE: &str = "*";

/// One call's attempts so far, and what its retry budget has left. The budget counts the
/// time spent trying, from the call's start (waiting out a pause is trying: Dropbox asked
/// for it); waiting for a place in flight (other requests' turn) is not.
struct Call<'a> {
    target: &'a str,
    begun: Instant,
    queued: Duration,
    budget: Duration,
    failures: u32,
    rate_limited: u32,
    /// An attempt ended in a 5xx or a network error after it may have reached Dropbox.
    ambiguous: bool,
}

impl<'a> Call<'a> {
    fn new(target: &'a str, budget: Duration) -> Call<'a> {
        Call {
            target,
            begun: Instant::now(),
            queued: Duration::ZERO,
            budget,
            failures: 0,
            rate_limited: 0,
            ambiguous: false,
        }
    }

    /// What the budget has left now.
    fn left(&self) -> Duration {
        let tried = self.begun.elapsed().saturating_sub(self.queued);
        self.budget.saturating_sub(tried)
    }

    fn attempts(&self) -> u32 {
        self.failures + self.rate_limited
    }

    /// The call given up on 429s; `asked_wait`: the wait Dropbox asked for, beyond what
    /// the budget had left.
    fn rate_limited(&self, asked_wait: Option<Duration>) -> ApiError {
        ApiError::RateLimited {
            target: self.target.into(),
            attempts: self.attempts(),
            asked_wait,
            ambiguous: self.ambiguous,
        }
    }
}

/// An answer that is neither a 429 nor a 5xx.
pub struct Delivered {
    pub(crate) response: Response,
    /// An earlier attempt ended in a 5xx, or in a network error after which the request
    /// may have reached the server: a write may already have been applied once.
    pub(crate) ambiguous: bool,
}

/// Whether a failed attempt may have reached the server. A request that never got a
/// connection (refused, unresolvable, TLS or connect timeout) or was never built cannot
/// have been applied; one that failed later (a reset, a timeout waiting for the answer)
/// may have been.
fn may_have_arrived(error: &reqwest::Error) -> bool {
    !(error.is_connect() || error.is_builder())
}

/// A request ready to go, or a route paused for longer than the call can wait.
// Held for a moment on the stack of one call: boxing the larger variant buys nothing.
#[allow(clippy::large_enum_variant)]
enum Ready<'a> {
    Go(RequestBuilder, Option<Permit<'a>>),
    PausedTooLong(Duration),
}

/// How one attempt ended.
enum Attempt {
    /// An answer that is not a 429.
    Answered(Response),
    Limited(RateLimit),
    Failed(reqwest::Error),
}

/// What a 429 says.
struct RateLimit {
    /// The wait it asks for.
    wait: Duration,
    /// `too_many_write_operations`: contention on one namespace, not the team's rate.
    contention: bool,
}

/// A 429's wait, the `Retry-After` header (seconds), else the body's `retry_after`, else
/// one second; and its reason (a plain-text body has none: the team's rate).
async fn rate_limit_of(response: Response) -> RateLimit {
    let header = response
        .headers()
        .get(reqwest::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    let body: serde_json::Value = response
        .text()
        .await
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default();
    let secs = header
        .or_else(|| body["error"]["retry_after"].as_u64())
        .unwrap_or(1);
    RateLimit {
        wait: Duration::from_secs(secs.min(300)),
        contention: body["error"]["reason"][".tag"] == "too_many_write_operations",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_wait_and_limit_is_scaled() {
        let policy = RetryPolicy {
            time_scale: 0.5,
            ..RetryPolicy::default()
        };
        assert_eq!(
            policy.scaled(Duration::from_secs(3)),
            Duration::from_millis(1500)
        );
        for n in 1..8 {
            let unscaled = RetryPolicy {
                time_scale: 1.0,
                ..policy.clone()
            };
            let full = unscaled
                .base_delay
                .saturating_mul(1 << (n - 1))
                .min(unscaled.max_delay);
            let backoff = policy.backoff(n);
            assert!(backoff >= full / 4 && backoff <= full / 2, "retry {n}");
            let backoff = unscaled.backoff(n);
            assert!(backoff >= full / 2 && backoff <= full, "retry {n}");
        }
        let odd = RetryPolicy {
            time_scale: f64::NAN,
            ..policy
        };
        assert_eq!(odd.scaled(Duration::from_secs(3)), Duration::from_secs(3));
    }
}

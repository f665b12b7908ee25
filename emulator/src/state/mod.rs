//! Owns [`Shared`], the emulator's mutable state: issued tokens and codes, the request
//! counters, the fault dice and counters, and (behind a lock of its own) the [`Team`].
//! Above `team`, `stats` and `wire::faults`; the HTTP side (route plumbing, OAuth endpoints,
//! the server) is built on it.

pub(crate) mod cursors;
pub(crate) mod jobs;
pub(crate) mod team;

use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use rand::distr::Alphanumeric;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use crate::config::Config;
use crate::state::team::Team;
use crate::stats::Stats;
use crate::wire::faults::Fault;

pub(crate) struct AccessToken {
    pub expires_at: Instant,
    pub scopes: Vec<String>,
}

pub(crate) struct RefreshGrant {
    /// Obtained through PKCE: the client may refresh without its secret.
    pub pkce: bool,
    pub scopes: Vec<String>,
}

pub(crate) struct PendingCode {
    pub challenge: Option<(String, String)>,
    pub offline: bool,
    pub redirect_uri: Option<String>,
    pub issued: Instant,
}

pub(crate) struct Shared {
    pub config: Config,
    inner: Mutex<Inner>,
    /// Separate from `inner`: a team route holds it for the whole call, so each call is
    /// atomic, as Dropbox's are, while token checks and counters go on.
    team: Mutex<Team>,
    /// `/2/...` requests being answered now (`Config::max_in_flight`).
    in_flight: std::sync::atomic::AtomicUsize,
    /// The API functions answered 429 whatever the call (`Config::rate_limited_routes`
    /// at the start; a test may end or start a storm).
    storm: Mutex<Vec<String>>,
    /// API functions whose next applied answer is lost (a 503 replaces it), once each.
    lose_next: Mutex<Vec<String>>,
}

/// A request counted as being answered until it is dropped.
pub(crate) struct Arrival<'a> {
    shared: &'a Shared,
    /// More requests than `Config::max_in_flight` were being answered with it.
    pub over_limit: bool,
}

impl Drop for Arrival<'_> {
    fn drop(&mut self) {
        use std::sync::atomic::Ordering;
        self.shared.in_flight.fetch_sub(1, Ordering::SeqCst);
    }
}

struct Inner {
    /// The fault dice, which also draw the tokens and codes.
    rng: StdRng,
    access_tokens: HashMap<String, AccessToken>,
    refresh_tokens: HashMap<String, RefreshGrant>,
    codes: HashMap<String, PendingCode>,
    stats: Stats,
    /// `/oauth2/token` requests still to be answered 5xx (`Config::token_5xx_count`).
    token_5xx_left: u32,
    /// Then those still to be answered 429 (`Config::token_429_count`).
    token_429_left: u32,
}

pub(crate) const CODE_LIFETIME: Duration = Duration::from_secs(600);

/// An injected server error is a 500 or a 503, as Dropbox's are.
fn server_error_code(rng: &mut StdRng) -> u16 {
    if rng.random_bool(0.5) {
        500
    } else {
        503
    }
}

impl Shared {
    pub fn new(config: Config) -> Self {
        let mut refresh_tokens = HashMap::new();
        refresh_tokens.insert(
            config.refresh_token.clone(),
            RefreshGrant {
                pkce: false,
                scopes: config.scopes.clone(),
            },
        );
        Shared {
            inner: Mutex::new(Inner {
                rng: StdRng::seed_from_u64(config.seed),
                access_tokens: HashMap::new(),
                refresh_tokens,
                codes: HashMap::new(),
                stats: Stats::default(),
                token_5xx_left: config.token_5xx_count,
                token_429_left: config.token_429_count,
            }),
            team: Mutex::new(Team::new(config.seed, config.recovery_window)),
            in_flight: std::sync::atomic::AtomicUsize::new(0),
            storm: Mutex::new(config.rate_limited_routes.clone()),
            lose_next: Mutex::new(Vec::new()),
            config,
        }
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A handler that panicked must not take the whole emulator down with it.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The team, locked. Never held across an `.await`.
    pub fn team(&self) -> MutexGuard<'_, Team> {
        // As for `lock`: a panicked handler must not take the team with it.
        self.team.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Counts a request in until the returned guard is dropped.
    pub fn arrive(&self) -> Arrival<'_> {
        use std::sync::atomic::Ordering;
        let now = self.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
        let over_limit = self.config.max_in_flight.is_some_and(|max| now > max);
        let mut inner = self.lock();
        inner.stats.peak_in_flight = inner.stats.peak_in_flight.max(now);
        inner.stats.over_limit += u64::from(over_limit);
        Arrival {
            shared: self,
            over_limit,
        }
    }

    /// Whether calls to `function` are in a storm of 429s.
    pub fn in_storm(&self, function: &str) -> bool {
        let storm = self.storm.lock().unwrap_or_else(|e| e.into_inner());
        storm.iter().any(|f| f == function)
    }

    pub fn set_storm(&self, functions: Vec<String>) {
        *self.storm.lock().unwrap_or_else(|e| e.into_inner()) = functions;
    }

    /// The next call to `function` that is applied loses its answer (a 503).
    pub fn lose_next_answer(&self, function: String) {
        let mut lose = self.lose_next.lock().unwrap_or_else(|e| e.into_inner());
        lose.push(function);
    }

    /// Whether this applied call to `function` loses its answer (and the loss is used up).
    pub fn take_lost_answer(&self, function: &str) -> bool {
        let mut lose = self.lose_next.lock().unwrap_or_else(|e| e.into_inner());
        let at = lose.iter().position(|f| f == function);
        at.map(|i| lose.remove(i)).is_some()
    }

    pub fn record(&self, path: &str) {
        self.lock().stats.record(path);
    }

    pub fn stats(&self) -> Stats {
        let mut stats = self.lock().stats.clone();
        stats.peak_jobs_running = self.team().jobs.peak_running();
        stats
    }

    pub fn record_malformed(&self) {
        self.lock().stats.record_malformed();
    }

    /// The fault of a request before it is looked at.
    pub fn roll_fault(&self) -> Fault {
        let (r429, r5xx) = (self.config.rate_429, self.config.rate_5xx);
        if r429 <= 0.0 && r5xx <= 0.0 {
            return Fault::None;
        }
        let mut inner = self.lock();
        let roll: f64 = inner.rng.random();
        if roll < r429 {
            Fault::RateLimited
        } else if roll < r429 + r5xx {
            Fault::ServerError(server_error_code(&mut inner.rng))
        } else {
            Fault::None
        }
    }

    /// The status that replaces the answer of a write call that was applied, if the dice
    /// say it is lost (`Config::rate_5xx_after_apply`). A roll of its own: the rate does
    /// not eat into `rate_5xx`, and a config without it draws nothing, so seeded runs of
    /// the other faults stay as they were.
    pub fn roll_fault_after_apply(&self) -> Option<u16> {
        let rate = self.config.rate_5xx_after_apply;
        if rate <= 0.0 {
            return None;
        }
        let mut inner = self.lock();
        let roll: f64 = inner.rng.random();
        (roll < rate).then(|| server_error_code(&mut inner.rng))
    }

    /// The fault of a token request (`Config::token_5xx_count`, `token_429_count`): the
    /// 5xx answers come first, then the 429s, then the endpoint is healthy.
    pub fn take_token_fault(&self) -> Fault {
        let mut inner = self.lock();
        if inner.token_5xx_left > 0 {
            inner.token_5xx_left -= 1;
            return Fault::ServerError(server_error_code(&mut inner.rng));
        }
        if inner.token_429_left > 0 {
            inner.token_429_left -= 1;
            return Fault::RateLimited;
        }
        Fault::None
    }

    pub fn random_token(&self, prefix: &str, len: usize) -> String {
        let mut inner = self.lock();
        let body: String = (&mut inner.rng)
            .sample_iter(Alphanumeric)
            .take(len)
            .map(char::from)
            .collect();
        format!("{prefix}{body}")
    }

    pub fn issue_access_token(&self, scopes: Vec<String>) -> String {
        let token = self.random_token("sl.", 40);
        let expires_at = Instant::now() + self.config.token_lifetime;
        self.lock()
            .access_tokens
            .insert(token.clone(), AccessToken { expires_at, scopes });
        token
    }

    /// `Ok(scopes)` for a live token, `Err(true)` for an expired one, `Err(false)` for an unknown one.
    pub fn check_access_token(&self, token: &str) -> Result<Vec<String>, bool> {
        let inner = self.lock();
        match inner.access_tokens.get(token) {
            Some(t) if t.expires_at > Instant::now() => Ok(t.scopes.clone()),
            Some(_) => Err(true),
            None => Err(false),
        }
    }

    pub fn refresh_grant(&self, refresh_token: &str) -> Option<(bool, Vec<String>)> {
        self.lock()
            .refresh_tokens
            .get(refresh_token)
            .map(|g| (g.pkce, g.scopes.clone()))
    }

    pub fn issue_refresh_token(&self, pkce: bool, scopes: Vec<String>) -> String {
        let token = self.random_token("", 64);
        self.lock()
            .refresh_tokens
            .insert(token.clone(), RefreshGrant { pkce, scopes });
        token
    }

    pub fn store_code(&self, code: String, pending: PendingCode) {
        self.lock().codes.insert(code, pending);
    }

    /// Codes are single-use: taking one removes it.
    pub fn take_code(&self, code: &str) -> Option<PendingCode> {
        self.lock().codes.remove(code)
    }

    pub fn expire_access_tokens(&self) {
        let now = Instant::now();
        for token in self.lock().access_tokens.values_mut() {
            token.expires_at = now;
        }
    }

    pub fn revoke_all_tokens(&self) {
        let mut inner = self.lock();
        inner.refresh_tokens.clear();
        inner.access_tokens.clear();
    }
}

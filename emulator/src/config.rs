//! What an emulated team looks like and how the emulated service misbehaves.

use std::time::Duration;

/// Everything the emulator is configured with. `Default` gives a small healthy team whose
/// credentials are the ones printed by the `dbx-emulator` binary and used by `dbxprov demo`.
#[derive(Clone, Debug)]
pub struct Config {
    /// The app key that `/oauth2/token` and `/oauth2/authorize` accept.
    pub client_id: String,
    /// The app secret that `/oauth2/token` accepts.
    pub client_secret: String,
    /// A refresh token that is valid from the start (as if the admin had authorized before).
    pub refresh_token: String,
    /// Scopes granted to every token.
    pub scopes: Vec<String>,
    /// How long an access token lives (Dropbox: about four hours).
    pub token_lifetime: Duration,
    pub team_name: String,
    pub team_id: String,
    /// Licensed seats: `members/add_v2` answers `team_license_limit` for a member that
    /// would make the members on the team (invited, active or suspended) outnumber them.
    pub num_licensed_users: u32,
    /// New members are `active` at once instead of `invited`, as on a team with SSO (or
    /// directory-restricted members), where nobody has an invitation to accept.
    pub invites_accepted_immediately: bool,
    /// Answer every `members/add_v2` with an `async_job_id`, as Dropbox may for any batch,
    /// not only when the client asks with `force_async`.
    pub async_add: bool,
    /// Answer every `members/remove` with an `async_job_id` instead of `complete`.
    pub async_remove: bool,
    /// How many polls of an async job answer `in_progress` before one says `complete`.
    /// The work itself is done when the job is launched, as a crash after launch leaves it done.
    pub async_polls_in_progress: u32,
    /// Emails that belong to members of other Dropbox teams: adding one gives
    /// `user_on_another_team` (compared case-insensitively).
    pub emails_on_other_teams: Vec<String>,
    /// Added to every `/2/...` request before it is answered.
    pub latency: Duration,
    /// Fraction (0.0..=1.0) of `/2/...` requests answered with 429.
    pub rate_429: f64,
    /// Fraction (0.0..=1.0) of `/2/...` requests answered with 500 or 503.
    pub rate_5xx: f64,
    /// Fraction (0.0..=1.0) of write calls (those the audit records: members add,
    /// set_profile, suspend, unsuspend, remove) that are applied as usual and then answered
    /// with 500 or 503 instead of their real answer, as when Dropbox fails after committing.
    /// Rolled apart from `rate_5xx`, only for calls that passed the wire checks.
    pub rate_5xx_after_apply: f64,
    /// The wait an injected 429 asks for, in seconds.
    pub retry_after_secs: u64,
    /// Send that wait as a `Retry-After` header (as Dropbox does); when false, only the
    /// body's `retry_after` carries it.
    pub retry_after_header: bool,
    /// Seed for fault injection and generated ids, so a run can be repeated.
    pub seed: u64,
}

/// Every scope dbxprov may need, as granted by a fully authorized team app.
pub const ALL_SCOPES: &[&str] = &[
    "team_info.read",
    "members.read",
    "members.write",
    "members.delete",
    "groups.read",
    "groups.write",
];

impl Default for Config {
    fn default() -> Self {
        Config {
            client_id: "dbxemu-app-key".into(),
            client_secret: "dbxemu-app-secret".into(),
            refresh_token: "dbxemu-refresh-token".into(),
            scopes: ALL_SCOPES.iter().map(|s| s.to_string()).collect(),
            token_lifetime: Duration::from_secs(14_400),
            team_name: "Emulated Team".into(),
            team_id: "dbtid:AAemulated-team".into(),
            num_licensed_users: 1_000,
            invites_accepted_immediately: false,
            async_add: false,
            async_remove: false,
            async_polls_in_progress: 0,
            emails_on_other_teams: Vec::new(),
            latency: Duration::ZERO,
            rate_429: 0.0,
            rate_5xx: 0.0,
            rate_5xx_after_apply: 0.0,
            retry_after_secs: 1,
            retry_after_header: true,
            seed: 0x5eed,
        }
    }
}

//! Owns [`Config`]: what an emulated team looks like and how the emulated service
//! misbehaves. A leaf: every other module may read the configuration, none is read here.

use std::fmt;
use std::str::FromStr;
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
    /// Answer every `groups/delete` with an `async_job_id` (polled at
    /// `groups/job_status/get`) instead of `complete`; the group is deleted at once either way.
    pub async_group_delete: bool,
    /// How many polls of an async job answer `in_progress` before one says `complete`.
    /// The work itself is done when the job is launched, as a crash after launch leaves it done.
    pub async_polls_in_progress: u32,
    /// How long an async job answers `in_progress` after its launch (on top of
    /// `async_polls_in_progress`), as a Dropbox job that takes time does. Zero: none.
    pub async_job_duration: Duration,
    /// Emails that belong to members of other Dropbox teams: adding one gives
    /// `user_on_another_team` (compared case-insensitively).
    pub emails_on_other_teams: Vec<String>,
    /// Added to every `/2/...` request before it is answered.
    pub latency: Duration,
    /// A `/2/...` request that arrives while this many are being answered is answered
    /// 429 (after the latency), as Dropbox limits the calls a team makes at once.
    pub max_in_flight: Option<usize>,
    /// Fraction (0.0..=1.0) of `/2/...` requests answered with 429.
    pub rate_429: f64,
    /// Fraction (0.0..=1.0) of `/2/...` requests answered with 500 or 503.
    pub rate_5xx: f64,
    /// Fraction (0.0..=1.0) of write calls (those the audit records: members add,
    /// set_profile, suspend, unsuspend, remove; groups create, update, delete, members
    /// add and remove) that are applied as usual and then answered
    /// with 500 or 503 instead of their real answer, as when Dropbox fails after committing.
    /// Rolled apart from `rate_5xx`, only for calls that passed the wire checks.
    pub rate_5xx_after_apply: f64,
    /// The wait an injected 429 asks for, in seconds.
    pub retry_after_secs: u64,
    /// Send that wait as a `Retry-After` header (as Dropbox does); when false, only the
    /// body's `retry_after` carries it.
    pub retry_after_header: bool,
    /// Answer injected 429s with a plain-text body instead of the JSON one (Dropbox sends
    /// either); the wait still goes in the `Retry-After` header (see `retry_after_header`).
    pub plain_text_429: bool,
    /// How long a list cursor (`members/list/continue_v2`, `groups/list/continue`,
    /// `groups/members/list/continue`) can be continued from; after that it
    /// is answered `invalid_cursor`. Dropbox publishes no lifetime; the default (an hour)
    /// is far longer than any listing dbxprov or its tests make.
    pub cursor_lifetime: Duration,
    /// Refuse with `invalid_cursor` a cursor that was already continued from (it was
    /// superseded by the cursor that call returned). Off by default: Dropbox documents
    /// no such rule, and a client retrying a lost page answer needs to ask again.
    pub refuse_reused_cursors: bool,
    /// Which async jobs of `members/add_v2` end `failed` (a message) instead of
    /// `complete`. The members are added all the same: the work of an emulated job is
    /// done at launch, and only its outcome is lost, as when Dropbox fails midway.
    pub failing_add_jobs: FailingJobs,
    /// Which async jobs of `members/remove` end in the poll error `internal_error`
    /// instead of `complete`; as for add jobs, the member is removed all the same.
    pub failing_remove_jobs: FailingJobs,
    /// Which async jobs of `groups/delete` end in the poll error `internal_error` instead
    /// of `complete`; the group is deleted all the same.
    pub failing_group_delete_jobs: FailingJobs,
    /// The first this many `/oauth2/token` requests are answered 500 or 503.
    pub token_5xx_count: u32,
    /// After those, this many `/oauth2/token` requests are answered 429 (with the
    /// `Retry-After` of `retry_after_secs`, JSON or plain text as for the API).
    pub token_429_count: u32,
    /// Every refresh-token grant is answered 400 `invalid_grant`, as for a revoked refresh
    /// token, while the access tokens issued before keep working.
    pub token_invalid_grant: bool,
    /// Every call to these API functions (`team/members/suspend`, ...) is answered 429
    /// `too_many_requests` with `retry_after_secs`, as in a storm on one route.
    pub rate_limited_routes: Vec<String>,
    /// A `members/list/continue_v2` page begins with the last member of the page before,
    /// as a long listing over a team that changes while it is read may repeat a member
    /// (Dropbox does not say it never does).
    pub member_listing_repeats: bool,
    /// How long a removed member stays recoverable (Dropbox: 7 days,
    /// `member::RECOVERY_WINDOW`).
    pub recovery_window: Duration,
    /// Seed for fault injection and generated ids, so a run can be repeated.
    pub seed: u64,
}

/// Which async jobs of a route fail, counted from 1 over the jobs that route launched.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FailingJobs {
    #[default]
    None,
    /// Only the Nth job (1 is the first).
    Nth(u32),
    Every,
}

impl FailingJobs {
    /// Whether the job numbered `number` (from 1) fails.
    pub fn includes(self, number: u32) -> bool {
        match self {
            FailingJobs::None => false,
            FailingJobs::Nth(n) => n == number,
            FailingJobs::Every => true,
        }
    }
}

/// `none`, `every`, or a job number such as `2`: the form of the emulator binary's flags.
impl FromStr for FailingJobs {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "none" => Ok(FailingJobs::None),
            "every" => Ok(FailingJobs::Every),
            n => match n.parse::<u32>() {
                Ok(n) if n >= 1 => Ok(FailingJobs::Nth(n)),
                _ => Err(format!(
                    "expected \"none\", \"every\" or a job number from 1, got \"{s}\""
                )),
            },
        }
    }
}

impl fmt::Display for FailingJobs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FailingJobs::None => f.write_str("none"),
            FailingJobs::Nth(n) => write!(f, "{n}"),
            FailingJobs::Every => f.write_str("every"),
        }
    }
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
            async_group_delete: false,
            async_polls_in_progress: 0,
            async_job_duration: Duration::ZERO,
            max_in_flight: None,
            emails_on_other_teams: Vec::new(),
            latency: Duration::ZERO,
            rate_429: 0.0,
            rate_5xx: 0.0,
            rate_5xx_after_apply: 0.0,
            retry_after_secs: 1,
            retry_after_header: true,
            plain_text_429: false,
            cursor_lifetime: Duration::from_secs(3_600),
            refuse_reused_cursors: false,
            failing_add_jobs: FailingJobs::None,
            failing_remove_jobs: FailingJobs::None,
            failing_group_delete_jobs: FailingJobs::None,
            token_5xx_count: 0,
            token_429_count: 0,
            token_invalid_grant: false,
            rate_limited_routes: Vec::new(),
            member_listing_repeats: false,
            recovery_window: crate::members::member::RECOVERY_WINDOW,
            seed: 0x5eed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failing_jobs_parse_and_count_from_one() {
        assert_eq!("none".parse(), Ok(FailingJobs::None));
        assert_eq!("every".parse(), Ok(FailingJobs::Every));
        assert_eq!("2".parse(), Ok(FailingJobs::Nth(2)));
        assert!("0".parse::<FailingJobs>().is_err());
        assert!("often".parse::<FailingJobs>().is_err());
        assert!(FailingJobs::Nth(2).includes(2));
        assert!(!FailingJobs::Nth(2).includes(1));
        assert!(!FailingJobs::None.includes(1));
        assert!(FailingJobs::Every.includes(7));
        assert_eq!(
            FailingJobs::Nth(3).to_string().parse(),
            Ok(FailingJobs::Nth(3))
        );
    }
}

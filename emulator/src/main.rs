//! `dbx-emulator`: runs the emulated Dropbox team API on 127.0.0.1 until interrupted,
//! and prints what a dbxprov connection needs to reach it.

use std::time::Duration;

use clap::Parser;
use dbx_emulator::{Config, FailingJobs, MemberStatus, SeedMember};

/// A strict emulator of the Dropbox team API, on loopback.
#[derive(Parser)]
#[command(version)]
struct Args {
    /// Port on 127.0.0.1 (0 picks a free one).
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// App key the token endpoint accepts.
    #[arg(long)]
    client_id: Option<String>,
    /// App secret the token endpoint accepts.
    #[arg(long)]
    client_secret: Option<String>,
    /// Refresh token that is valid from the start.
    #[arg(long)]
    refresh_token: Option<String>,
    /// Scopes granted to tokens (repeat or comma-separate); default: all dbxprov needs.
    #[arg(long, value_delimiter = ',')]
    scope: Vec<String>,
    /// Access-token lifetime in seconds.
    #[arg(long)]
    token_lifetime: Option<u64>,
    /// Team name reported by team/get_info.
    #[arg(long)]
    team_name: Option<String>,
    /// Licensed seats.
    #[arg(long)]
    licenses: Option<u32>,
    /// Latency added to every API request, in milliseconds.
    #[arg(long, default_value_t = 0)]
    latency_ms: u64,
    /// Fraction of API requests answered 429 (0.0 to 1.0).
    #[arg(long, default_value_t = 0.0)]
    rate_429: f64,
    /// Fraction of API requests answered 500/503 (0.0 to 1.0).
    #[arg(long, default_value_t = 0.0)]
    rate_5xx: f64,
    /// Fraction of write calls (members add, set_profile, suspend, unsuspend, remove;
    /// groups create, update, delete, members add/remove) applied and then answered
    /// 500/503 (0.0 to 1.0).
    #[arg(long, default_value_t = 0.0)]
    rate_5xx_after_apply: f64,
    /// New members are active at once, as on an SSO team, instead of invited.
    #[arg(long)]
    invites_accepted: bool,
    /// Start with N active members (member1@example.com, ...), to try inbound rules on.
    #[arg(long, value_name = "N", default_value_t = 0)]
    seed_active: usize,
    /// Then N invited members.
    #[arg(long, value_name = "N", default_value_t = 0)]
    seed_invited: usize,
    /// Then N suspended members.
    #[arg(long, value_name = "N", default_value_t = 0)]
    seed_suspended: usize,
    /// Answer every members/add_v2 with an async job id.
    #[arg(long)]
    async_add: bool,
    /// Answer every members/remove with an async job id.
    #[arg(long)]
    async_remove: bool,
    /// Answer every groups/delete with an async job id.
    #[arg(long)]
    async_group_delete: bool,
    /// Polls of an async job answered "in_progress" before it reports complete.
    #[arg(long, default_value_t = 0)]
    async_polls: u32,
    /// Answer 429 to a request that arrives while this many are being answered.
    #[arg(long, value_name = "N")]
    max_in_flight: Option<usize>,
    /// Milliseconds an async job answers "in_progress" after its launch.
    #[arg(long, default_value_t = 0, value_name = "MS")]
    async_job_ms: u64,
    /// An email that belongs to another Dropbox team (repeat or comma-separate).
    #[arg(long, value_delimiter = ',')]
    other_team_email: Vec<String>,
    /// Answer injected 429s with a plain-text body instead of JSON (Retry-After is still sent).
    #[arg(long)]
    plain_text_429: bool,
    /// Seconds a list cursor (members or groups) stays valid [default: 3600].
    #[arg(long)]
    cursor_lifetime: Option<u64>,
    /// Refuse with invalid_cursor a list cursor that was already continued from.
    #[arg(long)]
    refuse_reused_cursors: bool,
    /// Which members/add_v2 async jobs end "failed": none, every, or a job number (1 = first).
    /// Their members are added all the same.
    #[arg(long, default_value_t = FailingJobs::None)]
    fail_add_jobs: FailingJobs,
    /// Which members/remove async jobs end in the poll error internal_error: none, every,
    /// or a job number (1 = first). Their members are removed all the same.
    #[arg(long, default_value_t = FailingJobs::None)]
    fail_remove_jobs: FailingJobs,
    /// Which groups/delete async jobs end in the poll error internal_error: none, every,
    /// or a job number (1 = first). Their groups are deleted all the same.
    #[arg(long, default_value_t = FailingJobs::None)]
    fail_group_delete_jobs: FailingJobs,
    /// Answer the first N requests to /oauth2/token with 500/503.
    #[arg(long, default_value_t = 0)]
    token_5xx: u32,
    /// Then answer the next N requests to /oauth2/token with 429.
    #[arg(long, default_value_t = 0)]
    token_429: u32,
    /// Refuse every refresh-token grant with invalid_grant, as if the token were revoked.
    #[arg(long)]
    token_invalid_grant: bool,
    /// Seconds an injected 429 asks to wait (Retry-After) [default: 1].
    #[arg(long, value_name = "SECS")]
    retry_after: Option<u64>,
    /// Answer every call to this API function with 429 (repeat or comma-separate), e.g.
    /// team/members/suspend: a storm on one route.
    #[arg(long, value_delimiter = ',', value_name = "FUNCTION")]
    rate_limit_route: Vec<String>,
    /// Begin each members/list/continue_v2 page with the last member of the page before,
    /// as a listing over a changing team may repeat a member.
    #[arg(long)]
    listing_repeats: bool,
    /// Seconds a removed member stays recoverable [default: 604800, Dropbox's 7 days].
    #[arg(long, value_name = "SECS")]
    recovery_window: Option<u64>,
    /// Also serve an Active-Directory-flavoured LDAP directory on this port (0: none).
    #[arg(long, value_name = "PORT", default_value_t = 0)]
    ad_port: u16,
    /// People in that directory (u00000, u00001, ... in OU=Staff).
    #[arg(long, value_name = "N", default_value_t = 0)]
    ad_users: usize,
    /// A group "All Staff" holding the first N of them (past 1,500, AD sends its members
    /// in ranges).
    #[arg(long, value_name = "N", default_value_t = 0)]
    ad_group_members: usize,
}

/// The AD-flavoured directory `--ad-port` asks for, seeded; `None` without one.
fn active_directory(
    (port, people, group): (u16, usize, usize),
) -> std::io::Result<Option<dbx_emulator::AdHandle>> {
    if port == 0 {
        return Ok(None);
    }
    let ad = dbx_emulator::spawn_ad(dbx_emulator::AdConfig::default(), port)?;
    let users: Vec<dbx_emulator::AdUser> = (0..people)
        .map(|i| {
            dbx_emulator::AdUser::new(
                &format!("u{i:05}"),
                &format!("Given{i}"),
                &format!("Sur{i}"),
            )
        })
        .collect();
    ad.add_users(&users);
    let members: Vec<String> = (0..group.min(people))
        .filter_map(|i| ad.dn_of(&format!("u{i:05}")))
        .collect();
    if !members.is_empty() {
        ad.add_group("All Staff", &members);
    }
    let c = ad.config();
    println!("  AD directory    {} (people: {})", ad.url(), users.len());
    println!("  AD base DN      {}", dbx_emulator::AD_BASE);
    println!("  AD bind DN      {}", c.bind_dn());
    println!("  AD password     {}", c.bind_password);
    Ok(Some(ad))
}

/// The configuration the flags describe: the defaults of `Config`, changed where a flag says.
fn config_from(args: Args) -> Config {
    let mut config = Config::default();
    if let Some(v) = args.client_id {
        config.client_id = v;
    }
    if let Some(v) = args.client_secret {
        config.client_secret = v;
    }
    if let Some(v) = args.refresh_token {
        config.refresh_token = v;
    }
    if !args.scope.is_empty() {
        config.scopes = args.scope;
    }
    if let Some(v) = args.token_lifetime {
        config.token_lifetime = Duration::from_secs(v);
    }
    if let Some(v) = args.team_name {
        config.team_name = v;
    }
    if let Some(v) = args.licenses {
        config.num_licensed_users = v;
    }
    config.latency = Duration::from_millis(args.latency_ms);
    config.rate_429 = args.rate_429;
    config.rate_5xx = args.rate_5xx;
    config.rate_5xx_after_apply = args.rate_5xx_after_apply;
    config.invites_accepted_immediately = args.invites_accepted;
    config.async_add = args.async_add;
    config.async_remove = args.async_remove;
    config.async_group_delete = args.async_group_delete;
    config.async_polls_in_progress = args.async_polls;
    config.async_job_duration = Duration::from_millis(args.async_job_ms);
    config.max_in_flight = args.max_in_flight;
    config.emails_on_other_teams = args.other_team_email;
    config.plain_text_429 = args.plain_text_429;
    if let Some(v) = args.cursor_lifetime {
        config.cursor_lifetime = Duration::from_secs(v);
    }
    config.refuse_reused_cursors = args.refuse_reused_cursors;
    config.failing_add_jobs = args.fail_add_jobs;
    config.failing_remove_jobs = args.fail_remove_jobs;
    config.failing_group_delete_jobs = args.fail_group_delete_jobs;
    config.token_5xx_count = args.token_5xx;
    config.token_429_count = args.token_429;
    config.token_invalid_grant = args.token_invalid_grant;
    config.rate_limited_routes = args.rate_limit_route;
    if let Some(v) = args.retry_after {
        config.retry_after_secs = v;
    }
    config.member_listing_repeats = args.listing_repeats;
    if let Some(v) = args.recovery_window {
        config.recovery_window = Duration::from_secs(v);
    }
    config
}

/// The members `--seed-active`, `--seed-invited` and `--seed-suspended` ask for, numbered
/// from 1 in that order.
fn seeds(args: &Args) -> Vec<SeedMember> {
    let statuses = [
        (args.seed_active, MemberStatus::Active),
        (args.seed_invited, MemberStatus::Invited),
        (args.seed_suspended, MemberStatus::Suspended),
    ];
    statuses
        .into_iter()
        .flat_map(|(n, status)| std::iter::repeat_n(status, n))
        .enumerate()
        .map(|(i, status)| SeedMember {
            status,
            ..SeedMember::new(
                &format!("member{}@example.com", i + 1),
                &format!("Given{}", i + 1),
                &format!("Member{}", i + 1),
            )
        })
        .collect()
}

fn main() -> std::io::Result<()> {
    let args = Args::parse();
    let port = args.port;
    let seeds = seeds(&args);
    let ad_args = (args.ad_port, args.ad_users, args.ad_group_members);
    let config = config_from(args);
    let shown = config.clone();
    let handle = dbx_emulator::spawn(config, port)?;
    handle.seed_members(&seeds);
    println!("dbx-emulator listening on {}", handle.base_url());
    println!("  service URI     {}", handle.service_uri());
    println!("  token endpoint  {}", handle.token_endpoint());
    println!("  authorize URL   {}", handle.authorize_url());
    println!("  client id       {}", shown.client_id);
    println!("  client secret   {}", shown.client_secret);
    println!("  refresh token   {}", shown.refresh_token);
    if !seeds.is_empty() {
        println!("  members seeded  {}", seeds.len());
    }
    let _ad = active_directory(ad_args)?;
    println!("Press Ctrl-C to stop.");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    runtime.block_on(tokio::signal::ctrl_c())?;
    drop(handle);
    Ok(())
}

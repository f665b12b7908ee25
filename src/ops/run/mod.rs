//! One run of one rule, in either direction: [`run`] checks the rule may run, takes its
//! locks, starts its row in the history, checks the app's scopes and hands over to the
//! direction's run ([`outbound`], with [`outbound_groups`]; [`inbound`], with its
//! schedule). What every run shares: its options and report ([`report`]), its session
//! ([`session`]).

use std::sync::Arc;
use std::time::Instant;

pub(crate) mod inbound;
pub(crate) mod outbound;
pub(crate) mod outbound_groups;
mod outbound_states;
mod outbound_undo;
pub(crate) mod selection;

use crate::dropbox::Client;
use crate::error::{Error, ErrorKind, Result};
use crate::model::{ConnectionKind, Direction, Rule};
use crate::ops::connection::{client_settings, learn_team, record_refused};
use crate::ops::rule::{blocked_by_connection, lock_rule};
use crate::ops::scopes::{self, fingerprint};
use crate::ops::Context;
use crate::progress::Progress;
use crate::store::{self, LockKey};

mod report;
mod session;

pub(crate) use report::*;
pub(in crate::ops) use session::*;

/// How often a run waiting for its connection looks again.
const LOCK_POLL: std::time::Duration = std::time::Duration::from_millis(200);
/// How long a run waits for its connection before it gives up (exit 7): longer than a
/// large run takes, shorter than a holder that never ends would keep it.
const LOCK_PATIENCE: std::time::Duration = std::time::Duration::from_secs(60 * 60);

/// One run of a Dropbox team at a time: two rules of one connection read the same team
/// and claim its members, so the later one must plan with the earlier one's links. A run
/// that finds the team busy waits (saying so) rather than exit: its work still needs doing;
/// after [`LOCK_PATIENCE`] it gives up, naming the holder.
async fn lock_connection(
    ctx: &Context,
    rule: &Rule,
    progress: &dyn Progress,
) -> Result<store::RunLock> {
    let holder = format!("sync run of rule {:?}", rule.name);
    let key = LockKey::Connection(&rule.connection);
    let (mut told, mut first) = (false, true);
    let started = Instant::now();
    loop {
        match store::try_lock(ctx.store.home(), key, &holder)? {
            Ok(lock) => return Ok(lock),
            Err(held_by) if started.elapsed() > ctx.retry.scaled(LOCK_PATIENCE) => {
                return Err(Error::ConnectionBusy {
                    rule: rule.name.clone(),
                    connection: rule.connection.clone(),
                    holder: held_by,
                    waited_secs: ctx.retry.unscaled(started.elapsed()).as_secs(),
                });
            }
            Err(held_by) => {
                // A holder that has just taken the lock may not have written who it is
                // yet: an anonymous one is told about from the second look on.
                if !told && (!first || held_by.contains("(pid")) {
                    progress.notice(&format!(
                        "waiting for connection {:?}: {held_by} is using it",
                        rule.connection
                    ));
                    told = true;
                }
                first = false;
            }
        }
        tokio::time::sleep(ctx.retry.scaled(LOCK_POLL)).await;
    }
}

/// Runs one rule: read the team, correlate and plan, stop at the guard or on a dry run,
/// else apply the plan and record what happened.
pub(crate) async fn run(
    ctx: &mut Context,
    rule_name: &str,
    options: &RunOptions,
    progress: &dyn Progress,
) -> Result<RunReport> {
    let rule = ctx.store.rule(rule_name)?;
    run_rule(ctx, &rule, options, progress).await
}

/// [`run`], of a rule as given (a dry run of a change not saved yet previews it).
pub(crate) async fn run_rule(
    ctx: &mut Context,
    rule: &Rule,
    options: &RunOptions,
    progress: &dyn Progress,
) -> Result<RunReport> {
    let started = Instant::now();
    check_runnable(ctx, rule, options)?;
    check_users(ctx, rule, options)?;
    let _rule_lock = lock_rule(ctx, rule, "sync run")?;
    let _team_lock = lock_connection(ctx, rule, progress).await?;
    // Every attempt is in the history from here: one that fails before it can report
    // (credentials refused, Dropbox down) says why, and one that is killed shows as
    // interrupted.
    let run_id = match options.dry_run {
        true => None,
        false => Some(
            ctx.store
                .write(|tx| store::start_run(tx, rule.id, &rule.name, 0))?,
        ),
    };
    let result = run_locked(ctx, rule, options, progress, (started, run_id)).await;
    if let (Err(e), Some(run_id)) = (&result, run_id) {
        // The run's own error is the one to tell: a failure to record it (the database
        // failing too) leaves the row running, and the next look calls it interrupted.
        let _ = record_failure(ctx, rule, run_id, e);
    }
    result
}

/// A run that failed before it could report: its row says why, and credentials Dropbox
/// refused are its connection's last check (see [`record_refused`]).
fn record_failure(ctx: &mut Context, rule: &Rule, run_id: i64, e: &Error) -> Result<()> {
    let error = e.to_string();
    ctx.store
        .write(|tx| store::fail_run(tx, run_id, &error, e.cause()))?;
    if e.kind() == ErrorKind::Auth {
        let what = format!("refused to run {run_id} of rule {:?}: {error}", rule.name);
        record_refused(ctx, &rule.connection, what)?;
    }
    Ok(())
}

/// [`run_rule`] once the run holds its locks (and its row in the history).
async fn run_locked(
    ctx: &mut Context,
    rule: &Rule,
    options: &RunOptions,
    progress: &dyn Progress,
    (started, run_id): (Instant, Option<i64>),
) -> Result<RunReport> {
    let connection = ctx.store.connection(&rule.connection)?;
    if connection.kind == ConnectionKind::Ldap {
        // A directory is read, never written: no client, no scopes, no team.
        let session = Session {
            rule,
            connection: &connection,
            client: None,
            started,
            run_id,
        };
        return inbound::run(ctx, &session, options, progress).await;
    }
    let settings = client_settings(ctx, &connection)?;
    let token = fingerprint(&settings.refresh_token);
    let client = Client::new(settings, ctx.observer.clone());
    let client = Arc::new(client.with_concurrency(options.concurrency));
    // Before anything is read or written: a scope missing would fail the run half-way.
    let actions = run_actions(&connection, options);
    scopes::check_for_run(ctx, &client, &connection, rule, &actions, token).await?;
    learn_team(ctx, &client, &connection).await?;
    let session = Session {
        rule,
        connection: &connection,
        client: Some(&client),
        started,
        run_id,
    };
    match rule.direction {
        Direction::Inbound => inbound::run(ctx, &session, options, progress).await,
        Direction::Outbound => outbound::run_outbound(ctx, &session, options, progress).await,
    }
}

/// The users `--user` names are directory users, and the rule is outbound: checked
/// before the run takes its locks or its row in the history.
fn check_users(ctx: &Context, rule: &Rule, options: &RunOptions) -> Result<()> {
    if options.users.is_empty() {
        return Ok(());
    }
    if rule.direction == Direction::Inbound {
        return Err(Error::NotForInbound {
            rule: rule.name.clone(),
            what: "runs of some users (`sync run --user`)",
        });
    }
    outbound::users_asked(ctx, &options.users).map(drop)
}

/// A rule that is disabled, or whose connection is missing, disabled or invalid, does not
/// run; a disabled rule can still be deleted with deprovisioning, and a run of it undone
/// (disabling it first keeps its next run from redoing what the undo takes back).
fn check_runnable(ctx: &Context, rule: &Rule, options: &RunOptions) -> Result<()> {
    let checked = Rule {
        enabled: rule.enabled || options.deprovision_all || options.undoing.is_some(),
        ..rule.clone()
    };
    match blocked_by_connection(ctx, &checked)? {
        Some(reason) => Err(Error::RuleBlocked {
            rule: rule.name.clone(),
            reason,
        }),
        None => Ok(()),
    }
}

//! `dbxprov notify ...`: notifiers added, listed, tested and removed, and each run told
//! to the notifiers that want its event once it is recorded ([`notify_runs`]), within
//! a bounded time, its delivery recorded (`sync status` shows one that failed).

pub(crate) mod message;

use serde::Serialize;

use crate::error::{Error, Result, Thing};
use crate::model::{
    validate_notifier_name, webhook_shown, Channel, Notifier, NotifyEvent, RunOutcome, Secret,
    SecretKind,
};
use crate::notify::{deliver, Message, Policy};
use crate::ops::monitor::quarantine::quarantine_of;
use crate::ops::Context;
use crate::store::{self, Delivery, RunRecord};

/// A notifier to add, with its secret.
pub(crate) struct NewNotifier {
    pub(crate) name: String,
    pub(crate) channel: Channel,
    /// The webhook's URL, or the SMTP password (none without a user).
    pub(crate) secret: Option<Secret>,
    pub(crate) on: Vec<NotifyEvent>,
}

/// Adds a notifier: its secret to the secret store, the rest to the home.
pub(crate) fn add(ctx: &mut Context, new: NewNotifier) -> Result<Notifier> {
    validate_notifier_name(&new.name)?;
    let shown = match &new.channel {
        Channel::Webhook => {
            let url = new.secret.as_ref().map(Secret::expose).unwrap_or_default();
            webhook_shown(url)?
        }
        Channel::Smtp { url, .. } => {
            crate::notify::check_smtp(&new.channel).map_err(crate::model::Invalid::Notifier)?;
            url.clone()
        }
    };
    let mut on = new.on;
    on.sort();
    on.dedup();
    let notifier = Notifier {
        name: new.name,
        channel: new.channel,
        shown,
        on,
        secret_store: Some(ctx.secrets.kind()),
    };
    if ctx.store.find_notifier(&notifier.name)?.is_some() {
        return Err(Error::already_exists(Thing::Notifier, &notifier.name));
    }
    let secrets = &ctx.secrets;
    ctx.store.write(|tx| {
        store::insert_notifier(tx, &notifier)?;
        match &new.secret {
            Some(s) => secrets.put(&notifier.secret_key(), SecretKind::NotifySecret, s),
            None => Ok(()),
        }
    })?;
    Ok(notifier)
}

/// Every notifier, with its last delivery when it failed.
#[derive(Serialize)]
pub(crate) struct NotifierList {
    pub(crate) notifiers: Vec<Notifier>,
    pub(crate) undelivered: Vec<Delivery>,
}

pub(crate) fn list(ctx: &Context) -> Result<NotifierList> {
    Ok(NotifierList {
        notifiers: ctx.store.notifiers()?,
        undelivered: ctx.store.undelivered()?,
    })
}

/// The notifier named `name`.
pub(crate) fn get(ctx: &Context, name: &str) -> Result<Notifier> {
    match ctx.store.find_notifier(name)? {
        Some(n) => Ok(n),
        None => {
            let all = ctx.store.notifiers()?;
            let names = all.iter().map(|n| n.name.as_str());
            Err(Error::not_found_among(Thing::Notifier, name, names))
        }
    }
}

/// Removes a notifier and its secret.
pub(crate) fn remove(ctx: &mut Context, name: &str) -> Result<Notifier> {
    let notifier = get(ctx, name)?;
    let secrets = secrets_of(ctx, &notifier);
    ctx.store.write(|tx| {
        store::delete_notifier(tx, &notifier.name)?;
        secrets.delete(&notifier.secret_key(), SecretKind::NotifySecret)
    })?;
    Ok(notifier)
}

/// Sends a test notification, and records it as the notifier's last delivery.
pub(crate) async fn test(ctx: &mut Context, name: &str) -> Result<Delivery> {
    let notifier = get(ctx, name)?;
    let text = format!(
        "dbxprov: a test notification from notifier {:?} (home {}). Runs will be told here on: {}.",
        notifier.name,
        ctx.home().display(),
        events(&notifier)
    );
    let message = Message {
        subject: format!("dbxprov: test of notifier {:?}", notifier.name),
        json: serde_json::json!({"text": text, "event": "test", "notifier": notifier.name}),
        text,
    };
    let delivery = send(ctx, &notifier, &message, None, "test").await?;
    ctx.store
        .write(|tx| store::record_delivery(tx, &delivery))?;
    match &delivery.error {
        None => Ok(delivery),
        Some(error) => Err(Error::NotDelivered {
            notifier: notifier.name,
            attempts: delivery.attempts,
            error: error.clone(),
        }),
    }
}

fn events(n: &Notifier) -> String {
    let each: Vec<&str> = n.on.iter().map(|e| e.as_str()).collect();
    each.join(", ")
}

/// Tells each of `runs` (recorded, oldest first) to the notifiers that want its event:
/// the notifiers side by side, each one's messages in order. A notifier whose message
/// was not delivered is not tried again for this command's later runs (they are
/// recorded as not sent): a receiver that is down holds the command up once, not once
/// per rule. Returns the deliveries made.
pub(crate) async fn notify_runs(ctx: &mut Context, runs: &[RunRecord]) -> Result<Vec<Delivery>> {
    let notifiers = ctx.store.notifiers()?;
    if notifiers.is_empty() {
        return Ok(Vec::new());
    }
    let mut news = Vec::new();
    for run in runs {
        if let Some((event, message)) = news_of(ctx, run)? {
            news.push((run.id, event, message));
        }
    }
    let each = notifiers.iter().map(|n| tell_in_turn(ctx, n, &news));
    let told = futures_util::future::join_all(each).await;
    let mut deliveries = Vec::new();
    for t in told {
        deliveries.extend(t?);
    }
    deliveries.sort_by_key(|d| d.run_id);
    ctx.store.write(|tx| {
        deliveries
            .iter()
            .try_for_each(|d| store::record_delivery(tx, d))
    })?;
    Ok(deliveries)
}

/// One notifier's messages, in order, until one is not delivered; the rest recorded as
/// not sent.
async fn tell_in_turn(
    ctx: &Context,
    notifier: &Notifier,
    news: &[(i64, NotifyEvent, Message)],
) -> Result<Vec<Delivery>> {
    let mut deliveries: Vec<Delivery> = Vec::new();
    for (run_id, event, message) in news.iter().filter(|(_, e, _)| notifier.wants(*e)) {
        let failed = deliveries
            .iter()
            .find(|d| d.error.is_some())
            .and_then(|d| d.run_id);
        let delivery = match failed {
            Some(first) => Delivery {
                notifier: notifier.name.clone(),
                run_id: Some(*run_id),
                rule: None,
                event: event.as_str().to_string(),
                at: crate::store::now(),
                attempts: 0,
                error: Some(format!(
                    "the notification of run {first} was not delivered just before"
                )),
            },
            None => send(ctx, notifier, message, Some(*run_id), event.as_str()).await?,
        };
        deliveries.push(delivery);
    }
    Ok(deliveries)
}

/// The event a run is and its message, when it is worth telling: a failure that repeats
/// the one before it word for word is told again only once the rule is quarantined, and
/// a guard stop that repeats the one before it (the same plan waiting for approval,
/// every cron tick) is not told again.
fn news_of(ctx: &Context, run: &RunRecord) -> Result<Option<(NotifyEvent, Message)>> {
    let Some(rule) = ctx.store.find_rule(&run.rule)? else {
        return Ok(None);
    };
    let before = ctx.store.run_before(rule.id, run.id)?;
    let Some(event) = NotifyEvent::of_run(run.outcome, before.as_ref().map(|b| b.0)) else {
        return Ok(None);
    };
    let same_stop = |(outcome, error): &(RunOutcome, Option<String>)| {
        *outcome == RunOutcome::Stopped && *error == run.error
    };
    if run.outcome == RunOutcome::Stopped && before.as_ref().is_some_and(same_stop) {
        return Ok(None);
    }
    let quarantine = quarantine_of(ctx, rule.id)?;
    if run.outcome == RunOutcome::Failed && run.attempts > 1 && quarantine.is_none() {
        return Ok(None);
    }
    let home = ctx.home().display().to_string();
    let news = message::RunNews {
        rule: &rule,
        run,
        event,
        quarantine: quarantine.as_ref(),
        home: &home,
    };
    Ok(Some((event, message::message(&news))))
}

/// Sends one message through a notifier: the delivery, for the caller to record.
async fn send(
    ctx: &Context,
    notifier: &Notifier,
    message: &Message,
    run_id: Option<i64>,
    event: &str,
) -> Result<Delivery> {
    let policy = Policy {
        attempts: Policy::default().attempts,
        // Shortened in tests, but never so short that a slow answer (a TLS handshake on
        // a loaded machine) is taken for none and sent twice.
        timeout: ctx
            .retry
            .scaled(Policy::default().timeout)
            .max(std::time::Duration::from_secs(2)),
        pause: ctx.retry.scaled(Policy::default().pause),
    };
    // A secret that cannot be read (gone from the store, a keyring locked under cron)
    // is this notifier's failure, recorded as its delivery: the others are still told.
    let sent = match notifier_secret(ctx, notifier) {
        Ok(secret) => deliver(&notifier.channel, secret.as_ref(), message, policy).await,
        Err(e) => Err(crate::notify::Undelivered {
            attempts: 0,
            error: format!("its secret could not be read: {}", secret_words(&e)),
        }),
    };
    let delivery = Delivery {
        notifier: notifier.name.clone(),
        run_id,
        rule: None,
        event: event.to_string(),
        at: crate::store::now(),
        attempts: sent.as_ref().map_or_else(|u| u.attempts, |n| *n),
        error: sent.err().map(|u| u.error),
    };
    Ok(delivery)
}

/// Why a notifier's secret could not be read, without calling it a connection's.
fn secret_words(e: &Error) -> String {
    match e {
        Error::MissingSecret { store, var, .. } => {
            format!("it is not in the {store} store, and {var} is not set")
        }
        other => other.to_string(),
    }
}

fn secrets_of(ctx: &Context, n: &Notifier) -> Box<dyn crate::secrets::SecretStore> {
    let kind = n.secret_store.unwrap_or(ctx.secrets.kind());
    crate::secrets::open_kind(kind, ctx.home(), &ctx.store.store_id().unwrap_or_default())
}

/// The notifier's secret now: its environment override (`DBXPROV_NOTIFY_<NAME>_SECRET`)
/// or the stored one; none for an SMTP server without a login.
fn notifier_secret(ctx: &Context, n: &Notifier) -> Result<Option<Secret>> {
    if matches!(&n.channel, Channel::Smtp { user: None, .. }) {
        return Ok(None);
    }
    let store = secrets_of(ctx, n);
    let key = n.secret_key();
    crate::secrets::resolve(&*store, &ctx.settings, &key, SecretKind::NotifySecret).map(Some)
}

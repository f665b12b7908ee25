//! What a notification says of a run (pure): the rule, its connection, the run, its
//! outcome and why, what it applied, its failures grouped by cause — counts, never the
//! users (a notification leaves the machine: no personal data, no secret) — its
//! quarantine, and the command to look closer. One text for people (a mail's body, the
//! webhook's `text` that Slack and Teams display) and the same as JSON fields.

use std::collections::BTreeMap;

use serde_json::{json, Value};

use crate::model::{NotifyEvent, Quarantine, Rule, RunOutcome};
use crate::notify::Message;
use crate::store::RunRecord;

/// How many causes of failed users a notification lists.
const CAUSES_SHOWN: usize = 5;

/// What a notification is made of.
pub(crate) struct RunNews<'a> {
    pub(crate) rule: &'a Rule,
    pub(crate) run: &'a RunRecord,
    pub(crate) event: NotifyEvent,
    pub(crate) quarantine: Option<&'a Quarantine>,
    /// The home, to tell one team's notifications from another's.
    pub(crate) home: &'a str,
}

/// The notification of a run.
pub(crate) fn message(news: &RunNews<'_>) -> Message {
    let RunNews { rule, run, .. } = news;
    let what = headline(run.outcome, news.event);
    let subject = format!("dbxprov: rule {:?} {what} (run {})", rule.name, run.id);
    let causes = failure_causes(run.summary.as_ref());
    let failed: u64 = causes.iter().map(|c| c.1).sum();
    let mut lines = vec![format!(
        "dbxprov: rule {:?} ({}, connection {:?}) {what}: run {}, {}.",
        rule.name,
        direction(rule),
        rule.connection,
        run.id,
        crate::ops::rfc3339(run.finished_at.unwrap_or(run.started_at))
    )];
    // A run whose users failed keeps, as its error, the first of them by name (an
    // address, an LDAP DN): a notification says how many and why instead.
    let error = match (&run.summary, failed) {
        (Some(_), 1..) => Some(format!("{failed} users or groups failed (causes below)")),
        _ => run.error.as_deref().map(without_emails),
    };
    if let Some(error) = error.as_deref().filter(|_| run.outcome.is_trouble()) {
        lines.push(format!("Why: {error}"));
    }
    if let Some(q) = news.quarantine {
        lines.push(format!(
            "Quarantined: {} runs in a row failed ({}); `sync run --due` skips it until {}.",
            q.failures,
            q.cause.words(),
            crate::ops::rfc3339(q.until)
        ));
    }
    let applied = counts(run.summary.as_ref(), "applied");
    if !applied.is_empty() {
        lines.push(format!("Applied: {}.", listed(&applied)));
    }
    if failed > 0 {
        let each: Vec<String> = causes
            .iter()
            .take(CAUSES_SHOWN)
            .map(|(c, n)| format!("{n} x {c}"))
            .collect();
        lines.push(format!("Failed: {failed} ({}).", each.join("; ")));
    }
    let look = look_closer(rule, run);
    lines.push(format!("Look closer: {look}"));
    lines.push(format!("Home: {}", news.home));
    let text = lines.join("\n");
    let json = json!({
        "text": text,
        "event": news.event.as_str(),
        "rule": rule.name,
        "connection": rule.connection,
        "direction": direction(rule),
        "run_id": run.id,
        "outcome": run.outcome,
        "time": crate::ops::rfc3339(run.finished_at.unwrap_or(run.started_at)),
        "error": error,
        "counts": {"applied": applied, "failed": failed},
        "failures": causes.iter().take(CAUSES_SHOWN).map(|(c, n)| json!({"cause": c, "count": n})).collect::<Vec<_>>(),
        "quarantine": news.quarantine,
        "look_closer": look,
        "home": news.home,
    });
    Message {
        subject,
        text,
        json,
    }
}

fn direction(rule: &Rule) -> &'static str {
    match rule.direction {
        crate::model::Direction::Inbound => "inbound",
        crate::model::Direction::Outbound => "outbound",
    }
}

/// The outcome in words.
fn headline(outcome: RunOutcome, event: NotifyEvent) -> &'static str {
    match (outcome, event) {
        (RunOutcome::Stopped, _) => "was stopped by its deletion guard",
        (RunOutcome::Interrupted, _) => "was interrupted",
        (RunOutcome::Failed, _) => "failed",
        (RunOutcome::Partial, NotifyEvent::Recovered) => "went through again, some users failed",
        (_, NotifyEvent::Recovered) => "went through again",
        (RunOutcome::Partial, _) => "went through, some users failed",
        _ => "succeeded",
    }
}

/// The command that shows more: the plan to approve, the failed users, the run.
fn look_closer(rule: &Rule, run: &RunRecord) -> String {
    match run.outcome {
        RunOutcome::Stopped => format!(
            "dbxprov sync show {} (then `dbxprov sync approve {}`)",
            run.id, run.id
        ),
        RunOutcome::Partial => format!("dbxprov sync status {} --users --state failed", rule.name),
        _ => format!("dbxprov sync show {}", run.id),
    }
}

/// Operations by kind, from the summary's `key` (`applied`).
fn counts(summary: Option<&Value>, key: &str) -> BTreeMap<String, u64> {
    summary
        .and_then(|s| s.get(key)?.as_object().cloned())
        .unwrap_or_default()
        .into_iter()
        .filter_map(|(k, v)| Some((k, v.as_u64()?)))
        .filter(|(_, n)| *n > 0)
        .collect()
}

fn listed(counts: &BTreeMap<String, u64>) -> String {
    let each: Vec<String> = counts.iter().map(|(k, n)| format!("{k} {n}")).collect();
    each.join(", ")
}

/// The failed users' and groups' causes, in plain words without any address, counted
/// (most first).
fn failure_causes(summary: Option<&Value>) -> Vec<(String, u64)> {
    let mut causes: BTreeMap<String, u64> = BTreeMap::new();
    let items = |path: &[&str]| -> Vec<Value> {
        let mut v = summary;
        for p in path {
            v = v.and_then(|x| x.get(*p));
        }
        v.and_then(Value::as_array).cloned().unwrap_or_default()
    };
    for item in items(&["failures"])
        .iter()
        .chain(items(&["groups", "failures"]).iter())
    {
        let error = item
            .get("error")
            .and_then(Value::as_str)
            .unwrap_or("unknown");
        *causes
            .entry(without_emails(&crate::dropbox::plain_words(error)))
            .or_default() += 1;
    }
    let mut causes: Vec<(String, u64)> = causes.into_iter().collect();
    causes.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
    causes
}

/// `text` with every word that holds an address replaced by `[address]`: what went
/// wrong can name a user, and a notification must not.
pub(crate) fn without_emails(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, word) in text.split(' ').enumerate() {
        if i > 0 {
            out.push(' ');
        }
        match word.contains('@') {
            true => {
                let end: String = word
                    .chars()
                    .rev()
                    .take_while(|c| matches!(c, ',' | ';' | ':' | ')' | '.'))
                    .collect();
                out.push_str("[address]");
                out.extend(end.chars().rev());
            }
            false => out.push_str(word),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_never_leave_in_a_notification() {
        assert_eq!(
            without_emails("3 users failed: ann@example.com, \"bob@example.com\" and more"),
            "3 users failed: [address], [address] and more"
        );
        let summary = json!({"failures": [
            {"email": "a@x.com", "error": "user_on_another_team"},
            {"email": "b@x.com", "error": "user_on_another_team"},
            {"email": "c@x.com", "error": "c@x.com has an empty given name"},
        ]});
        let causes = failure_causes(Some(&summary));
        assert_eq!(
            causes[0],
            (
                "the address belongs to a member of another Dropbox team (user_on_another_team)"
                    .to_string(),
                2
            )
        );
        assert!(causes.iter().all(|c| !c.0.contains('@')), "{causes:?}");
    }

    #[test]
    fn a_run_whose_users_failed_is_told_by_counts_never_by_the_names_its_error_keeps() {
        let rule = Rule {
            name: "ad".into(),
            connection: "corp".into(),
            ..Rule::default()
        };
        let run = RunRecord {
            id: 7,
            rule_id: 1,
            rule: "ad".into(),
            started_at: 0,
            finished_at: Some(10),
            outcome: RunOutcome::Failed,
            summary: Some(json!({"applied": {}, "failures": [
                {"email": "CN=Ann Lee,OU=Staff,DC=corp", "error": "mapping given_name: undefined"},
                {"email": "CN=Bob Ray,OU=Staff,DC=corp", "error": "mapping given_name: undefined"},
            ]})),
            requests: 3,
            error: Some(
                "2 failed (CN=Ann Lee,OU=Staff,DC=corp, CN=Bob Ray,OU=Staff,DC=corp)".into(),
            ),
            attempts: 1,
            rule_deleted: false,
            approval: None,
        };
        let news = RunNews {
            rule: &rule,
            run: &run,
            event: NotifyEvent::Failure,
            quarantine: None,
            home: "/var/lib/dbxprov",
        };
        let m = message(&news);
        let all = format!("{}{}{}", m.subject, m.text, m.json);
        assert!(
            !all.contains("Ann Lee") && !all.contains("Bob Ray"),
            "{all}"
        );
        assert!(
            m.text
                .contains("Why: 2 users or groups failed (causes below)"),
            "{}",
            m.text
        );
        assert!(
            m.text
                .contains("Failed: 2 (2 x mapping given_name: undefined)."),
            "{}",
            m.text
        );
    }
}

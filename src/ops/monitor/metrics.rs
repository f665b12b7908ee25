//! The metrics file (`sync run --metrics-file PATH`): every rule's figures in the
//! Prometheus text format, for node_exporter's textfile collector (or a push to a
//! Pushgateway), rewritten whole and at once after every run. The figures are the ones
//! `sync status` shows, and counters summed over the history the home keeps (pruning
//! it resets them, which Prometheus reads as a counter reset).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use crate::error::Result;
use crate::model::{Direction, RunOutcome};
use crate::ops::status::{status, RuleStatus};
use crate::ops::Context;

/// The outcomes `dbxprov_last_run_outcome` has a series for (one of them 1).
const OUTCOMES: [RunOutcome; 6] = [
    RunOutcome::Succeeded,
    RunOutcome::Partial,
    RunOutcome::Stopped,
    RunOutcome::Failed,
    RunOutcome::Interrupted,
    RunOutcome::Running,
];

/// One metric: its name, help, type, and samples (labels, value).
pub(crate) struct Family {
    name: &'static str,
    help: &'static str,
    counter: bool,
    samples: Vec<(Vec<(&'static str, String)>, f64)>,
}

impl Family {
    fn gauge(name: &'static str, help: &'static str) -> Family {
        Family {
            name,
            help,
            counter: false,
            samples: Vec::new(),
        }
    }

    fn counter(name: &'static str, help: &'static str) -> Family {
        Family {
            counter: true,
            ..Family::gauge(name, help)
        }
    }

    fn add(&mut self, labels: &[(&'static str, &str)], value: f64) {
        let labels = labels.iter().map(|(k, v)| (*k, v.to_string())).collect();
        self.samples.push((labels, value));
    }
}

/// Writes the metrics of every rule of the home to `path`, atomically (readable by
/// others: it holds rule and connection names and counts, no personal data).
pub(crate) fn write_metrics(ctx: &Context, path: &Path) -> Result<()> {
    let text = render(&gather(ctx)?);
    crate::home::write_atomically(path, text.as_bytes(), 0o644)
}

/// The metrics of every rule.
pub(crate) fn gather(ctx: &Context) -> Result<Vec<Family>> {
    let rules = ctx.store.rules()?;
    let names: BTreeMap<i64, String> = rules.iter().map(|r| (r.id, r.name.clone())).collect();
    let mut families = rule_gauges(ctx, &rules)?;
    let mut runs = Family::counter("dbxprov_runs_total", "Runs of the rule, by outcome.");
    let mut requests = Family::counter(
        "dbxprov_requests_total",
        "Requests the rule's runs sent to Dropbox or the directory.",
    );
    let mut limited = Family::counter(
        "dbxprov_rate_limited_requests_total",
        "Requests of the rule's runs that Dropbox answered 429 (too many requests).",
    );
    let mut stops = Family::counter(
        "dbxprov_guard_stops_total",
        "Runs of the rule the deletion guard stopped.",
    );
    let mut by_rule: BTreeMap<&str, (f64, f64, f64)> = BTreeMap::new();
    for t in ctx.store.run_totals()? {
        let Some(rule) = names.get(&t.rule_id) else {
            continue;
        };
        runs.add(&[("rule", rule), ("outcome", &t.outcome)], t.runs as f64);
        let sums = by_rule.entry(rule).or_default();
        sums.0 += t.requests as f64;
        sums.1 += t.rate_limited as f64;
        if t.outcome == RunOutcome::Stopped.as_str() {
            sums.2 += t.runs as f64;
        }
    }
    for (rule, (sent, refused, stopped)) in by_rule {
        requests.add(&[("rule", rule)], sent);
        limited.add(&[("rule", rule)], refused);
        stops.add(&[("rule", rule)], stopped);
    }
    let mut operations = Family::counter(
        "dbxprov_operations_total",
        "Operations the rule's runs journaled, by kind and result (ok, failed, unknown).",
    );
    for t in ctx.store.operation_totals()? {
        if let Some(rule) = names.get(&t.rule_id) {
            let labels = [
                ("rule", rule.as_str()),
                ("operation", &t.operation),
                ("result", &t.result),
            ];
            operations.add(&labels, t.count as f64);
        }
    }
    let mut undelivered = Family::gauge(
        "dbxprov_notifier_last_undelivered",
        "1 when the notifier's last notification was not delivered.",
    );
    let failed = ctx.store.undelivered()?;
    for n in ctx.store.notifiers()? {
        let down = failed
            .iter()
            .any(|d| d.notifier.eq_ignore_ascii_case(&n.name));
        undelivered.add(&[("notifier", &n.name)], f64::from(u8::from(down)));
    }
    families.extend([runs, requests, limited, stops, operations, undelivered]);
    Ok(families)
}

/// Each rule's gauges: what it is, its last run and last success, its users by state,
/// its quarantine.
fn rule_gauges(ctx: &Context, rules: &[crate::model::Rule]) -> Result<Vec<Family>> {
    let mut info = Family::gauge(
        "dbxprov_rule_info",
        "A rule, its connection and direction (always 1).",
    );
    let mut enabled = Family::gauge("dbxprov_rule_enabled", "1 when the rule is enabled.");
    let mut last_run = Family::gauge(
        "dbxprov_last_run_timestamp_seconds",
        "When the rule's last run ended (or started, while it runs), in Unix time.",
    );
    let mut last_success = Family::gauge(
        "dbxprov_last_success_timestamp_seconds",
        "When the rule's last run that went through (succeeded or partial) ended, in Unix time.",
    );
    let mut duration = Family::gauge(
        "dbxprov_last_run_duration_seconds",
        "How long the rule's last finished run took.",
    );
    let mut outcome = Family::gauge(
        "dbxprov_last_run_outcome",
        "1 for the outcome of the rule's last run, 0 for the others.",
    );
    let mut users = Family::gauge("dbxprov_users", "The rule's users, by state.");
    let mut drift = Family::gauge(
        "dbxprov_members_changed_outside",
        "Members the rule's last run found changed in Dropbox outside dbxprov.",
    );
    let mut quarantined = Family::gauge(
        "dbxprov_quarantined",
        "1 while the rule is quarantined after repeated failures for one cause.",
    );
    let statuses = status(ctx, None)?;
    for rule in rules {
        // A rule created since `status` read them is in the next file.
        let Some(s) = statuses.iter().find(|s| s.rule == rule.name) else {
            continue;
        };
        let name = rule.name.as_str();
        let direction = match rule.direction {
            Direction::Inbound => "inbound",
            Direction::Outbound => "outbound",
        };
        let labels = [
            ("rule", name),
            ("connection", &s.connection),
            ("direction", direction),
        ];
        info.add(&labels, 1.0);
        enabled.add(&[("rule", name)], f64::from(u8::from(rule.enabled)));
        if let Some(at) = s.last_sync {
            last_run.add(&[("rule", name)], at as f64);
        }
        if let Some(at) = s.last_completed {
            last_success.add(&[("rule", name)], at as f64);
        }
        if let Some(secs) = last_duration(ctx, rule.id)? {
            duration.add(&[("rule", name)], secs);
        }
        if let Some(last) = s.last_outcome {
            for o in OUTCOMES {
                let value = f64::from(u8::from(o == last));
                outcome.add(&[("rule", name), ("outcome", o.as_str())], value);
            }
        }
        for (state, n) in user_counts(s) {
            users.add(&[("rule", name), ("state", state)], n as f64);
        }
        drift.add(&[("rule", name)], s.drift as f64);
        let q = s.quarantine.is_some();
        quarantined.add(&[("rule", name)], f64::from(u8::from(q)));
    }
    Ok(vec![
        info,
        enabled,
        last_run,
        last_success,
        duration,
        outcome,
        users,
        drift,
        quarantined,
    ])
}

fn user_counts(s: &RuleStatus) -> [(&'static str, u64); 4] {
    [
        ("synced", s.success),
        ("unsynced", s.unsynced),
        ("partially_synced", s.partially_synced),
        ("failed", s.failed),
    ]
}

/// How long the rule's newest finished run took, in seconds.
fn last_duration(ctx: &Context, rule_id: i64) -> Result<Option<f64>> {
    let newest = ctx.store.runs(Some(rule_id), 1)?.pop();
    Ok(newest.and_then(|r| {
        let from_summary = r.summary.as_ref()?.get("duration_ms")?.as_f64();
        from_summary
            .map(|ms| ms / 1000.0)
            .or_else(|| Some((r.finished_at? - r.started_at) as f64))
    }))
}

/// The families in the text format, families without samples left out.
pub(crate) fn render(families: &[Family]) -> String {
    let mut out = String::new();
    for f in families.iter().filter(|f| !f.samples.is_empty()) {
        let kind = if f.counter { "counter" } else { "gauge" };
        let _ = writeln!(out, "# HELP {} {}", f.name, f.help);
        let _ = writeln!(out, "# TYPE {} {kind}", f.name);
        for (labels, value) in &f.samples {
            let labels: Vec<String> = labels
                .iter()
                .map(|(k, v)| format!("{k}=\"{}\"", escape(v)))
                .collect();
            let _ = writeln!(out, "{}{{{}}} {value}", f.name, labels.join(","));
        }
    }
    out
}

/// A label value as the text format quotes it.
fn escape(value: &str) -> String {
    value
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_escaped_and_empty_families_left_out() {
        let mut f = Family::gauge("dbxprov_x", "X.");
        f.add(&[("rule", "a \"b\"\\c")], 1.5);
        let text = render(&[f, Family::counter("dbxprov_none_total", "None.")]);
        assert_eq!(
            text,
            "# HELP dbxprov_x X.\n# TYPE dbxprov_x gauge\ndbxprov_x{rule=\"a \\\"b\\\"\\\\c\"} 1.5\n"
        );
    }
}

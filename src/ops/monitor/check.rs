//! `dbxprov check`: each enabled rule's health as a monitoring plugin reports it (OK,
//! WARNING, CRITICAL, as Nagios and Icinga read exit codes 0, 1, 2), from the home alone
//! (no call to Dropbox or the directory, no lock): fast enough for every minute.

use serde::Serialize;

use crate::error::Result;
use crate::model::{FailureCause, RunOutcome};
use crate::ops::rule::blocked_by_connection;
use crate::ops::status::{status, RuleStatus};
use crate::ops::Context;

/// A monitoring plugin's levels, in order of urgency.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Health {
    Ok,
    Warning,
    Critical,
}

/// One rule's health, and what is wrong with it (nothing when OK).
#[derive(Clone, Debug, Serialize)]
pub(crate) struct RuleHealth {
    pub(crate) rule: String,
    pub(crate) connection: String,
    pub(crate) health: Health,
    pub(crate) problems: Vec<String>,
    /// When its last run that went through ended.
    #[serde(with = "crate::model::as_rfc3339_opt")]
    pub(crate) last_success: Option<i64>,
}

/// Every enabled rule's health, and the worst of them.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct CheckReport {
    pub(crate) health: Health,
    pub(crate) max_age_secs: u64,
    pub(crate) rules: Vec<RuleHealth>,
    /// Disabled rules, not checked.
    pub(crate) disabled: Vec<String>,
}

/// Checks every enabled rule: CRITICAL when it cannot run (credentials refused, a scope
/// missing, its connection disabled or invalid) or is quarantined; WARNING when its
/// guard stopped it, its last attempt failed otherwise, users failed, or no run went
/// through within `max_age_secs`. No enabled rule at all is a WARNING: a monitor over an
/// empty home watches nothing.
pub(crate) fn check(ctx: &Context, max_age_secs: u64) -> Result<CheckReport> {
    let mut report = CheckReport {
        health: Health::Ok,
        max_age_secs,
        rules: Vec::new(),
        disabled: Vec::new(),
    };
    let statuses = status(ctx, None)?;
    for rule in ctx.store.rules()? {
        // A rule created since `status` read them has not run: nothing to check yet.
        let Some(status) = statuses.iter().find(|s| s.rule == rule.name) else {
            continue;
        };
        if !rule.enabled {
            report.disabled.push(rule.name);
            continue;
        }
        let blocked = blocked_by_connection(ctx, &rule)?;
        let mut health = rule_health(status, max_age_secs);
        if let Some(why) = blocked {
            health.problems.insert(0, format!("cannot run: {why}"));
            health.health = Health::Critical;
        }
        report.rules.push(health);
    }
    report.health = match report.rules.iter().map(|r| r.health).max() {
        Some(worst) => worst,
        None => Health::Warning,
    };
    Ok(report)
}

/// A rule's health from its status (pure).
pub(crate) fn rule_health(s: &RuleStatus, max_age_secs: u64) -> RuleHealth {
    let mut found: Vec<(Health, String)> = Vec::new();
    if let Some(q) = &s.quarantine {
        let until = crate::ops::rfc3339(q.until);
        found.push((
            Health::Critical,
            format!(
                "quarantined: {} runs in a row failed ({}); `sync run --due` skips it until {until}",
                q.failures,
                q.cause.words()
            ),
        ));
    }
    let error = s.last_error.as_deref().unwrap_or("no error recorded");
    match (s.last_outcome, s.last_cause) {
        (Some(RunOutcome::Failed), Some(c @ FailureCause::CredentialsRefused))
        | (Some(RunOutcome::Failed), Some(c @ FailureCause::ScopeMissing)) => {
            found.push((Health::Critical, format!("{}: {error}", c.words())));
        }
        (Some(RunOutcome::Stopped), _) => found.push((
            Health::Warning,
            format!("stopped by its deletion guard, awaiting approval: {error}"),
        )),
        // Its error names the first users that failed: a monitor is told how many.
        (Some(RunOutcome::Failed), None) if s.failed > 0 => found.push((
            Health::Warning,
            format!(
                "last attempt failed: {} users failed (`dbxprov sync status {} --users --state failed`)",
                s.failed, s.rule
            ),
        )),
        (Some(o @ (RunOutcome::Failed | RunOutcome::Interrupted)), _) => {
            found.push((
                Health::Warning,
                format!("last attempt {}: {error}", o.as_str()),
            ));
        }
        (Some(RunOutcome::Partial), _) => found.push((
            Health::Warning,
            format!("{} users failed in its last run", s.failed),
        )),
        _ => {}
    }
    let age = s.last_completed.map(|at| s.now - at);
    match age {
        None => found.push((Health::Warning, "no run has gone through yet".into())),
        Some(secs) if secs > max_age_secs as i64 => found.push((
            Health::Warning,
            format!(
                "its last run that went through ended {} ago (allowed: {})",
                human(secs as u64),
                human(max_age_secs)
            ),
        )),
        Some(_) => {}
    }
    RuleHealth {
        rule: s.rule.clone(),
        connection: s.connection.clone(),
        health: found.iter().map(|f| f.0).max().unwrap_or(Health::Ok),
        problems: found.into_iter().map(|f| f.1).collect(),
        last_success: s.last_completed,
    }
}

/// A duration as people write it, to the minute from a minute up: `45s`, `25m`, `1h`,
/// `25h`, `2h 5m`.
pub(crate) fn human(secs: u64) -> String {
    let (h, m) = (secs / 3600, secs % 3600 / 60);
    match (h, m) {
        (0, 0) => format!("{secs}s"),
        (0, m) => format!("{m}m"),
        (h, 0) => format!("{h}h"),
        (h, m) => format!("{h}h {m}m"),
    }
}

#[cfg(test)]
mod tests {
    use super::human;

    #[test]
    fn durations_read_as_people_write_them() {
        assert_eq!(human(45), "45s");
        assert_eq!(human(25 * 60 + 10), "25m");
        assert_eq!(human(25 * 3600), "25h");
        assert_eq!(human(2 * 3600 + 60), "2h 1m");
    }
}

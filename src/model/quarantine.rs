//! Quarantine: a rule whose runs keep failing for the same cause (credentials refused,
//! a scope missing, Dropbox or the directory unreachable) is backed off under
//! `sync run --due`, 1 h after the third failure in a row, 6 h after the fourth, 24 h
//! after each one from the fifth, as Entra backs off a failing provisioning job. Read
//! off the rule's recent runs by a pure function: nothing is stored but each run's
//! cause, so a success (or any run that did not fail for that cause) clears it.

use serde::{Deserialize, Serialize};

/// Failures in a row, for the same cause, that put a rule in quarantine.
pub(crate) const QUARANTINE_AFTER: u32 = 3;

/// Why a run failed as a whole, in the classes that repeat until someone acts (or the
/// service comes back): what quarantine counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum FailureCause {
    /// The token endpoint or the API refused the connection's credentials, or an LDAP
    /// bind was refused.
    CredentialsRefused,
    /// The app lacks a scope the rule needs.
    ScopeMissing,
    /// Dropbox or the directory failed after retries (unreachable, 5xx, 429).
    Outage,
}

impl FailureCause {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            FailureCause::CredentialsRefused => "credentials_refused",
            FailureCause::ScopeMissing => "scope_missing",
            FailureCause::Outage => "outage",
        }
    }

    /// In words, for `sync status`, `check` and notifications.
    pub(crate) fn words(self) -> &'static str {
        match self {
            FailureCause::CredentialsRefused => "credentials refused",
            FailureCause::ScopeMissing => "a scope missing",
            FailureCause::Outage => "the service unreachable or failing",
        }
    }

    const ALL: [FailureCause; 3] = [
        FailureCause::CredentialsRefused,
        FailureCause::ScopeMissing,
        FailureCause::Outage,
    ];

    pub(crate) fn parse(text: &str) -> Option<FailureCause> {
        Self::ALL.into_iter().find(|c| c.as_str() == text)
    }
}

/// What quarantine reads of one run, newest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RecentRun {
    /// The run failed as a whole, for this cause (`None`: it did not fail, or failed
    /// for another reason).
    pub(crate) cause: Option<FailureCause>,
    /// Attempts the row stands for: a streak of identical failures is kept as one row.
    pub(crate) attempts: u32,
    /// When it ended (seconds since the epoch).
    pub(crate) finished_at: i64,
}

/// A rule in quarantine: why, how many failures in a row, and until when `--due` skips
/// it (after that, `--due` tries it once more; a failure backs it off longer).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub(crate) struct Quarantine {
    pub(crate) cause: FailureCause,
    pub(crate) failures: u32,
    #[serde(with = "crate::model::as_rfc3339")]
    pub(crate) until: i64,
}

impl Quarantine {
    /// `--due` skips the rule at `now`.
    pub(crate) fn holds_at(&self, now: i64) -> bool {
        now < self.until
    }
}

/// How long the `failures`-th failure in a row backs a rule off.
pub(crate) fn backoff_secs(failures: u32) -> i64 {
    match failures {
        0..QUARANTINE_AFTER => 0,
        QUARANTINE_AFTER => 3600,
        4 => 6 * 3600,
        _ => 24 * 3600,
    }
}

/// The rule's quarantine, from its recent runs (newest first): the failures in a row
/// for the newest run's cause, once there are [`QUARANTINE_AFTER`] of them.
pub(crate) fn quarantine(recent: &[RecentRun]) -> Option<Quarantine> {
    let newest = recent.first()?;
    let cause = newest.cause?;
    let failures: u32 = recent
        .iter()
        .take_while(|r| r.cause == Some(cause))
        .map(|r| r.attempts.max(1))
        .sum();
    (failures >= QUARANTINE_AFTER).then(|| Quarantine {
        cause,
        failures,
        until: newest.finished_at + backoff_secs(failures),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use FailureCause::*;

    fn run(cause: Option<FailureCause>, attempts: u32, at: i64) -> RecentRun {
        RecentRun {
            cause,
            attempts,
            finished_at: at,
        }
    }

    #[test]
    fn three_failures_in_a_row_for_one_cause_back_the_rule_off_longer_each_time() {
        let refused = |n| run(Some(CredentialsRefused), n, 1000);
        assert_eq!(quarantine(&[refused(2)]), None, "two are not enough");
        let q = quarantine(&[refused(1), refused(2)]).unwrap();
        assert_eq!(
            (q.cause, q.failures, q.until),
            (CredentialsRefused, 3, 4600)
        );
        assert!(q.holds_at(4599) && !q.holds_at(4600));
        assert_eq!(quarantine(&[refused(4)]).unwrap().until, 1000 + 6 * 3600);
        assert_eq!(quarantine(&[refused(9)]).unwrap().until, 1000 + 24 * 3600);
    }

    #[test]
    fn a_success_or_another_cause_breaks_the_streak() {
        let outage = run(Some(Outage), 1, 10);
        let ok = run(None, 1, 5);
        assert_eq!(
            quarantine(&[run(None, 1, 20), outage, outage, outage]),
            None
        );
        assert_eq!(quarantine(&[outage, outage, ok, outage]), None);
        let mixed = [outage, run(Some(ScopeMissing), 5, 9), outage];
        assert_eq!(quarantine(&mixed), None, "the streak is the newest cause's");
        assert_eq!(quarantine(&[]), None);
    }

    #[test]
    fn stored_text_reads_back_and_matches_the_json_spelling() {
        for c in FailureCause::ALL {
            assert_eq!(FailureCause::parse(c.as_str()), Some(c));
            assert_eq!(serde_json::to_value(c).unwrap(), c.as_str());
        }
    }
}

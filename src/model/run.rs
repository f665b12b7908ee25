//! How a sync run ended, and where each journaled operation stands. Stored as text
//! through one `as_str`/`parse` pair per enum.

use serde::{Deserialize, Serialize};

/// A run's outcome, as `sync history` shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum RunOutcome {
    /// Still running (or its process died and no one has looked yet).
    Running,
    Succeeded,
    /// Finished, but some users failed.
    Partial,
    /// The deletion guard stopped it before anything was applied.
    Stopped,
    /// It stopped early on an error that concerns the whole run (authentication, the
    /// service gone after retries), or nothing it tried went through.
    Failed,
    /// Its process died (killed, crashed, power cut).
    Interrupted,
    /// A dry run: planned, nothing applied, nothing recorded.
    DryRun,
}

impl RunOutcome {
    /// How a run the guard let through ended: `Failed` when it stopped on an error of the
    /// whole run, or when items failed and none went through (a run that changed nothing
    /// did not partly succeed); `Partial` when some went through and some failed.
    pub(crate) fn of_run(aborted: bool, applied: u64, failed: u64) -> RunOutcome {
        match (aborted, applied, failed) {
            (true, _, _) => RunOutcome::Failed,
            (false, _, 0) => RunOutcome::Succeeded,
            (false, 0, _) => RunOutcome::Failed,
            (false, _, _) => RunOutcome::Partial,
        }
    }

    /// The run did not go through: it failed, was killed, or the guard stopped it.
    pub(crate) fn is_trouble(self) -> bool {
        matches!(
            self,
            RunOutcome::Failed | RunOutcome::Interrupted | RunOutcome::Stopped
        )
    }

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            RunOutcome::Running => "running",
            RunOutcome::Succeeded => "succeeded",
            RunOutcome::Partial => "partial",
            RunOutcome::Stopped => "stopped",
            RunOutcome::Failed => "failed",
            RunOutcome::Interrupted => "interrupted",
            RunOutcome::DryRun => "dry_run",
        }
    }

    const ALL: [RunOutcome; 7] = [
        RunOutcome::Running,
        RunOutcome::Succeeded,
        RunOutcome::Partial,
        RunOutcome::Stopped,
        RunOutcome::Failed,
        RunOutcome::Interrupted,
        RunOutcome::DryRun,
    ];

    pub(crate) fn parse(text: &str) -> Option<RunOutcome> {
        Self::ALL.into_iter().find(|v| v.as_str() == text)
    }
}

/// Where one journaled operation stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum JournalStatus {
    /// Written before the request was sent; no answer recorded yet.
    Pending,
    Ok,
    Failed,
    /// Sent, but the run ended before its answer was known (the process died, or the
    /// run stopped on an error after the request may have been applied). The next run of
    /// the rule reads the team and settles it as `ok` or `failed`, with a note.
    Unknown,
}

impl JournalStatus {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            JournalStatus::Pending => "pending",
            JournalStatus::Ok => "ok",
            JournalStatus::Failed => "failed",
            JournalStatus::Unknown => "unknown",
        }
    }

    const ALL: [JournalStatus; 4] = [
        JournalStatus::Pending,
        JournalStatus::Ok,
        JournalStatus::Failed,
        JournalStatus::Unknown,
    ];

    pub(crate) fn parse(text: &str) -> Option<JournalStatus> {
        Self::ALL.into_iter().find(|v| v.as_str() == text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_text_reads_back_and_matches_the_json_spelling() {
        for v in RunOutcome::ALL {
            assert_eq!(RunOutcome::parse(v.as_str()), Some(v));
            assert_eq!(serde_json::to_value(v).unwrap(), v.as_str());
        }
        for v in JournalStatus::ALL {
            assert_eq!(JournalStatus::parse(v.as_str()), Some(v));
            assert_eq!(serde_json::to_value(v).unwrap(), v.as_str());
        }
        assert_eq!(RunOutcome::parse("exploded"), None);
    }

    #[test]
    fn a_run_that_changed_nothing_did_not_partly_succeed() {
        use RunOutcome::*;
        assert_eq!(RunOutcome::of_run(false, 0, 0), Succeeded, "nothing to do");
        assert_eq!(RunOutcome::of_run(false, 5, 0), Succeeded);
        assert_eq!(RunOutcome::of_run(false, 5, 1), Partial);
        assert_eq!(
            RunOutcome::of_run(false, 0, 3),
            Failed,
            "every write refused"
        );
        assert_eq!(
            RunOutcome::of_run(true, 5, 0),
            Failed,
            "stopped on a run error"
        );
    }
}

//! What sending a unit of work gives back: each operation's [`Outcome`], with the
//! member it produced and the status Dropbox gave it, or the error that stops the run.

use crate::dropbox::ApiError;
use crate::model::{JournalStatus, MemberStatus};
use crate::sync::outbound::plan::Operation;

/// How one operation ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Applied, or found already as wanted.
    Done,
    Failed(String),
    /// Sent, but the run stopped before its answer was known: the next run settles it.
    Unknown(String),
}

impl Outcome {
    pub(in crate::sync::outbound) fn journal_status(&self) -> JournalStatus {
        match self {
            Outcome::Done => JournalStatus::Ok,
            Outcome::Failed(_) => JournalStatus::Failed,
            Outcome::Unknown(_) => JournalStatus::Unknown,
        }
    }

    pub(crate) fn error(&self) -> Option<&str> {
        match self {
            Outcome::Done => None,
            Outcome::Failed(e) | Outcome::Unknown(e) => Some(e),
        }
    }
}

pub(super) enum Unit {
    /// One operation (boxed: an operation is ten times a batch's handle).
    Single(Box<Operation>),
    Batch(Vec<Operation>),
}

/// Each operation's outcome and the member it produced, or the error that stops the run.
pub(super) type UnitResult = (
    Vec<i64>,
    Vec<Operation>,
    std::result::Result<Vec<ItemResult>, ApiError>,
);

/// One operation's outcome, with the member it created or acted on, and the status
/// Dropbox said that member has (an add's answer does).
pub(super) type ItemResult = (Outcome, Option<String>, Option<MemberStatus>);

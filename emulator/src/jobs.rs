//! Owns [`Jobs`], the async jobs routes launch: each is done at launch (as a crash after
//! launch would leave it done) and remembers its outcome, which polls see after the
//! configured number of `in_progress` answers. Counts the jobs of each kind, so that the
//! Nth can be made to fail (`Config::failing_add_jobs`, `failing_remove_jobs`,
//! `failing_group_delete_jobs`).

use std::collections::HashMap;

use serde_json::{json, Value};

use crate::config::FailingJobs;
use crate::ids::Ids;
use crate::refusal::Refusal;

/// Which poll route may ask about a job: an add job id is unknown to the remove poll.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum JobKind {
    /// `members/add_v2`.
    Add,
    /// `members/remove`.
    Remove,
    /// `groups/delete`, polled at `groups/job_status/get`.
    GroupDelete,
}

struct Job {
    kind: JobKind,
    polls_in_progress: u32,
    /// What the poll answers once the job is over: the poll result (`complete`, or a
    /// `failed` that is one of the result union's members), or a poll error.
    outcome: Result<Value, Refusal>,
}

pub(crate) struct Jobs {
    jobs: HashMap<String, Job>,
    launched: HashMap<JobKind, u32>,
}

impl Jobs {
    pub fn new() -> Self {
        Jobs {
            jobs: HashMap::new(),
            launched: HashMap::new(),
        }
    }

    /// Whether the next job of `kind` to be launched is one of those `failing` names.
    pub fn next_fails(&self, kind: JobKind, failing: FailingJobs) -> bool {
        let number = self.launched.get(&kind).copied().unwrap_or(0) + 1;
        failing.includes(number)
    }

    /// Remembers a job whose work is done, and returns its id.
    pub fn launch(
        &mut self,
        ids: &mut Ids,
        kind: JobKind,
        polls_in_progress: u32,
        outcome: Result<Value, Refusal>,
    ) -> String {
        *self.launched.entry(kind).or_default() += 1;
        let id = format!("dbjid:{}", ids.random("", 40));
        let job = Job {
            kind,
            polls_in_progress,
            outcome,
        };
        self.jobs.insert(id.clone(), job);
        id
    }

    /// `in_progress` for the configured number of polls, then the job's outcome.
    pub fn poll(&mut self, kind: JobKind, id: &str) -> Result<Value, Refusal> {
        let job = self
            .jobs
            .get_mut(id)
            .filter(|job| job.kind == kind)
            .ok_or(Refusal::new("invalid_async_job_id"))?;
        if job.polls_in_progress > 0 {
            job.polls_in_progress -= 1;
            return Ok(json!({".tag": "in_progress"}));
        }
        job.outcome.clone()
    }
}

//! Owns [`Jobs`], the async jobs routes launch: each is done at launch (as a crash after
//! launch would leave it done) and remembers its outcome, which polls see after the
//! configured number of `in_progress` answers. Counts the jobs of each kind, so that the
//! Nth can be made to fail (`Config::failing_add_jobs`, `failing_remove_jobs`,
//! `failing_group_delete_jobs`).

use std::collections::HashMap;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::config::FailingJobs;
use crate::ids::Ids;
use crate::wire::refusal::Refusal;

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
    /// A poll has seen it done.
    seen_done: bool,
    /// Polls before this answer `in_progress` too.
    busy_until: Instant,
    /// What the poll answers once the job is over: the poll result (`complete`, or a
    /// `failed` that is one of the result union's members), or a poll error.
    outcome: Result<Value, Refusal>,
}

pub(crate) struct Jobs {
    jobs: HashMap<String, Job>,
    launched: HashMap<JobKind, u32>,
    /// Jobs launched and not yet seen done by a poll, and the most there were at once.
    running: usize,
    peak_running: usize,
}

impl Jobs {
    pub fn new() -> Self {
        Jobs {
            jobs: HashMap::new(),
            launched: HashMap::new(),
            running: 0,
            peak_running: 0,
        }
    }

    pub fn peak_running(&self) -> usize {
        self.peak_running
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
        (polls_in_progress, duration): (u32, Duration),
        outcome: Result<Value, Refusal>,
    ) -> String {
        *self.launched.entry(kind).or_default() += 1;
        self.running += 1;
        self.peak_running = self.peak_running.max(self.running);
        let id = format!("dbjid:{}", ids.random("", 40));
        let job = Job {
            kind,
            polls_in_progress,
            seen_done: false,
            busy_until: Instant::now() + duration,
            outcome,
        };
        self.jobs.insert(id.clone(), job);
        id
    }

    /// Whether job `id` is still working: not seen done by a poll, and polls or time
    /// still ahead of it.
    pub fn running(&self, id: &str) -> bool {
        self.jobs.get(id).is_some_and(|job| {
            !job.seen_done && (job.polls_in_progress > 0 || Instant::now() < job.busy_until)
        })
    }

    /// `in_progress` for the configured number of polls and until the job's duration is
    /// over, then the job's outcome.
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
        if Instant::now() < job.busy_until {
            return Ok(json!({".tag": "in_progress"}));
        }
        if !std::mem::replace(&mut job.seen_done, true) {
            self.running -= 1;
        }
        job.outcome.clone()
    }
}

//! Owns the answer of a route that may run as an async job (`members/add_v2`,
//! `members/remove`, `groups/delete`): `complete` at once, or an `async_job_id` whose
//! poll answers `in_progress` the configured number of times, then the outcome (or the
//! failure `Config` asks for). Shared by the routes modules, on top with them.

use serde_json::Value;

use crate::config::{Config, FailingJobs};
use crate::state::jobs::JobKind;
use crate::state::team::Team;
use crate::wire::refusal::Refusal;
use crate::wire::route::Answer;
use crate::wire::unions::tagged;

/// `complete` at once, or a job id when asked (or configured) to be asynchronous. The
/// work is done now either way; a job that `Config` makes fail only loses its outcome.
pub(crate) fn complete_or_job(
    team: &mut Team,
    config: &Config,
    kind: JobKind,
    asynchronous: bool,
    complete: Value,
) -> Answer {
    if !asynchronous {
        return Ok(complete);
    }
    let outcome = if team.jobs.next_fails(kind, failing_jobs(config, kind)) {
        job_failure(kind)
    } else {
        Ok(complete)
    };
    let pace = (config.async_polls_in_progress, config.async_job_duration);
    let id = team.jobs.launch(&mut team.ids, kind, pace, outcome);
    Ok(tagged("async_job_id", id))
}

fn failing_jobs(config: &Config, kind: JobKind) -> FailingJobs {
    match kind {
        JobKind::Add => config.failing_add_jobs,
        JobKind::Remove => config.failing_remove_jobs,
        JobKind::GroupDelete => config.failing_group_delete_jobs,
    }
}

/// How a failed job answers its poll: an add job's result union has `failed(String)`;
/// the remove and group polls have no such member, so they fail with the poll error
/// `internal_error`.
fn job_failure(kind: JobKind) -> Answer {
    match kind {
        JobKind::Add => Ok(tagged("failed", "dbx-emulator: this job was made to fail")),
        JobKind::Remove | JobKind::GroupDelete => Err(Refusal::new("internal_error")),
    }
}

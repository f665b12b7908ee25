//! How dbxprov paces the polls of Dropbox's async jobs: when to poll first, how to slow
//! down, and how long to wait at most. Apart from the calls, so that the client can own
//! one pace without importing them.

use std::time::Duration;

/// After a poll that finds a job still running, polls start fast and slow down; a job
/// still running after this long fails its items (a removal that transfers a large
/// account can take minutes).
pub(super) const FIRST_POLL: Duration = Duration::from_millis(200);
pub(super) const SLOWEST_POLL: Duration = Duration::from_secs(5);
pub(super) const JOB_PATIENCE: Duration = Duration::from_secs(30 * 60);

/// How long to wait before the first poll of a job, per poll route, learnt from the
/// jobs before it: a job found done at its first poll shortens the wait by a quarter
/// (towards polling at once), one found still running lengthens it to half-way towards
/// what it took. So polls follow how long the team's jobs take, with few polls wasted
/// and little time lost; the wait holds no place in flight either way.
#[derive(Default)]
pub(super) struct JobPace {
    waits: std::sync::Mutex<std::collections::HashMap<String, Duration>>,
}

impl JobPace {
    pub(super) fn first_wait(&self, route: &str) -> Duration {
        let waits = self.waits.lock().unwrap_or_else(|e| e.into_inner());
        waits.get(route).copied().unwrap_or_default()
    }

    pub(super) fn learn(&self, route: &str, took: Duration, done_at_first_poll: bool) {
        let mut waits = self.waits.lock().unwrap_or_else(|e| e.into_inner());
        let wait = waits.entry(route.to_string()).or_default();
        *wait = if done_at_first_poll {
            *wait * 3 / 4
        } else {
            ((*wait + took) / 2).min(SLOWEST_POLL)
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_wait_follows_how_long_the_routes_jobs_take() {
        let pace = JobPace::default();
        let ms = Duration::from_millis;
        assert_eq!(
            pace.first_wait("add"),
            Duration::ZERO,
            "at first, poll at once"
        );
        // A job still running at its first poll, done after 400 ms: wait half-way to it.
        pace.learn("add", ms(400), false);
        assert_eq!(pace.first_wait("add"), ms(200));
        // Done at the first poll: a quarter less next time.
        pace.learn("add", ms(200), true);
        assert_eq!(pace.first_wait("add"), ms(150));
        // Each route learns apart, and no wait grows past the slowest poll.
        assert_eq!(pace.first_wait("remove"), Duration::ZERO);
        for _ in 0..20 {
            pace.learn("remove", Duration::from_secs(600), false);
        }
        assert_eq!(pace.first_wait("remove"), SLOWEST_POLL);
    }
}

//! How dbxprov paces the polls of Dropbox's async jobs: when to poll a job first, how
//! soon to poll again after `in_progress`, and how long to wait at most. Apart from the
//! calls, so that the client can own one pace without importing them.
//!
//! Dropbox does not say how its jobs end: a job may be done after some time, after some
//! polls, or both. The first wait is learnt per poll route from what waiting did, never
//! from how long jobs took (that includes the waits themselves, and a pace that learns
//! from it feeds on itself):
//! - a first poll that found its job done, after waiting W, shows that W can suffice; the
//!   wait is the shortest such W after which most recent first polls (three in four) found
//!   their jobs done (the bracket's top), so that one quick job among slow ones does not
//!   cost the others a poll;
//! - a first poll that found its job running after W shows that W can be too short (the
//!   bracket's bottom); every [`PROBE_EVERY`]th job tries half-way between the two, so
//!   the wait comes down towards the shortest that works;
//! - with no recent job done at its first poll, waiting has shown no use (jobs that
//!   finish on their Nth poll never are): the first poll goes at once, and every
//!   [`PROBE_EVERY`]th job tries waiting as long as most jobs (three in four) have been
//!   taking, which finds out when waiting would help.
//!
//! After `in_progress`, the next poll comes a quarter of the job's age later (at least
//! [`SOONEST_POLL`], at most [`SLOWEST_POLL`]): few polls for a long job, little time
//! lost for a short one. A wait holds no place in flight either way.

use std::collections::{HashMap, VecDeque};
use std::time::Duration;

/// The shortest wait between two polls of one job.
pub(super) const SOONEST_POLL: Duration = Duration::from_millis(20);
/// The longest wait between two polls, and before a first one.
pub(super) const SLOWEST_POLL: Duration = Duration::from_secs(5);
/// A job still running after this long fails its items (a removal that transfers a large
/// account can take minutes).
pub(super) const JOB_PATIENCE: Duration = Duration::from_secs(30 * 60);
/// How many of a route's recent jobs the pace looks at.
const WINDOW: usize = 32;
/// One job in this many tries another first wait (see the module comment).
pub(super) const PROBE_EVERY: u32 = 8;

/// What one job's polls found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct JobSeen {
    /// The wait before its first poll.
    pub(crate) first_wait: Duration,
    /// Its first poll found it done.
    pub(crate) first_done: bool,
    /// When the poll that found it done was sent, from the job's start.
    pub(crate) done_at: Duration,
}

#[derive(Default)]
struct RoutePace {
    recent: VecDeque<JobSeen>,
    /// Jobs started since the last probe.
    since_probe: u32,
}

impl RoutePace {
    /// The shortest first wait of a recent job done at its first poll after which at
    /// least three in four recent first polls found their job done.
    fn enough(&self) -> Option<Duration> {
        let mut waits: Vec<Duration> = self
            .recent
            .iter()
            .filter(|j| j.first_done)
            .map(|j| j.first_wait)
            .collect();
        waits.sort();
        waits.into_iter().find(|&w| {
            let (done, all) = self
                .recent
                .iter()
                .filter(|j| j.first_wait >= w)
                .fold((0, 0), |(d, a), j| (d + usize::from(j.first_done), a + 1));
            done * 4 >= all * 3
        })
    }

    /// The longest first wait, below `top`, of a recent job found running at its first
    /// poll.
    fn too_short(&self, top: Duration) -> Duration {
        let busy = self.recent.iter().filter(|j| !j.first_done);
        busy.map(|j| j.first_wait)
            .filter(|w| *w < top)
            .max()
            .unwrap_or_default()
    }

    /// How long three in four recent jobs took, at most, to be seen done.
    fn usual_done(&self) -> Duration {
        let mut done: Vec<Duration> = self.recent.iter().map(|j| j.done_at).collect();
        done.sort();
        done.get(done.len() * 3 / 4).copied().unwrap_or_default()
    }

    fn first_wait(&mut self) -> Duration {
        self.since_probe += 1;
        let probe = self.since_probe >= PROBE_EVERY;
        if probe {
            self.since_probe = 0;
        }
        let wait = match (self.enough(), probe) {
            (Some(top), false) => top,
            (Some(top), true) => (self.too_short(top) + top) / 2,
            (None, false) => Duration::ZERO,
            (None, true) => self.usual_done(),
        };
        wait.min(SLOWEST_POLL)
    }

    fn learn(&mut self, seen: JobSeen) {
        if self.recent.len() == WINDOW {
            self.recent.pop_front();
        }
        self.recent.push_back(seen);
    }
}

/// The first waits of each poll route, learnt from its recent jobs.
#[derive(Default)]
pub(super) struct JobPace {
    routes: std::sync::Mutex<HashMap<String, RoutePace>>,
}

impl JobPace {
    /// The wait before the first poll of a job of `route` starting now.
    pub(super) fn first_wait(&self, route: &str) -> Duration {
        let mut routes = self.routes.lock().unwrap_or_else(|e| e.into_inner());
        routes.entry(route.to_string()).or_default().first_wait()
    }

    /// What a job of `route` showed, once done.
    pub(super) fn learn(&self, route: &str, seen: JobSeen) {
        let mut routes = self.routes.lock().unwrap_or_else(|e| e.into_inner());
        routes.entry(route.to_string()).or_default().learn(seen);
    }

    /// The wait before the next poll of a job found `in_progress` at `age` after its start.
    pub(super) fn after_busy(age: Duration) -> Duration {
        (age / 4).clamp(SOONEST_POLL, SLOWEST_POLL)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MS: fn(u64) -> Duration = Duration::from_millis;

    /// A stand-in for Dropbox: a poll sent at `t` is looked at `latency / 2` later and
    /// answered `latency` later; a job is done once `duration` has passed and it has
    /// answered `in_progress` to `busy_polls` polls.
    struct Server {
        latency: Duration,
        duration: Duration,
        busy_polls: u32,
    }

    /// One job polled as the client polls: how many polls, and when the completing one
    /// was answered.
    fn poll_one(pace: &JobPace, server: &Server) -> (u32, Duration) {
        let first_wait = pace.first_wait("r");
        let (mut t, mut polls) = (first_wait, 0);
        loop {
            polls += 1;
            let seen = t + server.latency / 2;
            let answered = t + server.latency;
            if polls > server.busy_polls && seen >= server.duration {
                pace.learn(
                    "r",
                    JobSeen {
                        first_wait,
                        first_done: polls == 1,
                        done_at: t,
                    },
                );
                return (polls, answered);
            }
            t = answered + JobPace::after_busy(answered);
        }
    }

    /// Polls per job and time per job, averaged over the jobs after the first 40.
    fn steady(server: &Server) -> (f64, Duration) {
        let pace = JobPace::default();
        let runs: Vec<(u32, Duration)> = (0..200).map(|_| poll_one(&pace, server)).collect();
        let later = &runs[40..];
        let polls = later.iter().map(|r| r.0 as f64).sum::<f64>() / later.len() as f64;
        let time = later.iter().map(|r| r.1).sum::<Duration>() / later.len() as u32;
        (polls, time)
    }

    #[test]
    fn the_pace_converges_whatever_ends_the_jobs() {
        let l = MS(50);
        // (jobs, the fewest polls they need, the least time they take)
        let cases = [
            ("done at once", (MS(0), 0), 1.0, l),
            ("done after 1 busy poll", (MS(0), 1), 2.0, l * 2),
            ("done after 2 busy polls", (MS(0), 2), 3.0, l * 3),
            ("100 ms jobs", (MS(100), 0), 1.0, MS(100) + l / 2),
            ("2 s jobs", (MS(2000), 0), 1.0, MS(2000) + l / 2),
            ("100 ms and 1 busy poll", (MS(100), 1), 2.0, MS(100) + l / 2),
        ];
        for (case, (duration, busy_polls), fewest, least) in cases {
            let server = Server {
                latency: l,
                duration,
                busy_polls,
            };
            let (polls, time) = steady(&server);
            assert!(
                polls <= fewest + 1.0,
                "{case}: {polls:.2} polls a job, {fewest} needed"
            );
            // Never much longer than the job needs: a quarter (the probes' share), or
            // two round trips.
            let slack = (least / 4).max(l * 2);
            assert!(
                time <= least + slack,
                "{case}: {time:?} a job, {least:?} at the least"
            );
        }
    }

    #[test]
    fn one_quick_job_among_slow_ones_does_not_set_the_wait() {
        let pace = JobPace::default();
        let slow = Server {
            latency: MS(50),
            duration: MS(600),
            busy_polls: 0,
        };
        let quick = Server {
            duration: MS(0),
            ..slow
        };
        let mut polls = 0;
        for i in 0..200 {
            let server = if i % 10 == 0 { &quick } else { &slow };
            let (p, _) = poll_one(&pace, server);
            if i >= 100 {
                polls += p;
            }
        }
        assert!(
            polls as f64 / 100.0 <= 1.6,
            "{} polls a job",
            polls as f64 / 100.0
        );
    }

    #[test]
    fn jobs_that_get_slower_are_followed() {
        let pace = JobPace::default();
        let fast = Server {
            latency: MS(50),
            duration: MS(100),
            busy_polls: 0,
        };
        for _ in 0..100 {
            poll_one(&pace, &fast);
        }
        let slow = Server {
            duration: MS(800),
            ..fast
        };
        let polls: u32 = (0..200).map(|_| poll_one(&pace, &slow).0).skip(100).sum();
        assert!(
            polls as f64 / 100.0 <= 2.0,
            "{} polls a job once jobs slowed down",
            polls as f64 / 100.0
        );
    }

    #[test]
    fn polls_after_in_progress_slow_down_with_the_jobs_age() {
        assert_eq!(JobPace::after_busy(MS(10)), SOONEST_POLL);
        assert_eq!(JobPace::after_busy(MS(400)), MS(100));
        assert_eq!(JobPace::after_busy(Duration::from_secs(600)), SLOWEST_POLL);
    }
}

//! Owns [`Stats`], the request counters tests read through `EmulatorHandle::stats`. A
//! leaf: the route plumbing and the OAuth endpoints count into it.

use std::collections::BTreeMap;

use serde::Serialize;

/// How many requests the emulator has served, in total and by path.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Stats {
    pub total: u64,
    pub by_path: BTreeMap<String, u64>,
    /// API calls answered with a 400 (malformed request: bad JSON, unknown field, a value
    /// outside the spec, a bad header), whatever the route. A client that checks its
    /// values as Dropbox does never gets one. OAuth errors are not counted.
    pub malformed: u64,
    /// The most `/2/...` requests being answered at once.
    pub peak_in_flight: usize,
    /// Requests answered 429 because `Config::max_in_flight` were being answered.
    pub over_limit: u64,
    /// The most async jobs launched and not yet seen done by a poll, at once.
    pub peak_jobs_running: usize,
}

impl Stats {
    /// Requests served at `path` (e.g. `/2/team/get_info`).
    pub fn count(&self, path: &str) -> u64 {
        self.by_path.get(path).copied().unwrap_or(0)
    }

    pub(crate) fn record(&mut self, path: &str) {
        self.total += 1;
        *self.by_path.entry(path.to_string()).or_default() += 1;
    }

    pub(crate) fn record_malformed(&mut self) {
        self.malformed += 1;
    }
}

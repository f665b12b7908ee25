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

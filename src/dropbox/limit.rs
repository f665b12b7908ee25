//! How many requests one client has in flight: at most a limit that starts at the
//! configured concurrency, halves when Dropbox answers 429 and grows back by one per
//! window of successes (AIMD, as TCP's congestion window), never above the configured
//! value. Only a request on the wire holds a place: waiting for a job, a backoff or a
//! `Retry-After` pause holds nothing.
//!
//! A burst of 429s answering requests sent under one limit halves it once: a 429 counts
//! only for a request sent since the last decrease (its `epoch`), as TCP reacts once per
//! round trip.

use std::sync::Mutex;

use serde::Serialize;
use tokio::sync::Notify;

/// The limit's arithmetic, apart from any waiting (tested on its own).
#[derive(Clone, Debug, PartialEq, Eq)]
struct Window {
    limit: usize,
    max: usize,
    in_flight: usize,
    /// Successes since the limit last changed.
    streak: usize,
    /// Bumped by every decrease.
    epoch: u64,
    lowest: usize,
    decreases: u64,
}

impl Window {
    fn new(max: usize) -> Window {
        let max = max.max(1);
        Window {
            limit: max,
            max,
            in_flight: 0,
            streak: 0,
            epoch: 0,
            lowest: max,
            decreases: 0,
        }
    }

    /// Takes a place if one is free; the epoch the request is sent in.
    fn try_take(&mut self) -> Option<u64> {
        (self.in_flight < self.limit).then(|| {
            self.in_flight += 1;
            self.epoch
        })
    }

    fn succeeded(&mut self, epoch: u64) {
        if epoch != self.epoch || self.limit == self.max {
            return;
        }
        self.streak += 1;
        if self.streak >= self.limit {
            self.limit += 1;
            self.streak = 0;
        }
    }

    fn rate_limited(&mut self, epoch: u64) {
        if epoch != self.epoch {
            return;
        }
        self.limit = (self.limit / 2).max(1);
        self.lowest = self.lowest.min(self.limit);
        self.streak = 0;
        self.epoch += 1;
        self.decreases += 1;
    }
}

/// What the limit did over a run, for its summary.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub(crate) struct ConcurrencyReport {
    /// As asked (`--concurrency`).
    pub(crate) configured: usize,
    /// Where it ended.
    pub(crate) settled: usize,
    pub(crate) lowest: usize,
    /// Times a 429 halved it.
    pub(crate) decreases: u64,
}

pub(crate) struct ConcurrencyLimit {
    window: Mutex<Window>,
    freed: Notify,
}

/// A place in flight; dropped, it frees the place. Tell the limit how the request went
/// with [`Permit::succeeded`] or [`Permit::rate_limited`] first.
pub(crate) struct Permit<'a> {
    limit: &'a ConcurrencyLimit,
    epoch: u64,
}

impl ConcurrencyLimit {
    pub(crate) fn new(max: usize) -> ConcurrencyLimit {
        ConcurrencyLimit {
            window: Mutex::new(Window::new(max)),
            freed: Notify::new(),
        }
    }

    fn window(&self) -> std::sync::MutexGuard<'_, Window> {
        self.window.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Waits for a free place.
    pub(crate) async fn acquire(&self) -> Permit<'_> {
        loop {
            // Registered before the check, so that a place freed in between wakes it.
            let freed = self.freed.notified();
            tokio::pin!(freed);
            freed.as_mut().enable();
            if let Some(epoch) = self.window().try_take() {
                return Permit { limit: self, epoch };
            }
            freed.await;
        }
    }

    pub(crate) fn report(&self) -> ConcurrencyReport {
        let w = self.window();
        ConcurrencyReport {
            configured: w.max,
            settled: w.limit,
            lowest: w.lowest,
            decreases: w.decreases,
        }
    }
}

impl Permit<'_> {
    pub(crate) fn succeeded(&self) {
        self.limit.window().succeeded(self.epoch);
        // A grown limit has room for one more.
        self.limit.freed.notify_one();
    }

    pub(crate) fn rate_limited(&self) {
        self.limit.window().rate_limited(self.epoch);
    }
}

impl Drop for Permit<'_> {
    fn drop(&mut self) {
        self.limit.window().in_flight -= 1;
        self.limit.freed.notify_one();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_429_halves_the_limit_once_per_window_and_successes_grow_it_back_by_one() {
        let mut w = Window::new(8);
        let sent: Vec<u64> = (0..8).map(|_| w.try_take().unwrap()).collect();
        assert_eq!(w.try_take(), None, "eight in flight is the limit");
        // Three 429s for requests sent under the same limit: one halving.
        for e in &sent[..3] {
            w.rate_limited(*e);
        }
        assert_eq!((w.limit, w.decreases), (4, 1));
        // Successes of requests sent before the decrease do not grow it.
        w.succeeded(sent[3]);
        assert_eq!((w.limit, w.streak), (4, 0));
        w.in_flight = 0;
        // Four successes sent at limit 4 make it 5; five more make it 6.
        for _ in 0..4 {
            let e = w.try_take().unwrap();
            w.succeeded(e);
            w.in_flight -= 1;
        }
        assert_eq!(w.limit, 5);
        for _ in 0..5 {
            let e = w.try_take().unwrap();
            w.succeeded(e);
            w.in_flight -= 1;
        }
        assert_eq!(w.limit, 6);
        // Never below one, never above the configured value.
        for _ in 0..5 {
            let e = w.epoch;
            w.rate_limited(e);
        }
        assert_eq!((w.limit, w.lowest), (1, 1));
        for _ in 0..100 {
            let e = w.epoch;
            w.succeeded(e);
        }
        assert_eq!(w.limit, 8);
    }

    #[tokio::test]
    async fn a_waiting_request_gets_the_place_a_finished_one_frees() {
        let limit = std::sync::Arc::new(ConcurrencyLimit::new(1));
        let first = limit.acquire().await;
        let waiter = {
            let limit = limit.clone();
            tokio::spawn(async move {
                let p = limit.acquire().await;
                p.succeeded();
            })
        };
        tokio::task::yield_now().await;
        assert!(!waiter.is_finished(), "the only place is taken");
        first.succeeded();
        drop(first);
        waiter.await.unwrap();
        assert_eq!(limit.window().in_flight, 0);
    }
}

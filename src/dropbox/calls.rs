//! What the calls of several route families share: polling an async job to its end,
//! listings that must end, decoding a result, and the selectors of members and groups.

use std::collections::HashSet;

use serde_json::{json, Value};

use super::client::Client;
use super::error::ApiError;
use super::job_pace::{JobPace, JobSeen, JOB_PATIENCE};

/// Pages a listing may hold beyond one per item (a page may come back empty) before it
/// counts as a listing that never ends.
const SPARE_PAGES: usize = 10;

/// Tells a listing that goes on for ever from a long one: a cursor that comes back, or far
/// more pages than items. An item listed twice (a long listing over a team that changes
/// while it is read may repeat one) is kept once and counted.
struct Listing {
    route: &'static str,
    item: &'static str,
    cursors: HashSet<String>,
    items: HashSet<String>,
    pages: usize,
}

impl Listing {
    /// A listing continued at `route`, of `item`s (for messages).
    fn new(route: &'static str, item: &'static str) -> Listing {
        Listing {
            route,
            item,
            cursors: HashSet::new(),
            items: HashSet::new(),
            pages: 0,
        }
    }

    /// Takes in a page: which of its items are new (a repeat is `false`), or the error
    /// of a listing that would never end.
    fn page<'a>(
        &mut self,
        ids: impl Iterator<Item = &'a str>,
        cursor: &str,
        has_more: bool,
    ) -> Result<Vec<bool>, ApiError> {
        self.pages += 1;
        let new: Vec<bool> = ids.map(|id| self.items.insert(id.to_string())).collect();
        if !has_more {
            return Ok(new);
        }
        if !self.cursors.insert(cursor.to_string()) {
            let why = format!("the cursor of page {} was given before", self.pages);
            return Err(self.endless(why));
        }
        if self.pages > self.items.len() + SPARE_PAGES {
            let why = format!(
                "{} pages for {} {}s",
                self.pages,
                self.items.len(),
                self.item
            );
            return Err(self.endless(why));
        }
        Ok(new)
    }

    fn endless(&self, why: String) -> ApiError {
        ApiError::Decode {
            target: self.route.into(),
            detail: format!("{} listing abandoned, it would never end: {why}", self.item),
        }
    }
}

/// One page of a listing (`members/list_v2`, `groups/list`, ...): its items, with the
/// ids the [`Listing`] guard checks, its cursor and whether more pages follow.
pub(super) trait Page: serde::de::DeserializeOwned {
    type Item;
    fn ids(&self) -> Vec<&str>;
    fn cursor(&self) -> &str;
    fn has_more(&self) -> bool;
    fn into_items(self) -> Vec<Self::Item>;
}

impl Client {
    /// Every item of a listing started at `route` with `arg`, following the cursor
    /// through `continue_route` to the end, refusing a listing that would never end.
    pub(super) async fn list_all<P: Page>(
        &self,
        route: &str,
        arg: Value,
        continue_route: &'static str,
        item: &'static str,
        on_page: &(dyn Fn(usize) + Sync),
    ) -> Result<Vec<P::Item>, ApiError> {
        let mut page: P = self.rpc(route, Some(&arg)).await?;
        let mut listing = Listing::new(continue_route, item);
        let mut items = Vec::new();
        loop {
            let new = listing.page(page.ids().into_iter(), page.cursor(), page.has_more())?;
            let (more, cursor) = (page.has_more(), page.cursor().to_string());
            let before = items.len();
            let repeats = new.iter().filter(|n| !**n).count();
            if repeats > 0 {
                self.note_listed_twice(repeats as u64);
            }
            let kept = page.into_items().into_iter().zip(new).filter(|(_, n)| *n);
            items.extend(kept.map(|(item, _)| item));
            on_page(items.len() - before);
            if !more {
                return Ok(items);
            }
            page = self
                .rpc(continue_route, Some(&json!({ "cursor": cursor })))
                .await?;
        }
    }
}

pub(super) fn by_id(team_member_id: &str) -> Value {
    json!({".tag": "team_member_id", "team_member_id": team_member_id})
}

/// A `GroupSelector` by id.
pub(super) fn group_by_id(group_id: &str) -> Value {
    json!({".tag": "group_id", "group_id": group_id})
}

pub(super) fn decode<T: serde::de::DeserializeOwned>(
    route: &str,
    value: Value,
) -> Result<T, ApiError> {
    serde_json::from_value(value).map_err(|e| ApiError::Decode {
        target: route.into(),
        detail: e.to_string(),
    })
}

impl Client {
    /// Polls an async job until it is no longer `in_progress`; returns the final result.
    /// The job was launched, so it may have done its work whatever the polls say: their
    /// errors are ambiguous.
    pub(super) async fn wait_for_job(&self, route: &str, job_id: &str) -> Result<Value, ApiError> {
        self.poll_job(route, job_id)
            .await
            .map_err(|e| e.ambiguous_if(true))
    }

    async fn poll_job(&self, route: &str, job_id: &str) -> Result<Value, ApiError> {
        let started = std::time::Instant::now();
        let retry = self.retry();
        let first_wait = self.job_pace.first_wait(route);
        let mut wait = first_wait;
        let mut polls = 0;
        loop {
            polls += 1;
            if !wait.is_zero() {
                tokio::time::sleep(retry.scaled(wait)).await;
            }
            let sent = started.elapsed();
            let status: Value = self
                .rpc(route, Some(&json!({"async_job_id": job_id})))
                .await?;
            if status[".tag"] != "in_progress" {
                let seen = JobSeen {
                    first_wait,
                    first_done: polls == 1,
                    done_at: retry.unscaled(sent),
                };
                self.job_pace.learn(route, seen);
                return Ok(status);
            }
            if started.elapsed() > retry.scaled(JOB_PATIENCE) {
                // About these items, not the run: a route-level error.
                return Err(ApiError::Route {
                    target: route.into(),
                    tag: "job_still_running".into(),
                    user_message: Some(format!(
                        "job {job_id} still in progress after {} minutes",
                        JOB_PATIENCE.as_secs() / 60
                    )),
                    error: status,
                    ambiguous: true,
                });
            }
            wait = JobPace::after_busy(retry.unscaled(started.elapsed()));
        }
    }

    /// The final result of a call that answers `complete` or launches a job
    /// (`async_job_id`), polling `poll_route` for it.
    pub(super) async fn complete(
        &self,
        poll_route: &str,
        launched: Value,
    ) -> Result<Value, ApiError> {
        if launched[".tag"] != "async_job_id" {
            return Ok(launched);
        }
        let job = launched["async_job_id"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        self.wait_for_job(poll_route, &job).await
    }
}

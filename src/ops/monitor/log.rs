//! The operation log (`sync run --log-file PATH`): one JSON line per operation of each
//! run, then one for the run itself, appended after the run is recorded, for a SIEM or
//! a log shipper. It holds personal data (emails, names in the changes), so it exists
//! only where the admin asked for it, and is created readable by its owner only.

use std::io::Write;
use std::path::Path;

use serde_json::json;

use crate::error::{Error, FileAction, Result};
use crate::ops::Context;
use crate::store::RunRecord;

/// Appends the lines of `runs` (oldest first) to `path`, written as the journal is read
/// (a run's journal can hold 100,000 operations); returns how many lines.
pub(crate) fn append_log(ctx: &Context, path: &Path, runs: &[RunRecord]) -> Result<u64> {
    let file = crate::home::open_private_append(path)?;
    let mut out = std::io::BufWriter::new(file);
    let mut lines = 0;
    let mut write = |line: serde_json::Value| -> Result<()> {
        lines += 1;
        writeln!(out, "{line}").map_err(|e| Error::file(FileAction::Write, path, e))
    };
    for run in runs {
        ctx.store.each_journal_entry(run.id, |e| {
            write(json!({
                "type": "operation",
                "time": crate::ops::rfc3339(e.updated_at),
                "run": run.id,
                "rule": run.rule,
                "user_id": e.user_id,
                "user": e.email,
                "operation": e.action,
                "reason": e.reason,
                "changes": e.changes,
                "result": e.status,
                "error": e.error,
                "note": e.note,
            }))
        })?;
        write(run_line(run))?;
    }
    out.flush()
        .map_err(|e| Error::file(FileAction::Write, path, e))?;
    Ok(lines)
}

/// The run's own line: its outcome, why it failed, what it cost.
fn run_line(run: &RunRecord) -> serde_json::Value {
    let summary = run.summary.as_ref();
    let figure = |key: &str| summary.and_then(|s| s.get(key)).cloned();
    json!({
        "type": "run",
        "time": crate::ops::rfc3339(run.finished_at.unwrap_or(run.started_at)),
        "run": run.id,
        "rule": run.rule,
        "outcome": run.outcome,
        "error": run.error,
        "applied": figure("applied"),
        "failed": summary.and_then(|s| s.get("failures")?.as_array().map(Vec::len)),
        "requests": run.requests,
        "rate_limited": figure("rate_limited"),
    })
}

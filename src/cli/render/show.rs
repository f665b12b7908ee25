//! `sync show` for people (also in the demo): one run's figures and each of its
//! operations with its result, reason or error.

use crate::cli::output::{fields, render_table, table};
use crate::ops::history;
use crate::ops::history::{JournalEntry, RunRecord};
use crate::ops::rfc3339;

pub(crate) const OPERATION_HEADER: [&str; 4] = ["OPERATION", "USER", "RESULT", "REASON / ERROR"];

/// One row per operation for a spreadsheet or an audit store (`sync show --format csv`).
pub(crate) const OPERATION_CSV_HEADER: [&str; 12] = [
    "run",
    "rule",
    "operation_id",
    "time",
    "operation",
    "user_id",
    "user",
    "result",
    "reason",
    "changes",
    "error",
    "note",
];

pub(crate) fn operation_csv_cells(r: &RunRecord, o: &JournalEntry) -> Vec<String> {
    let changes: Vec<String> = o.changes.iter().map(ToString::to_string).collect();
    vec![
        r.id.to_string(),
        r.rule.clone(),
        o.id.to_string(),
        rfc3339(o.updated_at),
        o.action.clone(),
        o.user_id.clone(),
        o.email.clone(),
        o.status.as_str().to_string(),
        o.reason.clone(),
        changes.join("; "),
        o.error.clone().unwrap_or_default(),
        o.note.clone().unwrap_or_default(),
    ]
}

pub(crate) fn run_fields(r: &RunRecord) -> String {
    fields([
        ("run", r.id.to_string()),
        ("rule", r.rule.clone()),
        ("started", rfc3339(r.started_at)),
        (
            "finished",
            r.finished_at.map(rfc3339).unwrap_or_else(|| "-".into()),
        ),
        ("outcome", r.outcome.as_str().to_string()),
        ("requests", r.requests.to_string()),
        ("error", r.error.clone().unwrap_or_default()),
    ])
}

pub(crate) fn operation_cells(o: &JournalEntry) -> Vec<String> {
    let said: Vec<&str> = [o.error.as_deref(), o.note.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    let result = if said.is_empty() {
        super::with_changes(&o.reason, &o.changes).into_owned()
    } else {
        said.join("; ")
    };
    vec![
        o.action.clone(),
        o.email.clone(),
        o.status.as_str().to_string(),
        result,
    ]
}

/// One run with every operation and its result (the demo's).
pub(crate) fn render_run_detail(d: &history::RunDetail) -> String {
    let mut s = run_fields(&d.run);
    if d.operations.is_empty() {
        s.push_str("\nNo operations.\n");
        return s;
    }
    let mut t = table(OPERATION_HEADER);
    for o in &d.operations {
        t.add_row(operation_cells(o));
    }
    s.push('\n');
    s.push_str(&render_table(&t));
    s
}

//! `sync status` for people (also in the demo): each rule's summary (one block per rule
//! when a table would not fit), its trouble and failure causes, and its users' and
//! groups' states.

use crate::cli::output::{render_fitted, render_table, table};
use crate::model::Direction;
use crate::ops::rfc3339;
use crate::ops::status::RuleStatus;
use crate::ops::status::{GroupStateRow, StateRecord};

/// One rule's users with their state (the demo's few).
pub(crate) fn render_user_states(rows: &[StateRecord]) -> String {
    if rows.is_empty() {
        return "No users.\n".into();
    }
    let mut t = table(user_header(false).iter().copied());
    for r in rows {
        t.add_row(user_cells(r, false));
    }
    render_table(&t)
}

/// A listing's columns (`header`, RULE first), without RULE unless it spans rules.
pub(crate) fn columns<'a>(header: &'a [&'a str], by_rule: bool) -> &'a [&'a str] {
    &header[usize::from(!by_rule)..]
}

/// A row's cells, its rule first when the listing spans rules.
pub(crate) fn with_rule(
    rule: &str,
    by_rule: bool,
    cells: impl IntoIterator<Item = String>,
) -> Vec<String> {
    let rule = by_rule.then(|| rule.to_string());
    rule.into_iter().chain(cells).collect()
}

pub(crate) fn user_header(by_rule: bool) -> &'static [&'static str] {
    columns(
        &[
            "RULE",
            "USER",
            "STATE",
            "MEMBER",
            "MEMBER ID",
            "LAST ERROR / NOTE",
        ],
        by_rule,
    )
}

pub(crate) fn user_cells(r: &StateRecord, by_rule: bool) -> Vec<String> {
    let cells = [
        r.email.clone(),
        r.state.as_str().to_string(),
        r.member_status.map_or("-", |s| s.as_str()).to_string(),
        r.team_member_id.clone().unwrap_or_default(),
        r.error.clone().unwrap_or_default(),
    ];
    with_rule(&r.rule, by_rule, cells)
}

/// A rule's groups with their state.
pub(crate) fn render_group_states(rows: &[GroupStateRow]) -> String {
    render_group_states_of(rows, false)
}

/// Groups with their state; `by_rule` adds the rule each is for.
pub(crate) fn render_group_states_of(rows: &[GroupStateRow], by_rule: bool) -> String {
    if rows.is_empty() {
        return "No groups.\n".into();
    }
    let header = [
        "RULE",
        "GROUP",
        "STATE",
        "DROPBOX ID",
        "MEMBERS",
        "LAST ERROR",
    ];
    let mut t = table(columns(&header, by_rule).iter().copied());
    for r in rows {
        let cells = [
            r.name.clone(),
            r.state.as_str().to_string(),
            r.dropbox_group_id.clone().unwrap_or_default(),
            r.members.to_string(),
            r.error.clone().unwrap_or_default(),
        ];
        t.add_row(with_rule(&r.rule, by_rule, cells));
    }
    render_table(&t)
}

/// PingOne's sync summary, a row per rule (also shown by the demo), and its group
/// section for the rules that provision groups.
pub(crate) fn render_statuses(list: &[RuleStatus]) -> String {
    if list.is_empty() {
        return "No rules yet.\n".into();
    }
    let (inbound, outbound): (Vec<&RuleStatus>, Vec<&RuleStatus>) =
        list.iter().partition(|s| s.direction == Direction::Inbound);
    let mut out = String::new();
    if !outbound.is_empty() {
        out.push_str(&render_outbound(&outbound));
    }
    if !inbound.is_empty() {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&render_inbound(&inbound));
    }
    let pending = render_pending_removals(list);
    if !pending.is_empty() {
        out.push('\n');
        out.push_str(&pending);
    }
    let mut troubled: Vec<String> = list.iter().filter_map(trouble).collect();
    troubled.extend(list.iter().filter(|s| s.drift > 0).map(|s| {
        format!(
            "Rule {:?}: its last run found {} changed in Dropbox outside dbxprov (`dbxprov sync drift {}` lists them now).\n",
            s.rule,
            crate::cli::output::counted(s.drift, "member", "members"),
            s.rule
        )
    }));
    troubled.extend(list.iter().filter_map(failure_causes));
    troubled.extend(list.iter().flat_map(|s| {
        s.undelivered.iter().map(move |d| {
            format!(
                "Rule {:?}: notification to {:?} not delivered: {}.\n",
                s.rule,
                d.notifier,
                undelivered_cell(d)
            )
        })
    }));
    if !troubled.is_empty() {
        out.push('\n');
        out.push_str(&troubled.join(""));
    }
    out
}

/// A notification not delivered: which run, when, after how many attempts, why.
pub(crate) fn undelivered_cell(d: &crate::ops::status::Delivery) -> String {
    let run = d
        .run_id
        .map_or("a test".to_string(), |id| format!("run {id}"));
    format!(
        "{run} at {}, {} attempt(s): {}",
        rfc3339(d.at),
        d.attempts,
        d.error.as_deref().unwrap_or_default()
    )
}

/// How many of the removals pending are listed.
const PENDING_SHOWN: usize = 20;

/// The suspended leavers staged removals remove, soonest first.
fn render_pending_removals(list: &[RuleStatus]) -> String {
    let mut rows: Vec<(&str, &str, i64)> = list
        .iter()
        .flat_map(|s| {
            s.pending_removals
                .iter()
                .map(|p| (s.rule.as_str(), p.user.as_str(), p.due))
        })
        .collect();
    if rows.is_empty() {
        return String::new();
    }
    rows.sort_by_key(|r| (r.2, r.1));
    let mut t = table(["RULE", "USER", "REMOVED ON"]);
    for (rule, user, due) in rows.iter().take(PENDING_SHOWN) {
        t.add_row([rule.to_string(), user.to_string(), rfc3339(*due)]);
    }
    let mut s = format!(
        "Removals pending ({}: suspended, removed on the day unless back in scope):\n",
        rows.len()
    );
    s.push_str(&render_table(&t));
    if rows.len() > PENDING_SHOWN {
        s.push_str(&format!(
            "... and {} more (--json lists all)\n",
            rows.len() - PENDING_SHOWN
        ));
    }
    s
}

/// For a rule whose last attempt did not go through: what became of it, and how long
/// since its last run that did.
pub(crate) fn trouble(s: &RuleStatus) -> Option<String> {
    let outcome = s.last_outcome.filter(|o| o.is_trouble())?;
    let why = s
        .last_error
        .as_deref()
        .map_or(String::new(), |e| format!(": {e}"));
    let completed = match s.last_completed {
        Some(at) => format!("{} ({} ago)", rfc3339(at), ago(s.now - at)),
        None => "never".into(),
    };
    let quarantine = s.quarantine.as_ref().map_or(String::new(), |q| {
        format!(
            "  Quarantined: {} runs in a row failed ({}); `sync run --due` skips it until {} \
             (`dbxprov sync run {}` runs it now; a run that goes through clears it).\n",
            q.failures,
            q.cause.words(),
            rfc3339(q.until),
            s.rule
        )
    });
    Some(format!(
        "Rule {:?}: its last attempt {}{why}.\n  Last run that went through: {completed}.\n{quarantine}",
        s.rule,
        outcome.as_str()
    ))
}

/// Why a rule's users failed, identical causes counted once.
pub(crate) fn failure_causes(s: &RuleStatus) -> Option<String> {
    if s.failure_causes.is_empty() {
        return None;
    }
    let failed = crate::cli::output::counted(s.failed, "user", "users");
    let mut said = format!("Rule {:?}: {failed} failed.\n", s.rule);
    for cause in &s.failure_causes {
        said.push_str(&format!("  {} x {}\n", cause.users, cause.error));
    }
    if s.failure_causes.iter().map(|c| c.users).sum::<u64>() < s.failed {
        let rule = &s.rule;
        said.push_str(&format!(
            "  (`dbxprov sync status {rule} --users --state failed` lists them all)\n"
        ));
    }
    Some(said)
}

/// A duration in seconds, in the largest unit that keeps it readable.
pub(crate) fn ago(secs: i64) -> String {
    let secs = secs.max(0);
    match secs {
        0..=119 => format!("{secs} s"),
        120..=7199 => format!("{} min", secs / 60),
        7200..=172_799 => format!("{} h", secs / 3600),
        _ => format!("{} days", secs / 86_400),
    }
}

/// The last run's outcome: a run the guard stopped must not look like a sync.
pub(crate) fn outcome(s: &RuleStatus) -> String {
    s.last_outcome.map_or("-", |o| o.as_str()).to_string()
}

pub(crate) fn last_sync(s: &RuleStatus) -> String {
    s.last_sync.map(rfc3339).unwrap_or_else(|| "never".into())
}

/// Inbound rules: PingOne's summary, what the last run wrote, and the next run.
pub(crate) fn render_inbound(list: &[&RuleStatus]) -> String {
    let mut t = table([
        "INBOUND RULE",
        "LAST SYNC",
        "OUTCOME",
        "IMPACTED",
        "SUCCESS",
        "FAILED",
        "CREATED",
        "UPDATED",
        "DELETED",
        "NEXT RUN",
    ]);
    for s in list {
        let d = s.directory.clone().unwrap_or_default();
        t.add_row([
            s.rule.clone(),
            last_sync(s),
            outcome(s),
            s.impacted.to_string(),
            s.success.to_string(),
            s.failed.to_string(),
            d.created.to_string(),
            d.updated.to_string(),
            match d.disabled {
                0 => d.deleted.to_string(),
                n => format!("{} (+{n} disabled)", d.deleted),
            },
            s.next_run
                .clone()
                .unwrap_or_else(|| "next `sync run --due`".into()),
        ]);
    }
    render_fitted(&t)
}

pub(crate) fn render_outbound(list: &[&RuleStatus]) -> String {
    let mut t = table([
        "RULE",
        "LAST SYNC",
        "OUTCOME",
        "IMPACTED",
        "SUCCESS",
        "UNSYNCED",
        "PARTIAL",
        "FAILED",
    ]);
    for s in list {
        t.add_row([
            s.rule.clone(),
            last_sync(s),
            outcome(s),
            s.impacted.to_string(),
            s.success.to_string(),
            s.unsynced.to_string(),
            s.partially_synced.to_string(),
            s.failed.to_string(),
        ]);
    }
    let mut out = render_fitted(&t);
    let with_groups: Vec<&&RuleStatus> = list.iter().filter(|s| s.groups.impacted > 0).collect();
    if !with_groups.is_empty() {
        let mut g = table(["RULE", "GROUPS IMPACTED", "SUCCESS", "FAILED"]);
        for s in with_groups {
            g.add_row([
                s.rule.clone(),
                s.groups.impacted.to_string(),
                s.groups.success.to_string(),
                s.groups.failed.to_string(),
            ]);
        }
        out.push('\n');
        out.push_str(&render_table(&g));
    }
    out
}

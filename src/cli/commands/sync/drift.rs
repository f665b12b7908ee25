//! `dbxprov sync drift RULE`

use clap::Args;

use crate::cli::global::GlobalArgs;
use crate::cli::output::{render_table, table, Printer};
use crate::ops::drift::{self, DriftReport};
use crate::ops::Context;

#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  \
    dbxprov sync drift staff               who was changed in the Dropbox console since the last run\n  \
    dbxprov sync drift staff --json\n\n\
    Reads the team and compares each member the rule manages with what its last run left:\n\
    suspended or unsuspended, renamed, re-addressed, given another external id, removed.\n\
    Changes nothing: the next run repairs names and addresses, and leaves suspensions and\n\
    removals made outside dbxprov as they are unless `sync run --revert-drift`.")]
pub struct DriftArgs {
    /// An outbound rule.
    pub(crate) rule: String,
}

pub(crate) async fn cmd_drift(
    ctx: &Context,
    args: DriftArgs,
    global: &GlobalArgs,
    printer: &Printer,
) -> anyhow::Result<()> {
    let bar = global.progress_bar();
    let report = drift::find_drift(ctx, &args.rule, &bar).await?;
    printer.result(&report, render)
}

/// The groups whose members were changed by hand: who was added, who removed.
fn render_groups(r: &DriftReport) -> String {
    if r.groups.is_empty() {
        return String::new();
    }
    let mut t = table(["GROUP", "ADDED BY HAND", "REMOVED BY HAND"]);
    for g in &r.groups {
        t.add_row([g.name.clone(), g.added.join(", "), g.removed.join(", ")]);
    }
    format!(
        "{} of its groups had members changed outside dbxprov:\n{}",
        r.groups.len(),
        render_table(&t)
    )
}

fn render(r: &DriftReport) -> String {
    let mut s = format!(
        "Rule {:?} -> connection {:?}: {} of {} managed members changed in Dropbox outside dbxprov since its last run.\n",
        r.rule,
        r.connection,
        r.drifted.len(),
        r.managed
    );
    if r.without_profile > 0 {
        s.push_str(&format!(
            "{} were recorded before their names were kept: only their status is compared until the next run.\n",
            r.without_profile
        ));
    }
    s.push_str(&render_groups(r));
    if r.drifted.is_empty() {
        return s;
    }
    let mut t = table(["USER", "MEMBER", "WHAT", "CHANGES"]);
    for d in &r.drifted {
        let changes: Vec<String> = d.changes.iter().map(ToString::to_string).collect();
        t.add_row([
            d.email.clone(),
            d.team_member_id.clone(),
            d.what.clone(),
            changes.join("; "),
        ]);
    }
    s.push('\n');
    s.push_str(&render_table(&t));
    s
}

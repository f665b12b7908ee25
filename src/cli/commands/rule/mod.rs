//! `dbxprov rule ...`: provisioning rules. Shared here: `--map ATTR=EXPR` and how a rule
//! is shown.

mod create;
mod delete;
mod enable;
mod list;
mod show;
mod test_mapping;
mod update;

use clap::Subcommand;

use crate::cli::output::{fields, render_table, table, yes_no, Printer};
use crate::cli::GlobalArgs;
use crate::model::show_delete_limit;
use crate::ops::rfc3339;
use crate::ops::rule::RuleView;
use crate::Error;

#[derive(Subcommand, Debug)]
pub enum RuleCommand {
    /// Create a rule.
    #[command(subcommand)]
    Create(create::CreateCommand),
    /// List the rules.
    List(list::ListArgs),
    /// Show a rule: scope, mappings in effect, deletion limit.
    Show(show::ShowArgs),
    /// Change a rule (checked as a whole before it is saved).
    Update(update::UpdateArgs),
    /// Enable a rule.
    Enable(enable::EnableArgs),
    /// Disable a rule (it does not run).
    Disable(enable::EnableArgs),
    /// Delete a rule (with --deprovision, deprovision its members first).
    Delete(delete::DeleteArgs),
    /// Evaluate a rule's mappings for one user and show each value or error.
    TestMapping(test_mapping::TestMappingArgs),
}

pub async fn run(cmd: RuleCommand, global: &GlobalArgs, printer: &Printer) -> anyhow::Result<()> {
    let mut ctx = global.context(printer)?;
    match cmd {
        RuleCommand::Create(cmd) => create::run(&mut ctx, cmd, printer),
        RuleCommand::List(args) => list::cmd_list(&ctx, args, printer),
        RuleCommand::Show(args) => show::cmd_show(&ctx, args, printer),
        RuleCommand::Update(args) => update::cmd_update(&mut ctx, args, printer),
        RuleCommand::Enable(args) => enable::cmd_enable(&mut ctx, args, true, printer),
        RuleCommand::Disable(args) => enable::cmd_enable(&mut ctx, args, false, printer),
        RuleCommand::Delete(args) => {
            delete::cmd_delete(&mut ctx, args, printer, &global.progress_bar()).await
        }
        RuleCommand::TestMapping(args) => test_mapping::cmd_test_mapping(&ctx, args, printer),
    }
}

/// `--map ATTR=EXPR`, split at the first `=`.
pub fn parse_maps(maps: &[String]) -> anyhow::Result<Vec<(String, String)>> {
    maps.iter()
        .map(|m| {
            m.split_once('=')
                .map(|(a, e)| (a.trim().to_string(), e.trim().to_string()))
                .filter(|(a, e)| !a.is_empty() && !e.is_empty())
                .ok_or_else(|| {
                    Error::config(format!("--map {m:?} is not ATTR=EXPR"))
                        .with_hint("for example --map \"given_name=user.attributes.preferred_name | default(user.given_name)\"")
                        .into()
                })
        })
        .collect()
}

fn list_or(items: &[String], none: &str) -> String {
    if items.is_empty() {
        none.to_string()
    } else {
        items.join(", ")
    }
}

/// A rule, field by field, then its mappings.
pub fn render_rule(v: &RuleView) -> String {
    let r = &v.rule;
    let mut s = fields([
        ("name", r.name.clone()),
        ("direction", r.direction.as_str().to_string()),
        ("connection", r.connection.clone()),
        ("enabled", yes_no(r.enabled)),
        (
            "runs",
            v.blocked
                .clone()
                .map_or("yes".into(), |b| format!("no: {b}")),
        ),
        ("populations", list_or(&r.populations, "any")),
        ("groups", list_or(&r.groups, "any")),
        ("filter", r.filter.clone().unwrap_or_else(|| "none".into())),
        ("users in scope", v.users_in_scope.to_string()),
        ("max deletes", show_delete_limit(r.max_deletes)),
        ("created", rfc3339(r.created_at)),
        ("updated", rfc3339(r.updated_at)),
    ]);
    let mut t = table(["ATTRIBUTE", "EXPRESSION", "DEFAULT"]);
    for m in &v.mappings_in_effect {
        t.add_row([
            m.attribute.to_string(),
            m.expression.clone(),
            yes_no(m.is_default),
        ]);
    }
    s.push('\n');
    s.push_str(&render_table(&t));
    s
}

//! `dbxprov rule test-mapping NAME USER`

use crate::cli::error::CliError;
use clap::Args;

use crate::cli::output::{render_table, table, Printer};
use crate::model::Direction;
use crate::ops::rule::{self, MappingTest};
use crate::ops::run;
use crate::ops::Context;

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  dbxprov rule test-mapping staff ann@example.com\n  dbxprov rule test-mapping team-in member@example.com   # an inbound rule: a team member"
)]
pub struct TestMappingArgs {
    /// The rule.
    pub(crate) name: String,
    /// The user: id, username or email (inbound rules: the member's email).
    pub(crate) user: String,
}

pub(crate) async fn cmd_test_mapping(
    ctx: &Context,
    args: TestMappingArgs,
    printer: &Printer,
) -> anyhow::Result<()> {
    let found = rule::get(ctx, &args.name)?;
    let report = match found.direction {
        Direction::Outbound => rule::test_mapping(ctx, &args.name, &args.user)?,
        Direction::Inbound => run::inbound::test_mapping(ctx, &found, &args.user).await?,
    };
    let failed = report.values.iter().filter(|v| v.error.is_some()).count();
    printer.result(&report, render)?;
    if failed > 0 {
        return Err(CliError::config(format!(
            "{failed} mapping{} of rule {:?} fail for {}",
            if failed == 1 { "" } else { "s" },
            report.rule,
            report.user
        ))
        .into());
    }
    Ok(())
}

fn render(r: &MappingTest) -> String {
    let mut s = format!("Rule {:?}, user {} ({}):\n", r.rule, r.user, r.user_id);
    if let Some(note) = &r.scope_note {
        s.push_str(&format!("note: {note}\n"));
    }
    let mut t = table(["ATTRIBUTE", "EXPRESSION", "VALUE"]);
    for v in &r.values {
        t.add_row([
            v.attribute.to_string(),
            v.expression.clone(),
            match (&v.value, &v.error) {
                (Some(value), _) => value.clone(),
                (None, Some(e)) => format!("error: {e}"),
                (None, None) => String::new(),
            },
        ]);
    }
    s.push_str(&render_table(&t));
    s
}

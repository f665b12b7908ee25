//! `dbxprov rule ...`: provisioning rules. Shared here: `--map ATTR=EXPR` and how a rule
//! is shown.

mod args;
mod create;
mod delete;
mod enable;
mod list;
mod render;
mod show;
mod test_mapping;
mod update;

pub(crate) use render::render_rule;

use clap::Subcommand;

use crate::cli::global::GlobalArgs;
use crate::cli::output::Printer;
use crate::ops::Access;

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
    /// Delete a rule (with --deprovision, deprovision what it provisioned first).
    Delete(delete::DeleteArgs),
    /// Evaluate a rule's mappings for one user (inbound: one member, by email) and show
    /// each value or error.
    TestMapping(test_mapping::TestMappingArgs),
}

impl RuleCommand {
    /// What the command does with its home: only commands that add something may
    /// create one.
    fn access(&self) -> Access {
        match self {
            RuleCommand::List(_) | RuleCommand::Show(_) | RuleCommand::TestMapping(_) => {
                Access::Read
            }
            _ => Access::Write,
        }
    }
}

pub(crate) async fn run(
    cmd: RuleCommand,
    global: &GlobalArgs,
    printer: &Printer,
) -> anyhow::Result<()> {
    let mut ctx = global.context(printer, cmd.access())?;
    match cmd {
        RuleCommand::Create(cmd) => create::run(&mut ctx, cmd, printer),
        RuleCommand::List(args) => list::cmd_list(&ctx, args, printer),
        RuleCommand::Show(args) => show::cmd_show(&ctx, args, printer),
        RuleCommand::Update(args) => {
            update::cmd_update(&mut ctx, args, printer, &global.progress_bar()).await
        }
        RuleCommand::Enable(args) => enable::cmd_enable(&mut ctx, args, true, printer),
        RuleCommand::Disable(args) => enable::cmd_enable(&mut ctx, args, false, printer),
        RuleCommand::Delete(args) => {
            delete::cmd_delete(&mut ctx, args, printer, &global.progress_bar()).await
        }
        RuleCommand::TestMapping(args) => test_mapping::cmd_test_mapping(&ctx, args, printer).await,
    }
}

//! `dbxprov completions SHELL`: the completion script, generated from the clap definition.

use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;

#[derive(clap::Args, Debug)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, powershell or elvish
    pub shell: Shell,
}

/// The script for `shell`, as committed under `completions/`.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "dbxprov", &mut out);
    out
}

pub fn cmd_completions(args: CompletionsArgs) -> anyhow::Result<()> {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(&script(args.shell))?;
    stdout.flush()?;
    Ok(())
}

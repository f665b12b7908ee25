//! `dbxprov completions SHELL`: the completion script, generated from the clap definition.

use clap_complete::Shell;

#[derive(clap::Args, Debug)]
#[command(
    after_help = "Examples:\n  dbxprov completions bash > ~/.local/share/bash-completion/completions/dbxprov\n  dbxprov completions zsh > ~/.zfunc/_dbxprov"
)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, powershell or elvish
    pub(crate) shell: Shell,
}

/// The script for `shell` and the whole command line `cli` (the root's definition,
/// handed down so that this module need not know the root), as committed under
/// `completions/`.
pub(crate) fn script(shell: Shell, mut cli: clap::Command) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cli, "dbxprov", &mut out);
    out
}

pub(crate) fn cmd_completions(args: CompletionsArgs, cli: clap::Command) -> anyhow::Result<()> {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(&script(args.shell, cli))?;
    stdout.flush()?;
    Ok(())
}

//! Questions asked on the terminal before something destructive.

use std::io::IsTerminal;

use super::error::CliError;

/// Asks before something destructive. `--yes` skips the question; without a terminal
/// to ask on, the answer is an error naming `--yes` (scripts must say it).
pub fn confirm(yes: bool, question: &str, refusal: &str) -> anyhow::Result<bool> {
    if yes {
        return Ok(true);
    }
    if !std::io::stdin().is_terminal() {
        return Err(CliError::usage(refusal.to_string())
            .with_hint("pass --yes")
            .into());
    }
    Ok(dialoguer::Confirm::new()
        .with_prompt(question)
        .default(false)
        .interact()
        .map_err(|e| CliError::usage("cannot read from the terminal").with_source(e))?)
}

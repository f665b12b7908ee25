//! A secret given on the command line: from its file (`-` for stdin), its creation
//! variable (`DBXPROV_CLIENT_SECRET`, `DBXPROV_SMTP_PASSWORD`, ...), or a hidden prompt
//! on a terminal. Shared by the commands that store secrets (connections, notifiers).

use std::io::{IsTerminal, Read};
use std::path::Path;

use crate::cli::error::CliError;
use crate::cli::output::capitalize;
use crate::secrets::{Secret, SecretKind};
use crate::settings::Settings;

/// Where one secret comes from on the command line.
pub(crate) struct SecretSource<'a> {
    pub(crate) kind: SecretKind,
    /// `--x-file F` (`-` for stdin).
    pub(crate) file: Option<&'a Path>,
    /// Its `DBXPROV_CLIENT_SECRET` / `DBXPROV_REFRESH_TOKEN` / `DBXPROV_BIND_PASSWORD`,
    /// read when no file is given.
    pub(crate) environment: Option<&'a Settings>,
    /// Ask on a terminal when nothing else gave it.
    pub(crate) prompt: bool,
}

/// A secret as read: a password as typed but for its line ending (spaces are part of a
/// password); a token or an app secret without the spaces around it.
fn as_given(kind: SecretKind, text: &str) -> &str {
    match kind {
        SecretKind::BindPassword | SecretKind::NotifySecret => text.trim_end_matches(['\r', '\n']),
        _ => text.trim(),
    }
}

/// Reads a secret from its file, stdin, the creation variable, or a hidden prompt.
/// `Ok(None)` when none of them gave one.
pub(crate) fn read_secret(source: SecretSource<'_>) -> anyhow::Result<Option<Secret>> {
    let kind = source.kind;
    if let Some(path) = source.file {
        let text = if path == Path::new("-") {
            let mut s = String::new();
            std::io::stdin().read_to_string(&mut s).map_err(|e| {
                CliError::config(format!("cannot read the {} from stdin", kind.label()))
                    .with_source(e)
            })?;
            s
        } else {
            std::fs::read_to_string(path).map_err(|e| {
                CliError::config(format!(
                    "cannot read the {} from {}",
                    kind.label(),
                    path.display()
                ))
                .with_source(e)
            })?
        };
        let value = as_given(kind, &text);
        if value.is_empty() {
            return Err(CliError::config(format!(
                "the {} in {} is empty",
                kind.label(),
                if path == Path::new("-") {
                    "stdin".to_string()
                } else {
                    path.display().to_string()
                }
            ))
            .into());
        }
        return Ok(Some(Secret::new(value)));
    }
    if let Some(given) = source.environment.and_then(|s| s.creation_secret(kind)) {
        return Ok(Some(given));
    }
    if source.prompt && std::io::stdin().is_terminal() && std::io::stderr().is_terminal() {
        let prompt = format!(
            "{} (input hidden; empty to skip):",
            capitalize(kind.label())
        );
        let value = crate::cli::prompt::hidden_line(&prompt)
            .map_err(|e| CliError::config("cannot read from the terminal").with_source(e))?
            .unwrap_or_default();
        if !as_given(kind, &value).is_empty() {
            return Ok(Some(Secret::new(as_given(kind, &value))));
        }
    }
    Ok(None)
}

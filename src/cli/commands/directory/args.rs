//! The flags `user add` and `user set` share: the profile and `--attr K=V`.

use crate::cli::error::CliError;
use crate::ops::directory::AttributeChanges;

/// The profile flags `user add` and `user set` share.
#[derive(clap::Args, Debug)]
pub(crate) struct ProfileArgs {
    /// Username [at creation: the email]
    #[arg(long, value_name = "U")]
    pub(crate) username: Option<String>,
    /// Given name (at most 50 characters, none of `/:?*<>"|`, as Dropbox accepts).
    #[arg(long, value_name = "G")]
    pub(crate) given_name: Option<String>,
    /// Surname (the same rules).
    #[arg(long, value_name = "S")]
    pub(crate) surname: Option<String>,
    /// Population [at creation: Default]
    #[arg(long, value_name = "P")]
    pub(crate) population: Option<String>,
    /// Set an attribute (repeatable): --attr department=Sales; --attr department= removes it
    #[arg(long = "attr", value_name = "K=V")]
    pub(crate) attrs: Vec<String>,
}
/// `--attr K=V` (set) and `--attr K=` (remove).
pub(crate) fn parse_attrs(attrs: &[String]) -> anyhow::Result<AttributeChanges> {
    let mut changes = AttributeChanges::new();
    for a in attrs {
        let Some((k, v)) = a.split_once('=') else {
            return Err(CliError::config(format!("--attr {a:?} is not KEY=VALUE"))
                .with_hint("use --attr department=Sales; --attr department= removes it")
                .into());
        };
        changes.insert(
            k.trim().to_string(),
            Some(v.trim().to_string()).filter(|v| !v.is_empty()),
        );
    }
    Ok(changes)
}

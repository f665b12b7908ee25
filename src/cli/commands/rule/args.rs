//! `--map ATTR=EXPR`, as `rule create` and `rule update` take it.

use crate::cli::error::CliError;

/// `--map ATTR=EXPR`, split at the first `=`.
pub(crate) fn parse_maps(maps: &[String]) -> anyhow::Result<Vec<(String, String)>> {
    maps.iter()
        .map(|m| {
            m.split_once('=')
                .map(|(a, e)| (a.trim().to_string(), e.trim().to_string()))
                .filter(|(a, e)| !a.is_empty() && !e.is_empty())
                .ok_or_else(|| {
                    CliError::config(format!("--map {m:?} is not ATTR=EXPR"))
                        .with_hint("for example --map \"given_name=user.attributes.preferred_name | default(user.given_name)\"")
                        .into()
                })
        })
        .collect()
}

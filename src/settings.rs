//! The process's settings from its environment: every environment variable dbxprov
//! reads is read here, once, when the binary starts ([`Settings::from_env`]), and
//! passed down as values; nothing else reads the environment (`tests/layers.rs` checks
//! it). [`ENVIRONMENT`] documents them for `--help` and the README.

use std::collections::BTreeMap;

use crate::model::{Secret, SecretKind};

/// The variables an admin may set, each with what it does: the top help's list, and
/// the README's table (a test holds it to this one).
pub const ENVIRONMENT: [(&str, &str); 15] = [
    ("DBXPROV_HOME", "the home (as --home)"),
    (
        "DBXPROV_METRICS_FILE",
        "the metrics file runs write (as --metrics-file; Prometheus text format)",
    ),
    (
        "DBXPROV_LOG_FILE",
        "the operation log runs append to (as --log-file; one JSON line per operation)",
    ),
    (
        "DBXPROV_SECRET_STORE",
        "keyring (default) or file: where a new connection's secrets go",
    ),
    (
        "DBXPROV_<NAME>_CLIENT_SECRET",
        "connection NAME's client secret at run time, over the stored one (cron)",
    ),
    (
        "DBXPROV_<NAME>_REFRESH_TOKEN",
        "connection NAME's refresh token at run time, over the stored one (cron)",
    ),
    (
        "DBXPROV_<NAME>_BIND_PASSWORD",
        "LDAP connection NAME's bind password at run time, over the stored one (cron)",
    ),
    (
        "DBXPROV_CLIENT_SECRET",
        "the client secret of `connection create` (instead of a file or a prompt)",
    ),
    (
        "DBXPROV_REFRESH_TOKEN",
        "the refresh token of `connection create` (instead of a file or a prompt)",
    ),
    (
        "DBXPROV_BIND_PASSWORD",
        "the bind password of `connection create --kind ldap` (instead of a file or a prompt)",
    ),
    (
        "DBXPROV_SMTP_PASSWORD",
        "the SMTP password of `notify add --smtp-user` (instead of a file or a prompt)",
    ),
    (
        "DBXPROV_NOTIFY_<NAME>_SECRET",
        "notifier NAME's webhook URL or SMTP password at run time, over the stored one",
    ),
    (
        "DBXPROV_NOW",
        "the clock schedules read (RFC 3339, UTC), to see what `sync run --due` would do then",
    ),
    ("NO_COLOR", "no colour"),
    ("COLUMNS", "the width tables fit, over the terminal's"),
];

/// The hidden variable of the tests: a factor in (0, 1] for every wait of the retry
/// policy (backoff, `Retry-After`, job and lock polls) and its time limits.
pub(crate) const TEST_RETRY_SCALE: &str = "DBXPROV_TEST_RETRY_SCALE";

/// What the environment set, resolved.
#[derive(Clone, Debug)]
pub struct Settings {
    /// `DBXPROV_SECRET_STORE`, as given (the secret store checks it).
    pub(crate) secret_store: Option<String>,
    /// `DBXPROV_NOW`, as given (the CLI parses it, to say what is wrong with it).
    pub(crate) now: Option<String>,
    /// [`TEST_RETRY_SCALE`]: 1 unless it is a number in (0, 1].
    pub(crate) retry_scale: f64,
    /// `NO_COLOR` set to anything but the empty string.
    pub(crate) no_color: bool,
    /// `COLUMNS`, when it is a number: the width tables fit, over the terminal's.
    pub(crate) columns: Option<u16>,
    /// The other `DBXPROV_*` variables that are not empty: the secrets of `connection
    /// create` and the per-connection overrides, kept as [`Secret`]s (never shown by
    /// `Debug`).
    secrets: BTreeMap<String, Secret>,
}

impl Default for Settings {
    /// An empty environment's.
    fn default() -> Settings {
        Settings::from_vars([])
    }
}

impl Settings {
    /// The settings of this process, from its environment.
    pub fn from_env() -> Settings {
        // A value that is not UTF-8 is read as its lossy text: a `NO_COLOR` still counts,
        // and a secret override still overrides (and is refused, naming its variable).
        Settings::from_vars(
            std::env::vars_os().filter_map(|(k, v)| {
                Some((k.into_string().ok()?, v.to_string_lossy().into_owned()))
            }),
        )
    }

    /// The settings of an environment given as its variables.
    pub(crate) fn from_vars(vars: impl IntoIterator<Item = (String, String)>) -> Settings {
        let mut settings = Settings {
            secret_store: None,
            now: None,
            retry_scale: 1.0,
            no_color: false,
            columns: None,
            secrets: BTreeMap::new(),
        };
        for (name, value) in vars {
            match name.as_str() {
                // clap reads them, as the defaults of `--home`, `--metrics-file` and
                // `--log-file`.
                "DBXPROV_HOME" | "DBXPROV_METRICS_FILE" | "DBXPROV_LOG_FILE" => {}
                "DBXPROV_SECRET_STORE" => settings.secret_store = Some(value),
                "DBXPROV_NOW" => settings.now = Some(value),
                TEST_RETRY_SCALE => {
                    settings.retry_scale = parse_retry_scale(&value).unwrap_or(1.0);
                }
                "NO_COLOR" => settings.no_color = !value.is_empty(),
                "COLUMNS" => settings.columns = value.trim().parse().ok(),
                // As set but for a trailing line ending (a Kubernetes Secret made with
                // `--from-file` keeps the file's newline, as `$(cat file)` would not): an
                // override of spaces still overrides (and fails, naming the variable)
                // rather than fall back to the stored secret unseen.
                _ if name.starts_with("DBXPROV_") && !value.is_empty() => {
                    let value = value.strip_suffix('\n').unwrap_or(&value);
                    let value = value.strip_suffix('\r').unwrap_or(value);
                    settings.secrets.insert(name, Secret::new(value));
                }
                _ => {}
            }
        }
        settings
    }

    /// The secret of `kind` that `connection create` was given in the environment
    /// (`DBXPROV_CLIENT_SECRET`, `DBXPROV_REFRESH_TOKEN`, `DBXPROV_BIND_PASSWORD`).
    pub(crate) fn creation_secret(&self, kind: SecretKind) -> Option<Secret> {
        let value = self.secrets.get(&kind.creation_env_var())?.expose().trim();
        (!value.is_empty()).then(|| Secret::new(value))
    }

    /// The value of the override variable `var` (`DBXPROV_PROD_REFRESH_TOKEN`), if set.
    pub(crate) fn secret_override(&self, var: &str) -> Option<&Secret> {
        self.secrets.get(var)
    }
}

/// A time scale from its text: a number in (0, 1], else `None`.
pub(crate) fn parse_retry_scale(text: &str) -> Option<f64> {
    text.trim()
        .parse::<f64>()
        .ok()
        .filter(|s| *s > 0.0 && *s <= 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_override_read_from_a_file_loses_its_line_ending_only() {
        let s = of(&[
            ("DBXPROV_PROD_REFRESH_TOKEN", "tok\r\n"),
            ("DBXPROV_CORP_BIND_PASSWORD", " pass word \n"),
        ]);
        let got = |v: &str| s.secret_override(v).unwrap().expose().to_string();
        assert_eq!(got("DBXPROV_PROD_REFRESH_TOKEN"), "tok");
        assert_eq!(got("DBXPROV_CORP_BIND_PASSWORD"), " pass word ");
    }

    fn of(vars: &[(&str, &str)]) -> Settings {
        Settings::from_vars(vars.iter().map(|(k, v)| (k.to_string(), v.to_string())))
    }

    #[test]
    fn each_variable_lands_in_its_setting() {
        let s = of(&[
            ("DBXPROV_SECRET_STORE", "file"),
            ("DBXPROV_NOW", "2026-12-03T10:00:00Z"),
            ("DBXPROV_TEST_RETRY_SCALE", "0.01"),
            ("NO_COLOR", "1"),
            ("COLUMNS", "60"),
            ("DBXPROV_PROD_REFRESH_TOKEN", "tok"),
            ("DBXPROV_CLIENT_SECRET", " sec "),
            ("PATH", "/usr/bin"),
        ]);
        assert_eq!(s.secret_store.as_deref(), Some("file"));
        assert_eq!(s.now.as_deref(), Some("2026-12-03T10:00:00Z"));
        assert_eq!(s.retry_scale, 0.01);
        assert!(s.no_color);
        assert_eq!(s.columns, Some(60));
        let token = s.secret_override("DBXPROV_PROD_REFRESH_TOKEN").unwrap();
        assert_eq!(token.expose(), "tok");
        assert!(
            !format!("{s:?}").contains("tok"),
            "Debug never shows a secret"
        );
        let secret = s.creation_secret(SecretKind::ClientSecret).unwrap();
        assert_eq!(secret.expose(), "sec");
        assert_eq!(s.secret_override("PATH"), None);
    }

    #[test]
    fn empty_or_odd_values_count_as_unset() {
        let s = of(&[
            ("NO_COLOR", ""),
            ("DBXPROV_TEST_RETRY_SCALE", "3"),
            ("DBXPROV_PROD_CLIENT_SECRET", ""),
            ("DBXPROV_REFRESH_TOKEN", "  "),
            ("DBXPROV_STAGE_CLIENT_SECRET", "  "),
            ("COLUMNS", "wide"),
        ]);
        assert!(!s.no_color);
        assert_eq!(s.retry_scale, 1.0);
        assert!(s.secret_override("DBXPROV_PROD_CLIENT_SECRET").is_none());
        assert!(s.creation_secret(SecretKind::RefreshToken).is_none());
        // Spaces still override (the run then fails naming the variable).
        assert!(s.secret_override("DBXPROV_STAGE_CLIENT_SECRET").is_some());
        assert_eq!(s.columns, None);
    }

    #[test]
    fn the_retry_scale_is_a_number_in_zero_to_one() {
        assert_eq!(parse_retry_scale("0.01"), Some(0.01));
        assert_eq!(parse_retry_scale(" 1 "), Some(1.0));
        for bad in ["", "fast", "0", "-0.5", "1.5", "NaN", "inf"] {
            assert_eq!(parse_retry_scale(bad), None, "{bad:?}");
        }
    }
}

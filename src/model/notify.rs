//! Notifiers: where dbxprov tells people how a run went (a webhook, or mail through
//! SMTP), on which events, and the event each run is. What a notification says is
//! `ops::notify`'s; sending it is `notify`'s.

use serde::{Deserialize, Serialize};

use super::invalid::Invalid;
use super::ldap::is_loopback_url;
use super::run::RunOutcome;
use super::secret::SecretStoreKind;

/// When a notifier is told.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum NotifyEvent {
    /// A run failed (as a whole, or every write it tried), or was interrupted.
    Failure,
    /// The deletion guard stopped a run: it waits for `sync approve`.
    Guard,
    /// A run went through after the rule's last one had not.
    Recovered,
    /// Every run, whatever its outcome.
    EveryRun,
}

impl NotifyEvent {
    #[cfg(test)]
    pub(crate) const ALL: [NotifyEvent; 4] = [
        NotifyEvent::Failure,
        NotifyEvent::Guard,
        NotifyEvent::Recovered,
        NotifyEvent::EveryRun,
    ];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            NotifyEvent::Failure => "failure",
            NotifyEvent::Guard => "guard",
            NotifyEvent::Recovered => "recovered",
            NotifyEvent::EveryRun => "every-run",
        }
    }

    /// The event a run is, from its outcome and the outcome of the rule's run before it
    /// (`None` for a run still under way, or a dry run: nothing to tell).
    pub(crate) fn of_run(outcome: RunOutcome, before: Option<RunOutcome>) -> Option<NotifyEvent> {
        let went_wrong_before = before.is_some_and(RunOutcome::is_trouble);
        match outcome {
            RunOutcome::Failed | RunOutcome::Interrupted => Some(NotifyEvent::Failure),
            RunOutcome::Stopped => Some(NotifyEvent::Guard),
            RunOutcome::Succeeded | RunOutcome::Partial if went_wrong_before => {
                Some(NotifyEvent::Recovered)
            }
            RunOutcome::Succeeded | RunOutcome::Partial => Some(NotifyEvent::EveryRun),
            RunOutcome::Running | RunOutcome::DryRun => None,
        }
    }
}

/// How a notifier is reached. The secret part (a webhook's URL, which is its
/// credential for Slack and Teams; an SMTP password) is in the secret store.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub(crate) enum Channel {
    /// A JSON POST to a URL (kept in the secret store).
    Webhook,
    /// Mail through an SMTP server: `smtps://host[:465]` (TLS), `smtp://host[:587]`
    /// (STARTTLS required), or plain `smtp://` to a server on this host only.
    Smtp {
        url: String,
        to: Vec<String>,
        from: String,
        /// The user to log in as (the password is in the secret store).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        user: Option<String>,
        /// A PEM file of the CA that signed the server's certificate, trusted beside
        /// the Mozilla roots (an internal relay's).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        ca_file: Option<String>,
    },
}

/// A notifier, as stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Notifier {
    pub(crate) name: String,
    pub(crate) channel: Channel,
    /// What can be shown of where it goes: a webhook's scheme and host only.
    pub(crate) shown: String,
    pub(crate) on: Vec<NotifyEvent>,
    /// Where its secret was kept (the store of the day it was added).
    pub(crate) secret_store: Option<SecretStoreKind>,
}

impl Notifier {
    /// Whether it is told of a run that is `event` (every run tells `every-run`).
    pub(crate) fn wants(&self, event: NotifyEvent) -> bool {
        self.on.contains(&event) || self.on.contains(&NotifyEvent::EveryRun)
    }

    /// The key its secret has in the secret store (apart from connections' names).
    pub(crate) fn secret_key(&self) -> String {
        format!("notify:{}", self.name)
    }
}

/// What can be shown of a webhook's URL (`https://hooks.slack.com/…`: its path and query
/// are its credential), once it is one dbxprov will send to: `https`, or `http` to this
/// host only (a notification holds what went wrong, and the URL is a secret).
pub(crate) fn webhook_shown(url: &str) -> Result<String, Invalid> {
    let invalid = |why: &str| Invalid::Notifier(format!("the webhook URL {why}"));
    let parsed = url::Url::parse(url.trim()).map_err(|_| invalid("is not a URL"))?;
    let host = parsed.host_str().unwrap_or_default().to_string();
    let local = is_loopback_url(&parsed);
    match parsed.scheme() {
        "https" => {}
        "http" if local => {}
        "http" => return Err(invalid("must be https (http only to this host)")),
        _ => return Err(invalid("must be https")),
    }
    if host.is_empty() {
        return Err(invalid("names no host"));
    }
    let port = parsed.port().map_or(String::new(), |p| format!(":{p}"));
    Ok(format!("{}://{host}{port}/…", parsed.scheme()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use RunOutcome::*;

    #[test]
    fn a_run_is_the_event_its_outcome_and_the_one_before_make() {
        assert_eq!(
            NotifyEvent::of_run(Failed, Some(Succeeded)),
            Some(NotifyEvent::Failure)
        );
        assert_eq!(NotifyEvent::of_run(Stopped, None), Some(NotifyEvent::Guard));
        assert_eq!(
            NotifyEvent::of_run(Succeeded, Some(Failed)),
            Some(NotifyEvent::Recovered)
        );
        assert_eq!(
            NotifyEvent::of_run(Partial, Some(Stopped)),
            Some(NotifyEvent::Recovered)
        );
        assert_eq!(
            NotifyEvent::of_run(Succeeded, Some(Partial)),
            Some(NotifyEvent::EveryRun)
        );
        assert_eq!(
            NotifyEvent::of_run(Succeeded, None),
            Some(NotifyEvent::EveryRun)
        );
        assert_eq!(NotifyEvent::of_run(DryRun, None), None);
    }

    #[test]
    fn a_webhook_is_shown_without_its_secret_path_and_must_be_https_off_this_host() {
        let shown = webhook_shown("https://hooks.slack.com/services/T0/B0/XXXX").unwrap();
        assert_eq!(shown, "https://hooks.slack.com/…");
        assert_eq!(
            webhook_shown("http://127.0.0.1:8080/hook").unwrap(),
            "http://127.0.0.1:8080/…"
        );
        let e = webhook_shown("http://hooks.example.com/secret-token").unwrap_err();
        assert!(!e.to_string().contains("secret-token"), "{e}");
        assert!(webhook_shown("ftp://x/y").is_err() && webhook_shown("not a url").is_err());
    }

    #[test]
    fn every_run_takes_every_event_and_the_default_leaves_quiet_runs_out() {
        let mut n = Notifier {
            name: "ops".into(),
            channel: Channel::Webhook,
            shown: "https://hooks.example.com".into(),
            on: vec![
                NotifyEvent::Failure,
                NotifyEvent::Guard,
                NotifyEvent::Recovered,
            ],
            secret_store: None,
        };
        assert!(n.wants(NotifyEvent::Guard) && !n.wants(NotifyEvent::EveryRun));
        n.on = vec![NotifyEvent::EveryRun];
        assert!(NotifyEvent::ALL.iter().all(|e| n.wants(*e)));
    }
}

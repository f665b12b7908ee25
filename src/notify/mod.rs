//! Sending a notification: a JSON POST to a webhook ([`webhook`]) or a mail through
//! SMTP ([`smtp`]), each attempt bounded in time, a few attempts in all, so that a
//! receiver that is down never holds a run up for more than [`Policy::bound`]. What a
//! notification says is the operations' (`ops::notify`); this layer only carries it,
//! and its errors never hold a secret (a webhook's URL is one).

mod message;
mod smtp;
mod webhook;

use message::Failure;
pub(crate) use message::Message;

use std::time::Duration;

use crate::model::{Channel, Secret};

/// How hard a notification is tried.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Policy {
    pub(crate) attempts: u32,
    /// The time one attempt may take (connecting, sending, the answer).
    pub(crate) timeout: Duration,
    /// The pause before the second attempt, doubled before each later one.
    pub(crate) pause: Duration,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            attempts: 3,
            timeout: Duration::from_secs(10),
            pause: Duration::from_secs(2),
        }
    }
}

impl Policy {
    /// The longest a notification can take, every attempt timing out (docs/monitoring.md
    /// gives it).
    #[cfg(test)]
    pub(crate) fn bound(&self) -> Duration {
        let pauses: Duration = (0..self.attempts.saturating_sub(1))
            .map(|i| self.pause * 2u32.pow(i))
            .sum();
        self.timeout * self.attempts + pauses
    }
}

/// Why a notification was not delivered, after how many attempts.
#[derive(Clone, Debug)]
pub(crate) struct Undelivered {
    pub(crate) attempts: u32,
    pub(crate) error: String,
}

/// Why an SMTP notifier cannot work as given (its URL, its addresses), if it cannot.
pub(crate) fn check_smtp(channel: &Channel) -> Result<(), String> {
    let Channel::Smtp {
        url,
        to,
        from,
        ca_file,
        ..
    } = channel
    else {
        return Ok(());
    };
    let server = smtp::server(url)?;
    if let Some(path) = ca_file {
        smtp::tls_with_ca(&server.host, path)?;
    }
    if to.is_empty() {
        return Err("a mail needs at least one recipient: --to ADDRESS".into());
    }
    smtp::check_addresses(to.iter().chain([from]))
}

/// Delivers `message` through `channel` (with its secret: the webhook's URL, the SMTP
/// password), trying as `policy` says. Returns the attempts it took.
pub(crate) async fn deliver(
    channel: &Channel,
    secret: Option<&Secret>,
    message: &Message,
    policy: Policy,
) -> Result<u32, Undelivered> {
    let mut pause = policy.pause;
    for attempt in 1..=policy.attempts {
        let attempt_once = async {
            match channel {
                Channel::Webhook => webhook::post(secret, message, policy.timeout).await,
                Channel::Smtp { .. } => smtp::send(channel, secret, message, policy.timeout).await,
            }
        };
        // The whole attempt, not only its connect: a server that accepts and never
        // answers (an SMTP server that never greets) must not hold the run.
        let sent = tokio::time::timeout(policy.timeout, attempt_once)
            .await
            .unwrap_or_else(|_| {
                let secs = policy.timeout.as_secs();
                Err(Failure::Transient(format!("no answer within {secs} s")))
            });
        match sent {
            Ok(()) => return Ok(attempt),
            Err(Failure::Permanent(error)) => {
                return Err(Undelivered {
                    attempts: attempt,
                    error,
                })
            }
            Err(Failure::Transient(error)) if attempt == policy.attempts => {
                return Err(Undelivered {
                    attempts: attempt,
                    error,
                });
            }
            Err(Failure::Transient(_)) => {
                tokio::time::sleep(pause).await;
                pause *= 2;
            }
        }
    }
    unreachable!("the last attempt returns")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bound_is_every_attempt_timing_out_and_every_pause() {
        let p = Policy::default();
        assert_eq!(p.bound(), Duration::from_secs(3 * 10 + 2 + 4));
    }
}

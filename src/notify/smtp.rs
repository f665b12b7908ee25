//! A notification as a mail, through an SMTP server: `smtps://` is TLS from the first
//! byte (port 465 by default), `smtp://` requires STARTTLS (port 587 by default), and
//! only a server on this host (`smtp://localhost`, `127.0.0.1`, `::1`, port 25 by
//! default: the local relay) is spoken to in plain text. TLS is rustls with the
//! webpki roots.

use std::time::Duration;

use lettre::message::{header::ContentType, Mailbox};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::transport::smtp::AsyncSmtpTransportBuilder;
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

use super::message::{Failure, Message};
use crate::model::{Channel, Secret};

/// How a server is reached, from its URL.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Server {
    pub(crate) host: String,
    pub(crate) port: u16,
    pub(crate) security: Security,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Security {
    Tls,
    StartTls,
    /// A server on this host.
    Plain,
}

/// The server an `smtp://` or `smtps://` URL names, or why it cannot be used.
pub(crate) fn server(url: &str) -> Result<Server, String> {
    let parsed = url::Url::parse(url).map_err(|e| format!("{url:?} is not a URL: {e}"))?;
    let host = parsed
        .host_str()
        .filter(|h| !h.is_empty())
        .ok_or_else(|| format!("{url:?} names no host"))?
        .trim_matches(['[', ']'])
        .to_string();
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(
            "put no user or password in the URL: --smtp-user, and the password in the secret store"
                .into(),
        );
    }
    let local = crate::model::is_loopback_url(&parsed);
    let (security, default_port) = match parsed.scheme() {
        "smtps" => (Security::Tls, 465),
        "smtp" if local => (Security::Plain, 25),
        "smtp" => (Security::StartTls, 587),
        other => {
            return Err(format!(
                "{other}:// is not SMTP: use smtps://HOST (TLS) or smtp://HOST (STARTTLS)"
            ))
        }
    };
    Ok(Server {
        host,
        port: parsed.port().unwrap_or(default_port),
        security,
    })
}

/// Sends the message's text as a mail to the channel's recipients.
pub(super) async fn send(
    channel: &Channel,
    password: Option<&Secret>,
    message: &Message,
    timeout: Duration,
) -> Result<(), Failure> {
    let Channel::Smtp {
        url,
        to,
        from,
        user,
        ca_file,
    } = channel
    else {
        return Err(Failure::Permanent("not an SMTP notifier".into()));
    };
    let permanent = |e: String| Failure::Permanent(e);
    let server = server(url).map_err(permanent)?;
    let mail = mail(to, from, message).map_err(permanent)?;
    let mut transport = transport(&server, ca_file.as_deref())
        .map_err(permanent)?
        .timeout(Some(timeout));
    if let Some(user) = user {
        let Some(password) = password else {
            return Err(permanent(
                "the SMTP password is not in the secret store".into(),
            ));
        };
        transport = transport.credentials(Credentials::new(user.clone(), password.expose().into()));
    }
    match transport.build().send(mail).await {
        Ok(_) => Ok(()),
        Err(e) if e.is_permanent() => Err(Failure::Permanent(format!(
            "the SMTP server refused the mail: {e}"
        ))),
        Err(e) => Err(Failure::Transient(format!("sending the mail failed: {e}"))),
    }
}

/// How the server is spoken to: TLS from the first byte, STARTTLS required, or clear
/// text on this host; with the CA of `ca_file` trusted beside the Mozilla roots.
fn transport(server: &Server, ca_file: Option<&str>) -> Result<AsyncSmtpTransportBuilder, String> {
    type Smtp = AsyncSmtpTransport<Tokio1Executor>;
    let host = server.host.as_str();
    let builder = match (server.security, ca_file) {
        (Security::Plain, _) => Ok(Smtp::builder_dangerous(host)),
        (Security::Tls, None) => Smtp::relay(host),
        (Security::StartTls, None) => Smtp::starttls_relay(host),
        (security, Some(path)) => {
            let parameters = tls_with_ca(host, path)?;
            let tls = match security {
                Security::Tls => Tls::Wrapper(parameters),
                _ => Tls::Required(parameters),
            };
            Ok(Smtp::builder_dangerous(host).tls(tls))
        }
    };
    Ok(builder.map_err(|e| e.to_string())?.port(server.port))
}

/// TLS to `host` trusting the CA in the PEM file `path` too.
pub(crate) fn tls_with_ca(host: &str, path: &str) -> Result<TlsParameters, String> {
    let pem = std::fs::read(path).map_err(|e| format!("cannot read the CA file {path}: {e}"))?;
    let ca = Certificate::from_pem(&pem).map_err(|e| format!("the CA file {path}: {e}"))?;
    TlsParameters::builder(host.to_string())
        .add_root_certificate(ca)
        .build_rustls()
        .map_err(|e| e.to_string())
}

/// Why one of `addresses` is not a mailbox, if one is not.
pub(crate) fn check_addresses<'a>(
    addresses: impl Iterator<Item = &'a String>,
) -> Result<(), String> {
    for a in addresses {
        a.parse::<Mailbox>()
            .map_err(|e| format!("{a:?} is not a mail address: {e}"))?;
    }
    Ok(())
}

/// The mail: plain UTF-8 text.
fn mail(to: &[String], from: &str, message: &Message) -> Result<lettre::Message, String> {
    let mailbox = |a: &str| a.parse::<Mailbox>().map_err(|e| format!("{a:?}: {e}"));
    let mut builder = lettre::Message::builder()
        .from(mailbox(from)?)
        .subject(&message.subject)
        .header(ContentType::TEXT_PLAIN);
    for address in to {
        builder = builder.to(mailbox(address)?);
    }
    builder
        .body(message.text.clone())
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_says_how_the_server_is_reached_and_plain_text_only_on_this_host() {
        let s = server("smtps://mail.example.com").unwrap();
        assert_eq!((s.port, s.security), (465, Security::Tls));
        let s = server("smtp://mail.example.com").unwrap();
        assert_eq!((s.port, s.security), (587, Security::StartTls));
        let s = server("smtp://127.0.0.1:2525").unwrap();
        assert_eq!(
            (s.host.as_str(), s.port, s.security),
            ("127.0.0.1", 2525, Security::Plain)
        );
        assert!(server("smtp://user:pw@mail.example.com")
            .unwrap_err()
            .contains("no user or password"));
        assert!(server("http://mail.example.com").is_err());
    }
}

//! Reaching the server: the URL checked (a password never goes to another host in clear
//! text), TLS by rustls with ring and the roots of `--ca-file` (or the system's), StartTLS,
//! the simple bind.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use ldap3::{Ldap, LdapConnAsync, LdapConnSettings};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::CertificateDer;

use super::error::LdapError;
use crate::model::{is_loopback_url, Secret};

/// Where a directory is and who reads it.
#[derive(Clone, Debug)]
pub(crate) struct LdapTarget {
    /// `ldap://HOST[:PORT]` or `ldaps://HOST[:PORT]`.
    pub(crate) url: String,
    pub(crate) bind_dn: String,
    /// Upgrade an `ldap://` connection with StartTLS before binding.
    pub(crate) starttls: bool,
    /// PEM file of the CA that signed the server's certificate (else the system's roots).
    pub(crate) ca_file: Option<PathBuf>,
    /// Entries a page asks for.
    pub(crate) page_size: u32,
    /// For connecting, and for each operation.
    pub(crate) timeout: Duration,
}

/// Whether a bind over this target would carry the password in clear text to another
/// machine.
pub(super) fn cleartext_host(url: &url::Url, starttls: bool) -> Option<String> {
    let clear = url.scheme() == "ldap" && !starttls;
    (clear && !is_loopback_url(url)).then(|| url.host_str().unwrap_or_default().to_string())
}

/// The TLS configuration: ring as the provider (never the process default, which two
/// providers linked in would make ambiguous), the CA file's roots or the system's.
fn tls_config(target: &LdapTarget) -> Result<Arc<rustls::ClientConfig>, LdapError> {
    let mut roots = rustls::RootCertStore::empty();
    match &target.ca_file {
        Some(path) => {
            let bad = |message: String| LdapError::CaFile {
                path: path.display().to_string(),
                message,
            };
            let certs = CertificateDer::pem_file_iter(path).map_err(|e| bad(e.to_string()))?;
            for cert in certs {
                roots
                    .add(cert.map_err(|e| bad(e.to_string()))?)
                    .map_err(|e| bad(e.to_string()))?;
            }
            if roots.is_empty() {
                return Err(bad("it holds no certificate".into()));
            }
        }
        None => {
            for cert in system_roots() {
                let _ = roots.add(cert);
            }
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| LdapError::Protocol {
            url: target.url.clone(),
            message: e.to_string(),
        })?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(Arc::new(config))
}

/// The system's trusted roots (what an `ldaps://` server with a public certificate is
/// checked against when no CA file is given): the first bundle file of the usual
/// places; a system without one has none, and a server then needs `--ca-file`.
fn system_roots() -> Vec<CertificateDer<'static>> {
    const BUNDLES: [&str; 4] = [
        "/etc/ssl/certs/ca-certificates.crt",
        "/etc/pki/tls/certs/ca-bundle.crt",
        "/etc/ssl/cert.pem",
        "/usr/local/share/certs/ca-root-nss.crt",
    ];
    BUNDLES
        .iter()
        .find_map(|path| CertificateDer::pem_file_iter(path).ok())
        .map(|certs| certs.filter_map(Result::ok).collect())
        .unwrap_or_default()
}

/// Connects and binds as `target.bind_dn` with `password`.
pub(crate) async fn connect(target: &LdapTarget, password: &Secret) -> Result<Ldap, LdapError> {
    let url = url::Url::parse(&target.url).map_err(|e| LdapError::Connect {
        url: target.url.clone(),
        message: e.to_string(),
    })?;
    if let Some(host) = cleartext_host(&url, target.starttls) {
        return Err(LdapError::Cleartext { host });
    }
    if password.expose().is_empty() {
        return Err(LdapError::EmptyPassword);
    }
    let tls = url.scheme() == "ldaps" || target.starttls;
    let mut settings = LdapConnSettings::new()
        .set_conn_timeout(target.timeout)
        .set_starttls(target.starttls && url.scheme() == "ldap");
    if tls {
        settings = settings.set_config(tls_config(target)?);
    }
    let (conn, mut ldap) = LdapConnAsync::with_settings(settings, &target.url)
        .await
        .map_err(|e| connect_error(target, tls, e))?;
    ldap3::drive!(conn);
    ldap.with_timeout(target.timeout);
    let result = ldap
        .simple_bind(&target.bind_dn, password.expose())
        .await
        .map_err(|e| connect_error(target, tls, e))?;
    if result.rc != 0 {
        return Err(LdapError::BindRefused {
            url: target.url.clone(),
            bind_dn: target.bind_dn.clone(),
            rc: result.rc,
            text: result.text,
        });
    }
    Ok(ldap)
}

/// A failure before the bind answered: the TLS handshake's (a certificate the roots do
/// not vouch for), or the connection's.
fn connect_error(target: &LdapTarget, tls: bool, e: ldap3::LdapError) -> LdapError {
    let message = e.to_string();
    let url = target.url.clone();
    let handshake = matches!(e, ldap3::LdapError::Rustls { .. })
        || message.contains("certificate")
        || message.contains("handshake");
    if tls && handshake {
        LdapError::Tls { url, message }
    } else {
        LdapError::Connect { url, message }
    }
}

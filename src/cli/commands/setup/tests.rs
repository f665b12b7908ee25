//! The unit tests of `setup`.

use super::*;
use crate::model::{DEFAULT_SERVICE_URI, DEFAULT_TOKEN_ENDPOINT};

#[test]
fn a_custom_service_has_its_token_endpoint_at_its_origin() {
    let derived = token_endpoint_of("http://127.0.0.1:8765/2");
    assert_eq!(
        derived.as_deref(),
        Some("http://127.0.0.1:8765/oauth2/token")
    );
    let dropbox = token_endpoint_of(DEFAULT_SERVICE_URI);
    assert_eq!(dropbox.as_deref(), Some(DEFAULT_TOKEN_ENDPOINT));
    assert_eq!(token_endpoint_of("not a uri"), None);
}

#[test]
fn the_base_dn_offered_is_the_bind_dns_domain_components() {
    use super::directory_questions::base_of;
    assert_eq!(
        base_of("CN=svc-dbxprov,OU=Service,DC=corp,DC=example,DC=com").as_deref(),
        Some("DC=corp,DC=example,DC=com")
    );
    assert_eq!(
        base_of("cn=reader, ou=people, dc=example, dc=org").as_deref(),
        Some("dc=example,dc=org")
    );
    assert_eq!(base_of("uid=reader,o=Example"), None);
    assert_eq!(base_of("cn=dc,o=x"), None);
}

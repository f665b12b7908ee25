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

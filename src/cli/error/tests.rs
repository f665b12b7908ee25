//! The unit tests of `error`.

use super::*;
use crate::dropbox::ApiError;
use crate::model::{ActionConflict, Invalid};

#[test]
fn settings_are_named_by_their_flags_and_hints_name_the_connection() {
    let e: anyhow::Error = Error::from(Invalid::Actions(ActionConflict::DisableNeedsUpdate)).into();
    let body = describe(&e, &Settings::default());
    assert_eq!(body.message, "--disable-users needs --update-users");
    assert!(body.hint.unwrap().contains("--no-disable-users"));
    assert_eq!(body.exit_code, 1);
    let refused = ApiError::InvalidGrant {
        description: "expired".into(),
    };
    let e: anyhow::Error = Error::dropbox("prod", refused).into();
    let body = describe(&e, &Settings::default());
    assert_eq!(body.exit_code, 3);
    assert!(body.hint.unwrap().contains("connection authorize prod"));
}

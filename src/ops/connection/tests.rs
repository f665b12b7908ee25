//! The unit tests of `connection`.

use super::*;
use crate::dropbox;
use crate::error::Error;

#[test]
fn only_credentials_that_never_worked_are_marked_invalid() {
    use ConnectionStatus::*;
    let auth = Error::from(dropbox::ApiError::InvalidGrant {
        description: "refused".into(),
    });
    let outage = Error::from(dropbox::ApiError::Decode {
        target: "x".into(),
        detail: "no answer".into(),
    });
    for previous in [Untested, Valid, Invalid] {
        assert_eq!(status_after(previous, None), Valid);
        assert_eq!(status_after(previous, Some(&outage)), previous);
    }
    assert_eq!(status_after(Untested, Some(&auth)), Invalid);
    assert_eq!(status_after(Invalid, Some(&auth)), Invalid);
    assert_eq!(status_after(Valid, Some(&auth)), Valid);
}

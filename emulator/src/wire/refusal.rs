//! Owns [`Refusal`]: why Dropbox said no to a call or to one item of it, as a typed value
//! (a tag, and the value or fields the tag carries), and its wire forms: the error union
//! member (`{".tag": "members_not_in_team", "members_not_in_team": [...]}`) and the body
//! of a 401 or 409 (`{"error_summary": "members_not_in_team/...", "error": {...}}`).
//! Data only: the route plumbing decides the status.

use serde_json::{json, Value};

use crate::wire::unions::{flattened, tagged};

const TOO_MANY_WRITE_OPERATIONS: &str = "too_many_write_operations";

/// What a refusal's tag carries, by the Stone type of the union member.
#[derive(Clone, Debug, PartialEq)]
enum Payload {
    /// A Void member: `{".tag": tag}`.
    Nothing,
    /// A primitive or list: `{".tag": tag, tag: value}`.
    Value(Value),
    /// A struct, flattened next to the tag: `{".tag": tag, field: ...}`.
    Fields(Value),
}

/// A route error (409), an auth error (401), or the failure of one item of a batch (the
/// `user_already_on_team` of a `members/add_v2` result), as Dropbox tags it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Refusal {
    tag: &'static str,
    payload: Payload,
}

impl Refusal {
    /// A tag alone: `user_not_found`, `invalid_cursor`.
    pub const fn new(tag: &'static str) -> Self {
        Refusal {
            tag,
            payload: Payload::Nothing,
        }
    }

    /// A tag carrying a value: `members_not_in_team(["a@x.com"])`, or the email that a
    /// failed member of an add batch carries.
    pub fn carrying(tag: &'static str, value: impl Into<Value>) -> Self {
        Refusal {
            tag,
            payload: Payload::Value(value.into()),
        }
    }

    /// A tag holding a struct: `missing_scope{required_scope}`. `fields` is a JSON object.
    pub fn with_fields(tag: &'static str, fields: Value) -> Self {
        Refusal {
            tag,
            payload: Payload::Fields(fields),
        }
    }

    /// Lock contention on a namespace (many writes into one member's Dropbox at once):
    /// answered 429, not 409, with the rate limit's body (see `faults`).
    pub const fn too_many_write_operations() -> Self {
        Refusal::new(TOO_MANY_WRITE_OPERATIONS)
    }

    /// A refusal answered 429 rather than 409.
    pub fn is_rate_limit(&self) -> bool {
        self.tag == TOO_MANY_WRITE_OPERATIONS
    }

    pub fn tag(&self) -> &'static str {
        self.tag
    }

    /// The refusal as the union member it is on the wire.
    pub fn to_union(&self) -> Value {
        match &self.payload {
            Payload::Nothing => json!({".tag": self.tag}),
            Payload::Value(value) => tagged(self.tag, value.clone()),
            Payload::Fields(fields) => flattened(self.tag, fields.clone()),
        }
    }

    /// The body of an error answer. Clients must read `error[".tag"]`, never the summary,
    /// whose trailing dots vary at Dropbox; the emulator always writes three.
    pub fn to_error_body(&self) -> Value {
        json!({"error_summary": format!("{}/...", self.tag), "error": self.to_union()})
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bare_tag() {
        assert_eq!(
            Refusal::new("invalid_cursor").to_error_body(),
            json!({"error_summary": "invalid_cursor/...", "error": {".tag": "invalid_cursor"}})
        );
    }

    #[test]
    fn a_tag_carrying_a_list() {
        let refusal = Refusal::carrying("members_not_in_team", vec!["a@x.com"]);
        assert_eq!(refusal.tag(), "members_not_in_team");
        assert_eq!(
            refusal.to_error_body(),
            json!({
                "error_summary": "members_not_in_team/...",
                "error": {".tag": "members_not_in_team", "members_not_in_team": ["a@x.com"]},
            })
        );
    }

    #[test]
    fn a_tag_holding_a_struct_is_flattened() {
        let refusal =
            Refusal::with_fields("missing_scope", json!({"required_scope": "members.write"}));
        assert_eq!(
            refusal.to_union(),
            json!({".tag": "missing_scope", "required_scope": "members.write"})
        );
    }
}

//! Owns [`Validate`], the limits the Stone spec puts on an argument beyond its shape, and
//! the checks of the field types several routes share (emails, names, external ids), with
//! the 400 messages worded as the real service words them. A leaf above `dbx_spec`.

use dbx_spec::{Violation, EMAIL_PATTERN, NAME_PATTERN};

/// The limits the Stone spec puts on an argument beyond its shape (string lengths and
/// patterns, list sizes, number ranges). Serde checks the shape; the real service checks
/// both before the route runs, and answers a 400 either way.
pub(crate) trait Validate {
    /// `Err("field: problem")`, the part of the 400 after `request body: `.
    fn validate(&self) -> Result<(), String>;
}

/// The most items a list route pages (`limit`), and its default.
pub(crate) const LIST_LIMIT_MAX: u32 = 1_000;

pub(crate) fn default_list_limit() -> u32 {
    LIST_LIMIT_MAX
}

/// A listing's `limit`: `UInt32(min_value=1, max_value=1000)`.
pub(crate) fn check_list_limit(limit: u32) -> Result<(), String> {
    if limit < 1 {
        return Err(format!("limit: {limit} is not greater than 1"));
    }
    if limit > LIST_LIMIT_MAX {
        return Err(format!("limit: {limit} is not less than {LIST_LIMIT_MAX}"));
    }
    Ok(())
}

pub(crate) fn max_chars(field: &str, value: &str, max: usize) -> Result<(), String> {
    // Stone counts characters (code points), not bytes.
    let chars = value.chars().count();
    if chars > max {
        return Err(too_long(field, value, chars, max));
    }
    Ok(())
}

fn too_long(field: &str, value: &str, chars: usize, max: usize) -> String {
    format!("{field}: '{value}' must be at most {max} characters, got {chars}")
}

/// The Stone pattern a value failed, as the 400 shows it.
struct Mismatch<'a> {
    /// What stands for the value in the message.
    shown: &'a str,
    pattern: &'a str,
}

/// The 400 message for a value `dbx_spec` refused, worded as the real service words it: a
/// length, or the pattern the value did not match (`None` for a type without one, which
/// `dbx_spec` refuses only for its length).
fn violation_message(
    field: &str,
    value: &str,
    violation: Violation,
    mismatch: Option<Mismatch>,
) -> String {
    match (violation, mismatch) {
        (Violation::TooLong { chars, max }, _) => too_long(field, value, chars, max),
        (_, Some(Mismatch { shown, pattern })) => {
            format!("{field}: '{shown}' did not match pattern '{pattern}'")
        }
        (other, None) => format!("{field}: {other}"),
    }
}

pub(crate) fn check_email(field: &str, value: &str) -> Result<(), String> {
    dbx_spec::check_email(value).map_err(|v| {
        // The real service hides the address in this message.
        let mismatch = Mismatch {
            shown: "*****",
            pattern: EMAIL_PATTERN,
        };
        violation_message(field, value, v, Some(mismatch))
    })
}

/// `MemberExternalId` has a length and no pattern.
pub(crate) fn check_external_id(field: &str, value: &str) -> Result<(), String> {
    dbx_spec::check_external_id(value).map_err(|v| violation_message(field, value, v, None))
}

/// Given names and surnames, in add and set_profile alike. `at` prefixes the field names
/// in errors (empty at the top level). A control character, which `dbx_spec` refuses
/// beyond the pattern, gets the pattern's message too.
pub(crate) fn check_names<'a>(
    at: &str,
    names: impl IntoIterator<Item = (&'a str, &'a Option<String>)>,
) -> Result<(), String> {
    for (name, value) in names {
        let Some(value) = value else { continue };
        let field = if at.is_empty() {
            name.to_string()
        } else {
            format!("{at}: {name}")
        };
        dbx_spec::check_name(value).map_err(|v| {
            let mismatch = Mismatch {
                shown: value,
                pattern: NAME_PATTERN,
            };
            violation_message(&field, value, v, Some(mismatch))
        })?;
    }
    Ok(())
}

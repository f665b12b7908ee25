//! The directory's records — users, groups, populations — and the rules their values obey.

use std::collections::BTreeMap;

use rand::distr::Alphanumeric;
use rand::Rng;
use serde::{Deserialize, Serialize};

use super::invalid::Invalid;

/// The population users land in when nothing else is said.
pub(crate) const DEFAULT_POPULATION: &str = "Default";

/// The columns of an import or export file that are not attributes.
pub(crate) const KNOWN_COLUMNS: &[&str] = &[
    "username",
    "email",
    "given_name",
    "surname",
    "enabled",
    "population",
    "groups",
];

/// One person in the directory.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct User {
    /// Stable and generated; never changes, so Dropbox members can be found by it.
    pub(crate) id: String,
    pub(crate) username: String,
    pub(crate) email: String,
    pub(crate) given_name: String,
    pub(crate) surname: String,
    pub(crate) enabled: bool,
    pub(crate) population: String,
    pub(crate) attributes: BTreeMap<String, String>,
    /// Group names, sorted.
    pub(crate) groups: Vec<String>,
    /// The inbound rule that brought the user in, if one did.
    pub(crate) provenance: Option<String>,
    #[serde(with = "crate::model::as_rfc3339")]
    pub(crate) created_at: i64,
    #[serde(with = "crate::model::as_rfc3339")]
    pub(crate) updated_at: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Group {
    /// Stable and generated; becomes the Dropbox group's external id.
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) members: u64,
    #[serde(with = "crate::model::as_rfc3339")]
    pub(crate) created_at: i64,
    #[serde(with = "crate::model::as_rfc3339")]
    pub(crate) updated_at: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Population {
    pub(crate) name: String,
    pub(crate) users: u64,
    #[serde(with = "crate::model::as_rfc3339")]
    pub(crate) created_at: i64,
}

/// A fresh random id: `prefix` and 16 lowercase letters and digits.
pub(crate) fn new_id(prefix: &str) -> String {
    let body: String = rand::rng()
        .sample_iter(Alphanumeric)
        .take(16)
        .map(|c| (c as char).to_ascii_lowercase())
        .collect();
    format!("{prefix}{body}")
}

/// Given names and surnames: what Dropbox accepts (`dbx_spec`: at most 50 characters,
/// none of `/:?*<>"|`, no control characters). `field` names it in the message, which does
/// not repeat the value.
pub(crate) fn validate_person_name(field: &'static str, value: &str) -> Result<(), Invalid> {
    dbx_spec::check_name(value).map_err(|violation| Invalid::PersonName { field, violation })
}

pub(crate) fn validate_username(username: &str) -> Result<(), Invalid> {
    if username.is_empty()
        || username.len() > 255
        || username
            .chars()
            .any(|c| c.is_whitespace() || c.is_control())
    {
        return Err(Invalid::Username(username.to_string()));
    }
    Ok(())
}

/// Group and population names: not empty, no `;` (the separator of the `groups` column).
pub(crate) fn validate_collection_name(what: &'static str, name: &str) -> Result<(), Invalid> {
    if name.trim().is_empty() || name.trim() != name {
        return Err(Invalid::CollectionNameSpaces {
            what,
            name: name.to_string(),
        });
    }
    if name.chars().count() > 255 || name.contains(';') || name.chars().any(char::is_control) {
        return Err(Invalid::CollectionNameCharacters {
            what,
            name: name.to_string(),
        });
    }
    Ok(())
}

/// Attribute names: anything but an empty name or one of the known columns.
pub(crate) fn validate_attribute_key(key: &str) -> Result<(), Invalid> {
    if key.trim().is_empty() {
        return Err(Invalid::EmptyAttribute);
    }
    if KNOWN_COLUMNS.iter().any(|k| k.eq_ignore_ascii_case(key)) {
        return Err(Invalid::AttributeIsField(key.to_string()));
    }
    Ok(())
}

/// `true/false`, `yes/no`, `1/0`, `on/off`, any case.
pub(crate) fn parse_bool(value: &str) -> Option<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "true" | "yes" | "1" | "on" | "y" | "t" => Some(true),
        "false" | "no" | "0" | "off" | "n" | "f" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert!(validate_person_name("surname", &"x".repeat(50)).is_ok());
        assert!(validate_person_name("surname", &"é".repeat(50)).is_ok());
        assert_eq!(
            validate_person_name("surname", &"x".repeat(51))
                .unwrap_err()
                .to_string(),
            "surname is 51 characters long; Dropbox accepts at most 50"
        );
        assert_eq!(
            validate_person_name("given name", "Ann: Lee")
                .unwrap_err()
                .to_string(),
            "given name contains ':', which Dropbox refuses"
        );
        assert_eq!(
            validate_person_name("surname", "Lee\u{1b}")
                .unwrap_err()
                .to_string(),
            "surname contains a control character"
        );
        assert!(validate_collection_name("group", "Sales; EU").is_err());
        assert!(validate_collection_name("group", " Sales").is_err());
        assert!(validate_collection_name("group", "Sales EU").is_ok());
        assert!(validate_username("a b").is_err());
        assert!(validate_attribute_key("Email").is_err());
        assert!(validate_attribute_key("department").is_ok());
        assert_eq!(parse_bool("Yes"), Some(true));
        assert_eq!(parse_bool("maybe"), None);
        assert_eq!(new_id("u-").len(), 18);
    }
}

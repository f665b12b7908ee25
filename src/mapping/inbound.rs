//! Inbound mappings: each directory attribute (`email`, `username`, `given_name`,
//! `surname`, `enabled`, `attributes.NAME`) is a minijinja expression over what the rule
//! reads — a Dropbox member (`member.email`, `member.name.given_name`, `member.status`,
//! ...) or an LDAP entry (`entry.mail`, `entry.dn`, see [`super::entry`]) — evaluated
//! with strict undefined and checked against what the directory accepts. A rule's
//! mappings override its source's defaults one attribute at a time.

use std::collections::BTreeMap;

use minijinja::value::{Value, ValueKind};
use minijinja::Expression;
use serde::{Deserialize, Serialize};

use super::{environment, kind_name, Evaluated, MappingError};
use crate::error::{Error, Result};
use crate::model::{
    validate_attribute_key, validate_email, validate_person_name, validate_username,
};
use crate::model::{LdapFlavor, Member};

/// The directory attributes every inbound rule of a Dropbox team maps, with their
/// default expressions.
pub(crate) const DEFAULTS: [(&str, &str); 5] = [
    ("email", "member.email"),
    ("username", "member.email"),
    ("given_name", "member.name.given_name"),
    ("surname", "member.name.surname"),
    ("enabled", "member.status == 'active'"),
];

/// The defaults of a rule reading Active Directory: disabled when `userAccountControl`
/// has ACCOUNTDISABLE (2).
pub(crate) const AD_DEFAULTS: [(&str, &str); 5] = [
    ("email", "entry.mail"),
    ("username", "entry.sAMAccountName"),
    ("given_name", "entry.givenName"),
    ("surname", "entry.sn"),
    ("enabled", "(entry.userAccountControl | int) // 2 % 2 == 0"),
];

/// The defaults of a rule reading another LDAP server (OpenLDAP's inetOrgPerson).
pub(crate) const LDAP_DEFAULTS: [(&str, &str); 5] = [
    ("email", "entry.mail"),
    ("username", "entry.uid"),
    ("given_name", "entry.givenName"),
    ("surname", "entry.sn"),
    ("enabled", "true"),
];

/// What an inbound rule reads, which decides the name its expressions use and its
/// defaults.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Source {
    /// The members of a Dropbox team: `member`.
    Team,
    /// The entries of an LDAP directory: `entry`.
    Directory(LdapFlavor),
}

impl Source {
    /// The name expressions read the source by.
    pub(crate) fn variable(self) -> &'static str {
        match self {
            Source::Team => "member",
            Source::Directory(_) => "entry",
        }
    }

    pub(crate) fn defaults(self) -> &'static [(&'static str, &'static str); 5] {
        match self {
            Source::Team => &DEFAULTS,
            Source::Directory(LdapFlavor::ActiveDirectory) => &AD_DEFAULTS,
            Source::Directory(LdapFlavor::Ldap) => &LDAP_DEFAULTS,
        }
    }
}

const ATTRIBUTE_PREFIX: &str = "attributes.";

/// The name an override is stored under: a known attribute, or `attributes.NAME`.
pub(crate) fn target_name(name: &str) -> Result<String> {
    let name = name.trim();
    if DEFAULTS.iter().any(|(n, _)| *n == name) {
        return Ok(name.to_string());
    }
    match name.strip_prefix(ATTRIBUTE_PREFIX) {
        Some(key) => {
            validate_attribute_key(key)?;
            Ok(name.to_string())
        }
        None => Err(Error::UnknownInboundAttribute(name.to_string())),
    }
}

/// A team member as inbound expressions see it (`member.*`).
#[derive(Clone, Debug, Serialize)]
pub(crate) struct MemberView {
    pub(crate) team_member_id: String,
    pub(crate) email: String,
    pub(crate) name: NameView,
    /// `active`, `invited`, `suspended` (or `other` for a status this version does not know).
    pub(crate) status: &'static str,
    pub(crate) external_id: Option<String>,
    /// The names of its Dropbox groups.
    pub(crate) groups: Vec<String>,
}

#[derive(Clone, Debug, Serialize)]
pub(crate) struct NameView {
    pub(crate) given_name: String,
    pub(crate) surname: String,
}

impl MemberView {
    /// The member as expressions read it.
    pub(crate) fn value(&self) -> Value {
        Value::from_serialize(self)
    }

    /// `group_names` maps Dropbox group ids to names.
    pub(crate) fn new(member: &Member, group_names: &BTreeMap<String, String>) -> MemberView {
        MemberView {
            team_member_id: member.team_member_id.clone(),
            email: member.email.clone(),
            name: NameView {
                given_name: member.given_name.clone(),
                surname: member.surname.clone(),
            },
            status: member.status.as_str(),
            external_id: member.external_id.clone(),
            groups: member
                .groups
                .iter()
                .filter_map(|id| group_names.get(id).cloned())
                .collect(),
        }
    }
}

/// The directory user a member maps to (population and groups are the rule's business).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct DirectoryProfile {
    pub(crate) email: String,
    pub(crate) username: String,
    pub(crate) given_name: String,
    pub(crate) surname: String,
    pub(crate) enabled: bool,
    pub(crate) attributes: BTreeMap<String, String>,
}

/// An inbound rule's mappings, compiled once per run.
#[derive(Debug)]
pub(crate) struct InboundMapper {
    source: Source,
    compiled: Vec<(String, String, Expression<'static, 'static>)>,
}

/// The mappings in effect: the source's defaults overlaid with `overrides`, then the
/// attributes.
pub(crate) fn in_effect(
    source: Source,
    overrides: &BTreeMap<String, String>,
) -> Vec<(String, String, bool)> {
    let mut out: Vec<(String, String, bool)> = source
        .defaults()
        .iter()
        .map(|(name, default)| match overrides.get(*name) {
            Some(e) => (name.to_string(), e.clone(), e == default),
            None => (name.to_string(), default.to_string(), true),
        })
        .collect();
    out.extend(
        overrides
            .iter()
            .filter(|(k, _)| k.starts_with(ATTRIBUTE_PREFIX))
            .map(|(k, v)| (k.clone(), v.clone(), false)),
    );
    out
}

impl InboundMapper {
    pub(crate) fn new(
        source: Source,
        overrides: &BTreeMap<String, String>,
    ) -> Result<InboundMapper> {
        for name in overrides.keys() {
            target_name(name)?;
        }
        let compiled = in_effect(source, overrides)
            .into_iter()
            .map(|(attribute, source, _)| {
                let expression = environment()
                    .compile_expression_owned(source.clone())
                    .map_err(|e| Error::MappingCompile {
                        attribute: attribute.clone(),
                        expression: source.clone(),
                        source: Box::new(e),
                    })?;
                Ok((attribute, source, expression))
            })
            .collect::<Result<_>>()?;
        Ok(InboundMapper { source, compiled })
    }

    fn eval(
        &self,
        attribute: &str,
        source: &str,
        expr: &Expression<'static, 'static>,
        read: &Value,
    ) -> std::result::Result<Value, MappingError> {
        let error = |message: String| MappingError {
            attribute: attribute.to_string(),
            expression: source.to_string(),
            message,
        };
        let value = expr
            .eval(BTreeMap::from([(self.source.variable(), read.clone())]))
            .map_err(|e| error(e.to_string()))?;
        check(attribute, &value).map_err(error)?;
        Ok(value)
    }

    /// The directory profile of one member or entry (as [`MemberView`] or
    /// [`super::entry::entry_value`] make it), or the first mapping that failed.
    pub(crate) fn profile(
        &self,
        read: &Value,
    ) -> std::result::Result<DirectoryProfile, MappingError> {
        let mut p = DirectoryProfile {
            email: String::new(),
            username: String::new(),
            given_name: String::new(),
            surname: String::new(),
            enabled: false,
            attributes: BTreeMap::new(),
        };
        for (attribute, source, expr) in &self.compiled {
            let value = self.eval(attribute, source, expr, read)?;
            let text = || value.as_str().unwrap_or_default().to_string();
            match attribute.as_str() {
                "email" => p.email = text(),
                "username" => p.username = text(),
                "given_name" => p.given_name = text(),
                "surname" => p.surname = text(),
                "enabled" => p.enabled = value.is_true(),
                other => {
                    let key = other.trim_start_matches(ATTRIBUTE_PREFIX).to_string();
                    p.attributes.insert(key, text());
                }
            }
        }
        Ok(p)
    }

    /// The attributes of its source the mappings read; `None` when one reads it whole.
    pub(crate) fn attributes_read(&self) -> Option<std::collections::BTreeSet<String>> {
        let mut all = std::collections::BTreeSet::new();
        for (_, _, expression) in &self.compiled {
            all.extend(super::attributes_of(expression, self.source.variable())?);
        }
        Some(all)
    }

    /// Every mapping's value or error for one member or entry, as `rule test-mapping`
    /// shows it.
    pub(crate) fn evaluate(&self, read: &Value) -> Vec<Evaluated> {
        let defaults = self.source.defaults();
        self.compiled
            .iter()
            .map(|(attribute, source, expr)| {
                let result = self.eval(attribute, source, expr, read);
                Evaluated {
                    attribute: attribute.clone(),
                    is_default: defaults.contains(&(attribute.as_str(), source.as_str())),
                    expression: source.clone(),
                    // Booleans in their JSON spelling, as the directory shows them.
                    value: result.as_ref().ok().map(|v| match v.as_str() {
                        Some(s) => s.to_string(),
                        None => serde_json::to_string(v).unwrap_or_else(|_| v.to_string()),
                    }),
                    error: result.err().map(|e| e.message),
                }
            })
            .collect()
    }
}

/// Checks one value against what the directory accepts for the attribute.
fn check(attribute: &str, value: &Value) -> std::result::Result<(), String> {
    if attribute == "enabled" {
        return match value.kind() {
            ValueKind::Bool => Ok(()),
            kind => Err(format!(
                "enabled expects a boolean, got {}",
                kind_name(kind)
            )),
        };
    }
    let Some(text) = value.as_str().filter(|_| value.kind() == ValueKind::String) else {
        return Err(format!(
            "{attribute} expects a string, got {}",
            kind_name(value.kind())
        ));
    };
    let checked = match attribute {
        "email" => validate_email(text),
        "username" => validate_username(text),
        "given_name" => validate_person_name("given_name", text),
        "surname" => validate_person_name("surname", text),
        _ => Ok(()),
    };
    checked.map_err(|e| format!("{attribute}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::MemberStatus;

    fn member(status: MemberStatus) -> Value {
        let m = Member {
            team_member_id: "dbmid:1".into(),
            email: "ann@example.com".into(),
            given_name: "Ann".into(),
            surname: "Lee".into(),
            external_id: None,
            status,
            groups: vec!["g:1".into()],
        };
        MemberView::new(&m, &[("g:1".to_string(), "Sales".to_string())].into()).value()
    }

    #[test]
    fn defaults_copy_the_profile_and_enable_only_active_members() {
        let mapper = InboundMapper::new(Source::Team, &BTreeMap::new()).unwrap();
        let p = mapper.profile(&member(MemberStatus::Active)).unwrap();
        assert_eq!(
            (
                p.email.as_str(),
                p.username.as_str(),
                p.given_name.as_str(),
                p.surname.as_str()
            ),
            ("ann@example.com", "ann@example.com", "Ann", "Lee")
        );
        assert!(p.enabled);
        assert!(
            !mapper
                .profile(&member(MemberStatus::Invited))
                .unwrap()
                .enabled
        );
        assert!(
            !mapper
                .profile(&member(MemberStatus::Suspended))
                .unwrap()
                .enabled
        );
    }

    #[test]
    fn overrides_reach_attributes_and_groups_and_are_checked() {
        let overrides: BTreeMap<String, String> = [
            (
                "attributes.team".to_string(),
                "member.groups | join(',')".to_string(),
            ),
            (
                "username".to_string(),
                "member.email | replace('@example.com', '')".to_string(),
            ),
        ]
        .into();
        let mapper = InboundMapper::new(Source::Team, &overrides).unwrap();
        let p = mapper.profile(&member(MemberStatus::Active)).unwrap();
        assert_eq!(p.username, "ann");
        assert_eq!(p.attributes["team"], "Sales");
        let bad: BTreeMap<String, String> =
            [("enabled".to_string(), "member.status".to_string())].into();
        let e = InboundMapper::new(Source::Team, &bad)
            .unwrap()
            .profile(&member(MemberStatus::Active))
            .unwrap_err();
        assert_eq!(e.attribute, "enabled");
        assert!(e.message.contains("expects a boolean"), "{}", e.message);
        let strict: BTreeMap<String, String> =
            [("surname".to_string(), "member.nosuch".to_string())].into();
        assert!(InboundMapper::new(Source::Team, &strict)
            .unwrap()
            .profile(&member(MemberStatus::Active))
            .is_err());
        assert!(target_name("status").is_err());
        assert!(target_name("attributes.").is_err());
    }
}

//! Attribute mappings: each Dropbox attribute is a minijinja expression over the directory
//! user (`user.email`, `user.attributes.department`, ...), evaluated with strict undefined,
//! and checked against the attribute's schema. A rule's mappings override the defaults
//! one attribute at a time.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::sync::OnceLock;

use minijinja::value::{Value, ValueKind};
use minijinja::{Environment, Expression, UndefinedBehavior};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::model::User;

pub(crate) mod entry;
pub(crate) mod inbound;

/// A Dropbox member attribute a rule maps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Target {
    Email,
    GivenName,
    Surname,
    ExternalId,
    Status,
}

impl Target {
    pub(crate) const ALL: [Target; 5] = [
        Target::Email,
        Target::GivenName,
        Target::Surname,
        Target::ExternalId,
        Target::Status,
    ];

    pub(crate) fn name(self) -> &'static str {
        match self {
            Target::Email => "email",
            Target::GivenName => "given_name",
            Target::Surname => "surname",
            Target::ExternalId => "external_id",
            Target::Status => "status",
        }
    }

    pub(crate) fn parse(name: &str) -> Result<Target> {
        Target::ALL
            .into_iter()
            .find(|t| t.name() == name.trim())
            .ok_or_else(|| Error::UnknownAttribute(name.to_string()))
    }

    /// The expression used when a rule does not map the attribute.
    pub(crate) fn default_expression(self) -> &'static str {
        match self {
            Target::Email => "user.email",
            Target::GivenName => "user.given_name",
            Target::Surname => "user.surname",
            // The directory id: a member dbxprov created can always be found again.
            Target::ExternalId => "user.id",
            Target::Status => "'active' if user.enabled else 'suspended'",
        }
    }

    /// Checks one evaluated value against the attribute's schema.
    fn check(self, value: &Value) -> std::result::Result<String, String> {
        let Some(text) = value.as_str().filter(|_| value.kind() == ValueKind::String) else {
            // JSON spelling (`false`, `null`), as the admin wrote the directory data.
            let shown = serde_json::to_string(value).unwrap_or_else(|_| value.to_string());
            return Err(format!(
                "{} expects a string, got {} ({shown})",
                self.name(),
                kind_name(value.kind())
            ));
        };
        let text = text.to_string();
        let checked = match self {
            Target::Email => dbx_spec::check_email(&text),
            Target::GivenName | Target::Surname => dbx_spec::check_name(&text),
            // An empty id would clear the member's instead of naming it.
            Target::ExternalId => dbx_spec::check_nonempty_external_id(&text),
            Target::Status => {
                if text != "active" && text != "suspended" {
                    return Err(format!(
                        "status must be 'active' or 'suspended', got {text:?}"
                    ));
                }
                Ok(())
            }
        };
        checked.map_err(|v| format!("{} {v}", self.name()))?;
        Ok(text)
    }
}

/// The first few of `names`, and how many more.
fn name_some(names: &[&str]) -> String {
    const SHOWN: usize = 3;
    let mut text = names[..names.len().min(SHOWN)].join(", ");
    if names.len() > SHOWN {
        text.push_str(&format!(" and {} more", names.len() - SHOWN));
    }
    text
}

pub(crate) fn kind_name(kind: ValueKind) -> &'static str {
    match kind {
        ValueKind::Undefined => "undefined",
        ValueKind::None => "none",
        ValueKind::Bool => "a boolean",
        ValueKind::Number => "a number",
        ValueKind::String => "a string",
        ValueKind::Seq => "a list",
        ValueKind::Map => "a map",
        _ => "a value",
    }
}

/// Whether the member should be active in Dropbox.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum WantedStatus {
    Active,
    Suspended,
}

impl WantedStatus {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            WantedStatus::Active => "active",
            WantedStatus::Suspended => "suspended",
        }
    }

    pub(crate) fn parse(s: &str) -> Option<WantedStatus> {
        match s {
            "active" => Some(WantedStatus::Active),
            "suspended" => Some(WantedStatus::Suspended),
            _ => None,
        }
    }
}

/// The Dropbox profile a directory user maps to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Profile {
    pub(crate) email: String,
    pub(crate) given_name: String,
    pub(crate) surname: String,
    pub(crate) external_id: String,
    pub(crate) status: WantedStatus,
}

/// A mapping that failed for one user: the user is Failed, the run goes on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub(crate) struct MappingError {
    pub(crate) attribute: String,
    pub(crate) expression: String,
    pub(crate) message: String,
}

impl fmt::Display for MappingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "mapping {} = {}: {}",
            self.attribute, self.expression, self.message
        )
    }
}

impl MappingError {
    /// The attribute and its default expression, when the failed mapping is not the
    /// default: going back to it is what to try.
    pub(crate) fn default_instead(&self) -> Option<(String, String)> {
        let target = Target::parse(&self.attribute).ok()?;
        (self.expression != target.default_expression()).then(|| {
            (
                self.attribute.to_string(),
                target.default_expression().to_string(),
            )
        })
    }
}

pub(crate) fn environment() -> &'static Environment<'static> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        env
    })
}

/// The attributes of `variable` an expression reads (`entry.mail` reads `mail`); `None`
/// when it reads the variable whole (`entry | items`, `entry[name]`), and so every
/// attribute may matter.
pub(crate) fn attributes_of(
    expression: &Expression<'static, 'static>,
    variable: &str,
) -> Option<BTreeSet<String>> {
    let mut attributes = BTreeSet::new();
    for used in expression.undeclared_variables(true) {
        match used.split_once('.') {
            Some((root, rest)) if root == variable => {
                attributes.insert(rest.split('.').next().unwrap_or(rest).to_string());
            }
            None if used == variable => return None,
            _ => {}
        }
    }
    Some(attributes)
}

/// A rule's scope filter: a minijinja expression over `user` that must be a boolean.
#[derive(Debug)]
pub(crate) struct Filter {
    source: String,
    expression: Expression<'static, 'static>,
}

impl Filter {
    pub(crate) fn new(source: &str) -> Result<Filter> {
        let expression = environment()
            .compile_expression_owned(source.to_string())
            .map_err(|e| Error::FilterCompile {
                filter: source.to_string(),
                source: Box::new(e),
            })?;
        Ok(Filter {
            source: source.to_string(),
            expression,
        })
    }

    /// Whether the user is in scope; an error when the expression fails or is not a boolean.
    pub(crate) fn matches(&self, user: &User) -> std::result::Result<bool, String> {
        self.holds(minijinja::context! { user => user })
    }

    /// Whether `value`, as the variable `name`, passes (an inbound rule's `member`).
    pub(crate) fn matches_as(
        &self,
        name: &str,
        value: &impl Serialize,
    ) -> std::result::Result<bool, String> {
        self.holds(Value::from_iter([(name, Value::from_serialize(value))]))
    }

    /// Whether `value`, as the variable `name`, passes, the value given as it is (an LDAP
    /// entry, whose attributes are found in any case).
    pub(crate) fn matches_value(
        &self,
        name: &str,
        value: &Value,
    ) -> std::result::Result<bool, String> {
        self.holds(Value::from_iter([(name, value.clone())]))
    }

    /// The attributes of `variable` the filter reads; `None` when it reads it whole.
    pub(crate) fn attributes_of(&self, variable: &str) -> Option<BTreeSet<String>> {
        attributes_of(&self.expression, variable)
    }

    /// What the filter reads of `user`, path by path (`user.attributes.dept`), each with
    /// its value for this user as JSON (`null` where the user has none): what makes the
    /// filter true or false for them.
    pub(crate) fn values_read(&self, user: &User) -> Vec<(String, serde_json::Value)> {
        let whole = serde_json::to_value(user).unwrap_or_default();
        let mut paths: Vec<String> = self
            .expression
            .undeclared_variables(true)
            .into_iter()
            .filter(|p| p.starts_with("user."))
            .collect();
        paths.sort();
        paths
            .into_iter()
            .map(|path| {
                let value = path
                    .split('.')
                    .skip(1)
                    .try_fold(&whole, |v, key| v.get(key))
                    .cloned()
                    .unwrap_or_default();
                (path, value)
            })
            .collect()
    }

    fn holds(&self, context: Value) -> std::result::Result<bool, String> {
        let value = self
            .expression
            .eval(context)
            .map_err(|e| format!("filter {}: {}", self.source, explained(&e, &self.source)))?;
        if value.kind() != ValueKind::Bool {
            return Err(format!(
                "filter {}: expected a boolean, got {}",
                self.source,
                kind_name(value.kind())
            ));
        }
        Ok(value.is_true())
    }
}

/// The fields of a directory user an expression reads as `user.NAME` beyond the columns
/// of a directory file.
const OTHER_USER_FIELDS: [&str; 5] = ["id", "attributes", "provenance", "created_at", "updated_at"];

fn is_user_field(name: &str) -> bool {
    crate::model::KNOWN_COLUMNS.contains(&name) || OTHER_USER_FIELDS.contains(&name)
}

/// An evaluation error, with the name it could not find when it is a `user.NAME` that is
/// not a field of a directory user (minijinja says only "undefined value").
fn explained(e: &minijinja::Error, source: &str) -> String {
    if e.kind() != minijinja::ErrorKind::UndefinedError {
        return e.to_string();
    }
    match unknown_user_field(source) {
        Some(name) => format!(
            "user.{name} is not a field of a directory user (an attribute is \
             user.attributes.{name}; a user may also lack that attribute: \
             user.attributes.{name} | default('') reads it as empty)"
        ),
        None => format!(
            "{e}: an attribute a user does not have? user.attributes.NAME | default('') \
             reads a missing one as empty"
        ),
    }
}

/// The first `user.NAME` in `source` that is not a field of a directory user.
fn unknown_user_field(source: &str) -> Option<&str> {
    let mut rest = source;
    while let Some(at) = rest.find("user.") {
        let before = rest[..at].chars().next_back();
        let after = &rest[at + 5..];
        let end = after
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(after.len());
        let name = &after[..end];
        let whole_word = !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.');
        if whole_word && !name.is_empty() && !is_user_field(name) {
            return Some(name);
        }
        rest = after;
    }
    None
}

/// The result of one mapping for one user, as `rule test-mapping` shows it.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct Evaluated {
    pub(crate) attribute: String,
    pub(crate) expression: String,
    pub(crate) is_default: bool,
    pub(crate) value: Option<String>,
    pub(crate) error: Option<String>,
}

/// A rule's mappings, compiled once per run.
#[derive(Debug)]
pub(crate) struct Mapper {
    compiled: Vec<(Target, String, Expression<'static, 'static>)>,
}

impl Mapper {
    /// Compiles the defaults overlaid with `overrides` (attribute name -> expression).
    pub(crate) fn new(overrides: &BTreeMap<String, String>) -> Result<Mapper> {
        for name in overrides.keys() {
            Target::parse(name)?;
        }
        let mut compiled = Vec::new();
        for target in Target::ALL {
            let source = overrides
                .get(target.name())
                .cloned()
                .unwrap_or_else(|| target.default_expression().to_string());
            let expression = environment()
                .compile_expression_owned(source.clone())
                .map_err(|e| Error::MappingCompile {
                    attribute: target.name().to_string(),
                    expression: source.clone(),
                    source: Box::new(e),
                })?;
            compiled.push((target, source, expression));
        }
        Ok(Mapper { compiled })
    }

    fn eval(
        &self,
        target: Target,
        source: &str,
        expr: &Expression<'static, 'static>,
        user: &User,
    ) -> std::result::Result<String, MappingError> {
        let error = |message: String| MappingError {
            attribute: target.name().to_string(),
            expression: source.to_string(),
            message,
        };
        let value = expr
            .eval(minijinja::context! { user => user })
            .map_err(|e| error(explained(&e, source)))?;
        target.check(&value).map_err(error)
    }

    /// The profile of one user, or the first mapping that failed.
    pub(crate) fn profile(&self, user: &User) -> std::result::Result<Profile, MappingError> {
        let mut values = BTreeMap::new();
        for (target, source, expr) in &self.compiled {
            values.insert(*target, self.eval(*target, source, expr, user)?);
        }
        let mut take = |t: Target| values.remove(&t).unwrap_or_default();
        Ok(Profile {
            email: take(Target::Email),
            given_name: take(Target::GivenName),
            surname: take(Target::Surname),
            external_id: take(Target::ExternalId),
            status: if take(Target::Status) == "active" {
                WantedStatus::Active
            } else {
                WantedStatus::Suspended
            },
        })
    }

    /// The profiles of `users`, in order. Email and external id each identify one member
    /// of the team, so a value that several users map to fails every one of them, naming
    /// the others: which of them should get the member is not for dbxprov to guess.
    pub(crate) fn profiles(
        &self,
        users: &[User],
    ) -> Vec<std::result::Result<Profile, MappingError>> {
        let mut profiles: Vec<_> = users.iter().map(|u| self.profile(u)).collect();
        for target in [Target::Email, Target::ExternalId] {
            let mut holders: HashMap<String, Vec<usize>> = HashMap::new();
            for (i, p) in profiles.iter().enumerate() {
                if let Ok(p) = p {
                    let key = match target {
                        Target::Email => p.email.to_lowercase(),
                        _ => p.external_id.clone(),
                    };
                    holders.entry(key).or_default().push(i);
                }
            }
            for shared in holders.into_values().filter(|h| h.len() > 1) {
                for &i in &shared {
                    let others: Vec<&str> = shared
                        .iter()
                        .filter(|&&j| j != i)
                        .map(|&j| users[j].email.as_str())
                        .collect();
                    profiles[i] = Err(MappingError {
                        attribute: target.name().to_string(),
                        expression: self.source(target).to_string(),
                        message: format!(
                            "{} other {} to the same {} ({}); Dropbox needs it unique",
                            others.len(),
                            if others.len() == 1 {
                                "user maps"
                            } else {
                                "users map"
                            },
                            target.name(),
                            name_some(&others)
                        ),
                    });
                }
            }
        }
        profiles
    }

    fn source(&self, target: Target) -> &str {
        self.compiled
            .iter()
            .find(|(t, _, _)| *t == target)
            .map_or("", |(_, source, _)| source.as_str())
    }

    /// Every mapping's value or error for one user.
    pub(crate) fn evaluate(&self, user: &User) -> Vec<Evaluated> {
        self.compiled
            .iter()
            .map(|(target, source, expr)| {
                let result = self.eval(*target, source, expr, user);
                Evaluated {
                    attribute: target.name().to_string(),
                    is_default: source == target.default_expression(),
                    expression: source.clone(),
                    value: result.as_ref().ok().cloned(),
                    error: result.err().map(|e| e.message),
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests;

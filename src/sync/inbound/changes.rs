//! What an update of a directory user changes: the fields that differ from what the
//! mappings make of its member or entry, named for the journal and applied to the user.

use serde::{Deserialize, Serialize};

use super::origin::Origin;
use crate::model::{Change, User};

/// The fields of a directory user an update changes; `None` leaves a field alone.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct DirectoryChanges {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) username: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) given_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) surname: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) enabled: Option<bool>,
    /// Mapped attributes that differ (others are kept).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) attributes: Vec<(String, String)>,
    /// The user was moved out of the rule's population: it goes back.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) population: Option<String>,
    /// The member came back to the team under a new id: the user follows it.
    #[serde(skip_serializing_if = "Option::is_none", alias = "team_member_id")]
    pub(crate) source_id: Option<String>,
}

impl DirectoryChanges {
    /// Each field it changes, from what `user` has to what it writes (the link to the
    /// source named as `origin` names it; its old value is not the user's).
    pub(crate) fn against(&self, user: &User, origin: Origin) -> Vec<Change> {
        let change = |attribute: &str, old: Option<String>, new: Option<String>| Change {
            attribute: attribute.to_string(),
            old,
            new,
        };
        let mut out = Vec::new();
        for (attribute, old, new) in [
            ("email", &user.email, &self.email),
            ("username", &user.username, &self.username),
            ("given_name", &user.given_name, &self.given_name),
            ("surname", &user.surname, &self.surname),
            ("population", &user.population, &self.population),
        ] {
            if let Some(new) = new {
                out.push(change(attribute, Some(old.clone()), Some(new.clone())));
            }
        }
        if let Some(enabled) = self.enabled {
            let old = Some(user.enabled.to_string());
            out.push(change("enabled", old, Some(enabled.to_string())));
        }
        for (name, value) in &self.attributes {
            let old = user.attributes.get(name).cloned();
            out.push(change(
                &format!("attributes.{name}"),
                old,
                Some(value.clone()),
            ));
        }
        if let Some(source) = &self.source_id {
            out.push(change(origin.link(), None, Some(source.clone())));
        }
        out
    }

    pub(crate) fn is_empty(&self) -> bool {
        *self == DirectoryChanges::default()
    }

    /// Why it is written, as a sentence: `the given name and the surname differ from the
    /// entry's in LDAP`; `the entry came back under a new anchor` when only the link moves.
    pub(super) fn reason(&self, origin: Origin) -> String {
        let words: Vec<String> = self
            .fields(origin)
            .into_iter()
            .filter(|f| f != origin.link())
            .map(|f| match f.as_str() {
                "email" => "the email address".to_string(),
                "given_name" => "the given name".to_string(),
                "enabled" => "whether it is enabled".to_string(),
                other => match other.strip_prefix("attributes.") {
                    Some(name) => format!("the attribute {name}"),
                    None => format!("the {other}"),
                },
            })
            .collect();
        let relinked = self.source_id.is_some();
        let came_back = format!(
            "the {} came back under a new {}",
            origin.one(),
            origin.link()
        );
        if words.is_empty() {
            return came_back;
        }
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        let verb = if words.len() == 1 {
            "differs"
        } else {
            "differ"
        };
        let mut reason = format!(
            "{} {verb} from {}",
            crate::model::listed(&words),
            origin.source()
        );
        if relinked {
            reason.push_str(&format!("; {came_back}"));
        }
        reason
    }

    /// The fields that change, by name (the link to the source named as `origin` names
    /// it: a team's member id, an LDAP entry's anchor).
    pub(super) fn fields(&self, origin: super::origin::Origin) -> Vec<String> {
        let mut f: Vec<String> = [
            ("email", self.email.is_some()),
            ("username", self.username.is_some()),
            ("given_name", self.given_name.is_some()),
            ("surname", self.surname.is_some()),
            ("enabled", self.enabled.is_some()),
            ("population", self.population.is_some()),
            (origin.link(), self.source_id.is_some()),
        ]
        .into_iter()
        .filter(|(_, set)| *set)
        .map(|(n, _)| n.to_string())
        .collect();
        f.extend(
            self.attributes
                .iter()
                .map(|(k, _)| format!("attributes.{k}")),
        );
        f
    }

    pub(super) fn apply(&self, user: &mut User) {
        crate::model::set(&mut user.email, &self.email);
        crate::model::set(&mut user.username, &self.username);
        crate::model::set(&mut user.given_name, &self.given_name);
        crate::model::set(&mut user.surname, &self.surname);
        crate::model::set(&mut user.enabled, &self.enabled);
        crate::model::set(&mut user.population, &self.population);
        user.attributes.extend(self.attributes.iter().cloned());
    }
}

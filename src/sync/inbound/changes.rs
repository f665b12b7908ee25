//! What an update of a directory user changes: the fields that differ from what the
//! mappings make of its member or entry, named for the journal and applied to the user.

use serde::{Deserialize, Serialize};

use crate::model::User;

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
    pub(crate) fn is_empty(&self) -> bool {
        *self == DirectoryChanges::default()
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

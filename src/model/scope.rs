//! The OAuth scopes of a Dropbox app: the ones dbxprov uses, which of them a rule or a
//! connection needs and what for, and what is known of the scopes one refresh token
//! holds. A refresh token keeps the scopes it was granted when it was authorized, and
//! Dropbox's refresh answers do not say which they are: they are known from the
//! authorization-code exchange, or found out by asking (see `dropbox::scopes`).

use serde::{Deserialize, Serialize};

/// A scope dbxprov may need.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub(crate) enum Scope {
    #[serde(rename = "team_info.read")]
    TeamInfoRead,
    #[serde(rename = "members.read")]
    MembersRead,
    #[serde(rename = "members.write")]
    MembersWrite,
    #[serde(rename = "members.delete")]
    MembersDelete,
    #[serde(rename = "groups.read")]
    GroupsRead,
    #[serde(rename = "groups.write")]
    GroupsWrite,
}

impl Scope {
    pub(crate) const ALL: [Scope; 6] = [
        Scope::TeamInfoRead,
        Scope::MembersRead,
        Scope::MembersWrite,
        Scope::MembersDelete,
        Scope::GroupsRead,
        Scope::GroupsWrite,
    ];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Scope::TeamInfoRead => "team_info.read",
            Scope::MembersRead => "members.read",
            Scope::MembersWrite => "members.write",
            Scope::MembersDelete => "members.delete",
            Scope::GroupsRead => "groups.read",
            Scope::GroupsWrite => "groups.write",
        }
    }
}

impl std::fmt::Display for Scope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A scope something needs, and what for (`"provisioning groups (rule \"staff\")"`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScopeNeed {
    pub(crate) scope: Scope,
    pub(crate) needed_for: String,
}

/// Adds `scope` for `why` to `needs`, joining the reasons of a scope needed twice.
pub(crate) fn need(needs: &mut Vec<ScopeNeed>, scope: Scope, why: &str) {
    match needs.iter_mut().find(|n| n.scope == scope) {
        Some(n) if !n.needed_for.split("; ").any(|w| w == why) => {
            n.needed_for.push_str("; ");
            n.needed_for.push_str(why);
        }
        Some(_) => {}
        None => needs.push(ScopeNeed {
            scope,
            needed_for: why.to_string(),
        }),
    }
}

/// Every need of `lists`, each scope once (its reasons joined), in the order of
/// [`Scope::ALL`].
pub(crate) fn merge_needs(lists: impl IntoIterator<Item = Vec<ScopeNeed>>) -> Vec<ScopeNeed> {
    let mut needs = Vec::new();
    for list in lists {
        for n in list {
            for why in n.needed_for.split("; ") {
                need(&mut needs, n.scope, why);
            }
        }
    }
    needs.sort_by_key(|n| n.scope);
    needs
}

/// How the scopes of a refresh token became known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum ScopeSource {
    /// Dropbox's answer to the authorization-code exchange that issued the token.
    Authorization,
    /// Asked route by route (`connection test`, or a run that did not know).
    Probe,
}

/// What is known of the scopes of one refresh token.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct GrantedScopes {
    /// A fingerprint of the refresh token these are the scopes of (a truncated hash, not
    /// the token): another token (a new authorization, an environment override) may hold
    /// others, and is asked again.
    #[serde(skip_serializing, default)]
    pub(crate) token: String,
    /// The scopes known to be granted.
    pub(crate) granted: Vec<String>,
    /// The scopes known not to be granted (a probe asked for them and was refused).
    #[serde(default)]
    pub(crate) refused: Vec<String>,
    pub(crate) source: ScopeSource,
    #[serde(with = "crate::model::as_rfc3339")]
    pub(crate) at: i64,
}

impl GrantedScopes {
    /// Whether `scope` is granted (`Some(true)`), refused, or not known.
    pub(crate) fn knows(&self, scope: Scope) -> Option<bool> {
        let s = scope.as_str();
        if self.granted.iter().any(|g| g == s) {
            return Some(true);
        }
        // The authorization answer lists every scope granted: one it does not list is not.
        if self.source == ScopeSource::Authorization || self.refused.iter().any(|r| r == s) {
            return Some(false);
        }
        None
    }

    /// The needs these scopes do not meet, and the scopes whose grant is not known.
    pub(crate) fn check<'a>(&self, needs: &'a [ScopeNeed]) -> (Vec<&'a ScopeNeed>, Vec<Scope>) {
        let mut missing = Vec::new();
        let mut unknown = Vec::new();
        for n in needs {
            match self.knows(n.scope) {
                Some(true) => {}
                Some(false) => missing.push(n),
                None => unknown.push(n.scope),
            }
        }
        (missing, unknown)
    }

    /// These scopes with what a probe found for `probed` added.
    pub(crate) fn with_probe(mut self, probed: &[(Scope, bool)], at: i64) -> GrantedScopes {
        for (scope, granted) in probed {
            let s = scope.as_str().to_string();
            self.granted.retain(|g| *g != s);
            self.refused.retain(|r| *r != s);
            if *granted {
                self.granted.push(s);
            } else {
                self.refused.push(s);
            }
        }
        self.granted.sort();
        self.refused.sort();
        self.at = at;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Direction, Rule, UserActions};

    fn outbound(provision_groups: Vec<String>) -> Rule {
        Rule {
            id: 1,
            name: "staff".into(),
            direction: Direction::Outbound,
            connection: "prod".into(),
            enabled: true,
            populations: vec!["Staff".into()],
            groups: Vec::new(),
            filter: None,
            mappings: Default::default(),
            max_deletes: None,
            provision_groups,
            adopt_existing_groups: false,
            exclusive_group_membership: false,
            sync_only_active: false,
            take_external_ids: false,
            ldap: None,
            created_at: 0,
            updated_at: 0,
        }
    }

    fn scopes(needs: &[ScopeNeed]) -> Vec<&'static str> {
        needs.iter().map(|n| n.scope.as_str()).collect()
    }

    #[test]
    fn groups_are_needed_only_by_rules_that_provision_or_read_them() {
        let actions = UserActions::default();
        let plain = outbound(Vec::new());
        assert_eq!(
            scopes(&plain.required_scopes(&actions)),
            [
                "team_info.read",
                "members.read",
                "members.write",
                "members.delete"
            ]
        );
        let grouped = outbound(vec!["g-1".into()]);
        let needs = grouped.required_scopes(&actions);
        assert!(scopes(&needs).ends_with(&["groups.read", "groups.write"]));
        assert!(needs[5].needed_for.contains("rule \"staff\""));
        let mut inbound = Rule {
            direction: Direction::Inbound,
            ..outbound(Vec::new())
        };
        assert_eq!(scopes(&inbound.required_scopes(&actions)), ["members.read"]);
        inbound.mappings.insert(
            "attributes.teams".into(),
            "member.groups | join(',')".into(),
        );
        assert_eq!(
            scopes(&inbound.required_scopes(&actions)),
            ["members.read", "groups.read"]
        );
        let read_only = UserActions {
            create_users: false,
            update_users: false,
            disable_users: false,
            deprovision_users: false,
            ..actions
        };
        assert_eq!(
            scopes(&read_only.required_scopes()),
            ["team_info.read", "members.read"]
        );
    }

    #[test]
    fn needs_merge_by_scope_and_known_scopes_say_what_is_missing() {
        let merged = merge_needs([
            outbound(vec!["g".into()]).required_scopes(&UserActions::default()),
            Rule {
                name: "other".into(),
                ..outbound(vec!["g".into()])
            }
            .required_scopes(&UserActions::default()),
        ]);
        let write = merged
            .iter()
            .find(|n| n.scope == Scope::GroupsWrite)
            .unwrap();
        assert_eq!(
            write.needed_for,
            "provisioning groups (rule \"staff\"); provisioning groups (rule \"other\")"
        );
        let probed = GrantedScopes {
            token: "t".into(),
            granted: vec!["members.read".into()],
            refused: vec!["groups.write".into()],
            source: ScopeSource::Probe,
            at: 0,
        };
        let (missing, unknown) = probed.check(&merged);
        assert_eq!(
            missing.iter().map(|n| n.scope).collect::<Vec<_>>(),
            [Scope::GroupsWrite]
        );
        assert!(unknown.contains(&Scope::GroupsRead));
        let authorized = GrantedScopes {
            source: ScopeSource::Authorization,
            ..probed.clone()
        };
        let (missing, unknown) = authorized.check(&merged);
        assert!(unknown.is_empty(), "an authorization lists every scope");
        assert_eq!(missing.len(), merged.len() - 1);
        let updated = probed.with_probe(&[(Scope::GroupsWrite, true)], 5);
        assert_eq!(updated.knows(Scope::GroupsWrite), Some(true));
        assert_eq!(updated.at, 5);
    }
}

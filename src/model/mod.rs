//! The things dbxprov manages, as plain data (serde, no I/O), with the rules that make
//! a value valid.

mod directory;
mod group;
mod invalid;
mod ldap;
mod names;
mod notify;
mod quarantine;
mod rule;
mod run;
mod scope;
mod secret;
mod sync;
mod time;

pub(crate) use directory::*;
pub(crate) use group::*;
pub(crate) use invalid::*;
pub(crate) use ldap::*;
pub(crate) use names::did_you_mean;
pub(crate) use notify::*;
pub(crate) use quarantine::*;
pub(crate) use rule::*;
pub(crate) use run::*;
pub(crate) use scope::*;
pub use secret::*;
pub(crate) use sync::*;
pub(crate) use time::*;

use serde::{Deserialize, Serialize};

pub(crate) const DEFAULT_SERVICE_URI: &str = "https://api.dropboxapi.com/2";
pub(crate) const DEFAULT_TOKEN_ENDPOINT: &str = "https://api.dropboxapi.com/oauth2/token";
pub(crate) const DEFAULT_AUTHORIZE_URL: &str = "https://www.dropbox.com/oauth2/authorize";

/// Overwrites `field` with `value` when there is one: how a patch (a set of optional
/// changes) applies to a value.
pub(crate) fn set<T: Clone>(field: &mut T, value: &Option<T>) {
    if let Some(v) = value {
        *field = v.clone();
    }
}

/// What happens to a Dropbox member when its directory user is deprovisioned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum RemoveAction {
    /// `members/remove`: the member leaves the team.
    Delete,
    /// `members/suspend`: reversible; the member keeps its data.
    Disable,
}

impl RemoveAction {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            RemoveAction::Delete => "delete",
            RemoveAction::Disable => "disable",
        }
    }
}

/// The user actions of a connection (PingOne's "User Actions" and the safety settings
/// admins ask for). Defaults are the safe ones: deprovisioning suspends, never wipes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct UserActions {
    pub(crate) create_users: bool,
    pub(crate) update_users: bool,
    pub(crate) disable_users: bool,
    pub(crate) deprovision_users: bool,
    pub(crate) remove_action: RemoveAction,
    /// Staged removal (`--remove-action suspend-then-delete`): a leaver suspended by the
    /// remove action is removed once out of scope this many days (a suspended member
    /// holds a license). Older versions ignore it and keep leavers suspended.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) remove_after_days: Option<u32>,
    pub(crate) deprovision_on_rule_deletion: bool,
    pub(crate) wipe_data: bool,
    pub(crate) keep_account: bool,
    pub(crate) transfer_dest: Option<String>,
    /// Admin told of errors while files are transferred; Dropbox requires one with a
    /// transfer destination.
    pub(crate) transfer_admin: Option<String>,
    pub(crate) send_welcome_email: bool,
}

impl Default for UserActions {
    fn default() -> Self {
        UserActions {
            create_users: true,
            update_users: true,
            disable_users: true,
            deprovision_users: true,
            remove_action: RemoveAction::Disable,
            remove_after_days: None,
            deprovision_on_rule_deletion: false,
            wipe_data: false,
            keep_account: false,
            transfer_dest: None,
            transfer_admin: None,
            send_welcome_email: true,
        }
    }
}

impl UserActions {
    /// Rejects the combinations PingOne does not allow and the ones Dropbox refuses.
    pub(crate) fn validate(&self) -> Result<(), Invalid> {
        use ActionConflict::*;
        let conflict = if self.disable_users && !self.update_users {
            Some(DisableNeedsUpdate)
        } else if self.deprovision_users
            && self.remove_action == RemoveAction::Disable
            && !self.disable_users
        {
            Some(RemoveByDisableNeedsDisable)
        } else if self.remove_after_days.is_some() && self.remove_action != RemoveAction::Disable {
            Some(RemoveAfterNeedsSuspend)
        } else if self.keep_account && self.wipe_data {
            Some(KeepAccountAndWipe)
        } else if self.keep_account && self.transfer_dest.is_some() {
            Some(KeepAccountAndTransfer)
        } else {
            None
        };
        if let Some(c) = conflict {
            return Err(Invalid::Actions(c));
        }
        let transfer_email = |role, email: &str| {
            dbx_spec::check_email(email)
                .map_err(|violation| Invalid::TransferEmail { role, violation })
        };
        if let Some(dest) = &self.transfer_dest {
            transfer_email(TransferRole::Destination, dest)?;
            if self.transfer_admin.is_none() {
                return Err(Invalid::Actions(TransferNeedsAdmin));
            }
        }
        if let Some(admin) = &self.transfer_admin {
            transfer_email(TransferRole::Admin, admin)?;
        }
        Ok(())
    }
}

impl UserActions {
    /// The scopes an outbound run needs for what these actions let it do.
    pub(crate) fn required_scopes(&self) -> Vec<ScopeNeed> {
        let mut needs = Vec::new();
        need(
            &mut needs,
            Scope::TeamInfoRead,
            "reading the team's licenses",
        );
        need(&mut needs, Scope::MembersRead, "reading the team");
        if self.create_users || self.update_users || self.disable_users {
            need(
                &mut needs,
                Scope::MembersWrite,
                "creating, updating and suspending members",
            );
        }
        if self.create_users {
            // A user back within 7 days of its removal gets its member back: Dropbox
            // refuses to add the address again meanwhile.
            need(
                &mut needs,
                Scope::MembersDelete,
                "recovering removed members",
            );
        }
        let removes =
            self.remove_action == RemoveAction::Delete || self.remove_after_days.is_some();
        if self.deprovision_users && removes {
            need(
                &mut needs,
                Scope::MembersDelete,
                "removing members and recovering removed ones",
            );
        }
        if self.deprovision_users || self.disable_users {
            // Invited members cannot be suspended: deprovisioning or disabling removes them.
            need(
                &mut needs,
                Scope::MembersDelete,
                "removing invited members, which cannot be suspended",
            );
        }
        needs
    }
}

impl Rule {
    /// The scopes a run of this rule needs, given its connection's `actions`.
    pub(crate) fn required_scopes(&self, actions: &UserActions) -> Vec<ScopeNeed> {
        let mut needs = Vec::new();
        let rule = format!("rule {:?}", self.name);
        match self.direction {
            Direction::Inbound => {
                need(&mut needs, Scope::MembersRead, "reading the team");
                if self.reads_group_names() {
                    let why = format!("reading the names of members' groups ({rule})");
                    need(&mut needs, Scope::GroupsRead, &why);
                }
            }
            Direction::Outbound => {
                needs = actions.required_scopes();
                if !self.provision_groups.is_empty() {
                    let why = format!("provisioning groups ({rule})");
                    need(&mut needs, Scope::GroupsRead, &why);
                    need(&mut needs, Scope::GroupsWrite, &why);
                }
            }
        }
        needs
    }
}

/// Changes to [`UserActions`] as given on the command line: `None` leaves a field alone.
/// `connection create` applies it to the defaults, `connection update` to what is stored.
#[derive(Clone, Debug, Default)]
pub(crate) struct UserActionsPatch {
    pub(crate) create_users: Option<bool>,
    pub(crate) update_users: Option<bool>,
    pub(crate) disable_users: Option<bool>,
    pub(crate) deprovision_users: Option<bool>,
    pub(crate) remove_action: Option<RemoveAction>,
    /// `Some(None)` clears it (no staged removal).
    pub(crate) remove_after_days: Option<Option<u32>>,
    pub(crate) deprovision_on_rule_deletion: Option<bool>,
    pub(crate) wipe_data: Option<bool>,
    pub(crate) keep_account: Option<bool>,
    /// `Some(None)` clears it.
    pub(crate) transfer_dest: Option<Option<String>>,
    /// `Some(None)` clears it.
    pub(crate) transfer_admin: Option<Option<String>>,
    pub(crate) send_welcome_email: Option<bool>,
}

impl UserActionsPatch {
    /// The actions with this patch applied, validated.
    pub(crate) fn apply(&self, base: &UserActions) -> Result<UserActions, Invalid> {
        let mut a = base.clone();
        set(&mut a.create_users, &self.create_users);
        set(&mut a.update_users, &self.update_users);
        set(&mut a.disable_users, &self.disable_users);
        set(&mut a.deprovision_users, &self.deprovision_users);
        set(&mut a.remove_action, &self.remove_action);
        // Days alone change a staged removal's; they do not turn one on.
        let days_alone = self.remove_action.is_none() && base.remove_after_days.is_none();
        if days_alone && matches!(self.remove_after_days, Some(Some(_))) {
            return Err(Invalid::Actions(ActionConflict::RemoveAfterNeedsSuspend));
        }
        set(&mut a.remove_after_days, &self.remove_after_days);
        set(
            &mut a.deprovision_on_rule_deletion,
            &self.deprovision_on_rule_deletion,
        );
        set(&mut a.wipe_data, &self.wipe_data);
        set(&mut a.keep_account, &self.keep_account);
        set(&mut a.transfer_dest, &self.transfer_dest);
        set(&mut a.transfer_admin, &self.transfer_admin);
        set(&mut a.send_welcome_email, &self.send_welcome_email);
        a.validate()?;
        Ok(a)
    }
}

/// The outcome of the last connection test, as PingOne shows a connection valid or not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum ConnectionStatus {
    Untested,
    Valid,
    Invalid,
}

impl ConnectionStatus {
    const ALL: [ConnectionStatus; 3] = [
        ConnectionStatus::Untested,
        ConnectionStatus::Valid,
        ConnectionStatus::Invalid,
    ];

    /// The stored spelling back as a status.
    pub(crate) fn parse(text: &str) -> Option<ConnectionStatus> {
        Self::ALL.into_iter().find(|v| v.as_str() == text)
    }

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            ConnectionStatus::Untested => "untested",
            ConnectionStatus::Valid => "valid",
            ConnectionStatus::Invalid => "invalid",
        }
    }
}

/// What the last `connection test` saw (stored as JSON: missing fields take their
/// defaults, unknown ones are ignored).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct TestRecord {
    #[serde(with = "crate::model::as_rfc3339")]
    pub(crate) at: i64,
    pub(crate) ok: bool,
    pub(crate) team_name: Option<String>,
    pub(crate) error: Option<String>,
    #[serde(default)]
    pub(crate) missing_scopes: Vec<String>,
}

/// One Dropbox team that dbxprov provisions, or one LDAP directory it reads.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Connection {
    pub(crate) name: String,
    #[serde(default)]
    pub(crate) kind: ConnectionKind,
    pub(crate) description: Option<String>,
    /// The Dropbox API's base URL, or the directory's `ldap[s]://` URL.
    pub(crate) service_uri: String,
    /// How an LDAP connection binds and searches (`None` for Dropbox).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) ldap: Option<LdapSettings>,
    pub(crate) token_endpoint: String,
    pub(crate) client_id: String,
    pub(crate) enabled: bool,
    pub(crate) actions: UserActions,
    pub(crate) status: ConnectionStatus,
    pub(crate) last_test: Option<TestRecord>,
    /// Where its secrets were stored when it was created, so that later commands (and
    /// cron) find them without being told; `None` for connections older than this
    /// record (the store `DBXPROV_SECRET_STORE` names, as then).
    pub(crate) secret_store: Option<SecretStoreKind>,
    /// What is known of the scopes its refresh token holds (`None`: nothing yet).
    pub(crate) scopes: Option<GrantedScopes>,
    /// The Dropbox team it reaches, once a test or a run read it: a team has one
    /// connection, so that one member is never claimed by two rules.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) team_id: Option<String>,
    /// Unix seconds.
    #[serde(with = "crate::model::as_rfc3339")]
    pub(crate) created_at: i64,
    #[serde(with = "crate::model::as_rfc3339")]
    pub(crate) updated_at: i64,
}

/// Connection names become keyring keys and environment-variable names: keep them plain.
pub(crate) fn validate_connection_name(name: &str) -> Result<(), Invalid> {
    validate_plain_name("connection", name)
}

/// Notifier names are keys in the secret store and environment-variable names.
pub(crate) fn validate_notifier_name(name: &str) -> Result<(), Invalid> {
    validate_plain_name("notifier", name)
}

/// Rule names follow the connection names' rules: they appear in commands, cron lines and
/// messages, and must never be able to name a path.
pub(crate) fn validate_rule_name(name: &str) -> Result<(), Invalid> {
    validate_plain_name("rule", name)
}

fn validate_plain_name(what: &'static str, name: &str) -> Result<(), Invalid> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if ok {
        Ok(())
    } else {
        Err(Invalid::Name {
            what,
            name: name.to_string(),
        })
    }
}

/// A service URI or token endpoint: `https`, or `http` only on a loopback host.
/// Returns it without a trailing slash.
pub(crate) fn validate_endpoint(endpoint: Endpoint, uri: &str) -> Result<String, Invalid> {
    let invalid = |problem| Invalid::Url {
        endpoint,
        uri: uri.to_string(),
        problem,
    };
    let parsed = reqwest::Url::parse(uri).map_err(|source| Invalid::UrlUnparsable {
        endpoint,
        uri: uri.to_string(),
        source,
    })?;
    let loopback = is_loopback_url(&parsed);
    match parsed.scheme() {
        "https" => {}
        "http" if loopback => {}
        "http" => return Err(invalid(UrlProblem::PlainHttp)),
        other => return Err(invalid(UrlProblem::Scheme(other.to_string()))),
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(invalid(UrlProblem::QueryOrFragment));
    }
    Ok(uri.trim_end_matches('/').to_string())
}

/// An address Dropbox accepts (`dbx_spec`: its pattern and length). The error does not
/// repeat the address.
pub(crate) fn validate_email(email: &str) -> Result<(), Invalid> {
    dbx_spec::check_email(email).map_err(Invalid::Email)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changed_fields_read_as_a_sentence() {
        assert_eq!(listed(&["a"]), "a");
        assert_eq!(listed(&["a", "b", "c"]), "a, b and c");
        let one = ProfileChanges {
            given_name: Some("Benjamin".into()),
            ..ProfileChanges::default()
        };
        assert_eq!(one.in_words(), "the given name differs");
        let two = ProfileChanges {
            email: Some("b@x.co".into()),
            surname: Some("Park".into()),
            ..ProfileChanges::default()
        };
        assert_eq!(two.in_words(), "the email address and the surname differ");
    }

    #[test]
    fn action_dependencies_follow_pingone() {
        let ok = UserActions::default();
        assert!(ok.validate().is_ok());
        let no_update = UserActions {
            update_users: false,
            ..UserActions::default()
        };
        assert!(matches!(
            no_update.validate(),
            Err(Invalid::Actions(ActionConflict::DisableNeedsUpdate))
        ));
        let disable_without_disable_users = UserActions {
            disable_users: false,
            ..UserActions::default()
        };
        assert!(matches!(
            disable_without_disable_users.validate(),
            Err(Invalid::Actions(
                ActionConflict::RemoveByDisableNeedsDisable
            ))
        ));
        let delete_without_disable = UserActions {
            disable_users: false,
            remove_action: RemoveAction::Delete,
            ..UserActions::default()
        };
        assert!(delete_without_disable.validate().is_ok());
        let keep_and_wipe = UserActions {
            keep_account: true,
            wipe_data: true,
            ..UserActions::default()
        };
        assert!(keep_and_wipe.validate().is_err());
        let keep_and_transfer = UserActions {
            keep_account: true,
            transfer_dest: Some("a@b.co".into()),
            transfer_admin: Some("admin@b.co".into()),
            ..UserActions::default()
        };
        assert!(keep_and_transfer.validate().is_err());
        let transfer_without_admin = UserActions {
            transfer_dest: Some("a@b.co".into()),
            ..UserActions::default()
        };
        assert!(transfer_without_admin.validate().is_err());
    }

    #[test]
    fn connection_settings_stored_today_and_by_other_versions_read_back() {
        let actions = r#"{"create_users":true,"update_users":true,"disable_users":true,"deprovision_users":true,"remove_action":"disable","deprovision_on_rule_deletion":false,"wipe_data":false,"keep_account":false,"transfer_dest":null,"transfer_admin":null,"send_welcome_email":true}"#;
        let read: UserActions = serde_json::from_str(actions).unwrap();
        assert_eq!(read, UserActions::default());
        let test = r#"{"at":1796191328,"ok":true,"team_name":"Emulated Team","error":null,"missing_scopes":[]}"#;
        let read: TestRecord = serde_json::from_str(test).unwrap();
        assert_eq!(read.team_name.as_deref(), Some("Emulated Team"));
        let later: UserActions =
            serde_json::from_str(r#"{"wipe_data":true,"sync_groups":true}"#).unwrap();
        assert!(later.wipe_data && later.create_users);
        let older: TestRecord = serde_json::from_str(r#"{"at":5,"ok":false,"extra":1}"#).unwrap();
        assert_eq!(
            (older.at, older.ok, older.missing_scopes.len()),
            (5, false, 0)
        );
    }

    #[test]
    fn endpoints_need_https_off_loopback() {
        assert_eq!(
            validate_endpoint(Endpoint::ServiceUri, "https://api.dropboxapi.com/2/").unwrap(),
            "https://api.dropboxapi.com/2"
        );
        assert!(validate_endpoint(Endpoint::ServiceUri, "http://127.0.0.1:8080/2").is_ok());
        assert!(validate_endpoint(Endpoint::ServiceUri, "http://[::1]:8080/2").is_ok());
        assert!(validate_endpoint(Endpoint::ServiceUri, "http://localhost/2").is_ok());
        assert!(validate_endpoint(Endpoint::ServiceUri, "http://api.example.com/2").is_err());
        assert!(validate_endpoint(Endpoint::ServiceUri, "http://127.0.0.1.example.com/2").is_err());
        assert!(validate_endpoint(Endpoint::ServiceUri, "ftp://127.0.0.1/2").is_err());
        assert!(validate_endpoint(Endpoint::ServiceUri, "not a url").is_err());
    }

    #[test]
    fn names_and_emails() {
        assert!(validate_connection_name("prod-eu_1.x").is_ok());
        assert!(validate_connection_name("").is_err());
        assert!(validate_connection_name("-x").is_err());
        assert!(validate_connection_name("a b").is_err());
        assert!(validate_rule_name("staff-eu.2").is_ok());
        assert!(validate_rule_name("a/b").is_err());
        assert!(validate_rule_name("..").is_err());
        assert!(validate_email("a.b@example.com").is_ok());
        for bad in [
            "a@b",
            "@b.com",
            "a@@b.com",
            "a!b@example.com",
            "josé@example.com",
            "c@example.c",
        ] {
            let message = validate_email(bad).unwrap_err().to_string();
            assert!(
                message.starts_with("email is not an address Dropbox accepts"),
                "{message}"
            );
            assert!(!message.contains(bad), "{message}");
        }
    }
}

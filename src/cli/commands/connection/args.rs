//! The flags `connection create` and `connection update` share: settings, user actions,
//! and where secrets come from (file, stdin, prompt, environment).

use super::super::flag_pair;
use crate::cli::error::CliError;
use crate::cli::secret_input::{read_secret, SecretSource};
use crate::model::{RemoveAction, UserActionsPatch};
use crate::secrets::{Secret, SecretKind};
use crate::settings::Settings;
use clap::{Args, ValueEnum};
use std::path::PathBuf;

#[derive(Clone, Copy, Debug, ValueEnum)]
pub(crate) enum RemoveActionArg {
    /// Remove the member from the team (members/remove).
    Delete,
    /// Suspend the member (members/suspend): reversible.
    Disable,
    /// Suspend the member at once, remove it once out of scope --remove-after days
    /// (default 30): a suspended member still holds a license.
    SuspendThenDelete,
}
/// The user actions (`docs/design.md`), each as a `--x` / `--no-x` pair; the last one given wins.
#[derive(Args, Debug, Default)]
#[command(next_help_heading = "User actions")]
pub(crate) struct UserActionArgs {
    /// Create Dropbox members for directory users in scope [default: on]
    #[arg(long, overrides_with = "no_create_users")]
    create_users: bool,
    /// Do not create members (new users in scope stay unsynced).
    #[arg(long, overrides_with = "create_users", hide_short_help = true)]
    no_create_users: bool,
    /// Update members whose directory profile changed [default: on]
    #[arg(long, overrides_with = "no_update_users")]
    update_users: bool,
    /// Do not update members (changed profiles stay partially synced).
    #[arg(long, overrides_with = "update_users", hide_short_help = true)]
    no_update_users: bool,
    /// Suspend members whose directory user is disabled; needs --update-users [default: on]
    #[arg(long, overrides_with = "no_disable_users")]
    disable_users: bool,
    /// Do not suspend members of disabled users.
    #[arg(long, overrides_with = "disable_users", hide_short_help = true)]
    no_disable_users: bool,
    /// Deprovision members whose user left the scope or the directory [default: on]
    #[arg(long, overrides_with = "no_deprovision_users")]
    deprovision_users: bool,
    /// Leave the members of users that left alone.
    #[arg(long, overrides_with = "deprovision_users", hide_short_help = true)]
    no_deprovision_users: bool,
    /// How to deprovision: delete (remove from the team), disable (suspend, needs
    /// --disable-users) or suspend-then-delete (suspend, remove after --remove-after
    /// days) [default: disable]
    #[arg(long, value_enum, value_name = "ACTION")]
    remove_action: Option<RemoveActionArg>,
    /// With suspend-then-delete: the days a leaver stays suspended before it is removed
    /// [default: 30]
    #[arg(long, value_name = "DAYS", value_parser = clap::value_parser!(u32).range(1..=3650))]
    remove_after: Option<u32>,
    /// Deprovision a rule's members when the rule is deleted [default: off]
    #[arg(long, overrides_with = "no_deprovision_on_rule_deletion")]
    deprovision_on_rule_deletion: bool,
    /// Deleting a rule only forgets its links.
    #[arg(
        long,
        overrides_with = "deprovision_on_rule_deletion",
        hide_short_help = true
    )]
    no_deprovision_on_rule_deletion: bool,
    /// Wipe the devices of suspended and removed members [default: off]
    #[arg(long, overrides_with = "no_wipe_data")]
    wipe_data: bool,
    /// Keep the devices of suspended and removed members as they are.
    #[arg(long, overrides_with = "wipe_data", hide_short_help = true)]
    no_wipe_data: bool,
    /// Removed members keep their account as a Basic account [default: off]
    #[arg(long, overrides_with = "no_keep_account")]
    keep_account: bool,
    /// Removed members lose their account.
    #[arg(long, overrides_with = "keep_account", hide_short_help = true)]
    no_keep_account: bool,
    /// Member (email) who receives the files of removed members [default: none]
    #[arg(long, value_name = "EMAIL")]
    transfer_dest: Option<String>,
    /// Stop transferring the files of removed members
    #[arg(long, conflicts_with = "transfer_dest", hide_short_help = true)]
    no_transfer_dest: bool,
    /// Team admin (email) told of errors while files are transferred; required with
    /// --transfer-dest [default: none]
    #[arg(long, value_name = "EMAIL")]
    transfer_admin: Option<String>,
    /// Clear the transfer admin
    #[arg(long, conflicts_with = "transfer_admin", hide_short_help = true)]
    no_transfer_admin: bool,
    /// Send Dropbox's welcome email to new members [default: on]
    #[arg(long, overrides_with = "no_welcome_email", hide_short_help = true)]
    welcome_email: bool,
    /// Do not send Dropbox's welcome email to new members
    #[arg(long, overrides_with = "welcome_email")]
    no_welcome_email: bool,
}
impl UserActionArgs {
    /// The staged removal's days: `suspend-then-delete` sets them (30 unless
    /// `--remove-after` says), `delete` and `disable` clear them, `--remove-after` alone
    /// sets them (checked against the remove action it meets).
    fn remove_after_days(&self) -> Option<Option<u32>> {
        match (self.remove_action, self.remove_after) {
            (Some(RemoveActionArg::SuspendThenDelete), days) => {
                Some(Some(days.unwrap_or(DEFAULT_REMOVE_AFTER_DAYS)))
            }
            (Some(_), None) => Some(None),
            (_, Some(days)) => Some(Some(days)),
            (None, None) => None,
        }
    }
}

/// The days a staged removal waits when `--remove-after` does not say: as long as
/// Dropbox's own Entra app keeps leavers suspended.
const DEFAULT_REMOVE_AFTER_DAYS: u32 = 30;

/// `--x VALUE` sets, `--no-x` clears, neither leaves alone.
fn optional_value(value: &Option<String>, clear: bool) -> Option<Option<String>> {
    match (value, clear) {
        (Some(v), _) => Some(Some(v.clone())),
        (None, true) => Some(None),
        (None, false) => None,
    }
}
impl UserActionArgs {
    pub(crate) fn patch(&self) -> UserActionsPatch {
        UserActionsPatch {
            create_users: flag_pair(self.create_users, self.no_create_users),
            update_users: flag_pair(self.update_users, self.no_update_users),
            disable_users: flag_pair(self.disable_users, self.no_disable_users),
            deprovision_users: flag_pair(self.deprovision_users, self.no_deprovision_users),
            remove_action: self.remove_action.map(|a| match a {
                RemoveActionArg::Delete => RemoveAction::Delete,
                RemoveActionArg::Disable | RemoveActionArg::SuspendThenDelete => {
                    RemoveAction::Disable
                }
            }),
            remove_after_days: self.remove_after_days(),
            deprovision_on_rule_deletion: flag_pair(
                self.deprovision_on_rule_deletion,
                self.no_deprovision_on_rule_deletion,
            ),
            wipe_data: flag_pair(self.wipe_data, self.no_wipe_data),
            keep_account: flag_pair(self.keep_account, self.no_keep_account),
            transfer_dest: optional_value(&self.transfer_dest, self.no_transfer_dest),
            transfer_admin: optional_value(&self.transfer_admin, self.no_transfer_admin),
            send_welcome_email: flag_pair(self.welcome_email, self.no_welcome_email),
        }
    }
}
/// Where the team is and how to authenticate: the flags `create` and `update` share.
#[derive(Args, Debug)]
pub(crate) struct SettingsArgs {
    /// Free text shown by `connection show` ('' clears it).
    #[arg(long, value_name = "TEXT")]
    pub(crate) description: Option<String>,
    /// Base URL of the Dropbox API [at creation: https://api.dropboxapi.com/2]
    #[arg(long, value_name = "URI")]
    pub(crate) service_uri: Option<String>,
    /// OAuth token endpoint [at creation: https://api.dropboxapi.com/oauth2/token]
    #[arg(long, value_name = "URI")]
    pub(crate) token_endpoint: Option<String>,
    /// File holding the client secret ('-' for stdin). At creation without it:
    /// DBXPROV_CLIENT_SECRET, else a hidden prompt on a terminal.
    #[arg(long, value_name = "FILE")]
    pub(crate) client_secret_file: Option<PathBuf>,
    /// File holding the refresh token ('-' for stdin). At creation without it:
    /// DBXPROV_REFRESH_TOKEN, else a hidden prompt; with none, create with --no-test
    /// and run `connection authorize`.
    #[arg(long, value_name = "FILE")]
    pub(crate) refresh_token_file: Option<PathBuf>,
}
impl SettingsArgs {
    /// The client secret and refresh token given. At creation they may also come from
    /// the environment or a prompt; on update only from their files.
    /// `settings` is what the environment set: its creation secrets count at creation.
    pub(crate) fn read_secrets(
        &self,
        at_creation: bool,
        settings: &Settings,
    ) -> anyhow::Result<(Option<Secret>, Option<Secret>)> {
        let stdin = |p: &Option<PathBuf>| p.as_ref().is_some_and(|p| p.as_os_str() == "-");
        if stdin(&self.client_secret_file) && stdin(&self.refresh_token_file) {
            return Err(CliError::config("only one secret can come from stdin ('-')")
                .with_hint("put the other one in a file, or in DBXPROV_CLIENT_SECRET / DBXPROV_REFRESH_TOKEN")
                .into());
        }
        let read = |kind, file: &Option<PathBuf>| {
            read_secret(SecretSource {
                kind,
                file: file.as_deref(),
                environment: at_creation.then_some(settings),
                prompt: at_creation,
            })
        };
        Ok((
            read(SecretKind::ClientSecret, &self.client_secret_file)?,
            read(SecretKind::RefreshToken, &self.refresh_token_file)?,
        ))
    }
}
/// How an LDAP connection reaches its directory: the flags `create --kind ldap` and
/// `update` share.
#[derive(Args, Debug, Default)]
#[command(next_help_heading = "LDAP and Active Directory (--kind ldap)")]
pub(crate) struct LdapArgs {
    /// The directory: ldaps://HOST[:PORT], or ldap://HOST[:PORT] with --starttls (clear
    /// text only to this machine)
    #[arg(long, value_name = "URL")]
    pub(crate) url: Option<String>,
    /// The DN dbxprov binds as: a reader (its password is never a flag)
    #[arg(long, value_name = "DN")]
    pub(crate) bind_dn: Option<String>,
    /// Where rules search unless they say otherwise
    #[arg(long, value_name = "DN")]
    pub(crate) base_dn: Option<String>,
    /// Upgrade ldap:// with StartTLS before binding
    #[arg(long, overrides_with = "no_starttls")]
    pub(crate) starttls: bool,
    /// Do not use StartTLS (ldaps://, or a server on this machine)
    #[arg(long, overrides_with = "starttls", hide_short_help = true)]
    pub(crate) no_starttls: bool,
    /// PEM file of the CA that signed the server's certificate [default: the system's
    /// roots]
    #[arg(long, value_name = "PEM")]
    pub(crate) ca_file: Option<PathBuf>,
    /// Check the server's certificate against the system's roots again
    #[arg(long, conflicts_with = "ca_file", hide_short_help = true)]
    pub(crate) no_ca_file: bool,
    /// Entries a page asks for [default: 500; Active Directory caps a page at 1000]
    #[arg(long, value_name = "N")]
    pub(crate) page_size: Option<u32>,
    /// File holding the bind password ('-' for stdin). At creation without it:
    /// DBXPROV_BIND_PASSWORD, else a hidden prompt
    #[arg(long, value_name = "FILE")]
    pub(crate) bind_password_file: Option<PathBuf>,
}

impl LdapArgs {
    /// Whether any of these flags was given.
    pub(crate) fn any(&self) -> bool {
        self.url.is_some()
            || self.bind_dn.is_some()
            || self.base_dn.is_some()
            || self.starttls
            || self.no_starttls
            || self.ca_file.is_some()
            || self.no_ca_file
            || self.page_size.is_some()
            || self.bind_password_file.is_some()
    }

    /// The bind password given: its file or stdin; at creation also
    /// `DBXPROV_BIND_PASSWORD` or a hidden prompt.
    pub(crate) fn read_password(
        &self,
        at_creation: bool,
        settings: &Settings,
    ) -> anyhow::Result<Option<Secret>> {
        read_secret(SecretSource {
            kind: SecretKind::BindPassword,
            file: self.bind_password_file.as_deref(),
            environment: at_creation.then_some(settings),
            prompt: at_creation,
        })
    }
}

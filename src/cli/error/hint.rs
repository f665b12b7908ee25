//! The words for a core error: its message where it differs from the plain statement
//! (settings named by their flags), the lines that belong to it, and what to do about it
//! (the hint), in terms of commands and flags.

use crate::dropbox::{ApiError, AuthError};
use crate::error::{Error, Thing, Untrusted};
use crate::model::{ActionConflict, Blocked, Invalid, SecretKind, TransferRole};
use crate::settings::Settings;

/// The words for a core error that differ from its plain statement: settings named by
/// the flags that set them.
pub(super) fn message(e: &Error) -> Option<String> {
    Some(match e {
        Error::Invalid(Invalid::Actions(c)) => match c {
            ActionConflict::DisableNeedsUpdate => "--disable-users needs --update-users",
            ActionConflict::RemoveByDisableNeedsDisable => {
                "--remove-action disable needs --disable-users"
            }
            ActionConflict::KeepAccountAndWipe => {
                "--keep-account and --wipe-data cannot be combined (Dropbox: cannot_keep_account_and_delete_data)"
            }
            ActionConflict::KeepAccountAndTransfer => {
                "--keep-account and --transfer-dest cannot be combined (Dropbox: cannot_keep_account_and_transfer)"
            }
            ActionConflict::TransferNeedsAdmin => "--transfer-dest needs --transfer-admin",
            ActionConflict::RemoveAfterNeedsSuspend => {
                "--remove-after needs --remove-action suspend-then-delete"
            }
        }
        .to_string(),
        Error::Invalid(Invalid::TransferEmail { role, violation }) => {
            let flag = match role {
                TransferRole::Destination => "--transfer-dest",
                TransferRole::Admin => "--transfer-admin",
            };
            format!("{flag}: email {violation}")
        }
        Error::Invalid(Invalid::DeleteLimit(text)) => {
            format!("--max-deletes {text:?} is not a count or a percentage")
        }
        Error::Invalid(Invalid::DeleteLimitRange(text)) => format!(
            "--max-deletes {text:?}: a percentage is a share of the rule's members, between 0% and 100%"
        ),
        Error::EmptyScope => "a rule needs a scope: at least one --population or --group".into(),
        _ => return None,
    })
}

/// Lines that belong to the message (one per bad row of an import, say).
pub(super) fn details(e: &Error) -> Vec<String> {
    match e {
        Error::ImportRejected { problems, .. } | Error::RuleFailsEveryone { problems, .. } => {
            problems.clone()
        }
        _ => Vec::new(),
    }
}

/// What to do about it.
pub(super) fn hint(e: &Error, settings: &Settings) -> Option<String> {
    Some(match e {
        Error::Invalid(invalid) => return invalid_hint(invalid),
        Error::NotFound {
            thing,
            name,
            similar,
        } => match similar {
            Some(close) => format!("did you mean {close:?}? ({})", not_found_hint(*thing, name)),
            None => not_found_hint(*thing, name),
        },
        Error::AlreadyExists {
            thing: Thing::Connection,
            ..
        } => "choose another name, or change it with `dbxprov connection update`".into(),
        Error::InUse {
            thing: Thing::Population,
            ..
        } => "change those rules first (`dbxprov rule update RULE --population ...`)".into(),
        Error::InUse { .. } => "delete those rules first (`dbxprov rule delete RULE`)".into(),
        Error::AmbiguousUser { .. } => "name the user by id".into(),
        Error::PopulationNotEmpty { name, .. } => format!(
            "move them first (`dbxprov directory user set USER --population OTHER`), or list them with \
             `dbxprov directory user list --population {name}`"
        ),
        Error::UnknownFormat { .. } => "pass --format csv or --format json".into(),
        Error::ImportRejected {
            unknown_population: true,
            ..
        } => "fix the file and import again; --create-populations creates populations it names, \
              `dbxprov directory population create NAME` one at a time"
            .into(),
        Error::ImportRejected { .. } => {
            "fix the file and import again (--dry-run checks a file without changing anything)"
                .into()
        }
        Error::EmptyScope => "--population Default takes every user of the default population".into(),
        Error::UnknownAttribute(_) => {
            "the attributes are email, given_name, surname, external_id and status".into()
        }
        // Rules: said by [`rule_hint`].
        Error::RuleFailsEveryone { .. }
        | Error::NotProvisioned { .. }
        | Error::DeprovisionFailed { .. }
        | Error::SecondConnectionToTeam { .. }
        | Error::RuleWouldOrphan { .. }
        | Error::RuleBlocked { .. }
        | Error::Bidirectional { .. }
        | Error::InboundPopulation { .. }
        | Error::NotForInbound { .. }
        | Error::NotForOutbound { .. }
        | Error::UnknownInboundAttribute { .. } => return rule_hint(e),
        Error::PlanChanged { .. } | Error::NotApprovable { .. } | Error::NotUndoable { .. } => {
            return approval_hint(e)
        }
        // Homes, runs, connections and their secrets: said by [`home_or_run_hint`].
        Error::UntrustedHome { .. }
        | Error::EmptyDatabase { .. }
        | Error::NotAHome { .. }
        | Error::NoSuchMember { .. }
        | Error::UnknownRules { .. }
        | Error::NoRules { .. }
        | Error::RuleLocked { .. }
        | Error::ConnectionBusy { .. }
        | Error::GuardStopped { .. }
        | Error::ItemsFailed { .. }
        | Error::EnvOverridesShared { .. }
        | Error::NoRefreshTokenToTest { .. }
        | Error::ConnectionTestFailed { .. }
        | Error::NoAuthorizationCode
        | Error::NotDelivered { .. }
        | Error::CodeRefused { .. }
        | Error::MissingScopes { .. }
        | Error::NoRefreshTokenReturned
        | Error::Dropbox { .. }
        | Error::Ldap { .. }
        | Error::UnknownSecretStore { .. }
        | Error::MissingSecret { .. }
        | Error::KeyringUnavailable { .. }
        | Error::SecretsFileExposed { .. }
        | Error::SchemaTooNew { .. }
        | Error::SchemaTooOldToRead { .. }
        | Error::UnreadableLog { .. }
        | Error::HomeReadOnly { .. }
        | Error::NoHome { .. } => return home_or_run_hint(e, settings),
        // Their statement says it all (named one by one, so that a new variant is
        // thought about).
        Error::AlreadyExists { .. }
        | Error::WrongConnectionKind { .. }
        | Error::DuplicateUser { .. }
        | Error::DefaultPopulation
        | Error::ImportOpen { .. }
        | Error::Export { .. }
        | Error::FilterCompile { .. }
        | Error::MappingCompile { .. }
        | Error::NotSecretsFile { .. }
        | Error::Database { .. }
        | Error::File { .. } => return None,
    })
}

/// What to do about an error of a rule (the variants [`hint`] hands over).
fn rule_hint(e: &Error) -> Option<String> {
    Some(match e {
        Error::RuleFailsEveryone {
            default_mapping: Some((attribute, expression)),
            ..
        } => format!("the default mapping is --map \"{attribute}={expression}\""),
        Error::RuleFailsEveryone { .. } => {
            "fix the mapping or filter; `dbxprov rule test-mapping` shows one user's values".into()
        }
        Error::NotProvisioned { rule, .. } => {
            format!("`dbxprov rule show {rule}` lists the groups it provisions")
        }
        Error::DeprovisionFailed { rule, .. } => format!(
            "`dbxprov sync status {rule} --users --state failed` (and `--groups`) says why; then \
             `dbxprov rule delete {rule} --deprovision` again"
        ),
        Error::SecondConnectionToTeam { other, .. } => format!(
            "a team has one connection, shared by all the rules that provision it (so that a \
             member is never managed by two rules): create the rules on connection {other:?}, \
             or delete it first (`dbxprov connection delete {other}`)"
        ),
        Error::RuleWouldOrphan { rule, held, .. } if held.unknown > 0 => format!(
            "run `dbxprov sync run {rule}` first: it settles the unknown operations from the team; \
             then delete the rule (with --deprovision if its members should go) and create one on \
             the other connection"
        ),
        Error::RuleWouldOrphan { .. } => "delete the rule (with --deprovision if they should go) \
                                          and create one on the other connection"
            .into(),
        Error::RuleBlocked { rule, reason } => blocked_hint(rule, reason),
        Error::Bidirectional { .. } => "pass --allow-bidirectional to create it anyway: outbound \
             rules then never re-create in Dropbox a member an inbound rule brought in (they leave \
             those users to it), and inbound rules never take over a user another source owns"
            .into(),
        Error::InboundPopulation { .. } => "name it with --population P".into(),
        Error::NotForInbound { rule, what } if what.contains("sync explain") => format!(
            "`dbxprov rule test-mapping {rule} MEMBER` shows how it maps a member or entry, and \
             `sync run {rule} --dry-run` its plan with a reason per operation"
        ),
        Error::NotForInbound { rule, what } if what.contains("sync run --user") => format!(
            "run it whole: `dbxprov sync run {rule}` (`--dry-run` shows its plan first)"
        ),
        Error::NotForInbound { .. } | Error::NotForOutbound { .. } => {
            "`dbxprov rule create inbound --help` and `rule create outbound --help` list what each takes".into()
        }
        Error::UnknownInboundAttribute(_) => {
            "inbound rules map email, username, given_name, surname, enabled and attributes.NAME".into()
        }
        _ => return None,
    })
}

/// What to do about an error of the home, of a run, or of a connection and its
/// secrets (the variants [`hint`] hands over).
fn home_or_run_hint(e: &Error, settings: &Settings) -> Option<String> {
    Some(match e {
        Error::UntrustedHome { .. }
        | Error::EmptyDatabase { .. }
        | Error::NotAHome { .. }
        | Error::SchemaTooNew { .. }
        | Error::SchemaTooOldToRead { .. }
        | Error::UnreadableLog { .. }
        | Error::HomeReadOnly { .. }
        | Error::NoHome { .. } => return home_hint(e),
        Error::UnknownRules {
            similar: Some(close),
            ..
        } => format!("did you mean {close:?}? (`dbxprov rule list` shows the rules)"),
        Error::UnknownRules { .. } => "`dbxprov rule list` shows the rules".into(),
        Error::NoRules { .. } => "check --home (or DBXPROV_HOME); `dbxprov rule create outbound` \
             creates a rule"
            .into(),
        Error::NoSuchMember { connection } => {
            format!("inbound rules test a member of the team by email; `dbxprov sync run --dry-run` of the rule lists the members it reads from {connection:?}")
        }
        Error::RuleLocked { .. } => "wait for it to finish; `dbxprov sync history` shows runs".into(),
        Error::ConnectionBusy { .. } => "the next run tries again; a holder that never ends \
             (a process stopped with Ctrl-Z, say) has to be resumed or ended (its pid is above)"
            .into(),
        Error::GuardStopped(stop) => guard_hint(stop),
        Error::ItemsFailed { rule, .. } => {
            format!("`dbxprov sync status {rule} --users --state failed` lists them")
        }
        Error::EnvOverridesShared { .. } => {
            "choose a name that differs in more than punctuation or case".into()
        }
        Error::NoRefreshTokenToTest { connection } => format!(
            "give one (--refresh-token-file or DBXPROV_REFRESH_TOKEN), or create it with --no-test \
             and then run `dbxprov connection authorize {connection}`"
        ),
        Error::ConnectionTestFailed { source, .. }
            if matches!(
                source.as_ref(),
                Error::Ldap { source, .. } if matches!(source.as_ref(), crate::ldap::LdapError::Tls { .. })
            ) =>
        {
            "nothing was saved; give the CA that signed the server's certificate with --ca-file CA.pem"
                .into()
        }
        Error::ConnectionTestFailed { .. } => "nothing was saved; fix the settings and run the same \
             command again, or add --allow-invalid to save it anyway (refused credentials block its \
             rules until `dbxprov connection test` passes; an unreachable service does not)"
            .into(),
        Error::NoAuthorizationCode => {
            "open the URL, approve the app, and paste the code it shows".into()
        }
        Error::NotDelivered { notifier, .. } => format!(
            "check the receiver is up and the URL or server right (`dbxprov notify list`); \
             `dbxprov notify remove {notifier}` and add it again to change it"
        ),
        Error::CodeRefused(_) => {
            "codes are single-use and short-lived: run `dbxprov connection authorize` again".into()
        }
        Error::MissingScopes { connection, .. } => scopes_hint(connection),
        Error::NoRefreshTokenReturned => {
            "the authorize URL must ask for token_access_type=offline; check --authorize-url".into()
        }
        Error::Dropbox { connection, source } => {
            return api_hint(source, connection.as_deref().unwrap_or("NAME"), settings)
        }
        Error::Ldap { connection, source } => {
            return super::ldap_hint::ldap_hint(source, connection, settings)
        }
        Error::UnknownSecretStore(_) => {
            "use DBXPROV_SECRET_STORE=keyring (the default) or DBXPROV_SECRET_STORE=file".into()
        }
        Error::MissingSecret {
            connection,
            secret: SecretKind::RefreshToken,
            var,
            ..
        } => format!("run `dbxprov connection authorize {connection}` to obtain one, or set {var}"),
        Error::MissingSecret {
            connection, var, ..
        } => format!(
            "set it with `dbxprov connection update {connection} --client-secret-file FILE`, or set {var}"
        ),
        Error::KeyringUnavailable(_) => {
            "start or unlock a Secret Service (e.g. gnome-keyring or KeePassXC) in this session, \
             or set DBXPROV_SECRET_STORE=file to keep secrets in a 0600 file in the home \
             (for cron, DBXPROV_<NAME>_CLIENT_SECRET and DBXPROV_<NAME>_REFRESH_TOKEN override both)"
                .into()
        }
        Error::SecretsFileExposed { path, .. } => format!(
            "run `chmod 600 {}` if nobody else could have read it; otherwise rotate the secrets",
            path.display()
        ),
        _ => return None,
    })
}

/// What to do about a home that cannot be used as it is.
fn home_hint(e: &Error) -> Option<String> {
    Some(match e {
        Error::UntrustedHome {
            path,
            why: Untrusted::Writable(_),
        } => format!(
            "make it private: `chmod go-w {}` (and check that no one replaced its files)",
            path.display()
        ),
        Error::UntrustedHome { path, .. } => format!(
            "run dbxprov as the user who owns the home, or make it yours: `chown $(id -u) {}` \
             (after checking that no one replaced it)",
            path.display()
        ),
        Error::EmptyDatabase { .. } => "restore it from a backup of the home; delete it only \
             to start again with nothing (connections, rules and the directory are in it)"
            .into(),
        Error::NotAHome { .. } => "point --home (or DBXPROV_HOME) at an existing dbxprov home, \
             or at a new or empty directory to start one"
            .into(),
        Error::SchemaTooNew { .. } => "upgrade dbxprov, or use another --home".into(),
        Error::SchemaTooOldToRead { .. } => "run any command as the user who owns the home \
             (it upgrades the database), or read it with the dbxprov that wrote it"
            .into(),
        Error::UnreadableLog { .. } => "copy the whole home (all its dbxprov.db files) to a \
             directory you can write and read the copy, or read it as its owner"
            .into(),
        Error::HomeReadOnly { .. } => "run it as the user who owns the home, on a writable \
             copy of it; commands that only read (`sync status`, `sync history`, lists) \
             work as they are"
            .into(),
        Error::NoHome { .. } => "check --home (or DBXPROV_HOME); `dbxprov setup` or \
             `dbxprov connection create` creates a home"
            .into(),
        _ => return None,
    })
}

/// What to do when a stopped run's plan cannot be approved.
fn approval_hint(e: &Error) -> Option<String> {
    Some(match e {
        Error::PlanChanged { rule, .. } => format!(
            "`dbxprov sync run {rule} --dry-run` shows the plan now; `sync run {rule}` stops it \
             again if it still trips the guard, and that run can be approved"
        ),
        Error::NotApprovable { .. } => "`dbxprov sync history` shows the runs awaiting \
             approval; `sync run RULE --dry-run` the plan now"
            .into(),
        Error::NotUndoable { .. } => "`dbxprov sync history` lists the runs; `sync show RUN` \
             what one did"
            .into(),
        _ => return None,
    })
}

pub(super) fn invalid_hint(e: &Invalid) -> Option<String> {
    Some(match e {
        Invalid::Actions(ActionConflict::DisableNeedsUpdate) => {
            "disabling a user is an update: pass --update-users, or --no-disable-users"
        }
        Invalid::Actions(ActionConflict::RemoveByDisableNeedsDisable) => {
            "pass --disable-users (which needs --update-users), or --remove-action delete"
        }
        Invalid::Actions(ActionConflict::KeepAccountAndTransfer) => {
            "a kept account keeps its files; a transfer moves them to another member"
        }
        Invalid::Actions(ActionConflict::TransferNeedsAdmin) => {
            "Dropbox requires an admin who is told of errors while files are transferred: --transfer-admin EMAIL"
        }
        Invalid::Actions(ActionConflict::RemoveAfterNeedsSuspend) => {
            "--remove-action delete removes leavers at once; suspend-then-delete suspends them and removes them later"
        }
        Invalid::Name { .. } => {
            "use 1 to 64 letters, digits, '-', '_' or '.', starting with a letter or digit"
        }
        Invalid::Url {
            problem: crate::model::UrlProblem::PlainHttp,
            ..
        } => "tokens would travel unencrypted: use https (http is allowed only on 127.0.0.1, ::1 or localhost)",
        Invalid::Ldap(crate::model::LdapProblem::Cleartext(_)) => {
            "use ldaps://HOST (port 636) or --starttls; clear text is allowed only to 127.0.0.1, ::1 or localhost"
        }
        Invalid::DeleteLimit(_) | Invalid::DeleteLimitRange(_) => {
            "use a count such as 25, or a share of the linked members such as 5%"
        }
        Invalid::Actions(ActionConflict::KeepAccountAndWipe)
        | Invalid::TransferEmail { .. }
        | Invalid::Url { .. }
        | Invalid::UrlUnparsable { .. }
        | Invalid::Email(_)
        | Invalid::PersonName { .. }
        | Invalid::Username(_)
        | Invalid::CollectionNameSpaces { .. }
        | Invalid::CollectionNameCharacters { .. }
        | Invalid::EmptyAttribute
        | Invalid::AttributeIsField(_)
        | Invalid::EmptyClientId
        | Invalid::Ldap(_)
        | Invalid::NotForKind { .. }
        | Invalid::Notifier(_) => return None,
    }
    .to_string())
}

/// What unblocks a rule.
pub(crate) fn blocked_hint(rule: &str, reason: &Blocked) -> String {
    match reason {
        Blocked::RuleDisabled => format!("`dbxprov rule enable {rule}` enables it"),
        Blocked::ConnectionMissing(_) => "`dbxprov connection list` shows the connections".into(),
        Blocked::ConnectionDisabled(c) => format!("`dbxprov connection enable {c}` enables it"),
        Blocked::ConnectionInvalid(c) => {
            format!("fix its credentials, then run `dbxprov connection test {c}`")
        }
    }
}

pub(super) fn not_found_hint(thing: Thing, name: &str) -> String {
    match thing {
        Thing::Connection => "`dbxprov connection list` shows the connections".into(),
        Thing::Rule => "`dbxprov rule list` shows the rules".into(),
        Thing::Population => format!(
            "`dbxprov directory population list` shows them; \
             `dbxprov directory population create {name}` creates it"
        ),
        Thing::Group => "`dbxprov directory group list` shows the groups".into(),
        Thing::User => {
            "name a user by id, email or username; `dbxprov directory user list` shows them".into()
        }
        Thing::Run => "`dbxprov sync history` lists the runs".into(),
        Thing::Notifier => "`dbxprov notify list` shows the notifiers".into(),
    }
}

pub(super) fn guard_hint(stop: &crate::error::GuardStop) -> String {
    // An empty scope trips with nothing to deprovision: the allowance is then the linked.
    let deletes = stop
        .allow_deletes_needed
        .or((stop.allow_changes_needed.is_none()).then_some(stop.deprovisions))
        .map(|n| format!(" --allow-deletes {n}"));
    let changes = stop
        .allow_changes_needed
        .map(|n| format!(" --allow-changes {n}"));
    let next = format!(
        "`dbxprov sync run {}{}{}`",
        stop.rule,
        deletes.unwrap_or_default(),
        changes.unwrap_or_default()
    );
    // Groups and memberships only: no member is deprovisioned.
    let removal = if stop.deprovisions > stop.allowed || stop.empty_scope {
        "deprovision"
    } else {
        "removal"
    };
    let what = match (stop.allow_deletes_needed, stop.allow_changes_needed) {
        (_, None) => removal.to_string(),
        (None, Some(_)) => "change".to_string(),
        (Some(_), Some(_)) => format!("{removal} and change"),
    };
    if stop.dry_run {
        format!("the plan above lists every {what}; if it is right, run {next}")
    } else {
        format!(
            "`dbxprov sync run {} --dry-run` lists every planned {what}; if it is right, run {next}",
            stop.rule
        )
    }
}

/// How to grant an app a scope: a refresh token keeps the scopes it was issued with.
pub(crate) fn scopes_hint(connection: &str) -> String {
    format!(
        "tick the scope in the Dropbox App Console (the app's Permissions tab), then run \
         `dbxprov connection authorize {connection}`: a refresh token keeps the scopes it was \
         issued with, so only a new one carries them"
    )
}

/// What to do about a failed Dropbox call of `connection`.
pub(super) fn api_hint(e: &ApiError, connection: &str, settings: &Settings) -> Option<String> {
    let overridden = |kind| crate::secrets::overridden_by(settings, connection, kind);
    Some(match e {
        ApiError::InvalidGrant { .. } => match overridden(SecretKind::RefreshToken) {
            Some(var) => override_hint(&var, "refresh token", connection),
            None => format!(
                "obtain a new refresh token with `dbxprov connection authorize {connection}`"
            ),
        },
        ApiError::InvalidClient { .. } if overridden(SecretKind::ClientSecret).is_some() => {
            let var = overridden(SecretKind::ClientSecret).unwrap_or_default();
            let hint = override_hint(&var, "client secret", connection);
            format!("{hint}; if the secret is right, check the client id (app key)")
        }
        ApiError::InvalidClient { .. } => format!(
            "check the client id (app key) and set the client secret again with \
             `dbxprov connection update {connection} --client-id ID --client-secret-file FILE`"
        ),
        ApiError::Auth {
            error: AuthError::MissingScope { .. },
            ..
        } => return Some(scopes_hint(connection)),
        ApiError::Network { .. } => format!(
            "check the service URI and token endpoint (`dbxprov connection show {connection}`) and the network"
        ),
        ApiError::RateLimited { .. } | ApiError::Server { .. } => {
            "Dropbox is busy or failing; try again later".into()
        }
        ApiError::Auth { .. }
        | ApiError::Access { .. }
        | ApiError::OAuth { .. }
        | ApiError::BadRequest { .. }
        | ApiError::Route { .. }
        | ApiError::Decode { .. } => return None,
    })
}

/// The secret Dropbox refused came from the environment, which overrides the stored one:
/// changing the stored one would change nothing.
pub(super) fn override_hint(var: &str, what: &str, connection: &str) -> String {
    format!(
        "the {what} came from {var}, which overrides the stored one: correct it, or unset it \
         to use the stored one (`dbxprov connection show {connection}` shows the rest)"
    )
}

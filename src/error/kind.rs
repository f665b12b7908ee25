//! The classes of error that decide what happens next: the engine acts on them (an auth
//! failure marks a connection), the CLI maps them to exit codes (`cli/exit.rs`, whose one
//! table says what each code means).

use super::parts::FileAction;
use super::variants::Error;
use crate::dropbox::{ApiError, AuthError};
use crate::model::FailureCause;

/// What went wrong, in the classes that decide what happens next: the engine acts on
/// these (an auth failure marks a connection), the CLI maps them to exit codes
/// (`cli/exit.rs`, whose one table says what each code means).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum ErrorKind {
    /// The command line itself is wrong (as clap's own usage errors): exit 2.
    Usage,
    /// Something the user asked or configured is wrong: exit 1.
    Config,
    /// Authentication or authorization failed.
    Auth,
    /// The remote side failed after retries.
    Remote,
    /// The run finished but some users or groups failed.
    ItemsFailed,
    /// A safety limit stopped the run before anything was applied.
    Safety,
    /// Another run of the same rule holds its lock.
    Locked,
    /// A local failure that is nobody's input: database, file system.
    Internal,
}

pub(super) fn api_kind(e: &ApiError) -> ErrorKind {
    match e {
        ApiError::InvalidGrant { .. }
        | ApiError::InvalidClient { .. }
        | ApiError::Auth { .. }
        | ApiError::Access { .. } => ErrorKind::Auth,
        ApiError::OAuth { .. }
        | ApiError::BadRequest { .. }
        | ApiError::Route { .. }
        | ApiError::RateLimited { .. }
        | ApiError::Server { .. }
        | ApiError::Network { .. }
        | ApiError::Decode { .. } => ErrorKind::Remote,
    }
}

impl Error {
    pub(crate) fn kind(&self) -> ErrorKind {
        use Error::*;
        match self {
            File {
                action: FileAction::CreateDirectory,
                ..
            } => ErrorKind::Config,
            Database { .. } | File { .. } | Export(_) => ErrorKind::Internal,
            Dropbox { source, .. } => api_kind(source),
            Ldap { source, .. } if source.is_auth() => ErrorKind::Auth,
            Ldap { source, .. } if source.is_config() => ErrorKind::Config,
            Ldap { .. } => ErrorKind::Remote,
            ConnectionTestFailed { source, .. } => source.kind(),
            CodeRefused(_) | NoRefreshTokenReturned | MissingScopes { .. } => ErrorKind::Auth,
            RuleLocked { .. } | ConnectionBusy { .. } => ErrorKind::Locked,
            NotDelivered { .. } => ErrorKind::Remote,
            GuardStopped(_) | PlanChanged { .. } => ErrorKind::Safety,
            NotApprovable { .. } | NotUndoable { .. } => ErrorKind::Config,
            ItemsFailed { .. } | DeprovisionFailed { .. } => ErrorKind::ItemsFailed,
            // Named one by one, so that a new variant has to be given its kind.
            Invalid(_)
            | NotFound { .. }
            | AlreadyExists { .. }
            | InUse { .. }
            | AmbiguousUser { .. }
            | DuplicateUser { .. }
            | DefaultPopulation
            | PopulationNotEmpty { .. }
            | UnknownFormat { .. }
            | ImportOpen { .. }
            | ImportRejected { .. }
            | EmptyScope
            | UnknownAttribute(_)
            | FilterCompile { .. }
            | UnknownInboundAttribute(_)
            | WrongConnectionKind { .. }
            | MappingCompile { .. }
            | RuleFailsEveryone { .. }
            | InboundPopulation { .. }
            | NotForInbound { .. }
            | NotForOutbound { .. }
            | Bidirectional { .. }
            | NotAHome { .. }
            | UntrustedHome { .. }
            | EmptyDatabase { .. }
            | NoHome { .. }
            | UnreadableLog { .. }
            | HomeReadOnly { .. }
            | NoSuchMember { .. }
            | UnknownRules { .. }
            | NoRules { .. }
            | NotProvisioned { .. }
            | SecondConnectionToTeam { .. }
            | RuleWouldOrphan { .. }
            | RuleBlocked { .. }
            | EnvOverridesShared { .. }
            | NoRefreshTokenToTest { .. }
            | NoAuthorizationCode
            | UnknownSecretStore(_)
            | MissingSecret { .. }
            | KeyringUnavailable(_)
            | SecretsFileExposed { .. }
            | NotSecretsFile { .. }
            | SchemaTooNew { .. }
            | SchemaTooOldToRead { .. } => ErrorKind::Config,
        }
    }
}

impl Error {
    /// Why a run that stopped on this error failed, when it is a cause that repeats
    /// until someone acts or the service comes back (what quarantine counts).
    pub(crate) fn cause(&self) -> Option<FailureCause> {
        match self {
            Error::MissingScopes { .. } => Some(FailureCause::ScopeMissing),
            Error::Dropbox { source, .. }
                if matches!(
                    **source,
                    ApiError::Auth {
                        error: AuthError::MissingScope { .. },
                        ..
                    }
                ) =>
            {
                Some(FailureCause::ScopeMissing)
            }
            Error::ConnectionTestFailed { source, .. } => source.cause(),
            _ => match self.kind() {
                ErrorKind::Auth => Some(FailureCause::CredentialsRefused),
                ErrorKind::Remote => Some(FailureCause::Outage),
                _ => None,
            },
        }
    }
}

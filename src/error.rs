//! The core's error: what went wrong, as data. Each variant carries the values a caller
//! needs to match on it and to explain it; its `Display` is the plain statement of what
//! happened. What the user should do about it (hints naming commands and flags) and the
//! exit code belong to the CLI (`cli/error.rs`), which reads them off these variants.

use std::fmt;
use std::path::PathBuf;

use crate::dropbox::ApiError;
use crate::model::{Blocked, Direction, Held, Invalid, ScopeNeed, SecretKind};

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A cause kept for `caused by:`, whose type nobody matches on.
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// What went wrong, in the classes that decide what happens next: the engine acts on
/// these (an auth failure marks a connection), the CLI maps them to exit codes
/// (`cli/error.rs`, whose one table says what each code means).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
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

/// The named things a user refers to in commands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Thing {
    Connection,
    Rule,
    Population,
    Group,
    User,
    Run,
}

impl fmt::Display for Thing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Thing::Connection => "connection",
            Thing::Rule => "rule",
            Thing::Population => "population",
            Thing::Group => "group",
            Thing::User => "user",
            Thing::Run => "run",
        })
    }
}

/// What was being done to a file when it failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileAction {
    CreateDirectory,
    Open,
    Read,
    Write,
    Stat,
    SetPermissions,
    Lock,
    Remove,
}

impl fmt::Display for FileAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FileAction::CreateDirectory => "create the directory",
            FileAction::Open => "open",
            FileAction::Read => "read",
            FileAction::Write => "write",
            FileAction::Stat => "stat",
            FileAction::SetPermissions => "set the permissions of",
            FileAction::Lock => "lock",
            FileAction::Remove => "remove",
        })
    }
}

/// What the database was doing when it failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DatabaseStep {
    Query,
    Open(PathBuf),
    Migrate(usize),
    EnableWal,
}

impl fmt::Display for DatabaseStep {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DatabaseStep::Query => f.write_str("database error"),
            DatabaseStep::Open(path) => write!(f, "cannot open the database {}", path.display()),
            DatabaseStep::Migrate(n) => write!(f, "schema migration {n} failed"),
            DatabaseStep::EnableWal => f.write_str("cannot switch the database to WAL"),
        }
    }
}

/// Why a home (or its database) is not to be trusted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Untrusted {
    /// Owned by another user (this uid).
    OwnedBy(u32),
    /// Its group or others may write it (this mode).
    Writable(u32),
}

impl fmt::Display for Untrusted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Untrusted::OwnedBy(uid) => write!(f, "it belongs to another user (uid {uid})"),
            Untrusted::Writable(mode) => {
                write!(f, "others can write to it (mode {:o})", mode & 0o777)
            }
        }
    }
}

/// Why a guard stopped a run, with the figures that explain it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GuardStop {
    pub rule: String,
    /// Inbound runs delete or disable directory users, outbound ones deprovision members.
    pub direction: Direction,
    pub dry_run: bool,
    /// The scope was empty while members are linked.
    pub empty_scope: bool,
    pub linked: u64,
    pub deprovisions: u64,
    pub allowed: u64,
    /// The `--allow-deletes` figure that lets this plan through, when deletions tripped.
    pub allow_deletes_needed: Option<u64>,
    /// Members whose email or external id would change, and members unsuspended, against
    /// the members linked and their limit.
    pub identity_changes: u64,
    pub unsuspends: u64,
    pub changes_linked: u64,
    pub changes_allowed: u64,
    /// The `--allow-changes` figure that lets this plan through, when changes tripped.
    pub allow_changes_needed: Option<u64>,
    /// Groups deleted, owned, allowed.
    pub group_deletions: (u64, u64, u64),
    /// Memberships removed, in the rule's groups, allowed.
    pub membership_removals: (u64, u64, u64),
}

impl fmt::Display for GuardStop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inbound = self.direction == Direction::Inbound;
        if self.empty_scope {
            let (scope, held, step) = if inbound {
                (
                    "no team member in its scope",
                    "users it brought in",
                    "deleting",
                )
            } else {
                ("no users in scope", "linked members", "deprovisioning")
            };
            return write!(
                f,
                "rule {:?} has {scope} but {} {held}: stopped before {step} any; nothing was applied",
                self.rule, self.linked
            );
        }
        let mut over = Vec::new();
        if self.deprovisions > self.allowed {
            let (verb, held) = if inbound {
                ("delete or disable", "users it brought in")
            } else {
                ("deprovision", "linked members")
            };
            over.push(format!(
                "{verb} {} of its {} {held}, more than its limit of {}",
                self.deprovisions, self.linked, self.allowed
            ));
        }
        let (deleted, owned, allowed) = self.group_deletions;
        if deleted > allowed {
            over.push(format!(
                "delete {deleted} of its {owned} groups, more than its limit of {allowed}"
            ));
        }
        let (removed, memberships, allowed) = self.membership_removals;
        if removed > allowed {
            over.push(format!(
                "remove {removed} of the {memberships} memberships of its groups, more than its limit of {allowed}"
            ));
        }
        let (linked, allowed) = (self.changes_linked, self.changes_allowed);
        if self.identity_changes > allowed {
            over.push(format!(
                "change the email or external id of {} of its {linked} members, more than its limit of {allowed}",
                self.identity_changes
            ));
        }
        if self.unsuspends > allowed {
            over.push(format!(
                "unsuspend {} of its {linked} members, more than its limit of {allowed}",
                self.unsuspends
            ));
        }
        write!(
            f,
            "rule {:?} would {}; nothing was applied",
            self.rule,
            over.join(" and ")
        )
    }
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    // What the user gave.
    #[error(transparent)]
    Invalid(#[from] Invalid),
    #[error("{}", not_found_text(*.thing, .name))]
    NotFound {
        thing: Thing,
        name: String,
        /// The existing name closest to it, when one is close enough to be what was meant.
        similar: Option<String>,
    },
    #[error("a {thing} named {name:?} already exists")]
    AlreadyExists { thing: Thing, name: String },
    #[error("{thing} {name:?} is used by rule {}", .rules.join(", "))]
    InUse {
        thing: Thing,
        name: String,
        rules: Vec<String>,
    },

    // The directory.
    /// `matches` are `email (id)`, for the user to pick one.
    #[error("{key:?} names more than one user: {}", .matches.join(", "))]
    AmbiguousUser { key: String, matches: Vec<String> },
    #[error("another user already has the email {email:?} or the username {username:?}")]
    DuplicateUser { email: String, username: String },
    #[error("the Default population cannot be deleted")]
    DefaultPopulation,
    #[error("population {name:?} holds {users} users")]
    PopulationNotEmpty { name: String, users: u64 },
    #[error("cannot tell the format of {file} from its name")]
    UnknownFormat { file: String },
    #[error("cannot open {file}")]
    ImportOpen {
        file: String,
        #[source]
        source: std::io::Error,
    },
    /// One line per bad row in `problems`; nothing was imported.
    /// `problems` are grouped: one line per kind of problem, naming its first rows.
    #[error("{file} has {count} problem{}; nothing was changed", plural(*.count))]
    ImportRejected {
        file: String,
        count: usize,
        problems: Vec<String>,
        /// Some rows name a population that does not exist.
        unknown_population: bool,
    },
    #[error("cannot write the export")]
    Export(#[source] BoxError),

    // Rules and their mappings.
    #[error("a rule needs a scope: at least one population or group")]
    EmptyScope,
    #[error("{0:?} is not a Dropbox attribute a rule can map")]
    UnknownAttribute(String),
    #[error("the filter {filter} does not compile")]
    FilterCompile {
        filter: String,
        #[source]
        source: BoxError,
    },
    #[error("{0:?} is not a directory attribute an inbound rule can map")]
    UnknownInboundAttribute(String),
    #[error("mapping {attribute} = {expression}: the expression does not compile")]
    MappingCompile {
        attribute: String,
        expression: String,
        #[source]
        source: BoxError,
    },
    /// `problems` are the first failing users; `default_mapping` is the attribute and
    /// default expression of a non-default mapping that failed, when one did.
    #[error(
        "rule {rule:?} does not work for any of the {total} users in its scope; nothing was saved"
    )]
    RuleFailsEveryone {
        rule: String,
        total: usize,
        problems: Vec<String>,
        default_mapping: Option<(String, String)>,
    },
    #[error("an inbound rule brings members into one population; rule {rule:?} names {given}")]
    InboundPopulation { rule: String, given: usize },
    #[error("rule {rule:?} is inbound: {what} are for outbound rules")]
    NotForInbound { rule: String, what: &'static str },
    #[error("rule {rule:?} is outbound: {what} is for inbound rules")]
    NotForOutbound { rule: String, what: &'static str },
    #[error(
        "connection {connection:?} already has {} rule{} {}: an inbound and an outbound rule on one connection feed each other, which creates duplicate users (PingOne documents this)",
        .direction.other().as_str(), plural(.others.len()), .others.join(", ")
    )]
    Bidirectional {
        rule: String,
        direction: Direction,
        connection: String,
        others: Vec<String>,
    },
    #[error("{} is not a dbxprov home: it holds other files and no dbxprov database", .path.display())]
    NotAHome { path: PathBuf },
    /// Someone else could change the home or its database: they could put in a
    /// connection whose token endpoint is theirs, and a run would send it the secrets.
    #[error("refusing to use {}: {why}", .path.display())]
    UntrustedHome { path: PathBuf, why: Untrusted },
    #[error("{} is empty: not a dbxprov database (truncated, or replaced)", .path.display())]
    EmptyDatabase { path: PathBuf },
    /// A command that only reads was pointed at a directory without a database: it
    /// creates nothing (a mistyped home would otherwise look like an empty one).
    #[error("there is no dbxprov home at {}", .path.display())]
    NoHome { path: PathBuf },
    #[error("the dbxprov home at {} holds a write-ahead log (dbxprov.db-wal) without its index (dbxprov.db-shm), which this user cannot create: its last commits cannot be read", .home.display())]
    UnreadableLog { home: PathBuf },
    #[error("this user cannot write the dbxprov home at {}, and this command changes it", .path.display())]
    HomeReadOnly { path: PathBuf },
    #[error("no member of connection {connection:?} has this email")]
    NoSuchMember { connection: String },
    #[error("rule {rule:?} does not provision the group {group:?}")]
    NotProvisioned { rule: String, group: String },
    #[error("connection {connection:?} reaches the Dropbox team {team_id} that connection {other:?} already reaches")]
    SecondConnectionToTeam {
        connection: String,
        team_id: String,
        other: String,
    },
    #[error("rule {rule:?} holds {held} of connection {connection:?}; moving it would leave them unmanaged")]
    RuleWouldOrphan {
        rule: String,
        connection: String,
        held: Held,
    },

    // Runs.
    #[error("rule {rule:?} does not run: {reason}")]
    RuleBlocked { rule: String, reason: Blocked },
    #[error("rule {rule:?} is busy: {holder} holds its lock")]
    RuleLocked { rule: String, holder: String },
    /// A run waited its patience for its connection, which another run kept.
    #[error("rule {rule:?} gave up waiting for connection {connection:?} after {waited_secs} s: {holder} holds it")]
    ConnectionBusy {
        rule: String,
        connection: String,
        holder: String,
        waited_secs: u64,
    },
    #[error("{0}")]
    GuardStopped(Box<GuardStop>),
    /// `first` are the first users (or groups) that failed; `reason` the error most of
    /// them share, with how many share it.
    #[error("{}", items_failed_text(.rule, *.failed, .first, .reason.as_ref()))]
    ItemsFailed {
        rule: String,
        failed: usize,
        first: Vec<String>,
        reason: Option<(String, usize)>,
    },
    #[error("{failed} members or groups could not be deprovisioned; rule {rule:?} is kept, disabled (no run undoes what was deprovisioned), so that you can try again")]
    DeprovisionFailed { rule: String, failed: usize },

    // Connections and their credentials.
    #[error("connection name {name:?} would share the environment overrides of {other:?} ({var})")]
    EnvOverridesShared {
        name: String,
        other: String,
        var: String,
    },
    #[error("no refresh token was given, so the connection cannot be tested")]
    NoRefreshTokenToTest { connection: String },
    /// A new connection's test failed, so it was not saved.
    #[error("{source}")]
    ConnectionTestFailed {
        connection: String,
        source: Box<Error>,
    },
    #[error("no authorization code was given")]
    NoAuthorizationCode,
    #[error("the authorization code was refused: {0}")]
    CodeRefused(Box<ApiError>),
    #[error("the token endpoint returned no refresh token")]
    NoRefreshTokenReturned,
    /// The app's token lacks scopes that are needed, each with what for.
    #[error("{}", missing_scopes_text(.connection, .missing))]
    MissingScopes {
        connection: String,
        missing: Vec<ScopeNeed>,
    },
    /// A Dropbox call failed; `connection` names the connection when known, for the hint.
    #[error("{source}")]
    Dropbox {
        connection: Option<String>,
        source: Box<ApiError>,
    },

    // Where secrets are kept.
    #[error("DBXPROV_SECRET_STORE={0:?} is not a secret store")]
    UnknownSecretStore(String),
    #[error("connection {connection:?} has no {} in the {store} store", .secret.label())]
    MissingSecret {
        connection: String,
        secret: SecretKind,
        store: &'static str,
        /// The environment variable that would override it.
        var: String,
    },
    #[error("the OS keyring that keeps the connection's secrets is unreachable or locked")]
    KeyringUnavailable(#[source] BoxError),
    #[error("refusing to read {}: {} may read or change it (mode {mode:o})", .path.display(), exposed_to(*.mode))]
    SecretsFileExposed { path: PathBuf, mode: u32 },
    #[error("{} is not a dbxprov secrets file", .path.display())]
    NotSecretsFile {
        path: PathBuf,
        #[source]
        source: BoxError,
    },

    // Local storage.
    #[error("the database in {} was written by a newer dbxprov (schema {found}, this one knows {known})", .home.display())]
    SchemaTooNew {
        home: PathBuf,
        found: usize,
        known: usize,
    },
    #[error("the database in {} was written by an older dbxprov (schema {found}, this one knows {known}), and this user cannot write it to upgrade it", .home.display())]
    SchemaTooOldToRead {
        home: PathBuf,
        found: usize,
        known: usize,
    },
    #[error("{step}")]
    Database {
        step: DatabaseStep,
        #[source]
        source: BoxError,
    },
    #[error("cannot {action} {}: {source}", .path.display())]
    File {
        action: FileAction,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// `rule "r": 12 failed (a@x, b@x, c@x and 9 more): 10 of them: the reason`.
fn items_failed_text(
    rule: &str,
    failed: usize,
    first: &[String],
    reason: Option<&(String, usize)>,
) -> String {
    let mut text = format!("rule {rule:?}: {failed} failed ({})", first.join(", "));
    if let Some((reason, n)) = reason {
        text.push_str(": ");
        if *n != failed {
            text.push_str(&format!("{n} of them: "));
        }
        text.push_str(reason);
    }
    text
}

/// `the app of connection "prod" lacks the scope groups.write (needed for ...)`.
fn missing_scopes_text(connection: &str, missing: &[ScopeNeed]) -> String {
    let each: Vec<String> = missing
        .iter()
        .map(|m| format!("{} (needed for {})", m.scope, m.needed_for))
        .collect();
    format!(
        "the app of connection {connection:?} lacks the scope{} {}",
        plural(missing.len()),
        each.join(", ")
    )
}

fn not_found_text(thing: Thing, name: &str) -> String {
    match thing {
        Thing::User => format!("no user {name:?} in the directory"),
        Thing::Run => format!("no run {name}"),
        _ => format!("no {thing} named {name:?}"),
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

impl Error {
    pub fn not_found(thing: Thing, name: impl Into<String>) -> Error {
        Error::NotFound {
            thing,
            name: name.into(),
            similar: None,
        }
    }

    /// [`Error::not_found`], with the one of `existing` that was probably meant.
    pub fn not_found_among<'a>(
        thing: Thing,
        name: &str,
        existing: impl IntoIterator<Item = &'a str>,
    ) -> Error {
        Error::NotFound {
            thing,
            name: name.to_string(),
            similar: crate::model::did_you_mean(name, existing).map(str::to_string),
        }
    }

    pub fn already_exists(thing: Thing, name: impl Into<String>) -> Error {
        Error::AlreadyExists {
            thing,
            name: name.into(),
        }
    }

    pub fn file(action: FileAction, path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::File {
            action,
            path: path.into(),
            source,
        }
    }

    /// A failed Dropbox call of a named connection.
    pub fn dropbox(connection: &str, source: ApiError) -> Error {
        Error::Dropbox {
            connection: Some(connection.to_string()),
            source: Box::new(source),
        }
    }

    pub fn kind(&self) -> ErrorKind {
        use Error::*;
        match self {
            File {
                action: FileAction::CreateDirectory,
                ..
            } => ErrorKind::Config,
            Database { .. } | File { .. } | Export(_) => ErrorKind::Internal,
            Dropbox { source, .. } => api_kind(source),
            ConnectionTestFailed { source, .. } => source.kind(),
            CodeRefused(_) | NoRefreshTokenReturned | MissingScopes { .. } => ErrorKind::Auth,
            RuleLocked { .. } | ConnectionBusy { .. } => ErrorKind::Locked,
            GuardStopped(_) => ErrorKind::Safety,
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

/// Who besides its owner a file's mode lets in.
fn exposed_to(mode: u32) -> &'static str {
    match (mode & 0o070 != 0, mode & 0o007 != 0) {
        (true, true) => "its group and other users",
        (true, false) => "its group",
        _ => "other users",
    }
}

fn api_kind(e: &ApiError) -> ErrorKind {
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

impl From<ApiError> for Error {
    fn from(source: ApiError) -> Error {
        Error::Dropbox {
            connection: None,
            source: Box::new(source),
        }
    }
}

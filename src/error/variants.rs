//! Every way something dbxprov was asked can fail, as data ([`Error`]): each variant
//! carries the values a caller needs to match on it and to explain it, and its `Display`
//! is the plain statement of what happened.

use std::path::PathBuf;

use super::parts::{DatabaseStep, FileAction, GuardStop, Thing, Untrusted};
use super::text::{
    exposed_to, items_failed_text, missing_scopes_text, not_found_text, plan_changed_text, plural,
};
use crate::dropbox::ApiError;
use crate::ldap::LdapError;
use crate::model::{Blocked, ConnectionKind, Direction, Held, Invalid, ScopeNeed, SecretKind};

pub(crate) type Result<T, E = Error> = std::result::Result<T, E>;

/// A cause kept for `caused by:`, whose type nobody matches on.
pub(crate) type BoxError = Box<dyn std::error::Error + Send + Sync>;

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
    /// `sync run` named rules that do not exist: nothing was run.
    #[error("no rule named {}; nothing was run", .names.iter().map(|n| format!("{n:?}")).collect::<Vec<_>>().join(", "))]
    UnknownRules {
        names: Vec<String>,
        /// A rule whose name is close to the first unknown one.
        similar: Option<String>,
    },
    /// `sync run --all` or `--due` in a home without rules: cron over a new or mistyped
    /// home must not pass for a quiet success.
    #[error("there are no rules in {}: nothing to run", .home.display())]
    NoRules { home: PathBuf },
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
    /// `sync approve` or `sync undo`: the plan made now is not the one kept or shown
    /// (`kept`: "the one run 3 stopped").
    #[error("{}", plan_changed_text(.rule, .kept, .dropped, .added))]
    PlanChanged {
        rule: String,
        kept: String,
        dropped: Vec<String>,
        added: Vec<String>,
    },
    #[error("run {run_id} cannot be approved: {why}")]
    NotApprovable { run_id: i64, why: String },
    #[error("run {run_id} cannot be undone: {why}")]
    NotUndoable { run_id: i64, why: String },
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
    /// A notification was not delivered (`notify test`), after its attempts.
    #[error("notifier {notifier:?}: the notification was not delivered after {attempts} attempt(s): {error}")]
    NotDelivered {
        notifier: String,
        attempts: u32,
        error: String,
    },
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
    /// Reading an LDAP directory failed, or its result may be incomplete.
    #[error("connection {connection:?}: {source}")]
    Ldap {
        connection: String,
        source: Box<LdapError>,
    },
    /// A command or setting that only applies to the other kind of connection.
    #[error("connection {connection:?} is {} connection: {what}", .kind.label_with_article())]
    WrongConnectionKind {
        connection: String,
        kind: ConnectionKind,
        what: String,
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

impl Error {
    /// A stopped run that a later run of its rule superseded: it cannot be approved.
    pub(crate) fn superseded(run_id: i64, newer: i64, rule: &str) -> Error {
        Error::NotApprovable {
            run_id,
            why: format!("run {newer} of rule {rule:?} came after it (it plans anew)"),
        }
    }

    pub(crate) fn not_found(thing: Thing, name: impl Into<String>) -> Error {
        Error::NotFound {
            thing,
            name: name.into(),
            similar: None,
        }
    }

    /// [`Error::not_found`], with the one of `existing` that was probably meant.
    pub(crate) fn not_found_among<'a>(
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

    pub(crate) fn already_exists(thing: Thing, name: impl Into<String>) -> Error {
        Error::AlreadyExists {
            thing,
            name: name.into(),
        }
    }

    pub(crate) fn file(
        action: FileAction,
        path: impl Into<PathBuf>,
        source: std::io::Error,
    ) -> Error {
        Error::File {
            action,
            path: path.into(),
            source,
        }
    }

    /// A failed Dropbox call of a named connection.
    pub(crate) fn dropbox(connection: &str, source: ApiError) -> Error {
        Error::Dropbox {
            connection: Some(connection.to_string()),
            source: Box::new(source),
        }
    }
}

impl Error {
    /// A failed LDAP read of a named connection.
    pub(crate) fn ldap(connection: &str, source: LdapError) -> Error {
        Error::Ldap {
            connection: connection.to_string(),
            source: Box::new(source),
        }
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

impl Error {
    /// The statement and its causes, `: `-joined (`database error: refused ...`): for a
    /// record that outlives the run (a journal row), where no CLI prints the causes.
    pub(crate) fn with_causes(&self) -> String {
        let mut text = self.to_string();
        let mut cause = std::error::Error::source(self);
        while let Some(c) = cause {
            let said = c.to_string();
            if !text.contains(&said) {
                text.push_str(": ");
                text.push_str(&said);
            }
            cause = c.source();
        }
        text
    }
}

//! Turning an error into what the user reads (`error:`, `caused by:`, `hint:`) and its
//! exit code (`exit.rs` says what each means). The core says what happened ([`crate::error::Error`]);
//! this module alone says it in terms of commands and flags, and decides exit codes.

use serde::Serialize;

use super::exit::exit_code;
use super::output::{Paint, Printer};
use crate::dropbox::{ApiError, AuthError};
use crate::error::{Error, ErrorKind, Thing, Untrusted};
use crate::model::{ActionConflict, Blocked, Invalid, SecretKind, TransferRole};
use crate::settings::Settings;

/// An error of the CLI's own making (a missing argument, a terminal that cannot be
/// read): it has words already.
#[derive(Debug)]
pub struct CliError {
    kind: ErrorKind,
    message: String,
    hint: Option<String>,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl CliError {
    /// Something the user asked or configured is wrong (exit 1).
    pub fn config(message: impl Into<String>) -> CliError {
        CliError::new(ErrorKind::Config, message)
    }

    /// An outcome whose words were printed as it happened: only its exit code is left.
    pub fn already_told(kind: ErrorKind) -> CliError {
        CliError::new(kind, "")
    }

    /// A command line that cannot mean anything (exit 2, as clap's own usage errors).
    pub fn usage(message: impl Into<String>) -> CliError {
        CliError::new(ErrorKind::Usage, message)
    }

    /// A local failure (exit 1).
    pub fn internal(message: impl Into<String>) -> CliError {
        CliError::new(ErrorKind::Internal, message)
    }

    pub fn new(kind: ErrorKind, message: impl Into<String>) -> CliError {
        CliError {
            kind,
            message: message.into(),
            hint: None,
            source: None,
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> CliError {
        self.hint = Some(hint.into());
        self
    }

    pub fn with_source(mut self, source: impl std::error::Error + Send + Sync + 'static) -> Self {
        self.source = Some(Box::new(source));
        self
    }
}

impl std::fmt::Display for CliError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CliError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// The core error inside an anyhow chain, if any.
fn core_error(e: &anyhow::Error) -> Option<&Error> {
    e.chain().find_map(|c| c.downcast_ref::<Error>())
}

fn cli_error(e: &anyhow::Error) -> Option<&CliError> {
    e.chain().find_map(|c| c.downcast_ref::<CliError>())
}

/// Whether writing to stdout failed because its reader closed the pipe.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// The kind of an error; one that is neither the core's nor the CLI's is internal.
pub fn kind(e: &anyhow::Error) -> ErrorKind {
    cli_error(e)
        .map(|c| c.kind)
        .or_else(|| core_error(e).map(Error::kind))
        .unwrap_or(ErrorKind::Internal)
}

/// The words for a core error that differ from its plain statement: settings named by
/// the flags that set them.
fn message(e: &Error) -> Option<String> {
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
fn details(e: &Error) -> Vec<String> {
    match e {
        Error::ImportRejected { problems, .. } | Error::RuleFailsEveryone { problems, .. } => {
            problems.clone()
        }
        _ => Vec::new(),
    }
}

/// What to do about it.
fn hint(e: &Error, settings: &Settings) -> Option<String> {
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
        Error::NotForInbound { .. } | Error::NotForOutbound { .. } => {
            "`dbxprov rule create inbound --help` and `rule create outbound --help` list what each takes".into()
        }
        Error::UnknownInboundAttribute(_) => {
            "inbound rules map email, username, given_name, surname, enabled and attributes.NAME".into()
        }
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
        Error::ConnectionTestFailed { .. } => "nothing was saved; fix the settings and run the same \
             command again, or add --allow-invalid to save it anyway (refused credentials block its \
             rules until `dbxprov connection test` passes; an unreachable service does not)"
            .into(),
        Error::NoAuthorizationCode => {
            "open the URL, approve the app, and paste the code it shows".into()
        }
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
        // Their statement says it all (named one by one, so that a new variant is
        // thought about).
        Error::AlreadyExists { .. }
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

fn invalid_hint(e: &Invalid) -> Option<String> {
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
        Invalid::Name { .. } => {
            "use 1 to 64 letters, digits, '-', '_' or '.', starting with a letter or digit"
        }
        Invalid::Url {
            problem: crate::model::UrlProblem::PlainHttp,
            ..
        } => "tokens would travel unencrypted: use https (http is allowed only on 127.0.0.1, ::1 or localhost)",
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
        | Invalid::EmptyClientId => return None,
    }
    .to_string())
}

/// What unblocks a rule.
pub fn blocked_hint(rule: &str, reason: &Blocked) -> String {
    match reason {
        Blocked::RuleDisabled => format!("`dbxprov rule enable {rule}` enables it"),
        Blocked::ConnectionMissing(_) => "`dbxprov connection list` shows the connections".into(),
        Blocked::ConnectionDisabled(c) => format!("`dbxprov connection enable {c}` enables it"),
        Blocked::ConnectionInvalid(c) => {
            format!("fix its credentials, then run `dbxprov connection test {c}`")
        }
    }
}

fn not_found_hint(thing: Thing, name: &str) -> String {
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
    }
}

fn guard_hint(stop: &crate::error::GuardStop) -> String {
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
pub fn scopes_hint(connection: &str) -> String {
    format!(
        "tick the scope in the Dropbox App Console (the app's Permissions tab), then run \
         `dbxprov connection authorize {connection}`: a refresh token keeps the scopes it was \
         issued with, so only a new one carries them"
    )
}

/// What to do about a failed Dropbox call of `connection`.
fn api_hint(e: &ApiError, connection: &str, settings: &Settings) -> Option<String> {
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
fn override_hint(var: &str, what: &str, connection: &str) -> String {
    format!(
        "the {what} came from {var}, which overrides the stored one: correct it, or unset it \
         to use the stored one (`dbxprov connection show {connection}` shows the rest)"
    )
}

#[derive(Serialize)]
struct JsonError {
    error: JsonErrorBody,
}

/// What a signal stopped (`Ctrl-C`, SIGTERM), as any error is told: one JSON document with
/// `--json`, else a line (and, for a command that runs rules, what becomes of the run).
pub fn report_interrupted(printer: &Printer, signal: &str, code: i32, runs: bool) {
    let mut message = format!("interrupted by {signal}");
    if runs {
        message.push_str(
            "; a run under way shows as interrupted in `dbxprov sync history`, and the \
             rule's next run settles what it had sent",
        );
    }
    if printer.json {
        let body = serde_json::json!({"error": {"message": message, "exit_code": code}});
        eprintln!("{body}");
        return;
    }
    eprintln!("{} {message}", printer.paint_err("error:", Paint::Bad));
}

/// The rule whose run an error stopped before it could report (refused credentials, an
/// outage, a lock): attached as context, so that every line about it (cron's one line
/// included) names the rule.
#[derive(Debug)]
pub struct InRule {
    pub rule: String,
    /// The rule's connection, when it is known.
    pub connection: Option<String>,
}

impl std::fmt::Display for InRule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "rule {:?}", self.rule)?;
        match &self.connection {
            Some(c) => write!(f, " (connection {c:?})"),
            None => Ok(()),
        }
    }
}

/// `e`, said to be about rule `rule` of `connection`.
pub fn in_rule(
    rule: &str,
    connection: Option<String>,
    e: impl Into<anyhow::Error>,
) -> anyhow::Error {
    e.into().context(InRule {
        rule: rule.to_string(),
        connection,
    })
}

#[derive(Serialize)]
pub struct JsonErrorBody {
    #[serde(skip_serializing_if = "Option::is_none")]
    rule: Option<String>,
    pub message: String,
    details: Vec<String>,
    causes: Vec<String>,
    hint: Option<String>,
    kind: Option<ErrorKind>,
    exit_code: i32,
}

/// What `report` prints: the message, its detail lines, the causes not already in the
/// message, and the hint.
pub fn describe(e: &anyhow::Error, settings: &Settings) -> JsonErrorBody {
    let in_rule = e.downcast_ref::<InRule>();
    let skip = usize::from(in_rule.is_some());
    let mut chain = e.chain().skip(skip).map(|c| c.to_string());
    let plain = chain.next().unwrap_or_default();
    let core = core_error(e);
    // Only an error at the head of the chain is reworded: an outer message stays.
    let head = e.downcast_ref::<Error>();
    let mut message = head.and_then(message).unwrap_or_else(|| plain.clone());
    if let Some(rule) = in_rule.filter(|r| !message.contains(&format!("rule {:?}", r.rule))) {
        message = format!("{rule}: {message}");
    }
    // A cause already spelled out inside the message above it adds nothing.
    let mut causes: Vec<String> = Vec::new();
    let mut previous = plain;
    for cause in chain {
        if !previous.contains(&cause) {
            causes.push(cause.clone());
        }
        previous = cause;
    }
    let hint = match cli_error(e) {
        Some(c) => c.hint.clone(),
        None => core.and_then(|c| hint(c, settings)),
    };
    let known = cli_error(e).is_some() || core.is_some();
    JsonErrorBody {
        rule: in_rule.map(|r| r.rule.clone()),
        message,
        details: core.map(details).unwrap_or_default(),
        causes,
        hint,
        kind: known.then(|| kind(e)),
        exit_code: exit_code(kind(e)),
    }
}

/// A command line clap refused (or `--help`, `--version`): clap's own text, or with
/// `--json` anywhere on the line one JSON error document like every other error.
pub fn report_usage(e: clap::Error) -> std::process::ExitCode {
    let json = std::env::args_os().any(|a| a == "--json");
    let code = e.exit_code();
    if !json || !e.use_stderr() {
        let _ = e.print();
        return std::process::ExitCode::from(code as u8);
    }
    let rendered = e.render().to_string();
    let mut lines = rendered.lines().filter(|l| !l.trim().is_empty());
    let message = lines
        .next()
        .unwrap_or_default()
        .trim_start_matches("error: ")
        .to_string();
    let body = JsonErrorBody {
        rule: None,
        message,
        details: lines.map(|l| l.trim().to_string()).collect(),
        causes: Vec::new(),
        hint: Some("`dbxprov help` lists the commands and their flags".into()),
        kind: Some(ErrorKind::Usage),
        exit_code: code,
    };
    let text = serde_json::to_string(&JsonError { error: body });
    eprintln!("{}", text.unwrap_or_else(|_| "{}".into()));
    std::process::ExitCode::from(code as u8)
}

/// Prints the error on stderr (as JSON with `--json`) and returns the exit code.
pub fn report(printer: &Printer, e: &anyhow::Error) -> i32 {
    // The reader went away (`dbxprov ... | head`): it has what it wanted; nothing to say.
    if is_broken_pipe(e) {
        return 0;
    }
    let body = describe(e, &printer.settings);
    let code = body.exit_code;
    if body.message.is_empty() && !printer.json {
        return code;
    }
    if printer.json {
        let text = serde_json::to_string(&JsonError { error: body });
        eprintln!("{}", text.unwrap_or_else(|_| "{}".into()));
        return code;
    }
    // Quiet (cron) output is the error lines alone, one per trouble: the root cause, if
    // any, goes on the same line.
    let root = body.causes.last().filter(|_| printer.quiet);
    let root = root.map_or(String::new(), |c| format!(" (caused by: {c})"));
    eprintln!(
        "{} {}{root}",
        printer.paint_err("error:", Paint::Bad),
        body.message
    );
    if printer.quiet {
        return code;
    }
    for detail in body.details {
        eprintln!("  {detail}");
    }
    for cause in body.causes {
        eprintln!("{} {cause}", printer.paint_err("caused by:", Paint::Dim));
    }
    if let Some(hint) = body.hint {
        eprintln!("{} {hint}", printer.paint_err("hint:", Paint::Bold));
    }
    code
}

#[cfg(test)]
mod tests;

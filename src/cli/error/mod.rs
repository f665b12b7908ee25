//! Turning an error into what the user reads (`error:`, `caused by:`, `hint:`) and its
//! exit code (`exit.rs` says what each means). The core says what happened
//! ([`crate::error::Error`]); this module alone says it in terms of commands and flags
//! (`hint.rs`), and decides exit codes.

use serde::Serialize;

use super::exit::exit_code;
use super::output::{Paint, Printer};
use crate::error::{Error, ErrorKind};
use crate::settings::Settings;

mod hint;
mod ldap_hint;

pub(crate) use hint::{blocked_hint, scopes_hint};
use hint::{details, hint, message};

#[cfg(test)]
mod tests;

/// An error of the CLI's own making (a missing argument, a terminal that cannot be
/// read): it has words already.
#[derive(Debug)]
pub(crate) struct CliError {
    kind: ErrorKind,
    message: String,
    hint: Option<String>,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
    /// An exit code of its own, not its kind's: a monitoring plugin's (`dbxprov check`).
    exit: Option<i32>,
}

impl CliError {
    /// Something the user asked or configured is wrong (exit 1).
    pub(crate) fn config(message: impl Into<String>) -> CliError {
        CliError::new(ErrorKind::Config, message)
    }

    /// An outcome whose words were printed as it happened: only its exit code is left.
    pub(crate) fn already_told(kind: ErrorKind) -> CliError {
        CliError::new(kind, "")
    }

    /// An outcome told in full on stdout (a monitoring plugin's status, also with
    /// `--json`): only its exit code is left, and no error document follows.
    pub(crate) fn exit_with(code: i32) -> CliError {
        CliError {
            exit: Some(code),
            ..CliError::new(ErrorKind::Config, "")
        }
    }

    /// A command line that cannot mean anything (exit 2, as clap's own usage errors).
    pub(crate) fn usage(message: impl Into<String>) -> CliError {
        CliError::new(ErrorKind::Usage, message)
    }

    /// A local failure (exit 1).
    pub(crate) fn internal(message: impl Into<String>) -> CliError {
        CliError::new(ErrorKind::Internal, message)
    }

    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> CliError {
        CliError {
            kind,
            message: message.into(),
            hint: None,
            source: None,
            exit: None,
        }
    }

    pub(crate) fn with_hint(mut self, hint: impl Into<String>) -> CliError {
        self.hint = Some(hint.into());
        self
    }

    pub(crate) fn with_source(
        mut self,
        source: impl std::error::Error + Send + Sync + 'static,
    ) -> Self {
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
pub(crate) fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// The kind of an error; one that is neither the core's nor the CLI's is internal.
pub(crate) fn kind(e: &anyhow::Error) -> ErrorKind {
    cli_error(e)
        .map(|c| c.kind)
        .or_else(|| core_error(e).map(Error::kind))
        .unwrap_or(ErrorKind::Internal)
}

#[derive(Serialize)]
struct JsonError {
    error: JsonErrorBody,
}

/// What a signal stopped (`Ctrl-C`, SIGTERM), as any error is told: one JSON document with
/// `--json`, else a line (and, for a command that runs rules, what becomes of the run).
pub fn report_interrupted(printer: &Printer, signal: &str, code: i32, note: Option<&str>) {
    let mut message = format!("interrupted by {signal}");
    if let Some(note) = note {
        message.push_str(&format!("; {note}"));
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
pub(crate) struct InRule {
    pub(crate) rule: String,
    /// The rule's connection, when it is known.
    pub(crate) connection: Option<String>,
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
pub(crate) fn in_rule(
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
pub(crate) struct JsonErrorBody {
    #[serde(skip_serializing_if = "Option::is_none")]
    rule: Option<String>,
    pub(crate) message: String,
    details: Vec<String>,
    causes: Vec<String>,
    hint: Option<String>,
    kind: Option<ErrorKind>,
    exit_code: i32,
}

/// What `report` prints: the message, its detail lines, the causes not already in the
/// message, and the hint.
pub(crate) fn describe(e: &anyhow::Error, settings: &Settings) -> JsonErrorBody {
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
        exit_code: cli_error(e)
            .and_then(|c| c.exit)
            .unwrap_or_else(|| exit_code(kind(e))),
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
    let told_in_full = cli_error(e).is_some_and(|c| c.exit.is_some());
    if body.message.is_empty() && (!printer.json || told_in_full) {
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

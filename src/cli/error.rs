//! Turning an error into what the user reads (`error:`, `caused by:`, `hint:`) and the
//! exit code of `design.md` §3.

use serde::Serialize;

use super::output::{Paint, Printer};
use crate::error::Error;

/// The core error inside an anyhow chain, if any.
fn core_error(e: &anyhow::Error) -> Option<&Error> {
    e.chain().find_map(|c| c.downcast_ref::<Error>())
}

/// The kind of an error; one that is not the core's is internal.
pub fn kind(e: &anyhow::Error) -> crate::ErrorKind {
    core_error(e).map_or(crate::ErrorKind::Internal, |c| c.kind())
}

pub fn exit_code(e: &anyhow::Error) -> i32 {
    kind(e).exit_code()
}

/// Which of several rules' troubles decides the exit code of `sync run --all`: what
/// needs the admin first. Broken credentials (3) and an unreachable Dropbox (4) stop
/// every rule of a connection; a guard that stopped a run (6) waits for a decision; a
/// lock held (7) clears by itself; failed users (5) are the everyday case. Errors in
/// what was asked (1) and local failures rank above them all.
pub fn worst(kinds: impl IntoIterator<Item = crate::ErrorKind>) -> Option<crate::ErrorKind> {
    use crate::ErrorKind::*;
    let rank = |k: &crate::ErrorKind| match k {
        Config | Internal => 6,
        Auth => 5,
        Remote => 4,
        Safety => 3,
        Locked => 2,
        ItemsFailed => 1,
    };
    kinds.into_iter().max_by_key(rank)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind::*;

    #[test]
    fn an_auth_failure_outranks_a_held_lock_and_failed_users() {
        assert_eq!(worst([Locked, Auth, ItemsFailed]), Some(Auth));
        assert_eq!(worst([ItemsFailed, Locked]), Some(Locked));
        assert_eq!(worst([Safety, Locked, ItemsFailed]), Some(Safety));
        assert_eq!(worst([Remote, Safety]), Some(Remote));
        assert_eq!(worst([]), None);
    }
}

#[derive(Serialize)]
struct JsonError {
    error: JsonErrorBody,
}

#[derive(Serialize)]
struct JsonErrorBody {
    message: String,
    details: Vec<String>,
    causes: Vec<String>,
    hint: Option<String>,
    kind: Option<crate::ErrorKind>,
    exit_code: i32,
}

/// Prints the error on stderr (as JSON with `--json`) and returns the exit code.
pub fn report(printer: &Printer, e: &anyhow::Error) -> i32 {
    let code = exit_code(e);
    let mut chain = e.chain().map(|c| c.to_string());
    let message = chain.next().unwrap_or_default();
    // A cause already spelled out inside the message above it adds nothing.
    let mut causes: Vec<String> = Vec::new();
    let mut previous = message.clone();
    for cause in chain {
        if !previous.contains(&cause) {
            causes.push(cause.clone());
        }
        previous = cause;
    }
    let hint = core_error(e).and_then(|c| c.hint()).map(str::to_string);
    let details = core_error(e)
        .map(|c| c.details().to_vec())
        .unwrap_or_default();
    if printer.json {
        let body = JsonError {
            error: JsonErrorBody {
                message,
                details,
                causes,
                hint,
                kind: core_error(e).map(|c| c.kind()),
                exit_code: code,
            },
        };
        eprintln!(
            "{}",
            serde_json::to_string(&body).unwrap_or_else(|_| "{}".into())
        );
        return code;
    }
    eprintln!("{} {message}", printer.paint_err("error:", Paint::Bad));
    for detail in details {
        eprintln!("  {detail}");
    }
    for cause in causes {
        eprintln!("{} {cause}", printer.paint_err("caused by:", Paint::Dim));
    }
    if let Some(hint) = hint {
        eprintln!("{} {hint}", printer.paint_err("hint:", Paint::Bold));
    }
    code
}

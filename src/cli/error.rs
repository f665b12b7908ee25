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

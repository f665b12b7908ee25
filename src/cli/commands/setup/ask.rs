//! The wizard's questions: text read as the terminal gives it, hidden answers, a pick
//! among short choices, yes or no; each prompt fitted to the terminal's width, and an
//! interrupted one (Ctrl-C) ending the process with 130 and nothing saved.

use dialoguer::{Confirm, Select};

use crate::cli::error::CliError;
use crate::cli::prompt::{fitted, hidden_line, CONFIRM_ROOM};
use crate::secrets::Secret;

/// The wizard's questions go through these, so that an interrupted prompt (Ctrl-C)
/// ends the process with 130 and nothing saved.
pub(super) fn answered<T>(result: dialoguer::Result<T>) -> anyhow::Result<T> {
    match result {
        Ok(v) => Ok(v),
        Err(dialoguer::Error::IO(e)) if e.kind() == std::io::ErrorKind::Interrupted => {
            let _ = console::Term::stderr().show_cursor();
            crate::cli::output::say_err(format_args!("\ninterrupted: nothing was saved"));
            std::process::exit(130);
        }
        Err(e) => Err(CliError::config("cannot read from the terminal")
            .with_source(e)
            .into()),
    }
}

pub(super) fn ask(prompt: &str, default: Option<&str>) -> anyhow::Result<String> {
    ask_line(prompt, default, false)
}

pub(super) fn ask_optional(prompt: &str) -> anyhow::Result<String> {
    ask_line(prompt, None, true)
}

/// A line typed in answer (Enter takes the default; an empty answer is asked again
/// unless `optional`). Read as the terminal gives it, with its own echo and line
/// editing: nothing is redrawn, so no width of terminal and no length of answer leaves
/// half a line behind. Ctrl-C ends the process through the signal handler (exit 130),
/// Ctrl-D as an interruption too, nothing saved.
pub(super) fn ask_line(
    prompt: &str,
    default: Option<&str>,
    optional: bool,
) -> anyhow::Result<String> {
    let shown = match default {
        Some(d) => format!("{prompt} [{d}]:"),
        None => format!("{prompt}:"),
    };
    let term = console::Term::stderr();
    loop {
        let asked = term.write_str(&format!("{} ", fitted(&shown, 12)));
        let mut line = String::new();
        let read = asked.and_then(|()| std::io::stdin().read_line(&mut line));
        match read {
            Ok(0) => return end_of_input(),
            Ok(_) => {}
            Err(e) => answered::<()>(Err(e.into()))?,
        }
        let typed = line.trim();
        match default {
            _ if !typed.is_empty() => return Ok(typed.to_string()),
            Some(d) => return Ok(d.to_string()),
            None if optional => return Ok(String::new()),
            None => {}
        }
    }
}

pub(super) fn ask_secret(prompt: &str) -> anyhow::Result<Secret> {
    loop {
        let text = hidden(prompt)?;
        if !text.trim().is_empty() {
            return Ok(Secret::new(text.trim().to_string()));
        }
    }
}

/// Ctrl-D (the end of input) at a question: an interruption, as Ctrl-C.
fn end_of_input<T>() -> anyhow::Result<T> {
    answered(Err(
        std::io::Error::from(std::io::ErrorKind::Interrupted).into()
    ))
}

/// A hidden line ([`hidden_line`]) after `prompt:`, as typed.
fn hidden(prompt: &str) -> anyhow::Result<String> {
    match answered(hidden_line(&format!("{prompt}:")).map_err(dialoguer::Error::from))? {
        Some(text) => Ok(text),
        None => end_of_input(),
    }
}

/// A hidden answer (a token or an app secret: spaces around it dropped), or (Enter) the
/// one given before, when there is one: fixing the values after a failed test must not
/// mean typing every secret again.
pub(super) fn ask_secret_again(prompt: &str, before: Option<&Secret>) -> anyhow::Result<Secret> {
    let Some(before) = before else {
        return ask_secret(prompt);
    };
    let text = hidden(&format!("{prompt} [Enter keeps the one given]"))?;
    Ok(match text.trim() {
        "" => before.clone(),
        given => Secret::new(given.to_string()),
    })
}

/// A password, hidden and kept as typed (spaces are part of a password), or (Enter) the
/// one given before, when there is one.
pub(super) fn ask_password_again(prompt: &str, before: Option<&Secret>) -> anyhow::Result<Secret> {
    let asked = match before {
        Some(_) => format!("{prompt} [Enter keeps the one given]"),
        None => prompt.to_string(),
    };
    loop {
        match (hidden(&asked)?, before) {
            (typed, _) if !typed.is_empty() => return Ok(Secret::new(typed)),
            (_, Some(before)) => return Ok(before.clone()),
            (_, None) => {}
        }
    }
}

/// A pick among `items`, each short enough for a narrow terminal's line (dialoguer
/// erases an answered list line by line: an item the terminal wraps leaves half of
/// itself behind); what they mean is said before the question.
pub(super) fn choose(prompt: &str, items: &[&str]) -> anyhow::Result<usize> {
    debug_assert!(items.iter().all(|i| i.chars().count() <= 36), "{items:?}");
    answered(
        Select::new()
            .with_prompt(fitted(prompt, 2))
            .items(items)
            .default(0)
            .interact(),
    )
}

/// Yes or no, answered with Enter as every other question is: a `y` or `n` typed waits
/// for it (answered on the key, the Enter an admin types after it would answer the next
/// question: "n" to one question, and the Enter said yes to "Save all of this now?").
pub(super) fn yes(prompt: &str, default: bool) -> anyhow::Result<bool> {
    answered(
        Confirm::new()
            .with_prompt(fitted(prompt, CONFIRM_ROOM))
            .default(default)
            .wait_for_newline(true)
            .interact(),
    )
}

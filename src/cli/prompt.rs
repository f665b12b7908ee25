//! Questions asked on the terminal: the confirmation before something destructive, and
//! prompts broken into lines that fit the terminal.

use std::io::IsTerminal;

use super::error::CliError;
use super::output::Printer;

/// Asks before something destructive. `--yes` skips the question; without a terminal
/// to ask on, the answer is an error naming `--yes` (scripts must say it). A `y` typed
/// waits for Enter (no single key deletes anything).
pub(crate) fn confirm(yes: bool, question: &str, refusal: &str) -> anyhow::Result<bool> {
    if yes {
        return Ok(true);
    }
    if !std::io::stdin().is_terminal() {
        return Err(CliError::config(refusal.to_string())
            .with_hint("pass --yes")
            .into());
    }
    Ok(dialoguer::Confirm::new()
        .with_prompt(fitted(question, CONFIRM_ROOM))
        .default(false)
        .wait_for_newline(true)
        .interact()
        .map_err(|e| CliError::config("cannot read from the terminal").with_source(e))?)
}

/// [`confirm`] before deleting `what` (`group "Sales"`, `ann@example.com`): refused
/// without a terminal and without `--yes`, and "Nothing deleted." when the answer is no.
pub(crate) fn confirm_deletion(
    yes: bool,
    question: &str,
    what: &str,
    printer: &Printer,
) -> anyhow::Result<bool> {
    let refusal = format!("refusing to delete {what} without confirmation");
    let go = confirm(yes, question, &refusal)?;
    if !go {
        printer.status("Nothing deleted.");
    }
    Ok(go)
}

/// A hidden answer: `prompt`, then a line read with echo off, then `[hidden]`. Read
/// through the same buffered stdin as the other answers, and with nothing flushed: what
/// was typed before the prompt turned echo off is still read. `None` at the end of input
/// (Ctrl-D).
pub(crate) fn hidden_line(prompt: &str) -> std::io::Result<Option<String>> {
    let term = console::Term::stderr();
    term.write_str(&format!("{} ", fitted(prompt, 12)))?;
    let mut line = String::new();
    let read = {
        let _hidden = super::terminal::EchoOff::now()?;
        std::io::stdin().read_line(&mut line)
    };
    term.write_line("[hidden]")?;
    Ok(match read? {
        0 => None,
        _ => Some(line.trim_end_matches(['\r', '\n']).to_string()),
    })
}

/// What dialoguer writes after a yes/no question (` [y/N] `, then the answer).
pub(crate) const CONFIRM_ROOM: usize = 7;

/// The question `text` asked on a terminal of any width: broken at spaces into lines
/// that fit, keeping `room` columns free on the last line for what the prompt adds after
/// it (a default, `[y/N]`, the answer). All lines but the last are written here, once;
/// the last is returned, for dialoguer to draw as its prompt. dialoguer erases and
/// redraws a prompt as one line (a yes/no question clears only the line it ends on): a
/// longer prompt would leave half of itself behind once answered.
pub(crate) fn fitted(text: &str, room: usize) -> String {
    let Some((_, columns)) = console::Term::stderr().size_checked() else {
        return text.to_string();
    };
    let fitted = fitted_to(text, usize::from(columns), room);
    match fitted.rsplit_once('\n') {
        Some((lead, last)) => {
            // A question that cannot be shown whole is still asked (its last line).
            let _ = console::Term::stderr().write_line(lead);
            last.to_string()
        }
        None => fitted,
    }
}

/// [`fitted`] for a terminal `width` columns wide. A line never reaches the last column
/// (some terminals wrap as soon as it is written); a word longer than a line stays whole.
fn fitted_to(text: &str, width: usize, room: usize) -> String {
    let limit = width.saturating_sub(1).max(20);
    let mut lines: Vec<String> = Vec::new();
    for word in text.split(' ') {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= limit => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    // The last line must leave `room`: its last words go to a line of their own.
    let mut tail: Vec<&str> = Vec::new();
    let last = lines.pop().unwrap_or_default();
    let mut words: Vec<&str> = last.split(' ').collect();
    while words.len() > 1 && words.join(" ").chars().count() + room > limit {
        tail.insert(0, words.pop().unwrap_or_default());
    }
    lines.push(words.join(" "));
    if !tail.is_empty() {
        lines.push(tail.join(" "));
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::fitted_to;

    #[test]
    fn a_prompt_wider_than_the_terminal_is_broken_at_spaces() {
        let text = "Wipe the devices of members that are suspended or removed?";
        let fitted = fitted_to(text, 30, 7);
        assert_eq!(
            fitted,
            "Wipe the devices of members\nthat are suspended or\nremoved?"
        );
        assert!(fitted.lines().all(|l| l.len() < 30), "{fitted}");
        assert_eq!(fitted.replace('\n', " "), text, "no word lost");
    }

    #[test]
    fn the_last_line_keeps_room_for_the_default() {
        // 34 columns fit in 39, but not with the 7 a `[y/N]` takes after them.
        let fitted = fitted_to("aaaa bbbb cccc dddd eeee ffff gggg", 40, 7);
        assert_eq!(fitted, "aaaa bbbb cccc dddd eeee ffff\ngggg");
    }

    #[test]
    fn a_prompt_that_fits_is_left_as_it_is() {
        assert_eq!(fitted_to("Rule name", 80, 10), "Rule name");
        assert_eq!(fitted_to("", 80, 10), "");
    }

    #[test]
    fn a_word_longer_than_a_line_stays_whole() {
        let path = "/home/admin/.local/share/dbxprov/secrets.json";
        let fitted = fitted_to(&format!("Keep them in {path}?"), 30, 7);
        assert!(fitted.lines().any(|l| l.starts_with(path)), "{fitted}");
    }
}

//! The names the wizard offers and takes: free ones by default (`prod`, `corp`, `staff`,
//! or the first of `prod2`, `prod3`, ... not taken), and an answer checked before
//! anything is saved, against the store and against the names given but not saved yet.

use crate::cli::output::Printer;
use crate::model::validate_rule_name;
use crate::ops::{connection, rule, Context};

use super::ask::ask;

/// `base`, or the first of `base2`, `base3`, ... for which `taken` says no.
fn first_free(base: &str, taken: impl Fn(&str) -> anyhow::Result<bool>) -> anyhow::Result<String> {
    for n in 1.. {
        let name = match n {
            1 => base.to_string(),
            _ => format!("{base}{n}"),
        };
        if !taken(&name)? {
            return Ok(name);
        }
    }
    unreachable!("some name is free")
}

/// A connection name neither taken by a connection nor `also_taken` (one answered, not
/// saved yet).
pub(super) fn free_name(ctx: &Context, base: &str, also_taken: &str) -> anyhow::Result<String> {
    first_free(base, |name| {
        Ok(name.eq_ignore_ascii_case(also_taken) || connection::exists(ctx, name)?)
    })
}

/// A rule name that is valid and not taken (by a rule, or by `also_taken`); Enter takes
/// the first free one from `base`.
pub(super) fn new_rule_name(
    ctx: &Context,
    printer: &Printer,
    (prompt, base): (&str, &str),
    also_taken: Option<&str>,
) -> anyhow::Result<String> {
    let taken = |name: &str| -> anyhow::Result<bool> {
        Ok(also_taken.is_some_and(|t| t.eq_ignore_ascii_case(name)) || rule::exists(ctx, name)?)
    };
    let default = first_free(base, taken)?;
    loop {
        let name = ask(prompt, Some(&default))?;
        match validate_rule_name(&name) {
            Err(e) => printer.status(crate::error::Error::from(e).to_string()),
            Ok(()) if taken(&name)? => {
                printer.status(format!("A rule named {name:?} exists already."))
            }
            Ok(()) => return Ok(name),
        }
    }
}

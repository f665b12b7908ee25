//! The longer statements some errors make, for their `Display`.

use super::parts::Thing;
use crate::model::ScopeNeed;

/// `rule "r": 12 failed (a@x, b@x, c@x and 9 more): 10 of them: the reason`.
pub(super) fn items_failed_text(
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
pub(super) fn missing_scopes_text(connection: &str, missing: &[ScopeNeed]) -> String {
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

pub(super) fn not_found_text(thing: Thing, name: &str) -> String {
    match thing {
        Thing::User => format!("no user {name:?} in the directory"),
        Thing::Run => format!("no run {name}"),
        _ => format!("no {thing} named {name:?}"),
    }
}

pub(super) fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Who besides its owner a file's mode lets in.
pub(super) fn exposed_to(mode: u32) -> &'static str {
    match (mode & 0o070 != 0, mode & 0o007 != 0) {
        (true, true) => "its group and other users",
        (true, false) => "its group",
        _ => "other users",
    }
}

/// How many of a changed plan's differences are named.
const DIFFERENCES_SHOWN: usize = 10;

/// `the plan of rule "r" is no longer the one run 3 stopped: 1 no longer planned
/// (suspend bob@x), 1 new (suspend dee@x)`, a few of each named.
pub(super) fn plan_changed_text(
    rule: &str,
    kept: &str,
    dropped: &[String],
    added: &[String],
) -> String {
    let named = |words: &[String]| {
        let first = words[..words.len().min(DIFFERENCES_SHOWN)].join(", ");
        match words.len().saturating_sub(DIFFERENCES_SHOWN) {
            0 => first,
            more => format!("{first} and {more} more"),
        }
    };
    let mut parts = Vec::new();
    if !dropped.is_empty() {
        parts.push(format!(
            "{} no longer planned ({})",
            dropped.len(),
            named(dropped)
        ));
    }
    if !added.is_empty() {
        parts.push(format!("{} new ({})", added.len(), named(added)));
    }
    format!(
        "the plan of rule {rule:?} is no longer {kept}: {}; nothing was applied",
        parts.join(", ")
    )
}

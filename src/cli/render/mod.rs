//! What several commands (and the demo) print alike: a run's report ([`run`]), the
//! rules' status ([`status`]), one run's operations ([`show`]), and an operation's
//! reason with what it changes.

pub(crate) mod explain;
pub(crate) mod run;
pub(crate) mod show;
pub(crate) mod status;

/// A reason followed by what the operation changes: `surname differs (surname: Lee ->
/// Park)`.
pub(crate) fn with_changes<'a>(
    reason: &'a str,
    changes: &[crate::model::Change],
) -> std::borrow::Cow<'a, str> {
    if changes.is_empty() {
        return reason.into();
    }
    let each: Vec<String> = changes.iter().map(ToString::to_string).collect();
    format!("{reason} ({})", each.join("; ")).into()
}

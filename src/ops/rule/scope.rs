//! The users a rule reaches: its scope (populations, groups, filter), how many, and the
//! warnings a new scope deserves (users it shares with another rule of its connection,
//! users its filter cannot be evaluated for), each cause once.

use std::collections::HashSet;

use crate::error::Result;
use crate::mapping::Filter;
use crate::model::{Direction, Rule, User};
use crate::ops::Context;
use crate::store::UserFilter;

/// The users a rule reaches.
#[derive(Clone, Debug, Default)]
pub(crate) struct Scope {
    pub(crate) users: Vec<User>,
    /// Users the filter could not be evaluated for, with the error.
    pub(crate) failed: Vec<(User, String)>,
}

/// The users a rule provisions: in one of its populations (any, when it names none), a
/// member of one of its groups (when it names some), and passing its filter.
pub(crate) fn scope(ctx: &Context, rule: &Rule) -> Result<Scope> {
    let filter = rule.filter.as_deref().map(Filter::new).transpose()?;
    let mut users = Vec::new();
    let mut failed = Vec::new();
    for user in ctx.store.users(&UserFilter::default())? {
        let reached = reach(rule, filter.as_ref(), &user);
        if !(reached.population && reached.group) {
            continue;
        }
        match reached.filter {
            None | Some(Ok(true)) => users.push(user),
            Some(Ok(false)) => {}
            Some(Err(e)) => failed.push((user, e)),
        }
    }
    Ok(Scope { users, failed })
}

/// How a rule's scope takes one user: its population, its groups, its filter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Reach {
    /// In one of the rule's populations (or the rule names none).
    pub(crate) population: bool,
    /// In one of the rule's groups (or the rule names none).
    pub(crate) group: bool,
    /// The filter's answer, or why it has none; `None` when the rule has no filter or the
    /// population or groups kept the user out first (it is not evaluated then).
    pub(crate) filter: Option<std::result::Result<bool, String>>,
}

impl Reach {
    pub(crate) fn in_scope(&self) -> bool {
        self.population && self.group && matches!(self.filter, None | Some(Ok(true)))
    }
}

/// [`Reach`] of `user` by `rule` (whose filter, compiled once, is `filter`).
pub(crate) fn reach(rule: &Rule, filter: Option<&Filter>, user: &User) -> Reach {
    let population = rule.populations.is_empty()
        || rule
            .populations
            .iter()
            .any(|p| p.eq_ignore_ascii_case(&user.population));
    let group = rule.groups.is_empty()
        || rule
            .groups
            .iter()
            .any(|g| user.groups.iter().any(|ug| ug.eq_ignore_ascii_case(g)));
    let filter = match population && group {
        true => filter.map(|f| f.matches(user)),
        false => None,
    };
    Reach {
        population,
        group,
        filter,
    }
}

pub(super) const SHOWN_FAILURES: usize = 20;

/// Problems (user, why), one line per cause: the users a cause fails are counted and the
/// first named, so that a filter wrong for 2,000 users is one line, not 2,000.
pub(super) fn by_cause(problems: Vec<(&str, String)>) -> Vec<String> {
    let mut causes: Vec<(String, Vec<&str>)> = Vec::new();
    for (email, why) in problems {
        match causes.iter_mut().find(|(w, _)| *w == why) {
            Some((_, emails)) => emails.push(email),
            None => causes.push((why, vec![email])),
        }
    }
    causes
        .into_iter()
        .map(|(why, emails)| match emails.as_slice() {
            [one] => format!("{one}: {why}"),
            all => {
                let first = all[..3.min(all.len())].join(", ");
                let more = all.len().saturating_sub(3);
                let more = if more > 0 {
                    format!(" and {more} more")
                } else {
                    String::new()
                };
                format!("{} users ({first}{more}): {why}", all.len())
            }
        })
        .collect()
}

/// The users a rule reaches now: in scope (outbound), or brought in (inbound).
pub(crate) fn users_reached(ctx: &Context, rule: &Rule) -> Result<usize> {
    Ok(match rule.direction {
        Direction::Outbound => scope(ctx, rule)?.users.len(),
        Direction::Inbound => ctx.store.inbound_link_count(rule.id)? as usize,
    })
}

/// The users an outbound rule shares with the other outbound rules of its connection: a
/// member has one rule per connection, so the rule that did not link them first fails
/// them on every run.
pub(super) fn overlap_warnings(ctx: &Context, rule: &Rule) -> Result<Vec<String>> {
    if rule.direction != Direction::Outbound {
        return Ok(Vec::new());
    }
    let mine: Vec<_> = scope(ctx, rule)?.users;
    let mut warnings = Vec::new();
    for other in ctx.store.rules()? {
        let same_connection = other.connection.eq_ignore_ascii_case(&rule.connection);
        if other.id == rule.id || !same_connection || other.direction != Direction::Outbound {
            continue;
        }
        let theirs: HashSet<String> = scope(ctx, &other)?
            .users
            .into_iter()
            .map(|u| u.id)
            .collect();
        let shared: Vec<&str> = mine
            .iter()
            .filter(|u| theirs.contains(&u.id))
            .map(|u| u.email.as_str())
            .collect();
        if shared.is_empty() {
            continue;
        }
        let first = shared
            .iter()
            .take(3)
            .copied()
            .collect::<Vec<_>>()
            .join(", ");
        let more = match shared.len() {
            n if n > 3 => format!(" and {} more", n - 3),
            _ => String::new(),
        };
        warnings.push(format!(
            "{} users are also in the scope of rule {:?} of connection {:?} ({first}{more}): a \
             member has one rule per connection, so the rule that did not link them first \
             fails them on every run; narrow one of the two scopes",
            shared.len(),
            other.name,
            rule.connection
        ));
    }
    Ok(warnings)
}

/// The scopes a rule needs that its connection's token is known to lack (nothing when
/// nothing is known yet: its first run asks).
pub(super) fn scope_warnings(ctx: &Context, rule: &Rule) -> Result<Vec<String>> {
    let connection = ctx.store.connection(&rule.connection)?;
    let needs = rule.required_scopes(&connection.actions);
    let missing = crate::ops::scopes::missing(connection.scopes.as_ref(), &needs);
    Ok(missing
        .into_iter()
        .map(|m| {
            format!(
                "the app of connection {:?} lacks the scope {}, needed for {}: the rule's runs \
                 stop before they change anything until it is granted (tick it in the Dropbox \
                 App Console, then run `dbxprov connection authorize {}`)",
                connection.name, m.scope, m.needed_for, connection.name
            )
        })
        .collect())
}

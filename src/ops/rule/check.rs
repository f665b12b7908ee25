//! Checking a rule as a whole before it is saved: its populations exist (spelled as the
//! store spells them), an inbound and an outbound rule share a connection only when
//! allowed, its filter and mappings compile, and its mappings give a valid profile for
//! the users in scope.

use std::collections::BTreeMap;

use super::scope::*;
use crate::error::{Error, Result, Thing};
use crate::mapping::inbound::{self, InboundMapper, Source};
use crate::mapping::{Filter, Mapper, Target};
use crate::model::{Connection, ConnectionKind, Direction, Invalid, LdapFlavor, LdapQuery, Rule};
use crate::ops::Context;

/// The rule's populations as the store spells them; an error names one that is missing.
pub(super) fn check_populations(ctx: &Context, rule: &mut Rule) -> Result<()> {
    let populations = ctx.store.populations()?;
    for p in rule.populations.iter_mut() {
        *p = match populations.iter().find(|x| x.name.eq_ignore_ascii_case(p)) {
            Some(x) => x.name.clone(),
            None => {
                let names = populations.iter().map(|x| x.name.as_str());
                return Err(Error::not_found_among(Thing::Population, p, names));
            }
        };
    }
    Ok(())
}

/// An inbound and an outbound rule on one connection feed each other (PingOne documents
/// duplicate users): refused unless the admin allows it.
pub(super) fn check_pairing(ctx: &Context, rule: &Rule, allow_bidirectional: bool) -> Result<()> {
    if allow_bidirectional {
        return Ok(());
    }
    let others: Vec<String> = ctx
        .store
        .rules()?
        .into_iter()
        .filter(|r| {
            r.id != rule.id
                && r.direction != rule.direction
                && r.connection.eq_ignore_ascii_case(&rule.connection)
        })
        .map(|r| r.name)
        .collect();
    if others.is_empty() {
        return Ok(());
    }
    Err(Error::Bidirectional {
        rule: rule.name.clone(),
        direction: rule.direction,
        connection: rule.connection.clone(),
        others,
    })
}

/// Checks a whole inbound rule against the store: one population, a filter and mappings
/// that compile, nothing that only outbound rules have.
pub(super) fn check_inbound(ctx: &Context, rule: &mut Rule) -> Result<Checked> {
    let connection = ctx.store.connection(&rule.connection)?;
    rule.connection = connection.name.clone();
    check_source(&connection, rule)?;
    if rule.populations.len() != 1 {
        return Err(Error::InboundPopulation {
            rule: rule.name.clone(),
            given: rule.populations.len(),
        });
    }
    if !(rule.groups.is_empty() && rule.provision_groups.is_empty()) {
        return Err(Error::NotForInbound {
            rule: rule.name.clone(),
            what: "groups",
        });
    }
    if rule.adopt_existing_groups || rule.exclusive_group_membership {
        return Err(Error::NotForInbound {
            rule: rule.name.clone(),
            what: "group settings",
        });
    }
    if rule.take_external_ids {
        return Err(Error::NotForInbound {
            rule: rule.name.clone(),
            what: "--take-external-ids",
        });
    }
    check_populations(ctx, rule)?;
    InboundMapper::new(source_of(&connection), &rule.mappings)?;
    rule.filter.as_deref().map(Filter::new).transpose()?;
    Ok(Checked {
        in_scope: ctx.store.inbound_link_count(rule.id)? as usize,
        warnings: Vec::new(),
    })
}

/// Checks a whole rule against the store; returns how many users it reaches, and warns
/// of the users it will fail and of scopes its connection is known to lack.
pub(super) fn check(ctx: &Context, rule: &mut Rule) -> Result<Checked> {
    let mut checked = check_rule(ctx, rule)?;
    checked.warnings.extend(scope_warnings(ctx, rule)?);
    checked.warnings.extend(overlap_warnings(ctx, rule)?);
    Ok(checked)
}

pub(super) fn check_rule(ctx: &Context, rule: &mut Rule) -> Result<Checked> {
    if rule.direction == Direction::Inbound {
        return check_inbound(ctx, rule);
    }
    let connection = ctx.store.connection(&rule.connection)?;
    if connection.kind != ConnectionKind::Dropbox {
        return Err(Error::WrongConnectionKind {
            connection: connection.name,
            kind: connection.kind,
            what:
                "outbound rules provision Dropbox teams; its people come in through inbound rules"
                    .into(),
        });
    }
    rule.connection = connection.name;
    if rule.populations.is_empty() && rule.groups.is_empty() {
        return Err(Error::EmptyScope);
    }
    if rule.sync_only_active {
        return Err(Error::NotForOutbound {
            rule: rule.name.clone(),
            what: "--sync-only-active",
        });
    }
    check_populations(ctx, rule)?;
    for g in rule.groups.iter_mut() {
        *g = crate::ops::directory::find_group(ctx, g)?.name;
    }
    let mapper = Mapper::new(&rule.mappings)?;
    let Scope {
        users,
        failed: filter_failures,
    } = scope(ctx, rule)?;
    let mut problems: Vec<(&str, String)> = filter_failures
        .iter()
        .map(|(u, e)| (u.email.as_str(), e.clone()))
        .collect();
    let mut default_mapping = None;
    for (u, profile) in users.iter().zip(mapper.profiles(&users)) {
        if let Err(e) = profile {
            default_mapping = default_mapping.or_else(|| e.default_instead());
            problems.push((u.email.as_str(), e.to_string()));
        }
    }
    let total = users.len() + filter_failures.len();
    let n = problems.len();
    let causes = by_cause(problems);
    let extra = causes.len().saturating_sub(SHOWN_FAILURES);
    let mut details: Vec<String> = causes.into_iter().take(SHOWN_FAILURES).collect();
    if extra > 0 {
        details.push(format!("... and {extra} more causes"));
    }
    // Failing for every user is a wrong mapping or filter: refuse it. Failing for some is
    // those users' data: save the rule (they will be Failed at run time) and say so.
    if n > 0 && n == total {
        return Err(Error::RuleFailsEveryone {
            rule: rule.name.clone(),
            total,
            problems: details,
            default_mapping,
        });
    }
    let warnings = if n > 0 {
        let mut w = vec![format!(
            "{n} of the {total} users in scope will fail: their data does not fit the mappings"
        )];
        w.extend(details);
        w
    } else {
        Vec::new()
    };
    Ok(Checked {
        in_scope: users.len(),
        warnings,
    })
}

/// What checking a rule found.
pub(super) struct Checked {
    pub(super) in_scope: usize,
    /// Users whose data does not fit (the rule is still saved).
    pub(super) warnings: Vec<String>,
}

/// The name a mapping of a rule of this direction is stored under.
/// What an inbound rule of `connection` reads, for its mappings and filter.
pub(crate) fn source_of(connection: &Connection) -> Source {
    match (connection.kind, &connection.ldap) {
        (ConnectionKind::Ldap, Some(ldap)) => {
            Source::Directory(ldap.flavor.unwrap_or(LdapFlavor::Ldap))
        }
        _ => Source::Team,
    }
}

/// An inbound rule's searches fit its connection: an LDAP one's rules always have them
/// (empty: the defaults), and a Dropbox one's never; the filters are LDAP filters.
fn check_source(connection: &Connection, rule: &mut Rule) -> Result<()> {
    match connection.kind {
        ConnectionKind::Dropbox => {
            if rule
                .ldap
                .as_ref()
                .is_some_and(|q| *q != LdapQuery::default())
            {
                return Err(Invalid::NotForKind {
                    setting: "--user-filter, --group-filter, --search-base and --schedule",
                    kind: "LDAP",
                }
                .into());
            }
            rule.ldap = None;
        }
        ConnectionKind::Ldap => {
            let query = rule.ldap.get_or_insert_with(LdapQuery::default);
            for filter in [&query.user_filter, &query.group_filter]
                .into_iter()
                .flatten()
            {
                crate::ldap::check_filter(filter).map_err(|e| Error::ldap(&connection.name, e))?;
            }
        }
    }
    Ok(())
}

pub(super) fn mapping_target(direction: Direction, attr: &str) -> Result<String> {
    match direction {
        Direction::Outbound => Ok(Target::parse(attr)?.name().to_string()),
        Direction::Inbound => inbound::target_name(attr),
    }
}

pub(super) fn mapping_overrides(
    direction: Direction,
    pairs: &[(String, String)],
) -> Result<BTreeMap<String, String>> {
    let mut map = BTreeMap::new();
    for (attr, expr) in pairs {
        map.insert(mapping_target(direction, attr)?, expr.trim().to_string());
    }
    Ok(map)
}

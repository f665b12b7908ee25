//! Rules: create (outbound and inbound), list, show, update, enable, disable, delete,
//! test-mapping. Every change is checked as a whole before it is saved ([`check`](mod@check)): the
//! connection, populations and groups exist, the filter and mappings compile, the mappings
//! give a valid profile for every user in scope (outbound), and an inbound and an outbound
//! rule share a connection only when the admin said so.

mod check;
mod scope;
mod view;

use check::*;
pub(crate) use scope::*;
pub(crate) use view::*;

use serde::Serialize;

use crate::error::{Error, Result, Thing};
use crate::mapping::{Evaluated, Mapper};
use crate::model::{parse_delete_limit, Direction, Held, LdapQuery, Rule};
use crate::ops::Context;
use crate::store::{self, now, LockKey, RunLock};

/// An outbound rule as `rule create outbound` describes it.
#[derive(Clone, Debug, Default)]
pub(crate) struct NewOutboundRule {
    pub(crate) name: String,
    pub(crate) connection: String,
    pub(crate) populations: Vec<String>,
    pub(crate) groups: Vec<String>,
    pub(crate) filter: Option<String>,
    /// `ATTR=EXPR` pairs.
    pub(crate) mappings: Vec<(String, String)>,
    pub(crate) max_deletes: Option<String>,
    /// Directory group names, provisioned as Dropbox groups.
    pub(crate) provision_groups: Vec<String>,
    pub(crate) adopt_existing_groups: bool,
    pub(crate) exclusive_group_membership: bool,
    /// Its connection may have inbound rules.
    pub(crate) allow_bidirectional: bool,
    /// Replace external ids other tools set on the members it adopts.
    pub(crate) take_external_ids: bool,
}

/// An inbound rule as `rule create inbound` describes it.
#[derive(Clone, Debug, Default)]
pub(crate) struct NewInboundRule {
    pub(crate) name: String,
    pub(crate) connection: String,
    pub(crate) population: String,
    pub(crate) filter: Option<String>,
    /// `ATTR=EXPR` pairs over `member`.
    pub(crate) mappings: Vec<(String, String)>,
    pub(crate) sync_only_active: bool,
    pub(crate) max_deletes: Option<String>,
    /// Its connection may have outbound rules.
    pub(crate) allow_bidirectional: bool,
    /// What it searches, when its connection is an LDAP directory.
    pub(crate) ldap: Option<LdapQuery>,
}

pub(crate) fn create_inbound(ctx: &mut Context, new: NewInboundRule) -> Result<RuleView> {
    crate::model::validate_rule_name(&new.name)?;
    if ctx.store.find_rule(&new.name)?.is_some() {
        return Err(Error::already_exists(Thing::Rule, &new.name));
    }
    let t = now();
    let mut rule = Rule {
        name: new.name,
        direction: Direction::Inbound,
        connection: new.connection,
        enabled: true,
        populations: vec![new.population],
        filter: new.filter.filter(|f| !f.trim().is_empty()),
        mappings: mapping_overrides(Direction::Inbound, &new.mappings)?,
        max_deletes: new
            .max_deletes
            .as_deref()
            .map(parse_delete_limit)
            .transpose()?,
        sync_only_active: new.sync_only_active,
        ldap: new.ldap,
        created_at: t,
        updated_at: t,
        ..Rule::default()
    };
    let checked = check(ctx, &mut rule)?;
    check_pairing(ctx, &rule, new.allow_bidirectional)?;
    rule.id = ctx.store.write(|tx| store::insert_rule(tx, &rule))?;
    view(ctx, rule, checked.in_scope)
}

pub(crate) fn create_outbound(ctx: &mut Context, new: NewOutboundRule) -> Result<RuleView> {
    crate::model::validate_rule_name(&new.name)?;
    if ctx.store.find_rule(&new.name)?.is_some() {
        return Err(Error::already_exists(Thing::Rule, &new.name));
    }
    let t = now();
    let mut rule = Rule {
        id: 0,
        name: new.name,
        direction: Direction::Outbound,
        connection: new.connection,
        enabled: true,
        populations: new.populations,
        groups: new.groups,
        filter: new.filter.filter(|f| !f.trim().is_empty()),
        mappings: mapping_overrides(Direction::Outbound, &new.mappings)?,
        max_deletes: new
            .max_deletes
            .as_deref()
            .map(parse_delete_limit)
            .transpose()?,
        provision_groups: Vec::new(),
        adopt_existing_groups: new.adopt_existing_groups,
        exclusive_group_membership: new.exclusive_group_membership,
        sync_only_active: false,
        take_external_ids: new.take_external_ids,
        ldap: None,
        created_at: t,
        updated_at: t,
    };
    add_provision_groups(ctx, &mut rule, &new.provision_groups)?;
    let checked = check(ctx, &mut rule)?;
    check_pairing(ctx, &rule, new.allow_bidirectional)?;
    rule.id = ctx.store.write(|tx| store::insert_rule(tx, &rule))?;
    Ok(RuleView {
        warnings: checked.warnings,
        ..view(ctx, rule, checked.in_scope)?
    })
}

pub(crate) fn list(ctx: &Context) -> Result<Vec<RuleView>> {
    ctx.store
        .rules()?
        .into_iter()
        .map(|rule| {
            let n = users_reached(ctx, &rule)?;
            view(ctx, rule, n)
        })
        .collect()
}

/// Whether a rule named `name` exists.
pub(crate) fn exists(ctx: &Context, name: &str) -> Result<bool> {
    Ok(ctx.store.find_rule(name)?.is_some())
}

pub(crate) fn show(ctx: &Context, name: &str) -> Result<RuleView> {
    let rule = ctx.store.rule(name)?;
    let n = users_reached(ctx, &rule)?;
    view(ctx, rule, n)
}

/// What `rule update` changes; `None` leaves a field alone.
#[derive(Clone, Debug, Default)]
pub(crate) struct RuleChanges {
    pub(crate) connection: Option<String>,
    /// Replace the populations (and groups) when given.
    pub(crate) populations: Option<Vec<String>>,
    pub(crate) groups: Option<Vec<String>>,
    /// `Some(None)` removes the filter.
    pub(crate) filter: Option<Option<String>>,
    pub(crate) set_mappings: Vec<(String, String)>,
    /// Attributes going back to their default mapping.
    pub(crate) reset_mappings: Vec<String>,
    /// `Some(None)` goes back to the default limit.
    pub(crate) max_deletes: Option<Option<String>>,
    /// Directory group names to start or stop provisioning.
    pub(crate) add_provision_groups: Vec<String>,
    pub(crate) remove_provision_groups: Vec<String>,
    pub(crate) adopt_existing_groups: Option<bool>,
    pub(crate) exclusive_group_membership: Option<bool>,
    pub(crate) sync_only_active: Option<bool>,
    pub(crate) take_external_ids: Option<bool>,
    pub(crate) ldap: LdapQueryChanges,
    /// A new connection may hold rules of the other direction.
    pub(crate) allow_bidirectional: bool,
}

/// What `rule update` changes of an LDAP rule's searches; `Some(None)` goes back to the
/// default.
#[derive(Clone, Debug, Default)]
pub(crate) struct LdapQueryChanges {
    pub(crate) user_filter: Option<Option<String>>,
    pub(crate) group_filter: Option<Option<String>>,
    pub(crate) search_base: Option<Option<String>>,
    pub(crate) daily: Option<bool>,
}

impl LdapQueryChanges {
    fn is_empty(&self) -> bool {
        self.user_filter.is_none()
            && self.group_filter.is_none()
            && self.search_base.is_none()
            && self.daily.is_none()
    }

    /// The rule's query with these changes (empty values mean the default).
    fn apply(&self, query: Option<LdapQuery>) -> Option<LdapQuery> {
        if self.is_empty() {
            return query;
        }
        let mut q = query.unwrap_or_default();
        let given = |v: &Option<String>| v.clone().filter(|s| !s.trim().is_empty());
        if let Some(v) = &self.user_filter {
            q.user_filter = given(v);
        }
        if let Some(v) = &self.group_filter {
            q.group_filter = given(v);
        }
        if let Some(v) = &self.search_base {
            q.search_base = given(v);
        }
        crate::model::set(&mut q.daily, &self.daily);
        Some(q)
    }
}

/// Adds directory groups (by name) to those a rule provisions, once each.
fn add_provision_groups(ctx: &Context, rule: &mut Rule, names: &[String]) -> Result<()> {
    for name in names {
        let group = crate::ops::directory::find_group(ctx, name)?;
        if !rule.provision_groups.contains(&group.id) {
            rule.provision_groups.push(group.id);
        }
    }
    Ok(())
}

/// Stops provisioning directory groups, named by name or id (a group deleted in the
/// directory has only its id left).
fn remove_provision_groups(ctx: &Context, rule: &mut Rule, names: &[String]) -> Result<()> {
    for name in names {
        let id = match ctx.store.find_group(name)? {
            Some(g) => g.id,
            None => name.clone(),
        };
        if !rule.provision_groups.contains(&id) {
            return Err(Error::NotProvisioned {
                rule: rule.name.clone(),
                group: name.clone(),
            });
        }
        rule.provision_groups.retain(|g| *g != id);
    }
    Ok(())
}

pub(crate) fn update(ctx: &mut Context, name: &str, changes: RuleChanges) -> Result<RuleView> {
    let (rule, checked) = updated(ctx, name, changes)?;
    ctx.store.write(|tx| store::update_rule(tx, &rule))?;
    Ok(RuleView {
        warnings: checked.warnings,
        ..view(ctx, rule, checked.in_scope)?
    })
}

/// A rule moves to another connection only when it holds nothing on its own: no linked
/// member or user, no group, and no operation whose outcome is unknown (a create whose
/// answer was lost may have made a member only this rule would recognise).
fn refuse_orphans(ctx: &Context, rule: &Rule) -> Result<()> {
    let held = Held {
        members: ctx.store.links_of_rule(rule.id)? + ctx.store.inbound_link_count(rule.id)?,
        groups: ctx.store.group_links_of_rule(rule.id)?,
        unknown: ctx.store.unsettled(rule.id)?.len() as u64,
    };
    if held.is_empty() {
        return Ok(());
    }
    Err(Error::RuleWouldOrphan {
        rule: rule.name.clone(),
        connection: rule.connection.clone(),
        held,
    })
}

/// The rule as `changes` would leave it, checked, not saved (a preview runs it dry).
pub(crate) fn updated_rule(ctx: &Context, name: &str, changes: RuleChanges) -> Result<Rule> {
    Ok(updated(ctx, name, changes)?.0)
}

fn updated(ctx: &Context, name: &str, changes: RuleChanges) -> Result<(Rule, Checked)> {
    let mut rule = ctx.store.rule(name)?;
    let direction = rule.direction;
    if direction == Direction::Inbound && !changes.add_provision_groups.is_empty() {
        return Err(Error::NotForInbound {
            rule: rule.name,
            what: "groups",
        });
    }
    let moved = changes
        .connection
        .as_ref()
        .is_some_and(|c| !c.eq_ignore_ascii_case(&rule.connection));
    if let Some(c) = changes.connection {
        if moved {
            refuse_orphans(ctx, &rule)?;
        }
        rule.connection = c;
    }
    if let Some(p) = changes.populations {
        rule.populations = p;
    }
    if let Some(g) = changes.groups {
        rule.groups = g;
    }
    if let Some(f) = changes.filter {
        rule.filter = f.filter(|f| !f.trim().is_empty());
    }
    for attr in &changes.reset_mappings {
        rule.mappings.remove(&mapping_target(direction, attr)?);
    }
    rule.mappings
        .extend(mapping_overrides(direction, &changes.set_mappings)?);
    crate::model::set(&mut rule.sync_only_active, &changes.sync_only_active);
    if let Some(limit) = changes.max_deletes {
        rule.max_deletes = limit.as_deref().map(parse_delete_limit).transpose()?;
    }
    remove_provision_groups(ctx, &mut rule, &changes.remove_provision_groups)?;
    add_provision_groups(ctx, &mut rule, &changes.add_provision_groups)?;
    crate::model::set(
        &mut rule.adopt_existing_groups,
        &changes.adopt_existing_groups,
    );
    crate::model::set(
        &mut rule.exclusive_group_membership,
        &changes.exclusive_group_membership,
    );
    crate::model::set(&mut rule.take_external_ids, &changes.take_external_ids);
    rule.ldap = changes.ldap.apply(rule.ldap.take());
    rule.updated_at = now();
    let checked = check(ctx, &mut rule)?;
    // The pair was allowed (or did not exist) when the rule came to its connection.
    if moved {
        check_pairing(ctx, &rule, changes.allow_bidirectional)?;
    }
    Ok((rule, checked))
}

pub(crate) fn set_enabled(ctx: &mut Context, name: &str, enabled: bool) -> Result<RuleView> {
    let mut rule = ctx.store.rule(name)?;
    rule.enabled = enabled;
    rule.updated_at = now();
    ctx.store.write(|tx| store::update_rule(tx, &rule))?;
    show(ctx, &rule.name)
}

/// Deletes a rule with its links, states, history and lock, holding its lock: never
/// while it runs.
/// How many directory users an inbound rule brought in (0 for an outbound rule).
pub(crate) fn brought_in(ctx: &Context, rule: &Rule) -> Result<u64> {
    ctx.store.inbound_link_count(rule.id)
}

pub(crate) fn delete(ctx: &mut Context, name: &str) -> Result<Rule> {
    let rule = ctx.store.rule(name)?;
    let _lock = lock_rule(ctx, &rule, "rule delete")?;
    ctx.store.write(|tx| store::delete_rule(tx, rule.id))?;
    store::remove_rule_lock(ctx.store.home(), rule.id)?;
    Ok(rule)
}

/// A rule's lock: one run of a rule at a time, and no deletion during one. A second
/// taker gets exit code 7 (a second run of the same rule would only redo the first's work).
pub(crate) fn lock_rule(ctx: &Context, rule: &Rule, purpose: &str) -> Result<RunLock> {
    let holder = format!("{purpose} of rule {:?}", rule.name);
    // A command that only reads may hold the lock for an instant to tell a dead run from
    // a live one: a lock held across a few tries is a run's.
    let mut tries = 0;
    loop {
        match store::try_lock(ctx.store.home(), LockKey::Rule(rule.id), &holder)? {
            Ok(lock) => return Ok(lock),
            Err(_) if tries < LOCK_TRIES => {
                tries += 1;
                std::thread::sleep(LOCK_TRY_GAP);
            }
            Err(holder) => {
                return Err(Error::RuleLocked {
                    rule: rule.name.clone(),
                    holder,
                })
            }
        }
    }
}

/// How many more times a rule's lock is tried, and how far apart, before it is held.
const LOCK_TRIES: u32 = 5;

const LOCK_TRY_GAP: std::time::Duration = std::time::Duration::from_millis(20);

#[derive(Clone, Debug, Serialize)]
pub(crate) struct MappingTest {
    pub(crate) rule: String,
    pub(crate) user: String,
    pub(crate) user_id: String,
    pub(crate) in_scope: bool,
    /// Why the user is out of scope, or the filter's error.
    pub(crate) scope_note: Option<String>,
    pub(crate) values: Vec<Evaluated>,
}

pub(crate) fn test_mapping(ctx: &Context, name: &str, user_key: &str) -> Result<MappingTest> {
    let rule = ctx.store.rule(name)?;
    let user = crate::ops::directory::find_user(ctx, user_key)?;
    let reached = scope(ctx, &rule)?;
    let in_scope = reached.users.iter().any(|u| u.id == user.id);
    let scope_note = match reached.failed.iter().find(|(u, _)| u.id == user.id) {
        Some((_, e)) => Some(e.clone()),
        None if !in_scope => Some(format!(
            "not in the rule's scope (populations: {}; groups: {}; filter: {})",
            if rule.populations.is_empty() {
                "any".into()
            } else {
                rule.populations.join(", ")
            },
            if rule.groups.is_empty() {
                "any".into()
            } else {
                rule.groups.join(", ")
            },
            rule.filter.as_deref().unwrap_or("none")
        )),
        None => None,
    };
    let mapper = Mapper::new(&rule.mappings)?;
    Ok(MappingTest {
        rule: rule.name,
        user: user.email.clone(),
        user_id: user.id.clone(),
        in_scope,
        scope_note,
        values: mapper.evaluate(&user),
    })
}

/// The rule named `name` (an error with a did-you-mean when there is none).
pub(crate) fn get(ctx: &Context, name: &str) -> Result<Rule> {
    ctx.store.rule(name)
}

/// Every rule, as stored (no view is computed).
pub(crate) fn all(ctx: &Context) -> Result<Vec<Rule>> {
    ctx.store.rules()
}

/// Whether an inbound rule has had its first full sync (its schedule is set).
pub(crate) fn is_scheduled(ctx: &Context, rule: &Rule) -> Result<bool> {
    Ok(ctx.store.schedule(rule.id)?.is_some())
}

//! Rules: create (outbound and inbound), list, show, update, enable, disable, delete,
//! test-mapping. Every change is checked as a whole before it is saved: the connection,
//! populations and groups exist, the filter and mappings compile, the mappings give a
//! valid profile for every user in scope (outbound), and an inbound and an outbound rule
//! share a connection only when the admin said so.

use std::collections::{BTreeMap, HashSet};

use serde::Serialize;

use super::Context;
use crate::error::{Error, Result, Thing};
use crate::mapping::inbound::{self, InboundMapper};
use crate::mapping::{Evaluated, Filter, Mapper, Target};
use crate::model::{
    parse_delete_limit, Blocked, ConnectionStatus, Direction, GroupState, Held, Rule, User,
};
use crate::store::{self, now, LockKey, RunLock, UserFilter};

/// The users a rule reaches.
#[derive(Clone, Debug, Default)]
pub struct Scope {
    pub users: Vec<User>,
    /// Users the filter could not be evaluated for, with the error.
    pub failed: Vec<(User, String)>,
}

/// The users a rule provisions: in one of its populations (any, when it names none), a
/// member of one of its groups (when it names some), and passing its filter.
pub fn scope(ctx: &Context, rule: &Rule) -> Result<Scope> {
    let filter = rule.filter.as_deref().map(Filter::new).transpose()?;
    let mut users = Vec::new();
    let mut failed = Vec::new();
    for user in ctx.store.users(&UserFilter::default())? {
        let in_population = rule.populations.is_empty()
            || rule
                .populations
                .iter()
                .any(|p| p.eq_ignore_ascii_case(&user.population));
        let in_group = rule.groups.is_empty()
            || rule
                .groups
                .iter()
                .any(|g| user.groups.iter().any(|ug| ug.eq_ignore_ascii_case(g)));
        if !(in_population && in_group) {
            continue;
        }
        match filter.as_ref().map(|f| f.matches(&user)) {
            None | Some(Ok(true)) => users.push(user),
            Some(Ok(false)) => {}
            Some(Err(e)) => failed.push((user, e)),
        }
    }
    Ok(Scope { users, failed })
}

/// What a rule reaches today.
#[derive(Clone, Debug, Serialize)]
pub struct RuleView {
    #[serde(flatten)]
    pub rule: Rule,
    pub mappings_in_effect: Vec<MappingView>,
    pub users_in_scope: usize,
    /// Why the rule would not run now (connection disabled or invalid), if it would not.
    pub blocked: Option<Blocked>,
    /// Users in scope whose data does not fit the mappings (after create and update).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// The directory groups it provisions, with their Dropbox groups as the last run left
    /// them.
    pub provisioned_groups: Vec<ProvisionedGroup>,
    /// An inbound rule's daily schedule.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule: Option<ScheduleView>,
}

/// When an inbound rule runs on `sync run --due`.
#[derive(Clone, Debug, Serialize)]
pub struct ScheduleView {
    /// RFC 3339; `None` until its first full sync (it is due at once).
    pub next_run: Option<String>,
    /// The time of day (UTC) of its runs, from its first full sync.
    pub daily_at: Option<String>,
}

fn schedule_view(ctx: &Context, rule: &Rule) -> Result<Option<ScheduleView>> {
    if rule.direction != Direction::Inbound {
        return Ok(None);
    }
    let schedule = ctx.store.schedule(rule.id)?;
    Ok(Some(ScheduleView {
        next_run: schedule.map(|s| super::rfc3339(s.next())),
        daily_at: schedule.map(|s| super::rfc3339(s.anchor)[11..16].to_string()),
    }))
}

/// One directory group a rule provisions.
#[derive(Clone, Debug, Serialize)]
pub struct ProvisionedGroup {
    /// The directory group's id.
    pub id: String,
    /// `None` once the group is deleted in the directory (the next run deletes its
    /// Dropbox group).
    pub name: Option<String>,
    /// The name it had when a run last provisioned it (of a group deleted since).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    pub dropbox_group_id: Option<String>,
    /// `None` until a run has provisioned it.
    pub state: Option<GroupState>,
    pub members: Option<u64>,
    pub error: Option<String>,
}

fn provisioned_groups(ctx: &Context, rule: &Rule) -> Result<Vec<ProvisionedGroup>> {
    if rule.provision_groups.is_empty() {
        return Ok(Vec::new());
    }
    let directory = ctx.store.groups()?;
    let states = ctx.store.group_states(rule.id)?;
    let links = ctx.store.group_links_of_connection(&rule.connection)?;
    let links: Vec<_> = links.into_iter().filter(|l| l.rule == rule.name).collect();
    // A group deleted in the directory is shown while the rule still holds its Dropbox
    // group (its next run deletes it); after that, or once it passed to a group
    // re-created under its name, there is nothing left of it to show.
    let shown = |id: &&String| {
        directory.iter().any(|g| g.id == **id) || links.iter().any(|l| l.directory_group_id == **id)
    };
    Ok(rule
        .provision_groups
        .iter()
        .filter(shown)
        .map(|id| {
            let state = states.iter().find(|s| s.group == *id);
            ProvisionedGroup {
                id: id.clone(),
                name: directory
                    .iter()
                    .find(|g| g.id == *id)
                    .map(|g| g.name.clone()),
                last_name: state.map(|s| s.name.clone()),
                dropbox_group_id: state.and_then(|s| s.dropbox_group_id.clone()),
                state: state.map(|s| s.state),
                members: state.map(|s| s.members),
                error: state.and_then(|s| s.error.clone()),
            }
        })
        .collect())
}

#[derive(Clone, Debug, Serialize)]
pub struct MappingView {
    pub attribute: String,
    pub expression: String,
    pub is_default: bool,
}

fn mappings_in_effect(rule: &Rule) -> Vec<MappingView> {
    if rule.direction == Direction::Inbound {
        return inbound::in_effect(&rule.mappings)
            .into_iter()
            .map(|(attribute, expression, is_default)| MappingView {
                attribute,
                expression,
                is_default,
            })
            .collect();
    }
    Target::ALL
        .into_iter()
        .map(|t| match rule.mappings.get(t.name()) {
            Some(e) => MappingView {
                attribute: t.name().to_string(),
                expression: e.clone(),
                is_default: false,
            },
            None => MappingView {
                attribute: t.name().to_string(),
                expression: t.default_expression().to_string(),
                is_default: true,
            },
        })
        .collect()
}

/// Why a rule on this connection would not run now, if it would not.
pub fn blocked_by_connection(ctx: &Context, rule: &Rule) -> Result<Option<Blocked>> {
    let Some(c) = ctx.store.find_connection(&rule.connection)? else {
        return Ok(Some(Blocked::ConnectionMissing(rule.connection.clone())));
    };
    Ok(if !rule.enabled {
        Some(Blocked::RuleDisabled)
    } else if !c.enabled {
        Some(Blocked::ConnectionDisabled(c.name))
    } else if c.status == ConnectionStatus::Invalid {
        // Only credentials refused before they ever worked block: an outage, or a test
        // that failed after the connection had worked, must not stop cron. Such runs try
        // to authenticate and say what is wrong (exit 3) when they cannot.
        Some(Blocked::ConnectionInvalid(c.name))
    } else {
        None
    })
}

fn view(ctx: &Context, rule: Rule, users_in_scope: usize) -> Result<RuleView> {
    Ok(RuleView {
        warnings: Vec::new(),
        blocked: blocked_by_connection(ctx, &rule)?,
        provisioned_groups: provisioned_groups(ctx, &rule)?,
        schedule: schedule_view(ctx, &rule)?,
        mappings_in_effect: mappings_in_effect(&rule),
        users_in_scope,
        rule,
    })
}

const SHOWN_FAILURES: usize = 20;

/// Problems (user, why), one line per cause: the users a cause fails are counted and the
/// first named, so that a filter wrong for 2,000 users is one line, not 2,000.
fn by_cause(problems: Vec<(&str, String)>) -> Vec<String> {
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
pub fn users_reached(ctx: &Context, rule: &Rule) -> Result<usize> {
    Ok(match rule.direction {
        Direction::Outbound => scope(ctx, rule)?.users.len(),
        Direction::Inbound => ctx.store.inbound_link_count(rule.id)? as usize,
    })
}

/// The rule's populations as the store spells them; an error names one that is missing.
fn check_populations(ctx: &Context, rule: &mut Rule) -> Result<()> {
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
fn check_pairing(ctx: &Context, rule: &Rule, allow_bidirectional: bool) -> Result<()> {
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
fn check_inbound(ctx: &Context, rule: &mut Rule) -> Result<Checked> {
    rule.connection = ctx.store.connection(&rule.connection)?.name;
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
    InboundMapper::new(&rule.mappings)?;
    rule.filter.as_deref().map(Filter::new).transpose()?;
    Ok(Checked {
        in_scope: ctx.store.inbound_link_count(rule.id)? as usize,
        warnings: Vec::new(),
    })
}

/// Checks a whole rule against the store; returns how many users it reaches, and warns
/// of the users it will fail and of scopes its connection is known to lack.
fn check(ctx: &Context, rule: &mut Rule) -> Result<Checked> {
    let mut checked = check_rule(ctx, rule)?;
    checked.warnings.extend(scope_warnings(ctx, rule)?);
    checked.warnings.extend(overlap_warnings(ctx, rule)?);
    Ok(checked)
}

/// The users an outbound rule shares with the other outbound rules of its connection: a
/// member has one rule per connection, so the rule that did not link them first fails
/// them on every run.
fn overlap_warnings(ctx: &Context, rule: &Rule) -> Result<Vec<String>> {
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
fn scope_warnings(ctx: &Context, rule: &Rule) -> Result<Vec<String>> {
    let connection = ctx.store.connection(&rule.connection)?;
    let needs = rule.required_scopes(&connection.actions);
    let missing = super::scopes::missing(connection.scopes.as_ref(), &needs);
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

fn check_rule(ctx: &Context, rule: &mut Rule) -> Result<Checked> {
    if rule.direction == Direction::Inbound {
        return check_inbound(ctx, rule);
    }
    let connection = ctx.store.connection(&rule.connection)?;
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
        *g = super::directory::find_group(ctx, g)?.name;
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
struct Checked {
    in_scope: usize,
    /// Users whose data does not fit (the rule is still saved).
    warnings: Vec<String>,
}

/// An outbound rule as `rule create outbound` describes it.
#[derive(Clone, Debug, Default)]
pub struct NewOutboundRule {
    pub name: String,
    pub connection: String,
    pub populations: Vec<String>,
    pub groups: Vec<String>,
    pub filter: Option<String>,
    /// `ATTR=EXPR` pairs.
    pub mappings: Vec<(String, String)>,
    pub max_deletes: Option<String>,
    /// Directory group names, provisioned as Dropbox groups.
    pub provision_groups: Vec<String>,
    pub adopt_existing_groups: bool,
    pub exclusive_group_membership: bool,
    /// Its connection may have inbound rules.
    pub allow_bidirectional: bool,
    /// Replace external ids other tools set on the members it adopts.
    pub take_external_ids: bool,
}

/// An inbound rule as `rule create inbound` describes it.
#[derive(Clone, Debug, Default)]
pub struct NewInboundRule {
    pub name: String,
    pub connection: String,
    pub population: String,
    pub filter: Option<String>,
    /// `ATTR=EXPR` pairs over `member`.
    pub mappings: Vec<(String, String)>,
    pub sync_only_active: bool,
    pub max_deletes: Option<String>,
    /// Its connection may have outbound rules.
    pub allow_bidirectional: bool,
}

/// The name a mapping of a rule of this direction is stored under.
fn mapping_target(direction: Direction, attr: &str) -> Result<String> {
    match direction {
        Direction::Outbound => Ok(Target::parse(attr)?.name().to_string()),
        Direction::Inbound => inbound::target_name(attr),
    }
}

fn mapping_overrides(
    direction: Direction,
    pairs: &[(String, String)],
) -> Result<BTreeMap<String, String>> {
    let mut map = BTreeMap::new();
    for (attr, expr) in pairs {
        map.insert(mapping_target(direction, attr)?, expr.trim().to_string());
    }
    Ok(map)
}

pub fn create_inbound(ctx: &mut Context, new: NewInboundRule) -> Result<RuleView> {
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
        created_at: t,
        updated_at: t,
        ..Rule::default()
    };
    let checked = check(ctx, &mut rule)?;
    check_pairing(ctx, &rule, new.allow_bidirectional)?;
    rule.id = ctx.store.write(|tx| store::insert_rule(tx, &rule))?;
    view(ctx, rule, checked.in_scope)
}

pub fn create_outbound(ctx: &mut Context, new: NewOutboundRule) -> Result<RuleView> {
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

pub fn list(ctx: &Context) -> Result<Vec<RuleView>> {
    ctx.store
        .rules()?
        .into_iter()
        .map(|rule| {
            let n = users_reached(ctx, &rule)?;
            view(ctx, rule, n)
        })
        .collect()
}

pub fn show(ctx: &Context, name: &str) -> Result<RuleView> {
    let rule = ctx.store.rule(name)?;
    let n = users_reached(ctx, &rule)?;
    view(ctx, rule, n)
}

/// What `rule update` changes; `None` leaves a field alone.
#[derive(Clone, Debug, Default)]
pub struct RuleChanges {
    pub connection: Option<String>,
    /// Replace the populations (and groups) when given.
    pub populations: Option<Vec<String>>,
    pub groups: Option<Vec<String>>,
    /// `Some(None)` removes the filter.
    pub filter: Option<Option<String>>,
    pub set_mappings: Vec<(String, String)>,
    /// Attributes going back to their default mapping.
    pub reset_mappings: Vec<String>,
    /// `Some(None)` goes back to the default limit.
    pub max_deletes: Option<Option<String>>,
    /// Directory group names to start or stop provisioning.
    pub add_provision_groups: Vec<String>,
    pub remove_provision_groups: Vec<String>,
    pub adopt_existing_groups: Option<bool>,
    pub exclusive_group_membership: Option<bool>,
    pub sync_only_active: Option<bool>,
    pub take_external_ids: Option<bool>,
    /// A new connection may hold rules of the other direction.
    pub allow_bidirectional: bool,
}

/// Adds directory groups (by name) to those a rule provisions, once each.
fn add_provision_groups(ctx: &Context, rule: &mut Rule, names: &[String]) -> Result<()> {
    for name in names {
        let group = super::directory::find_group(ctx, name)?;
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

pub fn update(ctx: &mut Context, name: &str, changes: RuleChanges) -> Result<RuleView> {
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
pub fn updated_rule(ctx: &Context, name: &str, changes: RuleChanges) -> Result<Rule> {
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
    rule.updated_at = now();
    let checked = check(ctx, &mut rule)?;
    // The pair was allowed (or did not exist) when the rule came to its connection.
    if moved {
        check_pairing(ctx, &rule, changes.allow_bidirectional)?;
    }
    Ok((rule, checked))
}

pub fn set_enabled(ctx: &mut Context, name: &str, enabled: bool) -> Result<RuleView> {
    let mut rule = ctx.store.rule(name)?;
    rule.enabled = enabled;
    rule.updated_at = now();
    ctx.store.write(|tx| store::update_rule(tx, &rule))?;
    show(ctx, &rule.name)
}

/// Deletes a rule with its links, states, history and lock, holding its lock: never
/// while it runs.
/// How many directory users an inbound rule brought in (0 for an outbound rule).
pub fn brought_in(ctx: &Context, rule: &Rule) -> Result<u64> {
    ctx.store.inbound_link_count(rule.id)
}

pub fn delete(ctx: &mut Context, name: &str) -> Result<Rule> {
    let rule = ctx.store.rule(name)?;
    let _lock = lock_rule(ctx, &rule, "rule delete")?;
    ctx.store.write(|tx| store::delete_rule(tx, rule.id))?;
    store::remove_rule_lock(ctx.store.home(), rule.id)?;
    Ok(rule)
}

/// A rule's lock: one run of a rule at a time, and no deletion during one. A second
/// taker gets exit code 7 (a second run of the same rule would only redo the first's work).
pub fn lock_rule(ctx: &Context, rule: &Rule, purpose: &str) -> Result<RunLock> {
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
pub struct MappingTest {
    pub rule: String,
    pub user: String,
    pub user_id: String,
    pub in_scope: bool,
    /// Why the user is out of scope, or the filter's error.
    pub scope_note: Option<String>,
    pub values: Vec<Evaluated>,
}

pub fn test_mapping(ctx: &Context, name: &str, user_key: &str) -> Result<MappingTest> {
    let rule = ctx.store.rule(name)?;
    let user = super::directory::find_user(ctx, user_key)?;
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

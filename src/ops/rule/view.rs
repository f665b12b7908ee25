//! A rule as `rule show` and `rule list` give it: its settings, the mappings in effect
//! (defaults marked), the groups it provisions with their state, its schedule, and what
//! keeps it from running.

use serde::Serialize;

use crate::error::Result;
use crate::mapping::inbound::{self};
use crate::mapping::Target;
use crate::model::{Blocked, ConnectionStatus, Direction, GroupState, LdapFlavor, Rule};
use crate::ops::Context;

/// What a rule reaches today.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct RuleView {
    #[serde(flatten)]
    pub(crate) rule: Rule,
    pub(crate) mappings_in_effect: Vec<MappingView>,
    /// An LDAP rule's server, as its connection's last test read it: it decides the
    /// default mappings (Active Directory's or other LDAP servers').
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) directory: Option<LdapFlavor>,
    pub(crate) users_in_scope: usize,
    /// Why the rule would not run now (connection disabled or invalid), if it would not.
    pub(crate) blocked: Option<Blocked>,
    /// Users in scope whose data does not fit the mappings (after create and update).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) warnings: Vec<String>,
    /// The directory groups it provisions, with their Dropbox groups as the last run left
    /// them.
    pub(crate) provisioned_groups: Vec<ProvisionedGroup>,
    /// An inbound rule's daily schedule.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) schedule: Option<ScheduleView>,
}

/// When an inbound rule runs on `sync run --due`.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct ScheduleView {
    /// RFC 3339; `None` until its first full sync (it is due at once).
    pub(crate) next_run: Option<String>,
    /// The time of day (UTC) of its runs, from its first full sync.
    pub(crate) daily_at: Option<String>,
}

pub(super) fn schedule_view(ctx: &Context, rule: &Rule) -> Result<Option<ScheduleView>> {
    let every_run = rule.ldap.as_ref().is_some_and(|q| !q.daily);
    if rule.direction != Direction::Inbound || every_run {
        return Ok(None);
    }
    let schedule = ctx.store.schedule(rule.id)?;
    Ok(Some(ScheduleView {
        next_run: schedule.map(|s| crate::ops::rfc3339(s.next())),
        daily_at: schedule.map(|s| crate::ops::rfc3339(s.anchor)[11..16].to_string()),
    }))
}

/// One directory group a rule provisions.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct ProvisionedGroup {
    /// The directory group's id.
    pub(crate) id: String,
    /// `None` once the group is deleted in the directory (the next run deletes its
    /// Dropbox group).
    pub(crate) name: Option<String>,
    /// The name it had when a run last provisioned it (of a group deleted since).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) last_name: Option<String>,
    pub(crate) dropbox_group_id: Option<String>,
    /// `None` until a run has provisioned it.
    pub(crate) state: Option<GroupState>,
    pub(crate) members: Option<u64>,
    pub(crate) error: Option<String>,
}

pub(super) fn provisioned_groups(ctx: &Context, rule: &Rule) -> Result<Vec<ProvisionedGroup>> {
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
pub(crate) struct MappingView {
    pub(crate) attribute: String,
    pub(crate) expression: String,
    pub(crate) is_default: bool,
}

pub(super) fn mappings_in_effect(rule: &Rule, source: inbound::Source) -> Vec<MappingView> {
    if rule.direction == Direction::Inbound {
        return inbound::in_effect(source, &rule.mappings)
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
pub(crate) fn blocked_by_connection(ctx: &Context, rule: &Rule) -> Result<Option<Blocked>> {
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

pub(super) fn view(ctx: &Context, rule: Rule, users_in_scope: usize) -> Result<RuleView> {
    let source = ctx
        .store
        .find_connection(&rule.connection)?
        .map_or(inbound::Source::Team, |c| super::check::source_of(&c));
    Ok(RuleView {
        warnings: Vec::new(),
        blocked: blocked_by_connection(ctx, &rule)?,
        provisioned_groups: provisioned_groups(ctx, &rule)?,
        schedule: schedule_view(ctx, &rule)?,
        mappings_in_effect: mappings_in_effect(&rule, source),
        directory: match source {
            inbound::Source::Directory(flavor) => Some(flavor),
            inbound::Source::Team => None,
        },
        users_in_scope,
        rule,
    })
}

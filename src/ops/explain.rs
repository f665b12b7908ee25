//! `sync explain RULE USER`: one directory user through an outbound rule, step by step
//! as Entra's provision-on-demand trace shows it — scope (population, groups, filter
//! with the values it read), mapping (each attribute's value or error), match (the
//! member found, and how), plan (the operations with their changes, or why none) — and
//! the last result the journal holds. It reads the team and plans the whole rule as a
//! dry run does (one user's plan depends on the others': who matched a member first),
//! but takes no lock and writes nothing.

use std::time::Instant;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::mapping::{Evaluated, Filter, Mapper, Profile};
use crate::model::{Direction, Rule, User, UserState};
use crate::ops::connection::reading_client;
use crate::ops::directory::find_user;
use crate::ops::rule::{reach, Reach};
use crate::ops::run::outbound::{plan_outbound, Planned};
use crate::ops::run::{RunOptions, Session};
use crate::ops::Context;
use crate::progress::Progress;
use crate::store::{JournalEntry, StateRecord};
use crate::sync::outbound::plan::{MemberFound, Operation};
use crate::sync::outbound::plan_groups::{GroupAction, GroupOperation};

/// How many of the user's last journaled operations the explanation shows.
const LAST_OPERATIONS: u32 = 5;

/// One user through one outbound rule.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct Explanation {
    pub(crate) rule: String,
    pub(crate) connection: String,
    pub(crate) user: ExplainedUser,
    pub(crate) scope: ScopeStep,
    /// Each mapping's value (or error) for the user.
    pub(crate) mapping: Vec<Evaluated>,
    #[serde(rename = "match")]
    pub(crate) matched: MatchStep,
    pub(crate) plan: PlanStep,
    pub(crate) last: LastResult,
}

#[derive(Clone, Debug, Serialize)]
pub(crate) struct ExplainedUser {
    pub(crate) id: String,
    pub(crate) email: String,
    pub(crate) population: String,
    pub(crate) groups: Vec<String>,
    pub(crate) enabled: bool,
}

/// Which part of the rule's scope let the user in or kept them out.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct ScopeStep {
    pub(crate) in_scope: bool,
    /// The rule's populations (none: any) and whether the user's is one of them.
    pub(crate) populations: Vec<String>,
    pub(crate) population_matches: bool,
    /// The rule's groups (none: any) and whether the user is in one of them.
    pub(crate) groups: Vec<String>,
    pub(crate) group_matches: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) filter: Option<FilterStep>,
    /// The step in a sentence.
    pub(crate) summary: String,
}

/// The rule's filter for this user: its answer (none when the population or the groups
/// kept the user out first) and the values it read.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct FilterStep {
    pub(crate) expression: String,
    pub(crate) result: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) error: Option<String>,
    pub(crate) values: Vec<ValueRead>,
}

#[derive(Clone, Debug, Serialize)]
pub(crate) struct ValueRead {
    pub(crate) path: String,
    pub(crate) value: serde_json::Value,
}

/// The member the plan finds for the user, if any.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct MatchStep {
    pub(crate) member: Option<MemberFound>,
    pub(crate) summary: String,
}

/// What the plan does for the user, and where it leaves them.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct PlanStep {
    pub(crate) operations: Vec<Operation>,
    /// Group operations that add or remove this user's member.
    pub(crate) group_operations: Vec<GroupOperation>,
    /// The user's state once they succeed (none for a user out of scope).
    pub(crate) state: Option<UserState>,
    pub(crate) reason: Option<String>,
    pub(crate) summary: String,
}

/// What the rule's runs recorded for the user.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct LastResult {
    /// The user's state as the last run that changed it left it.
    pub(crate) state: Option<StateRecord>,
    /// The last operations journaled for the user, newest first.
    pub(crate) operations: Vec<LastOperation>,
}

#[derive(Clone, Debug, Serialize)]
pub(crate) struct LastOperation {
    pub(crate) run_id: i64,
    #[serde(flatten)]
    pub(crate) entry: JournalEntry,
}

/// Explains how outbound rule `rule_name` treats the directory user `user_key` (an id,
/// username or email) now.
pub(crate) async fn explain(
    ctx: &Context,
    rule_name: &str,
    user_key: &str,
    progress: &dyn Progress,
) -> Result<Explanation> {
    let rule = ctx.store.rule(rule_name)?;
    if rule.direction == Direction::Inbound {
        return Err(Error::NotForInbound {
            rule: rule.name,
            what: "explanations (`sync explain`)",
        });
    }
    let user = find_user(ctx, user_key)?;
    let filter = rule.filter.as_deref().map(Filter::new).transpose()?;
    let reached = reach(&rule, filter.as_ref(), &user);
    let scope = scope_step(&rule, filter.as_ref(), &user, &reached);
    let mapper = Mapper::new(&rule.mappings)?;
    let mapping = mapper.evaluate(&user);
    // Mapped alone: the member a user out of scope would match is found too.
    let profile = mapper.profiles(std::slice::from_ref(&user)).pop();
    let profile = profile.and_then(|p| p.ok());
    let explained = (user.id.as_str(), profile.as_ref());
    let planned = plan_now(ctx, &rule, explained, progress).await?;
    let matched = match_step(planned.found.clone(), reached.in_scope());
    let plan = plan_step(&planned, &user, matched.member.as_ref(), reached.in_scope());
    Ok(Explanation {
        rule: rule.name.clone(),
        connection: rule.connection.clone(),
        user: ExplainedUser {
            id: user.id.clone(),
            email: user.email.clone(),
            population: user.population.clone(),
            groups: user.groups.clone(),
            enabled: user.enabled,
        },
        scope,
        mapping,
        matched,
        plan,
        last: last_result(ctx, &rule, &user.id)?,
    })
}

/// The whole rule's plan as a dry run makes it now, with the user's member found.
async fn plan_now(
    ctx: &Context,
    rule: &Rule,
    explained: (&str, Option<&Profile>),
    progress: &dyn Progress,
) -> Result<Planned> {
    let connection = ctx.store.connection(&rule.connection)?;
    let client = reading_client(ctx, &connection)?;
    let session = Session {
        rule,
        connection: &connection,
        client: Some(&client),
        started: Instant::now(),
        run_id: None,
    };
    let options = RunOptions::new(true, None);
    plan_outbound(ctx, &session, &options, (progress, Some(explained))).await
}

fn scope_step(rule: &Rule, filter: Option<&Filter>, user: &User, r: &Reach) -> ScopeStep {
    let filter_step = filter
        .zip(rule.filter.as_ref())
        .map(|(f, source)| FilterStep {
            expression: source.clone(),
            result: r.filter.as_ref().and_then(|x| x.as_ref().ok().copied()),
            error: r.filter.as_ref().and_then(|x| x.as_ref().err().cloned()),
            values: f
                .values_read(user)
                .into_iter()
                .map(|(path, value)| ValueRead { path, value })
                .collect(),
        });
    ScopeStep {
        in_scope: r.in_scope(),
        populations: rule.populations.clone(),
        population_matches: r.population,
        groups: rule.groups.clone(),
        group_matches: r.group,
        filter: filter_step,
        summary: scope_summary(rule, user, r),
    }
}

fn scope_summary(rule: &Rule, user: &User, r: &Reach) -> String {
    if !r.population {
        return format!(
            "out of scope: population {:?} is not one of the rule's ({})",
            user.population,
            rule.populations.join(", ")
        );
    }
    if !r.group {
        return format!(
            "out of scope: in none of the rule's groups ({})",
            rule.groups.join(", ")
        );
    }
    match &r.filter {
        None => "in scope: the rule's population and groups take the user".into(),
        Some(Ok(true)) => "in scope: the filter is true for the user".into(),
        Some(Ok(false)) => "out of scope: the filter is false for the user".into(),
        Some(Err(e)) => {
            format!("the filter cannot be evaluated for the user ({e}): the user fails")
        }
    }
}

fn match_step(member: Option<MemberFound>, in_scope: bool) -> MatchStep {
    let summary = match &member {
        Some(m) => {
            let by = match m.by {
                "linked" => "by the rule's link".to_string(),
                other => format!("by {other}"),
            };
            let linked = match &m.linked_by {
                Some(rule) => format!("; linked to rule {rule:?}"),
                None => "; no rule links it".into(),
            };
            format!(
                "found {} ({}, {}) {by}{linked}",
                m.email,
                m.team_member_id,
                m.status.as_str()
            )
        }
        None if in_scope => "no member on the team has the user's external id or email, \
                             and no removed one Dropbox can recover"
            .into(),
        None => "no member is linked to the user, or has their external id or email".into(),
    };
    MatchStep { member, summary }
}

fn plan_step(
    planned: &Planned,
    user: &User,
    member: Option<&MemberFound>,
    in_scope: bool,
) -> PlanStep {
    let plan = &planned.plan;
    let operations: Vec<Operation> = plan
        .operations
        .iter()
        .filter(|o| o.user_id == user.id)
        .cloned()
        .collect();
    let member_id = member.map(|m| m.team_member_id.as_str());
    let group_operations = plan
        .groups
        .operations
        .iter()
        .filter(|g| touches(g, &user.id, member_id))
        .cloned()
        .collect();
    let verdict = plan.verdicts.iter().find(|v| v.user_id == user.id);
    let (state, reason) = (
        verdict.map(|v| v.state),
        verdict.and_then(|v| v.reason.clone()),
    );
    let summary = plan_summary(&operations, state, reason.as_deref(), in_scope);
    PlanStep {
        operations,
        group_operations,
        state,
        reason,
        summary,
    }
}

/// Whether a group operation adds or removes the user's member.
fn touches(op: &GroupOperation, user_id: &str, member_id: Option<&str>) -> bool {
    match &op.action {
        GroupAction::AddMembers { users, .. } => users.iter().any(|u| u == user_id),
        GroupAction::RemoveMembers { members, .. } => {
            member_id.is_some_and(|id| members.iter().any(|m| m == id))
        }
        _ => false,
    }
}

fn plan_summary(
    operations: &[Operation],
    state: Option<UserState>,
    reason: Option<&str>,
    in_scope: bool,
) -> String {
    let why = reason.map(|r| format!(": {r}")).unwrap_or_default();
    match (operations.len(), state) {
        (0, None) if !in_scope => {
            "nothing to do: the user is out of scope and holds no member of the rule".into()
        }
        (0, Some(UserState::Synced)) => {
            format!("nothing to do: the member matches the directory{why}")
        }
        (0, Some(state)) => format!("nothing to do; the user stays {}{why}", state.as_str()),
        (n, Some(state)) => format!(
            "{}; the user is {} once {}{why}",
            operations_word(n),
            state.as_str(),
            if n == 1 {
                "it succeeds"
            } else {
                "they succeed"
            }
        ),
        (n, None) => format!("{} for a user out of scope", operations_word(n)),
    }
}

fn operations_word(n: usize) -> String {
    match n {
        1 => "one operation".into(),
        n => format!("{n} operations"),
    }
}

fn last_result(ctx: &Context, rule: &Rule, user_id: &str) -> Result<LastResult> {
    let operations = ctx
        .store
        .journal_of_user(rule.id, user_id, LAST_OPERATIONS)?
        .into_iter()
        .map(|(run_id, entry)| LastOperation { run_id, entry })
        .collect();
    Ok(LastResult {
        state: ctx.store.user_state(rule.id, user_id)?,
        operations,
    })
}

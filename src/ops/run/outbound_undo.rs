//! The plan of a run that undoes another (`sync undo RUN`): the earlier run's journal
//! and the team read now, turned into its inverse by `sync::outbound::undo`, weighed by
//! the rule's guard.

use std::collections::HashMap;

use super::report::{RunOptions, Undoing};
use super::session::TeamRead;
use crate::error::{Error, Result};
use crate::model::{Link, MemberStatus, Rule};
use crate::ops::run::outbound_groups::GroupSources;
use crate::ops::Context;
use crate::store::JournalEntry;
use crate::sync::guard::GroupCounts;
use crate::sync::outbound::plan::Plan;
use crate::sync::outbound::undo::{as_plan, plan_undo, LeftAlone, UndoInput, UndoLimits};

const DAY: i64 = 86_400;

/// The inverse of run `undoing.run_id` of `rule` as a plan, and what it leaves alone.
pub(super) fn undo_plan(
    ctx: &Context,
    (rule, options, undoing): (&Rule, &RunOptions, &Undoing),
    team: &TeamRead,
    groups: &GroupSources,
    links: &[Link],
) -> Result<(Plan, Vec<LeftAlone>)> {
    let run = ctx
        .store
        .run(undoing.run_id)?
        .ok_or_else(|| Error::not_found(crate::error::Thing::Run, undoing.run_id.to_string()))?;
    let mut journal: Vec<JournalEntry> = Vec::new();
    ctx.store.each_journal_entry(run.id, |e| {
        journal.push(e);
        Ok::<(), Error>(())
    })?;
    let mine: Vec<&Link> = links.iter().filter(|l| l.rule == rule.name).collect();
    let user_of_member: HashMap<String, String> = mine
        .iter()
        .map(|l| (l.team_member_id.clone(), l.user_id.clone()))
        .collect();
    let undo = plan_undo(&UndoInput {
        run_id: run.id,
        journal: &journal,
        members: &team.members,
        recoverable: &team.recoverable,
        groups: &groups.team,
        user_of_member: &user_of_member,
        age_days: (ctx.now() - run.finished_at.unwrap_or(run.started_at)) / DAY,
        force: undoing.force,
    });
    let left_alone = undo.left_alone.clone();
    let active = team
        .members
        .iter()
        .filter(|m| {
            m.status != MemberStatus::Suspended && user_of_member.contains_key(&m.team_member_id)
        })
        .count() as u64;
    let limits = UndoLimits {
        limit: rule.max_deletes,
        allow_deletes: options.allow_deletes,
        allow_changes: options.allow_changes,
        linked: mine.len() as u64,
        active,
        groups: GroupCounts {
            owned: groups.links.iter().filter(|l| l.rule == rule.name).count() as u64,
            ..GroupCounts::default()
        },
    };
    Ok((as_plan(undo, &limits), left_alone))
}

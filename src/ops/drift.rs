//! `sync drift RULE`: the members an outbound rule manages that were changed in Dropbox
//! outside dbxprov since its last run left them (`sync::outbound::drift`), from the team
//! read now. Read only: no lock, no write.

use serde::Serialize;

use crate::error::{Error, Result};
use crate::model::Direction;
use crate::ops::connection::reading_client;
use crate::ops::run::list_team;
use crate::ops::Context;
use crate::progress::Progress;
use crate::sync::outbound::drift::{drift, group_drift, Drifted, GroupDrift};

/// What `sync drift` found.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct DriftReport {
    pub(crate) rule: String,
    pub(crate) connection: String,
    pub(crate) members_read: usize,
    /// Members the rule's last run recorded, and of them those recorded without their
    /// profile (by a version before this one: only their status is compared).
    pub(crate) managed: usize,
    pub(crate) without_profile: usize,
    pub(crate) drifted: Vec<Drifted>,
    /// The rule's groups whose members were changed outside dbxprov.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) groups: Vec<GroupDrift>,
}

/// The members of outbound rule `rule_name` changed outside dbxprov since its last run.
pub(crate) async fn find_drift(
    ctx: &Context,
    rule_name: &str,
    progress: &dyn Progress,
) -> Result<DriftReport> {
    let rule = ctx.store.rule(rule_name)?;
    if rule.direction == Direction::Inbound {
        return Err(Error::NotForInbound {
            rule: rule.name,
            what: "drift reports (`sync drift`)",
        });
    }
    let connection = ctx.store.connection(&rule.connection)?;
    let client = reading_client(ctx, &connection)?;
    let team = list_team(&client, &connection, progress, true).await?;
    let mirror = ctx.store.mirror_of_rule(rule.id)?;
    let groups = group_drift(&ctx.store.group_mirror_of_rule(rule.id)?, &team.members);
    Ok(DriftReport {
        groups,
        drifted: drift(&mirror, &team.members, &team.recoverable),
        members_read: team.members.len(),
        managed: mirror.len(),
        without_profile: mirror.iter().filter(|m| m.profile.is_none()).count(),
        rule: rule.name,
        connection: rule.connection,
    })
}

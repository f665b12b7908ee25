//! What an inbound rule of a Dropbox team reads: the team's members, in scope (mapped)
//! or out and why, the members outbound rules of the team provisioned (left to them),
//! and one member for `rule test-mapping`.

use std::collections::{BTreeMap, HashMap};

use super::source::SourceRead;
use crate::dropbox::Client;
use crate::error::{Error, Result};
use crate::mapping::inbound::{InboundMapper, MemberView, Source};
use crate::mapping::Filter;
use crate::model::{Connection, Member, MemberStatus, Rule};
use crate::ops::connection::client_settings;
use crate::ops::rule::MappingTest;
use crate::ops::run::report::RunOptions;
use crate::ops::run::session::{members_for_plan, read_team, Session};
use crate::ops::Context;
use crate::progress::Progress;
use crate::sync::inbound::{Candidate, Excluded};

/// The team, read and mapped (nothing when the rule is deleted with deprovisioning:
/// that needs nothing from Dropbox, and works when the team is gone or its token
/// revoked).
pub(super) async fn read(
    ctx: &mut Context,
    session: &Session<'_>,
    options: &RunOptions,
    progress: &dyn Progress,
) -> Result<SourceRead> {
    if options.deprovision_all {
        return Ok(SourceRead::default());
    }
    let (rule, connection) = (session.rule, session.connection);
    let client = session.dropbox();
    let members = read_team(ctx, client, connection, progress, false)
        .await?
        .members;
    let names = group_names(client, &connection.name, rule).await?;
    let (candidates, excluded) = candidates(rule, &members, &names)?;
    let provisioned = ctx
        .store
        .links_of_connection(&connection.name)?
        .into_iter()
        .map(|l| (l.team_member_id, (l.rule, l.user_id)))
        .collect();
    Ok(SourceRead {
        read: members.len(),
        candidates,
        excluded,
        provisioned,
        ..SourceRead::default()
    })
}

/// The members of the team as the rule sees them: in scope (mapped), or out and why.
fn candidates(
    rule: &Rule,
    members: &[Member],
    group_names: &BTreeMap<String, String>,
) -> Result<(Vec<Candidate>, HashMap<String, Excluded>)> {
    let mut candidates = Vec::new();
    let mut excluded = HashMap::new();
    let mapper = InboundMapper::new(Source::Team, &rule.mappings)?;
    let filter = rule.filter.as_deref().map(Filter::new).transpose()?;
    for m in members {
        let view = MemberView::new(m, group_names);
        let why = if rule.sync_only_active && m.status != MemberStatus::Active {
            Some(Excluded::NotActive)
        } else {
            match filter.as_ref().map(|f| f.matches_as("member", &view)) {
                None | Some(Ok(true)) => None,
                Some(Ok(false)) => Some(Excluded::Filtered),
                Some(Err(e)) => Some(Excluded::FilterFailed(e)),
            }
        };
        match why {
            Some(why) => {
                excluded.insert(m.team_member_id.clone(), why);
            }
            None => candidates.push(Candidate {
                source_id: m.team_member_id.clone(),
                email: m.email.clone(),
                profile: mapper.profile(&view.value()),
            }),
        }
    }
    Ok((candidates, excluded))
}

/// Group names by id, read only when an expression of the rule can use them (one request
/// a page).
async fn group_names(
    client: &Client,
    connection: &str,
    rule: &Rule,
) -> Result<BTreeMap<String, String>> {
    if !rule.reads_group_names() {
        return Ok(BTreeMap::new());
    }
    let groups = client
        .list_groups()
        .await
        .map_err(|e| Error::dropbox(connection, e))?;
    Ok(groups.into_iter().map(|g| (g.group_id, g.name)).collect())
}

/// `rule test-mapping` of a Dropbox team's rule: the member with this email, read from
/// the team, through the rule's filter and mappings.
pub(super) async fn test_mapping(
    ctx: &Context,
    rule: &Rule,
    connection: &Connection,
    email: &str,
) -> Result<MappingTest> {
    let client = Client::new(client_settings(ctx, connection)?, ctx.observer.clone());
    let missing = || Error::NoSuchMember {
        connection: connection.name.clone(),
    };
    let found = client
        .member_by_email(email)
        .await
        .map_err(|e| Error::dropbox(&connection.name, e))?
        .ok_or_else(missing)?;
    let members = members_for_plan(vec![found]).members;
    let member = members.first().ok_or_else(missing)?;
    let names = group_names(&client, &connection.name, rule).await?;
    let view = MemberView::new(member, &names);
    let filter = rule.filter.as_deref().map(Filter::new).transpose()?;
    let scope_note = match filter.map(|f| f.matches_as("member", &view)) {
        Some(Err(e)) => Some(e),
        Some(Ok(false)) => Some(format!(
            "out of the rule's filter ({})",
            rule.filter.as_deref().unwrap_or_default()
        )),
        _ if rule.sync_only_active && view.status != "active" => Some(format!(
            "the member is {}, and the rule syncs only active members",
            view.status
        )),
        _ => None,
    };
    Ok(MappingTest {
        rule: rule.name.clone(),
        user: member.email.clone(),
        user_id: member.team_member_id.clone(),
        in_scope: scope_note.is_none(),
        scope_note,
        values: InboundMapper::new(Source::Team, &rule.mappings)?.evaluate(&view.value()),
    })
}

//! How the plan finds one user's member, told on its own (`sync explain`): by the
//! rule's link, the external id or the email, on the team or among the removed members
//! Dropbox can still recover, and which rule links it. The plan itself decides with the
//! same [`Index`].

use serde::Serialize;

use super::index::Index;
use super::operation::Input;
use crate::mapping::Profile;
use crate::model::MemberStatus;

/// A user's member as the plan finds it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub(crate) struct MemberFound {
    pub(crate) team_member_id: String,
    pub(crate) email: String,
    pub(crate) status: MemberStatus,
    /// `linked` (the rule's link), `external id` or `email`.
    pub(crate) by: &'static str,
    /// The rule of the connection that links it, if one does.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) linked_by: Option<String>,
}

/// The member the plan finds for `user_id` (with its `profile`, when its mapping
/// worked): its linked member, else one on the team with its external id or email, else
/// a removed one Dropbox can recover.
pub(crate) fn member_found(
    input: &Input<'_>,
    user_id: &str,
    profile: Option<&Profile>,
) -> Option<MemberFound> {
    let index = Index::new(input);
    let (member, found) = match profile {
        Some(p) => index
            .correlate(user_id, p)
            .or_else(|| index.recoverable(user_id, p)),
        None => index
            .linked_member(user_id)
            .map(|m| (m, super::index::Found::Linked)),
    }?;
    let linked_by = input
        .links
        .iter()
        .find(|l| l.team_member_id == member.team_member_id)
        .map(|l| l.rule.clone());
    Some(MemberFound {
        team_member_id: member.team_member_id.clone(),
        email: member.email.clone(),
        status: member.status,
        by: found.as_str(),
        linked_by,
    })
}

//! How a member starts (ids, folders, the status it joins in) and how a profile change
//! is written into one.

use std::time::SystemTime;

use crate::ids::Ids;
use crate::members::args::SetProfileArg;
use crate::members::member::{Member, MemberStatus};

pub(super) fn new_member(
    ids: &mut Ids,
    email: &str,
    status: MemberStatus,
    now: SystemTime,
) -> Member {
    let joined = status != MemberStatus::Invited;
    Member {
        team_member_id: ids.random("dbmid:", 40),
        account_id: ids.random("dbid:", 40),
        email: email.to_string(),
        email_verified: joined,
        given_name: String::new(),
        surname: String::new(),
        external_id: None,
        persistent_id: None,
        is_directory_restricted: None,
        status,
        role: None,
        invited_on: Some(now),
        joined_on: joined.then_some(now),
        suspended_on: (status == MemberStatus::Suspended).then_some(now),
        member_folder_id: ids.folder_id(),
        root_folder_id: ids.folder_id(),
        wiped: false,
        kept_account: false,
        transferred_to: None,
        removed: None,
        groups_before_removal: Vec::new(),
        invitation_sent_to: None,
        invitations_sent: 0,
    }
}

/// The changes of a `members/set_profile_v2` that passed the rules. `external_id` is the
/// new external id if one was given, `None` inside when it clears the old one.
pub(super) fn apply_profile(
    m: &mut Member,
    arg: &SetProfileArg,
    external_id: Option<Option<String>>,
) {
    if let Some(email) = &arg.new_email {
        if !m.email.eq_ignore_ascii_case(email) {
            // A new address has to be confirmed by its owner.
            m.email_verified = false;
        }
        m.email = email.clone();
    }
    if let Some(id) = external_id {
        m.external_id = id;
    }
    if let Some(name) = &arg.new_given_name {
        m.given_name = name.clone();
    }
    if let Some(name) = &arg.new_surname {
        m.surname = name.clone();
    }
    if let Some(id) = &arg.new_persistent_id {
        m.persistent_id = Some(id.clone());
    }
    if let Some(restricted) = arg.new_is_directory_restricted {
        m.is_directory_restricted = Some(restricted);
    }
}

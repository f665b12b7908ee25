//! Owns the argument types of the `team/members/*` routes: the structs and the
//! `UserSelectorArg` union as the Stone spec defines them (unknown fields and tags
//! rejected, limits checked by [`Validate`]). Plain data above `member` and `validate`.

use serde::Deserialize;

use crate::wire::validate::{
    check_email, check_external_id, check_list_limit, check_names, default_list_limit, max_chars,
    Validate,
};

/// `TeamMemberRoleId`.
const ROLE_ID_PATTERN: &str = "pid_dbtmr:.*";
const ROLE_ID_MAX: usize = 128;
/// `members/add_v2` takes at most this many members a call.
pub(crate) const ADD_BATCH_MAX: usize = 20;

/// Selects one member (a closed union: any other tag is a 400).
#[derive(Clone, Debug, Deserialize)]
#[serde(tag = ".tag", rename_all = "snake_case", deny_unknown_fields)]
pub(crate) enum UserSelectorArg {
    TeamMemberId { team_member_id: String },
    ExternalId { external_id: String },
    Email { email: String },
}

impl UserSelectorArg {
    /// The value the selector names, as `members/get_info_v2` echoes it in `id_not_found`.
    pub fn key(&self) -> &str {
        match self {
            UserSelectorArg::TeamMemberId { team_member_id } => team_member_id,
            UserSelectorArg::ExternalId { external_id } => external_id,
            UserSelectorArg::Email { email } => email,
        }
    }

    pub fn check(&self, field: &str) -> Result<(), String> {
        match self {
            UserSelectorArg::TeamMemberId { .. } => Ok(()),
            UserSelectorArg::ExternalId { external_id } => {
                check_external_id(&format!("{field}: external_id"), external_id)
            }
            UserSelectorArg::Email { email } => check_email(&format!("{field}: email"), email),
        }
    }
}

pub(crate) fn yes() -> bool {
    true
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ListArg {
    #[serde(default = "default_list_limit")]
    pub limit: u32,
    #[serde(default)]
    pub include_removed: bool,
}

impl Validate for ListArg {
    fn validate(&self) -> Result<(), String> {
        check_list_limit(self.limit)
    }
}

/// The argument of every `.../list/continue` route, the members' and the groups'.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ListContinueArg {
    pub cursor: String,
}

impl Validate for ListContinueArg {
    fn validate(&self) -> Result<(), String> {
        Ok(())
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct GetInfoArg {
    pub members: Vec<UserSelectorArg>,
}

impl Validate for GetInfoArg {
    fn validate(&self) -> Result<(), String> {
        self.members
            .iter()
            .enumerate()
            .try_for_each(|(i, user)| user.check(&format!("members: {i}")))
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct AddArg {
    pub new_members: Vec<MemberAddV2Arg>,
    #[serde(default)]
    pub force_async: bool,
}

/// One member to add. `send_welcome_email` sends no mail; the member remembers the
/// address its invitation went to (`MemberSnapshot::invitation_sent_to`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct MemberAddV2Arg {
    pub member_email: String,
    pub member_given_name: Option<String>,
    pub member_surname: Option<String>,
    pub member_external_id: Option<String>,
    pub member_persistent_id: Option<String>,
    #[serde(default = "yes")]
    pub send_welcome_email: bool,
    pub is_directory_restricted: Option<bool>,
    pub role_ids: Option<Vec<String>>,
}

impl Validate for AddArg {
    fn validate(&self) -> Result<(), String> {
        let n = self.new_members.len();
        if n > ADD_BATCH_MAX {
            return Err(format!(
                "new_members: has more than {ADD_BATCH_MAX} items, got {n}"
            ));
        }
        self.new_members
            .iter()
            .enumerate()
            .try_for_each(|(i, m)| m.check(&format!("new_members: {i}")))
    }
}

impl MemberAddV2Arg {
    fn check(&self, at: &str) -> Result<(), String> {
        check_email(&format!("{at}: member_email"), &self.member_email)?;
        check_names(
            at,
            [
                ("member_given_name", &self.member_given_name),
                ("member_surname", &self.member_surname),
            ],
        )?;
        if let Some(id) = &self.member_external_id {
            check_external_id(&format!("{at}: member_external_id"), id)?;
        }
        let roles = self.role_ids.as_deref().unwrap_or_default();
        if roles.len() > 1 {
            return Err(format!(
                "{at}: role_ids: has more than 1 items, got {}",
                roles.len()
            ));
        }
        roles.iter().enumerate().try_for_each(|(i, role)| {
            let field = format!("{at}: role_ids: {i}");
            max_chars(&field, role, ROLE_ID_MAX)?;
            if role.starts_with("pid_dbtmr:") {
                Ok(())
            } else {
                Err(format!(
                    "{field}: '{role}' did not match pattern '{ROLE_ID_PATTERN}'"
                ))
            }
        })
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SetProfileArg {
    pub user: UserSelectorArg,
    pub new_email: Option<String>,
    pub new_external_id: Option<String>,
    pub new_given_name: Option<String>,
    pub new_surname: Option<String>,
    pub new_persistent_id: Option<String>,
    pub new_is_directory_restricted: Option<bool>,
}

impl Validate for SetProfileArg {
    fn validate(&self) -> Result<(), String> {
        self.user.check("user")?;
        if let Some(email) = &self.new_email {
            check_email("new_email", email)?;
        }
        // `""` is allowed: it clears the member's external id.
        if let Some(id) = &self.new_external_id {
            check_external_id("new_external_id", id)?;
        }
        // No prefix: these fields sit at the top of the argument.
        check_names(
            "",
            [
                ("new_given_name", &self.new_given_name),
                ("new_surname", &self.new_surname),
            ],
        )
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SuspendArg {
    pub user: UserSelectorArg,
    /// Dropbox wipes the member's devices unless told otherwise.
    #[serde(default = "yes")]
    pub wipe_data: bool,
}

impl Validate for SuspendArg {
    fn validate(&self) -> Result<(), String> {
        self.user.check("user")
    }
}

/// The bare selector `members/send_welcome_email` takes as its argument.
impl Validate for UserSelectorArg {
    fn validate(&self) -> Result<(), String> {
        self.check("request body")
    }
}

/// The argument of `members/unsuspend` and `members/recover`: only the member.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct UserArg {
    pub user: UserSelectorArg,
}

impl Validate for UserArg {
    fn validate(&self) -> Result<(), String> {
        self.user.check("user")
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RemoveArg {
    pub user: UserSelectorArg,
    #[serde(default = "yes")]
    pub wipe_data: bool,
    pub transfer_dest_id: Option<UserSelectorArg>,
    pub transfer_admin_id: Option<UserSelectorArg>,
    #[serde(default)]
    pub keep_account: bool,
    #[serde(default)]
    pub retain_team_shares: bool,
}

impl Validate for RemoveArg {
    fn validate(&self) -> Result<(), String> {
        self.user.check("user")?;
        if let Some(dest) = &self.transfer_dest_id {
            dest.check("transfer_dest_id")?;
        }
        if let Some(admin) = &self.transfer_admin_id {
            admin.check("transfer_admin_id")?;
        }
        Ok(())
    }
}

/// The argument of every `.../job_status/get` route, the members' and the groups'.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PollArg {
    pub async_job_id: String,
}

impl Validate for PollArg {
    fn validate(&self) -> Result<(), String> {
        if self.async_job_id.is_empty() {
            return Err("async_job_id: '' must be at least 1 characters, got 0".into());
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use super::*;

    #[test]
    fn user_selectors_are_a_closed_union() {
        let parse = |v: Value| serde_json::from_value::<UserSelectorArg>(v);
        assert!(matches!(
            parse(json!({".tag": "email", "email": "a@b.com"})),
            Ok(UserSelectorArg::Email { .. })
        ));
        assert!(parse(json!({".tag": "email", "email": "a@b.com", "x": 1})).is_err());
        assert!(parse(json!({".tag": "account_id", "account_id": "dbid:x"})).is_err());
        assert!(parse(json!({".tag": "email"})).is_err());
        assert!(parse(json!("email")).is_err());
    }
}

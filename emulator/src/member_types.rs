//! The wire types of the `team/members/*` routes, in one place: the argument structs and
//! the `UserSelectorArg` union as the Stone spec defines them (unknown fields and tags
//! rejected, limits checked), and the JSON of `TeamMemberInfoV2` and of union members.

use std::time::{SystemTime, UNIX_EPOCH};

use dbx_spec::{Violation, EMAIL_PATTERN, NAME_PATTERN};
use serde::Deserialize;
use serde_json::{json, Map, Value};

use crate::roster::{Member, MemberStatus, Role};
use crate::wire::Validate;

/// `TeamMemberRoleId`.
const ROLE_ID_PATTERN: &str = "pid_dbtmr:.*";
const ROLE_ID_MAX: usize = 128;
/// `members/add_v2` takes at most this many members a call.
pub(crate) const ADD_BATCH_MAX: usize = 20;
const LIST_LIMIT_MAX: u32 = 1_000;

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

    pub fn selects(&self, member: &Member) -> bool {
        match self {
            UserSelectorArg::TeamMemberId { team_member_id } => {
                member.team_member_id == *team_member_id
            }
            UserSelectorArg::ExternalId { external_id } => {
                member.external_id.as_deref() == Some(external_id.as_str())
            }
            UserSelectorArg::Email { email } => member.email.eq_ignore_ascii_case(email),
        }
    }

    fn check(&self, field: &str) -> Result<(), String> {
        match self {
            UserSelectorArg::TeamMemberId { .. } => Ok(()),
            UserSelectorArg::ExternalId { external_id } => {
                check_external_id(&format!("{field}: external_id"), external_id)
            }
            UserSelectorArg::Email { email } => check_email(&format!("{field}: email"), email),
        }
    }
}

fn default_list_limit() -> u32 {
    LIST_LIMIT_MAX
}

fn yes() -> bool {
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
        if self.limit < 1 {
            return Err(format!("limit: {} is not greater than 1", self.limit));
        }
        if self.limit > LIST_LIMIT_MAX {
            return Err(format!(
                "limit: {} is not less than {LIST_LIMIT_MAX}",
                self.limit
            ));
        }
        Ok(())
    }
}

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

/// One member to add. `send_welcome_email` has no effect here beyond the audit: the
/// emulator sends no mail.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct MemberAddV2Arg {
    pub member_email: String,
    pub member_given_name: Option<String>,
    pub member_surname: Option<String>,
    pub member_external_id: Option<String>,
    pub member_persistent_id: Option<String>,
    #[serde(default = "yes")]
    #[allow(dead_code)]
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

/// The argument of `members/unsuspend`: only the member.
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

/// The argument of every `.../job_status/get` route.
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

fn max_chars(field: &str, value: &str, max: usize) -> Result<(), String> {
    // Stone counts characters (code points), not bytes.
    let chars = value.chars().count();
    if chars > max {
        return Err(too_long(field, value, chars, max));
    }
    Ok(())
}

fn too_long(field: &str, value: &str, chars: usize, max: usize) -> String {
    format!("{field}: '{value}' must be at most {max} characters, got {chars}")
}

/// The Stone pattern a value failed, as the 400 shows it.
struct Mismatch<'a> {
    /// What stands for the value in the message.
    shown: &'a str,
    pattern: &'a str,
}

/// The 400 message for a value `dbx_spec` refused, worded as the real service words it: a
/// length, or the pattern the value did not match (`None` for a type without one, which
/// `dbx_spec` refuses only for its length).
fn refusal(field: &str, value: &str, violation: Violation, mismatch: Option<Mismatch>) -> String {
    match (violation, mismatch) {
        (Violation::TooLong { chars, max }, _) => too_long(field, value, chars, max),
        (_, Some(Mismatch { shown, pattern })) => {
            format!("{field}: '{shown}' did not match pattern '{pattern}'")
        }
        (other, None) => format!("{field}: {other}"),
    }
}

fn check_email(field: &str, value: &str) -> Result<(), String> {
    dbx_spec::check_email(value).map_err(|v| {
        // The real service hides the address in this message.
        let mismatch = Mismatch {
            shown: "*****",
            pattern: EMAIL_PATTERN,
        };
        refusal(field, value, v, Some(mismatch))
    })
}

/// `MemberExternalId` has a length and no pattern.
fn check_external_id(field: &str, value: &str) -> Result<(), String> {
    dbx_spec::check_external_id(value).map_err(|v| refusal(field, value, v, None))
}

/// Given names and surnames, in add and set_profile alike. `at` prefixes the field names
/// in errors (empty at the top level). A control character, which `dbx_spec` refuses
/// beyond the pattern, gets the pattern's message too.
fn check_names<'a>(
    at: &str,
    names: impl IntoIterator<Item = (&'a str, &'a Option<String>)>,
) -> Result<(), String> {
    for (name, value) in names {
        let Some(value) = value else { continue };
        let field = if at.is_empty() {
            name.to_string()
        } else {
            format!("{at}: {name}")
        };
        dbx_spec::check_name(value).map_err(|v| {
            let mismatch = Mismatch {
                shown: value,
                pattern: NAME_PATTERN,
            };
            refusal(&field, value, v, Some(mismatch))
        })?;
    }
    Ok(())
}

/// A union member holding a primitive or a list: `{".tag": tag, tag: value}`.
pub(crate) fn tagged(tag: &str, value: impl Into<Value>) -> Value {
    let mut map = Map::new();
    map.insert(".tag".into(), tag.into());
    map.insert(tag.into(), value.into());
    Value::Object(map)
}

/// A union member holding a struct: the struct's fields FLATTENED next to the tag.
pub(crate) fn flattened(tag: &str, fields: Value) -> Value {
    let mut map = Map::new();
    map.insert(".tag".into(), tag.into());
    if let Value::Object(fields) = fields {
        map.extend(fields);
    }
    Value::Object(map)
}

/// `TeamMemberInfoV2`: `{profile, roles}`.
pub(crate) fn member_info(member: &Member) -> Value {
    let roles: Vec<Value> = member.role.iter().map(|r| role(r)).collect();
    json!({"profile": profile(member), "roles": roles})
}

fn role(role: &Role) -> Value {
    json!({"role_id": role.id, "name": role.name, "description": role.description})
}

/// `TeamMemberProfile`, null optionals omitted.
fn profile(m: &Member) -> Value {
    let status = match m.status {
        MemberStatus::Active => json!({".tag": "active"}),
        MemberStatus::Invited => json!({".tag": "invited"}),
        MemberStatus::Suspended => json!({".tag": "suspended"}),
        // A kept account became a personal one: disconnected from the team for good.
        MemberStatus::Removed => json!({
            ".tag": "removed",
            "is_recoverable": !m.kept_account,
            "is_disconnected": m.kept_account,
        }),
    };
    let mut profile = json!({
        "team_member_id": m.team_member_id,
        "account_id": m.account_id,
        "email": m.email,
        "email_verified": m.email_verified,
        "status": status,
        "name": name(&m.given_name, &m.surname),
        "membership_type": {".tag": "full"},
        // Group membership arrives with the groups routes.
        "groups": [],
        "member_folder_id": m.member_folder_id,
        "root_folder_id": m.root_folder_id,
    });
    let optional = [
        ("external_id", m.external_id.clone().map(Value::from)),
        ("invited_on", m.invited_on.map(|t| timestamp(t).into())),
        ("joined_on", m.joined_on.map(|t| timestamp(t).into())),
        ("suspended_on", m.suspended_on.map(|t| timestamp(t).into())),
        ("persistent_id", m.persistent_id.clone().map(Value::from)),
        (
            "is_directory_restricted",
            m.is_directory_restricted.map(Value::from),
        ),
    ];
    if let Value::Object(map) = &mut profile {
        for (key, value) in optional {
            if let Some(value) = value {
                map.insert(key.into(), value);
            }
        }
    }
    profile
}

/// `users.Name`, derived from the two parts Dropbox lets a team admin set.
fn name(given: &str, surname: &str) -> Value {
    let parts = [given, surname];
    let display = parts
        .iter()
        .filter(|p| !p.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    let abbreviated: String = parts
        .iter()
        .filter_map(|p| p.chars().next())
        .flat_map(char::to_uppercase)
        .collect();
    json!({
        "given_name": given,
        "surname": surname,
        "familiar_name": if given.is_empty() { surname } else { given },
        "display_name": display,
        "abbreviated_name": abbreviated,
    })
}

/// `2024-01-02T03:04:05Z` (UTC, whole seconds), the only timestamp format Dropbox sends.
pub(crate) fn timestamp(t: SystemTime) -> String {
    let secs = t
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let (days, rest) = (secs / 86_400, secs % 86_400);
    let (year, month, day) = civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

/// The proleptic Gregorian date `days` after 1970-01-01 (Howard Hinnant's
/// `civil_from_days`, restricted to dates after the epoch).
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z % 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn timestamps_are_utc_seconds() {
        let at = |secs| timestamp(UNIX_EPOCH + Duration::from_secs(secs));
        assert_eq!(at(0), "1970-01-01T00:00:00Z");
        assert_eq!(at(1_704_164_645), "2024-01-02T03:04:05Z");
        assert_eq!(at(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(at(1_709_251_199), "2024-02-29T23:59:59Z");
        assert_eq!(at(4_102_444_800), "2100-01-01T00:00:00Z");
    }

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

    #[test]
    fn names_are_derived_from_given_name_and_surname() {
        let n = name("ada", "Lovelace");
        assert_eq!(n["display_name"], "ada Lovelace");
        assert_eq!(n["abbreviated_name"], "AL");
        assert_eq!(n["familiar_name"], "ada");
        let n = name("", "Lovelace");
        assert_eq!(n["display_name"], "Lovelace");
        assert_eq!(n["familiar_name"], "Lovelace");
    }
}

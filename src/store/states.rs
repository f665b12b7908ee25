//! Rows of `user_states`: where each of a rule's users stands after its last run that
//! changed it, with the member, the error and the run.

use std::collections::HashMap;

use rusqlite::types::Value;
use rusqlite::{params, Row, Transaction};
use serde::Serialize;

use super::db::{enum_column, now, write_changed, StateTable, Store};
use crate::error::Result;
use crate::mapping::WantedStatus;
use crate::model::{MemberStatus, UserState};

/// A rule's user states (in state `?2`, if not null) by email: read in the order of the
/// `user_states_email` index, so that a listing holds no rows.
pub(super) const STATES_BY_EMAIL: &str =
    "SELECT r.name, s.user_id, s.email, s.state, s.team_member_id, s.error, s.run_id, s.updated_at,
            s.member_status
     FROM user_states s JOIN rules r ON r.id = s.rule_id
     WHERE s.rule_id = ?1 AND (?2 IS NULL OR s.state = ?2) ORDER BY s.email";

/// A user's state for a rule.
#[derive(Clone, Debug, Serialize)]
pub(crate) struct StateRecord {
    pub(crate) rule: String,
    pub(crate) user_id: String,
    pub(crate) email: String,
    pub(crate) state: UserState,
    pub(crate) team_member_id: Option<String>,
    /// Its member's status as the last run left it (`invited`: the person has not
    /// accepted the invitation yet).
    pub(crate) member_status: Option<MemberStatus>,
    pub(crate) error: Option<String>,
    pub(crate) run_id: Option<i64>,
    #[serde(with = "crate::model::as_rfc3339")]
    pub(crate) updated_at: i64,
}

fn state_from_row(r: &Row<'_>) -> rusqlite::Result<StateRecord> {
    Ok(StateRecord {
        rule: r.get(0)?,
        user_id: r.get(1)?,
        email: r.get(2)?,
        state: enum_column(r, 3, UserState::parse)?,
        team_member_id: r.get(4)?,
        member_status: r
            .get::<_, Option<String>>(8)?
            .and_then(|s| MemberStatus::parse(&s)),
        error: r.get(5)?,
        run_id: r.get(6)?,
        updated_at: r.get(7)?,
    })
}

/// A user's state as a run leaves it.
#[derive(Clone, Debug)]
pub(crate) struct NewState {
    pub(crate) user_id: String,
    pub(crate) email: String,
    pub(crate) state: UserState,
    pub(crate) team_member_id: Option<String>,
    pub(crate) member_status: Option<MemberStatus>,
    pub(crate) error: Option<String>,
    /// The status the run wanted the member in (outbound).
    pub(crate) wanted_status: Option<WantedStatus>,
    /// Its member as the run left it (JSON of [`MemberProfile`]; outbound).
    pub(crate) member_profile: Option<String>,
}

/// A member's profile as a run left it: what `sync drift` finds changed since.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub(crate) struct MemberProfile {
    pub(crate) email: String,
    pub(crate) given_name: String,
    pub(crate) surname: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) external_id: Option<String>,
}

/// A user's member as the rule's last run left it.
#[derive(Clone, Debug)]
pub(crate) struct MirrorRow {
    pub(crate) user_id: String,
    pub(crate) email: String,
    pub(crate) team_member_id: String,
    pub(crate) member_status: Option<MemberStatus>,
    pub(crate) profile: Option<MemberProfile>,
}

const USER_STATES: StateTable = StateTable {
    keys: "SELECT user_id FROM user_states WHERE rule_id = ?1",
    upsert: "INSERT INTO user_states (rule_id, user_id, email, state, team_member_id, error, run_id, updated_at, member_status, wanted_status, member_profile)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
             ON CONFLICT (rule_id, user_id) DO UPDATE SET
                 email = excluded.email, state = excluded.state,
                 team_member_id = excluded.team_member_id, error = excluded.error,
                 member_status = excluded.member_status, wanted_status = excluded.wanted_status,
                 member_profile = excluded.member_profile,
                 -- The run and time that set the state: a member's profile changing alone
                 -- (the record drift compares with) does not change the state.
                 run_id = CASE WHEN (email, state, team_member_id, error, member_status, wanted_status)
                     IS NOT (excluded.email, excluded.state, excluded.team_member_id, excluded.error,
                             excluded.member_status, excluded.wanted_status)
                     THEN excluded.run_id ELSE run_id END,
                 updated_at = CASE WHEN (email, state, team_member_id, error, member_status, wanted_status)
                     IS NOT (excluded.email, excluded.state, excluded.team_member_id, excluded.error,
                             excluded.member_status, excluded.wanted_status)
                     THEN excluded.updated_at ELSE updated_at END
             WHERE (email, state, team_member_id, error, member_status, wanted_status, member_profile)
                 IS NOT (excluded.email, excluded.state, excluded.team_member_id, excluded.error,
                         excluded.member_status, excluded.wanted_status, excluded.member_profile)",
    delete: "DELETE FROM user_states WHERE rule_id = ?1 AND user_id = ?2",
};

/// Makes the rule's user states `states`, writing only those that changed (a state as
/// it was keeps the run and time that set it).
pub(crate) fn replace_states(
    tx: &Transaction<'_>,
    rule_id: i64,
    run_id: i64,
    states: &[NewState],
) -> Result<()> {
    write_changed(
        tx,
        &USER_STATES,
        rule_id,
        state_rows(rule_id, run_id, states),
    )
}

/// Each state's key and the parameters of its upsert.
fn state_rows<'a>(
    rule_id: i64,
    run_id: i64,
    states: &'a [NewState],
) -> impl Iterator<Item = (String, Vec<Value>)> + 'a {
    let t = now();
    states.iter().map(move |s| {
        let params = vec![
            Value::Integer(rule_id),
            Value::Text(s.user_id.clone()),
            Value::Text(s.email.clone()),
            Value::Text(s.state.as_str().into()),
            s.team_member_id.clone().into(),
            s.error.clone().into(),
            Value::Integer(run_id),
            Value::Integer(t),
            s.member_status.map(|m| m.as_str().to_string()).into(),
            s.wanted_status.map(|w| w.as_str().to_string()).into(),
            s.member_profile.clone().into(),
        ];
        (s.user_id.clone(), params)
    })
}

/// Writes the states of these users (those that changed), leaving the rule's other
/// users' as they are: a run narrowed to some users (`sync run --user`).
pub(crate) fn merge_states(
    tx: &Transaction<'_>,
    rule_id: i64,
    run_id: i64,
    states: &[NewState],
) -> Result<()> {
    // What such a run does not know of a member (an undo's update: its status, the
    // status the rule wants it in) stays as recorded.
    let merge = USER_STATES
        .upsert
        .replace(
            "excluded.member_status",
            "coalesce(excluded.member_status, member_status)",
        )
        .replace(
            "excluded.wanted_status",
            "coalesce(excluded.wanted_status, wanted_status)",
        )
        .replace(
            "excluded.member_profile",
            "coalesce(excluded.member_profile, member_profile)",
        );
    let mut upsert = tx.prepare_cached(&merge)?;
    for (_, params) in state_rows(rule_id, run_id, states) {
        upsert.execute(rusqlite::params_from_iter(params))?;
    }
    Ok(())
}

/// Forgets a user's state for a rule (it left the scope in a run narrowed to it).
pub(crate) fn forget_state(tx: &Transaction<'_>, rule_id: i64, user_id: &str) -> Result<()> {
    tx.prepare_cached(USER_STATES.delete)?
        .execute(params![rule_id, user_id])?;
    Ok(())
}

impl Store {
    /// Each of the rule's users with a member, as its last run left the member.
    pub(crate) fn mirror_of_rule(&self, rule_id: i64) -> Result<Vec<MirrorRow>> {
        let mut stmt = self.read().prepare(
            "SELECT user_id, email, team_member_id, member_status, member_profile FROM user_states
             WHERE rule_id = ?1 AND team_member_id IS NOT NULL ORDER BY email",
        )?;
        let rows = stmt.query_map([rule_id], |r| {
            Ok(MirrorRow {
                user_id: r.get(0)?,
                email: r.get(1)?,
                team_member_id: r.get(2)?,
                member_status: r
                    .get::<_, Option<String>>(3)?
                    .and_then(|s| MemberStatus::parse(&s)),
                profile: r
                    .get::<_, Option<String>>(4)?
                    .and_then(|p| serde_json::from_str(&p).ok()),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The status the rule's last run wanted each user's member in.
    pub(crate) fn last_wanted(&self, rule_id: i64) -> Result<HashMap<String, WantedStatus>> {
        let mut stmt = self.read().prepare(
            "SELECT user_id, wanted_status FROM user_states
             WHERE rule_id = ?1 AND wanted_status IS NOT NULL",
        )?;
        let rows = stmt.query_map([rule_id], |r| {
            let status: String = r.get(1)?;
            Ok((r.get::<_, String>(0)?, status))
        })?;
        let mut wanted = HashMap::new();
        for row in rows {
            let (user, status) = row?;
            if let Some(status) = WantedStatus::parse(&status) {
                wanted.insert(user, status);
            }
        }
        Ok(wanted)
    }

    /// How many of a rule's users are in each state, counted by the database.
    pub(crate) fn state_counts(&self, rule_id: i64) -> Result<Vec<(UserState, u64)>> {
        let mut stmt = self.read().prepare_cached(
            "SELECT state, COUNT(*) FROM user_states WHERE rule_id = ?1 GROUP BY state",
        )?;
        let rows = stmt.query_map([rule_id], |r| {
            Ok((enum_column(r, 0, UserState::parse)?, r.get(1)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Why a rule's users failed, the most common cause first, with how many share it
    /// (at most `limit` causes).
    pub(crate) fn failure_causes(&self, rule_id: i64, limit: u32) -> Result<Vec<(String, u64)>> {
        let mut stmt = self.read().prepare_cached(
            "SELECT COALESCE(error, ''), COUNT(*) FROM user_states
             WHERE rule_id = ?1 AND state = 'failed'
             GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![rule_id, limit], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One user's state for a rule, if a run recorded one.
    pub(crate) fn user_state(&self, rule_id: i64, user_id: &str) -> Result<Option<StateRecord>> {
        use rusqlite::OptionalExtension;
        let sql = "SELECT r.name, s.user_id, s.email, s.state, s.team_member_id, s.error, s.run_id,
                          s.updated_at, s.member_status
                   FROM user_states s JOIN rules r ON r.id = s.rule_id
                   WHERE s.rule_id = ?1 AND s.user_id = ?2";
        Ok(self
            .read()
            .query_row(sql, params![rule_id, user_id], state_from_row)
            .optional()?)
    }

    /// Hands each of a rule's user states (in `state` only, if given) to `f` as it is
    /// read, by email.
    pub(crate) fn each_user_state<E: From<crate::error::Error>>(
        &self,
        rule_id: i64,
        state: Option<UserState>,
        f: impl FnMut(StateRecord) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        let params = params![rule_id, state.map(|s| s.as_str())];
        self.each_row(STATES_BY_EMAIL, params, state_from_row, f)
    }
}

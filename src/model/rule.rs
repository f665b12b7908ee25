//! Provisioning rules: which directory users an outbound rule provisions to which
//! connection, or which team members an inbound rule brings into which population, with
//! which mappings and which deletion limit.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::invalid::Invalid;
use super::sync::DeleteLimit;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Directory -> Dropbox.
    #[default]
    Outbound,
    /// Dropbox -> directory.
    Inbound,
}

impl Direction {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Direction::Outbound => "outbound",
            Direction::Inbound => "inbound",
        }
    }

    pub(crate) fn other(self) -> Direction {
        match self {
            Direction::Outbound => Direction::Inbound,
            Direction::Inbound => Direction::Outbound,
        }
    }
}

/// A rule, as stored (a JSON document): missing fields take their defaults and unknown
/// ones are ignored, so a field added later never makes stored rules unreadable.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct Rule {
    /// The store's id: never reused, so locks and links of a deleted rule never pass to a
    /// new rule of the same name. 0 until the rule is saved.
    #[serde(default)]
    pub(crate) id: i64,
    pub(crate) name: String,
    pub(crate) direction: Direction,
    pub(crate) connection: String,
    pub(crate) enabled: bool,
    /// Outbound: users of any of these populations are in scope (all populations when
    /// empty and groups are given). Inbound: exactly one, where its users land.
    pub(crate) populations: Vec<String>,
    /// Members of any of these groups are in scope (when given).
    pub(crate) groups: Vec<String>,
    /// A minijinja expression over `user` (outbound) or `member` (inbound) that must be
    /// true for the user or member to be in scope.
    pub(crate) filter: Option<String>,
    /// Attribute -> expression, overriding the default mappings.
    pub(crate) mappings: BTreeMap<String, String>,
    /// `None`: the default (10 % of the linked members).
    pub(crate) max_deletes: Option<DeleteLimit>,
    /// The ids of the directory groups provisioned as Dropbox groups (ids, not names, so
    /// that a renamed directory group renames its Dropbox group).
    pub(crate) provision_groups: Vec<String>,
    /// A same-name Dropbox group that dbxprov did not create is taken over (PingOne's
    /// "merge") instead of failing.
    pub(crate) adopt_existing_groups: bool,
    /// The provisioned groups hold exactly the wanted members: members added by hand are
    /// removed too.
    pub(crate) exclusive_group_membership: bool,
    /// Inbound: only active members are provisioned; the users of the others are deleted.
    pub(crate) sync_only_active: bool,
    /// Outbound: a member adopted by email keeps a non-empty external id that another
    /// tool set (Dropbox's SCIM app, Okta, Entra) unless this is on; the rule then finds
    /// the member by its link.
    #[serde(default)]
    pub(crate) take_external_ids: bool,
    /// Inbound from an LDAP directory: what it searches (`None` for Dropbox rules).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) ldap: Option<LdapQuery>,
    #[serde(with = "crate::model::as_rfc3339")]
    pub(crate) created_at: i64,
    #[serde(with = "crate::model::as_rfc3339")]
    pub(crate) updated_at: i64,
}

/// What an inbound rule of an LDAP connection searches; what it does not say is the
/// connection's base DN and its server's usual filters.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct LdapQuery {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) user_filter: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) group_filter: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) search_base: Option<String>,
    /// Run once a day on `sync run --due` (as Dropbox inbound rules do) instead of every
    /// time.
    pub(crate) daily: bool,
}

/// Seconds in the day of an inbound rule's schedule.
pub(crate) const DAY: i64 = 86_400;

/// An inbound rule's daily schedule (PingOne's): its first full sync finished at
/// `anchor`, and it is due every 24 h after that; `last_slot` is the latest slot a
/// scheduled run took (the anchor until one has). Manual runs take no slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Schedule {
    #[serde(with = "crate::model::as_rfc3339")]
    pub(crate) anchor: i64,
    #[serde(with = "crate::model::as_rfc3339")]
    pub(crate) last_slot: i64,
}

impl Schedule {
    /// When the next scheduled run is due.
    pub(crate) fn next(&self) -> i64 {
        self.slot_at(self.last_slot) + DAY
    }

    pub(crate) fn is_due(&self, now: i64) -> bool {
        now >= self.next()
    }

    /// The latest slot at or before `now`: the one a run due now takes, so that days
    /// missed (the machine was off) are made up by one run, not one per day.
    pub(crate) fn slot_at(&self, now: i64) -> i64 {
        self.anchor + (now - self.anchor).max(0) / DAY * DAY
    }
}

/// Why a rule does not run now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Blocked {
    RuleDisabled,
    ConnectionMissing(String),
    ConnectionDisabled(String),
    /// Its credentials were refused and have never worked.
    ConnectionInvalid(String),
}

impl std::fmt::Display for Blocked {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Blocked::RuleDisabled => f.write_str("the rule is disabled"),
            Blocked::ConnectionMissing(c) => write!(f, "its connection {c:?} no longer exists"),
            Blocked::ConnectionDisabled(c) => write!(f, "connection {c:?} is disabled"),
            Blocked::ConnectionInvalid(c) => write!(
                f,
                "connection {c:?} is invalid: its credentials were refused and have never worked"
            ),
        }
    }
}

/// As its text: scripts read it as a reason, not a structure.
impl Serialize for Blocked {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// `N` (a count) or `P%` (a share of the linked members).
pub(crate) fn parse_delete_limit(text: &str) -> Result<DeleteLimit, Invalid> {
    let bad = || Invalid::DeleteLimit(text.to_string());
    match text.trim().strip_suffix('%') {
        Some(p) => {
            let p: f64 = p.trim().parse().map_err(|_| bad())?;
            if !(0.0..=100.0).contains(&p) {
                return Err(Invalid::DeleteLimitRange(text.to_string()));
            }
            Ok(DeleteLimit::Percent(p))
        }
        None => text
            .trim()
            .parse()
            .map(DeleteLimit::Count)
            .map_err(|_| bad()),
    }
}

/// How a limit reads on the command line.
pub(crate) fn show_delete_limit(limit: Option<DeleteLimit>) -> String {
    match limit {
        None => "10% of linked members (default)".into(),
        Some(DeleteLimit::Count(n)) => n.to_string(),
        Some(DeleteLimit::Percent(p)) => format!("{p}%"),
    }
}

impl Rule {
    /// Whether an expression of the rule (its filter or a mapping) can use a member's
    /// groups: an inbound rule then reads the team's groups.
    pub(crate) fn reads_group_names(&self) -> bool {
        self.direction == Direction::Inbound
            && self.filter.iter().chain(self.mappings.values()).any(|e| {
                ["member.groups", "member[\"groups\"]", "member['groups']"]
                    .iter()
                    .any(|g| e.contains(g))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_stored_today_and_by_other_versions_read_back() {
        let today = r#"{"id":0,"name":"r1","direction":"outbound","connection":"prod","enabled":true,"populations":["Staff"],"groups":[],"filter":null,"mappings":{"email":"user.email"},"max_deletes":{"percent":5.0},"created_at":1796191328,"updated_at":1796191328}"#;
        let rule: Rule = serde_json::from_str(today).unwrap();
        assert_eq!(rule.populations, ["Staff"]);
        assert_eq!(rule.max_deletes, Some(DeleteLimit::Percent(5.0)));
        let round: Rule = serde_json::from_str(&serde_json::to_string(&rule).unwrap()).unwrap();
        assert_eq!(round, rule);
        // A later version's field is ignored; a field this version has, missing, defaults.
        let other =
            r#"{"name":"r2","connection":"prod","enabled":true,"provision_groups":["Sales"]}"#;
        let rule: Rule = serde_json::from_str(other).unwrap();
        assert_eq!(
            (rule.name.as_str(), rule.direction),
            ("r2", Direction::Outbound)
        );
        assert!(rule.populations.is_empty() && rule.mappings.is_empty());
    }

    #[test]
    fn a_schedule_is_due_daily_at_the_anchor_time_and_missed_days_run_once() {
        let anchor = 1_796_292_000; // 2026-12-03T10:00:00Z
        let s = Schedule {
            anchor,
            last_slot: anchor,
        };
        assert_eq!(s.next(), anchor + DAY);
        assert!(!s.is_due(anchor + DAY - 1));
        assert!(s.is_due(anchor + DAY));
        // Three days late: one run takes the latest slot; the next is the day after it.
        let late = anchor + 3 * DAY + 3_600;
        let taken = Schedule {
            last_slot: s.slot_at(late),
            ..s
        };
        assert_eq!(taken.last_slot, anchor + 3 * DAY);
        assert!(!taken.is_due(late));
        assert_eq!(taken.next(), anchor + 4 * DAY);
    }

    #[test]
    fn delete_limits() {
        assert_eq!(parse_delete_limit("25").unwrap(), DeleteLimit::Count(25));
        assert_eq!(parse_delete_limit("5%").unwrap(), DeleteLimit::Percent(5.0));
        assert!(parse_delete_limit("150%").is_err());
        assert!(parse_delete_limit("-3").is_err());
        assert!(parse_delete_limit("lots").is_err());
    }
}

/// What a rule holds on its connection's team, which only it recognises.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Held {
    /// Linked members (outbound) or users brought in (inbound).
    pub(crate) members: u64,
    pub(crate) groups: u64,
    /// Operations whose outcome is unknown (a create's may have made a member).
    pub(crate) unknown: u64,
}

impl Held {
    pub(crate) fn is_empty(&self) -> bool {
        *self == Held::default()
    }
}

impl fmt::Display for Held {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = [
            (self.members, "members"),
            (self.groups, "groups"),
            (self.unknown, "operations whose outcome is unknown"),
        ]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, what)| format!("{n} {what}"))
        .collect();
        f.write_str(&parts.join(", "))
    }
}

//! How a rule is shown.

use crate::cli::output::{fields, render_table, table, yes_no};
use crate::model::{show_delete_limit, Direction};
use crate::ops::rfc3339;
use crate::ops::rule::RuleView;

fn list_or(items: &[String], none: &str) -> String {
    if items.is_empty() {
        none.to_string()
    } else {
        items.join(", ")
    }
}
/// A rule, field by field, then its mappings.
pub(crate) fn render_rule(v: &RuleView) -> String {
    let r = &v.rule;
    let mut s = match r.direction {
        Direction::Outbound => outbound_fields(v),
        Direction::Inbound => inbound_fields(v),
    };
    let mut t = table(["ATTRIBUTE", "EXPRESSION", "DEFAULT"]);
    for m in &v.mappings_in_effect {
        t.add_row([
            m.attribute.to_string(),
            m.expression.clone(),
            yes_no(m.is_default),
        ]);
    }
    s.push('\n');
    s.push_str(&render_table(&t));
    if !v.provisioned_groups.is_empty() {
        s.push('\n');
        s.push_str(&render_provisioned(v));
    }
    s
}

fn runs(v: &RuleView) -> String {
    v.blocked
        .clone()
        .map_or("yes".into(), |b| format!("no: {b}"))
}

fn inbound_fields(v: &RuleView) -> String {
    if let Some(query) = &v.rule.ldap {
        return ldap_fields(v, query);
    }
    let r = &v.rule;
    let schedule = v.schedule.as_ref();
    fields([
        ("name", r.name.clone()),
        ("direction", "inbound (Dropbox -> directory)".to_string()),
        ("connection", r.connection.clone()),
        ("enabled", yes_no(r.enabled)),
        ("runs", runs(v)),
        ("population", list_or(&r.populations, "none")),
        ("filter", r.filter.clone().unwrap_or_else(|| "none".into())),
        ("sync only active", yes_no(r.sync_only_active)),
        ("users brought in", v.users_in_scope.to_string()),
        (
            "max deletes",
            show_delete_limit(r.max_deletes).replace("linked members", "the users brought in"),
        ),
        (
            "next scheduled run",
            schedule
                .and_then(|s| s.next_run.clone())
                .unwrap_or_else(|| "at the next `sync run --due` (no full sync yet)".into()),
        ),
        (
            "daily at (UTC)",
            schedule
                .and_then(|s| s.daily_at.clone())
                .unwrap_or_else(|| "set by its first full sync".into()),
        ),
        ("created", rfc3339(r.created_at)),
        ("updated", rfc3339(r.updated_at)),
    ])
}

/// An inbound rule of an LDAP directory: what it searches, on which server's defaults.
fn ldap_fields(v: &RuleView, q: &crate::model::LdapQuery) -> String {
    let r = &v.rule;
    let flavor = v.directory.unwrap_or(crate::model::LdapFlavor::Ldap);
    let default = |given: &Option<String>, usual: &str| {
        given
            .clone()
            .unwrap_or_else(|| format!("{usual} (default)"))
    };
    fields([
        ("name", r.name.clone()),
        (
            "direction",
            "inbound (LDAP directory -> directory)".to_string(),
        ),
        ("connection", r.connection.clone()),
        ("server", flavor.label().to_string()),
        ("enabled", yes_no(r.enabled)),
        ("runs", runs(v)),
        ("population", list_or(&r.populations, "none")),
        (
            "search base",
            default(&q.search_base, "the connection's base DN"),
        ),
        (
            "user filter",
            default(&q.user_filter, flavor.default_user_filter()),
        ),
        (
            "group filter",
            default(&q.group_filter, flavor.default_group_filter()),
        ),
        ("anchor", flavor.anchor_attribute().to_string()),
        ("filter", r.filter.clone().unwrap_or_else(|| "none".into())),
        ("only enabled accounts", yes_no(r.sync_only_active)),
        ("users brought in", v.users_in_scope.to_string()),
        (
            "max deletes",
            show_delete_limit(r.max_deletes).replace("linked members", "the users brought in"),
        ),
        (
            "runs on --due",
            if q.daily {
                "daily, at the time of day of its first full sync"
            } else {
                "every time, before the outbound rules"
            }
            .to_string(),
        ),
        ("created", rfc3339(r.created_at)),
        ("updated", rfc3339(r.updated_at)),
    ])
}

fn outbound_fields(v: &RuleView) -> String {
    let r = &v.rule;
    fields([
        ("name", r.name.clone()),
        ("direction", r.direction.as_str().to_string()),
        ("connection", r.connection.clone()),
        ("enabled", yes_no(r.enabled)),
        ("runs", runs(v)),
        ("populations", list_or(&r.populations, "any")),
        ("groups", list_or(&r.groups, "any")),
        ("filter", r.filter.clone().unwrap_or_else(|| "none".into())),
        ("users in scope", v.users_in_scope.to_string()),
        ("max deletes", show_delete_limit(r.max_deletes)),
        (
            "external ids",
            if r.take_external_ids {
                "replaced when another tool set them".into()
            } else {
                "kept when another tool set them".into()
            },
        ),
        ("created", rfc3339(r.created_at)),
        ("updated", rfc3339(r.updated_at)),
    ])
}

/// The groups a rule provisions, with their Dropbox ids and states.
fn render_provisioned(v: &RuleView) -> String {
    let r = &v.rule;
    let mut s = fields([
        ("adopt existing groups", yes_no(r.adopt_existing_groups)),
        ("exclusive membership", yes_no(r.exclusive_group_membership)),
    ]);
    let mut t = table([
        "PROVISIONED GROUP",
        "DROPBOX ID",
        "STATE",
        "MEMBERS",
        "LAST ERROR",
    ]);
    for g in &v.provisioned_groups {
        t.add_row([
            g.name.clone().unwrap_or_else(|| {
                let was = g.last_name.as_deref().unwrap_or(&g.id);
                format!("{was} (deleted in the directory)")
            }),
            g.dropbox_group_id.clone().unwrap_or_default(),
            g.state.map_or("not yet synced", |s| s.as_str()).to_string(),
            g.members.map(|m| m.to_string()).unwrap_or_default(),
            g.error.clone().unwrap_or_default(),
        ]);
    }
    s.push('\n');
    s.push_str(&render_table(&t));
    s
}

//! How a rule is shown.

use crate::cli::output::{fields, render_table, table, yes_no};
use crate::model::show_delete_limit;
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
pub fn render_rule(v: &RuleView) -> String {
    let r = &v.rule;
    let mut s = fields([
        ("name", r.name.clone()),
        ("direction", r.direction.as_str().to_string()),
        ("connection", r.connection.clone()),
        ("enabled", yes_no(r.enabled)),
        (
            "runs",
            v.blocked
                .clone()
                .map_or("yes".into(), |b| format!("no: {b}")),
        ),
        ("populations", list_or(&r.populations, "any")),
        ("groups", list_or(&r.groups, "any")),
        ("filter", r.filter.clone().unwrap_or_else(|| "none".into())),
        ("users in scope", v.users_in_scope.to_string()),
        ("max deletes", show_delete_limit(r.max_deletes)),
        ("created", rfc3339(r.created_at)),
        ("updated", rfc3339(r.updated_at)),
    ]);
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
    s
}

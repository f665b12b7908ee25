//! How directory users are shown.

use crate::cli::output::{fields, render_table, table, yes_no};
use crate::model::User;
use crate::ops::rfc3339;

fn full_name(u: &User) -> String {
    format!("{} {}", u.given_name, u.surname).trim().to_string()
}
/// Users as a table: readable at 80 columns.
pub(crate) fn render_users(users: &[User]) -> String {
    if users.is_empty() {
        return "No users.\n".into();
    }
    let mut t = table(["EMAIL", "NAME", "ENABLED", "POPULATION", "GROUPS"]);
    for u in users {
        t.add_row([
            u.email.clone(),
            full_name(u),
            yes_no(u.enabled),
            u.population.clone(),
            u.groups.join(", "),
        ]);
    }
    render_table(&t)
}

/// The count under a user table, on stderr: stdout keeps only rows (for `| wc -l`).
pub(crate) fn user_count(users: &[User]) -> String {
    format!(
        "{} user{}",
        users.len(),
        if users.len() == 1 { "" } else { "s" }
    )
}
/// One user, field by field.
pub(crate) fn render_user(u: &User) -> String {
    let mut rows = vec![
        ("id", u.id.clone()),
        ("username", u.username.clone()),
        ("email", u.email.clone()),
        ("given name", u.given_name.clone()),
        ("surname", u.surname.clone()),
        ("enabled", yes_no(u.enabled)),
        ("population", u.population.clone()),
        ("groups", u.groups.join(", ")),
        (
            "provenance",
            u.provenance.clone().unwrap_or_else(|| "directory".into()),
        ),
        ("created", rfc3339(u.created_at)),
        ("updated", rfc3339(u.updated_at)),
    ];
    let attrs: Vec<(String, String)> = u
        .attributes
        .iter()
        .map(|(k, v)| (format!("attr {k}"), v.clone()))
        .collect();
    rows.extend(attrs.iter().map(|(k, v)| (k.as_str(), v.clone())));
    fields(rows)
}

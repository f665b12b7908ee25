//! How a connection and a connection test are shown.

use crate::cli::output::{fields, yes_no, Paint, Printer};
use crate::ops::connection::{ConnectionTest, ConnectionView, LdapTestReport, TestReport};
use crate::ops::rfc3339;

fn status_text(printer: &Printer, view: &ConnectionView) -> String {
    let c = &view.connection;
    let status = c.status.as_str();
    let paint = match c.status {
        crate::model::ConnectionStatus::Valid => Paint::Good,
        crate::model::ConnectionStatus::Invalid => Paint::Bad,
        crate::model::ConnectionStatus::Untested => Paint::Warn,
    };
    printer.paint(status, paint)
}
/// What is known of the scopes of the connection's token, and how it became known.
fn scopes_text(scopes: Option<&crate::model::GrantedScopes>) -> String {
    use crate::model::ScopeSource;
    let Some(s) = scopes else {
        return "not known yet (`dbxprov connection test` asks)".into();
    };
    let how = match s.source {
        ScopeSource::Authorization => "as authorized",
        ScopeSource::Probe => "as tested",
    };
    let mut text = format!("{} ({how} {})", s.granted.join(" "), rfc3339(s.at));
    if !s.refused.is_empty() {
        text.push_str(&format!("; not granted: {}", s.refused.join(" ")));
    }
    text
}

/// The `show` rendering, also printed after `create` and `update`.
pub(crate) fn render_connection(printer: &Printer, view: &ConnectionView) -> String {
    if let Some(ldap) = &view.connection.ldap {
        return render_ldap_connection(printer, view, ldap);
    }
    let c = &view.connection;
    let a = &c.actions;
    let mut rows = vec![
        ("name", c.name.clone()),
        ("description", c.description.clone().unwrap_or_default()),
        ("enabled", yes_no(c.enabled)),
        ("status", status_text(printer, view)),
        ("last test", last_test_text(c)),
        ("scopes", scopes_text(c.scopes.as_ref())),
        ("service URI", c.service_uri.clone()),
        ("token endpoint", c.token_endpoint.clone()),
        ("client id", c.client_id.clone()),
    ];
    if let Some(s) = &view.secrets {
        rows.push(("client secret", s.client_secret.clone().unwrap_or_default()));
        rows.push(("refresh token", s.refresh_token.clone().unwrap_or_default()));
    }
    rows.extend([
        ("create users", yes_no(a.create_users)),
        ("update users", yes_no(a.update_users)),
        ("disable users", yes_no(a.disable_users)),
        ("deprovision users", yes_no(a.deprovision_users)),
        ("remove action", remove_action(a)),
        (
            "deprovision on rule deletion",
            yes_no(a.deprovision_on_rule_deletion),
        ),
        ("wipe data", yes_no(a.wipe_data)),
        ("keep account", yes_no(a.keep_account)),
        (
            "transfer files to",
            a.transfer_dest.clone().unwrap_or_else(|| "-".into()),
        ),
        (
            "transfer admin",
            a.transfer_admin.clone().unwrap_or_else(|| "-".into()),
        ),
        ("welcome email", yes_no(a.send_welcome_email)),
    ]);
    fields(rows)
}
/// The result of a connection test, for people.
pub(crate) fn render_test(printer: &Printer, test: &ConnectionTest) -> String {
    match test {
        ConnectionTest::Dropbox(r) => render_dropbox_test(printer, r),
        ConnectionTest::Ldap(r) => render_ldap_test(printer, r),
    }
}

/// The result of a Dropbox connection test, for people.
pub(crate) fn render_dropbox_test(printer: &Printer, r: &TestReport) -> String {
    fields(test_rows(printer, r))
}
fn last_test_text(c: &crate::model::Connection) -> String {
    match &c.last_test {
        None => "never".into(),
        Some(t) if t.ok => format!(
            "{} passed ({})",
            rfc3339(t.at),
            t.team_name.clone().unwrap_or_default()
        ),
        Some(t) => format!(
            "{} failed: {}",
            rfc3339(t.at),
            t.error.clone().unwrap_or_default()
        ),
    }
}

/// An LDAP connection: where and how it reads, and what its rules may write.
fn render_ldap_connection(
    printer: &Printer,
    view: &ConnectionView,
    ldap: &crate::model::LdapSettings,
) -> String {
    let c = &view.connection;
    let a = &c.actions;
    let mut rows = vec![
        ("name", c.name.clone()),
        ("kind", "LDAP directory".to_string()),
        ("description", c.description.clone().unwrap_or_default()),
        ("enabled", yes_no(c.enabled)),
        ("status", status_text(printer, view)),
        ("last test", last_test_text(c)),
        ("URL", c.service_uri.clone()),
        ("StartTLS", yes_no(ldap.starttls)),
        (
            "CA file",
            ldap.ca_file
                .clone()
                .unwrap_or_else(|| "- (the system's roots)".into()),
        ),
        ("bind DN", ldap.bind_dn.clone()),
        ("base DN", ldap.base_dn.clone()),
        ("page size", ldap.page_size.to_string()),
        (
            "server",
            ldap.flavor.map_or(
                "not known yet (`dbxprov connection test` reads it)".into(),
                |f| f.label().to_string(),
            ),
        ),
    ];
    if let Some(s) = &view.secrets {
        rows.push(("bind password", s.bind_password.clone().unwrap_or_default()));
    }
    rows.extend([
        ("create users", yes_no(a.create_users)),
        ("update users", yes_no(a.update_users)),
        ("disable users", yes_no(a.disable_users)),
        ("deprovision users", yes_no(a.deprovision_users)),
        ("remove action", remove_action(a)),
    ]);
    fields(rows)
}

/// The remove action in words: `disable`, `delete`, or a staged removal's days.
fn remove_action(a: &crate::model::UserActions) -> String {
    match a.remove_after_days {
        Some(days) => format!("suspend-then-delete (removed after {days} days out of scope)"),
        None => a.remove_action.as_str().to_string(),
    }
}

fn passed(printer: &Printer, ok: bool) -> String {
    match ok {
        true => printer.paint("passed", Paint::Good),
        false => printer.paint("failed", Paint::Bad),
    }
}

/// The result of an LDAP connection test: the server, then what each rule would read.
pub(crate) fn render_ldap_test(printer: &Printer, r: &LdapTestReport) -> String {
    let mut rows = vec![("test", passed(printer, r.ok))];
    if let Some(s) = &r.server {
        rows.push(("server", format!("{} ({})", s.vendor, s.flavor.label())));
        rows.push(("naming contexts", s.naming_contexts.join("; ")));
        rows.push(("paged results", yes_no(s.paged_results)));
    }
    for read in &r.reads {
        let who = read
            .rule
            .as_ref()
            .map_or("usual filters".to_string(), |n| format!("rule {n}"));
        let list = |dns: &[String]| dns.iter().map(|d| format!("\n  {d}")).collect::<String>();
        rows.push(("reads", format!("{who}: under {}", read.searches.base)));
        rows.push((
            "users",
            format!(
                "{} ({}){}",
                read.users,
                read.searches.user_filter,
                list(&read.first_users)
            ),
        ));
        rows.push((
            "groups",
            format!(
                "{} ({}){}",
                read.groups,
                read.searches.group_filter,
                list(&read.first_groups)
            ),
        ));
    }
    if let Some(e) = &r.error {
        rows.push(("error", e.clone()));
    }
    rows.push(("took", format!("{} ms", r.duration_ms)));
    fields(rows)
}

/// The field rows of a test report, for renderings that add their own.
pub(crate) fn test_rows(printer: &Printer, r: &TestReport) -> Vec<(&'static str, String)> {
    let mut rows = vec![("test", passed(printer, r.ok))];
    if let Some(team) = &r.team {
        rows.push(("team", format!("{} ({})", team.name, team.team_id)));
        rows.push((
            "licenses",
            format!(
                "{} used of {} licensed ({} provisioned)",
                team.num_used_licenses.unwrap_or(team.num_provisioned_users),
                team.num_licensed_users,
                team.num_provisioned_users
            ),
        ));
    }
    rows.push((
        "scopes granted",
        r.scopes_granted
            .as_ref()
            .map_or("not asked (the test failed first)".into(), |s| s.join(" ")),
    ));
    if !r.missing_scopes.is_empty() {
        let missing: Vec<String> = r
            .missing_scopes
            .iter()
            .map(|m| format!("{} (for {})", m.scope, m.needed_for))
            .collect();
        rows.push((
            "scopes missing",
            printer.paint(&missing.join(", "), Paint::Warn),
        ));
    }
    if let Some(e) = &r.error {
        rows.push(("error", e.clone()));
    }
    rows.push((
        "requests",
        format!("{} in {} ms", r.requests, r.duration_ms),
    ));
    rows
}
/// Warns about scopes the connection's rules (or its user actions) need.
pub(crate) fn warn_missing_scopes(printer: &Printer, r: &TestReport) {
    for m in &r.missing_scopes {
        printer.warn(format!(
            "the app lacks the scope {} needed for {}: {}",
            m.scope,
            m.needed_for,
            crate::cli::error::scopes_hint(&r.connection)
        ));
    }
}

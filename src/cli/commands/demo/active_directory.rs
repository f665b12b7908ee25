//! The demo's Active Directory scene: the emulator's AD-flavoured LDAP server pulled into
//! a population and pushed to the team in one `sync run --due`; then, in AD, an account
//! disabled and another renamed, moved and re-addressed: its member is suspended, the
//! other's updated, nobody re-created.

use super::narrator::Narrator;
use crate::cli::commands::connection::{render_connection, render_test};
use crate::cli::commands::sync::render_run_brief;
use crate::model::UserActionsPatch;
use crate::ops::connection::{self, CreateOptions, NewLdapConnection};
use crate::ops::rule::{self, NewInboundRule, NewOutboundRule};
use crate::ops::run::{self, RunOptions, RunReport};
use crate::ops::{directory, Context};
use crate::progress::NoProgress;
use crate::secrets::Secret;
use dbx_emulator::{ad_group_dn, spawn_ad, AdConfig, AdUser, AD_BASE};

const PEOPLE: [(&str, &str, &str); 6] = [
    ("ana", "Ana", "Ruiz"),
    ("lea", "Lea", "Novak"),
    ("omar", "Omar", "Haddad"),
    ("kai", "Kai", "Berg"),
    ("mia", "Mia", "Costa"),
    ("ivo", "Ivo", "Petrov"),
];

/// Runs the rules `--due` would run here: the directory first, then the team.
async fn due(ctx: &mut Context, n: &Narrator<'_>) -> anyhow::Result<Vec<RunReport>> {
    let mut runs = Vec::new();
    for name in ["corp-in", "corp-staff"] {
        let report = run::run(ctx, name, &RunOptions::new(false, None), &NoProgress).await?;
        n.say(render_run_brief(n.printer, &report));
        runs.push(report);
    }
    Ok(runs)
}

pub(super) async fn from_active_directory(
    ctx: &mut Context,
    n: &Narrator<'_>,
) -> anyhow::Result<Vec<RunReport>> {
    let ad = spawn_ad(AdConfig::default(), 0)?;
    let users: Vec<AdUser> = PEOPLE
        .iter()
        .map(|(s, g, f)| AdUser::new(s, g, f))
        .collect();
    ad.add_users(&users);
    let dn = |sam: &str| ad.dn_of(sam).unwrap_or_default();
    ad.add_group("Dropbox-UX", &[dn("mia"), dn("ivo")]);
    ad.add_group("Dropbox-Design", &[dn("ana"), ad_group_dn("Dropbox-UX")]);
    let config = ad.config();
    n.say(format!(
        "\nThe emulator's Active Directory listens on {}: {} people, a group nested in another.",
        ad.url(),
        PEOPLE.len()
    ));
    n.step(&format!(
        "dbxprov connection create corp --kind ldap --url {} --bind-dn '{}' --base-dn '{AD_BASE}' --bind-password-file pw.txt",
        ad.url(),
        config.bind_dn()
    ));
    let prepared = connection::prepare_ldap(
        ctx,
        NewLdapConnection {
            name: "corp".into(),
            url: ad.url(),
            bind_dn: config.bind_dn(),
            base_dn: AD_BASE.into(),
            actions: UserActionsPatch::default(),
            ..NewLdapConnection::default()
        },
    )?;
    let options = CreateOptions {
        test: true,
        allow_invalid: false,
    };
    let password = Secret::new(config.bind_password.clone());
    let created = connection::create_ldap(ctx, prepared, password, options).await?;
    n.say(render_connection(n.printer, &created.connection));
    if let Some(test) = &created.test {
        n.say(render_test(n.printer, test));
    }
    rules(ctx, n)?;
    n.step("dbxprov sync run --due   (the directory first, then the team)");
    let mut runs = due(ctx, n).await?;
    ad.set_disabled("omar", true);
    ad.rename("lea", "Lea Novak-Berg", Some("Moved"));
    ad.set("lea", "mail", &["lea.berg@corp.example.com"]);
    n.step("In AD, Omar's account is disabled; Lea is renamed, moved and gets a new address: dbxprov sync run --due");
    runs.extend(due(ctx, n).await?);
    Ok(runs)
}

fn rules(ctx: &mut Context, n: &Narrator<'_>) -> anyhow::Result<()> {
    n.step("dbxprov directory population create Corp");
    directory::population_create(ctx, "Corp")?;
    let filter = "(&(objectClass=group)(cn=Dropbox-*))";
    n.step(&format!(
        "dbxprov rule create inbound corp-in --connection corp --population Corp --group-filter '{filter}'"
    ));
    let query = crate::model::LdapQuery {
        group_filter: Some(filter.into()),
        ..Default::default()
    };
    rule::create_inbound(
        ctx,
        NewInboundRule {
            name: "corp-in".into(),
            connection: "corp".into(),
            population: "Corp".into(),
            ldap: Some(query),
            ..NewInboundRule::default()
        },
    )?;
    n.step("dbxprov rule create outbound corp-staff --connection demo --population Corp --allow-bidirectional");
    rule::create_outbound(
        ctx,
        NewOutboundRule {
            name: "corp-staff".into(),
            connection: "demo".into(),
            populations: vec!["Corp".into()],
            // team-in reads the same team: the pair is allowed, as the README says.
            allow_bidirectional: true,
            ..NewOutboundRule::default()
        },
    )?;
    Ok(())
}

/// What the scene showed, in a sentence.
pub(super) fn summary(runs: &[RunReport]) -> String {
    let applied = |i: usize, kind: &str| {
        runs.get(i)
            .and_then(|r| r.applied.get(kind).copied())
            .unwrap_or(0)
    };
    format!(
        "From Active Directory: {} people came into population Corp and {} became members in \
         one `sync run --due`; then Omar's disabled account suspended his member ({}), and \
         Lea's rename and new address updated hers ({} update) instead of re-creating her.",
        applied(0, "create"),
        applied(1, "create"),
        applied(3, "suspend"),
        applied(3, "update"),
    )
}

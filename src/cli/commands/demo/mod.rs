//! `dbxprov demo`: the whole story against the built-in Dropbox emulator, in a temporary
//! home that is removed afterwards: create and test a connection, import a sample
//! directory, create an outbound rule, dry run, run, change the directory, run again, show
//! the status tables, bring the team's other members in with an inbound rule, then feed
//! the directory from the emulator's Active Directory ([`active_directory`]).

mod active_directory;
mod narrator;

use narrator::Narrator;

use crate::cli::error::CliError;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::Args;
use serde::Serialize;

use super::connection::{render_connection, render_dropbox_test};
use super::directory::{render_import, render_populations};
use super::rule::render_rule;
use super::sync::{
    render_group_states, render_history, render_run, render_run_brief, render_run_detail,
    render_statuses, render_user_states,
};
use crate::cli::output::{Paint, Printer};
use crate::import_export::import::Options;
use crate::model::UserActionsPatch;
use crate::ops::connection::{
    self, CreateOptions, CreateReport, Credentials, NewConnection, TestReport,
};
use crate::ops::directory::{self, ImportReport, ImportRequest, UserChanges};
use crate::ops::rule::{self, NewInboundRule, NewOutboundRule};
use crate::ops::run::{self, RunOptions, RunReport};
use crate::ops::{history, status, Context};
use crate::progress::{NoProgress, Progress};
use crate::secrets::{FileStore, Secret};
use dbx_emulator::{MemberStatus, SeedMember};

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  dbxprov demo\n  dbxprov demo --keep       # and look around the home it used"
)]
pub struct DemoArgs {
    /// Keep the temporary home (and print where it is) instead of removing it.
    #[arg(long)]
    pub(crate) keep: bool,
    /// After the story, provision this many more users at once (a rule of their own,
    /// with its progress), e.g. --users 100000.
    #[arg(long, value_name = "N")]
    pub(crate) users: Option<usize>,
}

#[derive(Serialize)]
struct DemoReport {
    emulator: String,
    home: Option<PathBuf>,
    create: CreateReport,
    test: TestReport,
    import: ImportReport,
    runs: Vec<RunReport>,
}

/// A few dozen people in two populations and three groups, as an HR export would list them.
fn sample_directory() -> String {
    const GIVEN: [&str; 12] = [
        "Ada", "Ben", "Chloé", "Dev", "Emma", "Farid", "Grace", "Hugo", "Ines", "Jon", "Kemal",
        "Lena",
    ];
    const SURNAMES: [&str; 3] = ["Okafor", "Lindqvist", "Moreau"];
    const GROUPS: [&str; 3] = ["Sales", "Engineering", "Support"];
    let mut csv = String::from("email,given_name,surname,population,groups,department\n");
    for (i, (given, surname)) in SURNAMES
        .iter()
        .flat_map(|s| GIVEN.iter().map(move |g| (*g, *s)))
        .enumerate()
    {
        let population = if i % 3 == 2 {
            "Contractors"
        } else {
            "Employees"
        };
        let group = GROUPS[i % 3];
        let email = format!(
            "{}.{}@example.com",
            given.to_lowercase(),
            surname.to_lowercase()
        )
        .replace('é', "e");
        csv.push_str(&format!(
            "{email},{given},{surname},{population},{group},{group}\n"
        ));
    }
    csv
}

/// Removes the temporary home when the demo ends, however it ends.
struct TempHome {
    path: PathBuf,
    keep: bool,
}

impl Drop for TempHome {
    fn drop(&mut self) {
        if !self.keep {
            let _ = std::fs::remove_dir_all(&self.path);
        }
    }
}

pub(crate) async fn cmd_demo(
    args: DemoArgs,
    printer: &Printer,
    progress: &dyn Progress,
) -> anyhow::Result<()> {
    let (emulator, config) = start_emulator(&args)?;
    let home = TempHome {
        path: std::env::temp_dir().join(format!(
            "dbxprov-demo-{}-{}",
            std::process::id(),
            crate::ops::now()
        )),
        keep: args.keep,
    };
    // The demo never touches the user's keyring: its secrets live in a 0600 file in the
    // temporary home, chosen explicitly here.
    let mut ctx = Context::open_with_secrets(
        &home.path,
        Box::new(FileStore::in_home(&home.path)),
        Arc::new(printer.observer()),
        (*printer.settings).clone(),
    )?;
    let n = Narrator { printer };
    n.say(format!(
        "The built-in Dropbox emulator listens on {} (team {:?}, {} licenses).",
        emulator.base_url(),
        config.team_name,
        config.num_licensed_users
    ));
    n.say(format!(
        "Temporary home: {}{}\n",
        home.path.display(),
        if args.keep {
            " (kept)"
        } else {
            " (removed at the end)"
        }
    ));
    let create = create_connection(&mut ctx, &emulator, &config, &n).await?;
    n.step("dbxprov connection test demo");
    let demo = connection::get(&ctx, "demo")?;
    let test = connection::test_dropbox(&mut ctx, demo).await?;
    n.say(render_dropbox_test(printer, &test));
    let import = import_sample(&mut ctx, &home.path, &n)?;
    let outsiders = seed_outsiders(&emulator, &n);
    let [dry_run, first, second] = provision(&mut ctx, &n).await?;
    show_status(&ctx, &n)?;
    guard_stops_a_mistake(&mut ctx, printer, &n, second.run_id).await?;
    let untouched = emulator
        .members()
        .iter()
        .filter(|m| outsiders.contains(&m.team_member_id) && m.status == MemberStatus::Active)
        .count();
    let at_scale = match args.users {
        Some(users) => Some(at_scale(&mut ctx, &home.path, &n, users, progress).await?),
        None => None,
    };
    let inbound = bring_in(&mut ctx, &n).await?;
    let from_ad = active_directory::from_active_directory(&mut ctx, &n).await?;
    let total = outsiders.len();
    n.say(summary(
        printer, &test, &import, &first, &second, untouched, total,
    ));
    n.say(inbound_summary(&inbound));
    n.say(active_directory::summary(&from_ad));
    n.say(
        "\nNext, for your own team: `dbxprov setup` (or `dbxprov connection create --help`), \
         then `dbxprov sync run RULE --dry-run` before the first real run."
            .to_string(),
    );
    if !printer.json {
        return Ok(());
    }
    let report = DemoReport {
        emulator: emulator.base_url(),
        home: args.keep.then(|| home.path.clone()),
        create,
        test,
        import,
        runs: [dry_run, first, second, inbound]
            .into_iter()
            .chain(at_scale)
            .chain(from_ad)
            .collect(),
    };
    printer.result(&report, |_| String::new())
}

/// The emulator of an SSO team (new members are active at once, so a disabled user is
/// suspended), with licenses for `--users` more.
fn start_emulator(
    args: &DemoArgs,
) -> anyhow::Result<(dbx_emulator::EmulatorHandle, dbx_emulator::Config)> {
    let defaults = dbx_emulator::Config::default();
    let config = dbx_emulator::Config {
        invites_accepted_immediately: true,
        num_licensed_users: defaults
            .num_licensed_users
            .max(args.users.unwrap_or(0) as u32 + 100),
        ..defaults
    };
    let emulator = dbx_emulator::spawn(config.clone(), 0).map_err(|e| {
        CliError::internal("cannot start the built-in Dropbox emulator").with_source(e)
    })?;
    Ok((emulator, config))
}

/// People already in the team whom no directory user matches: never touched.
fn seed_outsiders(emulator: &dbx_emulator::EmulatorHandle, n: &Narrator<'_>) -> Vec<String> {
    let outsiders = emulator.seed_members(&[
        SeedMember::new("founder@example.com", "Frida", "Founder"),
        SeedMember::new("auditor@external.example", "Abe", "Auditor"),
        SeedMember::new("intern@example.com", "Ivo", "Intern"),
    ]);
    n.say(format!(
        "The team already has {} members that are not in the directory.\n",
        outsiders.len()
    ));
    outsiders
}

/// The rule over Employees with two groups: its dry run, its first run, and a run after
/// the directory changes.
async fn provision(ctx: &mut Context, n: &Narrator<'_>) -> anyhow::Result<[RunReport; 3]> {
    n.step(
        "dbxprov rule create outbound employees --connection demo --population Employees \\\n      \
         --provision-group Sales --provision-group Engineering",
    );
    let rule = rule::create_outbound(
        ctx,
        NewOutboundRule {
            name: "employees".into(),
            connection: "demo".into(),
            populations: vec!["Employees".into()],
            provision_groups: vec!["Sales".into(), "Engineering".into()],
            ..NewOutboundRule::default()
        },
    )?;
    n.say(render_rule(&rule));
    let options = |dry_run| RunOptions::new(dry_run, None);
    n.step("dbxprov sync run employees --dry-run");
    let dry_run = run::run(ctx, "employees", &options(true), &NoProgress).await?;
    n.say(render_run_brief(n.printer, &dry_run));
    n.step("dbxprov sync run employees");
    let first = run::run(ctx, "employees", &options(false), &NoProgress).await?;
    n.say(render_run(n.printer, &first));
    n.step(
        "The directory changes: Ada is disabled, Ben is renamed, Dev moves to Contractors, \
         Engineering becomes Product Engineering, Emma and Hugo move from it to Sales",
    );
    change_directory(ctx)?;
    n.step("dbxprov sync run employees");
    let second = run::run(ctx, "employees", &options(false), &NoProgress).await?;
    n.say(render_run(n.printer, &second));
    Ok([dry_run, first, second])
}

/// `sync status`, its groups, and the first users' states.
fn show_status(ctx: &Context, n: &Narrator<'_>) -> anyhow::Result<()> {
    n.step("dbxprov sync status");
    n.say(render_statuses(&status::status(ctx, None)?));
    n.step("dbxprov sync status employees --groups");
    n.say(render_group_states(&status::group_states(
        ctx,
        Some("employees"),
    )?));
    n.step("dbxprov sync status employees --users   (first rows)");
    let states = status::user_states(ctx, Some("employees"), None)?;
    n.say(render_user_states(&states[..states.len().min(6)]));
    Ok(())
}

/// `--users N`: N more users in population Bulk, imported and provisioned by a rule of
/// their own at concurrency 16, with the progress bar.
async fn at_scale(
    ctx: &mut Context,
    home: &Path,
    n: &Narrator<'_>,
    users: usize,
    progress: &dyn Progress,
) -> anyhow::Result<RunReport> {
    let file = home.join("bulk.csv");
    let mut csv = String::from("email,given_name,surname,population\n");
    for i in 0..users {
        csv.push_str(&format!("bulk{i}@example.com,Given{i},Bulk{i},Bulk\n"));
    }
    std::fs::write(&file, csv)
        .map_err(|e| CliError::internal("cannot write the bulk directory").with_source(e))?;
    n.step(&format!(
        "At scale: {users} more users. dbxprov directory import bulk.csv --create-populations"
    ));
    let import = directory::import(
        ctx,
        ImportRequest {
            path: &file,
            format: None,
            options: Options {
                create_populations: true,
                ..Options::default()
            },
            dry_run: false,
        },
        progress,
    )?;
    n.say(render_import(&import));
    n.step("dbxprov rule create outbound bulk --connection demo --population Bulk");
    rule::create_outbound(
        ctx,
        NewOutboundRule {
            name: "bulk".into(),
            connection: "demo".into(),
            populations: vec!["Bulk".into()],
            ..NewOutboundRule::default()
        },
    )?;
    n.step("dbxprov sync run bulk --concurrency 16");
    let options = RunOptions {
        concurrency: 16,
        ..RunOptions::new(false, None)
    };
    let run = run::run(ctx, "bulk", &options, progress).await?;
    n.say(render_run_brief(n.printer, &run));
    Ok(run)
}

/// Five employees moved out of scope by mistake: the deletion guard stops the run with
/// nothing applied, and says how to let it through; they are moved back. Then the
/// history, and one run's every operation.
async fn guard_stops_a_mistake(
    ctx: &mut Context,
    printer: &Printer,
    n: &Narrator<'_>,
    second_run: Option<i64>,
) -> anyhow::Result<()> {
    let movers = [
        "grace.okafor@example.com",
        "jon.okafor@example.com",
        "kemal.okafor@example.com",
        "ada.lindqvist@example.com",
        "ben.lindqvist@example.com",
    ];
    let move_to = |ctx: &mut Context, population: &str| -> anyhow::Result<()> {
        for user in movers {
            let changes = UserChanges {
                population: Some(population.into()),
                ..UserChanges::default()
            };
            directory::user_set(ctx, user, changes)?;
        }
        Ok(())
    };
    n.step("By mistake, five employees are moved to Contractors: dbxprov sync run employees");
    move_to(ctx, "Contractors")?;
    let stopped = run::run(ctx, "employees", &RunOptions::new(false, None), &NoProgress).await?;
    n.say(render_run(printer, &stopped));
    if !stopped.guard.tripped {
        return Err(CliError::internal("the deletion guard let five deprovisions through").into());
    }
    n.say(format!(
        "error: {}\n(exit code 6; if the plan were right, `dbxprov sync run employees --allow-deletes {}` would let it through)\n",
        run::guard_error(&stopped),
        stopped.guard.allow_deletes_needed.unwrap_or(stopped.guard.deprovisions)
    ));
    n.step("They are moved back; nothing was deprovisioned in the meantime");
    move_to(ctx, "Employees")?;
    n.step("dbxprov sync history");
    n.say(render_history(&history::history(ctx, None, 10)?));
    if let Some(id) = second_run {
        n.step(&format!("dbxprov sync show {id}"));
        n.say(render_run_detail(&history::show_run(ctx, id)?));
    }
    Ok(())
}

/// The inbound half: the team's members into population Team. The connection has an
/// outbound rule, so the pair is refused until allowed; then the members dbxprov
/// provisioned stay with their outbound rule and only the others come in.
async fn bring_in(ctx: &mut Context, n: &Narrator<'_>) -> anyhow::Result<RunReport> {
    n.step("dbxprov directory population create Team");
    directory::population_create(ctx, "Team")?;
    let new = NewInboundRule {
        name: "team-in".into(),
        connection: "demo".into(),
        population: "Team".into(),
        ..NewInboundRule::default()
    };
    n.step("dbxprov rule create inbound team-in --connection demo --population Team");
    match rule::create_inbound(ctx, new.clone()) {
        Err(e) => n.say(format!(
            "refused: {e}
"
        )),
        Ok(_) => {
            return Err(CliError::internal("the bidirectional guard let the pair through").into())
        }
    }
    n.step("dbxprov rule create inbound team-in --connection demo --population Team --allow-bidirectional");
    let created = rule::create_inbound(
        ctx,
        NewInboundRule {
            allow_bidirectional: true,
            ..new
        },
    )?;
    n.say(render_rule(&created));
    n.step("dbxprov sync run team-in");
    let run = run::run(ctx, "team-in", &RunOptions::new(false, None), &NoProgress).await?;
    n.say(render_run(n.printer, &run));
    n.step("dbxprov sync status");
    n.say(render_statuses(&status::status(ctx, None)?));
    Ok(run)
}

fn inbound_summary(run: &RunReport) -> String {
    format!(
        "The inbound rule brought {} members the directory did not have into population Team \
         and left the {} that rule employees provisioned to it; it runs daily with \
         `dbxprov sync run --due`.",
        run.applied.get("create").copied().unwrap_or(0),
        run.states.synced - run.applied.get("create").copied().unwrap_or(0)
    )
}

/// `connection create demo`, tested against the emulator.
async fn create_connection(
    ctx: &mut Context,
    emulator: &dbx_emulator::EmulatorHandle,
    config: &dbx_emulator::Config,
    n: &Narrator<'_>,
) -> anyhow::Result<CreateReport> {
    n.step(&format!(
        "dbxprov connection create demo --client-id {} --service-uri {} --token-endpoint {}",
        config.client_id,
        emulator.service_uri(),
        emulator.token_endpoint()
    ));
    let prepared = connection::prepare(
        ctx,
        NewConnection {
            name: "demo".into(),
            description: Some("The built-in Dropbox emulator".into()),
            service_uri: Some(emulator.service_uri()),
            token_endpoint: Some(emulator.token_endpoint()),
            client_id: config.client_id.clone(),
            actions: UserActionsPatch::default(),
        },
    )?;
    let create = connection::create(
        ctx,
        prepared,
        Credentials {
            client_secret: Secret::new(config.client_secret.clone()),
            refresh_token: Some(Secret::new(config.refresh_token.clone())),
        },
        CreateOptions {
            test: true,
            allow_invalid: false,
        },
    )
    .await?;
    n.say(render_connection(n.printer, &create.connection));

    Ok(create)
}

/// Writes the sample directory into the home and imports it.
fn import_sample(ctx: &mut Context, home: &Path, n: &Narrator<'_>) -> anyhow::Result<ImportReport> {
    n.step("dbxprov directory import sample-directory.csv --create-populations");
    let sample = home.join("sample-directory.csv");
    std::fs::write(&sample, sample_directory())
        .map_err(|e| CliError::internal("cannot write the sample directory").with_source(e))?;
    let import = directory::import(
        ctx,
        ImportRequest {
            path: &sample,
            format: None,
            options: Options {
                create_populations: true,
                ..Options::default()
            },
            dry_run: false,
        },
        &NoProgress,
    )?;
    n.say(render_import(&import));
    n.step("dbxprov directory population list");
    n.say(render_populations(&directory::population_list(ctx)?));

    Ok(import)
}

/// Ada is disabled, Ben is renamed, Dev moves to Contractors.
fn change_directory(ctx: &mut Context) -> anyhow::Result<()> {
    for (user, changes) in [
        (
            "ada.okafor@example.com",
            UserChanges {
                enabled: Some(false),
                ..UserChanges::default()
            },
        ),
        (
            "ben.okafor@example.com",
            UserChanges {
                given_name: Some("Benjamin".into()),
                ..UserChanges::default()
            },
        ),
        (
            "dev.okafor@example.com",
            UserChanges {
                population: Some("Contractors".into()),
                ..UserChanges::default()
            },
        ),
    ] {
        directory::user_set(ctx, user, changes)?;
    }
    directory::group_rename(ctx, "Engineering", "Product Engineering")?;
    let movers = [
        "emma.okafor@example.com".to_string(),
        "hugo.okafor@example.com".to_string(),
    ];
    directory::group_set_members(ctx, "Product Engineering", &movers, false)?;
    directory::group_set_members(ctx, "Sales", &movers, true)?;
    Ok(())
}

/// The last line: what the demo showed, with its figures.
fn summary(
    printer: &Printer,
    test: &TestReport,
    import: &ImportReport,
    first: &RunReport,
    second: &RunReport,
    untouched: usize,
    outsiders: usize,
) -> String {
    let applied = |r: &RunReport, kind: &str| r.applied.get(kind).copied().unwrap_or(0);
    let groups = |r: &RunReport, kind: &str| r.groups.applied.get(kind).copied().unwrap_or(0);
    format!(
        "Demo finished: connection test {} against the emulator (team {:?}); {} users imported; \
         the rule created {} members, then suspended {}, updated {} and deprovisioned {}; \
         it created {} Dropbox groups, then renamed {} in place and changed the members of {}; \
         {untouched} of the {outsiders} members dbxprov did not create are untouched.",
        printer.paint("passed", Paint::Good),
        test.team.as_ref().map(|t| t.name.as_str()).unwrap_or(""),
        import.created,
        applied(first, "create"),
        applied(second, "suspend"),
        applied(second, "update"),
        applied(second, "deprovision_suspend") + applied(second, "remove"),
        groups(first, "group_create"),
        groups(second, "group_rename"),
        second.groups.impacted,
    )
}

//! `dbxprov demo`: the whole story against the built-in Dropbox emulator, in a temporary
//! home that is removed afterwards. It grows with every capability; today: create a
//! connection (tested on creation), test it again, import a sample directory.

use std::path::PathBuf;
use std::sync::Arc;

use clap::Args;
use serde::Serialize;

use super::connection::{render_connection, render_test};
use super::directory::{render_import, render_populations};
use crate::cli::output::{Paint, Printer};
use crate::directory::import::Options;
use crate::model::UserActionsPatch;
use crate::ops::connection::{
    self, CreateOptions, CreateReport, Credentials, NewConnection, TestReport,
};
use crate::ops::directory::{self, ImportReport, ImportRequest};
use crate::ops::Context;
use crate::secrets::{FileStore, Secret};
use crate::Error;

#[derive(Args, Debug)]
pub struct DemoArgs {
    /// Keep the temporary home (and print where it is) instead of removing it.
    #[arg(long)]
    pub keep: bool,
}

#[derive(Serialize)]
struct DemoReport {
    emulator: String,
    home: Option<PathBuf>,
    create: CreateReport,
    test: TestReport,
    import: ImportReport,
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

pub async fn cmd_demo(args: DemoArgs, printer: &Printer) -> anyhow::Result<()> {
    let config = dbx_emulator::Config::default();
    let emulator = dbx_emulator::spawn(config.clone(), 0).map_err(|e| {
        Error::internal("cannot start the built-in Dropbox emulator").with_source(e)
    })?;
    let home = TempHome {
        path: std::env::temp_dir().join(format!(
            "dbxprov-demo-{}-{}",
            std::process::id(),
            crate::store::now()
        )),
        keep: args.keep,
    };
    // The demo never touches the user's keyring: its secrets live in a 0600 file in the
    // temporary home, chosen explicitly here.
    let mut ctx = Context::open_with_secrets(
        &home.path,
        Box::new(FileStore::in_home(&home.path)),
        Arc::new(printer.observer()),
    )?;
    let step = |text: &str| {
        if !printer.json && !printer.quiet {
            println!("{}", printer.paint(&format!("==> {text}"), Paint::Bold));
        }
    };
    let say = |text: String| {
        if !printer.json && !printer.quiet {
            println!("{text}");
        }
    };
    say(format!(
        "The built-in Dropbox emulator listens on {} (team {:?}, {} licenses).",
        emulator.base_url(),
        config.team_name,
        config.num_licensed_users
    ));
    say(format!(
        "Temporary home: {}{}\n",
        home.path.display(),
        if args.keep {
            " (kept)"
        } else {
            " (removed at the end)"
        }
    ));

    step(&format!(
        "dbxprov connection create demo --client-id {} --service-uri {} --token-endpoint {}",
        config.client_id,
        emulator.service_uri(),
        emulator.token_endpoint()
    ));
    let prepared = connection::prepare(
        &ctx,
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
        &mut ctx,
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
    say(render_connection(printer, &create.connection));

    step("dbxprov connection test demo");
    let test = connection::test(&mut ctx, "demo").await?;
    say(render_test(printer, &test));

    step("dbxprov directory import sample-directory.csv --create-populations");
    let sample = home.path.join("sample-directory.csv");
    std::fs::write(&sample, sample_directory())
        .map_err(|e| Error::internal("cannot write the sample directory").with_source(e))?;
    let import = directory::import(
        &mut ctx,
        ImportRequest {
            path: &sample,
            format: None,
            options: Options {
                create_populations: true,
                ..Options::default()
            },
            dry_run: false,
        },
    )?;
    say(render_import(&import));
    step("dbxprov directory population list");
    say(render_populations(&directory::population_list(&ctx)?));

    say(format!(
        "Demo finished: connection test {} against the emulator (team {:?}, {} API requests); \
         {} users imported into the directory.",
        printer.paint("passed", Paint::Good),
        test.team.as_ref().map(|t| t.name.as_str()).unwrap_or(""),
        test.requests,
        import.created
    ));
    if printer.json {
        printer.result(
            &DemoReport {
                emulator: emulator.base_url(),
                home: args.keep.then(|| home.path.clone()),
                create,
                test,
                import,
            },
            |_| String::new(),
        )?;
    }
    Ok(())
}

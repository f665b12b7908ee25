//! Help that teaches (issue 11): every command says what it does, every flag has a
//! description (the `--no-*` ones too), and the exit codes and environment are in
//! `--help`. Walks the real command tree.

use clap::CommandFactory;
use dbxprov::cli::Cli;

fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
    if cmd.get_about().is_none() && path != "dbxprov" {
        missing.push(format!("{path}: no summary"));
    }
    for arg in cmd.get_arguments() {
        let id = arg.get_id().as_str();
        if arg.get_help().is_none() && arg.get_long_help().is_none() && arg.get_long().is_some() {
            missing.push(format!(
                "{path} --{}: no description",
                arg.get_long().unwrap_or(id)
            ));
        }
    }
    for sub in cmd.get_subcommands() {
        walk(sub, &format!("{path} {}", sub.get_name()), missing);
    }
}

#[test]
fn every_command_and_flag_is_described() {
    let mut missing = Vec::new();
    walk(&Cli::command(), "dbxprov", &mut missing);
    assert!(missing.is_empty(), "{missing:#?}");
}

#[test]
fn the_exit_codes_and_the_environment_are_in_the_help() {
    let mut cli = Cli::command();
    let top = cli.render_long_help().to_string();
    for needle in [
        "DBXPROV_HOME",
        "DBXPROV_SECRET_STORE",
        "DBXPROV_<NAME>_CLIENT_SECRET",
        "NO_COLOR",
        "Exit codes",
    ] {
        assert!(top.contains(needle), "dbxprov --help lacks {needle}");
    }
    let run = cli
        .find_subcommand_mut("sync")
        .and_then(|s| s.find_subcommand_mut("run"))
        .unwrap()
        .render_long_help()
        .to_string();
    for code in [
        "0    success",
        "5    the sync finished",
        "6    a safety limit",
        "7    another run",
    ] {
        assert!(run.contains(code), "sync run --help lacks {code:?}");
    }
}

#[test]
fn every_command_shows_an_example() {
    fn leaves(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
        let subs: Vec<_> = cmd
            .get_subcommands()
            .filter(|s| s.get_name() != "help")
            .collect();
        if subs.is_empty() {
            let help = cmd
                .get_after_help()
                .map(|h| h.to_string())
                .unwrap_or_default();
            if !help.contains("dbxprov ") {
                missing.push(path.to_string());
            }
        }
        for sub in subs {
            leaves(sub, &format!("{path} {}", sub.get_name()), missing);
        }
    }
    let mut missing = Vec::new();
    leaves(&Cli::command(), "dbxprov", &mut missing);
    assert!(
        missing.is_empty(),
        "commands without an example: {missing:#?}"
    );
}

/// The README's table of exit codes says what the one table of the code says (the
/// help's lists are made from it), code for code and word for word.
#[test]
fn the_readme_gives_the_exit_codes_of_the_table() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let rows: Vec<(i32, String)> = readme
        .lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.trim().strip_prefix('|')?.split('|').collect();
            let code = cells.first()?.trim().parse().ok()?;
            Some((code, cells.get(1)?.trim().to_string()))
        })
        .collect();
    let table: Vec<(i32, String)> = dbxprov::cli::exit::EXITS
        .iter()
        .map(|e| (e.code, e.meaning.to_string()))
        .collect();
    assert_eq!(rows, table);
}

/// The README's table of environment variables is the list of the one module that reads
/// them (the top help's list is made from it), row for row.
#[test]
fn the_readme_gives_every_variable_the_settings_read() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let rows: Vec<(String, String)> = readme
        .lines()
        .filter_map(|line| {
            let cells: Vec<&str> = line.trim().strip_prefix("| `")?.split('|').collect();
            let name = cells.first()?.trim().trim_end_matches('`');
            Some((name.to_string(), cells.get(1)?.trim().to_string()))
        })
        .collect();
    let listed: Vec<(String, String)> = dbxprov::settings::ENVIRONMENT
        .iter()
        .map(|(name, does)| (name.to_string(), does.to_string()))
        .collect();
    assert_eq!(rows, listed);
}

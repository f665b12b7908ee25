//! The committed man pages under `man/` (one for `dbxprov`, one per command) match what
//! the command tree renders. Regenerate them with `UPDATE_MAN=1 cargo test --test runner man::`;
//! install with e.g. `cp man/*.1 /usr/local/share/man/man1/`.

use std::path::Path;

use clap::CommandFactory;
use dbxprov::cli::Cli;

/// Every command with the page name it gets (`dbxprov-sync-run`).
fn pages(cmd: &clap::Command, name: &str, out: &mut Vec<(String, clap::Command)>) {
    out.push((name.to_string(), cmd.clone()));
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        pages(sub, &format!("{name}-{}", sub.get_name()), out);
    }
}

#[test]
fn committed_man_pages_are_current() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("man");
    let update = std::env::var_os("UPDATE_MAN").is_some();
    let mut cli = Cli::command();
    cli.build();
    let mut all = Vec::new();
    pages(&cli, "dbxprov", &mut all);
    let mut stale = Vec::new();
    for (name, cmd) in &all {
        let mut page = Vec::new();
        clap_mangen::Man::new(cmd.clone().display_name(name.clone()))
            .title(name.to_uppercase())
            .render(&mut page)
            .unwrap();
        let path = dir.join(format!("{name}.1"));
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &page).unwrap();
        } else if std::fs::read(&path).ok().as_deref() != Some(&page[..]) {
            stale.push(name.clone());
        }
    }
    assert!(all.len() > 40, "every command has a page: {}", all.len());
    let sync_run =
        String::from_utf8(std::fs::read(dir.join("dbxprov-sync-run.1")).unwrap_or_default())
            .unwrap();
    assert!(
        sync_run.contains("Exit codes"),
        "the exit codes are in `man dbxprov-sync-run`"
    );
    assert!(
        stale.is_empty(),
        "stale man pages {stale:?}: run `UPDATE_MAN=1 cargo test --test runner man::` and commit man/"
    );
}

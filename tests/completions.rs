//! The committed completion scripts under `completions/` match what the binary generates.
//! Regenerate them with `UPDATE_COMPLETIONS=1 cargo test --test runner completions::`.

use std::path::Path;

use crate::common::*;
use tempfile::TempDir;

#[test]
fn committed_completions_are_current() {
    let home = TempDir::new().unwrap();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let update = std::env::var_os("UPDATE_COMPLETIONS").is_some();
    let mut stale = Vec::new();
    for (shell, file) in [
        ("bash", "dbxprov.bash"),
        ("zsh", "_dbxprov"),
        ("fish", "dbxprov.fish"),
        ("powershell", "_dbxprov.ps1"),
        ("elvish", "dbxprov.elv"),
    ] {
        let out = dbxprov(home.path())
            .args(["completions", shell])
            .output()
            .unwrap();
        assert!(out.status.success());
        assert!(
            text(&out.stdout).contains("connection"),
            "{shell} script names the commands"
        );
        let path = dir.join(file);
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &out.stdout).unwrap();
        } else if std::fs::read(&path).ok().as_deref() != Some(&out.stdout[..]) {
            stale.push(file);
        }
    }
    assert!(
        stale.is_empty(),
        "stale completion scripts {stale:?}: run `UPDATE_COMPLETIONS=1 cargo test --test runner completions::` and commit completions/"
    );
}

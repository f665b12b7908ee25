//! The README's quick start is a script that works (issue 11): its command block runs as
//! shown on a fresh home, against the emulator (its address in place of 127.0.0.1:8765).

mod common;

use std::process::Command;

use common::*;
use tempfile::TempDir;

/// The `sh` block after "The same steps without the wizard" in the quick start.
fn quick_start() -> String {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let from = readme
        .find("The same steps without the")
        .expect("the quick start");
    let block = &readme[from..];
    let start = block.find("```sh\n").expect("its command block") + "```sh\n".len();
    let end = block[start..].find("```").unwrap();
    block[start..start + end].to_string()
}

#[test]
fn the_quick_start_runs_as_shown() {
    let emu = emulator();
    let dir = TempDir::new().unwrap();
    let bin = dir.path().join("bin");
    std::fs::create_dir(&bin).unwrap();
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_dbxprov"), bin.join("dbxprov")).unwrap();
    let addr = emu.addr().to_string();
    let script = quick_start().replace("127.0.0.1:8765", &addr);
    assert!(script.contains("dbxprov sync run staff"), "{script}");
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut cmd = Command::new("bash");
    cmd.args(["-euo", "pipefail", "-c", &script])
        .current_dir(dir.path())
        .env("PATH", path)
        .env("DBXPROV_SECRET_STORE", "file")
        .env("NO_COLOR", "1")
        .env("TMPDIR", dir.path());
    for (key, _) in std::env::vars() {
        if key.starts_with("DBXPROV_") && key != "DBXPROV_SECRET_STORE" {
            cmd.env_remove(key);
        }
    }
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}\n{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("Rule \"staff\" -> connection \"prod\": run 1 succeeded"),
        "{stdout}"
    );
    assert!(stdout.contains("staff  "), "the status table: {stdout}");
    assert_eq!(emu.members().len(), 2);
}

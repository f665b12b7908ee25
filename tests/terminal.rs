//! The terminal dbxprov runs on, given back as it was found: echo after Ctrl-C at a
//! hidden question, and no stop when a signal ends dbxprov in a background process group
//! (as `timeout` or a job control shell runs it), where touching the terminal's modes
//! would stop it instead.

use rexpect::session::spawn_command;

use crate::common::pty::{dbxprov_with_echo, local_modes, wait_for_hidden};
use crate::common::*;

#[test]
fn ctrl_c_at_a_hidden_answer_gives_the_terminal_its_echo_back() {
    let home = tempfile::TempDir::new().unwrap();
    let args = ["connection", "create", "corp", "--kind", "ldap"];
    let mut cmd = dbxprov_with_echo(home.path(), &args);
    cmd.args(["--url", "ldap://127.0.0.1:9", "--bind-dn", "cn=r,dc=x"])
        .args(["--base-dn", "dc=x"]);
    let mut p = spawn_command(cmd, Some(20_000)).unwrap();
    p.exp_string("Bind password (input hidden").unwrap();
    wait_for_hidden(&p);
    p.send_control('c').unwrap();
    p.exp_string("interrupted by Ctrl-C").unwrap();
    p.exp_eof().unwrap();
    assert_ne!(local_modes(&p) & libc::ECHO, 0, "echo left off");
}

#[test]
fn sigterm_in_a_background_process_group_ends_dbxprov_instead_of_stopping_it() {
    // A directory that accepts the connection and never answers: the test waits.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("ldap://127.0.0.1:{}", silent.local_addr().unwrap().port());
    let home = tempfile::TempDir::new().unwrap();
    let out = dbxprov(home.path())
        .args([
            "connection",
            "create",
            "corp",
            "--kind",
            "ldap",
            "--url",
            &url,
        ])
        .args(["--bind-dn", "cn=r,dc=x", "--base-dn", "dc=x", "--no-test"])
        .env("DBXPROV_BIND_PASSWORD", "pw")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    // `timeout` runs it in a process group of its own: in the background of the pty.
    let script = format!(
        "timeout -s TERM 2 \"$0\" --home '{}' connection test corp; echo \"exit=$?\"",
        home.path().display()
    );
    let mut cmd = std::process::Command::new("sh");
    cmd.args(["-c", &script])
        .arg(env!("CARGO_BIN_EXE_dbxprov"))
        .env("DBXPROV_SECRET_STORE", "file");
    let mut p = spawn_command(cmd, Some(20_000)).unwrap();
    p.exp_string("interrupted by SIGTERM").unwrap();
    p.exp_string("exit=124").unwrap();
    p.exp_eof().unwrap();
    drop(silent);
}

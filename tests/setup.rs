//! `dbxprov setup` (issue 11) driven through a real pseudo-terminal: a whole setup ends
//! with a saved, tested connection, an outbound rule and its dry run; a wrong refresh
//! token is fixed in place; Ctrl-C midway leaves the home unchanged; without a keyring
//! the file store is offered, and later commands need no variable. People come from a
//! file, or (issue 23) from the emulator's Active Directory, whose wrong password is
//! fixed in place (`setup_directory.rs`).

use std::path::Path;

use crate::common::pty::{wait_for_hidden, wait_for_keys};
use crate::common::*;
use rexpect::session::{spawn_command, PtySession};
use tempfile::TempDir;

const TIMEOUT_MS: u64 = 20_000;

/// The wizard in a pty, with no secret-store variable and no keyring reachable.
fn wizard(home: &Path) -> PtySession {
    let mut cmd = std_dbxprov(home);
    cmd.arg("setup")
        .env_remove("DBXPROV_SECRET_STORE")
        .env(
            "DBUS_SESSION_BUS_ADDRESS",
            "unix:path=/nonexistent/dbxprov-test-bus",
        )
        .env("TERM", "dumb");
    spawn_command(cmd, Some(TIMEOUT_MS)).expect("the wizard starts in a pty")
}

/// Answers `prompt` with `answer` (a line; "" takes the default).
pub(crate) fn answer(p: &mut PtySession, prompt: &str, answer: &str) {
    p.exp_string(prompt)
        .unwrap_or_else(|e| panic!("waiting for {prompt:?}: {e}"));
    p.send_line(answer).unwrap();
}

/// The connection questions, up to the refresh token.
fn connection_questions(p: &mut PtySession, emu: &dbx_emulator::EmulatorHandle, token: &str) {
    answer(p, "Connection name", "");
    answer(p, "Description", "Made by the wizard");
    answer(p, "Service URI", &emu.service_uri());
    // Derived from the service URI: the emulator's own.
    answer(p, "Token endpoint", "");
    answer(p, "Client id", CLIENT_ID);
    answer(p, "Client secret", SECRET);
    answer(p, "The refresh token", ""); // paste one
    answer(p, "Refresh token (hidden)", token);
}

/// The user actions (defaults) and the file store.
fn actions_and_store(p: &mut PtySession) {
    for prompt in [
        "Create a Dropbox member",
        "Keep members' names",
        "Suspend the member",
        "Deprovision members",
        "How are they deprovisioned",
        "Wipe the devices",
        "Keep the secrets in that file",
    ] {
        answer(p, prompt, "");
    }
}

/// The wizard up to "Where do your people come from?": the connection to `emu` tested
/// (the right token), the user actions by default, the file store.
pub(crate) fn wizard_to_people(home: &Path, emu: &dbx_emulator::EmulatorHandle) -> PtySession {
    let mut p = wizard(home);
    connection_questions(&mut p, emu, REFRESH);
    p.exp_string("Emulated Team").unwrap();
    actions_and_store(&mut p);
    p
}

/// Picks the item `down` places below the first of the list `prompt` shows, once the
/// prompt reads keys.
pub(crate) fn pick(p: &mut PtySession, prompt: &str, down: usize) {
    p.exp_string(prompt)
        .unwrap_or_else(|e| panic!("waiting for {prompt:?}: {e}"));
    wait_for_keys(p);
    for _ in 0..down {
        p.send("\x1b[B").unwrap();
    }
    p.flush().unwrap();
    p.send_line("").unwrap();
}

/// The user actions (defaults), the file store, an import of `csv`, the rule "staff" over
/// the first population, and saving.
fn the_rest(p: &mut PtySession, csv: &Path) {
    actions_and_store(p);
    pick(p, "Where do your people come from?", 0); // a file
    answer(p, "File", &csv.display().to_string());
    p.exp_string("1 users to create").unwrap();
    answer(p, "Create an outbound rule", "");
    answer(p, "Rule name", "");
    p.exp_string("Its populations").unwrap();
    wait_for_keys(p);
    p.send(" ").unwrap();
    p.flush().unwrap();
    p.send_line("").unwrap();
    answer(p, "Save all of this now?", "");
}

fn sample(dir: &Path) -> std::path::PathBuf {
    let csv = dir.join("people.csv");
    std::fs::write(&csv, "email,given_name,surname\nann@example.com,Ann,Lee\n").unwrap();
    csv
}

#[test]
fn setup_ends_with_a_tested_connection_a_rule_and_its_dry_run() {
    let emu = emulator();
    let home = TempDir::new().unwrap();
    let files = TempDir::new().unwrap();
    let mut p = wizard(home.path());
    connection_questions(&mut p, &emu, REFRESH);
    p.exp_string("Emulated Team").unwrap();
    the_rest(&mut p, &sample(files.path()));
    p.exp_string("Saved connection \"prod\" (valid; secrets in the file store)")
        .unwrap();
    p.exp_string("Dry run of rule \"staff\"").unwrap();
    p.exp_string("Users once the plan is applied: 1 synced")
        .unwrap();
    p.exp_string("The same, without the wizard").unwrap();
    p.exp_string("dbxprov rule create outbound staff --connection prod --population Default")
        .unwrap();
    let (_, cron) = p.exp_regex(r"\*/5 \* \* \* \*  [^\r\n]+").unwrap();
    p.exp_eof().unwrap();
    // Later commands, without any variable and without a keyring, find the secrets.
    let out = std_dbxprov(home.path())
        .env_remove("DBXPROV_SECRET_STORE")
        .env(
            "DBUS_SESSION_BUS_ADDRESS",
            "unix:path=/nonexistent/dbxprov-test-bus",
        )
        .args(["sync", "run", "staff", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(stdout_json(&out)[0]["applied"]["create"], 1);
    assert_eq!(emu.members().len(), 1);
    // The cron line runs as printed, in cron's bare environment, silent when all is well.
    let out = cron_run(&cron);
    assert!(out.stdout.is_empty() && out.stderr.is_empty(), "{cron}");
}

/// The crontab line `cron` printed by the wizard, run as cron would (a bare environment,
/// `/` as working directory), which must exit 0.
pub(crate) fn cron_run(cron: &str) -> std::process::Output {
    let command = cron.trim_start_matches("*/5 * * * *").trim();
    assert!(command.contains("|| logger"), "{command}");
    let out = std::process::Command::new("/bin/sh")
        .args(["-c", command])
        .env_clear()
        .env("PATH", "/usr/bin:/bin")
        .env(
            "DBUS_SESSION_BUS_ADDRESS",
            "unix:path=/nonexistent/dbxprov-test-bus",
        )
        .current_dir("/")
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{command}: {}",
        text(&out.stderr)
    );
    out
}

#[test]
fn a_wrong_refresh_token_is_seen_fixed_and_the_setup_goes_on() {
    let emu = emulator();
    let home = TempDir::new().unwrap();
    let files = TempDir::new().unwrap();
    let mut p = wizard(home.path());
    connection_questions(&mut p, &emu, "not-the-token");
    p.exp_string("The test failed").unwrap();
    answer(&mut p, "What now?", ""); // fix the values and test again
    answer(&mut p, "Service URI", "");
    answer(&mut p, "Token endpoint", "");
    answer(&mut p, "Client id", "");
    answer(&mut p, "Enter keeps the one given", ""); // the client secret, kept
    answer(&mut p, "The refresh token", "");
    answer(&mut p, "Refresh token (hidden)", REFRESH);
    p.exp_string("Emulated Team").unwrap();
    the_rest(&mut p, &sample(files.path()));
    p.exp_string("Saved connection \"prod\" (valid").unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn the_refresh_token_can_be_obtained_on_the_spot() {
    let emu = emulator();
    let home = TempDir::new().unwrap();
    let files = TempDir::new().unwrap();
    let mut p = wizard(home.path());
    answer(&mut p, "Connection name", "");
    answer(&mut p, "Description", "");
    answer(&mut p, "Service URI", &emu.service_uri());
    answer(&mut p, "Token endpoint", &emu.token_endpoint());
    answer(&mut p, "Client id", CLIENT_ID);
    answer(&mut p, "Client secret", SECRET);
    pick(&mut p, "Paste one (hidden)", 1); // obtain one now
    let (_, url) = p
        .exp_regex(r"http://127\.0\.0\.1:\d+/oauth2/authorize\S+")
        .unwrap();
    assert!(url.contains("code_challenge_method=S256"), "{url}");
    // The admin approves in a browser; the emulator's page shows the code.
    let page = tokio::runtime::Runtime::new()
        .unwrap()
        .block_on(async { reqwest::get(&url).await.unwrap().text().await.unwrap() });
    let code = page.lines().last().unwrap().to_string();
    answer(&mut p, "Access code", &code);
    p.exp_string("Dropbox gave a refresh token").unwrap();
    p.exp_string("Emulated Team").unwrap();
    the_rest(&mut p, &sample(files.path()));
    p.exp_string("Saved connection \"prod\" (valid").unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn ctrl_c_midway_leaves_the_home_unchanged() {
    let emu = emulator();
    let home = TempDir::new().unwrap();
    let mut p = wizard(home.path());
    answer(&mut p, "Connection name", "");
    answer(&mut p, "Description", "");
    answer(&mut p, "Service URI", &emu.service_uri());
    p.exp_string("Token endpoint").unwrap();
    p.send_control('c').unwrap();
    p.exp_string("nothing was saved").unwrap();
    p.exp_eof().unwrap();
    let status = p.process().wait().unwrap();
    assert!(
        matches!(status, rexpect::process::wait::WaitStatus::Exited(_, 130)),
        "{status:?}"
    );
    let out = dbxprov(home.path())
        .args(["connection", "list", "--json"])
        .output()
        .unwrap();
    assert_eq!(text(&out.stdout), "[]\n");
    assert!(!home.path().join("secrets.json").exists());
}

#[test]
fn without_a_terminal_setup_points_at_the_commands() {
    let home = TempDir::new().unwrap();
    dbxprov(home.path())
        .arg("setup")
        .assert()
        .code(1)
        .stderr(predicates::str::contains("no terminal to ask on"))
        .stderr(predicates::str::contains(
            "dbxprov connection create --help",
        ));
}

#[test]
fn a_second_setup_offers_a_connection_name_not_taken() {
    let emu = emulator();
    let home = TempDir::new().unwrap();
    create(home.path(), &emu, "prod")
        .arg("-q")
        .assert()
        .success();
    let mut p = wizard(home.path());
    p.exp_string("Connection name [prod2]").unwrap();
    p.send_control('c').unwrap();
    p.exp_eof().unwrap();
}

#[test]
fn answers_typed_ahead_of_a_hidden_question_are_kept() {
    let emu = emulator();
    let home = TempDir::new().unwrap();
    let mut p = wizard(home.path());
    answer(&mut p, "Connection name", "");
    answer(&mut p, "Description", "");
    answer(&mut p, "Service URI", &emu.service_uri());
    answer(&mut p, "Token endpoint", "");
    // The client id and, before its question is asked, the secret: one write.
    answer(&mut p, "Client id", &format!("{CLIENT_ID}\n{SECRET}"));
    p.exp_string("Client secret (the app secret; hidden): [hidden]")
        .unwrap();
    p.exp_string("The refresh token").unwrap();
    p.send_control('c').unwrap();
    p.exp_eof().unwrap();
}

/// The wizard in a pty `cols` columns wide (and tall enough never to scroll), as a real
/// terminal: what it draws and erases is replayed by a terminal emulator.
fn narrow_wizard(home: &Path, cols: u16) -> PtySession {
    let mut cmd = std::process::Command::new("sh");
    cmd.args([
        "-c",
        // Echo on, as a terminal has it (rexpect turns it off).
        &format!("stty cols {cols} rows {ROWS} echo; exec \"$0\" \"$@\""),
    ])
    .arg(env!("CARGO_BIN_EXE_dbxprov"))
    .arg("--home")
    .arg(home)
    .arg("setup")
    .env_remove("DBXPROV_SECRET_STORE")
    .env(
        "DBUS_SESSION_BUS_ADDRESS",
        "unix:path=/nonexistent/dbxprov-test-bus",
    )
    .env("NO_COLOR", "1")
    .env("TERM", "xterm");
    spawn_command(cmd, Some(TIMEOUT_MS)).expect("the wizard starts in a pty")
}

const ROWS: u16 = 400;

/// Everything the session printed, kept while answering.
struct Screen {
    seen: String,
}

impl Screen {
    fn answer(&mut self, p: &mut PtySession, prompt: &str, answer: &str) {
        let before = p
            .exp_string(prompt)
            .unwrap_or_else(|e| panic!("waiting for {prompt:?}: {e}\n{}", self.seen));
        self.seen.push_str(&before);
        self.seen.push_str(prompt);
        p.send_line(answer).unwrap();
    }

    /// A hidden answer, once the prompt hides what is typed (typed before, it is echoed).
    fn hidden(&mut self, p: &mut PtySession, prompt: &str, answer: &str) {
        let before = p
            .exp_string(prompt)
            .unwrap_or_else(|e| panic!("waiting for {prompt:?}: {e}\n{}", self.seen));
        self.seen.push_str(&before);
        self.seen.push_str(prompt);
        wait_for_hidden(p);
        p.send_line(answer).unwrap();
    }

    /// Enter at a list or a yes/no question, once it reads keys.
    fn press_enter(&mut self, p: &mut PtySession, prompt: &str) {
        let before = p
            .exp_string(prompt)
            .unwrap_or_else(|e| panic!("waiting for {prompt:?}: {e}\n{}", self.seen));
        self.seen.push_str(&before);
        self.seen.push_str(prompt);
        wait_for_keys(p);
        p.send_line("").unwrap();
    }

    /// The screen as a terminal `cols` wide shows it once everything was drawn.
    fn shown(&self, cols: u16) -> String {
        let mut terminal = vt100::Parser::new(ROWS, cols, 0);
        terminal.process(self.seen.as_bytes());
        terminal.screen().contents()
    }
}

#[test]
fn on_a_narrow_terminal_an_answered_question_leaves_no_half_line() {
    const COLS: u16 = 40;
    let emu = emulator();
    let home = TempDir::new().unwrap();
    let mut p = narrow_wizard(home.path(), COLS);
    let mut screen = Screen {
        seen: String::new(),
    };
    let service = emu.service_uri();
    for (prompt, answer) in [
        ("Connection name", ""),
        ("Description", ""),
        ("Service URI", service.as_str()),
        ("Token endpoint", ""),
        ("Client id", CLIENT_ID),
    ] {
        screen.answer(&mut p, prompt, answer);
    }
    screen.hidden(&mut p, "Client secret", SECRET);
    screen.press_enter(&mut p, "The refresh token");
    screen.hidden(&mut p, "Refresh token", REFRESH);
    for prompt in [
        "Create a Dropbox",
        "Keep members'",
        "Suspend the member",
        "Deprovision members",
        "How are they",
        "Wipe the devices",
        "Keep the secrets in that",
        "Where do your people",
    ] {
        screen.press_enter(&mut p, prompt);
    }
    p.exp_string("File").unwrap();
    p.send_control('c').unwrap();
    screen.seen.push_str(&p.exp_eof().unwrap());
    let shown = screen.shown(COLS);
    for first_words in [
        "Service URI",
        "Client id",
        "Client secret",
        "Create a Dropbox member",
        "Keep members' names",
        "Suspend the member",
        "Deprovision members",
        "How are they",
        "Wipe the devices",
        "Keep the secrets in that",
        "Where do your people",
    ] {
        assert_eq!(
            shown.matches(first_words).count(),
            1,
            "{first_words:?} once, answered:\n{shown}"
        );
    }
}

#[test]
fn a_typed_no_waits_for_enter_and_never_answers_the_next_question() {
    let emu = emulator();
    let home = TempDir::new().unwrap();
    let mut p = wizard_to_people(home.path(), &emu);
    pick(&mut p, "Where do your people come from?", 2); // already in the directory
                                                        // "n" and Enter, as an admin types them: the Enter must not answer "Save ...?".
    answer(&mut p, "Create an outbound rule", "n");
    answer(&mut p, "Save all of this now?", "n");
    p.exp_string("Nothing was saved.").unwrap();
    p.exp_eof().unwrap();
    let out = dbxprov(home.path())
        .args(["connection", "list", "--json"])
        .output()
        .unwrap();
    assert_eq!(text(&out.stdout), "[]\n");
}

//! `dbxprov setup` taking its people from a directory (issue 23), through a real
//! pseudo-terminal: the emulator's Active Directory, a wrong password fixed in place,
//! the commands it prints replayed in a fresh home to the same connections and rules, and
//! its cron line provisioning AD's people to Dropbox; clear text to another machine
//! refused before any password, and Back leaving the directory out; a real slapd over
//! ldaps with a private CA (`#[ignore]`d where slapd cannot run).

use std::path::Path;

use dbx_emulator::{spawn_ad, AdConfig, AdHandle, AdUser, AD_BASE};
use rexpect::session::PtySession;
use tempfile::TempDir;

use crate::common::*;
use crate::setup::{answer, cron_run, pick, wizard_to_people};

/// The directory questions for the emulator's AD, up to the bind password.
fn directory_questions(p: &mut PtySession, ad: &AdHandle, password: &str) {
    pick(p, "Where do your people come from?", 1); // LDAP or Active Directory
    answer(p, "Directory connection name", "");
    answer(p, "Directory URL", &ad.url());
    answer(p, "Upgrade to TLS with StartTLS?", ""); // no: the server is this machine
    answer(p, "Bind DN", &ad.config().bind_dn());
    answer(
        p,
        "Base DN (where the people are) [DC=corp,DC=example,DC=com]",
        "",
    );
    answer(p, "Bind password (hidden)", password);
}

/// The commands the wizard printed (between its header and the cron line), run one by
/// one by `sh` in `home` with the secrets it left out, as an admin would.
fn replay(printed: &str, home: &Path, secrets: &[(&str, &str)]) {
    let bin = Path::new(env!("CARGO_BIN_EXE_dbxprov")).parent().unwrap();
    let path = format!("{}:/usr/bin:/bin", bin.display());
    for line in printed.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let mut command = line.to_string();
        for (var, value) in secrets {
            command = command.replace(&format!("{var}=..."), &format!("{var}='{value}'"));
        }
        if command.starts_with("export DBXPROV_HOME=") {
            continue; // the fresh home instead
        }
        let out = std::process::Command::new("/bin/sh")
            .args(["-c", &command])
            .env("PATH", &path)
            .env("DBXPROV_HOME", home)
            .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
            .output()
            .unwrap();
        assert!(out.status.success(), "{command}: {}", text(&out.stderr));
    }
}

/// Names of what `list` lists in `home`, sorted.
fn names(home: &Path, list: &[&str]) -> Vec<String> {
    let mut names: Vec<String> = json(home, list)
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["name"].as_str().unwrap().to_string())
        .collect();
    names.sort();
    names
}

#[test]
fn setup_reads_people_from_active_directory_its_commands_do_the_same_and_its_cron_line_provisions_them(
) {
    let emu = emulator();
    let ad = spawn_ad(AdConfig::default(), 0).expect("the AD server starts on 127.0.0.1");
    ad.add_users(&[
        AdUser::new("alee", "Ann", "Lee"),
        AdUser::new("bkim", "Bo", "Kim"),
        AdUser::new("cruiz", "Cy", "Ruiz"),
    ]);
    let home = TempDir::new().unwrap();
    let mut p = wizard_to_people(home.path(), &emu);
    // A wrong password: AD's reason, then fixed in place (Enter keeps the other answers).
    directory_questions(&mut p, &ad, "not-it");
    p.exp_string("data 52e").unwrap();
    answer(&mut p, "What now?", ""); // fix the values and test again
    for prompt in ["Directory URL", "Upgrade to TLS", "Bind DN", "Base DN"] {
        answer(&mut p, prompt, "");
    }
    answer(
        &mut p,
        "Enter keeps the one given",
        &ad.config().bind_password,
    );
    p.exp_string("(Active Directory)").unwrap();
    p.exp_regex(r"users +3 ").unwrap();
    p.exp_string("CN=Ann Lee").unwrap();
    // A population name a shell would read otherwise: the printed commands quote it.
    answer(&mut p, "Population its people go into", "R&D $HOME");
    answer(&mut p, "Inbound rule name [from-corp]", "");
    answer(&mut p, "Create an outbound rule", "");
    answer(&mut p, "Rule name [staff]", "");
    answer(&mut p, "Its populations", ""); // the directory's, picked already
    answer(&mut p, "Save all of this now?", "");
    p.exp_string(
        "Saved connection \"corp\" (valid; Active Directory; its password in the file store)",
    )
    .unwrap();
    p.exp_string("Users once the plan is applied: 3 synced")
        .unwrap();
    p.exp_string("The same, without the wizard:").unwrap();
    let printed = p.exp_string("For cron").unwrap();
    let (_, cron) = p.exp_regex(r"\*/5 \* \* \* \*  [^\r\n]+").unwrap();
    p.exp_eof().unwrap();
    let shown = json(home.path(), &["connection", "show", "corp"]);
    assert_eq!(shown["ldap"]["base_dn"], AD_BASE, "{shown}");
    assert!(
        emu.members().is_empty(),
        "the wizard only planned for Dropbox"
    );

    // Its commands, in a fresh home, make the same connections, rules and population.
    let again = TempDir::new().unwrap();
    let secrets = [
        ("DBXPROV_CLIENT_SECRET", SECRET),
        ("DBXPROV_REFRESH_TOKEN", REFRESH),
        ("DBXPROV_BIND_PASSWORD", ad.config().bind_password.as_str()),
    ];
    replay(&printed, again.path(), &secrets);
    for list in [
        &["connection", "list"][..],
        &["rule", "list"],
        &["directory", "population", "list"],
    ] {
        assert_eq!(
            names(home.path(), list),
            names(again.path(), list),
            "{list:?}"
        );
    }
    let staff = ["directory", "user", "list", "--population", "R&D $HOME"];
    assert_eq!(json(again.path(), &staff).as_array().unwrap().len(), 3);

    // One cron line, in cron's bare environment: AD -> directory -> Dropbox.
    ad.add_user(&AdUser::new("dpark", "Di", "Park"));
    let out = cron_run(&cron);
    assert!(out.stdout.is_empty() && out.stderr.is_empty(), "{cron}");
    assert_eq!(emu.members().len(), 4, "{:?}", emu.members());
}
#[test]
#[ignore = "needs slapd and ldap-utils (Debian packages; .ci/run installs them)"]
fn setup_reads_people_from_slapd_over_ldaps_with_a_private_ca() {
    use crate::common::slapd::{self, Slapd, READER, READER_PASSWORD};
    let server = Slapd::start(&slapd::people(7));
    let emu = emulator();
    let home = TempDir::new().unwrap();
    let mut p = wizard_to_people(home.path(), &emu);
    pick(&mut p, "Where do your people come from?", 1);
    answer(&mut p, "Directory connection name", "ol");
    answer(&mut p, "Directory URL", &server.ldaps_url());
    // A path that is not there is asked again at once, not after the password.
    answer(&mut p, "CA file of a private CA", "/nonexistent/ca.pem");
    p.exp_string("cannot read /nonexistent/ca.pem").unwrap();
    answer(
        &mut p,
        "CA file of a private CA",
        &server.ca().display().to_string(),
    );
    answer(&mut p, "Bind DN", READER);
    answer(
        &mut p,
        "Base DN (where the people are) [dc=example,dc=com]",
        "",
    );
    answer(&mut p, "Bind password (hidden)", READER_PASSWORD);
    p.exp_string("test             passed").unwrap();
    p.exp_regex(r"users +7 ").unwrap();
    answer(&mut p, "Population its people go into", "People");
    answer(&mut p, "Inbound rule name [from-ol]", "");
    answer(&mut p, "Create an outbound rule", "");
    answer(&mut p, "Rule name", "");
    answer(&mut p, "Its populations", "");
    answer(&mut p, "Save all of this now?", "");
    p.exp_string("Saved connection \"ol\" (valid; LDAP; its password in the file store)")
        .unwrap();
    p.exp_string("Users once the plan is applied: 7 synced")
        .unwrap();
    p.exp_string(&format!("--ca-file {}", server.ca().display()))
        .unwrap();
    p.exp_eof().unwrap();
    assert_eq!(
        json(
            home.path(),
            &["directory", "user", "list", "--population", "People"]
        )
        .as_array()
        .map(Vec::len),
        Some(7)
    );
}

#[test]
fn clear_text_to_another_machine_is_refused_at_once_and_back_leaves_the_directory_out() {
    let emu = emulator();
    let ad = spawn_ad(AdConfig::default(), 0).expect("the AD server starts on 127.0.0.1");
    let home = TempDir::new().unwrap();
    let mut p = wizard_to_people(home.path(), &emu);
    pick(&mut p, "Where do your people come from?", 1);
    answer(&mut p, "Directory connection name", "");
    answer(&mut p, "Directory URL", "ldap://dc1.corp.example.com");
    answer(
        &mut p,
        "Upgrade to TLS with StartTLS? (needed unless the server is this machine) [Y/n]",
        "n",
    );
    p.exp_string("would go to dc1.corp.example.com in clear text")
        .unwrap();
    // Asked again before any password: the URL, then the loopback server.
    answer(
        &mut p,
        "Directory URL [ldap://dc1.corp.example.com]",
        &ad.url(),
    );
    answer(&mut p, "Upgrade to TLS", "n");
    answer(&mut p, "Bind DN", &ad.config().bind_dn());
    answer(&mut p, "Base DN", "");
    answer(&mut p, "Bind password (hidden)", "not-it");
    p.exp_string("The test failed").unwrap();
    pick(&mut p, "What now?", 1); // back to where the people come from
    pick(&mut p, "Where do your people come from?", 2); // already in the directory
    answer(&mut p, "Create an outbound rule", "n");
    answer(&mut p, "Save all of this now?", "");
    p.exp_string("Saved connection \"prod\"").unwrap();
    let rest = p.exp_eof().unwrap();
    assert!(!rest.contains("--kind ldap"), "{rest}");
    let connections = json(home.path(), &["connection", "list"]);
    assert_eq!(connections.as_array().unwrap().len(), 1, "{connections}");
}

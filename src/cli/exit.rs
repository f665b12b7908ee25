//! The exit codes: the one table of what each means, which kind of error gives which,
//! and how urgently each needs the admin when several rules fail at once. The help's
//! lists are made from it, and a test holds the README's table to it.

use super::output::wrapped;
use crate::error::ErrorKind;

/// One exit code and what it tells whoever ran dbxprov (a person, cron, a monitor).
pub struct Exit {
    pub code: i32,
    /// A word or two, for the one-line list of the top help.
    pub(crate) word: &'static str,
    pub meaning: &'static str,
}

/// Every exit code dbxprov gives.
pub const EXITS: [Exit; 10] = [
    Exit {
        code: 0,
        word: "ok",
        meaning: "success",
    },
    Exit {
        code: 1,
        word: "config",
        meaning: "an error in what was asked or configured (or a local failure: the \
                  database, the file system)",
    },
    Exit {
        code: 2,
        word: "usage",
        meaning: "a usage error (the command line)",
    },
    Exit {
        code: 3,
        word: "auth",
        meaning: "authentication or authorization failed (revoked token, wrong secret, a \
                  scope the app lacks, a refused LDAP bind)",
    },
    Exit {
        code: 4,
        word: "remote failed",
        meaning: "Dropbox or the LDAP directory failed (unreachable, 5xx or 429 after \
                  retries, a directory result that may be incomplete, which writes nothing): \
                  retry later",
    },
    Exit {
        code: 5,
        word: "users failed",
        meaning: "the sync finished but some users or groups failed (their data, or calls \
                  still rate limited: the next run retries them)",
    },
    Exit {
        code: 6,
        word: "deletion guard",
        meaning: "a safety limit (the deletion guard) stopped the run; nothing was applied",
    },
    Exit {
        code: 7,
        word: "locked",
        meaning: "another run of the same rule holds its lock (or the rule to delete is running)",
    },
    Exit {
        code: 130,
        word: "interrupted",
        meaning: "interrupted (Ctrl-C)",
    },
    Exit {
        code: 143,
        word: "terminated",
        meaning: "stopped by SIGTERM (kill, systemd, a timeout)",
    },
];

/// The exit code of a kind of error, and its urgency (higher first): what the admin
/// must fix before anything can run (what was asked, a local failure, credentials)
/// ranks above an unreachable Dropbox, which stops every rule of a connection; a guard
/// that stopped a run waits for a decision; a lock held clears by itself; failed users
/// are the everyday case.
fn exit_of(kind: ErrorKind) -> (i32, u8) {
    match kind {
        ErrorKind::Usage => (2, 6),
        ErrorKind::Config | ErrorKind::Internal => (1, 6),
        ErrorKind::Auth => (3, 5),
        ErrorKind::Remote => (4, 4),
        ErrorKind::Safety => (6, 3),
        ErrorKind::Locked => (7, 2),
        ErrorKind::ItemsFailed => (5, 1),
    }
}

pub(crate) fn exit_code(kind: ErrorKind) -> i32 {
    exit_of(kind).0
}

/// Which of several rules' troubles decides the exit code of `sync run --all`: the
/// most urgent.
pub(crate) fn worst(kinds: impl IntoIterator<Item = ErrorKind>) -> Option<ErrorKind> {
    kinds.into_iter().max_by_key(|k| exit_of(*k).1)
}

/// The kinds a rule's run can end in, most urgent first, as their codes (`1 > 3 > ...`).
fn urgency_order() -> String {
    let mut kinds = [
        ErrorKind::Config,
        ErrorKind::Auth,
        ErrorKind::Remote,
        ErrorKind::Safety,
        ErrorKind::Locked,
        ErrorKind::ItemsFailed,
    ];
    kinds.sort_by_key(|k| std::cmp::Reverse(exit_of(*k).1));
    let codes: Vec<String> = kinds.iter().map(|k| exit_code(*k).to_string()).collect();
    codes.join(" > ")
}

/// The top help's one-line list: `Exit codes: 0 ok, 1 config, ...`.
pub(crate) fn exit_codes_line() -> String {
    let codes: Vec<String> = EXITS
        .iter()
        .map(|e| format!("{} {}", e.code, e.word))
        .collect();
    let text = format!(
        "Exit codes: {} (`dbxprov help sync run` explains).",
        codes.join(", ")
    );
    wrapped(&text, 88, "", "")
}

/// The list of `sync run --help`: each code with its meaning, and how several rules'
/// troubles make one code.
pub(crate) fn exit_codes_list() -> String {
    let mut text = String::from("Exit codes:\n");
    for exit in &EXITS {
        let first = format!("  {:<4}", exit.code);
        text.push_str(&wrapped(exit.meaning, 88, &first, "       "));
        text.push('\n');
    }
    text.push_str(&format!(
        "With several rules, every rule runs and the code is the trouble that needs you\n\
         first: {}.",
        urgency_order()
    ));
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use ErrorKind::*;

    #[test]
    fn an_auth_failure_outranks_a_held_lock_and_failed_users() {
        assert_eq!(worst([Locked, Auth, ItemsFailed]), Some(Auth));
        assert_eq!(worst([ItemsFailed, Locked]), Some(Locked));
        assert_eq!(worst([Safety, Locked, ItemsFailed]), Some(Safety));
        assert_eq!(worst([Remote, Safety]), Some(Remote));
        assert_eq!(worst([]), None);
        assert_eq!(urgency_order(), "1 > 3 > 4 > 6 > 7 > 5");
    }

    #[test]
    fn every_kind_has_a_code_the_table_explains() {
        for kind in [
            Usage,
            Config,
            Auth,
            Remote,
            ItemsFailed,
            Safety,
            Locked,
            Internal,
        ] {
            let code = exit_code(kind);
            assert!(EXITS.iter().any(|e| e.code == code), "{kind:?}: {code}");
        }
    }

    #[test]
    fn long_meanings_wrap_under_their_text() {
        let list = exit_codes_list();
        assert!(list.lines().all(|l| l.len() <= 88), "{list}");
        assert!(list.contains("\n       "), "a hanging indent:\n{list}");
    }
}

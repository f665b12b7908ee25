//! `dbxprov check [--max-age DURATION]`: one line and a monitoring plugin's exit code.

use clap::Args;

use crate::cli::error::{describe, CliError};
use crate::cli::global::GlobalArgs;
use crate::cli::output::Printer;
use crate::ops::monitor::check::{check, human, CheckReport, Health};
use crate::ops::Access;

/// `--json`: the line, and what it was made from.
#[derive(serde::Serialize)]
struct Told<'a> {
    summary: &'a str,
    #[serde(flatten)]
    report: &'a CheckReport,
}

/// Nagios's and Icinga's UNKNOWN: the check itself could not be made.
const UNKNOWN: i32 = 3;

#[derive(Args, Debug)]
#[command(after_help = "Examples:\n  \
    dbxprov check                      every enabled rule, runs that went through within 25h\n  \
    dbxprov check --max-age 1h         for outbound rules run every few minutes\n  \
    dbxprov check --json               the same, as one JSON document\n\n\
    Reads the home only (no call to Dropbox or the directory, no lock). Prints one line,\n\
    as a Nagios or Icinga plugin does, and exits:\n  \
    0  OK        every enabled rule's last run went through within the age\n  \
    1  WARNING   a run stopped by its deletion guard, failed users, a failed or interrupted\n               \
    attempt, no run through within the age, or no enabled rule\n  \
    2  CRITICAL  credentials refused, a scope missing, the connection disabled or invalid,\n               \
    or the rule quarantined after repeated failures\n  \
    3  UNKNOWN   the home could not be read")]
pub struct CheckArgs {
    /// How long ago a rule's last run that went through may have ended (e.g. 30m, 1h, 2d).
    #[arg(long, value_name = "DURATION", default_value = "25h", value_parser = humantime::parse_duration)]
    pub(crate) max_age: std::time::Duration,
}

pub(crate) fn cmd_check(
    args: CheckArgs,
    global: &GlobalArgs,
    printer: &Printer,
) -> anyhow::Result<()> {
    let report = global
        .context(printer, Access::Read)
        .and_then(|ctx| Ok(check(&ctx, args.max_age.as_secs())?));
    let (line, code) = match &report {
        Ok(r) => (line(r), code(r.health)),
        Err(e) => (
            format!(
                "DBXPROV UNKNOWN - {}",
                describe(e, &printer.settings).message
            ),
            UNKNOWN,
        ),
    };
    match (&report, printer.json) {
        (Ok(report), true) => {
            let told = Told {
                summary: &line,
                report,
            };
            printer.result(&told, |_| String::new())?;
        }
        (Err(_), true) => {
            let unknown = serde_json::json!({"health": "unknown", "summary": line});
            printer.result(&unknown, |_| String::new())?;
        }
        // A monitor reads the line whatever `--quiet` says.
        (_, false) => println!("{line}"),
    }
    match code {
        0 => Ok(()),
        code => Err(CliError::exit_with(code).into()),
    }
}

fn code(health: Health) -> i32 {
    match health {
        Health::Ok => 0,
        Health::Warning => 1,
        Health::Critical => 2,
    }
}

/// `CRITICAL - staff: credentials refused: ...; eng: ... | rules=2 ok=0 ...`: the level,
/// each rule's problems (the worst rules first), and the counts as performance data.
pub(crate) fn line(r: &CheckReport) -> String {
    let level = match r.health {
        Health::Ok => "OK",
        Health::Warning => "WARNING",
        Health::Critical => "CRITICAL",
    };
    let mut troubled: Vec<_> = r.rules.iter().filter(|h| h.health != Health::Ok).collect();
    troubled.sort_by_key(|h| std::cmp::Reverse(h.health));
    let said: Vec<String> = troubled
        .iter()
        // `|` starts a plugin's performance data: none may come before it.
        .map(|h| format!("{}: {}", h.rule, h.problems.join("; ").replace('|', "/")))
        .collect();
    let count = |level| r.rules.iter().filter(|h| h.health == level).count();
    let summary = match (r.rules.len(), said.is_empty()) {
        (0, _) => "no enabled rule to check".to_string(),
        (n, true) => format!(
            "{n} enabled {} went through within {}",
            if n == 1 { "rule" } else { "rules" },
            human(r.max_age_secs)
        ),
        (_, false) => said.join(" -- "),
    };
    format!(
        "DBXPROV {level} - {summary} | rules={} ok={} warning={} critical={}",
        r.rules.len(),
        count(Health::Ok),
        count(Health::Warning),
        count(Health::Critical)
    )
}

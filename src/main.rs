//! The `dbxprov` binary: parse the command line, run it, map the outcome to an exit code.

use std::process::ExitCode;

use clap::Parser;
use dbxprov::cli::{self, Cli};

fn main() -> ExitCode {
    let mut cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return cli::error::report_usage(e),
    };
    // The environment, read once: nothing below reads it.
    cli.global.settings = std::sync::Arc::new(dbxprov::settings::Settings::from_env());
    let printer = cli.global.printer();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(1);
        }
    };
    let note = cli.command.interrupted_note();
    let terminal = cli::terminal::TerminalModes::capture();
    let code = runtime.block_on(async {
        // On a worker of its own, so that a prompt blocking the main task cannot hide it.
        let told = printer.clone();
        tokio::spawn(async move {
            let (signal, code) = stop_signal().await;
            terminal.restore();
            cli::error::report_interrupted(&told, signal, code, note.map(|note| note()));
            std::process::exit(code);
        });
        match cli::run(cli, &printer).await {
            Ok(()) => 0,
            Err(e) => cli::error::report(&printer, &e),
        }
    });
    runtime.shutdown_timeout(std::time::Duration::from_millis(200));
    ExitCode::from(code as u8)
}

/// The first of Ctrl-C (SIGINT) and SIGTERM (`kill`, systemd, a cron timeout): its name
/// and the exit code a shell gives a process it ended (128 + its number).
async fn stop_signal() -> (&'static str, i32) {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            return tokio::select! {
                _ = tokio::signal::ctrl_c() => ("Ctrl-C", 130),
                _ = term.recv() => ("SIGTERM", 143),
            };
        }
    }
    let _ = tokio::signal::ctrl_c().await;
    ("Ctrl-C", 130)
}

//! How the engine's events reach the terminal: with `-v`, every HTTP request and retry
//! of the Dropbox client is narrated on stderr (never a secret: the client only reports
//! the route, the status and the timing).

use std::io::Write;
use std::time::Duration;

use crate::dropbox::Observer;

pub(crate) struct VerboseObserver {
    pub(crate) enabled: bool,
    /// Waits long enough to look like a hang are told even without `-v`.
    pub(crate) long_waits: bool,
}

/// A wait this long is said on stderr whatever the verbosity.
const LONG_WAIT: Duration = Duration::from_secs(2);

impl Observer for VerboseObserver {
    fn request_done(&self, target: &str, status: Option<u16>, elapsed: Duration) {
        if self.enabled {
            let status = status.map_or("no answer".to_string(), |s| s.to_string());
            eprintln!(
                "http: POST {target} -> {status} in {} ms",
                elapsed.as_millis()
            );
        }
    }

    fn retrying(&self, target: &str, reason: &str, delay: Duration) {
        if !self.enabled && self.long_waits && delay >= LONG_WAIT {
            let _ = writeln!(
                std::io::stderr(),
                "waiting {:.0} s before sending {target} again: {reason}",
                delay.as_secs_f64()
            );
            return;
        }
        if self.enabled {
            eprintln!(
                "http: {target}: {reason}; retrying in {:.1} s",
                delay.as_secs_f64()
            );
        }
    }
}

/// A progress bar on stderr for the engine's work, drawn only on a terminal and never
/// with `--quiet`, `--json` or `--no-progress`.
/// Notices (a run waiting for another) are status lines on stderr: shown without a
/// terminal too, never with `--quiet`.
pub(crate) struct Bar {
    bar: Option<indicatif::ProgressBar>,
    notices: bool,
    /// Failures of the current step, shown beside the bar.
    failed: std::sync::atomic::AtomicU64,
}

impl Bar {
    pub(crate) fn new(enabled: bool, notices: bool) -> Bar {
        let on = enabled && std::io::IsTerminal::is_terminal(&std::io::stderr());
        Bar {
            bar: on.then(indicatif::ProgressBar::hidden),
            notices,
            failed: std::sync::atomic::AtomicU64::new(0),
        }
    }
}

/// A step that ended in an error leaves no bar behind the error message.
impl Drop for Bar {
    fn drop(&mut self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

impl crate::progress::Progress for Bar {
    fn begin(&self, label: &str, total: u64) {
        let Some(bar) = &self.bar else { return };
        bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
        bar.reset();
        bar.set_prefix(label.to_string());
        bar.set_message("");
        self.failed.store(0, std::sync::atomic::Ordering::Relaxed);
        if total == 0 {
            bar.set_style(
                indicatif::ProgressStyle::with_template("{spinner} {prefix} {pos} {msg}")
                    .expect("valid template"),
            );
            bar.enable_steady_tick(Duration::from_millis(120));
        } else {
            bar.disable_steady_tick();
            bar.set_length(total);
            bar.set_style(
                indicatif::ProgressStyle::with_template(
                    "{prefix} [{bar:30}] {pos}/{len}, {rate}, eta {eta} {msg}",
                )
                .expect("valid template")
                // Whole items a second: indicatif's own shows four decimals.
                .with_key(
                    "rate",
                    |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                        let _ = write!(w, "{:.0}/s", state.per_sec());
                    },
                )
                .progress_chars("=> "),
            );
        }
    }

    fn advance(&self, n: u64) {
        if let Some(bar) = &self.bar {
            bar.inc(n);
        }
    }

    fn failed(&self, n: u64) {
        let Some(bar) = &self.bar else { return };
        if n == 0 {
            return;
        }
        let total = self
            .failed
            .fetch_add(n, std::sync::atomic::Ordering::Relaxed)
            + n;
        bar.set_message(format!("({total} failed so far)"));
    }

    fn end(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }

    fn notice(&self, message: &str) {
        if !self.notices {
            return;
        }
        match &self.bar {
            Some(bar) => bar.println(message),
            None => eprintln!("{message}"),
        }
    }
}

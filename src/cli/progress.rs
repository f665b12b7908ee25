//! How the engine's events reach the terminal: with `-v`, every HTTP request and retry
//! of the Dropbox client is narrated on stderr (never a secret: the client only reports
//! the route, the status and the timing).

use std::time::Duration;

use crate::dropbox::Observer;

pub struct VerboseObserver {
    pub enabled: bool,
}

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
pub struct Bar {
    bar: Option<indicatif::ProgressBar>,
    notices: bool,
}

impl Bar {
    pub fn new(enabled: bool, notices: bool) -> Bar {
        let on = enabled && std::io::IsTerminal::is_terminal(&std::io::stderr());
        Bar {
            bar: on.then(indicatif::ProgressBar::hidden),
            notices,
        }
    }
}

impl crate::sync::Progress for Bar {
    fn begin(&self, label: &str, total: u64) {
        let Some(bar) = &self.bar else { return };
        bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
        bar.reset();
        bar.set_message(label.to_string());
        if total == 0 {
            bar.set_style(
                indicatif::ProgressStyle::with_template("{spinner} {msg}").expect("valid template"),
            );
            bar.enable_steady_tick(Duration::from_millis(120));
        } else {
            bar.disable_steady_tick();
            bar.set_length(total);
            bar.set_style(
                indicatif::ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} ({eta})")
                    .expect("valid template")
                    .progress_chars("=> "),
            );
        }
    }

    fn advance(&self, n: u64) {
        if let Some(bar) = &self.bar {
            bar.inc(n);
        }
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

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

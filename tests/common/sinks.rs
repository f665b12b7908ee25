//! Real local receivers of notifications: an HTTP server that records each request's
//! body (answering the statuses it is given, then 200), and the aiosmtpd SMTP server
//! (Debian's python3-aiosmtpd) writing what it receives to a maildir. Both bind
//! 127.0.0.1 and stop when dropped.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// An HTTP server on 127.0.0.1 that keeps every request's body.
pub struct HttpSink {
    pub port: u16,
    bodies: Arc<Mutex<Vec<String>>>,
    stop: Arc<std::sync::atomic::AtomicBool>,
}

impl HttpSink {
    /// Answers `statuses` in turn, then 200 to every request.
    pub fn start(statuses: &[u16]) -> HttpSink {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let bodies = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let (kept, stopping) = (bodies.clone(), stop.clone());
        let mut statuses: std::collections::VecDeque<u16> = statuses.iter().copied().collect();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stopping.load(std::sync::atomic::Ordering::SeqCst) {
                    break;
                }
                let Ok(mut stream) = stream else { continue };
                let body = read_request(&mut stream);
                kept.lock().unwrap().push(body);
                let status = statuses.pop_front().unwrap_or(200);
                let answer = format!(
                    "HTTP/1.1 {status} X\r\ncontent-length: 2\r\nconnection: close\r\n\r\nok"
                );
                let _ = stream.write_all(answer.as_bytes());
            }
        });
        HttpSink { port, bodies, stop }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/hooks/secret-path-token", self.port)
    }

    /// The bodies received so far, as JSON.
    pub fn received(&self) -> Vec<serde_json::Value> {
        let bodies = self.bodies.lock().unwrap();
        bodies
            .iter()
            .map(|b| serde_json::from_str(b).unwrap())
            .collect()
    }
}

impl Drop for HttpSink {
    fn drop(&mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::SeqCst);
        // Wake the accept loop so that it sees the flag.
        let _ = std::net::TcpStream::connect(("127.0.0.1", self.port));
    }
}

fn read_request(stream: &mut std::net::TcpStream) -> String {
    let mut reader = BufReader::new(stream);
    let mut length = 0;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                length = value.trim().parse().unwrap_or(0);
            }
        }
    }
    let mut body = vec![0; length];
    let _ = reader.read_exact(&mut body);
    String::from_utf8_lossy(&body).into_owned()
}

/// A port nothing listens on (a receiver that is down).
pub fn closed_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

/// aiosmtpd on 127.0.0.1, storing each mail in a maildir.
pub struct SmtpSink {
    pub port: u16,
    child: std::process::Child,
    maildir: PathBuf,
}

impl SmtpSink {
    pub fn start(dir: &Path) -> SmtpSink {
        SmtpSink::spawn(dir, &[])
    }

    /// SMTPS (TLS from the first byte) with a certificate for 127.0.0.1 signed by the
    /// CA it writes to `dir/ca.pem`.
    pub fn start_smtps(dir: &Path) -> SmtpSink {
        super::slapd::make_certificates(dir);
        let (cert, key) = (dir.join("server.pem"), dir.join("server.key"));
        let tls = [
            "--smtpscert",
            cert.to_str().unwrap(),
            "--smtpskey",
            key.to_str().unwrap(),
        ];
        SmtpSink::spawn(dir, &tls)
    }

    fn spawn(dir: &Path, extra: &[&str]) -> SmtpSink {
        let port = closed_port();
        let maildir = dir.join("maildir");
        let child = std::process::Command::new("/usr/bin/python3")
            .args(["-m", "aiosmtpd", "-n", "-l", &format!("127.0.0.1:{port}")])
            .args(extra)
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            .arg(&maildir)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("aiosmtpd runs (Debian package python3-aiosmtpd)");
        for _ in 0..200 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(25));
        }
        SmtpSink {
            port,
            child,
            maildir,
        }
    }

    /// Every mail received, as its raw text.
    pub fn mails(&self) -> Vec<String> {
        let new = self.maildir.join("new");
        let Ok(entries) = std::fs::read_dir(new) else {
            return Vec::new();
        };
        entries
            .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
            .collect()
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

//! Run locks: files under `<home>/locks/` held with an OS file lock for as long as a run
//! (or a rule's deletion) needs them, so a process that dies releases them at once.
//!
//! Two kinds: a rule's lock (one run of a rule at a time; `rule delete` takes it too) is
//! named from the rule's id, never its name, so any name works and a new rule with an old
//! name gets a lock of its own; a connection's lock (one run per Dropbox team at a time)
//! is named from the connection's name, which is already restricted to plain characters.
//! The holder writes who it is into the file, so whoever waits can say what it waits for.

use std::fs::File;
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

use crate::error::{Error, FileAction, Result};
use crate::home::{create_dir, open_private};

/// Held while the returned value lives.
#[derive(Debug)]
pub struct RunLock {
    _file: File,
}

/// What a lock protects.
#[derive(Clone, Copy, Debug)]
pub enum LockKey<'a> {
    Rule(i64),
    Connection(&'a str),
}

fn lock_path(home: &Path, key: LockKey<'_>) -> Result<PathBuf> {
    let dir = home.join(crate::home::LOCKS_DIR);
    create_dir(&dir)?;
    Ok(lock_file(home, key))
}

fn lock_file(home: &Path, key: LockKey<'_>) -> PathBuf {
    home.join(crate::home::LOCKS_DIR).join(match key {
        LockKey::Rule(id) => format!("rule-{id}.lock"),
        LockKey::Connection(name) => format!("connection-{}.lock", name.to_lowercase()),
    })
}

/// Takes the lock if it is free; `Ok(Err(holder))` says who holds it (as the holder
/// described itself, or "another process").
pub fn try_lock(
    home: &Path,
    key: LockKey<'_>,
    holder: &str,
) -> Result<std::result::Result<RunLock, String>> {
    let path = lock_path(home, key)?;
    let mut file = open_private(&path, false)?;
    match file.try_lock() {
        Ok(()) => {
            // Best effort: the description only improves a waiting process's message.
            let _ = file.set_len(0);
            let _ = file.rewind();
            let started = humantime::format_rfc3339_seconds(std::time::SystemTime::now());
            let _ = write!(
                file,
                "{holder} (pid {}, started {started})",
                std::process::id()
            );
            let _ = file.flush();
            Ok(Ok(RunLock { _file: file }))
        }
        Err(std::fs::TryLockError::WouldBlock) => {
            let mut text = String::new();
            let _ = file.read_to_string(&mut text);
            let text = text.trim();
            Ok(Err(if text.is_empty() {
                "another process".into()
            } else {
                text.to_string()
            }))
        }
        Err(std::fs::TryLockError::Error(e)) => Err(Error::file(FileAction::Lock, path, e)),
    }
}

/// Whether no process holds the lock: it is taken and let go at once, and nothing is
/// written (a reader's probe, which a run that wants the lock at that instant waits out:
/// see `ops::rule::lock_rule`).
pub(crate) fn lock_is_free(home: &Path, key: LockKey<'_>) -> Result<bool> {
    // Opened for reading, never created: a read-only command may look at a home it cannot
    // write, and no one holds a lock whose file does not exist.
    let path = lock_file(home, key);
    let file = match File::open(&path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(true),
        Err(e) => return Err(Error::file(FileAction::Open, path, e)),
    };
    match file.try_lock() {
        Ok(()) => Ok(true),
        Err(std::fs::TryLockError::WouldBlock) => Ok(false),
        Err(std::fs::TryLockError::Error(e)) => Err(Error::file(FileAction::Lock, path, e)),
    }
}

/// Removes a deleted rule's lock file (the caller holds the lock).
pub(crate) fn remove_rule_lock(home: &Path, rule_id: i64) -> Result<()> {
    let path = lock_path(home, LockKey::Rule(rule_id))?;
    match std::fs::remove_file(&path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Error::file(FileAction::Remove, path, e)),
    }
}

/// An exclusive lock on `path`, waiting for it, held until the returned file is dropped.
pub(super) fn lock_wait(path: &Path) -> Result<File> {
    let file = open_private(path, false)?;
    file.lock()
        .map_err(|e| Error::file(FileAction::Lock, path, e))?;
    Ok(file)
}

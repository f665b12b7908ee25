//! The core's error type: a kind that decides the exit code, a message, an optional hint
//! saying what to do, and the underlying cause.

use std::fmt;

/// What went wrong, in the terms of the exit codes of `design.md` §3.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// Something the user asked or configured is wrong (exit 1).
    Config,
    /// Authentication or authorization failed (exit 3).
    Auth,
    /// The remote side failed after retries (exit 4).
    Remote,
    /// The run finished but some users or groups failed (exit 5).
    ItemsFailed,
    /// A safety limit stopped the run before anything was applied (exit 6).
    Safety,
    /// Another run of the same rule holds its lock (exit 7).
    Locked,
    /// A local failure that is nobody's input: database, file system (exit 1).
    Internal,
}

impl ErrorKind {
    pub fn exit_code(self) -> i32 {
        match self {
            ErrorKind::Config | ErrorKind::Internal => 1,
            ErrorKind::Auth => 3,
            ErrorKind::Remote => 4,
            ErrorKind::ItemsFailed => 5,
            ErrorKind::Safety => 6,
            ErrorKind::Locked => 7,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
    message: String,
    details: Vec<String>,
    hint: Option<String>,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            details: Vec::new(),
            hint: None,
            source: None,
        }
    }

    pub fn config(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Config, message)
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Internal, message)
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Lines that belong to the message (one per bad row of an import, say).
    pub fn with_details(mut self, details: Vec<String>) -> Self {
        self.details = details;
        self
    }

    pub fn details(&self) -> &[String] {
        &self.details
    }

    pub fn with_source(mut self, source: impl std::error::Error + Send + Sync + 'static) -> Self {
        self.source = Some(Box::new(source));
        self
    }

    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    pub fn message(&self) -> &str {
        &self.message
    }

    pub fn hint(&self) -> Option<&str> {
        self.hint.as_deref()
    }

    /// The same error with its message prefixed by what was being done.
    pub fn context(mut self, what: impl fmt::Display) -> Self {
        self.message = format!("{what}: {}", self.message);
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

//! How long work reports its progress: the engine's steps (reading, planning, applying)
//! and an import's, through a trait the CLI implements with a bar on a terminal. Low,
//! so that every layer that works in steps can report.

/// How the engine reports progress; the CLI draws a bar on a terminal.
pub trait Progress: Send + Sync {
    fn begin(&self, _label: &str, _total: u64) {}
    fn advance(&self, _n: u64) {}
    /// `n` more items of the current step failed.
    fn failed(&self, _n: u64) {}
    fn end(&self) {}
    /// Something a person watching should know now (a run waiting for another).
    fn notice(&self, _message: &str) {}
}

/// Progress nobody watches.
pub struct NoProgress;
impl Progress for NoProgress {}

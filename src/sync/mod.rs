//! Provisioning runs: [`plan`] turns the directory's desired state, the team as read from
//! Dropbox and the remembered links into operations (a pure function), and the executor
//! applies them.

pub mod apply_groups;
pub mod execute;
pub mod groups;
pub mod inbound;
pub mod licenses;
pub mod plan;
pub mod settle;

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

pub struct NoProgress;
impl Progress for NoProgress {}

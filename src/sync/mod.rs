//! Provisioning runs: [`plan`] turns the directory's desired state, the team as read from
//! Dropbox and the remembered links into operations (a pure function), and the executor
//! applies them.

pub mod execute;
pub mod plan;

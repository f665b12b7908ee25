//! What several commands (and the demo) print alike: a run's report ([`run`]), the
//! rules' status ([`status`]), one run's operations ([`show`]).

pub mod run;
pub mod show;
pub mod status;

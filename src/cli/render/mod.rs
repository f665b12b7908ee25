//! What several commands (and the demo) print alike: a run's report ([`run`]), the
//! rules' status ([`status`]), one run's operations ([`show`]).

pub(crate) mod run;
pub(crate) mod show;
pub(crate) mod status;

//! What an operations team watches without running anything: a rule's quarantine
//! ([`quarantine`]), the health check's verdict ([`check`]), and what runs tell besides
//! the home ([`outputs`]): the metrics file for Prometheus ([`metrics`]) and the
//! operation log ([`log`]).

pub(crate) mod check;
pub(crate) mod log;
pub(crate) mod metrics;
pub(crate) mod outputs;
pub(crate) mod quarantine;

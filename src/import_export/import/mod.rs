//! Import: read a CSV or JSON file into [`Record`]s, then [`plan`](fn@plan) the changes — every
//! problem of the whole file is found before anything is written.

use std::io::Read;

use super::Format;

mod csv;
mod json;
mod plan;
mod record;

pub use plan::{changed_fields, plan, Options, Plan};
pub(crate) use record::{grouped, Problem, Record};

#[cfg(test)]
mod tests;

/// Reads a whole file. Problems of form (a ragged row, bad UTF-8, a nameless column) are
/// returned beside the records that could be read.
pub(crate) fn read(name: &str, input: impl Read, format: Format) -> (Vec<Record>, Vec<Problem>) {
    match format {
        Format::Csv => csv::read_csv(name, input),
        Format::Json => json::read_json(name, input),
    }
}

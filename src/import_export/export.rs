//! Export: the directory as a CSV or JSON file that import reads back unchanged.

use std::collections::BTreeSet;
use std::io::Write;

use serde_json::{Map, Value};

use super::Format;
use crate::error::{Error, Result};
use crate::model::User;

pub(crate) fn write(out: impl Write, users: &[User], format: Format) -> Result<()> {
    match format {
        Format::Csv => write_csv(out, users),
        Format::Json => write_json(out, users),
    }
}

fn io_error(e: impl std::error::Error + Send + Sync + 'static) -> Error {
    Error::Export(Box::new(e))
}

/// A CSV error as the I/O error it is, when it is one: a closed pipe must read as one.
fn csv_error(e: csv::Error) -> Error {
    match e.kind() {
        csv::ErrorKind::Io(io) => io_error(std::io::Error::new(io.kind(), io.to_string())),
        _ => io_error(e),
    }
}

fn write_csv(out: impl Write, users: &[User]) -> Result<()> {
    let attributes: BTreeSet<&String> = users.iter().flat_map(|u| u.attributes.keys()).collect();
    let mut w = csv::Writer::from_writer(out);
    let mut header: Vec<&str> = crate::model::KNOWN_COLUMNS.to_vec();
    header.extend(attributes.iter().map(|a| a.as_str()));
    w.write_record(&header).map_err(csv_error)?;
    for u in users {
        let mut row = vec![
            u.username.clone(),
            u.email.clone(),
            u.given_name.clone(),
            u.surname.clone(),
            u.enabled.to_string(),
            u.population.clone(),
            u.groups.join(";"),
        ];
        row.extend(
            attributes
                .iter()
                .map(|a| u.attributes.get(*a).cloned().unwrap_or_default()),
        );
        w.write_record(&row).map_err(csv_error)?;
    }
    w.flush().map_err(io_error)
}

fn write_json(mut out: impl Write, users: &[User]) -> Result<()> {
    let items: Vec<Value> = users
        .iter()
        .map(|u| {
            let mut m = Map::new();
            m.insert("username".into(), u.username.clone().into());
            m.insert("email".into(), u.email.clone().into());
            m.insert("given_name".into(), u.given_name.clone().into());
            m.insert("surname".into(), u.surname.clone().into());
            m.insert("enabled".into(), u.enabled.into());
            m.insert("population".into(), u.population.clone().into());
            m.insert("groups".into(), u.groups.clone().into());
            for (k, v) in &u.attributes {
                m.insert(k.clone(), v.clone().into());
            }
            Value::Object(m)
        })
        .collect();
    serde_json::to_writer_pretty(&mut out, &items).map_err(io_error)?;
    out.write_all(b"\n").map_err(io_error)
}

//! What reading a directory file gives: [`Record`]s (one per row or item, with what the
//! file says of each field) and [`Problem`]s (where, which column, what is wrong), and
//! the columns a file may have.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

use crate::model::{validate_attribute_key, KNOWN_COLUMNS};

/// One row (CSV) or item (JSON) as read. `None`: the file does not say.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Record {
    /// `users.csv:12` or `users.json item 3`.
    pub(crate) location: String,
    pub(crate) username: Option<String>,
    pub(crate) email: Option<String>,
    pub(crate) given_name: Option<String>,
    pub(crate) surname: Option<String>,
    pub(crate) enabled: Option<String>,
    pub(crate) population: Option<String>,
    pub(crate) groups: Option<Vec<String>>,
    /// An empty value removes the attribute.
    pub(crate) attributes: BTreeMap<String, String>,
}

/// Something wrong in the file, with where it is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub(crate) location: String,
    pub(crate) column: Option<String>,
    pub(crate) message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.column {
            Some(c) => write!(f, "{}: {c}: {}", self.location, self.message),
            None => write!(f, "{}: {}", self.location, self.message),
        }
    }
}

/// The problems as lines, one per kind (same column, same message) in the order they
/// first appear, naming its first three rows and how many more: a file with the same
/// mistake on a thousand rows reads in one line.
pub(crate) fn grouped(problems: &[Problem]) -> Vec<String> {
    const SHOWN: usize = 3;
    // (column, message): the rows that have it.
    type Kind<'a> = ((Option<&'a str>, &'a str), Vec<&'a str>);
    let mut kinds: Vec<Kind> = Vec::new();
    for p in problems {
        let key = (p.column.as_deref(), p.message.as_str());
        match kinds.iter_mut().find(|(k, _)| *k == key) {
            Some((_, at)) => at.push(&p.location),
            None => kinds.push((key, vec![&p.location])),
        }
    }
    kinds
        .into_iter()
        .map(|((column, message), at)| {
            let mut rows = rows_of(&at[..at.len().min(SHOWN)]);
            if at.len() > SHOWN {
                rows.push_str(&format!(" and {} more", at.len() - SHOWN));
            }
            match column {
                Some(c) => format!("{rows}: {c}: {message}"),
                None => format!("{rows}: {message}"),
            }
        })
        .collect()
}

/// `file:2`, `file:3` as `file:2, 3` (the file once); other locations as they are.
pub(super) fn rows_of(at: &[&str]) -> String {
    let file = at[0].rsplit_once(':').map(|(f, _)| f);
    let same_file = file.is_some_and(|f| {
        at.iter()
            .all(|a| a.rsplit_once(':').map(|(g, _)| g) == Some(f))
    });
    if !same_file || at.len() == 1 {
        return at.join(", ");
    }
    let lines: Vec<&str> = at
        .iter()
        .filter_map(|a| a.rsplit_once(':').map(|(_, l)| l))
        .collect();
    format!("{}:{}", file.unwrap_or_default(), lines.join(", "))
}

pub(super) fn problem(location: &str, column: Option<&str>, message: impl Into<String>) -> Problem {
    Problem {
        location: location.to_string(),
        column: column.map(str::to_string),
        message: message.into(),
    }
}

/// A column of the file: a known user field, or an attribute.
#[derive(Clone, Debug)]
pub(super) enum Column {
    Known(&'static str),
    Attribute(String),
}

pub(super) fn column_of(header: &str) -> Result<Column, String> {
    let name = header.trim();
    if let Some(known) = KNOWN_COLUMNS.iter().find(|k| k.eq_ignore_ascii_case(name)) {
        return Ok(Column::Known(known));
    }
    validate_attribute_key(name).map_err(|e| e.to_string())?;
    Ok(Column::Attribute(name.to_string()))
}

impl Record {
    /// Sets one field from its text. Known columns keep empty values (an empty surname is
    /// a surname); `enabled`, `population` and `username` treat empty as "not said".
    pub(super) fn set(&mut self, column: &Column, value: &str) {
        let value = value.trim();
        let some = || Some(value.to_string());
        let nonempty = || (!value.is_empty()).then(|| value.to_string());
        match column {
            Column::Known("username") => self.username = nonempty(),
            Column::Known("email") => self.email = some(),
            Column::Known("given_name") => self.given_name = some(),
            Column::Known("surname") => self.surname = some(),
            Column::Known("enabled") => self.enabled = nonempty(),
            Column::Known("population") => self.population = nonempty(),
            Column::Known("groups") => {
                self.groups = Some(
                    value
                        .split(';')
                        .map(str::trim)
                        .filter(|g| !g.is_empty())
                        .map(str::to_string)
                        .collect(),
                )
            }
            Column::Known(other) => unreachable!("unknown known column {other}"),
            Column::Attribute(key) => {
                self.attributes.insert(key.clone(), value.to_string());
            }
        }
    }
}

/// Column names HR exports use for a known column, with the known column.
pub(super) const LOOKALIKES: [(&str, &str); 9] = [
    ("first_name", "given_name"),
    ("firstname", "given_name"),
    ("givenname", "given_name"),
    ("last_name", "surname"),
    ("lastname", "surname"),
    ("family_name", "surname"),
    ("mail", "email"),
    ("e-mail", "email"),
    ("active", "enabled"),
];

/// A column that looks like a known one the file lacks would silently become an
/// attribute (and the field stay empty): a problem naming the column to use.
/// `names` are a CSV file's columns, or every key of a JSON file's objects.
pub(super) fn lookalike_problems<'a>(
    header_at: &str,
    names: impl Iterator<Item = &'a str> + Clone,
) -> Vec<Problem> {
    let has = |known: &str| names.clone().any(|h| h.trim().eq_ignore_ascii_case(known));
    names
        .clone()
        .filter_map(|h| {
            let (_, known) = LOOKALIKES.iter().find(|(l, _)| l.eq_ignore_ascii_case(h.trim()))?;
            (!has(known)).then(|| {
                problem(
                    header_at,
                    Some(h.trim()),
                    format!("did you mean {known}? Rename the column (as it is, it would be an attribute and {known} would stay empty)"),
                )
            })
        })
        .collect()
}

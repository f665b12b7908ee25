//! The directory's file formats: reading import files (CSV and JSON) into records,
//! planning what an import changes (a pure function of the records and the current
//! directory), and writing export files that import reads back unchanged.

pub(crate) mod export;
pub mod import;

/// A file format of import and export.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    Csv,
    Json,
}

impl Format {
    /// The format a file name's extension says, if it says one.
    pub(crate) fn from_path(path: &std::path::Path) -> Option<Format> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "csv" => Some(Format::Csv),
            "json" => Some(Format::Json),
            _ => None,
        }
    }
}

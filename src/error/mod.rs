//! The core's error: what went wrong, as data. Each variant carries the values a caller
//! needs to match on it and to explain it; its `Display` is the plain statement of what
//! happened. What the user should do about it (hints naming commands and flags) and the
//! exit code belong to the CLI (`cli/error/`), which reads them off these variants.

mod kind;
mod parts;
mod text;
mod variants;

pub(crate) use kind::ErrorKind;
pub(crate) use parts::{DatabaseStep, FileAction, GuardStop, Thing, Untrusted};
pub(crate) use variants::{Error, Result};

//! The SQLite database in the home directory, the only place with SQL: the open
//! database (`db`), its schema, one module per group of tables, and the run locks.

mod connections;
mod db;
mod directory;
mod groups;
mod held;
mod inbound;
mod links;
mod locks;
mod metrics;
mod notifiers;
mod rules;
mod runs;
mod schedules;
mod schema;
mod states;

pub(crate) use connections::*;
pub(crate) use db::each;
pub use db::{alone, now, Access, Store};
pub(crate) use directory::*;
pub(crate) use groups::*;
pub(crate) use held::*;
pub(crate) use inbound::*;
pub(crate) use links::*;
pub use locks::*;
pub(crate) use notifiers::*;
pub(crate) use rules::*;
pub(crate) use runs::*;
/// A write transaction, as [`Store::write`] hands it to the functions of this module.
pub(crate) use rusqlite::Transaction as Tx;
pub(crate) use schedules::*;
pub(crate) use states::*;

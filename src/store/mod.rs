//! The SQLite database in the home directory, the only place with SQL: the open
//! database (`db`), its schema, one module per group of tables, and the run locks.

mod connections;
mod db;
mod directory;
mod groups;
mod locks;
mod rules;
mod schema;
mod sync;

pub use connections::*;
pub use db::{now, Store};
pub use directory::*;
pub use groups::*;
pub use locks::*;
pub use rules::*;
pub use sync::*;

//! The open database: opening it safely from several processes at once, migrating it,
//! write transactions, and the column helpers the table modules share.
//!
//! Opening sets WAL and a busy timeout; migrations run under an exclusive file lock
//! (`<home>/dbxprov.lock`) so that two processes started together on a fresh home never
//! both migrate; writes use `BEGIN IMMEDIATE` so that a writer waits instead of failing
//! half-way.

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::types::Value;
use rusqlite::{Connection as Db, Transaction, TransactionBehavior};

use super::locks;
use super::schema::MIGRATIONS;
use crate::error::{DatabaseStep, Error, Result};
use crate::home;

const DB_FILE: &str = "dbxprov.db";
const LOCK_FILE: &str = home::MIGRATION_LOCK;
/// SQLite's page cache, in KiB: for every command, and for bulk imports.
const CACHE_KIB: i64 = 8 * 1024;
const BULK_CACHE_KIB: i64 = 64 * 1024;
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        database(DatabaseStep::Query)(e)
    }
}

fn database(step: DatabaseStep) -> impl FnOnce(rusqlite::Error) -> Error {
    move |e| Error::Database {
        step,
        source: Box::new(e),
    }
}

/// A JSON column, read leniently: unknown fields are ignored and missing ones take their
/// defaults (the stored types are `#[serde(default)]`), so a newer or older dbxprov's
/// rows still load.
pub(super) fn json_column<T: serde::de::DeserializeOwned>(
    row: &rusqlite::Row<'_>,
    i: usize,
) -> rusqlite::Result<T> {
    let text: String = row.get(i)?;
    parse_json_column(i, &text)
}

/// [`json_column`] for a nullable column.
pub(super) fn json_column_opt<T: serde::de::DeserializeOwned>(
    row: &rusqlite::Row<'_>,
    i: usize,
) -> rusqlite::Result<Option<T>> {
    let text: Option<String> = row.get(i)?;
    text.map(|t| parse_json_column(i, &t)).transpose()
}

fn parse_json_column<T: serde::de::DeserializeOwned>(i: usize, text: &str) -> rusqlite::Result<T> {
    serde_json::from_str(text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// A text column holding an enum stored through its `as_str`.
pub(super) fn enum_column<T>(
    row: &rusqlite::Row<'_>,
    i: usize,
    parse: fn(&str) -> Option<T>,
) -> rusqlite::Result<T> {
    let text: String = row.get(i)?;
    parse(&text).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            i,
            rusqlite::types::Type::Text,
            format!("unknown value {text:?}").into(),
        )
    })
}

/// The result of a write that a unique constraint may refuse: `conflict` says why.
pub(super) fn unique_or<T>(
    result: rusqlite::Result<T>,
    conflict: impl FnOnce() -> Error,
) -> Result<T> {
    match result {
        Err(e) if is_unique_violation(&e) => Err(conflict()),
        other => Ok(other?),
    }
}

pub(super) fn is_unique_violation(e: &rusqlite::Error) -> bool {
    // A unique index or primary key only: a foreign key or NOT NULL refusal is a bug to
    // report, not a name that is taken.
    matches!(e, rusqlite::Error::SqliteFailure(f, _)
        if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
            || f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY)
}

/// What a command does with its home.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Adds something (a connection, users, a population): creates the home on first use.
    Create,
    /// Writes to a home that must exist: a mistyped `--home` in a crontab must not make
    /// a fresh, empty home that every run then finds nothing to do in.
    Write,
    /// Only reads: the home must exist, and one this user cannot write (a read-only
    /// mount, a backup copy, a frozen home) is opened read-only.
    Read,
}

/// A path as an SQLite URI's path: the characters a URI gives a meaning escaped.
fn uri_path(path: &Path) -> String {
    let mut out = String::new();
    for c in path.to_string_lossy().chars() {
        match c {
            '%' | '?' | '#' => out.push_str(&format!("%{:02X}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// An open database in a home directory.
pub struct Store {
    db: Db,
    home: PathBuf,
}

impl Store {
    /// Opens (creating if needed) the database in `home`, migrating it to the current
    /// schema. A home or database someone else could change is refused before anything
    /// is read, and so is an empty database file.
    pub fn open(home: &Path) -> Result<Store> {
        home::check_is_home(home, DB_FILE)?;
        home::create_dir(home)?;
        home::check_trusted(home, DB_FILE)?;
        let path = home.join(DB_FILE);
        if path.exists() && !(home::writable(home) && home::writable(&path)) {
            return Err(Error::HomeReadOnly {
                path: home.to_path_buf(),
            });
        }
        // A new database is created under the migration lock, so that an empty file found
        // while holding it was not just created by another process: it was truncated.
        let creating = std::fs::metadata(&path).map_or(true, |m| m.len() == 0);
        let lock = if creating {
            Some(locks::lock_wait(&home.join(LOCK_FILE))?)
        } else {
            None
        };
        if lock.is_some() && std::fs::metadata(&path).is_ok_and(|m| m.len() == 0) {
            return Err(Error::EmptyDatabase { path });
        }
        // Created (or narrowed) 0600 before SQLite opens it: its -wal and -shm files take
        // the database file's permissions.
        drop(home::open_private(&path, false)?);
        for suffix in ["-wal", "-shm"] {
            home::restrict_existing(&home.join(format!("{DB_FILE}{suffix}")))?;
        }
        let db = Db::open(&path).map_err(database(DatabaseStep::Open(path.clone())))?;
        db.busy_timeout(BUSY_TIMEOUT)?;
        // WAL with synchronous=NORMAL cannot corrupt the file; a power cut may lose the
        // last commit, which the next run redoes. The page cache is what a read of a
        // large table holds on to: small, unless a bulk write asks for more.
        db.pragma_update(None, "synchronous", "NORMAL")?;
        db.pragma_update(None, "cache_size", -CACHE_KIB)?;
        // A run writes each operation under a savepoint of its own: the savepoint's journal
        // of the pages it changes stays in memory (in a temporary file, it cost a write call
        // per page, a third of an LDAP pull of 100,000 users), and nothing of the
        // directory goes to a file in /tmp.
        db.pragma_update(None, "temp_store", "MEMORY")?;
        let mut store = Store {
            db,
            home: home.to_path_buf(),
        };
        store.migrate(lock)?;
        store.db.pragma_update(None, "foreign_keys", true)?;
        Ok(store)
    }

    /// Opens `home` as `access` says: [`Store::open`] (creating it), the same for a home
    /// that exists, or for a command that only reads, without creating anything and
    /// read-only when this user cannot write the home.
    pub(crate) fn open_for(home: &Path, access: Access) -> Result<Store> {
        if access == Access::Create {
            return Store::open(home);
        }
        home::check_is_home(home, DB_FILE)?;
        home::check_trusted(home, DB_FILE)?;
        let path = home.join(DB_FILE);
        match std::fs::metadata(&path) {
            Ok(meta) if meta.len() == 0 => return Err(Error::EmptyDatabase { path }),
            Ok(_) => {}
            Err(_) => {
                return Err(Error::NoHome {
                    path: home.to_path_buf(),
                })
            }
        }
        if access == Access::Write || (home::writable(home) && home::writable(&path)) {
            return Store::open(home);
        }
        Store::open_read_only(home, path)
    }

    /// The database of a home this user cannot write. SQLite reads a WAL database
    /// read-only when its `-wal` and `-shm` files exist (a process that died left them,
    /// with commits in the WAL); when they do not (the last process closed it cleanly),
    /// they cannot be created here, and it reads the file alone as immutable: nothing
    /// can be writing it (its owner is this user, who cannot write it).
    fn open_read_only(home: &Path, path: PathBuf) -> Result<Store> {
        use rusqlite::OpenFlags;
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        // An empty log holds no commits: the file alone is the database.
        let log = std::fs::metadata(home.join(format!("{DB_FILE}-wal")));
        let wal = log.is_ok_and(|m| m.len() > 0);
        if wal && !home.join(format!("{DB_FILE}-shm")).exists() {
            // SQLite reads a log only through its index, which cannot be created here.
            return Err(Error::UnreadableLog {
                home: home.to_path_buf(),
            });
        }
        let immutable = if wal { "" } else { "?immutable=1" };
        // `file://` and an absolute path: a path that starts `//` is not an authority.
        let absolute = std::path::absolute(&path).unwrap_or_else(|_| path.clone());
        let uri = format!("file://{}{immutable}", uri_path(&absolute));
        let db = Db::open_with_flags(uri, flags).map_err(database(DatabaseStep::Open(path)))?;
        let store = Store {
            db,
            home: home.to_path_buf(),
        };
        let found = store.user_version()?;
        if found != MIGRATIONS.len() {
            let home = home.to_path_buf();
            let known = MIGRATIONS.len();
            return Err(match found > known {
                true => Error::SchemaTooNew { home, found, known },
                false => Error::SchemaTooOldToRead { home, found, known },
            });
        }
        Ok(store)
    }

    /// A page cache large enough that a bulk import does not spill its index pages
    /// (64 MiB), for the rest of this store's life.
    pub(crate) fn cache_for_bulk_writes(&self) -> Result<()> {
        Ok(self.db.pragma_update(None, "cache_size", -BULK_CACHE_KIB)?)
    }

    pub(crate) fn home(&self) -> &Path {
        &self.home
    }

    /// Migrates the database to the current schema under the migration lock (`held`, or
    /// taken here when needed).
    fn migrate(&mut self, held: Option<std::fs::File>) -> Result<()> {
        let current: usize = self.user_version()?;
        if current == MIGRATIONS.len() {
            return Ok(());
        }
        let _lock = match held {
            Some(lock) => lock,
            None => locks::lock_wait(&self.home.join(LOCK_FILE))?,
        };
        // Another process may have migrated while we waited for the lock.
        let current = self.user_version()?;
        if current > MIGRATIONS.len() {
            return Err(Error::SchemaTooNew {
                home: self.home.clone(),
                found: current,
                known: MIGRATIONS.len(),
            });
        }
        self.switch_to_wal()?;
        let tx = self
            .db
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(current) {
            tx.execute_batch(sql)
                .map_err(database(DatabaseStep::Migrate(i + 1)))?;
        }
        tx.pragma_update(None, "user_version", MIGRATIONS.len())?;
        tx.commit()?;
        Ok(())
    }

    /// `PRAGMA journal_mode=WAL` needs no other connection to hold a lock, and SQLite
    /// answers "busy" at once instead of waiting: another process that opened the fresh
    /// file at the same instant may be reading it. Try again for a while.
    fn switch_to_wal(&self) -> Result<()> {
        let deadline = std::time::Instant::now() + BUSY_TIMEOUT;
        loop {
            match self.db.pragma_update(None, "journal_mode", "WAL") {
                Ok(()) => return Ok(()),
                Err(rusqlite::Error::SqliteFailure(e, _))
                    if e.code == rusqlite::ErrorCode::DatabaseBusy
                        && std::time::Instant::now() < deadline =>
                {
                    std::thread::sleep(Duration::from_millis(20));
                }
                Err(e) => return Err(database(DatabaseStep::EnableWal)(e)),
            }
        }
    }

    fn user_version(&self) -> Result<usize> {
        let v: i64 = self.db.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        Ok(v as usize)
    }

    /// A random id for this home, so that secrets of two homes never share keyring entries.
    pub(crate) fn store_id(&self) -> Result<String> {
        Ok(self
            .db
            .query_row("SELECT value FROM meta WHERE key = 'store_id'", [], |r| {
                r.get(0)
            })?)
    }

    /// Runs `f` in a `BEGIN IMMEDIATE` transaction, committing when it returns `Ok`.
    /// Side effects outside the database that `f` performs (writing a secret) happen
    /// while this process holds the write lock, so they are serialized with the row.
    pub(crate) fn write<T>(&mut self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let tx = self
            .db
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = f(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// Writes a run's operations in one transaction: `f(tx, Alone::No)` first, with no
    /// savepoint per operation (the plan checked them; a savepoint each costs a copy of
    /// every page each write touches, and with thousands of writes under one, more with
    /// each statement); if that fails, the transaction is undone and `f(tx, Alone::Each)`
    /// writes them again, each under a savepoint of its own ([`each`]).
    pub(crate) fn write_operations<T>(
        &mut self,
        mut f: impl FnMut(&Transaction<'_>, Alone) -> Result<T>,
    ) -> Result<T> {
        match self.write(|tx| f(tx, Alone::No)) {
            Ok(value) => Ok(value),
            Err(_) => self.write(|tx| f(tx, Alone::Each)),
        }
    }

    /// Read access for this module's queries.
    pub(super) fn read(&self) -> &Db {
        &self.db
    }

    /// `PRAGMA integrity_check`: "ok" when the file is sound.
    pub fn integrity_check(&self) -> Result<String> {
        Ok(self
            .db
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }
}

/// Whether each operation of [`Store::write_operations`] goes under a savepoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Alone {
    /// None: a failure fails the transaction.
    No,
    /// Each: a failure is undone alone and returned.
    Each,
}

/// One operation of [`Store::write_operations`]: its result, or (under [`Alone::No`])
/// the error that fails the whole attempt.
pub(crate) fn each<R>(
    tx: &Transaction<'_>,
    alone_or_not: Alone,
    f: impl FnOnce() -> Result<R>,
) -> Result<Result<R>> {
    match alone_or_not {
        Alone::Each => alone(tx, f),
        Alone::No => Ok(Ok(f()?)),
    }
}

/// Runs `f` inside `tx` under a savepoint: when it fails, what it wrote is undone and
/// the transaction goes on (the error is returned as the inner result).
pub fn alone<R>(tx: &Transaction<'_>, f: impl FnOnce() -> Result<R>) -> Result<Result<R>> {
    // Prepared once per connection: a run may make one savepoint per write.
    let run = |sql: &str| tx.prepare_cached(sql)?.execute([]).map(|_| ());
    run("SAVEPOINT alone")?;
    let result = f();
    if result.is_err() {
        run("ROLLBACK TO alone")?;
    }
    run("RELEASE alone")?;
    Ok(result)
}

/// One table of a rule's states (a row per user or per group, keyed by rule and item),
/// as [`write_changed`] writes it.
pub(super) struct StateTable {
    /// The keys of the rule's rows: `?1` the rule.
    pub(crate) keys: &'static str,
    /// Inserts a row, or updates the stored one only where it differs (its own `WHERE`):
    /// a row as it was keeps the run and time that last changed it.
    pub(crate) upsert: &'static str,
    /// Deletes one row: `?1` the rule, `?2` the key.
    pub(crate) delete: &'static str,
}

/// Makes a rule's rows of `table` those of `rows` (each a key and the upsert's
/// parameters), writing only what changes, so that a run that changes nothing writes
/// next to nothing.
pub(super) fn write_changed(
    tx: &Transaction<'_>,
    table: &StateTable,
    rule_id: i64,
    rows: impl Iterator<Item = (String, Vec<Value>)>,
) -> Result<()> {
    let mut stale: std::collections::HashSet<String> = tx
        .prepare_cached(table.keys)?
        .query_map([rule_id], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut upsert = tx.prepare_cached(table.upsert)?;
    for (key, params) in rows {
        stale.remove(&key);
        upsert.execute(rusqlite::params_from_iter(params))?;
    }
    let mut delete = tx.prepare_cached(table.delete)?;
    for key in &stale {
        delete.execute(rusqlite::params![rule_id, key])?;
    }
    Ok(())
}

impl Store {
    /// Hands each row `sql` selects with `params` to `f` as SQLite yields it, read by
    /// `from_row`: a listing of 100,000 rows holds none of them.
    pub(super) fn each_row<T, E: From<Error>>(
        &self,
        sql: &str,
        params: impl rusqlite::Params,
        from_row: fn(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
        mut f: impl FnMut(T) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        let db = |e: rusqlite::Error| E::from(e.into());
        let mut stmt = self.read().prepare_cached(sql).map_err(db)?;
        let mut rows = stmt.query(params).map_err(db)?;
        while let Some(row) = rows.next().map_err(db)? {
            f(from_row(row).map_err(db)?)?;
        }
        Ok(())
    }
}

/// Seconds since the Unix epoch.
pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{delete_rule, insert_rule};

    #[test]
    fn a_rules_users_are_listed_in_index_order_never_sorted_in_memory() {
        let dir = tempfile::TempDir::new().unwrap();
        let store = Store::open(dir.path()).unwrap();
        let plan: Vec<String> = store
            .read()
            .prepare(&format!(
                "EXPLAIN QUERY PLAN {}",
                crate::store::states::STATES_BY_EMAIL
            ))
            .unwrap()
            .query_map(rusqlite::params![1, "synced"], |r| r.get::<_, String>(3))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert!(
            plan.iter().any(|step| step.contains("user_states_email")),
            "{plan:?}"
        );
        assert!(
            !plan.iter().any(|step| step.contains("TEMP B-TREE")),
            "{plan:?}"
        );
    }

    /// A home written by the previous schema: two rules that both claimed member m-1 (the
    /// defect the unique index now prevents), states and a run.
    fn schema_4_home(home: &Path) {
        let db = Db::open(home.join(DB_FILE)).unwrap();
        for sql in &MIGRATIONS[..4] {
            db.execute_batch(sql).unwrap();
        }
        db.execute_batch(
            "INSERT INTO rules (id, name, connection, enabled, spec, created_at, updated_at)
                 VALUES (1, 'a', 'prod', 1, '{}', 0, 0), (2, 'b', 'prod', 1, '{}', 0, 0);
             INSERT INTO links VALUES ('a', 'u-1', 'm-1', 10), ('b', 'u-9', 'm-1', 20),
                                      ('b', 'u-2', 'm-2', 20);
             INSERT INTO user_states VALUES ('a', 'u-1', 'x@y.co', 'synced', 'm-1', NULL, 1, 0);
             INSERT INTO runs (id, rule, started_at, outcome) VALUES (1, 'a', 0, 'succeeded');
             PRAGMA user_version = 4;",
        )
        .unwrap();
    }

    #[test]
    fn schema_5_keeps_one_claim_per_member_and_ties_rows_to_rule_ids() {
        let dir = tempfile::TempDir::new().unwrap();
        schema_4_home(dir.path());
        let mut store = Store::open(dir.path()).unwrap();
        let links: Vec<(i64, String, String)> = store
            .read()
            .prepare("SELECT rule_id, user_id, team_member_id FROM links ORDER BY user_id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(
            links,
            [
                (1, "u-1".to_string(), "m-1".to_string()),
                (2, "u-2".to_string(), "m-2".to_string())
            ],
            "the older claim of m-1 is kept"
        );
        assert_eq!(
            store.state_counts(1).unwrap(),
            [(crate::model::UserState::Synced, 1)]
        );
        assert_eq!(store.runs(Some(1), 10).unwrap().len(), 1);
        // Deleting a rule takes its rows with it but its runs, which stay marked; its id
        // is never given out again.
        store.write(|tx| delete_rule(tx, 1)).unwrap();
        assert_eq!(store.state_counts(1).unwrap(), []);
        let runs = store.runs(None, 10).unwrap();
        assert_eq!((runs.len(), runs[0].rule_deleted), (1, true));
        assert_eq!(store.links_of_rule(1).unwrap(), 0);
        let spec = crate::model::Rule {
            id: 0,
            name: "a".into(),
            direction: crate::model::Direction::Outbound,
            connection: "prod".into(),
            enabled: true,
            populations: vec![],
            groups: vec![],
            filter: None,
            mappings: Default::default(),
            max_deletes: None,
            created_at: 0,
            updated_at: 0,
            ..Default::default()
        };
        let id = store.write(|tx| insert_rule(tx, &spec)).unwrap();
        assert_eq!(id, 3);
        assert_eq!(integrity(&store), "ok");
    }

    fn integrity(store: &Store) -> String {
        store.integrity_check().unwrap()
    }
}

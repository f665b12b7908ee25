//! The SQLite database in the home directory: opening it safely from several processes
//! at once, schema migrations, and write transactions. The only place with SQL.
//!
//! Opening sets WAL and a busy timeout; migrations run under an exclusive file lock
//! (`<home>/dbxprov.lock`) so that two processes started together on a fresh home never
//! both migrate; writes use `BEGIN IMMEDIATE` so that a writer waits instead of failing
//! half-way.

mod connections;
mod directory;
mod locks;
mod rules;
mod sync;

use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection as Db, Transaction, TransactionBehavior};

use crate::error::{Error, Result};
use crate::home;

pub use connections::*;
pub use directory::*;
pub use locks::*;
pub use rules::*;
pub use sync::*;

const DB_FILE: &str = "dbxprov.db";
const LOCK_FILE: &str = "dbxprov.lock";
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

/// The migrations, in order; `PRAGMA user_version` counts how many have run.
const MIGRATIONS: &[&str] = &[
    // 1: identity of this home, connections.
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
     INSERT INTO meta (key, value) VALUES ('store_id', lower(hex(randomblob(8))));
     CREATE TABLE connections (
         id INTEGER PRIMARY KEY,
         name TEXT NOT NULL UNIQUE COLLATE NOCASE,
         description TEXT,
         service_uri TEXT NOT NULL,
         token_endpoint TEXT NOT NULL,
         client_id TEXT NOT NULL,
         enabled INTEGER NOT NULL,
         actions TEXT NOT NULL,
         status TEXT NOT NULL,
         last_test TEXT,
         created_at INTEGER NOT NULL,
         updated_at INTEGER NOT NULL
     );",
    // 2: the directory.
    "CREATE TABLE populations (
         id INTEGER PRIMARY KEY,
         name TEXT NOT NULL UNIQUE COLLATE NOCASE,
         created_at INTEGER NOT NULL
     );
     INSERT INTO populations (name, created_at) VALUES ('Default', unixepoch());
     CREATE TABLE users (
         id TEXT PRIMARY KEY,
         username TEXT NOT NULL UNIQUE COLLATE NOCASE,
         email TEXT NOT NULL UNIQUE COLLATE NOCASE,
         given_name TEXT NOT NULL,
         surname TEXT NOT NULL,
         enabled INTEGER NOT NULL,
         population_id INTEGER NOT NULL REFERENCES populations(id),
         attributes TEXT NOT NULL,
         provenance TEXT,
         created_at INTEGER NOT NULL,
         updated_at INTEGER NOT NULL
     );
     CREATE INDEX users_population ON users(population_id);
     CREATE TABLE groups (
         id TEXT PRIMARY KEY,
         name TEXT NOT NULL UNIQUE COLLATE NOCASE,
         created_at INTEGER NOT NULL,
         updated_at INTEGER NOT NULL
     );
     CREATE TABLE group_members (
         group_id TEXT NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
         user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
         PRIMARY KEY (group_id, user_id)
     ) WITHOUT ROWID;
     CREATE INDEX group_members_user ON group_members(user_id);",
    // 3: rules.
    "CREATE TABLE rules (
         id INTEGER PRIMARY KEY,
         name TEXT NOT NULL UNIQUE COLLATE NOCASE,
         connection TEXT NOT NULL,
         enabled INTEGER NOT NULL,
         spec TEXT NOT NULL,
         created_at INTEGER NOT NULL,
         updated_at INTEGER NOT NULL
     );
     CREATE INDEX rules_connection ON rules(connection);",
    // 4: sync: links, runs and their journal, per-user states.
    "CREATE TABLE links (
         rule TEXT NOT NULL COLLATE NOCASE,
         user_id TEXT NOT NULL,
         team_member_id TEXT NOT NULL,
         created_at INTEGER NOT NULL,
         PRIMARY KEY (rule, user_id)
     );
     CREATE INDEX links_member ON links(team_member_id);
     CREATE TABLE runs (
         id INTEGER PRIMARY KEY,
         rule TEXT NOT NULL COLLATE NOCASE,
         started_at INTEGER NOT NULL,
         finished_at INTEGER,
         outcome TEXT NOT NULL,
         summary TEXT,
         requests INTEGER NOT NULL DEFAULT 0,
         error TEXT
     );
     CREATE INDEX runs_rule ON runs(rule, id);
     CREATE TABLE journal (
         id INTEGER PRIMARY KEY,
         run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
         user_id TEXT NOT NULL,
         email TEXT NOT NULL,
         action TEXT NOT NULL,
         detail TEXT NOT NULL,
         reason TEXT NOT NULL,
         status TEXT NOT NULL,
         error TEXT,
         updated_at INTEGER NOT NULL
     );
     CREATE INDEX journal_run ON journal(run_id);
     CREATE TABLE user_states (
         rule TEXT NOT NULL COLLATE NOCASE,
         user_id TEXT NOT NULL,
         email TEXT NOT NULL,
         state TEXT NOT NULL,
         team_member_id TEXT,
         error TEXT,
         run_id INTEGER,
         updated_at INTEGER NOT NULL,
         PRIMARY KEY (rule, user_id)
     );",
    // 5: rules get ids that are never reused; links, states and runs belong to a rule's
    // id (and go with it); a member belongs to at most one rule of a connection, which the
    // unique index enforces whatever the timing of two runs. Where two rules had claimed
    // the same member, the older claim is kept.
    "CREATE TABLE rules_v5 (
         id INTEGER PRIMARY KEY AUTOINCREMENT,
         name TEXT NOT NULL UNIQUE COLLATE NOCASE,
         connection TEXT NOT NULL COLLATE NOCASE,
         enabled INTEGER NOT NULL,
         spec TEXT NOT NULL,
         created_at INTEGER NOT NULL,
         updated_at INTEGER NOT NULL
     );
     INSERT INTO rules_v5 (id, name, connection, enabled, spec, created_at, updated_at)
         SELECT id, name, connection, enabled, spec, created_at, updated_at FROM rules;
     DROP TABLE rules;
     ALTER TABLE rules_v5 RENAME TO rules;
     CREATE INDEX rules_connection ON rules(connection);
     CREATE TABLE links_v5 (
         rule_id INTEGER NOT NULL REFERENCES rules(id) ON DELETE CASCADE,
         connection TEXT NOT NULL COLLATE NOCASE,
         user_id TEXT NOT NULL,
         team_member_id TEXT NOT NULL,
         created_at INTEGER NOT NULL,
         PRIMARY KEY (rule_id, user_id),
         UNIQUE (connection, team_member_id)
     );
     INSERT OR IGNORE INTO links_v5 (rule_id, connection, user_id, team_member_id, created_at)
         SELECT r.id, r.connection, l.user_id, l.team_member_id, l.created_at
         FROM links l JOIN rules r ON r.name = l.rule ORDER BY l.created_at, l.rowid;
     DROP TABLE links;
     ALTER TABLE links_v5 RENAME TO links;
     CREATE TABLE user_states_v5 (
         rule_id INTEGER NOT NULL REFERENCES rules(id) ON DELETE CASCADE,
         user_id TEXT NOT NULL,
         email TEXT NOT NULL,
         state TEXT NOT NULL,
         team_member_id TEXT,
         error TEXT,
         run_id INTEGER,
         updated_at INTEGER NOT NULL,
         PRIMARY KEY (rule_id, user_id)
     );
     INSERT INTO user_states_v5
         SELECT r.id, s.user_id, s.email, s.state, s.team_member_id, s.error, s.run_id, s.updated_at
         FROM user_states s JOIN rules r ON r.name = s.rule;
     DROP TABLE user_states;
     ALTER TABLE user_states_v5 RENAME TO user_states;
     CREATE TABLE runs_v5 (
         id INTEGER PRIMARY KEY AUTOINCREMENT,
         rule_id INTEGER NOT NULL REFERENCES rules(id) ON DELETE CASCADE,
         rule TEXT NOT NULL,
         started_at INTEGER NOT NULL,
         finished_at INTEGER,
         outcome TEXT NOT NULL,
         summary TEXT,
         requests INTEGER NOT NULL DEFAULT 0,
         error TEXT
     );
     INSERT INTO runs_v5 (id, rule_id, rule, started_at, finished_at, outcome, summary, requests, error)
         SELECT x.id, r.id, r.name, x.started_at, x.finished_at, x.outcome, x.summary, x.requests, x.error
         FROM runs x JOIN rules r ON r.name = x.rule;
     CREATE TABLE journal_v5 (
         id INTEGER PRIMARY KEY,
         run_id INTEGER NOT NULL REFERENCES runs_v5(id) ON DELETE CASCADE,
         user_id TEXT NOT NULL,
         email TEXT NOT NULL,
         action TEXT NOT NULL,
         detail TEXT NOT NULL,
         reason TEXT NOT NULL,
         status TEXT NOT NULL,
         error TEXT,
         updated_at INTEGER NOT NULL,
         note TEXT
     );
     INSERT INTO journal_v5 SELECT j.*, NULL FROM journal j JOIN runs_v5 x ON x.id = j.run_id;
     DROP TABLE journal;
     DROP TABLE runs;
     ALTER TABLE runs_v5 RENAME TO runs;
     ALTER TABLE journal_v5 RENAME TO journal;
     CREATE INDEX runs_rule ON runs(rule_id, id);
     CREATE INDEX journal_run ON journal(run_id);",
];

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        Error::internal("database error").with_source(e)
    }
}

/// An open database in a home directory.
pub struct Store {
    db: Db,
    home: PathBuf,
}

impl Store {
    /// Opens (creating if needed) the database in `home`, migrating it to the current schema.
    pub fn open(home: &Path) -> Result<Store> {
        home::create_dir(home)?;
        let path = home.join(DB_FILE);
        // Created (or narrowed) 0600 before SQLite opens it: its -wal and -shm files take
        // the database file's permissions.
        drop(home::open_private(&path, false)?);
        for suffix in ["-wal", "-shm"] {
            home::restrict_existing(&home.join(format!("{DB_FILE}{suffix}")))?;
        }
        let db = Db::open(&path).map_err(|e| {
            Error::internal(format!("cannot open the database {}", path.display())).with_source(e)
        })?;
        db.busy_timeout(BUSY_TIMEOUT)?;
        // WAL with synchronous=NORMAL cannot corrupt the file; a power cut may lose the
        // last commit, which the next run redoes. A larger page cache keeps bulk imports
        // from spilling index pages.
        db.pragma_update(None, "synchronous", "NORMAL")?;
        db.pragma_update(None, "cache_size", -65_536)?;
        let mut store = Store {
            db,
            home: home.to_path_buf(),
        };
        store.migrate()?;
        store.db.pragma_update(None, "foreign_keys", true)?;
        Ok(store)
    }

    pub fn home(&self) -> &Path {
        &self.home
    }

    fn migrate(&mut self) -> Result<()> {
        let current: usize = self.user_version()?;
        if current == MIGRATIONS.len() {
            return Ok(());
        }
        let _lock = lock_file(&self.home.join(LOCK_FILE))?;
        // Another process may have migrated while we waited for the lock.
        let current = self.user_version()?;
        if current > MIGRATIONS.len() {
            return Err(Error::config(format!(
                "the database in {} was written by a newer dbxprov (schema {current}, this one knows {})",
                self.home.display(),
                MIGRATIONS.len()
            ))
            .with_hint("upgrade dbxprov, or use another --home"));
        }
        self.switch_to_wal()?;
        let tx = self
            .db
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(current) {
            tx.execute_batch(sql).map_err(|e| {
                Error::internal(format!("schema migration {} failed", i + 1)).with_source(e)
            })?;
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
                Err(e) => {
                    return Err(Error::internal("cannot switch the database to WAL").with_source(e))
                }
            }
        }
    }

    fn user_version(&self) -> Result<usize> {
        let v: i64 = self.db.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        Ok(v as usize)
    }

    /// A random id for this home, so that secrets of two homes never share keyring entries.
    pub fn store_id(&self) -> Result<String> {
        Ok(self
            .db
            .query_row("SELECT value FROM meta WHERE key = 'store_id'", [], |r| {
                r.get(0)
            })?)
    }

    /// Runs `f` in a `BEGIN IMMEDIATE` transaction, committing when it returns `Ok`.
    /// Side effects outside the database that `f` performs (writing a secret) happen
    /// while this process holds the write lock, so they are serialized with the row.
    pub fn write<T>(&mut self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let tx = self
            .db
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = f(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// Read access for queries.
    pub fn read(&self) -> &Db {
        &self.db
    }

    /// `PRAGMA integrity_check`: "ok" when the file is sound.
    pub fn integrity_check(&self) -> Result<String> {
        Ok(self
            .db
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }
}

/// An exclusive lock held until the returned file is dropped.
fn lock_file(path: &Path) -> Result<File> {
    let file = home::open_private(path, false)?;
    file.lock()
        .map_err(|e| Error::internal(format!("cannot lock {}", path.display())).with_source(e))?;
    Ok(file)
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
        assert_eq!(store.user_states(1).unwrap().len(), 1);
        assert_eq!(store.runs(Some(1), 10).unwrap().len(), 1);
        // Deleting a rule takes its rows with it; its id is never given out again.
        store.write(|tx| delete_rule(tx, 1)).unwrap();
        assert_eq!(store.user_states(1).unwrap().len(), 0);
        assert_eq!(store.runs(None, 10).unwrap().len(), 0);
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
        };
        let id = store.write(|tx| insert_rule(tx, &spec)).unwrap();
        assert_eq!(id, 3);
        assert_eq!(integrity(&store), "ok");
    }

    fn integrity(store: &Store) -> String {
        store.integrity_check().unwrap()
    }
}

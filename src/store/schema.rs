//! The schema, as the migrations that build it; `PRAGMA user_version` counts how many
//! have run on a database.

/// The migrations, in order; `PRAGMA user_version` counts how many have run.
pub(super) const MIGRATIONS: &[&str] = &[
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
    // 6: groups: a rule's claim on a Dropbox group (one rule of a connection at most) and
    // how each of its groups stands.
    "CREATE TABLE group_links (
         rule_id INTEGER NOT NULL REFERENCES rules(id) ON DELETE CASCADE,
         connection TEXT NOT NULL COLLATE NOCASE,
         directory_group_id TEXT NOT NULL,
         dropbox_group_id TEXT NOT NULL,
         adopted INTEGER NOT NULL,
         created_at INTEGER NOT NULL,
         UNIQUE (connection, dropbox_group_id),
         UNIQUE (rule_id, directory_group_id)
     );
     CREATE TABLE group_states (
         rule_id INTEGER NOT NULL REFERENCES rules(id) ON DELETE CASCADE,
         directory_group_id TEXT NOT NULL,
         name TEXT NOT NULL,
         state TEXT NOT NULL,
         dropbox_group_id TEXT,
         members INTEGER NOT NULL,
         error TEXT,
         run_id INTEGER,
         updated_at INTEGER NOT NULL,
         PRIMARY KEY (rule_id, directory_group_id)
     );",
    // 7: inbound rules: which directory user each member a rule brought in became (the
    // rule's provenance on the user; a user comes from one rule at most, and goes with
    // its link when deleted), and each inbound rule's daily schedule.
    "CREATE TABLE inbound_links (
         rule_id INTEGER NOT NULL REFERENCES rules(id) ON DELETE CASCADE,
         team_member_id TEXT NOT NULL,
         user_id TEXT NOT NULL UNIQUE REFERENCES users(id) ON DELETE CASCADE,
         created_at INTEGER NOT NULL,
         PRIMARY KEY (rule_id, team_member_id)
     );
     UPDATE users SET provenance = NULL;
     CREATE TABLE schedules (
         rule_id INTEGER PRIMARY KEY REFERENCES rules(id) ON DELETE CASCADE,
         anchor INTEGER NOT NULL,
         last_slot INTEGER NOT NULL
     );",
    // 8: where each connection's secrets live (NULL: not recorded, older connections).
    "ALTER TABLE connections ADD COLUMN secret_store TEXT;",
    // 9: a rule's users by email, as `sync status --users` lists them: read in order from
    // the index, never sorted in memory.
    "CREATE INDEX user_states_email ON user_states(rule_id, email);",
    // 10: what is known of the scopes a connection's refresh token holds.
    "ALTER TABLE connections ADD COLUMN scopes TEXT;",
    // 11: the status of a rule's user's member as its last run left it (invited, ...).
    "ALTER TABLE user_states ADD COLUMN member_status TEXT;",
    // 12: a link to a member adopted with an external id another tool set, kept as it is.
    "ALTER TABLE links ADD COLUMN keeps_external_id INTEGER NOT NULL DEFAULT 0;",
    // 13: a link whose invited member is owed a new invitation (its address changed and
    // sending one failed).
    "ALTER TABLE links ADD COLUMN invitation_owed INTEGER NOT NULL DEFAULT 0;",
    // 14: the users an inbound rule brought in from a team, kept when the rule is deleted
    // without deprovisioning them: their members came from the team, so no outbound rule
    // adopts (and later deprovisions) them.
    "CREATE TABLE team_origins (
         connection TEXT NOT NULL COLLATE NOCASE,
         team_member_id TEXT NOT NULL,
         user_id TEXT NOT NULL UNIQUE REFERENCES users(id) ON DELETE CASCADE,
         rule TEXT NOT NULL,
         created_at INTEGER NOT NULL,
         PRIMARY KEY (connection, team_member_id)
     );",
    // 15: the Dropbox team each connection reaches; a team has one connection (members
    // are claimed per connection, so two connections to a team would let two rules
    // manage one member).
    "ALTER TABLE connections ADD COLUMN team_id TEXT;
     CREATE UNIQUE INDEX connections_team ON connections(team_id) WHERE team_id IS NOT NULL;",
    // 16: the status a rule's last run wanted each user's member in: a member then wanted
    // active and now suspended or removed was changed outside dbxprov (drift).
    "ALTER TABLE user_states ADD COLUMN wanted_status TEXT;",
    // 17: a rule's runs (and their journals: who was provisioned and removed) outlive the
    // rule: no longer deleted with it, only by pruning. Rule ids are never reused, so a
    // run still names its rule's id.
    "CREATE TABLE runs_v17 (
         id INTEGER PRIMARY KEY AUTOINCREMENT,
         rule_id INTEGER NOT NULL,
         rule TEXT NOT NULL,
         started_at INTEGER NOT NULL,
         finished_at INTEGER,
         outcome TEXT NOT NULL,
         summary TEXT,
         requests INTEGER NOT NULL DEFAULT 0,
         error TEXT
     );
     INSERT INTO runs_v17 (id, rule_id, rule, started_at, finished_at, outcome, summary, requests, error)
         SELECT id, rule_id, rule, started_at, finished_at, outcome, summary, requests, error FROM runs;
     DROP TABLE runs;
     ALTER TABLE runs_v17 RENAME TO runs;
     CREATE INDEX runs_rule ON runs(rule_id, id);",
    // 18: connections to LDAP directories: the kind of each connection, and how an LDAP
    // one binds and searches (JSON); the directory groups an LDAP rule brought in, by
    // the group's anchor (a group renamed in LDAP is renamed, not re-created).
    "ALTER TABLE connections ADD COLUMN kind TEXT NOT NULL DEFAULT 'dropbox';
     ALTER TABLE connections ADD COLUMN ldap TEXT;
     CREATE TABLE inbound_groups (
         rule_id INTEGER NOT NULL,
         source_id TEXT NOT NULL,
         group_id TEXT NOT NULL UNIQUE REFERENCES groups(id) ON DELETE CASCADE,
         PRIMARY KEY (rule_id, source_id)
     );",
    // 19: when a rule's linked user left its scope (staged removal: the member is
    // removed once out of scope the connection's days).
    "ALTER TABLE links ADD COLUMN left_at INTEGER;",
    // 20: the plan of a run the deletion guard stopped (JSON: its operations and group
    // operations), kept for `sync approve`, and the run that applied it.
    "CREATE TABLE held_plans (
         run_id INTEGER PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
         plan TEXT NOT NULL,
         approved_by INTEGER
     );",
    // 21: each outbound user's member as the rule's last run left it (JSON: email, names,
    // external id): what `sync drift` compares the team with.
    "ALTER TABLE user_states ADD COLUMN member_profile TEXT;",
    // 22: the members of each of an outbound rule's Dropbox groups as its last run left
    // them (JSON array of team member ids): what `sync drift` compares the team with.
    "ALTER TABLE group_states ADD COLUMN member_ids TEXT;",
    // 23: why a run failed as a whole (credentials refused, a scope missing, an outage),
    // and how many attempts a row stands for (a streak of identical failures is one row):
    // what quarantine counts.
    "ALTER TABLE runs ADD COLUMN cause TEXT;
     ALTER TABLE runs ADD COLUMN attempts INTEGER NOT NULL DEFAULT 1;",
    // 24: notifiers (one JSON document each: channel, events, where its secret is), and
    // each notification's delivery (error NULL: delivered), the last per notifier shown
    // by `sync status` when it failed.
    "CREATE TABLE notifiers (
         name TEXT PRIMARY KEY COLLATE NOCASE,
         notifier TEXT NOT NULL
     );
     CREATE TABLE deliveries (
         id INTEGER PRIMARY KEY,
         notifier TEXT NOT NULL COLLATE NOCASE,
         run_id INTEGER,
         event TEXT NOT NULL,
         at INTEGER NOT NULL,
         attempts INTEGER NOT NULL,
         error TEXT
     );
     CREATE INDEX deliveries_notifier ON deliveries(notifier, id);",
];

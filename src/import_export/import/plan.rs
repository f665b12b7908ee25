//! Planning an import: what the file's records do to the directory (users created,
//! updated, unchanged, deleted with `--replace`, left out without it; populations and
//! groups created), every problem found before anything is written.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::record::*;
use crate::model::{
    new_id, parse_bool, set, validate_collection_name, validate_email, validate_person_name,
    validate_username, User, DEFAULT_POPULATION,
};

/// How an import treats the file.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The population of rows that name none.
    pub(crate) population: Option<String>,
    /// The file is authoritative for the populations it covers: their users missing from
    /// the file are deleted.
    pub(crate) replace: bool,
    pub(crate) create_populations: bool,
}

/// What an import will do.
#[derive(Clone, Debug, Default)]
pub struct Plan {
    pub(crate) creates: Vec<User>,
    /// (before, after)
    pub(crate) updates: Vec<(User, User)>,
    pub(crate) unchanged: usize,
    pub(crate) deletes: Vec<User>,
    /// Without `--replace`: users of the populations the file covers that it does not
    /// mention (kept; `--replace` would delete them).
    pub(crate) absent: usize,
    pub(crate) new_populations: Vec<String>,
    pub(crate) new_groups: Vec<String>,
}

/// Canonical spellings of names that compare case-insensitively, with what is new.
pub(super) struct Names {
    pub(super) known: HashMap<String, String>,
    pub(super) new: Vec<String>,
}

impl Names {
    pub(super) fn new<'a>(existing: impl IntoIterator<Item = &'a String>) -> Names {
        Names {
            known: existing
                .into_iter()
                .map(|n| (n.to_lowercase(), n.clone()))
                .collect(),
            new: Vec::new(),
        }
    }

    pub(super) fn get(&self, name: &str) -> Option<&String> {
        self.known.get(&name.to_lowercase())
    }

    pub(super) fn get_or_add(&mut self, name: &str) -> String {
        if let Some(n) = self.get(name) {
            return n.clone();
        }
        self.known.insert(name.to_lowercase(), name.to_string());
        self.new.push(name.to_string());
        name.to_string()
    }
}

/// The changes `records` make to a directory holding `users`, `populations` and `groups`;
/// every problem of the file, or none. `now` stamps created and updated users.
pub fn plan(
    file: &str,
    records: &[Record],
    users: &[User],
    populations: &[String],
    groups: &[String],
    options: &Options,
    now: i64,
) -> Result<Plan, Vec<Problem>> {
    let mut rows = Rows {
        users,
        options,
        now,
        by_email: index_by(users, |u| &u.email),
        by_username: index_by(users, |u| &u.username),
        seen_email: HashMap::new(),
        seen_username: HashMap::new(),
        claimed: HashMap::new(),
        population_names: Names::new(populations),
        group_names: Names::new(groups),
        problems: Vec::new(),
    };
    let mut plan = Plan::default();
    // What every valid row ends as. Only the users that change are kept whole, so an
    // import of an unchanged file stays small.
    let mut outcomes: Vec<Outcome> = Vec::new();
    let mut changed: Vec<(User, Option<usize>)> = Vec::new();
    for rec in records {
        let Some((user, target)) = rows.read(rec) else {
            continue;
        };
        outcomes.push(Outcome {
            at: &rec.location,
            username: user.username.clone(),
            email: user.email.clone(),
            population: user.population.to_lowercase(),
        });
        match target {
            Some(t) if users[t] == user => plan.unchanged += 1,
            // A user an inbound rule brought in mirrors a team member: a change here
            // would be undone by the rule's next run, so the file must not make it (its
            // directory groups are the directory's own).
            Some(t) if users[t].provenance.is_some() && !only_groups_differ(&users[t], &user) => {
                let rule = users[t].provenance.clone().unwrap_or_default();
                let message = format!(
                    "{} was brought in by inbound rule {rule:?}, whose team is its source; change the member in Dropbox instead",
                    users[t].email
                );
                rows.problem(&rec.location, None, message);
            }
            _ => changed.push((user, target)),
        }
    }
    if options.replace {
        plan.deletes = rows.replaced(file, records.is_empty(), &outcomes);
    } else {
        plan.absent = rows.not_in_file(&outcomes).len();
    }
    rows.check_usernames_free(&plan.deletes, &outcomes);
    if !rows.problems.is_empty() {
        return Err(rows.problems);
    }
    for (mut user, target) in changed {
        match target {
            None => plan.creates.push(user),
            Some(t) => {
                user.updated_at = now;
                plan.updates.push((users[t].clone(), user));
            }
        }
    }
    plan.new_populations = rows.population_names.new;
    plan.new_groups = rows.group_names.new;
    Ok(plan)
}

pub(super) fn only_groups_differ(before: &User, after: &User) -> bool {
    let mut same = after.clone();
    same.groups = before.groups.clone();
    same == *before
}

pub(super) fn index_by(users: &[User], key: impl Fn(&User) -> &String) -> HashMap<String, usize> {
    users
        .iter()
        .enumerate()
        .map(|(i, u)| (key(u).to_lowercase(), i))
        .collect()
}

/// What a valid row ends as.
pub(super) struct Outcome<'a> {
    pub(super) at: &'a str,
    pub(super) username: String,
    pub(super) email: String,
    pub(super) population: String,
}

/// Reading the rows of one import against the directory, collecting every problem.
pub(super) struct Rows<'a> {
    pub(super) users: &'a [User],
    pub(super) options: &'a Options,
    pub(super) now: i64,
    pub(super) by_email: HashMap<String, usize>,
    pub(super) by_username: HashMap<String, usize>,
    pub(super) seen_email: HashMap<String, &'a str>,
    pub(super) seen_username: HashMap<String, &'a str>,
    /// Index of a directory user -> the row that matched it.
    pub(super) claimed: HashMap<usize, &'a str>,
    pub(super) population_names: Names,
    pub(super) group_names: Names,
    pub(super) problems: Vec<Problem>,
}

impl<'a> Rows<'a> {
    pub(super) fn problem(&mut self, at: &str, column: Option<&str>, message: impl Into<String>) {
        self.problems.push(problem(at, column, message));
    }

    /// The user a row makes (and the index of the directory user it changes), or `None`
    /// when the row has problems.
    pub(super) fn read(&mut self, rec: &'a Record) -> Option<(User, Option<usize>)> {
        let at = rec.location.as_str();
        let before = self.problems.len();
        let email = rec.email.as_deref().unwrap_or("").to_string();
        if email.is_empty() {
            self.problem(at, Some("email"), "the email is missing");
            return None;
        }
        self.check_identity(rec, &email);
        let enabled = self.enabled(rec);
        let population = self.population(rec);
        let member_of = self.groups(rec);
        let target = self.target(rec, &email);
        if self.problems.len() > before {
            return None;
        }
        let mut user = match target {
            Some(t) => self.users[t].clone(),
            None => self.new_user(&email),
        };
        user.email = email;
        set(&mut user.username, &rec.username);
        set(&mut user.given_name, &rec.given_name);
        set(&mut user.surname, &rec.surname);
        set(&mut user.enabled, &enabled);
        set(&mut user.population, &population);
        set(&mut user.groups, &member_of);
        for (k, v) in &rec.attributes {
            if v.is_empty() {
                user.attributes.remove(k);
            } else {
                user.attributes.insert(k.clone(), v.clone());
            }
        }
        Some((user, target))
    }

    /// Email, username and names: valid, and email and username once per file.
    pub(super) fn check_identity(&mut self, rec: &'a Record, email: &str) {
        let at = rec.location.as_str();
        if let Err(e) = validate_email(email) {
            self.problem(at, Some("email"), e.to_string());
        } else if let Some(first) = self.seen_email.insert(email.to_lowercase(), at) {
            let message = format!("duplicate email {email} (first at {first})");
            self.problem(at, Some("email"), message);
        }
        if let Some(username) = &rec.username {
            if let Err(e) = validate_username(username) {
                self.problem(at, Some("username"), e.to_string());
            } else if let Some(first) = self.seen_username.insert(username.to_lowercase(), at) {
                let message = format!("duplicate username {username} (first at {first})");
                self.problem(at, Some("username"), message);
            }
        }
        for (field, value) in [("given_name", &rec.given_name), ("surname", &rec.surname)] {
            if let Some(Err(e)) = value.as_deref().map(|v| validate_person_name(field, v)) {
                self.problem(at, Some(field), e.to_string());
            }
        }
    }

    pub(super) fn enabled(&mut self, rec: &Record) -> Option<bool> {
        let v = rec.enabled.as_deref()?;
        let parsed = parse_bool(v);
        if parsed.is_none() {
            let message = format!("{v:?} is not a boolean (true/false, yes/no, 1/0)");
            self.problem(&rec.location, Some("enabled"), message);
        }
        parsed
    }

    /// The row's population (or the import's), by its canonical name; created when the
    /// import may create populations.
    pub(super) fn population(&mut self, rec: &Record) -> Option<String> {
        let p = rec
            .population
            .as_deref()
            .or(self.options.population.as_deref())?;
        if let Some(canonical) = self.population_names.get(p) {
            return Some(canonical.clone());
        }
        if !self.options.create_populations {
            let message = format!("unknown population {p:?}");
            self.problem(&rec.location, Some("population"), message);
            return None;
        }
        match validate_collection_name("population", p) {
            Ok(()) => Some(self.population_names.get_or_add(p)),
            Err(e) => {
                self.problem(&rec.location, Some("population"), e.to_string());
                None
            }
        }
    }

    /// The row's groups by their canonical names, once each, sorted.
    pub(super) fn groups(&mut self, rec: &Record) -> Option<Vec<String>> {
        let names = rec.groups.as_ref()?;
        let mut list: Vec<String> = Vec::new();
        for g in names {
            match validate_collection_name("group", g) {
                Ok(()) => {
                    let canonical = self.group_names.get_or_add(g);
                    if !list.iter().any(|x| x.eq_ignore_ascii_case(&canonical)) {
                        list.push(canonical);
                    }
                }
                Err(e) => self.problem(&rec.location, Some("groups"), e.to_string()),
            }
        }
        list.sort_by_key(|g| g.to_lowercase());
        Some(list)
    }

    /// The directory user the row changes: by email, else by username; each once.
    pub(super) fn target(&mut self, rec: &'a Record, email: &str) -> Option<usize> {
        let at = rec.location.as_str();
        let by_mail = self.by_email.get(&email.to_lowercase()).copied();
        let by_name = rec
            .username
            .as_ref()
            .and_then(|u| self.by_username.get(&u.to_lowercase()).copied());
        let target = match (by_mail, by_name) {
            (Some(a), Some(b)) if a != b => {
                let other = &self.users[b];
                let message = format!(
                    "username {} belongs to another user ({})",
                    other.username, other.email
                );
                self.problem(at, Some("username"), message);
                return None;
            }
            (Some(a), _) => Some(a),
            (None, b) => b,
        }?;
        if let Some(first) = self.claimed.insert(target, at) {
            let message = format!(
                "matches the same user as {first} ({})",
                self.users[target].email
            );
            self.problem(at, None, message);
        }
        Some(target)
    }

    pub(super) fn new_user(&self, email: &str) -> User {
        let default_population = self
            .options
            .population
            .as_deref()
            .unwrap_or(DEFAULT_POPULATION);
        User {
            id: new_id("u-"),
            username: email.to_string(),
            email: email.to_string(),
            given_name: String::new(),
            surname: String::new(),
            enabled: true,
            population: self
                .population_names
                .get(default_population)
                .cloned()
                .unwrap_or_else(|| default_population.to_string()),
            attributes: BTreeMap::new(),
            groups: Vec::new(),
            provenance: None,
            created_at: self.now,
            updated_at: self.now,
        }
    }

    /// `--replace`: the users of the file's populations that no row matched (and that no
    /// other source owns) are deleted. A file without rows would delete them all: refused.
    pub(super) fn replaced(
        &mut self,
        file: &str,
        no_rows: bool,
        outcomes: &[Outcome<'_>],
    ) -> Vec<User> {
        if no_rows {
            self.problem(
                file,
                None,
                "--replace with a file without rows would delete every user of the population; refused",
            );
        }
        self.not_in_file(outcomes)
    }

    /// The directory's users of the populations the file covers that no row names (an
    /// inbound rule's users aside: the team is their source).
    pub(super) fn not_in_file(&self, outcomes: &[Outcome<'_>]) -> Vec<User> {
        let covered: HashSet<&String> = outcomes.iter().map(|o| &o.population).collect();
        self.users
            .iter()
            .enumerate()
            .filter(|(i, u)| {
                !self.claimed.contains_key(i)
                    && u.provenance.is_none()
                    && covered.contains(&u.population.to_lowercase())
            })
            .map(|(_, u)| u.clone())
            .collect()
    }

    /// Usernames stay unique: a new user's default username (its email) may be the
    /// username of a user the file does not mention.
    pub(super) fn check_usernames_free(&mut self, deletes: &[User], outcomes: &[Outcome<'_>]) {
        let mut taken: HashMap<String, String> = HashMap::new();
        let deleted: HashSet<&str> = deletes.iter().map(|u| u.id.as_str()).collect();
        for (i, u) in self.users.iter().enumerate() {
            if !self.claimed.contains_key(&i) && !deleted.contains(u.id.as_str()) {
                taken.insert(u.username.to_lowercase(), u.email.clone());
            }
        }
        for o in outcomes {
            if let Some(holder) = taken.insert(o.username.to_lowercase(), o.email.clone()) {
                let message = format!("username {} is taken by {holder}", o.username);
                self.problem(o.at, Some("username"), message);
            }
        }
    }
}

/// The fields an update changes, by name.
pub fn changed_fields(before: &User, after: &User) -> Vec<String> {
    let mut fields = Vec::new();
    for (name, changed) in [
        ("username", before.username != after.username),
        ("email", before.email != after.email),
        ("given_name", before.given_name != after.given_name),
        ("surname", before.surname != after.surname),
        ("enabled", before.enabled != after.enabled),
        ("population", before.population != after.population),
        ("groups", before.groups != after.groups),
    ] {
        if changed {
            fields.push(name.to_string());
        }
    }
    let keys: std::collections::BTreeSet<&String> = before
        .attributes
        .keys()
        .chain(after.attributes.keys())
        .collect();
    for k in keys {
        if before.attributes.get(k) != after.attributes.get(k) {
            fields.push(k.clone());
        }
    }
    fields
}

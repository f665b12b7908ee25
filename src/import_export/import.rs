//! Import: read a CSV or JSON file into [`Record`]s, then [`plan`] the changes — every
//! problem of the whole file is found before anything is written.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::io::Read;

use serde::Serialize;
use serde_json::Value;

use super::Format;
use crate::model::{
    new_id, parse_bool, set, validate_attribute_key, validate_collection_name, validate_email,
    validate_person_name, validate_username, User, DEFAULT_POPULATION, KNOWN_COLUMNS,
};

/// One row (CSV) or item (JSON) as read. `None`: the file does not say.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Record {
    /// `users.csv:12` or `users.json item 3`.
    pub location: String,
    pub username: Option<String>,
    pub email: Option<String>,
    pub given_name: Option<String>,
    pub surname: Option<String>,
    pub enabled: Option<String>,
    pub population: Option<String>,
    pub groups: Option<Vec<String>>,
    /// An empty value removes the attribute.
    pub attributes: BTreeMap<String, String>,
}

/// Something wrong in the file, with where it is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub location: String,
    pub column: Option<String>,
    pub message: String,
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
pub fn grouped(problems: &[Problem]) -> Vec<String> {
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
fn rows_of(at: &[&str]) -> String {
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

fn problem(location: &str, column: Option<&str>, message: impl Into<String>) -> Problem {
    Problem {
        location: location.to_string(),
        column: column.map(str::to_string),
        message: message.into(),
    }
}

/// A column of the file: a known user field, or an attribute.
#[derive(Clone, Debug)]
enum Column {
    Known(&'static str),
    Attribute(String),
}

fn column_of(header: &str) -> Result<Column, String> {
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
    fn set(&mut self, column: &Column, value: &str) {
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

/// Reads a whole file. Problems of form (a ragged row, bad UTF-8, a nameless column) are
/// returned beside the records that could be read.
pub fn read(name: &str, input: impl Read, format: Format) -> (Vec<Record>, Vec<Problem>) {
    match format {
        Format::Csv => read_csv(name, input),
        Format::Json => read_json(name, input),
    }
}

/// The longest line a directory file may have: a longer one is no directory file
/// (`/dev/zero` has no line end at all), and reading it is given up at once.
pub const MAX_LINE_BYTES: usize = 1 << 20;

/// A reader that remembers where its lines end, for line numbers from byte offsets (the
/// csv crate miscounts lines after CRLF), and refuses a line longer than
/// [`MAX_LINE_BYTES`], so that a file is read as it streams, never held whole.
struct Lines<R> {
    inner: R,
    offset: u64,
    newlines: Vec<u64>,
    since_newline: usize,
}

impl<R: Read> Lines<R> {
    fn new(inner: R) -> Lines<R> {
        Lines {
            inner,
            offset: 0,
            newlines: Vec::new(),
            since_newline: 0,
        }
    }

    /// The line a record starting at byte `offset` is on.
    fn line_at(&self, offset: u64) -> u64 {
        // After CRLF the csv crate reports a record as starting at the '\n' that ends
        // the line before it: count that byte too.
        1 + self.newlines.partition_point(|n| *n < offset + 1) as u64
    }
}

impl<R: Read> Read for Lines<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        for (i, b) in buf[..n].iter().enumerate() {
            if *b == b'\n' {
                self.newlines.push(self.offset + i as u64);
                self.since_newline = 0;
            } else {
                self.since_newline += 1;
                if self.since_newline > MAX_LINE_BYTES {
                    return Err(std::io::Error::other(format!(
                        "line {} is longer than {} MiB: this is not a directory file",
                        self.newlines.len() + 1,
                        MAX_LINE_BYTES >> 20
                    )));
                }
            }
        }
        self.offset += n as u64;
        Ok(n)
    }
}

/// Why a header has no email column, with the header as read: a file separated by `;`
/// or tabs reads as one column, which the admin must see to understand.
fn no_email_column(headers: &csv::StringRecord) -> String {
    let read: Vec<&str> = headers.iter().collect();
    let mut said = format!("there is no email column (the header read: {read:?})");
    if let Some(sep) = [';', '\t']
        .into_iter()
        .find(|c| read.iter().any(|h| h.contains(*c)))
    {
        let sep = if sep == ';' { "';'" } else { "tabs" };
        said.push_str(&format!(
            "; the file seems separated by {sep}: dbxprov reads commas (export it as CSV with commas)"
        ));
    }
    said
}

/// Column names HR exports use for a known column, with the known column.
const LOOKALIKES: [(&str, &str); 9] = [
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
fn lookalike_problems<'a>(
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

fn read_csv(name: &str, input: impl Read) -> (Vec<Record>, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(Lines::new(input));
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            return (
                Vec::new(),
                vec![problem(
                    &format!("{name}:1"),
                    None,
                    format!("cannot read the header: {e}"),
                )],
            )
        }
    };
    let header_at = format!("{name}:1");
    let mut columns = Vec::new();
    let mut seen = HashSet::new();
    for (i, h) in headers.iter().enumerate() {
        if h.trim().is_empty() {
            problems.push(problem(
                &header_at,
                None,
                format!("column {} has no name", i + 1),
            ));
            columns.push(None);
            continue;
        }
        if !seen.insert(h.trim().to_lowercase()) {
            problems.push(problem(
                &header_at,
                Some(h.trim()),
                "the column appears twice",
            ));
            columns.push(None);
            continue;
        }
        match column_of(h) {
            Ok(c) => columns.push(Some(c)),
            Err(message) => {
                problems.push(problem(&header_at, Some(h.trim()), message));
                columns.push(None);
            }
        }
    }
    problems.extend(lookalike_problems(&header_at, headers.iter()));
    if !columns
        .iter()
        .any(|c| matches!(c, Some(Column::Known("email"))))
    {
        problems.push(problem(&header_at, None, no_email_column(&headers)));
    }
    let mut records = Vec::new();
    let mut row = csv::StringRecord::new();
    loop {
        let result = reader.read_record(&mut row);
        let line_at = |p: &csv::Position| reader.get_ref().line_at(p.byte());
        match result {
            Ok(false) => break,
            Ok(true) => {
                let line = row.position().map_or(0, line_at);
                let mut record = Record {
                    location: format!("{name}:{line}"),
                    ..Record::default()
                };
                for (column, value) in columns.iter().zip(row.iter()) {
                    if let Some(column) = column {
                        record.set(column, value);
                    }
                }
                records.push(record);
            }
            Err(e) => {
                let line = e.position().map_or(0, line_at);
                let message = match e.kind() {
                    csv::ErrorKind::UnequalLengths {
                        expected_len, len, ..
                    } => format!("the row has {len} fields; the header has {expected_len}"),
                    csv::ErrorKind::Utf8 { .. } => "the row is not valid UTF-8".to_string(),
                    // The file cannot be read on: what was read is reported, not kept.
                    csv::ErrorKind::Io(io) => {
                        problems.push(problem(name, None, format!("cannot read the file: {io}")));
                        return (Vec::new(), problems);
                    }
                    _ => e.to_string(),
                };
                problems.push(problem(&format!("{name}:{line}"), None, message));
            }
        }
    }
    (records, problems)
}

/// The largest JSON directory file (a JSON file may be one line): some million users.
pub const MAX_JSON_BYTES: u64 = 512 << 20;

/// A reader that refuses to read past `limit` bytes.
struct Capped<R> {
    inner: R,
    read: u64,
    limit: u64,
}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        if self.read > self.limit {
            return Err(std::io::Error::other(format!(
                "the file is larger than {} MiB: this is not a directory file",
                self.limit >> 20
            )));
        }
        Ok(n)
    }
}

/// The visitor methods of every JSON scalar (string, number, boolean, null), answering
/// `$value`.
macro_rules! scalars {
    ($value:expr) => {
        fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
            Ok($value)
        }
        fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
            Ok($value)
        }
        fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
            Ok($value)
        }
        fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
            Ok($value)
        }
        fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
            Ok($value)
        }
        fn visit_unit<E>(self) -> Result<Self::Value, E> {
            Ok($value)
        }
    };
}

/// A JSON directory file as read: an array whose objects keep every key as written, a
/// key given twice included (a JSON map keeps only the last, and an import must not
/// silently drop a value it was given).
enum JsonFile {
    Array(Vec<JsonItem>),
    Other,
}

enum JsonItem {
    Object(Vec<(String, Value)>),
    Other,
}

impl<'de> serde::Deserialize<'de> for JsonFile {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = JsonFile;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut a: A,
            ) -> Result<JsonFile, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = a.next_element()? {
                    items.push(item);
                }
                Ok(JsonFile::Array(items))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, a: A) -> Result<JsonFile, A::Error> {
                drain_map(a).map(|()| JsonFile::Other)
            }
            scalars!(JsonFile::Other);
        }
        d.deserialize_any(Visit)
    }
}

impl<'de> serde::Deserialize<'de> for JsonItem {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = JsonItem;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut a: A,
            ) -> Result<JsonItem, A::Error> {
                let mut fields = Vec::new();
                while let Some(entry) = a.next_entry()? {
                    fields.push(entry);
                }
                Ok(JsonItem::Object(fields))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut a: A,
            ) -> Result<JsonItem, A::Error> {
                while a.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                Ok(JsonItem::Other)
            }
            scalars!(JsonItem::Other);
        }
        d.deserialize_any(Visit)
    }
}

fn drain_map<'de, A: serde::de::MapAccess<'de>>(mut a: A) -> Result<(), A::Error> {
    while a
        .next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?
        .is_some()
    {}
    Ok(())
}

fn read_json(name: &str, input: impl Read) -> (Vec<Record>, Vec<Problem>) {
    let input = Capped {
        inner: input,
        read: 0,
        limit: MAX_JSON_BYTES,
    };
    let value: JsonFile = match serde_json::from_reader(std::io::BufReader::new(input)) {
        Ok(v) => v,
        Err(e) => {
            return (
                Vec::new(),
                vec![problem(
                    &format!("{name}:{}", e.line()),
                    None,
                    format!("not valid JSON: {e}"),
                )],
            )
        }
    };
    let JsonFile::Array(items) = value else {
        return (
            Vec::new(),
            vec![problem(name, None, "expected an array of user objects")],
        );
    };
    let mut records = Vec::new();
    let mut problems = Vec::new();
    let mut keys = std::collections::BTreeSet::new();
    for (i, item) in items.into_iter().enumerate() {
        let location = format!("{name} item {}", i + 1);
        let JsonItem::Object(fields) = item else {
            problems.push(problem(&location, None, "expected an object"));
            continue;
        };
        let mut record = Record {
            location: location.clone(),
            ..Record::default()
        };
        let mut seen = HashSet::new();
        for (key, value) in fields {
            if !seen.insert(key.trim().to_lowercase()) {
                problems.push(problem(&location, Some(&key), "the key appears twice"));
                continue;
            }
            keys.insert(key.trim().to_string());
            let column = match column_of(&key) {
                Ok(c) => c,
                Err(message) => {
                    problems.push(problem(&location, Some(&key), message));
                    continue;
                }
            };
            let text = match (&column, value) {
                (_, Value::Null) => continue,
                (_, Value::String(s)) => s,
                (_, Value::Bool(b)) => b.to_string(),
                (_, Value::Number(n)) => n.to_string(),
                (Column::Known("groups"), Value::Array(groups)) => {
                    let mut names = Vec::new();
                    for g in groups {
                        match g {
                            Value::String(s) => names.push(s),
                            _ => problems.push(problem(
                                &location,
                                Some(&key),
                                "group names must be strings",
                            )),
                        }
                    }
                    names.join(";")
                }
                _ => {
                    problems.push(problem(
                        &location,
                        Some(&key),
                        "expected a string, number or boolean",
                    ));
                    continue;
                }
            };
            record.set(&column, &text);
        }
        records.push(record);
    }
    problems.extend(lookalike_problems(name, keys.iter().map(String::as_str)));
    (records, problems)
}

/// How an import treats the file.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The population of rows that name none.
    pub population: Option<String>,
    /// The file is authoritative for the populations it covers: their users missing from
    /// the file are deleted.
    pub replace: bool,
    pub create_populations: bool,
}

/// What an import will do.
#[derive(Clone, Debug, Default)]
pub struct Plan {
    pub creates: Vec<User>,
    /// (before, after)
    pub updates: Vec<(User, User)>,
    pub unchanged: usize,
    pub deletes: Vec<User>,
    /// Without `--replace`: users of the populations the file covers that it does not
    /// mention (kept; `--replace` would delete them).
    pub absent: usize,
    pub new_populations: Vec<String>,
    pub new_groups: Vec<String>,
}

/// Canonical spellings of names that compare case-insensitively, with what is new.
struct Names {
    known: HashMap<String, String>,
    new: Vec<String>,
}

impl Names {
    fn new<'a>(existing: impl IntoIterator<Item = &'a String>) -> Names {
        Names {
            known: existing
                .into_iter()
                .map(|n| (n.to_lowercase(), n.clone()))
                .collect(),
            new: Vec::new(),
        }
    }

    fn get(&self, name: &str) -> Option<&String> {
        self.known.get(&name.to_lowercase())
    }

    fn get_or_add(&mut self, name: &str) -> String {
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

fn only_groups_differ(before: &User, after: &User) -> bool {
    let mut same = after.clone();
    same.groups = before.groups.clone();
    same == *before
}

fn index_by(users: &[User], key: impl Fn(&User) -> &String) -> HashMap<String, usize> {
    users
        .iter()
        .enumerate()
        .map(|(i, u)| (key(u).to_lowercase(), i))
        .collect()
}

/// What a valid row ends as.
struct Outcome<'a> {
    at: &'a str,
    username: String,
    email: String,
    population: String,
}

/// Reading the rows of one import against the directory, collecting every problem.
struct Rows<'a> {
    users: &'a [User],
    options: &'a Options,
    now: i64,
    by_email: HashMap<String, usize>,
    by_username: HashMap<String, usize>,
    seen_email: HashMap<String, &'a str>,
    seen_username: HashMap<String, &'a str>,
    /// Index of a directory user -> the row that matched it.
    claimed: HashMap<usize, &'a str>,
    population_names: Names,
    group_names: Names,
    problems: Vec<Problem>,
}

impl<'a> Rows<'a> {
    fn problem(&mut self, at: &str, column: Option<&str>, message: impl Into<String>) {
        self.problems.push(problem(at, column, message));
    }

    /// The user a row makes (and the index of the directory user it changes), or `None`
    /// when the row has problems.
    fn read(&mut self, rec: &'a Record) -> Option<(User, Option<usize>)> {
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
    fn check_identity(&mut self, rec: &'a Record, email: &str) {
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

    fn enabled(&mut self, rec: &Record) -> Option<bool> {
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
    fn population(&mut self, rec: &Record) -> Option<String> {
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
    fn groups(&mut self, rec: &Record) -> Option<Vec<String>> {
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
    fn target(&mut self, rec: &'a Record, email: &str) -> Option<usize> {
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

    fn new_user(&self, email: &str) -> User {
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
    fn replaced(&mut self, file: &str, no_rows: bool, outcomes: &[Outcome<'_>]) -> Vec<User> {
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
    fn not_in_file(&self, outcomes: &[Outcome<'_>]) -> Vec<User> {
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
    fn check_usernames_free(&mut self, deletes: &[User], outcomes: &[Outcome<'_>]) {
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

#[cfg(test)]
mod tests;

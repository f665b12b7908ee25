//! Reading a JSON directory file: an array of user objects, at most [`MAX_JSON_BYTES`];
//! a key given twice in one object is a problem, never a silent choice.

use std::collections::HashSet;
use std::io::Read;

use serde_json::Value;

use super::record::*;

/// The largest JSON directory file (a JSON file may be one line): some million users.
pub(crate) const MAX_JSON_BYTES: u64 = 512 << 20;

/// A reader that refuses to read past `limit` bytes.
pub(super) struct Capped<R> {
    pub(super) inner: R,
    pub(super) read: u64,
    pub(super) limit: u64,
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
pub(super) enum JsonFile {
    Array(Vec<JsonItem>),
    Other,
}

pub(super) enum JsonItem {
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

pub(super) fn drain_map<'de, A: serde::de::MapAccess<'de>>(mut a: A) -> Result<(), A::Error> {
    while a
        .next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?
        .is_some()
    {}
    Ok(())
}

pub(super) fn read_json(name: &str, input: impl Read) -> (Vec<Record>, Vec<Problem>) {
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

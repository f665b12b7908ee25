//! Owns the JSON shapes of Stone union members, as Dropbox serializes them: a member
//! holding a value (`tagged`) and a member holding a struct (`flattened`). A leaf.

use serde_json::{Map, Value};

/// A union member holding a primitive or a list: `{".tag": tag, tag: value}`.
pub(crate) fn tagged(tag: &str, value: impl Into<Value>) -> Value {
    let mut map = Map::new();
    map.insert(".tag".into(), tag.into());
    map.insert(tag.into(), value.into());
    Value::Object(map)
}

/// A union member holding a struct: the struct's fields FLATTENED next to the tag.
pub(crate) fn flattened(tag: &str, fields: Value) -> Value {
    let mut map = Map::new();
    map.insert(".tag".into(), tag.into());
    if let Value::Object(fields) = fields {
        map.extend(fields);
    }
    Value::Object(map)
}

//! Owns the JSON shapes of Stone union members, as Dropbox serializes them: a member
//! holding a value (`tagged`) and a member holding a struct (`flattened`), and how a
//! request may send a member holding nothing (`void_tag`). A leaf.

use serde::de::Error;
use serde::{Deserialize, Deserializer};
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

/// Reads a union member that holds nothing, in either form a request may send it: the
/// bare string `"x"` or `{".tag": "x"}`. A tag not among `tags` (a closed union) or any
/// other field is refused, as the real service refuses them with a 400.
pub(crate) fn void_tag<'de, D: Deserializer<'de>>(
    deserializer: D,
    tags: &[&'static str],
) -> Result<&'static str, D::Error> {
    let value = Value::deserialize(deserializer)?;
    let tag = match &value {
        Value::String(tag) => tag.as_str(),
        Value::Object(map) => {
            if let Some(field) = map.keys().find(|k| k.as_str() != ".tag") {
                return Err(D::Error::custom(format!("unknown field `{field}`")));
            }
            map.get(".tag")
                .and_then(Value::as_str)
                .ok_or_else(|| D::Error::custom("missing field `.tag`"))?
        }
        _ => return Err(D::Error::custom("expected a union tag")),
    };
    tags.iter()
        .find(|t| **t == tag)
        .copied()
        .ok_or_else(|| D::Error::custom(format!("unknown tag `{tag}`")))
}

//! Time as dbxprov shows it: Unix seconds inside, RFC 3339 in UTC
//! (`2026-12-03T10:00:00Z`) in every table and JSON document, so a script reads one
//! format everywhere. The serde helpers here are what every timestamp field uses.

/// Unix seconds as RFC 3339 (`2026-11-27T08:30:02Z`).
pub(crate) fn rfc3339(unix: i64) -> String {
    let t = std::time::UNIX_EPOCH + std::time::Duration::from_secs(unix.max(0) as u64);
    humantime::format_rfc3339_seconds(t).to_string()
}

/// RFC 3339 in UTC (`2026-12-03T10:00:00Z`) as Unix seconds.
pub(crate) fn parse_rfc3339(text: &str) -> Option<i64> {
    let t = humantime::parse_rfc3339(text.trim()).ok()?;
    let secs = t.duration_since(std::time::UNIX_EPOCH).ok()?.as_secs();
    i64::try_from(secs).ok()
}

/// `#[serde(with = "as_rfc3339")]` on an `i64` of Unix seconds: written as RFC 3339;
/// read from RFC 3339 or from the plain number that documents stored by earlier
/// versions hold.
pub(crate) mod as_rfc3339 {
    use serde::de::{self, Deserializer, Visitor};
    use serde::Serializer;

    pub(crate) fn serialize<S: Serializer>(unix: &i64, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&crate::model::time::rfc3339(*unix))
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<i64, D::Error> {
        d.deserialize_any(Seconds)
    }

    struct Seconds;

    impl Visitor<'_> for Seconds {
        type Value = i64;

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a time in RFC 3339 or Unix seconds")
        }

        fn visit_i64<E: de::Error>(self, v: i64) -> Result<i64, E> {
            Ok(v)
        }

        fn visit_u64<E: de::Error>(self, v: u64) -> Result<i64, E> {
            i64::try_from(v).map_err(E::custom)
        }

        fn visit_str<E: de::Error>(self, v: &str) -> Result<i64, E> {
            crate::model::time::parse_rfc3339(v)
                .ok_or_else(|| E::custom(format!("{v:?} is not RFC 3339")))
        }
    }
}

/// [`as_rfc3339`] for an `Option<i64>` (`null` when absent).
pub(crate) mod as_rfc3339_opt {
    use serde::{Deserialize, Deserializer, Serializer};

    pub(crate) fn serialize<S: Serializer>(unix: &Option<i64>, s: S) -> Result<S::Ok, S::Error> {
        match unix {
            Some(t) => crate::model::time::as_rfc3339::serialize(t, s),
            None => s.serialize_none(),
        }
    }

    // Serde's `with` needs both halves; dbxprov only writes these fields, the tests read
    // them back.
    #[allow(dead_code)]
    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
        #[derive(Deserialize)]
        struct Wrapped(#[serde(with = "crate::model::time::as_rfc3339")] i64);
        Ok(Option::<Wrapped>::deserialize(d)?.map(|w| w.0))
    }
}

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Serialize};

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Stamped {
        #[serde(with = "super::as_rfc3339")]
        at: i64,
        #[serde(with = "super::as_rfc3339_opt", default)]
        until: Option<i64>,
    }

    #[test]
    fn times_are_written_in_rfc3339_and_read_in_either_form() {
        let s = Stamped {
            at: 1_796_292_000,
            until: None,
        };
        let text = serde_json::to_string(&s).unwrap();
        assert_eq!(text, r#"{"at":"2026-12-03T10:00:00Z","until":null}"#);
        assert_eq!(serde_json::from_str::<Stamped>(&text).unwrap(), s);
        let older: Stamped = serde_json::from_str(r#"{"at":1796292000,"until":5}"#).unwrap();
        assert_eq!((older.at, older.until), (1_796_292_000, Some(5)));
        assert!(serde_json::from_str::<Stamped>(r#"{"at":"yesterday"}"#).is_err());
    }
}

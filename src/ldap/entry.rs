//! Entries as the server sent them, parsed from the protocol's structure ourselves: every
//! value kept as bytes (an `objectGUID` is binary, and may happen to be valid UTF-8), a
//! malformed entry an error instead of a panic, and the range option of AD's ranged
//! attributes (`member;range=0-1499`) read off the attribute's name.

use ldap3::asn1::{StructureTag, PL};

/// One attribute of an entry: its name as the server spelled it (options removed), its
/// values, and the range they cover when the server sent only part of them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Attribute {
    pub(crate) name: String,
    pub(crate) values: Vec<Vec<u8>>,
    pub(crate) range: Option<Range>,
}

/// `range=LOW-HIGH` (zero-based, inclusive); `high` is `None` for `*`: the last values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Range {
    pub(crate) low: u64,
    pub(crate) high: Option<u64>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Entry {
    pub(crate) dn: String,
    pub(crate) attributes: Vec<Attribute>,
}

impl Entry {
    /// The values of `name` (any case), when the entry has it.
    pub(crate) fn values(&self, name: &str) -> Option<&[Vec<u8>]> {
        self.attributes
            .iter()
            .find(|a| a.name.eq_ignore_ascii_case(name))
            .map(|a| a.values.as_slice())
    }

    /// The values of `name` as text (invalid UTF-8 replaced).
    pub(crate) fn texts(&self, name: &str) -> Vec<String> {
        self.values(name)
            .unwrap_or_default()
            .iter()
            .map(|v| String::from_utf8_lossy(v).into_owned())
            .collect()
    }

    /// The first value of `name` as text.
    pub(crate) fn text(&self, name: &str) -> Option<String> {
        self.texts(name).into_iter().next()
    }

    /// The attributes sent in part, and the low end of the range to ask for next.
    pub(crate) fn unfinished_ranges(&self) -> Vec<(String, u64)> {
        self.attributes
            .iter()
            .filter_map(|a| match a.range {
                Some(Range {
                    high: Some(high), ..
                }) => Some((a.name.clone(), high + 1)),
                _ => None,
            })
            .collect()
    }

    /// Adds values of `name`, as one attribute whatever the options they came under (AD
    /// sends a ranged attribute empty, then its first range, as two); a range given
    /// becomes the attribute's.
    pub(crate) fn merge(&mut self, name: String, values: Vec<Vec<u8>>, range: Option<Range>) {
        match self
            .attributes
            .iter_mut()
            .find(|a| a.name.eq_ignore_ascii_case(&name))
        {
            Some(a) => {
                a.values.extend(values);
                a.range = range.or(a.range);
            }
            None => self.attributes.push(Attribute {
                name,
                values,
                range,
            }),
        }
    }
}

/// Splits `member;range=0-1499` (or `member;Range=1500-*`) into the name and the range;
/// other options (`;binary`, language tags) are dropped.
fn description(text: &str) -> (String, Option<Range>) {
    let mut parts = text.split(';');
    let name = parts.next().unwrap_or_default().to_string();
    let range = parts.find_map(|option| {
        let (key, value) = option.split_once('=')?;
        if !key.eq_ignore_ascii_case("range") {
            return None;
        }
        let (low, high) = value.split_once('-')?;
        Some(Range {
            low: low.parse().ok()?,
            high: if high == "*" {
                None
            } else {
                Some(high.parse().ok()?)
            },
        })
    });
    (name, range)
}

fn primitive(tag: StructureTag) -> Option<Vec<u8>> {
    match tag.payload {
        PL::P(bytes) => Some(bytes),
        PL::C(_) => None,
    }
}

fn constructed(tag: StructureTag) -> Option<Vec<StructureTag>> {
    match tag.payload {
        PL::C(inner) => Some(inner),
        PL::P(_) => None,
    }
}

/// A SearchResultEntry (`[APPLICATION 4] SEQUENCE { objectName, attributes }`, RFC
/// 4511 §4.5.2) as an [`Entry`]; `None` when it is not one or is malformed.
pub(crate) fn parse_entry(tag: StructureTag) -> Option<Entry> {
    if tag.id != 4 {
        return None;
    }
    let mut parts = constructed(tag)?.into_iter();
    let dn = String::from_utf8(primitive(parts.next()?)?).ok()?;
    let mut entry = Entry {
        dn,
        attributes: Vec::new(),
    };
    for attribute in constructed(parts.next()?)? {
        let mut pair = constructed(attribute)?.into_iter();
        let (name, range) = description(&String::from_utf8(primitive(pair.next()?)?).ok()?);
        let values = constructed(pair.next()?)?
            .into_iter()
            .map(primitive)
            .collect::<Option<Vec<_>>>()?;
        entry.merge(name, values, range);
    }
    Some(entry)
}

/// A 16-byte `objectGUID` in the form AD's tools show it: the first three fields are
/// little-endian on the wire.
pub(crate) fn guid_text(bytes: &[u8]) -> Option<String> {
    let b: [u8; 16] = bytes.try_into().ok()?;
    Some(format!(
        "{:02x}{:02x}{:02x}{:02x}-{:02x}{:02x}-{:02x}{:02x}-{:02x}{:02x}-{:02x}{:02x}{:02x}{:02x}{:02x}{:02x}",
        b[3], b[2], b[1], b[0], b[5], b[4], b[7], b[6], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn range_options_are_read_off_the_name() {
        assert_eq!(
            description("member;range=0-1499"),
            (
                "member".into(),
                Some(Range {
                    low: 0,
                    high: Some(1499)
                })
            )
        );
        assert_eq!(
            description("member;Range=1500-*"),
            (
                "member".into(),
                Some(Range {
                    low: 1500,
                    high: None
                })
            )
        );
        assert_eq!(
            description("userCertificate;binary"),
            ("userCertificate".into(), None)
        );
        assert_eq!(description("mail"), ("mail".into(), None));
    }

    #[test]
    fn an_attribute_sent_whole_and_ranged_is_one_attribute_of_that_range() {
        let mut e = Entry {
            dn: "cn=g".into(),
            attributes: Vec::new(),
        };
        e.merge("member".into(), Vec::new(), None);
        let first = Range {
            low: 0,
            high: Some(1),
        };
        e.merge(
            "member".into(),
            vec![b"a".to_vec(), b"b".to_vec()],
            Some(first),
        );
        assert_eq!(e.attributes.len(), 1);
        assert_eq!(e.unfinished_ranges(), [("member".to_string(), 2)]);
        e.merge(
            "member".into(),
            vec![b"c".to_vec()],
            Some(Range { low: 2, high: None }),
        );
        assert_eq!(e.values("member").unwrap().len(), 3);
        assert!(e.unfinished_ranges().is_empty());
    }

    #[test]
    fn guids_read_as_ad_shows_them() {
        let wire = [
            0x33, 0x22, 0x11, 0x00, 0x55, 0x44, 0x77, 0x66, 0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd,
            0xee, 0xff,
        ];
        assert_eq!(
            guid_text(&wire).unwrap(),
            "00112233-4455-6677-8899-aabbccddeeff"
        );
        assert_eq!(guid_text(&wire[..15]), None);
    }
}

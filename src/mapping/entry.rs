//! An LDAP entry as inbound expressions read it (`entry`): its attributes by name in any
//! case (`entry.givenName`, `entry.givenname`), one value as text and several as a
//! list, `entry.dn`, and binary values in a readable form (an `objectGUID` as AD's tools
//! show it, anything else that is not UTF-8 as hex).

use std::sync::Arc;

use minijinja::value::{Enumerator, Object, Value};

use crate::ldap::{guid_text, Entry};

/// `entry` for one entry.
pub(crate) fn entry_value(entry: &Entry) -> Value {
    let mut attributes: Vec<(String, Value)> = entry
        .attributes
        .iter()
        .filter(|a| !a.values.is_empty())
        .map(|a| (a.name.clone(), values(&a.name, &a.values)))
        .collect();
    attributes.push(("dn".into(), Value::from(entry.dn.clone())));
    Value::from_object(EntryObject { attributes })
}

fn values(name: &str, raw: &[Vec<u8>]) -> Value {
    let texts: Vec<String> = raw.iter().map(|v| readable(name, v)).collect();
    match texts.as_slice() {
        [one] => Value::from(one.clone()),
        _ => Value::from(texts),
    }
}

/// One value as text: a GUID as AD shows it, UTF-8 as it is, other bytes as hex.
fn readable(name: &str, value: &[u8]) -> String {
    if name.eq_ignore_ascii_case("objectGUID") {
        if let Some(guid) = guid_text(value) {
            return guid;
        }
    }
    match std::str::from_utf8(value) {
        Ok(text) => text.to_string(),
        Err(_) => value.iter().map(|b| format!("{b:02x}")).collect(),
    }
}

#[derive(Debug)]
struct EntryObject {
    /// In the server's order and spelling.
    attributes: Vec<(String, Value)>,
}

impl Object for EntryObject {
    fn get_value(self: &Arc<Self>, key: &Value) -> Option<Value> {
        let key = key.as_str()?;
        self.attributes
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(key))
            .map(|(_, v)| v.clone())
    }

    fn enumerate(self: &Arc<Self>) -> Enumerator {
        let names: Vec<Value> = self
            .attributes
            .iter()
            .map(|(n, _)| Value::from(n.clone()))
            .collect();
        Enumerator::Values(names)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ldap::Attribute;
    use crate::mapping::inbound::{InboundMapper, Source};
    use crate::model::LdapFlavor;

    fn attribute(name: &str, values: &[&[u8]]) -> Attribute {
        Attribute {
            name: name.into(),
            values: values.iter().map(|v| v.to_vec()).collect(),
            range: None,
        }
    }

    fn ad_user(uac: &str) -> Entry {
        Entry {
            dn: "CN=Ann Lee,OU=Staff,DC=corp,DC=example".into(),
            attributes: vec![
                attribute("mail", &[b"ann@corp.example"]),
                attribute("givenName", &[b"Ann"]),
                attribute("sn", &[b"Lee"]),
                attribute("sAMAccountName", &[b"alee"]),
                attribute("userAccountControl", &[uac.as_bytes()]),
                attribute(
                    "proxyAddresses",
                    &[b"SMTP:ann@corp.example", b"smtp:a@corp.example"],
                ),
                attribute("objectGUID", &[&[0xff; 16]]),
            ],
        }
    }

    #[test]
    fn active_directory_defaults_read_the_disabled_bit() {
        let ad = Source::Directory(LdapFlavor::ActiveDirectory);
        let mapper = InboundMapper::new(ad, &Default::default()).unwrap();
        let p = mapper.profile(&entry_value(&ad_user("512"))).unwrap();
        assert_eq!(
            (
                p.email.as_str(),
                p.username.as_str(),
                p.given_name.as_str(),
                p.surname.as_str()
            ),
            ("ann@corp.example", "alee", "Ann", "Lee")
        );
        assert!(p.enabled);
        // 514 = NORMAL_ACCOUNT | ACCOUNTDISABLE; 66050 adds DONT_EXPIRE_PASSWORD.
        for disabled in ["514", "66050"] {
            assert!(
                !mapper
                    .profile(&entry_value(&ad_user(disabled)))
                    .unwrap()
                    .enabled
            );
        }
    }

    #[test]
    fn the_attributes_a_rule_reads_are_asked_for_and_all_when_the_entry_is_read_whole() {
        let ad = Source::Directory(LdapFlavor::ActiveDirectory);
        let read = InboundMapper::new(ad, &Default::default())
            .unwrap()
            .attributes_read();
        let read: Vec<String> = read.unwrap().into_iter().collect();
        assert_eq!(
            read,
            [
                "givenName",
                "mail",
                "sAMAccountName",
                "sn",
                "userAccountControl"
            ]
        );
        let overrides = [(
            "attributes.x".to_string(),
            "entry.dn ~ entry.department | default('')".to_string(),
        )]
        .into();
        let read = InboundMapper::new(ad, &overrides)
            .unwrap()
            .attributes_read()
            .unwrap();
        assert!(read.contains("department") && read.contains("dn"));
        let whole = [(
            "attributes.x".to_string(),
            "entry['depart' ~ 'ment']".to_string(),
        )]
        .into();
        assert_eq!(
            InboundMapper::new(ad, &whole).unwrap().attributes_read(),
            None
        );
    }

    #[test]
    fn names_in_any_case_lists_for_several_values_and_the_dn() {
        let ad = Source::Directory(LdapFlavor::ActiveDirectory);
        let overrides = [
            ("given_name".to_string(), "entry.GIVENNAME".to_string()),
            (
                "attributes.aliases".to_string(),
                "entry.proxyAddresses | length | string".to_string(),
            ),
            ("attributes.dn".to_string(), "entry.DN".to_string()),
            (
                "attributes.guid".to_string(),
                "entry.objectguid".to_string(),
            ),
        ]
        .into();
        let p = InboundMapper::new(ad, &overrides)
            .unwrap()
            .profile(&entry_value(&ad_user("512")))
            .unwrap();
        assert_eq!(p.given_name, "Ann");
        assert_eq!(p.attributes["aliases"], "2");
        assert_eq!(p.attributes["dn"], "CN=Ann Lee,OU=Staff,DC=corp,DC=example");
        assert_eq!(p.attributes["guid"], "ffffffff-ffff-ffff-ffff-ffffffffffff");
    }
}

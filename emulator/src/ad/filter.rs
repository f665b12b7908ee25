//! LDAP filters over the server's entries as AD evaluates them: case-insensitive
//! equality, presence, substrings, `objectCategory=person` (a DN in the entry, a short
//! name in the filter), and the bitwise-AND matching rule (1.2.840.113556.1.4.803) used
//! on `userAccountControl`. Anything else matches nothing.

use ldap3_proto::proto::{LdapFilter, LdapSubstringFilter};

use super::entry::AdEntry;

const BIT_AND: &str = "1.2.840.113556.1.4.803";

pub fn matches(filter: &LdapFilter, e: &AdEntry) -> bool {
    match filter {
        LdapFilter::And(all) => all.iter().all(|f| matches(f, e)),
        LdapFilter::Or(any) => any.iter().any(|f| matches(f, e)),
        LdapFilter::Not(f) => !matches(f, e),
        LdapFilter::Present(name) => {
            name.eq_ignore_ascii_case("objectClass") || e.get(name).is_some()
        }
        LdapFilter::Equality(name, value) => equal(e, name, value),
        LdapFilter::Substring(name, sub) => substring(e, name, sub),
        LdapFilter::Extensible(rule) => {
            let (Some(oid), Some(name)) = (&rule.matching_rule, &rule.type_) else {
                return false;
            };
            let wanted: u64 = rule.match_value.parse().unwrap_or(0);
            oid == BIT_AND
                && texts(e, name)
                    .iter()
                    .any(|v| v.parse::<u64>().is_ok_and(|n| n & wanted == wanted))
        }
        _ => false,
    }
}

fn texts(e: &AdEntry, name: &str) -> Vec<String> {
    e.get(name)
        .map(|vs| {
            vs.iter()
                .map(|v| String::from_utf8_lossy(v).into_owned())
                .collect()
        })
        .unwrap_or_default()
}

fn equal(e: &AdEntry, name: &str, value: &str) -> bool {
    let category = name.eq_ignore_ascii_case("objectCategory");
    texts(e, name).iter().any(|v| {
        v.eq_ignore_ascii_case(value)
            || (category
                && v.split(',')
                    .next()
                    .and_then(|rdn| rdn.split_once('='))
                    .is_some_and(|(_, short)| short.eq_ignore_ascii_case(value)))
    })
}

fn substring(e: &AdEntry, name: &str, sub: &LdapSubstringFilter) -> bool {
    texts(e, name).iter().any(|v| {
        let v = v.to_lowercase();
        let mut rest = v.as_str();
        if let Some(initial) = &sub.initial {
            match rest.strip_prefix(&initial.to_lowercase()) {
                Some(r) => rest = r,
                None => return false,
            }
        }
        for any in &sub.any {
            match rest.find(&any.to_lowercase()) {
                Some(at) => rest = &rest[at + any.len()..],
                None => return false,
            }
        }
        sub.final_
            .as_ref()
            .is_none_or(|f| rest.ends_with(&f.to_lowercase()))
    })
}

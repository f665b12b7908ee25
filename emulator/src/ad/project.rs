//! What a search returns of an entry, as AD returns it: the attributes asked for (`*`:
//! all but the constructed ones), `memberOf` constructed from the groups' `member`, and a
//! multi-valued attribute over the server's MaxValRange sent in ranges — the whole
//! attribute empty and `member;range=0-1499` beside it, then `member;range=1500-*` when
//! asked for the rest.

use std::collections::HashMap;

use ldap3_proto::proto::LdapPartialAttribute;

use super::entry::AdEntry;

/// What a request asks of each entry.
pub struct Asked<'a> {
    pub attrs: &'a [String],
    pub max_val_range: usize,
    /// Group DNs by lower-cased member DN (for `memberOf`).
    pub member_of: &'a HashMap<String, Vec<Vec<u8>>>,
}

fn requested<'a>(asked: &'a [String], name: &str) -> Option<&'a String> {
    asked.iter().find(|a| {
        a.split(';')
            .next()
            .unwrap_or_default()
            .eq_ignore_ascii_case(name)
    })
}

pub fn project(e: &AdEntry, asked: &Asked<'_>) -> Vec<LdapPartialAttribute> {
    let all = asked.attrs.is_empty() || asked.attrs.iter().any(|a| a == "*");
    let mut attrs: Vec<(String, Vec<Vec<u8>>)> = e.attrs.clone();
    if let Some(groups) = asked.member_of.get(&e.dn.to_lowercase()) {
        attrs.push(("memberOf".into(), groups.clone()));
    }
    let mut out = Vec::new();
    for (name, vals) in attrs {
        let req = requested(asked.attrs, &name);
        if !all && req.is_none() {
            continue;
        }
        out.extend(ranged(
            &name,
            vals,
            req.map(String::as_str),
            asked.max_val_range,
        ));
    }
    out
}

/// One attribute's values, whole or the range asked for (or the first range).
fn ranged(
    name: &str,
    vals: Vec<Vec<u8>>,
    req: Option<&str>,
    max: usize,
) -> Vec<LdapPartialAttribute> {
    let range = req.and_then(|r| r.split(';').find_map(|p| p.strip_prefix("range=")));
    let low = match range {
        None if vals.len() <= max => {
            return vec![LdapPartialAttribute {
                atype: name.into(),
                vals,
            }];
        }
        None => 0,
        Some(r) => r
            .split_once('-')
            .and_then(|(l, _)| l.parse().ok())
            .unwrap_or(0),
    };
    let high = (low + max).min(vals.len());
    let tag = if high >= vals.len() {
        format!("{name};range={low}-*")
    } else {
        format!("{name};range={low}-{}", high - 1)
    };
    let mut out = Vec::new();
    if range.is_none() {
        out.push(LdapPartialAttribute {
            atype: name.into(),
            vals: Vec::new(),
        });
    }
    out.push(LdapPartialAttribute {
        atype: tag,
        vals: vals
            .get(low.min(vals.len())..high)
            .map(<[_]>::to_vec)
            .unwrap_or_default(),
    });
    out
}

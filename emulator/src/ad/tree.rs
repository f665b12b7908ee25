//! The directory's state: its entries in DN order (so that pages are stable), what a
//! test changes in it (people added, renamed, moved, disabled, deleted; group members),
//! and searches over it with AD's limits: pages capped at MaxPageSize, an unpaged search
//! cut there with `sizeLimitExceeded`.

use std::collections::{BTreeMap, HashMap};

use ldap3_proto::proto::{LdapFilter, LdapSearchScope};

use super::entry::{group_entry, guid, user_entry, AdEntry, AdUser, UAC_DISABLED, UAC_ENABLED};
use super::filter::matches;

#[derive(Default)]
pub struct Tree {
    /// By lower-cased DN.
    entries: BTreeMap<String, AdEntry>,
    next_guid: u64,
}

impl Tree {
    pub fn new(entries: Vec<AdEntry>) -> Tree {
        let mut t = Tree::default();
        for e in entries {
            t.entries.insert(e.dn.to_lowercase(), e);
        }
        t
    }

    fn guid(&mut self) -> Vec<u8> {
        self.next_guid += 1;
        guid(self.next_guid)
    }

    pub fn add_user(&mut self, u: &AdUser) {
        let e = user_entry(u, self.guid());
        self.entries.insert(e.dn.to_lowercase(), e);
    }

    pub fn add_group(&mut self, cn: &str, members: &[String]) {
        let e = group_entry(cn, members, self.guid());
        self.entries.insert(e.dn.to_lowercase(), e);
    }

    /// The entry whose `sAMAccountName` (or group `cn`) is `name`.
    fn key_of(&self, name: &str) -> Option<String> {
        self.entries
            .iter()
            .find(|(_, e)| {
                e.text("sAMAccountName")
                    .is_some_and(|s| s.eq_ignore_ascii_case(name))
            })
            .map(|(k, _)| k.clone())
    }

    pub fn dn_of(&self, name: &str) -> Option<String> {
        self.key_of(name).map(|k| self.entries[&k].dn.clone())
    }

    /// Sets (or, with no values, removes) an attribute of the entry `name` names.
    pub fn set(&mut self, name: &str, attr: &str, values: Vec<Vec<u8>>) -> bool {
        let Some(k) = self.key_of(name) else {
            return false;
        };
        self.entries.get_mut(&k).expect("found").set(attr, values);
        true
    }

    pub fn set_disabled(&mut self, name: &str, disabled: bool) -> bool {
        let uac = if disabled { UAC_DISABLED } else { UAC_ENABLED };
        self.set(
            name,
            "userAccountControl",
            vec![uac.to_string().into_bytes()],
        )
    }

    /// modrdn (and a move, with `ou`): a new DN, the same GUID; `member` values that
    /// named the old DN name the new one, as AD keeps its links.
    pub fn rename(&mut self, name: &str, new_cn: &str, ou: Option<&str>) -> bool {
        let Some(k) = self.key_of(name) else {
            return false;
        };
        let mut e = self.entries.remove(&k).expect("found");
        let parent = match ou {
            Some(ou) => format!("OU={ou},{}", super::entry::AD_BASE),
            None => {
                e.dn.split_once(',')
                    .map(|(_, p)| p.to_string())
                    .unwrap_or_default()
            }
        };
        let old = e.dn.clone();
        e.dn = format!("CN={new_cn},{parent}");
        e.set("cn", vec![new_cn.as_bytes().to_vec()]);
        for g in self.entries.values_mut() {
            if let Some(members) = g.get("member").cloned() {
                let renamed = members
                    .into_iter()
                    .map(|m| {
                        if m.eq_ignore_ascii_case(old.as_bytes()) {
                            e.dn.clone().into_bytes()
                        } else {
                            m
                        }
                    })
                    .collect();
                g.set("member", renamed);
            }
        }
        self.entries.insert(e.dn.to_lowercase(), e);
        true
    }

    pub fn delete(&mut self, name: &str) -> bool {
        self.key_of(name)
            .and_then(|k| self.entries.remove(&k))
            .is_some()
    }

    /// The entries a search reaches, in DN order.
    pub fn search(
        &self,
        base: &str,
        scope: &LdapSearchScope,
        filter: &LdapFilter,
    ) -> Vec<&AdEntry> {
        let base = base.to_lowercase();
        self.entries
            .iter()
            .filter(|(dn, _)| match scope {
                LdapSearchScope::Base => **dn == base,
                LdapSearchScope::OneLevel => dn.split_once(',').is_some_and(|(_, p)| p == base),
                _ => **dn == base || dn.ends_with(&format!(",{base}")),
            })
            .map(|(_, e)| e)
            .filter(|e| matches(filter, e))
            .collect()
    }

    /// `memberOf`, as AD constructs it: each group that names the entry in `member`.
    pub fn member_of(&self) -> HashMap<String, Vec<Vec<u8>>> {
        let mut map: HashMap<String, Vec<Vec<u8>>> = HashMap::new();
        for g in self.entries.values().filter(|e| e.is_group()) {
            for m in g.get("member").into_iter().flatten() {
                let key = String::from_utf8_lossy(m).to_lowercase();
                map.entry(key).or_default().push(g.dn.clone().into_bytes());
            }
        }
        map
    }
}

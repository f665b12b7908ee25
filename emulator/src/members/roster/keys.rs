//! The roster's index of its members by each key Dropbox keeps unique on a team (email,
//! external id, persistent id): which members hold a key, removed ones included (a
//! removed member holds its email and external id while it is recoverable).

use std::collections::HashMap;

use crate::members::member::Member;

/// Which members (indices, in creation order) hold each email (lower-cased), external
/// id and persistent id now, so that a rule that looks a member up by one costs the same
/// on a team of 100,000 as on a team of 10.
#[derive(Default)]
pub(super) struct Keys {
    pub(super) email: HashMap<String, Vec<usize>>,
    pub(super) external_id: HashMap<String, Vec<usize>>,
    pub(super) persistent_id: HashMap<String, Vec<usize>>,
}

impl Keys {
    pub(super) fn entries(m: &Member) -> [(KeyKind, Option<String>); 3] {
        [
            (KeyKind::Email, Some(m.email.to_ascii_lowercase())),
            (KeyKind::ExternalId, m.external_id.clone()),
            (KeyKind::PersistentId, m.persistent_id.clone()),
        ]
    }

    pub(super) fn map(&mut self, kind: KeyKind) -> &mut HashMap<String, Vec<usize>> {
        match kind {
            KeyKind::Email => &mut self.email,
            KeyKind::ExternalId => &mut self.external_id,
            KeyKind::PersistentId => &mut self.persistent_id,
        }
    }

    pub(super) fn insert(&mut self, i: usize, m: &Member) {
        for (kind, key) in Self::entries(m) {
            if let Some(key) = key {
                let holders = self.map(kind).entry(key).or_default();
                let at = holders.partition_point(|&h| h < i);
                holders.insert(at, i);
            }
        }
    }

    pub(super) fn remove(&mut self, i: usize, m: &Member) {
        for (kind, key) in Self::entries(m) {
            if let Some(key) = key {
                if let Some(holders) = self.map(kind).get_mut(&key) {
                    holders.retain(|&h| h != i);
                }
            }
        }
    }

    /// The members `key` of `kind` names (an email compared without case).
    pub(super) fn holders(&self, kind: KeyKind, key: &str) -> &[usize] {
        let found = match kind {
            KeyKind::Email => self.email.get(&key.to_ascii_lowercase()),
            KeyKind::ExternalId => self.external_id.get(key),
            KeyKind::PersistentId => self.persistent_id.get(key),
        };
        found.map_or(&[], Vec::as_slice)
    }
}

#[derive(Clone, Copy)]
pub(super) enum KeyKind {
    Email,
    ExternalId,
    PersistentId,
}

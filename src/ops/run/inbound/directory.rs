//! What an inbound rule of an LDAP directory reads: every user its user filter matches
//! (complete, or the run fails before anything is written), in scope (mapped) or out and
//! why, linked by their anchor; its groups, flattened; and one entry for `rule
//! test-mapping`.

use std::collections::HashMap;

use super::source::SourceRead;
use crate::error::{Error, Result};
use crate::ldap::{Entry, LdapError, LdapSession, Truncation};
use crate::mapping::entry::entry_value;
use crate::mapping::inbound::{InboundMapper, Source};
use crate::mapping::Filter;
use crate::model::{Connection, LdapFlavor, Rule};
use crate::ops::ldap::{self, anchor_of, read_groups, read_users, user_index, Searches};
use crate::ops::rule::MappingTest;
use crate::ops::run::report::RunOptions;
use crate::ops::run::session::Session;
use crate::ops::Context;
use crate::progress::Progress;
use crate::sync::inbound::{flatten, Candidate, Excluded};

/// The directory, read and mapped. A rule deleted with deprovisioning reads nothing
/// (its users and groups all go).
pub(super) async fn read(
    ctx: &mut Context,
    session: &Session<'_>,
    options: &RunOptions,
    progress: &dyn Progress,
) -> Result<SourceRead> {
    if options.deprovision_all {
        return Ok(SourceRead {
            groups: Some(Vec::new()),
            from_directory: true,
            ..SourceRead::default()
        });
    }
    let (rule, connection) = (session.rule, session.connection);
    let (mut directory, dse) = ldap::open(ctx, connection).await?;
    ldap::learn_flavor(ctx, connection, dse.flavor)?;
    let settings = ldap::settings_of(connection, "its rules read a directory")?;
    let searches = Searches::of(rule.ldap.as_ref(), settings, dse.flavor);
    let scope = Scope::of(rule, dse.flavor)?;
    progress.begin("reading the directory", 0);
    let attributes = scope.attributes();
    let attributes: Vec<&str> = attributes.iter().map(String::as_str).collect();
    let read = read_entries(&mut directory, &searches, &attributes).await;
    let requests = directory.requests();
    directory.close().await;
    progress.end();
    let (users, groups) = read
        .and_then(|(users, groups)| anchored(users, &searches).map(|u| (u, groups)))
        .map_err(|e| Error::ldap(&connection.name, e))?;
    let (by_dn, member_of) = user_index(&users);
    let (candidates, excluded) = scope.candidates(rule, &users);
    Ok(SourceRead {
        read: users.len(),
        candidates,
        excluded,
        provisioned: HashMap::new(),
        groups: Some(flatten(&groups, &by_dn, &member_of)),
        requests,
        from_directory: true,
    })
}

/// The users with their anchors, each once: an entry without one (an ACL may hide it)
/// or two with the same one make the result one that cannot be trusted.
fn anchored(
    users: Vec<Entry>,
    searches: &Searches,
) -> std::result::Result<Vec<(String, Entry)>, LdapError> {
    let attribute = searches.flavor.anchor_attribute();
    let mut seen = std::collections::HashSet::new();
    let mut anchored = Vec::with_capacity(users.len());
    for u in users {
        match anchor_of(&u, searches.flavor) {
            None => {
                return Err(LdapError::Incomplete {
                    base: searches.base.clone(),
                    filter: searches.user_filter.clone(),
                    truncation: Truncation::Unanchored {
                        dn: u.dn.clone(),
                        attribute: attribute.into(),
                    },
                })
            }
            Some(a) if !seen.insert(a.clone()) => {
                return Err(LdapError::Protocol {
                    url: searches.base.clone(),
                    message: format!("two entries have the same {attribute} ({})", u.dn),
                })
            }
            Some(a) => anchored.push((a, u)),
        }
    }
    Ok(anchored)
}

async fn read_entries(
    directory: &mut LdapSession,
    searches: &Searches,
    attributes: &[&str],
) -> std::result::Result<(Vec<Entry>, Vec<crate::sync::inbound::SourceGroup>), crate::ldap::LdapError>
{
    let users = read_users(directory, searches, attributes).await?;
    let groups = read_groups(directory, searches).await?;
    Ok((users, groups))
}

/// A rule's mappings and filter over `entry`, compiled once per run.
struct Scope {
    mapper: InboundMapper,
    filter: Option<Filter>,
    flavor: LdapFlavor,
}

impl Scope {
    fn of(rule: &Rule, flavor: LdapFlavor) -> Result<Scope> {
        Ok(Scope {
            mapper: InboundMapper::new(Source::Directory(flavor), &rule.mappings)?,
            filter: rule.filter.as_deref().map(Filter::new).transpose()?,
            flavor,
        })
    }

    /// The attributes a user's search asks for: those the mappings and filter read, the
    /// anchor and `memberOf` (for groups); every attribute (`*`) when an expression
    /// reads the entry whole. Asking for less reads far less of a real AD.
    fn attributes(&self) -> Vec<String> {
        let read = match (self.mapper.attributes_read(), self.filter.as_ref()) {
            (Some(mut a), Some(f)) => f.attributes_of("entry").map(|b| {
                a.extend(b);
                a
            }),
            (read, _) => read,
        };
        let mut asked: Vec<String> = match read {
            None => vec!["*".into()],
            Some(names) => names
                .into_iter()
                .filter(|n| !n.eq_ignore_ascii_case("dn"))
                .collect(),
        };
        asked.extend([self.flavor.anchor_attribute().into(), "memberOf".into()]);
        asked
    }

    /// The entries (with their anchors) as the rule sees them: in scope (mapped), or
    /// out and why.
    fn candidates(
        &self,
        rule: &Rule,
        users: &[(String, Entry)],
    ) -> (Vec<Candidate>, HashMap<String, Excluded>) {
        let mut candidates = Vec::new();
        let mut excluded = HashMap::new();
        for (anchor, entry) in users {
            let anchor = anchor.clone();
            let value = entry_value(entry);
            let profile = self.mapper.profile(&value);
            let why = match self
                .filter
                .as_ref()
                .map(|f| f.matches_value("entry", &value))
            {
                Some(Ok(false)) => Some(Excluded::Filtered),
                Some(Err(e)) => Some(Excluded::FilterFailed(e)),
                _ if rule.sync_only_active && profile.as_ref().is_ok_and(|p| !p.enabled) => {
                    Some(Excluded::NotActive)
                }
                _ => None,
            };
            match why {
                Some(why) => {
                    excluded.insert(anchor, why);
                }
                None => candidates.push(Candidate {
                    source_id: anchor,
                    // An entry whose mapping failed is named by its DN.
                    email: profile
                        .as_ref()
                        .map_or_else(|_| entry.dn.clone(), |p| p.email.clone()),
                    profile,
                }),
            }
        }
        (candidates, excluded)
    }
}

/// `rule test-mapping` of an LDAP rule: the entry whose mail, uid, sAMAccountName or
/// userPrincipalName is `who` (or whose DN it is), within the rule's user filter.
pub(super) async fn test_mapping(
    ctx: &Context,
    rule: &Rule,
    connection: &Connection,
    who: &str,
) -> Result<MappingTest> {
    let (mut directory, dse) = ldap::open(ctx, connection).await?;
    let settings = ldap::settings_of(connection, "its rules read a directory")?;
    let searches = Searches::of(rule.ldap.as_ref(), settings, dse.flavor);
    let found = ldap::find_user(&mut directory, &searches, who).await;
    directory.close().await;
    let entry = found
        .map_err(|e| Error::ldap(&connection.name, e))?
        .ok_or_else(|| Error::NoSuchMember {
            connection: connection.name.clone(),
        })?;
    let value = entry_value(&entry);
    let filter = rule.filter.as_deref().map(Filter::new).transpose()?;
    let mapper = InboundMapper::new(Source::Directory(dse.flavor), &rule.mappings)?;
    let enabled = mapper.profile(&value).map(|p| p.enabled).unwrap_or(true);
    let scope_note = match filter.map(|f| f.matches_value("entry", &value)) {
        Some(Err(e)) => Some(e),
        Some(Ok(false)) => Some(format!(
            "out of the rule's filter ({})",
            rule.filter.as_deref().unwrap_or_default()
        )),
        _ if rule.sync_only_active && !enabled => {
            Some("the account is disabled, and the rule syncs only enabled accounts".into())
        }
        _ => None,
    };
    Ok(MappingTest {
        rule: rule.name.clone(),
        user: entry.dn.clone(),
        user_id: anchor_of(&entry, dse.flavor).unwrap_or_default(),
        in_scope: scope_note.is_none(),
        scope_note,
        values: mapper.evaluate(&value),
    })
}

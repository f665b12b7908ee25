//! Searches that are complete or fail: every search is paged (RFC 2696, the control sent
//! critical so that a server without paging refuses instead of cutting the result),
//! every result code that may mean "part of it" is an error, a referral is an error
//! (never followed, never silently dropped), and AD's ranged attributes are read to the
//! end.

use std::time::Duration;

use ldap3::asn1::{parse_tag, StructureTag, PL};
use ldap3::controls::{PagedResults, RawControl};
use ldap3::{Ldap, LdapResult, Scope, SearchResult};

use super::entry::{parse_entry, Entry};
use super::error::{LdapError, Truncation};

const PAGED_RESULTS: &str = "1.2.840.113556.1.4.319";
/// AD's LDAP_SERVER_DOMAIN_SCOPE_OID: answer from this domain only, without referrals
/// to the other naming contexts of the forest (which a search from the domain's root
/// would otherwise always return).
const DOMAIN_SCOPE: &str = "1.2.840.113556.1.4.1339";

/// One search, as asked.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Query<'a> {
    pub(crate) base: &'a str,
    pub(crate) scope: Scope,
    pub(crate) filter: &'a str,
    pub(crate) attributes: &'a [&'a str],
}

/// How searches are made on one connection.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Paging {
    pub(crate) page_size: u32,
    /// Send AD's domain-scope control.
    pub(crate) domain_scope: bool,
    pub(crate) timeout: Duration,
}

/// Every entry `query` matches, across as many pages as it takes, with ranged
/// attributes read to the end; an error when the result may be incomplete. Each search
/// request sent is counted in `requests`.
pub(crate) async fn search_all(
    ldap: &mut Ldap,
    query: &Query<'_>,
    paging: Paging,
    requests: &mut u64,
) -> Result<Vec<Entry>, LdapError> {
    let mut entries = Vec::new();
    let mut cookie = Vec::new();
    let mut cookies = std::collections::HashSet::new();
    loop {
        *requests += 1;
        let page = search_page(ldap, query, paging, cookie).await?;
        entries.extend(page.entries);
        match page.next {
            // A server that hands back a cookie twice would page forever.
            Some(next) if !cookies.insert(next.clone()) => {
                return Err(LdapError::Protocol {
                    url: query.base.to_string(),
                    message: "the server sent the same paging cookie twice".into(),
                })
            }
            Some(next) => cookie = next,
            None => break,
        }
    }
    for entry in &mut entries {
        read_ranges(ldap, entry, query, paging.timeout, requests).await?;
    }
    Ok(entries)
}

struct Page {
    entries: Vec<Entry>,
    /// The cookie of the next page; `None` after the last.
    next: Option<Vec<u8>>,
}

async fn search_page(
    ldap: &mut Ldap,
    query: &Query<'_>,
    paging: Paging,
    cookie: Vec<u8>,
) -> Result<Page, LdapError> {
    let mut controls = vec![paged_control(paging.page_size, cookie)];
    if paging.domain_scope {
        controls.push(RawControl {
            ctype: DOMAIN_SCOPE.to_string(),
            crit: false,
            val: None,
        });
    }
    let failed = |e: ldap3::LdapError| search_failed(query, e);
    let mut stream = ldap
        .with_controls(controls)
        .with_timeout(paging.timeout)
        .streaming_search(query.base, query.scope, query.filter, query.attributes)
        .await
        .map_err(failed)?;
    let mut entries = Vec::new();
    let mut referrals = Vec::new();
    while let Some(item) = stream.next().await.map_err(failed)? {
        if item.is_ref() {
            referrals.extend(reference_urls(item.0));
        } else if !item.is_intermediate() {
            entries.push(parse_entry(item.0).ok_or_else(|| malformed(query))?);
        }
    }
    let result = stream.finish().await;
    check_result(query, &result)?;
    let incomplete = |truncation| incomplete(query, truncation);
    if !referrals.is_empty() {
        return Err(incomplete(Truncation::Referral(referrals)));
    }
    let next = result
        .ctrls
        .iter()
        .find(|c| c.1.ctype == PAGED_RESULTS)
        .map(|c| c.1.val.as_deref().and_then(response_cookie));
    match next {
        None => Err(incomplete(Truncation::PagingIgnored)),
        Some(None) => Err(malformed(query)),
        Some(Some(cookie)) => Ok(Page {
            entries,
            next: (!cookie.is_empty()).then_some(cookie),
        }),
    }
}

/// A search's result code: 0 is the only complete answer.
fn check_result(query: &Query<'_>, result: &LdapResult) -> Result<(), LdapError> {
    let text = result.text.trim().to_string();
    let truncation = match result.rc {
        0 => return Ok(()),
        3 => Truncation::TimeLimit,
        4 => Truncation::SizeLimit,
        10 => Truncation::Referral(result.refs.clone()),
        11 => Truncation::AdminLimit(text),
        12 => Truncation::PagingUnavailable(text),
        32 => {
            return Err(LdapError::NoSuchBase {
                base: query.base.to_string(),
            })
        }
        rc => {
            return Err(LdapError::Search {
                base: query.base.to_string(),
                filter: query.filter.to_string(),
                rc,
                text,
            })
        }
    };
    Err(incomplete(query, truncation))
}

fn incomplete(query: &Query<'_>, truncation: Truncation) -> LdapError {
    LdapError::Incomplete {
        base: query.base.to_string(),
        filter: query.filter.to_string(),
        truncation,
    }
}

fn malformed(query: &Query<'_>) -> LdapError {
    LdapError::Protocol {
        url: query.base.to_string(),
        message: "the server sent a malformed search answer".into(),
    }
}

fn search_failed(query: &Query<'_>, e: ldap3::LdapError) -> LdapError {
    match e {
        ldap3::LdapError::FilterParsing => LdapError::Search {
            base: query.base.to_string(),
            filter: query.filter.to_string(),
            rc: 87,
            text: "the filter is not valid LDAP filter syntax".into(),
        },
        e => LdapError::Protocol {
            url: query.base.to_string(),
            message: format!("the search failed: {e}"),
        },
    }
}

/// The paged-results control asking for the page after `cookie`, critical: a server
/// that cannot page refuses the search instead of answering part of it (RFC 2696 §3).
fn paged_control(size: u32, cookie: Vec<u8>) -> RawControl {
    let mut control = RawControl::from(PagedResults {
        size: i32::try_from(size).unwrap_or(i32::MAX),
        cookie,
    });
    control.crit = true;
    control
}

/// The cookie of a paged-results response value; `None` when it is malformed.
fn response_cookie(value: &[u8]) -> Option<Vec<u8>> {
    let (_, tag) = parse_tag(value).ok()?;
    let PL::C(parts) = tag.payload else {
        return None;
    };
    match parts.into_iter().nth(1)?.payload {
        PL::P(cookie) => Some(cookie),
        PL::C(_) => None,
    }
}

/// The URLs of a continuation reference (a SEQUENCE of URIs), read leniently: the
/// reference fails the search whatever it holds.
fn reference_urls(tag: StructureTag) -> Vec<String> {
    let urls: Vec<String> = match tag.payload {
        PL::C(parts) => parts
            .into_iter()
            .filter_map(|p| match p.payload {
                PL::P(bytes) => Some(String::from_utf8_lossy(&bytes).into_owned()),
                PL::C(_) => None,
            })
            .collect(),
        PL::P(bytes) => vec![String::from_utf8_lossy(&bytes).into_owned()],
    };
    if urls.is_empty() {
        vec!["a reference without a URL".into()]
    } else {
        urls
    }
}

/// Reads the rest of each ranged attribute of `entry`, one base search per range, until
/// the server says the range ends at `*`. A range that does not move on (asked twice) is
/// one that cannot be read to the end.
async fn read_ranges(
    ldap: &mut Ldap,
    entry: &mut Entry,
    query: &Query<'_>,
    timeout: Duration,
    requests: &mut u64,
) -> Result<(), LdapError> {
    let mut asked = std::collections::HashSet::new();
    while let Some((name, low)) = entry.unfinished_ranges().into_iter().next() {
        let unfinished = |entry: &Entry| {
            incomplete(
                query,
                Truncation::RangeUnfinished {
                    dn: entry.dn.clone(),
                    attribute: name.clone(),
                },
            )
        };
        if !asked.insert((name.to_lowercase(), low)) {
            return Err(unfinished(entry));
        }
        let wanted = format!("{name};range={low}-*");
        *requests += 1;
        let SearchResult(results, result) = ldap
            .with_timeout(timeout)
            .search(
                &entry.dn,
                Scope::Base,
                "(objectClass=*)",
                vec![wanted.as_str()],
            )
            .await
            .map_err(|e| search_failed(query, e))?;
        check_result(query, &result)?;
        let next = results
            .into_iter()
            .filter_map(|r| parse_entry(r.0))
            .next()
            .and_then(|e| {
                e.attributes
                    .into_iter()
                    .find(|a| a.name.eq_ignore_ascii_case(&name) && a.range.is_some())
            });
        match next {
            Some(a) if a.range.is_some_and(|r| r.low == low) => {
                entry.merge(name.clone(), a.values, a.range);
            }
            _ => return Err(unfinished(entry)),
        }
    }
    Ok(())
}

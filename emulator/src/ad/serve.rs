//! The protocol: one task per connection reading LDAP messages and answering as Active
//! Directory does — simple binds by DN or UPN (AD's text on a refusal), no search before
//! a bind, the root DSE, paged searches capped at MaxPageSize with an opaque cookie, an
//! unpaged search cut at MaxPageSize with `sizeLimitExceeded`, and a subtree search from
//! the domain's root answering references to the forest's other naming contexts unless
//! the domain-scope control is sent.

use std::sync::{Arc, Mutex};

use futures_util::{SinkExt, StreamExt};
use ldap3_proto::control::LdapControl;
use ldap3_proto::proto::*;
use ldap3_proto::LdapCodec;
use tokio::net::TcpStream;
use tokio_util::codec::{FramedRead, FramedWrite};

use super::config::AdConfig;
use super::entry::AD_BASE;
use super::project::{project, Asked};
use super::tree::Tree;

const DOMAIN_SCOPE: &str = "1.2.840.113556.1.4.1339";
/// What AD answers a refused simple bind (data 52e: a wrong password).
const BAD_CREDENTIALS: &str =
    "80090308: LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data 52e, v4563";
const NO_BIND: &str = "000004DC: LdapErr: DSID-0C090A5C, comment: In order to perform this \
                       operation a successful bind must be completed on the connection., data 0, v4563";

type Writer = FramedWrite<tokio::net::tcp::OwnedWriteHalf, LdapCodec>;

fn result(code: LdapResultCode, message: &str) -> LdapResult {
    LdapResult {
        code,
        matcheddn: String::new(),
        message: message.into(),
        referral: Vec::new(),
    }
}

pub async fn serve(stream: TcpStream, tree: Arc<Mutex<Tree>>, config: Arc<AdConfig>) {
    let (r, w) = stream.into_split();
    let mut requests = FramedRead::new(r, LdapCodec::new(Some(4 * 1024 * 1024), None));
    let mut out: Writer = FramedWrite::new(w, LdapCodec::default());
    let mut bound = false;
    while let Some(Ok(msg)) = requests.next().await {
        let id = msg.msgid;
        let sent = match msg.op {
            LdapOp::BindRequest(b) => {
                bound = accepts(&config, &b);
                let (code, text) = match bound {
                    true => (LdapResultCode::Success, ""),
                    false => (LdapResultCode::InvalidCredentials, BAD_CREDENTIALS),
                };
                let op = LdapOp::BindResponse(LdapBindResponse {
                    res: result(code, text),
                    saslcreds: None,
                });
                out.send(LdapMsg {
                    msgid: id,
                    op,
                    ctrl: Vec::new(),
                })
                .await
            }
            LdapOp::SearchRequest(s) if s.base.is_empty() && s.scope == LdapSearchScope::Base => {
                root_dse(&mut out, id).await
            }
            LdapOp::SearchRequest(_) if !bound => {
                let op = LdapOp::SearchResultDone(result(LdapResultCode::OperationsError, NO_BIND));
                out.send(LdapMsg {
                    msgid: id,
                    op,
                    ctrl: Vec::new(),
                })
                .await
            }
            LdapOp::SearchRequest(s) => {
                let answer = search(&tree, &config, &s, &msg.ctrl);
                send_all(&mut out, id, answer).await
            }
            LdapOp::UnbindRequest => return,
            _ => Ok(()),
        };
        if sent.is_err() {
            return;
        }
    }
}

fn accepts(config: &AdConfig, b: &LdapBindRequest) -> bool {
    let LdapBindCred::Simple(password) = &b.cred else {
        return false;
    };
    let upn = format!("{}@corp.example.com", config.bind_sam);
    let who = b.dn.eq_ignore_ascii_case(&config.bind_dn()) || b.dn.eq_ignore_ascii_case(&upn);
    who && !password.is_empty() && *password == config.bind_password
}

async fn root_dse(out: &mut Writer, id: i32) -> Result<(), std::io::Error> {
    let a = |k: &str, vs: &[&str]| LdapPartialAttribute {
        atype: k.into(),
        vals: vs.iter().map(|s| s.as_bytes().to_vec()).collect(),
    };
    let entry = LdapSearchResultEntry {
        dn: String::new(),
        attributes: vec![
            a(
                "namingContexts",
                &[
                    AD_BASE,
                    &format!("CN=Configuration,{AD_BASE}"),
                    &format!("DC=DomainDnsZones,{AD_BASE}"),
                ],
            ),
            a("defaultNamingContext", &[AD_BASE]),
            a("rootDomainNamingContext", &[AD_BASE]),
            a("forestFunctionality", &["7"]),
            a("domainFunctionality", &["7"]),
            a(
                "supportedControl",
                &["1.2.840.113556.1.4.319", DOMAIN_SCOPE],
            ),
            a("supportedCapabilities", &["1.2.840.113556.1.4.800"]),
            a("supportedLDAPVersion", &["3", "2"]),
        ],
    };
    out.feed(LdapMsg {
        msgid: id,
        op: LdapOp::SearchResultEntry(entry),
        ctrl: Vec::new(),
    })
    .await?;
    let done = LdapOp::SearchResultDone(result(LdapResultCode::Success, ""));
    out.send(LdapMsg {
        msgid: id,
        op: done,
        ctrl: Vec::new(),
    })
    .await
}

/// What one search answers: its entries and references, then its result and controls.
struct Answer {
    items: Vec<LdapOp>,
    done: LdapResult,
    ctrl: Vec<LdapControl>,
}

fn search(
    tree: &Mutex<Tree>,
    config: &AdConfig,
    s: &LdapSearchRequest,
    ctrl: &[LdapControl],
) -> Answer {
    let tree = tree.lock().expect("the directory's lock");
    let hits = tree.search(&s.base, &s.scope, &s.filter);
    let paged = ctrl.iter().find_map(|c| match c {
        LdapControl::SimplePagedResults { size, cookie } if !config.ignore_paging => {
            Some((*size, cookie.clone()))
        }
        _ => None,
    });
    let (start, end, ctrl_out, code) = match paged {
        Some((size, cookie)) => {
            let start: usize = std::str::from_utf8(&cookie)
                .ok()
                .and_then(|c| c.parse().ok())
                .unwrap_or(0);
            let size = usize::try_from(size)
                .unwrap_or(1)
                .clamp(1, config.max_page_size);
            let end = (start + size).min(hits.len());
            let next = if end < hits.len() {
                end.to_string().into_bytes()
            } else {
                Vec::new()
            };
            (
                start,
                end,
                vec![LdapControl::SimplePagedResults {
                    size: 0,
                    cookie: next,
                }],
                LdapResultCode::Success,
            )
        }
        None if hits.len() > config.max_page_size && !config.ignore_paging => (
            0,
            config.max_page_size,
            Vec::new(),
            LdapResultCode::SizeLimitExceeded,
        ),
        None => (0, hits.len(), Vec::new(), LdapResultCode::Success),
    };
    let member_of = tree.member_of();
    let asked = Asked {
        attrs: &s.attrs,
        max_val_range: config.max_val_range,
        member_of: &member_of,
    };
    let mut items: Vec<LdapOp> = hits[start.min(end)..end]
        .iter()
        .map(|e| {
            LdapOp::SearchResultEntry(LdapSearchResultEntry {
                dn: e.dn.clone(),
                attributes: project(e, &asked),
            })
        })
        .collect();
    let domain_scope = ctrl
        .iter()
        .any(|c| matches!(c, LdapControl::Unknown { oid, .. } if oid == DOMAIN_SCOPE));
    let from_root = s.base.eq_ignore_ascii_case(AD_BASE) && s.scope == LdapSearchScope::Subtree;
    if from_root && !domain_scope && end == hits.len() {
        items.push(LdapOp::SearchResultReference(LdapSearchResultReference {
            uris: vec![
                "ldap://DomainDnsZones.corp.example.com/DC=DomainDnsZones,DC=corp,DC=example,DC=com".into(),
                "ldap://corp.example.com/CN=Configuration,DC=corp,DC=example,DC=com".into(),
            ],
        }));
    }
    Answer {
        items,
        done: result(code, ""),
        ctrl: ctrl_out,
    }
}

async fn send_all(out: &mut Writer, id: i32, answer: Answer) -> Result<(), std::io::Error> {
    for op in answer.items {
        out.feed(LdapMsg {
            msgid: id,
            op,
            ctrl: Vec::new(),
        })
        .await?;
    }
    let done = LdapOp::SearchResultDone(answer.done);
    out.send(LdapMsg {
        msgid: id,
        op: done,
        ctrl: answer.ctrl,
    })
    .await
}

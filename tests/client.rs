//! The Dropbox client in-process against the emulator: token refresh (early, and once on
//! `expired_access_token`), retries on 5xx and 429 with `Retry-After`, request counts,
//! tokens that outlive long rate-limit pauses, member look-ups. Against a scripted local
//! responder: bad server data (huge token lifetimes, listings that never end, malformed
//! add results) and the ambiguity of retried writes.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::common::*;
use dbx_emulator::{Config, SeedMember};
use dbxprov::dropbox::members::{AddOutcome, NewMember, RemoveOptions, Status, MALFORMED_RESULT};
use dbxprov::dropbox::{ApiError, Client, ClientSettings, NoObserver, Observer, RetryPolicy};
use dbxprov::secrets::Secret;
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// The policy in use, its waits shortened as the binary's are in the other tests.
fn fast_retries() -> RetryPolicy {
    RetryPolicy {
        time_scale: RETRY_SCALE,
        ..RetryPolicy::default()
    }
}

fn client_for(emu: &dbx_emulator::EmulatorHandle, observer: Arc<dyn Observer>) -> Client {
    client_with(emu, fast_retries(), observer)
}

fn client_with(
    emu: &dbx_emulator::EmulatorHandle,
    retry: RetryPolicy,
    observer: Arc<dyn Observer>,
) -> Client {
    let c = Config::default();
    Client::new(
        ClientSettings {
            service_uri: emu.service_uri(),
            token_endpoint: emu.token_endpoint(),
            client_id: c.client_id,
            client_secret: Some(Secret::new(c.client_secret)),
            refresh_token: Secret::new(c.refresh_token),
            retry,
        },
        observer,
    )
}

#[tokio::test]
async fn an_expired_token_is_refreshed_once() {
    let emu = emulator();
    let client = client_for(&emu, Arc::new(NoObserver));
    client.get_info().await.unwrap();
    client.get_info().await.unwrap();
    assert_eq!(emu.stats().count("/oauth2/token"), 1, "the token is cached");
    emu.expire_access_tokens();
    let team = client.get_info().await.unwrap();
    assert_eq!(team.name, "Emulated Team");
    let stats = emu.stats();
    assert_eq!(stats.count("/oauth2/token"), 2);
    assert_eq!(
        stats.count("/2/team/get_info"),
        4,
        "one 401, then the retry"
    );
    assert_eq!(client.requests(), stats.total);

    // Revoking the app invalidates the access token; the refresh that follows says why.
    emu.revoke_all_tokens();
    match client.get_info().await {
        Err(ApiError::InvalidGrant { .. }) => {}
        other => panic!("expected invalid_grant, got {other:?}"),
    }
}

#[tokio::test]
async fn a_short_lived_token_is_refreshed_before_it_expires() {
    let emu = emulator_with(Config {
        token_lifetime: Duration::from_secs(1),
        ..Config::default()
    });
    let client = client_for(&emu, Arc::new(NoObserver));
    client.get_info().await.unwrap();
    tokio::time::sleep(Duration::from_millis(1000)).await;
    client.get_info().await.unwrap();
    let stats = emu.stats();
    assert_eq!(stats.count("/oauth2/token"), 2);
    assert_eq!(
        stats.count("/2/team/get_info"),
        2,
        "no call was refused as expired"
    );
}

#[tokio::test]
async fn faults_are_retried_until_the_call_succeeds() {
    let emu = emulator_with(Config {
        rate_5xx: 0.15,
        rate_429: 0.15,
        retry_after_secs: 0,
        seed: 42,
        ..Config::default()
    });
    let client = client_for(&emu, Arc::new(NoObserver));
    for _ in 0..40 {
        client.get_info().await.unwrap();
    }
    let stats = emu.stats();
    assert!(
        stats.count("/2/team/get_info") > 40,
        "some calls were retried"
    );
    assert_eq!(client.requests(), stats.total, "every request is counted");
}

#[tokio::test]
async fn server_errors_give_up_after_the_attempt_limit() {
    let emu = emulator_with(Config {
        rate_5xx: 1.0,
        ..Config::default()
    });
    let client = client_for(&emu, Arc::new(NoObserver));
    match client.get_info().await {
        Err(ApiError::Server { attempts: 5, .. }) => {}
        other => panic!("expected a server error after 5 attempts, got {other:?}"),
    }
    assert_eq!(emu.stats().count("/2/team/get_info"), 5);
}

#[derive(Default)]
struct Delays(Mutex<Vec<Duration>>);

impl Observer for Delays {
    fn retrying(&self, _target: &str, _reason: &str, delay: Duration) {
        self.0.lock().unwrap().push(delay);
    }
}

#[tokio::test]
async fn retry_after_comes_from_the_header_then_the_body() {
    for header in [true, false] {
        let emu = emulator_with(Config {
            rate_429: 1.0,
            retry_after_secs: 2,
            retry_after_header: header,
            ..Config::default()
        });
        let delays = Arc::new(Delays::default());
        let retry = RetryPolicy {
            max_rate_limited: 2,
            time_scale: 0.05,
            ..RetryPolicy::default()
        };
        let asked = retry.scaled(Duration::from_secs(2));
        assert_eq!(asked, Duration::from_millis(100));
        let client = client_with(&emu, retry, delays.clone());
        let started = std::time::Instant::now();
        match client.get_info().await {
            Err(ApiError::RateLimited { attempts: 2, .. }) => {}
            other => panic!("expected rate limiting to give up, got {other:?}"),
        }
        assert!(started.elapsed() >= asked, "the pause was waited out");
        assert_eq!(*delays.0.lock().unwrap(), [asked], "header: {header}");
    }
}

#[test]
fn unknown_auth_tags_do_not_break_parsing() {
    let e = dbxprov::dropbox::AuthError::from_body(&serde_json::json!({
        "error_summary": "brand_new_reason/..",
        "error": {".tag": "brand_new_reason"}
    }));
    assert_eq!(
        e,
        dbxprov::dropbox::AuthError::Other("brand_new_reason".into())
    );
}

// ---------------------------------------------------------------------------------------
// A scripted stand-in for Dropbox: tiny HTTP/1.1 on 127.0.0.1, one request per connection.

/// What the responder does with one request.
enum Reply {
    Json(u16, Value),
    /// Close the connection after reading the request, without an answer.
    Hangup,
}

/// Serves on 127.0.0.1 until the test's runtime ends (its tasks die with it). `script`
/// gets each request's path and how many requests that path has had, this one included.
async fn responder(script: impl Fn(&str, usize) -> Reply + Send + Sync + 'static) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let script = Arc::new(script);
    let counts = Arc::new(Mutex::new(HashMap::<String, usize>::new()));
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let (script, counts) = (script.clone(), counts.clone());
            tokio::spawn(async move {
                let _ = answer(stream, &*script, &counts).await;
            });
        }
    });
    addr
}

async fn answer(
    mut stream: TcpStream,
    script: &(dyn Fn(&str, usize) -> Reply + Send + Sync),
    counts: &Mutex<HashMap<String, usize>>,
) -> std::io::Result<()> {
    let mut request = Vec::new();
    let mut chunk = [0u8; 4096];
    let body_start = loop {
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return Ok(());
        }
        request.extend_from_slice(&chunk[..n]);
        if let Some(i) = request.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
    };
    let head = String::from_utf8_lossy(&request[..body_start]).to_ascii_lowercase();
    let length: usize = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);
    while request.len() < body_start + length {
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return Ok(());
        }
        request.extend_from_slice(&chunk[..n]);
    }
    let path = head.split_whitespace().nth(1).unwrap_or("").to_string();
    let n = {
        let mut counts = counts.lock().unwrap();
        let n = counts.entry(path.clone()).or_default();
        *n += 1;
        *n
    };
    match script(&path, n) {
        Reply::Hangup => Ok(()),
        Reply::Json(status, body) => {
            let body = body.to_string();
            let response = format!(
                "HTTP/1.1 {status} Scripted\r\ncontent-type: application/json\r\n\
                 content-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
            stream.write_all(response.as_bytes()).await?;
            stream.shutdown().await
        }
    }
}

const LOCAL_TOKEN: &str = "sl.local-access-token";

fn grant(expires_in: u64) -> Reply {
    Reply::Json(
        200,
        json!({"access_token": LOCAL_TOKEN, "token_type": "bearer", "expires_in": expires_in}),
    )
}

/// A client whose token endpoint and service are both `addr`.
fn local_client(addr: SocketAddr) -> Client {
    local_client_at(addr, addr)
}

fn local_client_at(tokens: SocketAddr, service: SocketAddr) -> Client {
    Client::new(
        ClientSettings {
            service_uri: format!("http://{service}/2"),
            token_endpoint: format!("http://{tokens}/oauth2/token"),
            client_id: "local-app".into(),
            client_secret: Some(Secret::new("local-secret")),
            refresh_token: Secret::new("local-refresh"),
            retry: fast_retries(),
        },
        Arc::new(NoObserver),
    )
}

fn team_info() -> Reply {
    Reply::Json(
        200,
        json!({"name": "Local", "team_id": "dbtid:local", "num_licensed_users": 5,
               "num_provisioned_users": 1, "policies": {}}),
    )
}

fn member_json(id: &str, email: &str) -> Value {
    json!({"profile": {"team_member_id": id, "email": email, "status": {".tag": "active"},
                       "name": {"given_name": "G", "surname": "S"}}})
}

#[tokio::test]
async fn token_lifetimes_out_of_bounds_are_clamped() {
    for expires_in in [u64::MAX, 0] {
        let tokens = Arc::new(Mutex::new(0));
        let counted = tokens.clone();
        let addr = responder(move |path, _| match path {
            "/oauth2/token" => {
                *counted.lock().unwrap() += 1;
                grant(expires_in)
            }
            _ => team_info(),
        })
        .await;
        let client = local_client(addr);
        let team = client.get_info().await.unwrap();
        assert_eq!(team.name, "Local", "expires_in: {expires_in}");
        client.get_info().await.unwrap();
        assert_eq!(
            *tokens.lock().unwrap(),
            1,
            "expires_in {expires_in}: the token is cached, not refreshed for every call"
        );
    }
}

#[tokio::test]
async fn a_malformed_token_response_is_not_quoted_in_the_error() {
    let addr = responder(|path, _| match path {
        "/oauth2/token" => Reply::Json(
            200,
            json!({"access_token": LOCAL_TOKEN, "expires_in": LOCAL_TOKEN}),
        ),
        _ => team_info(),
    })
    .await;
    let error = local_client(addr).get_info().await.unwrap_err();
    assert!(matches!(error, ApiError::Decode { .. }), "{error:?}");
    for shown in [error.to_string(), format!("{error:?}")] {
        assert!(!shown.contains(LOCAL_TOKEN), "{shown}");
    }
}

/// The `n`th answer to `members/list/continue_v2`.
type NextPage = fn(usize) -> Value;

/// A listing server whose first page announces more, and whose later pages are `next(n)`.
async fn list_members_against(next: NextPage) -> Result<usize, ApiError> {
    let addr = responder(move |path, n| match path {
        "/oauth2/token" => grant(14_400),
        "/2/team/members/list_v2" => Reply::Json(
            200,
            json!({"members": [member_json("dbmid:1", "a@example.com")],
                   "cursor": "c0", "has_more": true}),
        ),
        _ => Reply::Json(200, next(n)),
    })
    .await;
    let client = local_client(addr);
    tokio::time::timeout(Duration::from_secs(20), client.list_members())
        .await
        .expect("the listing ends")
        .map(|members| members.len())
}

#[tokio::test]
async fn a_listing_that_never_ends_is_an_error() {
    let cases: [(NextPage, &str); 3] = [
        (
            |_| json!({"members": [], "cursor": "c0", "has_more": true}),
            "given before",
        ),
        (
            |n| json!({"members": [], "cursor": format!("c{n}"), "has_more": true}),
            "pages for 1 members",
        ),
        (
            // The same member on every page, for ever: a repeat is no error, but the
            // pages outnumber the members.
            |n| {
                json!({"members": [member_json("dbmid:1", "a@example.com")],
                       "cursor": format!("c{n}"), "has_more": true})
            },
            "pages for 1 members",
        ),
    ];
    for (next, why) in cases {
        match list_members_against(next).await {
            Err(ApiError::Decode { detail, .. }) => assert!(detail.contains(why), "{detail}"),
            other => panic!("expected a decode error ({why}), got {other:?}"),
        }
    }
    // The guard does not trip on a listing that ends.
    let ends = |_| {
        json!({"members": [member_json("dbmid:2", "b@example.com")],
                          "cursor": "c1", "has_more": false})
    };
    assert_eq!(list_members_against(ends).await.unwrap(), 2);
    // A member the next page repeats is taken once.
    let repeats = |_| {
        json!({"members": [member_json("dbmid:1", "a@example.com"),
                           member_json("dbmid:2", "b@example.com")],
               "cursor": "c1", "has_more": false})
    };
    assert_eq!(list_members_against(repeats).await.unwrap(), 2);
}

fn new_member(email: &str) -> NewMember {
    NewMember {
        email: email.into(),
        given_name: "G".into(),
        surname: "S".into(),
        external_id: format!("ext-{email}"),
        send_welcome_email: false,
    }
}

#[tokio::test]
async fn a_malformed_add_result_fails_only_its_member() {
    for asynchronous in [false, true] {
        let complete = json!({".tag": "complete", "complete": [
            {".tag": "success", "profile": member_json("dbmid:1", "a@example.com")["profile"]},
            {".tag": "success", "profile": {"team_member_id": "dbmid:2"}},
            42,
            {".tag": "team_license_limit", "team_license_limit": "d@example.com"},
        ]});
        let addr = responder(move |path, _| match path {
            "/oauth2/token" => grant(14_400),
            "/2/team/members/add_v2" if asynchronous => Reply::Json(
                200,
                json!({".tag": "async_job_id", "async_job_id": "job-1"}),
            ),
            _ => Reply::Json(200, complete.clone()),
        })
        .await;
        let batch: Vec<NewMember> = ["a", "b", "c", "d"]
            .map(|n| new_member(&format!("{n}@example.com")))
            .to_vec();
        let added = local_client(addr).add_members(&batch).await.unwrap();
        let tags: Vec<String> = added
            .outcomes
            .iter()
            .map(|o| match o {
                AddOutcome::Added(m) => format!("added {}", m.email),
                AddOutcome::Failed { tag, email } => format!("{tag} {email}"),
            })
            .collect();
        assert_eq!(
            tags,
            [
                "added a@example.com".to_string(),
                format!("{MALFORMED_RESULT} b@example.com"),
                format!("{MALFORMED_RESULT} c@example.com"),
                "team_license_limit d@example.com".to_string(),
            ],
            "async: {asynchronous}"
        );
        assert!(!added.ambiguous, "no attempt was retried");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rate_limit_pauses_longer_than_a_token_lives_do_not_expire_calls() {
    // Pauses of 3 s × 0.4 = 1.2 s, tokens of 1 s (the shortest a client believes), and
    // calls that start 0.2 s apart, so that some start during a pause that their token,
    // fresh when they start, does not outlive. The first call is rate limited (seed).
    let emu = emulator_with(Config {
        token_lifetime: Duration::from_secs(1),
        rate_429: 0.5,
        retry_after_secs: 3,
        seed: 3,
        ..Config::default()
    });
    let retry = RetryPolicy {
        max_rate_limited: 40,
        time_scale: 0.4,
        ..RetryPolicy::default()
    };
    assert!(retry.scaled(Duration::from_secs(3)) > Duration::from_secs(1));
    let statuses = Arc::new(Statuses::default());
    let client = Arc::new(client_with(&emu, retry, statuses.clone()));
    let calls = 6;
    let mut tasks = tokio::task::JoinSet::new();
    for _ in 0..calls {
        let client = client.clone();
        tasks.spawn(async move { client.get_info().await });
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    while let Some(result) = tasks.join_next().await {
        if let Err(e) = result.unwrap() {
            panic!("a call failed across a rate-limit pause: {e}");
        }
    }
    let statuses = statuses.0.lock().unwrap();
    assert_eq!(
        statuses[..2],
        [200, 429],
        "a token, then the first call rate limited: {statuses:?}"
    );
    let stats = emu.stats();
    assert!(
        stats.count("/2/team/get_info") > calls,
        "some calls were rate limited"
    );
    assert!(
        stats.count("/oauth2/token") >= 2,
        "the token was renewed after a pause"
    );
    assert!(
        !statuses.contains(&401),
        "no request carried a token that expired during a pause: {statuses:?}"
    );
}

/// The status of every answer the client got.
#[derive(Default)]
struct Statuses(Mutex<Vec<u16>>);

impl Observer for Statuses {
    fn request_done(&self, _target: &str, status: Option<u16>, _elapsed: Duration) {
        self.0.lock().unwrap().extend(status);
    }
}

/// A service whose first answer is `first` (if any), and every later one the route
/// error `tag`.
async fn write_after(first: Option<Reply>, tag: &'static str) -> SocketAddr {
    let first = Mutex::new(first);
    responder(move |path, _| match path {
        "/oauth2/token" => grant(14_400),
        _ => match first.lock().unwrap().take() {
            Some(reply) => reply,
            None => Reply::Json(
                409,
                json!({"error_summary": format!("{tag}/.."), "error": {".tag": tag}}),
            ),
        },
    })
    .await
}

#[tokio::test]
async fn a_write_retried_after_it_may_have_landed_is_ambiguous() {
    let cases = [
        (Some(Reply::Json(500, json!(null))), true),
        (Some(Reply::Hangup), true),
        (None, false),
    ];
    for (first, ambiguous) in cases {
        let label = match &first {
            Some(Reply::Json(..)) => "after a 500",
            Some(Reply::Hangup) => "after a lost answer",
            None => "at once",
        };
        let client = local_client(write_after(first, "suspend_inactive_user").await);
        let error = client.suspend("dbmid:1", false).await.unwrap_err();
        match &error {
            ApiError::Route {
                tag, ambiguous: a, ..
            } => {
                assert_eq!(tag, "suspend_inactive_user");
                assert_eq!(*a, ambiguous, "{label}");
            }
            other => panic!("expected a route error {label}, got {other:?}"),
        }
        assert_eq!(error.maybe_applied(), ambiguous, "{label}");
        assert!(!format!("{error:?}").contains(LOCAL_TOKEN));
    }

    // An add batch retried after a 500 says so.
    let addr = responder(|path, n| match (path, n) {
        ("/oauth2/token", _) => grant(14_400),
        (_, 1) => Reply::Json(500, json!(null)),
        _ => Reply::Json(
            200,
            json!({".tag": "complete", "complete": [
                {".tag": "user_already_on_team", "user_already_on_team": "a@example.com"}]}),
        ),
    })
    .await;
    let added = local_client(addr)
        .add_members(&[new_member("a@example.com")])
        .await
        .unwrap();
    assert!(added.ambiguous);
}

#[tokio::test]
async fn an_error_polling_a_launched_job_is_ambiguous() {
    let addr = responder(|path, _| match path {
        "/oauth2/token" => grant(14_400),
        "/2/team/members/add_v2" => Reply::Json(
            200,
            json!({".tag": "async_job_id", "async_job_id": "job-1"}),
        ),
        _ => Reply::Json(
            409,
            json!({"error_summary": "invalid_async_job_id/..",
                   "error": {".tag": "invalid_async_job_id"}}),
        ),
    })
    .await;
    let error = local_client(addr)
        .add_members(&[new_member("a@example.com")])
        .await
        .unwrap_err();
    assert!(
        matches!(&error, ApiError::Route { tag, ambiguous: true, .. } if tag == "invalid_async_job_id"),
        "the launched add may have happened: {error:?}"
    );
}

#[tokio::test]
async fn a_write_that_never_connected_is_not_ambiguous() {
    let tokens = responder(|_, _| grant(14_400)).await;
    // A port nobody listens on: every attempt is refused before anything is sent.
    let closed = TcpListener::bind("127.0.0.1:0")
        .await
        .unwrap()
        .local_addr()
        .unwrap();
    let error = local_client_at(tokens, closed)
        .suspend("dbmid:1", false)
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            ApiError::Network {
                ambiguous: false,
                ..
            }
        ),
        "{error:?}"
    );
    assert!(!error.maybe_applied());
}

#[tokio::test]
async fn member_info_reads_a_member_by_id() {
    let emu = emulator();
    let ids = emu.seed_members(&[SeedMember::new("ann@example.com", "Ann", "Lee")]);
    let client = client_for(&emu, Arc::new(NoObserver));
    let ann = client.member_info(&ids[0]).await.unwrap().expect("found");
    assert_eq!(
        (ann.email.as_str(), &ann.status),
        ("ann@example.com", &Status::Active)
    );
    assert_eq!(client.member_info("dbmid:AAnobody").await.unwrap(), None);

    let options = RemoveOptions {
        wipe_data: false,
        keep_account: false,
        transfer_dest_email: None,
        transfer_admin_email: None,
    };
    client.remove(&ids[0], &options).await.unwrap();
    let removed = client
        .member_info(&ids[0])
        .await
        .unwrap()
        .expect("still known");
    assert_eq!(removed.status, Status::Removed);
}

/// `groups/members/add` is all or nothing: a member added by hand meanwhile
/// (`duplicate_user`) or one unknown to the team (`users_not_found`) must not keep the
/// others out of the group.
#[tokio::test]
async fn group_adds_and_removes_recover_from_all_or_nothing_refusals() {
    use dbxprov::sync::outbound::apply::Outcome;
    use dbxprov::sync::outbound::apply_groups::{add_to_group, remove_from_group};
    let emu = dbx_emulator::spawn(Config::default(), 0).unwrap();
    let ids = emu.seed_members(&[
        dbx_emulator::SeedMember::new("a@example.com", "A", "A"),
        dbx_emulator::SeedMember::new("b@example.com", "B", "B"),
        dbx_emulator::SeedMember::new("c@example.com", "C", "C"),
    ]);
    let (a, b, c) = (ids[0].clone(), ids[1].clone(), ids[2].clone());
    let group = emu.seed_group("Sales", None, &[a.as_str()]);
    let client = client_for(&emu, Arc::new(NoObserver));
    let members = |emu: &dbx_emulator::EmulatorHandle| {
        emu.groups()
            .into_iter()
            .find(|g| g.group_id == group)
            .unwrap()
            .members
    };
    let sorted = |mut v: Vec<String>| {
        v.sort();
        v
    };

    let outcome = add_to_group(&client, &group, vec![a.clone(), b.clone()])
        .await
        .unwrap();
    assert_eq!(outcome, Outcome::Done);
    assert_eq!(members(&emu), sorted(vec![a.clone(), b.clone()]));
    assert_eq!(
        emu.stats().count("/2/team/groups/members/add"),
        2,
        "refused once, then the rest"
    );

    let outcome = add_to_group(&client, &group, vec!["dbmid:nobody".into(), c.clone()])
        .await
        .unwrap();
    match outcome {
        Outcome::Failed(e) => assert!(e.contains("dbmid:nobody") && !e.contains(&c), "{e}"),
        other => panic!("{other:?}"),
    }
    assert_eq!(members(&emu), sorted(vec![a.clone(), b.clone(), c.clone()]));

    // `a` is no longer in the group when the remove is sent: the rest still goes.
    let outcome = remove_from_group(&client, &group, vec![a.clone()])
        .await
        .unwrap();
    assert_eq!(outcome, Outcome::Done);
    let outcome = remove_from_group(&client, &group, vec![a.clone(), b.clone()])
        .await
        .unwrap();
    assert_eq!(outcome, Outcome::Done);
    assert_eq!(members(&emu), vec![c]);
    assert_eq!(emu.stats().malformed, 0);
}

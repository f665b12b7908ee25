//! The `team/members/*` routes: the wire shapes of the reference, the route errors a real
//! team gives, and the state the test hooks show behind the API.

mod common;

use common::Api;
use dbx_emulator::{Config, MemberStatus, SeedMember};
use serde_json::{json, Value};

fn by_email(email: &str) -> Value {
    json!({".tag": "email", "email": email})
}

fn by_id(team_member_id: &str) -> Value {
    json!({".tag": "team_member_id", "team_member_id": team_member_id})
}

fn new_member(email: &str) -> Value {
    json!({"member_email": email, "member_given_name": "Given", "member_surname": "Surname"})
}

/// `members/add_v2` answered synchronously: the per-member results.
async fn add(api: &Api, new_members: Vec<Value>) -> Vec<Value> {
    let body = api
        .ok("members/add_v2", json!({"new_members": new_members}))
        .await;
    assert_eq!(body[".tag"], "complete", "{body}");
    body["complete"].as_array().unwrap().clone()
}

/// Adds one member that must succeed: its `team_member_id`.
async fn add_one(api: &Api, email: &str) -> String {
    let results = add(api, vec![new_member(email)]).await;
    assert_eq!(results[0][".tag"], "success", "{}", results[0]);
    results[0]["profile"]["team_member_id"]
        .as_str()
        .unwrap()
        .to_string()
}

fn tags(results: &[Value]) -> Vec<&str> {
    results
        .iter()
        .map(|r| r[".tag"].as_str().unwrap())
        .collect()
}

fn emails(list: &Value) -> Vec<&str> {
    list["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["profile"]["email"].as_str().unwrap())
        .collect()
}

async fn counts(api: &Api) -> (u64, u64) {
    let info = api.ok("get_info", Value::Null).await;
    (
        info["num_provisioned_users"].as_u64().unwrap(),
        info["num_used_licenses"].as_u64().unwrap(),
    )
}

#[tokio::test]
async fn bad_add_arguments_are_plain_text_400s_and_add_nobody() {
    let api = Api::start(Config::default()).await;
    let many: Vec<Value> = (0..21)
        .map(|i| new_member(&format!("u{i}@x.com")))
        .collect();
    let cases = [
        (json!({"new_members": many}), "more than 20 items"),
        (
            json!({"new_members": [new_member("a@x.com")], "unexpected": true}),
            "unknown field `unexpected`",
        ),
        (
            json!({"new_members": [{"member_email": "a@x.com", "nickname": "A"}]}),
            "unknown field `nickname`",
        ),
        (
            json!({"new_members": [{"member_email": "a@x.com", "member_given_name": "a".repeat(51)}]}),
            "new_members: 0: member_given_name: ",
        ),
        (
            json!({"new_members": [{"member_email": "a@x.com", "member_surname": "Smith: Jr"}]}),
            "did not match pattern",
        ),
        (
            json!({"new_members": [new_member("a@x.com"), new_member("not-an-email")]}),
            "new_members: 1: member_email: '*****' did not match",
        ),
        (
            json!({"new_members": [new_member(&format!("{}@x.com", "a".repeat(250)))]}),
            "must be at most 255 characters",
        ),
        (
            json!({"new_members": [{"member_email": "a@x.com", "member_external_id": "e".repeat(65)}]}),
            "member_external_id",
        ),
        (
            json!({"new_members": [{"member_email": "a@x.com", "role_ids": ["pid_dbtmr:team_admin", "pid_dbtmr:support_admin"]}]}),
            "role_ids",
        ),
        (json!({"force_async": false}), "missing field `new_members`"),
    ];
    for (arg, expected) in cases {
        api.malformed("members/add_v2", arg, expected).await;
    }
    assert!(api.emu.members().is_empty());
    assert!(
        api.emu.audit().is_empty(),
        "malformed calls are not audited"
    );

    // The limits are inclusive: 20 members, 50-character names, 64-character external ids.
    let twenty: Vec<Value> = (0..20)
        .map(|i| {
            json!({
                "member_email": format!("u{i}@x.com"),
                "member_given_name": "g".repeat(50),
                "member_external_id": format!("{i:0>64}"),
            })
        })
        .collect();
    let results = add(&api, twenty).await;
    assert_eq!(tags(&results), vec!["success"; 20]);
    assert_eq!(api.emu.members().len(), 20);
}

#[tokio::test]
async fn added_members_are_listed_in_pages() {
    let api = Api::start(Config::default()).await;
    let added: Vec<String> = (0..5).map(|i| format!("p{i}@x.com")).collect();
    let results = add(&api, added.iter().map(|e| new_member(e)).collect()).await;
    assert_eq!(tags(&results), vec!["success"; 5]);

    let page = api.ok("members/list_v2", json!({"limit": 2})).await;
    assert_eq!(emails(&page), ["p0@x.com", "p1@x.com"]);
    assert_eq!(page["has_more"], true);
    let cursor = page["cursor"].as_str().unwrap().to_string();
    assert!(
        cursor.parse::<u64>().is_err(),
        "cursors are opaque: {cursor}"
    );
    let page = api
        .ok("members/list/continue_v2", json!({"cursor": cursor}))
        .await;
    assert_eq!(emails(&page), ["p2@x.com", "p3@x.com"]);
    assert_eq!(page["has_more"], true);
    let last = api
        .ok(
            "members/list/continue_v2",
            json!({"cursor": page["cursor"]}),
        )
        .await;
    assert_eq!(emails(&last), ["p4@x.com"]);
    assert_eq!(last["has_more"], false);
    // A cursor can be used again.
    let again = api
        .ok(
            "members/list/continue_v2",
            json!({"cursor": page["cursor"]}),
        )
        .await;
    assert_eq!(emails(&again), ["p4@x.com"]);

    api.refused(
        "members/list/continue_v2",
        json!({"cursor": "bogus"}),
        "invalid_cursor",
    )
    .await;
    api.malformed("members/list_v2", json!({"limit": 0}), "limit")
        .await;
    api.malformed("members/list_v2", json!({"limit": 1001}), "limit")
        .await;
    api.malformed(
        "members/list_v2",
        json!({"include_deleted": true}),
        "unknown field",
    )
    .await;

    // Defaults: every member on one page.
    let all = api.ok("members/list_v2", json!({})).await;
    assert_eq!(emails(&all).len(), 5);
    assert_eq!(all["has_more"], false);

    // The profile has the reference's shape.
    let info = &all["members"][0];
    assert_eq!(info["roles"], json!([]));
    let p = &info["profile"];
    assert!(p["team_member_id"].as_str().unwrap().starts_with("dbmid:"));
    assert!(p["account_id"].as_str().unwrap().starts_with("dbid:"));
    assert_eq!(p["status"], json!({".tag": "invited"}));
    assert_eq!(p["email_verified"], false);
    assert_eq!(p["membership_type"], json!({".tag": "full"}));
    assert_eq!(p["groups"], json!([]));
    assert_eq!(p["name"]["display_name"], "Given Surname");
    assert_eq!(p["name"]["abbreviated_name"], "GS");
    let invited_on = p["invited_on"].as_str().unwrap();
    assert_eq!(
        invited_on.len(),
        "2024-01-02T03:04:05Z".len(),
        "{invited_on}"
    );
    assert!(invited_on.ends_with('Z') && invited_on.as_bytes()[10] == b'T');
    for absent in ["joined_on", "suspended_on", "external_id", "persistent_id"] {
        assert!(p.get(absent).is_none(), "{absent} is null, so omitted: {p}");
    }
    assert!(p["member_folder_id"].is_string() && p["root_folder_id"].is_string());
}

#[tokio::test]
async fn the_license_limit_fails_the_members_beyond_it() {
    let api = Api::start(Config {
        num_licensed_users: 3,
        ..Config::default()
    })
    .await;
    let batch = (0..5).map(|i| new_member(&format!("l{i}@x.com"))).collect();
    let results = add(&api, batch).await;
    assert_eq!(
        tags(&results),
        [
            "success",
            "success",
            "success",
            "team_license_limit",
            "team_license_limit"
        ]
    );
    assert_eq!(results[3]["team_license_limit"], "l3@x.com");
    assert_eq!(results[4]["team_license_limit"], "l4@x.com");
    assert_eq!(counts(&api).await, (3, 3));
    assert_eq!(api.emu.members().len(), 3);
}

#[tokio::test]
async fn each_member_of_a_batch_fails_on_its_own() {
    let api = Api::start(Config {
        emails_on_other_teams: vec!["Taken@Elsewhere.com".into()],
        ..Config::default()
    })
    .await;
    api.emu.seed_members(&[SeedMember {
        external_id: Some("ext-1".into()),
        ..SeedMember::new("Ann@X.com", "Ann", "Existing")
    }]);
    let batch = vec![
        new_member("ann@x.com"),
        json!({"member_email": "bob@x.com", "member_external_id": "ext-1"}),
        new_member("taken@elsewhere.com"),
        json!({"member_email": "cid@x.com", "member_external_id": "ext-2"}),
        json!({"member_email": "CID@x.com"}),
        json!({"member_email": "dee@x.com", "member_external_id": "ext-2"}),
        json!({"member_email": "eve@x.com", "role_ids": ["pid_dbtmr:no_such_role"]}),
    ];
    let results = add(&api, batch).await;
    assert_eq!(
        tags(&results),
        [
            "user_already_on_team",
            "duplicate_external_member_id",
            "user_on_another_team",
            "success",
            "user_already_on_team",
            "duplicate_external_member_id",
            "user_creation_failed",
        ]
    );
    assert_eq!(results[0]["user_already_on_team"], "ann@x.com");
    assert_eq!(results[1]["duplicate_external_member_id"], "bob@x.com");
    assert_eq!(results[3]["profile"]["external_id"], "ext-2");
    let on_team: Vec<String> = api.emu.members().into_iter().map(|m| m.email).collect();
    assert_eq!(on_team, ["Ann@X.com", "cid@x.com"]);
}

#[tokio::test]
async fn async_adds_are_done_at_launch_and_complete_after_polls() {
    let api = Api::start(Config {
        async_polls_in_progress: 1,
        ..Config::default()
    })
    .await;
    let launched = api
        .ok(
            "members/add_v2",
            json!({"new_members": [new_member("j@x.com"), new_member("k@x.com")], "force_async": true}),
        )
        .await;
    assert_eq!(launched[".tag"], "async_job_id", "{launched}");
    let job = json!({"async_job_id": launched["async_job_id"]});
    // The work is done before anyone polls.
    assert_eq!(api.emu.members().len(), 2);
    let poll = "members/add/job_status/get_v2";
    assert_eq!(
        api.ok(poll, job.clone()).await,
        json!({".tag": "in_progress"})
    );
    let done = api.ok(poll, job.clone()).await;
    assert_eq!(done[".tag"], "complete", "{done}");
    assert_eq!(tags(done["complete"].as_array().unwrap()), ["success"; 2]);
    assert_eq!(done["complete"][1]["profile"]["email"], "k@x.com");
    api.refused(
        poll,
        json!({"async_job_id": "dbjid:nope"}),
        "invalid_async_job_id",
    )
    .await;
    // The add job is no remove job.
    api.refused("members/remove/job_status/get", job, "invalid_async_job_id")
        .await;

    // Configured to answer asynchronously without force_async; default polls: done at once.
    let api = Api::start(Config {
        async_add: true,
        ..Config::default()
    })
    .await;
    let launched = api
        .ok(
            "members/add_v2",
            json!({"new_members": [new_member("j@x.com")]}),
        )
        .await;
    assert_eq!(launched[".tag"], "async_job_id");
    let done = api
        .ok(poll, json!({"async_job_id": launched["async_job_id"]}))
        .await;
    assert_eq!(done["complete"][0][".tag"], "success");
}

#[tokio::test]
async fn sso_teams_activate_new_members_at_once() {
    let api = Api::start(Config {
        invites_accepted_immediately: true,
        ..Config::default()
    })
    .await;
    let results = add(&api, vec![new_member("s@x.com")]).await;
    let p = &results[0]["profile"];
    assert_eq!(p["status"], json!({".tag": "active"}));
    assert_eq!(p["email_verified"], true);
    assert!(p["joined_on"].is_string(), "{p}");
    assert_eq!(api.emu.members()[0].status, MemberStatus::Active);
}

#[tokio::test]
async fn set_profile_changes_a_member_and_refuses_conflicts() {
    let api = Api::start(Config::default()).await;
    let ids = api.emu.seed_members(&[
        SeedMember {
            external_id: Some("e-a".into()),
            ..SeedMember::new("a@x.com", "Ann", "A")
        },
        SeedMember {
            external_id: Some("e-b".into()),
            ..SeedMember::new("b@x.com", "Bob", "B")
        },
    ]);
    let route = "members/set_profile_v2";
    let info = api
        .ok(
            route,
            json!({
                "user": by_email("A@X.COM"),
                "new_email": "ann@x.com",
                "new_given_name": "Annie",
                "new_surname": "Smith",
                "new_external_id": "e-a2",
            }),
        )
        .await;
    let p = &info["member_info"]["profile"];
    assert_eq!(p["team_member_id"], ids[0].as_str());
    assert_eq!(p["email"], "ann@x.com");
    assert_eq!(p["external_id"], "e-a2");
    assert_eq!(p["name"]["display_name"], "Annie Smith");
    let a = &api.emu.members()[0];
    assert_eq!(
        (a.email.as_str(), a.given_name.as_str(), a.surname.as_str()),
        ("ann@x.com", "Annie", "Smith")
    );

    let cases = [
        (json!({"user": by_id(&ids[0])}), "no_new_data_specified"),
        (
            json!({"user": by_id(&ids[0]), "new_email": "B@x.com"}),
            "email_reserved_for_other_user",
        ),
        (
            json!({"user": by_id(&ids[0]), "new_external_id": "e-b"}),
            "external_id_used_by_other_user",
        ),
        (
            json!({"user": {".tag": "external_id", "external_id": "e-b"}, "new_external_id": "e-c"}),
            "external_id_and_new_external_id_unsafe",
        ),
        (
            json!({"user": by_email("nobody@x.com"), "new_surname": "X"}),
            "user_not_found",
        ),
    ];
    for (arg, tag) in cases {
        api.refused(route, arg, tag).await;
    }
    api.malformed(
        route,
        json!({"user": by_id(&ids[1]), "new_surname": "b".repeat(51)}),
        "new_surname: ",
    )
    .await;
    api.malformed(
        route,
        json!({"user": {".tag": "account_id", "account_id": "dbid:x"}, "new_surname": "X"}),
        "account_id",
    )
    .await;
    // Nothing of the refused calls stuck.
    let b = &api.emu.members()[1];
    assert_eq!(
        (b.email.as_str(), b.external_id.as_deref()),
        ("b@x.com", Some("e-b"))
    );
    // An empty name part is what the spec's `OptionalNamePart` allows: no refusal is
    // invented for it (dbxprov never sends one).
    api.ok(route, json!({"user": by_id(&ids[1]), "new_surname": ""}))
        .await;
    assert_eq!(api.emu.members()[1].surname, "");
    assert_eq!(api.emu.audit().len(), 7, "refused writes are audited too");
}

#[tokio::test]
async fn values_outside_the_stone_rules_are_400s_and_change_nothing() {
    let api = Api::start(Config::default()).await;
    let ids = api
        .emu
        .seed_members(&[SeedMember::new("a@x.com", "Ann", "A")]);
    let hidden = format!(
        "'*****' did not match pattern '{}'",
        dbx_spec::EMAIL_PATTERN
    );
    for email in ["a!b@example.com", "josé@example.com", "c@example.c"] {
        api.malformed(
            "members/add_v2",
            json!({"new_members": [new_member(email)]}),
            &format!("new_members: 0: member_email: {hidden}"),
        )
        .await;
        api.malformed(
            "members/set_profile_v2",
            json!({"user": by_id(&ids[0]), "new_email": email}),
            &format!("new_email: {hidden}"),
        )
        .await;
        api.malformed(
            "members/suspend",
            json!({"user": by_email(email), "wipe_data": false}),
            &format!("user: email: {hidden}"),
        )
        .await;
    }
    // Stricter than the pattern: a control character in a name is refused as well.
    let names = format!("did not match pattern '{}'", dbx_spec::NAME_PATTERN);
    for name in ["Ann\tLee", "Ann\u{7f}", "a:b", "a|b"] {
        api.malformed(
            "members/add_v2",
            json!({"new_members": [{"member_email": "n@x.com", "member_surname": name}]}),
            &format!("new_members: 0: member_surname: '{name}' {names}"),
        )
        .await;
        api.malformed(
            "members/set_profile_v2",
            json!({"user": by_id(&ids[0]), "new_given_name": name}),
            &format!("new_given_name: '{name}' {names}"),
        )
        .await;
    }
    assert_eq!(api.emu.stats().malformed, 3 * 3 + 4 * 2);
    assert_eq!(api.emu.members().len(), 1);
    assert!(
        api.emu.audit().is_empty(),
        "malformed calls are not audited"
    );
    let a = &api.emu.members()[0];
    assert_eq!(
        (a.email.as_str(), a.given_name.as_str()),
        ("a@x.com", "Ann")
    );

    // An empty external id is no violation: set_profile takes it to clear the id.
    api.ok(
        "members/set_profile_v2",
        json!({"user": by_id(&ids[0]), "new_external_id": "e-1"}),
    )
    .await;
    assert_eq!(api.emu.members()[0].external_id.as_deref(), Some("e-1"));
    api.ok(
        "members/set_profile_v2",
        json!({"user": by_id(&ids[0]), "new_external_id": ""}),
    )
    .await;
    assert_eq!(api.emu.members()[0].external_id, None);
    api.malformed(
        "members/set_profile_v2",
        json!({"user": by_id(&ids[0]), "new_external_id": "e".repeat(65)}),
        "new_external_id: ",
    )
    .await;
}

/// Calls `route` until an answer is not a 5xx: that answer, and how many were lost.
async fn until_answered(api: &Api, route: &str, arg: Value) -> ((u16, Value), u32) {
    for lost in 0..64 {
        let (status, body) = api.call(route, arg.clone()).await;
        if status < 500 {
            return ((status, body), lost);
        }
    }
    panic!("{route}: 64 answers in a row were lost");
}

#[tokio::test]
async fn a_write_answered_5xx_after_apply_was_applied() {
    let api = Api::start(Config {
        rate_5xx_after_apply: 0.5,
        ..Config::default()
    })
    .await;
    let seeds: Vec<SeedMember> = (0..16)
        .map(|i| SeedMember::new(&format!("m{i}@x.com"), "M", "M"))
        .collect();
    let ids = api.emu.seed_members(&seeds);
    let mut lost_suspends = 0;
    for (i, id) in ids.iter().enumerate() {
        let arg = json!({"user": by_id(id), "wipe_data": false});
        let (status, body) = api.call("members/suspend", arg.clone()).await;
        assert_eq!(api.emu.members()[i].status, MemberStatus::Suspended);
        if status >= 500 {
            assert!(status == 500 || status == 503, "{status}");
            lost_suspends += 1;
            // The retry finds the work done, as on Dropbox.
            let ((status, body), _) = until_answered(&api, "members/suspend", arg).await;
            assert_eq!(status, 409, "{body}");
            assert_eq!(body["error"][".tag"], "suspend_inactive_user");
        } else {
            assert_eq!((status, body), (200, Value::Null));
        }
    }
    assert!(
        (1..ids.len()).contains(&lost_suspends),
        "half the answers are lost, not {lost_suspends} of {}",
        ids.len()
    );

    // An add whose answer is lost created the member: the retry is told it is there.
    let mut lost_adds = 0;
    for i in 0..16 {
        let email = format!("new{i}@x.com");
        let arg = json!({"new_members": [new_member(&email)]});
        let ((status, body), lost) = until_answered(&api, "members/add_v2", arg).await;
        assert_eq!(status, 200, "{body}");
        let tag = &body["complete"][0][".tag"];
        if lost > 0 {
            lost_adds += 1;
            assert_eq!(tag, "user_already_on_team", "{body}");
        } else {
            assert_eq!(tag, "success", "{body}");
        }
        let on_team = api
            .emu
            .members()
            .iter()
            .filter(|m| m.email == email)
            .count();
        assert_eq!(on_team, 1, "a retried add makes no second member");
    }
    assert!(lost_adds > 0);

    // Reads are never lost.
    for _ in 0..16 {
        api.ok("members/list_v2", json!({"limit": 1})).await;
    }
    assert_eq!(api.emu.stats().malformed, 0);
}

#[tokio::test]
async fn suspend_and_unsuspend() {
    let api = Api::start(Config::default()).await;
    let id = add_one(&api, "m@x.com").await;
    let user = by_id(&id);
    api.refused(
        "members/suspend",
        json!({"user": user, "wipe_data": false}),
        "suspend_inactive_user",
    )
    .await;

    api.emu.accept_invites();
    assert_eq!(api.emu.members()[0].status, MemberStatus::Active);
    let null = api
        .ok("members/suspend", json!({"user": user, "wipe_data": false}))
        .await;
    assert_eq!(null, Value::Null);
    let m = &api.emu.members()[0];
    assert_eq!((m.status, m.wiped), (MemberStatus::Suspended, false));
    let info = api
        .ok("members/get_info_v2", json!({"members": [user]}))
        .await;
    let p = &info["members_info"][0]["profile"];
    assert_eq!(p["status"], json!({".tag": "suspended"}));
    assert!(p["suspended_on"].is_string() && p["joined_on"].is_string());
    api.refused(
        "members/suspend",
        json!({"user": user, "wipe_data": false}),
        "suspend_inactive_user",
    )
    .await;
    assert_eq!(
        counts(&api).await,
        (0, 1),
        "a suspended member holds a license"
    );

    assert_eq!(
        api.ok("members/unsuspend", json!({"user": user})).await,
        Value::Null
    );
    assert_eq!(api.emu.members()[0].status, MemberStatus::Active);
    api.refused(
        "members/unsuspend",
        json!({"user": user}),
        "unsuspend_non_suspended_member",
    )
    .await;
    api.refused(
        "members/unsuspend",
        json!({"user": by_email("ghost@x.com")}),
        "user_not_found",
    )
    .await;
    api.malformed(
        "members/unsuspend",
        json!({"user": user, "wipe_data": false}),
        "unknown field `wipe_data`",
    )
    .await;

    // Left out, wipe_data is true: the data goes. The audit shows what was sent.
    api.ok("members/suspend", json!({"user": user})).await;
    assert!(api.emu.members()[0].wiped);
    let audit = api.emu.audit();
    let suspends: Vec<&Value> = audit
        .iter()
        .filter(|e| e.route == "team/members/suspend")
        .map(|e| &e.arg)
        .collect();
    assert_eq!(suspends.len(), 4);
    assert_eq!(suspends[1]["wipe_data"], false);
    assert!(suspends[3].get("wipe_data").is_none(), "{}", suspends[3]);
}

#[tokio::test]
async fn the_last_admin_stays() {
    let api = Api::start(Config::default()).await;
    let ids = api.emu.seed_members(&[
        SeedMember {
            admin: true,
            ..SeedMember::new("boss@x.com", "Boss", "B")
        },
        SeedMember::new("m@x.com", "Mem", "M"),
    ]);
    let list = api.ok("members/list_v2", json!({})).await;
    assert_eq!(list["members"][0]["roles"][0]["name"], "Team admin");
    assert!(list["members"][0]["roles"][0]["role_id"]
        .as_str()
        .unwrap()
        .starts_with("pid_dbtmr:"));
    assert_eq!(list["members"][1]["roles"], json!([]));
    let boss = by_id(&ids[0]);
    api.refused(
        "members/suspend",
        json!({"user": boss, "wipe_data": false}),
        "suspend_last_admin",
    )
    .await;
    api.refused(
        "members/remove",
        json!({"user": boss, "wipe_data": false}),
        "remove_last_admin",
    )
    .await;
    assert_eq!(api.emu.members()[0].status, MemberStatus::Active);

    // A second admin (added with the role) lets the first one go.
    let results = add(
        &api,
        vec![json!({"member_email": "two@x.com", "role_ids": ["pid_dbtmr:team_admin"]})],
    )
    .await;
    assert_eq!(results[0]["roles"][0]["name"], "Team admin");
    api.emu.accept_invites();
    api.ok("members/remove", json!({"user": boss, "wipe_data": false}))
        .await;
    assert!(api.emu.members()[2].admin);
}

#[tokio::test]
async fn a_removed_invitation_leaves_the_list_and_frees_its_address() {
    let api = Api::start(Config::default()).await;
    let first = add_one(&api, "r@x.com").await;
    add_one(&api, "stay@x.com").await;
    assert_eq!(counts(&api).await, (2, 2));
    let done = api
        .ok(
            "members/remove",
            json!({"user": by_email("R@x.com"), "wipe_data": true, "keep_account": false}),
        )
        .await;
    assert_eq!(done, json!({".tag": "complete"}));
    let m = &api.emu.members()[0];
    assert_eq!(
        (m.status, m.wiped, m.kept_account),
        (MemberStatus::Removed, true, false)
    );
    assert_eq!(counts(&api).await, (1, 1));

    let list = api.ok("members/list_v2", json!({})).await;
    assert_eq!(emails(&list), ["stay@x.com"]);
    let list = api
        .ok("members/list_v2", json!({"include_removed": true}))
        .await;
    assert_eq!(emails(&list), ["r@x.com", "stay@x.com"]);
    // An invitation that was never accepted cannot be recovered.
    assert_eq!(
        list["members"][0]["profile"]["status"],
        json!({".tag": "removed", "is_recoverable": false, "is_disconnected": false})
    );
    api.refused(
        "members/recover",
        json!({"user": by_id(&first)}),
        "user_unrecoverable",
    )
    .await;
    api.refused(
        "members/remove",
        json!({"user": by_id(&first), "wipe_data": true}),
        "user_not_in_team",
    )
    .await;
    api.refused(
        "members/suspend",
        json!({"user": by_email("r@x.com"), "wipe_data": false}),
        "user_not_in_team",
    )
    .await;

    let again = add_one(&api, "r@x.com").await;
    assert_ne!(again, first, "a re-added email is a new member");
    let info = api
        .ok(
            "members/get_info_v2",
            json!({"members": [by_email("r@x.com"), by_id(&first)]}),
        )
        .await;
    let items = &info["members_info"];
    assert_eq!(items[0]["profile"]["team_member_id"], again.as_str());
    assert_eq!(items[0]["profile"]["status"], json!({".tag": "invited"}));
    assert_eq!(items[1]["profile"]["status"][".tag"], "removed");
    assert_eq!(counts(&api).await, (2, 2));
}

#[tokio::test]
async fn remove_options_must_agree() {
    let api = Api::start(Config::default()).await;
    let ids = api.emu.seed_members(&[
        SeedMember {
            admin: true,
            ..SeedMember::new("admin@x.com", "Ad", "Min")
        },
        SeedMember::new("leaver@x.com", "Lea", "Ver"),
        SeedMember::new("heir@x.com", "He", "Ir"),
        SeedMember {
            status: MemberStatus::Invited,
            ..SeedMember::new("new@x.com", "Ne", "W")
        },
    ]);
    let (admin, leaver, heir, invited) = (&ids[0], &ids[1], &ids[2], &ids[3]);
    let route = "members/remove";
    let cases = [
        (
            json!({"user": by_id(leaver), "keep_account": true}),
            "cannot_keep_account_and_delete_data",
        ),
        (
            json!({"user": by_id(leaver), "keep_account": true, "wipe_data": false, "transfer_dest_id": by_id(heir)}),
            "cannot_keep_account_and_transfer",
        ),
        (
            json!({"user": by_id(invited), "keep_account": true, "wipe_data": false}),
            "cannot_keep_invited_user_account",
        ),
        (
            json!({"user": by_id(leaver), "retain_team_shares": true, "wipe_data": false}),
            "cannot_retain_shares_when_no_account_kept",
        ),
        (
            json!({"user": by_id(leaver), "transfer_dest_id": by_email("ghost@x.com"), "transfer_admin_id": by_id(admin)}),
            "transfer_dest_user_not_found",
        ),
        (
            json!({"user": by_id(leaver), "transfer_dest_id": by_id(leaver), "transfer_admin_id": by_id(admin)}),
            "removed_and_transfer_dest_should_differ",
        ),
        (
            json!({"user": by_id(leaver), "transfer_dest_id": by_id(invited), "transfer_admin_id": by_id(admin)}),
            "recipient_not_verified",
        ),
        (
            json!({"user": by_id(leaver), "transfer_dest_id": by_id(heir)}),
            "unspecified_transfer_admin_id",
        ),
        (
            json!({"user": by_id(leaver), "transfer_dest_id": by_id(heir), "transfer_admin_id": by_id(heir)}),
            "transfer_admin_is_not_admin",
        ),
        (
            json!({"user": by_email("ghost@x.com"), "wipe_data": false}),
            "user_not_found",
        ),
    ];
    for (arg, tag) in cases {
        api.refused(route, arg, tag).await;
    }
    assert!(api
        .emu
        .members()
        .iter()
        .all(|m| m.status != MemberStatus::Removed));

    api.ok(
        route,
        json!({"user": by_id(leaver), "wipe_data": false, "transfer_dest_id": by_email("heir@x.com"), "transfer_admin_id": by_id(admin)}),
    )
    .await;
    let m = &api.emu.members()[1];
    assert_eq!(m.status, MemberStatus::Removed);
    assert_eq!(m.transferred_to.as_deref(), Some(heir.as_str()));
    assert!(!m.wiped && !m.kept_account);

    api.ok(
        route,
        json!({"user": by_id(heir), "wipe_data": false, "keep_account": true, "retain_team_shares": true}),
    )
    .await;
    let m = &api.emu.members()[2];
    assert!(m.kept_account && !m.wiped);
    let info = api
        .ok("members/get_info_v2", json!({"members": [by_id(heir)]}))
        .await;
    assert_eq!(
        info["members_info"][0]["profile"]["status"],
        json!({".tag": "removed", "is_recoverable": false, "is_disconnected": true})
    );
    // Invited members can be removed (they cannot be suspended).
    api.ok(route, json!({"user": by_id(invited), "wipe_data": false}))
        .await;
    assert_eq!(api.emu.members()[3].status, MemberStatus::Removed);
}

#[tokio::test]
async fn async_removes_are_polled() {
    let api = Api::start(Config {
        async_remove: true,
        async_polls_in_progress: 2,
        ..Config::default()
    })
    .await;
    let id = add_one(&api, "gone@x.com").await;
    let launched = api
        .ok(
            "members/remove",
            json!({"user": by_id(&id), "wipe_data": false}),
        )
        .await;
    assert_eq!(launched[".tag"], "async_job_id", "{launched}");
    assert_eq!(api.emu.members()[0].status, MemberStatus::Removed);
    let job = json!({"async_job_id": launched["async_job_id"]});
    let poll = "members/remove/job_status/get";
    for _ in 0..2 {
        assert_eq!(
            api.ok(poll, job.clone()).await,
            json!({".tag": "in_progress"})
        );
    }
    assert_eq!(api.ok(poll, job.clone()).await, json!({".tag": "complete"}));
    api.refused("members/add/job_status/get_v2", job, "invalid_async_job_id")
        .await;
    api.malformed(poll, json!({"async_job_id": ""}), "async_job_id")
        .await;
}

#[tokio::test]
async fn each_route_needs_its_scope() {
    let api = Api::start(Config {
        scopes: vec!["members.read".into(), "members.write".into()],
        ..Config::default()
    })
    .await;
    let id = add_one(&api, "x@x.com").await;
    let (status, body) = api
        .call(
            "members/remove",
            json!({"user": by_id(&id), "wipe_data": false}),
        )
        .await;
    assert_eq!(status, 401, "{body}");
    assert_eq!(
        body["error"],
        json!({".tag": "missing_scope", "required_scope": "members.delete"})
    );
    assert_eq!(api.emu.members()[0].status, MemberStatus::Invited);
    let (status, body) = api
        .call("members/recover", json!({"user": by_id(&id)}))
        .await;
    assert_eq!(
        (status, &body["error"]["required_scope"]),
        (401, &json!("members.delete"))
    );

    let api = Api::start(Config {
        scopes: vec!["members.read".into()],
        ..Config::default()
    })
    .await;
    let (status, body) = api
        .call(
            "members/add_v2",
            json!({"new_members": [new_member("x@x.com")]}),
        )
        .await;
    assert_eq!(status, 401);
    assert_eq!(body["error"]["required_scope"], "members.write");
    assert!(api.emu.members().is_empty());
    let (status, body) = api
        .call("members/send_welcome_email", by_email("x@x.com"))
        .await;
    assert_eq!(
        (status, &body["error"]["required_scope"]),
        (401, &json!("members.write"))
    );
    api.ok("members/list_v2", json!({})).await;
}

#[tokio::test]
async fn get_info_names_what_it_did_not_find() {
    let api = Api::start(Config::default()).await;
    let ids = api.emu.seed_members(&[SeedMember {
        external_id: Some("ext-9".into()),
        ..SeedMember::new("found@x.com", "Fou", "Nd")
    }]);
    let info = api
        .ok(
            "members/get_info_v2",
            json!({"members": [
                by_email("missing@x.com"),
                by_id(&ids[0]),
                {".tag": "external_id", "external_id": "nope"},
                {".tag": "external_id", "external_id": "ext-9"},
                by_id("dbmid:unknown"),
            ]}),
        )
        .await;
    let items = info["members_info"].as_array().unwrap();
    assert_eq!(
        items[0],
        json!({".tag": "id_not_found", "id_not_found": "missing@x.com"})
    );
    assert_eq!(items[1][".tag"], "member_info");
    assert_eq!(items[1]["profile"]["email"], "found@x.com");
    assert_eq!(items[1]["roles"], json!([]));
    assert_eq!(items[2]["id_not_found"], "nope");
    assert_eq!(items[3]["profile"]["team_member_id"], ids[0].as_str());
    assert_eq!(items[4]["id_not_found"], "dbmid:unknown");
    api.malformed(
        "members/get_info_v2",
        json!({"members": [{".tag": "email", "email": "bad"}]}),
        "members: 0: email",
    )
    .await;
}

#[tokio::test]
async fn team_info_counts_the_members() {
    let api = Api::start(Config::default()).await;
    assert_eq!(counts(&api).await, (0, 0));
    let seed = |email: &str, status| SeedMember {
        status,
        ..SeedMember::new(email, "S", "M")
    };
    api.emu.seed_members(&[
        seed("a@x.com", MemberStatus::Active),
        seed("i@x.com", MemberStatus::Invited),
        seed("s@x.com", MemberStatus::Suspended),
        seed("r@x.com", MemberStatus::Removed),
    ]);
    // Provisioned: invited or active. Licenses: every member still on the team.
    assert_eq!(counts(&api).await, (2, 3));
}

/// `members/list_v2` with removed members: the status of the member with `email`.
async fn removed_status(api: &Api, email: &str) -> Value {
    let list = api
        .ok("members/list_v2", json!({"include_removed": true}))
        .await;
    let members = list["members"].as_array().unwrap();
    let m = members
        .iter()
        .rev()
        .find(|m| m["profile"]["email"] == email)
        .unwrap_or_else(|| panic!("{email} is listed: {list}"));
    m["profile"]["status"].clone()
}

#[tokio::test]
async fn a_removed_member_is_recoverable_for_seven_days_and_holds_its_address_meanwhile() {
    let api = Api::start(Config::default()).await;
    let ids = api.emu.seed_members(&[
        SeedMember {
            external_id: Some("ext-r".into()),
            ..SeedMember::new("r@x.com", "Rita", "R")
        },
        SeedMember::new("other@x.com", "Otto", "O"),
    ]);
    let group = api.emu.seed_group("Sales", None, &[&ids[0]]);
    api.ok(
        "members/remove",
        json!({"user": by_id(&ids[0]), "wipe_data": false}),
    )
    .await;
    assert_eq!(counts(&api).await, (1, 1), "a removal frees the license");
    assert_eq!(
        removed_status(&api, "r@x.com").await,
        json!({".tag": "removed", "is_recoverable": true, "is_disconnected": false})
    );
    assert!(api.emu.members()[0].recoverable);
    // Meanwhile its email and external id are still taken.
    let results = add(
        &api,
        vec![
            new_member("R@x.com"),
            json!({"member_email": "new@x.com", "member_external_id": "ext-r"}),
        ],
    )
    .await;
    assert_eq!(
        tags(&results),
        ["user_already_on_team", "duplicate_external_member_id"]
    );
    api.refused(
        "members/set_profile_v2",
        json!({"user": by_id(&ids[1]), "new_email": "r@x.com"}),
        "email_reserved_for_other_user",
    )
    .await;

    // Recovered: the same member, active again, back in its group.
    let back = api
        .ok("members/recover", json!({"user": by_email("r@x.com")}))
        .await;
    assert_eq!(back, Value::Null);
    let m = &api.emu.members()[0];
    assert_eq!(
        (m.team_member_id.as_str(), m.status, m.recoverable),
        (ids[0].as_str(), MemberStatus::Active, false)
    );
    assert_eq!(api.emu.groups()[0].members, [ids[0].clone()]);
    assert_eq!(api.emu.groups()[0].group_id, group);
    assert_eq!(counts(&api).await, (2, 2));
    api.refused(
        "members/recover",
        json!({"user": by_id(&ids[0])}),
        "user_unrecoverable",
    )
    .await;
    api.refused(
        "members/recover",
        json!({"user": by_email("nobody@x.com")}),
        "user_not_found",
    )
    .await;

    // Removed again, and 7 days pass: gone for good, and the address is free.
    api.ok(
        "members/remove",
        json!({"user": by_id(&ids[0]), "wipe_data": false}),
    )
    .await;
    api.emu
        .advance_clock(dbx_emulator::RECOVERY_WINDOW + std::time::Duration::from_secs(1));
    assert_eq!(
        removed_status(&api, "r@x.com").await["is_recoverable"],
        false
    );
    api.refused(
        "members/recover",
        json!({"user": by_id(&ids[0])}),
        "user_unrecoverable",
    )
    .await;
    let again = add_one(&api, "r@x.com").await;
    assert_ne!(again, ids[0], "a new, empty account");
}

#[tokio::test]
async fn a_member_kept_or_whose_files_moved_cannot_be_recovered_and_recovery_needs_a_license() {
    let api = Api::start(Config {
        num_licensed_users: 3,
        ..Config::default()
    })
    .await;
    let ids = api.emu.seed_members(&[
        SeedMember::new("kept@x.com", "K", "K"),
        SeedMember::new("moved@x.com", "M", "M"),
        SeedMember::new("back@x.com", "B", "B"),
        SeedMember {
            admin: true,
            ..SeedMember::new("admin@x.com", "A", "A")
        },
    ]);
    let remove = |arg: Value| api.ok("members/remove", arg);
    remove(json!({"user": by_id(&ids[0]), "wipe_data": false, "keep_account": true})).await;
    remove(json!({"user": by_id(&ids[1]), "wipe_data": false,
        "transfer_dest_id": by_email("admin@x.com"), "transfer_admin_id": by_email("admin@x.com")}))
    .await;
    remove(json!({"user": by_id(&ids[2]), "wipe_data": false})).await;
    for id in &ids[..2] {
        api.refused(
            "members/recover",
            json!({"user": by_id(id)}),
            "user_unrecoverable",
        )
        .await;
    }
    // The team is full again: recovering needs a license.
    add_one(&api, "filler@x.com").await;
    add_one(&api, "filler2@x.com").await;
    api.refused(
        "members/recover",
        json!({"user": by_id(&ids[2])}),
        "team_license_limit",
    )
    .await;
}

#[tokio::test]
async fn a_changed_email_leaves_the_invitation_behind_until_a_new_one_is_sent() {
    let api = Api::start(Config::default()).await;
    let id = add_one(&api, "old@x.com").await;
    let m = |api: &Api| api.emu.members()[0].clone();
    assert_eq!(m(&api).invitation_sent_to.as_deref(), Some("old@x.com"));
    api.ok(
        "members/set_profile_v2",
        json!({"user": by_id(&id), "new_email": "new@x.com"}),
    )
    .await;
    assert_eq!(m(&api).invitation_sent_to.as_deref(), Some("old@x.com"));
    let route = "members/send_welcome_email";
    // The argument is the bare selector.
    api.malformed(route, json!({"user": by_id(&id)}), "request body")
        .await;
    assert_eq!(api.ok(route, by_id(&id)).await, Value::Null);
    assert_eq!(
        (
            m(&api).invitation_sent_to.as_deref(),
            m(&api).invitations_sent
        ),
        (Some("new@x.com"), 2)
    );
    // A member who joined gets nothing; a removed or unknown one is refused.
    api.emu.accept_invites();
    api.ok(route, by_email("new@x.com")).await;
    assert_eq!(
        (m(&api).invitation_sent_to, m(&api).invitations_sent),
        (None, 2)
    );
    api.refused(route, by_email("nobody@x.com"), "user_not_found")
        .await;
    api.ok(
        "members/remove",
        json!({"user": by_id(&id), "wipe_data": false}),
    )
    .await;
    api.refused(route, by_id(&id), "user_not_in_team").await;
    // No invitation when the add asks for none; an empty name part is the spec's.
    let results = add(
        &api,
        vec![
            json!({"member_email": "quiet@x.com", "member_given_name": "",
            "send_welcome_email": false}),
        ],
    )
    .await;
    assert_eq!(results[0][".tag"], "success", "{}", results[0]);
    assert_eq!(api.emu.members()[1].invitation_sent_to, None);
}

#[tokio::test]
async fn a_second_transfer_into_one_member_while_a_removal_job_runs_is_too_many_write_operations() {
    let api = Api::start(Config {
        async_remove: true,
        async_polls_in_progress: 1,
        ..Config::default()
    })
    .await;
    let ids = api.emu.seed_members(&[
        SeedMember::new("a@x.com", "A", "A"),
        SeedMember::new("b@x.com", "B", "B"),
        SeedMember::new("c@x.com", "C", "C"),
        SeedMember {
            admin: true,
            ..SeedMember::new("admin@x.com", "Ad", "Min")
        },
        SeedMember::new("dest2@x.com", "D", "D"),
    ]);
    let into = |who: &str, dest: &str| {
        json!({"user": by_id(who), "wipe_data": false,
               "transfer_dest_id": by_email(dest), "transfer_admin_id": by_email("admin@x.com")})
    };
    let job = api.ok("members/remove", into(&ids[0], "admin@x.com")).await;
    let (status, body) = api
        .call("members/remove", into(&ids[1], "admin@x.com"))
        .await;
    assert_eq!(status, 429, "{body}");
    assert_eq!(body["error"]["reason"][".tag"], "too_many_write_operations");
    assert_eq!(
        api.emu.members()[1].status,
        MemberStatus::Active,
        "not removed"
    );
    // Another destination is another namespace.
    api.ok("members/remove", into(&ids[2], "dest2@x.com")).await;
    // Once the first job is done, the next transfer goes through.
    let poll = "members/remove/job_status/get";
    let job = json!({"async_job_id": job["async_job_id"]});
    assert_eq!(api.ok(poll, job.clone()).await[".tag"], "in_progress");
    assert_eq!(api.ok(poll, job).await[".tag"], "complete");
    api.ok("members/remove", into(&ids[1], "admin@x.com")).await;
}

#[tokio::test]
async fn a_storm_on_one_route_and_a_listing_that_repeats_a_member() {
    let api = Api::start(Config {
        rate_limited_routes: vec!["team/members/suspend".into()],
        member_listing_repeats: true,
        ..Config::default()
    })
    .await;
    let seeds: Vec<SeedMember> = (0..5)
        .map(|i| SeedMember::new(&format!("m{i}@x.com"), "G", "S"))
        .collect();
    let ids = api.emu.seed_members(&seeds);
    let (status, _) = api
        .call(
            "members/suspend",
            json!({"user": by_id(&ids[0]), "wipe_data": false}),
        )
        .await;
    assert_eq!(status, 429);
    let mut listed = Vec::new();
    let mut page = api.ok("members/list_v2", json!({"limit": 2})).await;
    loop {
        listed.extend(emails(&page).into_iter().map(str::to_string));
        if page["has_more"] == false {
            break;
        }
        page = api
            .ok(
                "members/list/continue_v2",
                json!({"cursor": page["cursor"]}),
            )
            .await;
    }
    assert_eq!(
        listed,
        ["m0", "m1", "m1", "m2", "m2", "m3", "m3", "m4"].map(|m| format!("{m}@x.com"))
    );
}

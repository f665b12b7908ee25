//! The `team/groups/*` routes over real HTTP: the wire shapes of the reference (a bare
//! array from `groups/get_info`, flattened union members, values carried by refusals),
//! the rules a real team enforces (names, external ids, all-or-nothing member changes,
//! system-managed groups), how groups show in the members routes, async deletion, and
//! the state the test hooks show behind the API.

mod common;

use common::Api;
use dbx_emulator::{Config, FailingJobs, GroupManagementType, MemberStatus, SeedMember};
use serde_json::{json, Value};

fn by_email(email: &str) -> Value {
    json!({".tag": "email", "email": email})
}

fn by_id(team_member_id: &str) -> Value {
    json!({".tag": "team_member_id", "team_member_id": team_member_id})
}

fn group_id(id: &str) -> Value {
    json!({".tag": "group_id", "group_id": id})
}

fn member(user: Value, access: &str) -> Value {
    json!({"user": user, "access_type": access})
}

/// A team of three: `a` and `b` active, `c` suspended; their `team_member_id`s.
async fn team() -> (Api, Vec<String>) {
    team_with(Config::default()).await
}

async fn team_with(config: Config) -> (Api, Vec<String>) {
    let api = Api::start(config).await;
    let ids = api.emu.seed_members(&[
        SeedMember::new("a@x.com", "A", "A"),
        SeedMember::new("b@x.com", "B", "B"),
        SeedMember {
            status: MemberStatus::Suspended,
            ..SeedMember::new("c@x.com", "C", "C")
        },
    ]);
    (api, ids)
}

/// Creates a group that must be created: its full info.
async fn create(api: &Api, name: &str, external_id: Option<&str>) -> Value {
    let mut arg = json!({"group_name": name});
    if let Some(id) = external_id {
        arg["group_external_id"] = id.into();
    }
    api.ok("groups/create", arg).await
}

fn id_of(info: &Value) -> String {
    info["group_id"].as_str().unwrap().to_string()
}

fn names(page: &Value) -> Vec<&str> {
    page["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["group_name"].as_str().unwrap())
        .collect()
}

fn member_emails(members: &Value) -> Vec<&str> {
    members
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["profile"]["email"].as_str().unwrap())
        .collect()
}

/// The whole error body of a 409, to assert a refusal's payload exactly.
async fn error_body(api: &Api, route: &str, arg: Value) -> Value {
    let (status, body) = api.call(route, arg).await;
    assert_eq!(status, 409, "{route}: {body}");
    body
}

#[tokio::test]
async fn create_answers_group_full_info_and_list_answers_summaries() {
    let api = Api::start(Config::default()).await;
    let info = create(&api, "Sales", Some("ext-sales")).await;
    let id = id_of(&info);
    let hex = id.strip_prefix("g:").expect("group ids start with g:");
    assert_eq!(hex.len(), 32, "{id}");
    assert!(hex.chars().all(|c| c.is_ascii_hexdigit()), "{id}");
    let created = info["created"].as_u64().expect("created is ms since epoch");
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as u64;
    assert!(
        now_ms - created < 60_000,
        "{created} is not milliseconds of now"
    );
    assert_eq!(
        info,
        json!({
            "group_name": "Sales",
            "group_id": id,
            "group_external_id": "ext-sales",
            "member_count": 0,
            "group_management_type": {".tag": "company_managed"},
            "created": created,
            "members": [],
        })
    );
    let other = api
        .ok(
            "groups/create",
            json!({"group_name": "Ops", "group_management_type": "user_managed",
                   "add_creator_as_owner": false}),
        )
        .await;
    assert_eq!(
        other["group_management_type"],
        json!({".tag": "user_managed"})
    );
    assert!(
        other.get("group_external_id").is_none(),
        "null optionals are omitted"
    );

    let list = api.ok("groups/list", json!({})).await;
    assert_eq!(list["has_more"], false);
    assert!(list["cursor"].is_string());
    assert_eq!(
        list["groups"][0],
        json!({
            "group_name": "Sales",
            "group_id": id,
            "group_external_id": "ext-sales",
            "member_count": 0,
            "group_management_type": {".tag": "company_managed"},
        }),
        "a summary has neither created nor members"
    );
    assert_eq!(names(&list), ["Sales", "Ops"]);
    let snapshots = api.emu.groups();
    assert_eq!(snapshots.len(), 2);
    assert_eq!(snapshots[0].group_id, id);
    assert_eq!(snapshots[0].external_id.as_deref(), Some("ext-sales"));
    assert_eq!(
        snapshots[1].management_type,
        GroupManagementType::UserManaged
    );
}

#[tokio::test]
async fn groups_list_pages_through_cursors() {
    let api = Api::start(Config::default()).await;
    for name in ["G1", "G2", "G3", "G4"] {
        create(&api, name, None).await;
    }
    let doomed = api.emu.groups()[1].group_id.clone();
    api.ok("groups/delete", group_id(&doomed)).await;

    let first = api.ok("groups/list", json!({"limit": 2})).await;
    assert_eq!(names(&first), ["G1", "G3"], "deleted groups are not listed");
    assert_eq!(first["has_more"], true);
    let next = api
        .ok("groups/list/continue", json!({"cursor": first["cursor"]}))
        .await;
    assert_eq!(names(&next), ["G4"]);
    assert_eq!(next["has_more"], false);

    api.refused(
        "groups/list/continue",
        json!({"cursor": "bogus"}),
        "invalid_cursor",
    )
    .await;
    // A members cursor is no groups cursor.
    let members = api.ok("members/list_v2", json!({"limit": 1})).await;
    api.refused(
        "groups/list/continue",
        json!({"cursor": members["cursor"]}),
        "invalid_cursor",
    )
    .await;
    api.malformed("groups/list", json!({"limit": 0}), "limit: 0")
        .await;
    api.malformed("groups/list", json!({"limit": 1001}), "limit: 1001")
        .await;
    api.ok("groups/list", json!({"limit": 1000})).await;
}

#[tokio::test]
async fn get_info_answers_a_bare_array_in_the_order_asked() {
    let (api, ids) = team().await;
    let sales = api.emu.seed_group("Sales", Some("ext-sales"), &[&ids[0]]);
    let gone = id_of(&create(&api, "Gone", Some("ext-gone")).await);
    api.ok("groups/delete", group_id(&gone)).await;

    let answer = api
        .ok(
            "groups/get_info",
            json!({".tag": "group_ids", "group_ids": ["g:nope", sales, gone]}),
        )
        .await;
    let items = answer.as_array().expect("a bare JSON array");
    assert_eq!(items.len(), 3);
    assert_eq!(
        items[0],
        json!({".tag": "id_not_found", "id_not_found": "g:nope"})
    );
    assert_eq!(
        items[2],
        json!({".tag": "id_not_found", "id_not_found": gone})
    );
    let info = &items[1];
    assert_eq!(info[".tag"], "group_info", "flattened GroupFullInfo");
    assert_eq!(info["group_id"], sales);
    assert_eq!(info["group_name"], "Sales");
    assert_eq!(info["member_count"], 1);
    assert_eq!(member_emails(&info["members"]), ["a@x.com"]);
    assert_eq!(info["members"][0]["access_type"], json!({".tag": "member"}));
    let profile = &info["members"][0]["profile"];
    assert_eq!(profile["team_member_id"], ids[0]);
    assert!(
        profile.get("groups").is_none() && profile.get("member_folder_id").is_none(),
        "a group member's profile is a MemberProfile: {profile}"
    );

    let by_external = api
        .ok(
            "groups/get_info",
            json!({".tag": "group_external_ids", "group_external_ids": ["ext-gone", "ext-sales"]}),
        )
        .await;
    assert_eq!(
        by_external[0],
        json!({".tag": "id_not_found", "id_not_found": "ext-gone"})
    );
    assert_eq!(by_external[1]["group_id"], sales);
    api.malformed(
        "groups/get_info",
        json!({".tag": "group_names", "group_names": ["Sales"]}),
        "group_names",
    )
    .await;
}

#[tokio::test]
async fn group_names_are_checked_and_unique_case_insensitively() {
    let api = Api::start(Config::default()).await;
    create(&api, "Sales Team", Some("ext-1")).await;
    let refusals = [
        (
            json!({"group_name": "sALES team"}),
            "group_name_already_used",
        ),
        (json!({"group_name": ""}), "group_name_invalid"),
        (json!({"group_name": "   "}), "group_name_invalid"),
        (json!({"group_name": "a\nb"}), "group_name_invalid"),
        (json!({"group_name": "tab\there"}), "group_name_invalid"),
        (json!({"group_name": "x".repeat(256)}), "group_name_invalid"),
        (
            json!({"group_name": "Other", "group_external_id": "ext-1"}),
            "external_id_already_in_use",
        ),
        (
            json!({"group_name": "Everyone", "group_management_type": {".tag": "system_managed"}}),
            "system_managed_group_disallowed",
        ),
    ];
    for (arg, tag) in refusals {
        api.refused("groups/create", arg, tag).await;
    }
    assert_eq!(api.emu.groups().len(), 1, "no refused create made a group");
    // The limits are inclusive, counted in characters; punctuation is allowed.
    create(&api, &"é".repeat(255), None).await;
    create(&api, "R&D / Paris: 2024?", None).await;
    // The name of a deleted group is free again.
    let id = api.emu.groups()[0].group_id.clone();
    api.ok("groups/delete", group_id(&id)).await;
    create(&api, "SALES TEAM", Some("ext-1")).await;
}

#[tokio::test]
async fn update_renames_in_place_and_keeps_the_rules() {
    let api = Api::start(Config::default()).await;
    let sales = id_of(&create(&api, "Sales", Some("ext-sales")).await);
    create(&api, "Ops", Some("ext-ops")).await;
    let renamed = api
        .ok(
            "groups/update",
            json!({"group": group_id(&sales), "new_group_name": "Sales EMEA"}),
        )
        .await;
    assert_eq!(renamed["group_id"], sales, "a rename keeps the group id");
    assert_eq!(renamed["group_name"], "Sales EMEA");
    assert_eq!(
        renamed["members"],
        json!([]),
        "return_members defaults to true"
    );
    // A group may change the case of its own name.
    let by_external = json!({".tag": "group_external_id", "group_external_id": "ext-sales"});
    let recased = api
        .ok(
            "groups/update",
            json!({"group": by_external, "new_group_name": "SALES emea", "return_members": false}),
        )
        .await;
    assert!(recased.get("members").is_none(), "{recased}");
    assert_eq!(api.emu.groups()[0].name, "SALES emea");

    let update = |extra: Value| {
        let mut arg = json!({"group": group_id(&sales)});
        arg.as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
        arg
    };
    let refusals = [
        (
            update(json!({"new_group_name": "ops"})),
            "group_name_already_used",
        ),
        (update(json!({"new_group_name": " "})), "group_name_invalid"),
        (
            update(json!({"new_group_external_id": "ext-ops"})),
            "external_id_already_in_use",
        ),
        (
            update(json!({"new_group_management_type": "system_managed"})),
            "system_managed_group_disallowed",
        ),
        (
            json!({"group": group_id("g:nope"), "new_group_name": "X"}),
            "group_not_found",
        ),
    ];
    for (arg, tag) in refusals {
        api.refused("groups/update", arg, tag).await;
    }
    assert_eq!(api.emu.groups()[0].name, "SALES emea");
    assert_eq!(
        api.emu.groups()[0].external_id.as_deref(),
        Some("ext-sales")
    );

    // An empty external id clears it; a new management type is taken.
    let cleared = api
        .ok(
            "groups/update",
            update(
                json!({"new_group_external_id": "", "new_group_management_type": "user_managed"}),
            ),
        )
        .await;
    assert!(cleared.get("group_external_id").is_none(), "{cleared}");
    assert_eq!(
        cleared["group_management_type"],
        json!({".tag": "user_managed"})
    );
    assert_eq!(api.emu.groups()[0].external_id, None);

    let system =
        api.emu
            .seed_group_managed("Everyone", None, &[], GroupManagementType::SystemManaged);
    api.refused(
        "groups/update",
        json!({"group": group_id(&system), "new_group_name": "All"}),
        "system_managed_group_disallowed",
    )
    .await;
}

/// `groups/members/add` on `group`, the members given.
fn add_arg(group: &str, members: Vec<Value>) -> Value {
    json!({"group": group_id(group), "members": members})
}

#[tokio::test]
async fn members_add_is_all_or_nothing_and_names_the_offenders() {
    let (api, ids) = team().await;
    let group = api
        .emu
        .seed_group_managed("Project", None, &[], GroupManagementType::UserManaged);
    const ADD: &str = "groups/members/add";

    let body = error_body(
        &api,
        ADD,
        add_arg(
            &group,
            vec![
                member(by_email("a@x.com"), "member"),
                member(by_email("nobody@x.com"), "member"),
                member(by_email("ghost@x.com"), "member"),
            ],
        ),
    )
    .await;
    assert_eq!(
        body,
        json!({
            "error_summary": "members_not_in_team/...",
            "error": {".tag": "members_not_in_team",
                      "members_not_in_team": ["nobody@x.com", "ghost@x.com"]},
        })
    );
    let body = error_body(
        &api,
        ADD,
        add_arg(
            &group,
            vec![
                member(by_id(&ids[0]), "member"),
                member(by_id("dbmid:nope"), "member"),
                member(
                    json!({".tag": "external_id", "external_id": "ext-nope"}),
                    "member",
                ),
                member(by_email("nobody@x.com"), "member"),
            ],
        ),
    )
    .await;
    assert_eq!(
        body["error"],
        json!({".tag": "users_not_found", "users_not_found": ["dbmid:nope", "ext-nope"]}),
        "ids that name nobody are reported before emails not on the team"
    );
    assert!(
        api.emu.groups()[0].members.is_empty(),
        "a refused add adds nobody"
    );

    let added = api
        .ok(
            ADD,
            add_arg(
                &group,
                vec![
                    member(by_email("A@X.COM"), "owner"),
                    member(by_id(&ids[2]), "member"),
                ],
            ),
        )
        .await;
    assert_eq!(added["async_job_id"], " ", "vestigial: {added}");
    let info = &added["group_info"];
    assert_eq!(info["member_count"], 2);
    assert_eq!(member_emails(&info["members"]), ["a@x.com", "c@x.com"]);
    assert_eq!(info["members"][0]["access_type"], json!({".tag": "owner"}));

    // Anyone already in the group (or listed twice) refuses the whole call.
    for members in [
        vec![
            member(by_email("b@x.com"), "member"),
            member(by_id(&ids[0]), "member"),
        ],
        vec![
            member(by_email("b@x.com"), "member"),
            member(by_id(&ids[1]), "owner"),
        ],
    ] {
        api.refused(ADD, add_arg(&group, members), "duplicate_user")
            .await;
    }
    api.refused(
        ADD,
        add_arg(
            &group,
            vec![
                member(by_id(&ids[1]), "member"),
                member(by_id(&ids[2]), "owner"),
            ],
        ),
        "duplicate_user",
    )
    .await;
    let snapshot = &api.emu.groups()[0];
    let mut expected = vec![ids[0].clone(), ids[2].clone()];
    expected.sort();
    assert_eq!(
        snapshot.members, expected,
        "b was added by none of those calls"
    );
    assert_eq!(snapshot.owners, [ids[0].clone()]);

    let quiet = api
        .ok(
            ADD,
            json!({"group": group_id(&group), "members": [member(by_id(&ids[1]), "member")],
                   "return_members": false}),
        )
        .await;
    assert_eq!(quiet["group_info"]["member_count"], 3);
    assert!(quiet["group_info"].get("members").is_none(), "{quiet}");
    api.refused(
        ADD,
        add_arg("g:nope", vec![member(by_id(&ids[1]), "member")]),
        "group_not_found",
    )
    .await;
}

#[tokio::test]
async fn owners_must_be_active_and_company_managed_groups_have_none() {
    let (api, ids) = team().await;
    const ADD: &str = "groups/members/add";
    let user_managed =
        api.emu
            .seed_group_managed("Project", None, &[], GroupManagementType::UserManaged);
    api.refused(
        ADD,
        add_arg(
            &user_managed,
            vec![
                member(by_id(&ids[0]), "member"),
                member(by_id(&ids[2]), "owner"),
            ],
        ),
        "user_must_be_active_to_be_owner",
    )
    .await;
    // A suspended member may still be a plain member.
    api.ok(
        ADD,
        add_arg(&user_managed, vec![member(by_id(&ids[2]), "member")]),
    )
    .await;

    let company = api.emu.seed_group("Staff", None, &[]);
    let body = error_body(
        &api,
        ADD,
        add_arg(&company, vec![member(by_email("a@x.com"), "owner")]),
    )
    .await;
    assert_eq!(
        body["error"],
        json!({".tag": "user_cannot_be_manager_of_company_managed_group",
               "user_cannot_be_manager_of_company_managed_group": ["a@x.com"]})
    );
    let system = api.emu.seed_group_managed(
        "Everyone",
        None,
        &[&ids[0]],
        GroupManagementType::SystemManaged,
    );
    api.refused(
        ADD,
        add_arg(&system, vec![member(by_id(&ids[1]), "member")]),
        "system_managed_group_disallowed",
    )
    .await;
    api.refused(
        "groups/members/remove",
        json!({"group": group_id(&system), "users": [by_id(&ids[0])]}),
        "system_managed_group_disallowed",
    )
    .await;
}

#[tokio::test]
async fn members_remove_is_all_or_nothing() {
    let (api, ids) = team().await;
    let group = api.emu.seed_group("Staff", None, &[&ids[0], &ids[1]]);
    const REMOVE: &str = "groups/members/remove";
    let remove = |users: Vec<Value>| json!({"group": group_id(&group), "users": users});
    api.refused(
        REMOVE,
        remove(vec![by_id(&ids[0]), by_id(&ids[2])]),
        "member_not_in_group",
    )
    .await;
    let body = error_body(
        &api,
        REMOVE,
        remove(vec![by_id(&ids[0]), by_email("no@x.com")]),
    )
    .await;
    assert_eq!(
        body["error"],
        json!({".tag": "members_not_in_team", "members_not_in_team": ["no@x.com"]})
    );
    let body = error_body(&api, REMOVE, remove(vec![by_id("dbmid:nope")])).await;
    assert_eq!(
        body["error"],
        json!({".tag": "users_not_found", "users_not_found": ["dbmid:nope"]})
    );
    api.refused(
        REMOVE,
        json!({"group": group_id("g:nope"), "users": [by_id(&ids[0])]}),
        "group_not_found",
    )
    .await;
    assert_eq!(
        api.emu.groups()[0].members.len(),
        2,
        "refused removals remove nobody"
    );

    let removed = api.ok(REMOVE, remove(vec![by_email("a@x.com")])).await;
    assert_eq!(removed["async_job_id"], " ");
    assert_eq!(removed["group_info"]["member_count"], 1);
    assert_eq!(
        member_emails(&removed["group_info"]["members"]),
        ["b@x.com"]
    );
    assert_eq!(api.emu.groups()[0].members, [ids[1].clone()]);
}

/// The `profile.groups` of each member `members/list_v2` lists, by email.
async fn groups_of_members(api: &Api) -> Vec<(String, Value)> {
    let list = api
        .ok("members/list_v2", json!({"include_removed": true}))
        .await;
    list["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let p = &m["profile"];
            (
                p["email"].as_str().unwrap().to_string(),
                p["groups"].clone(),
            )
        })
        .collect()
}

#[tokio::test]
async fn member_profiles_list_their_groups_and_removal_leaves_them() {
    let (api, ids) = team().await;
    let staff = api.emu.seed_group("Staff", None, &[&ids[0], &ids[2]]);
    let project = api.emu.seed_group("Project", None, &[&ids[0]]);
    let listed = groups_of_members(&api).await;
    assert_eq!(listed[0], ("a@x.com".into(), json!([staff, project])));
    assert_eq!(listed[1], ("b@x.com".into(), json!([])));
    assert_eq!(
        listed[2],
        ("c@x.com".into(), json!([staff])),
        "a suspended member stays in its groups"
    );
    let info = api
        .ok("members/get_info_v2", json!({"members": [by_id(&ids[0])]}))
        .await;
    assert_eq!(
        info["members_info"][0]["profile"]["groups"],
        json!([staff, project])
    );
    let changed = api
        .ok(
            "members/set_profile_v2",
            json!({"user": by_id(&ids[2]), "new_given_name": "Cee"}),
        )
        .await;
    assert_eq!(changed["member_info"]["profile"]["groups"], json!([staff]));

    api.ok(
        "members/remove",
        json!({"user": by_id(&ids[0]), "wipe_data": false}),
    )
    .await;
    let groups = api.emu.groups();
    assert_eq!(groups[0].members, [ids[2].clone()]);
    assert!(groups[1].members.is_empty());
    let listed = groups_of_members(&api).await;
    assert_eq!(
        listed[0],
        ("a@x.com".into(), json!([])),
        "removed, and out of every group"
    );
    let info = api
        .ok(
            "groups/get_info",
            json!({".tag": "group_ids", "group_ids": [staff]}),
        )
        .await;
    assert_eq!(info[0]["member_count"], 1);
    // A deleted group leaves its members' profiles.
    api.ok("groups/delete", group_id(&staff)).await;
    assert_eq!(groups_of_members(&api).await[2].1, json!([]));
}

#[tokio::test]
async fn group_members_list_pages_steadily() {
    let (api, ids) = team().await;
    let group = api
        .emu
        .seed_group("Staff", None, &[&ids[0], &ids[1], &ids[2]]);
    const LIST: &str = "groups/members/list";
    const CONTINUE: &str = "groups/members/list/continue";
    let first = api
        .ok(LIST, json!({"group": group_id(&group), "limit": 1}))
        .await;
    assert_eq!(member_emails(&first["members"]), ["a@x.com"]);
    assert_eq!(first["has_more"], true);
    // A member leaving between pages shifts nothing.
    api.ok(
        "groups/members/remove",
        json!({"group": group_id(&group), "users": [by_id(&ids[0])], "return_members": false}),
    )
    .await;
    let second = api.ok(CONTINUE, json!({"cursor": first["cursor"]})).await;
    assert_eq!(member_emails(&second["members"]), ["b@x.com"]);
    let third = api.ok(CONTINUE, json!({"cursor": second["cursor"]})).await;
    assert_eq!(member_emails(&third["members"]), ["c@x.com"]);
    assert_eq!(third["has_more"], false);
    assert_eq!(
        third["members"][0]["profile"]["status"],
        json!({".tag": "suspended"})
    );

    api.refused(CONTINUE, json!({"cursor": "bogus"}), "invalid_cursor")
        .await;
    api.refused(
        LIST,
        json!({"group": group_id("g:nope")}),
        "group_not_found",
    )
    .await;
    api.malformed(
        LIST,
        json!({"group": group_id(&group), "limit": 0}),
        "limit: 0",
    )
    .await;
    api.ok("groups/delete", group_id(&group)).await;
    api.refused(
        CONTINUE,
        json!({"cursor": second["cursor"]}),
        "invalid_cursor",
    )
    .await;
}

#[tokio::test]
async fn delete_can_run_as_a_job_that_is_polled() {
    let (api, ids) = team_with(Config {
        async_group_delete: true,
        async_polls_in_progress: 2,
        ..Config::default()
    })
    .await;
    let group = api.emu.seed_group("Staff", Some("ext-staff"), &[&ids[0]]);
    let launched = api.ok("groups/delete", group_id(&group)).await;
    assert_eq!(launched[".tag"], "async_job_id", "{launched}");
    assert!(api.emu.groups().is_empty(), "deleted at launch");
    let poll = json!({"async_job_id": launched["async_job_id"]});
    for _ in 0..2 {
        let status = api.ok("groups/job_status/get", poll.clone()).await;
        assert_eq!(status, json!({".tag": "in_progress"}));
    }
    let done = api.ok("groups/job_status/get", poll.clone()).await;
    assert_eq!(done, json!({".tag": "complete"}));
    api.refused(
        "members/remove/job_status/get",
        poll,
        "invalid_async_job_id",
    )
    .await;
    api.refused(
        "groups/job_status/get",
        json!({"async_job_id": "dbjid:nope"}),
        "invalid_async_job_id",
    )
    .await;
    api.refused("groups/delete", group_id(&group), "group_already_deleted")
        .await;
    api.refused(
        "groups/delete",
        json!({".tag": "group_external_id", "group_external_id": "ext-staff"}),
        "group_already_deleted",
    )
    .await;
    api.refused("groups/delete", group_id("g:nope"), "group_not_found")
        .await;
    let system =
        api.emu
            .seed_group_managed("Everyone", None, &[], GroupManagementType::SystemManaged);
    api.refused(
        "groups/delete",
        group_id(&system),
        "system_managed_group_disallowed",
    )
    .await;
}

#[tokio::test]
async fn delete_is_complete_by_default_and_a_failing_job_still_deletes() {
    let api = Api::start(Config::default()).await;
    let group = id_of(&create(&api, "Staff", None).await);
    assert_eq!(
        api.ok("groups/delete", group_id(&group)).await,
        json!({".tag": "complete"})
    );

    let api = Api::start(Config {
        async_group_delete: true,
        failing_group_delete_jobs: FailingJobs::Every,
        ..Config::default()
    })
    .await;
    let group = id_of(&create(&api, "Staff", None).await);
    let launched = api.ok("groups/delete", group_id(&group)).await;
    api.refused(
        "groups/job_status/get",
        json!({"async_job_id": launched["async_job_id"]}),
        "internal_error",
    )
    .await;
    assert!(api.emu.groups().is_empty());
}

#[tokio::test]
async fn unknown_fields_and_bad_unions_are_plain_text_400s() {
    let (api, ids) = team().await;
    let group = api.emu.seed_group("Staff", None, &[]);
    let cases = [
        (
            "groups/create",
            json!({"group_name": "X", "colour": "red"}),
            "unknown field `colour`",
        ),
        (
            "groups/create",
            json!({"group_name": "X", "group_management_type": "team_managed"}),
            "team_managed",
        ),
        ("groups/create", json!({}), "missing field `group_name`"),
        (
            "groups/list",
            json!({"limit": 5, "include_removed": true}),
            "unknown field `include_removed`",
        ),
        (
            "groups/delete",
            json!({".tag": "group_id", "group_id": group, "force": true}),
            "unknown field `force`",
        ),
        ("groups/delete", json!({"group": group_id(&group)}), "group"),
        (
            "groups/update",
            json!({"group": group_id(&group), "new_description": "x"}),
            "unknown field `new_description`",
        ),
        (
            "groups/members/add",
            json!({"group": group_id(&group), "members": [{"user": by_id(&ids[0]), "access_type": "member", "role": 1}]}),
            "unknown field `role`",
        ),
        (
            "groups/members/add",
            json!({"group": group_id(&group), "members": [member(by_id(&ids[0]), "admin")]}),
            "admin",
        ),
        (
            "groups/members/add",
            json!({"group": group_id(&group), "members": [member(by_email("not-an-email"), "member")]}),
            "members: 0: user: email",
        ),
        (
            "groups/members/remove",
            json!({"group": group_id(&group), "users": [by_id(&ids[0])], "all": true}),
            "unknown field `all`",
        ),
        (
            "groups/members/list/continue",
            json!({"cursor": "c", "limit": 1}),
            "unknown field `limit`",
        ),
    ];
    for (route, arg, expected) in cases {
        api.malformed(route, arg, expected).await;
    }
    let stats = api.emu.stats();
    assert_eq!(stats.malformed, 12);
    assert_eq!(api.emu.groups().len(), 1);
    assert!(api.emu.groups()[0].members.is_empty());
    // Access types may be sent either way a void union member may be.
    api.ok(
        "groups/members/add",
        add_arg(
            &group,
            vec![
                member(by_id(&ids[0]), "member"),
                json!({"user": by_id(&ids[1]), "access_type": {".tag": "member"}}),
            ],
        ),
    )
    .await;
}

#[tokio::test]
async fn reads_need_groups_read_and_writes_groups_write() {
    let api = Api::start(Config {
        scopes: vec!["groups.read".into()],
        ..Config::default()
    })
    .await;
    api.ok("groups/list", json!({})).await;
    let (status, body) = api.call("groups/create", json!({"group_name": "X"})).await;
    assert_eq!(status, 401, "{body}");
    assert_eq!(
        body["error"],
        json!({".tag": "missing_scope", "required_scope": "groups.write"})
    );
    assert!(api.emu.groups().is_empty());

    let api = Api::start(Config {
        scopes: vec![
            "members.read".into(),
            "members.write".into(),
            "groups.write".into(),
        ],
        ..Config::default()
    })
    .await;
    for (route, arg) in [
        ("groups/list", json!({})),
        (
            "groups/get_info",
            json!({".tag": "group_ids", "group_ids": []}),
        ),
        ("groups/members/list", json!({"group": group_id("g:x")})),
    ] {
        let (status, body) = api.call(route, arg).await;
        assert_eq!(status, 401, "{route}: {body}");
        assert_eq!(body["error"]["required_scope"], "groups.read", "{route}");
    }
    api.ok("groups/create", json!({"group_name": "X"})).await;
}

#[tokio::test]
async fn group_routes_are_counted_and_their_writes_audited() {
    let api = Api::start(Config::default()).await;
    let group = id_of(&create(&api, "Staff", None).await);
    api.ok("groups/list", json!({})).await;
    api.ok("groups/list", json!({"limit": 3})).await;
    api.ok("groups/delete", group_id(&group)).await;
    let stats = api.emu.stats();
    assert_eq!(stats.count("/2/team/groups/create"), 1);
    assert_eq!(stats.count("/2/team/groups/list"), 2);
    assert_eq!(stats.count("/2/team/groups/delete"), 1);
    let audit = api.emu.audit();
    let routes: Vec<&str> = audit.iter().map(|e| e.route.as_str()).collect();
    assert_eq!(
        routes,
        ["team/groups/create", "team/groups/delete"],
        "reads are not audited"
    );
    assert_eq!(audit[1].arg, group_id(&group));
}

#[tokio::test]
async fn a_membership_call_names_at_most_a_thousand_members() {
    let (api, _) = team().await;
    let seeds: Vec<SeedMember> = (0..1001)
        .map(|i| SeedMember::new(&format!("p{i}@x.com"), "P", "Q"))
        .collect();
    let ids = api.emu.seed_members(&seeds);
    let group = id_of(&create(&api, "Big", None).await);
    let members: Vec<Value> = ids.iter().map(|id| member(by_id(id), "member")).collect();
    api.malformed(
        "groups/members/add",
        add_arg(&group, members.clone()),
        "members: has more than 1000 items, got 1001",
    )
    .await;
    assert!(api.emu.groups()[0].members.is_empty());
    api.ok(
        "groups/members/add",
        add_arg(&group, members[..1000].to_vec()),
    )
    .await;
    let users: Vec<Value> = ids.iter().map(|id| by_id(id)).collect();
    api.malformed(
        "groups/members/remove",
        json!({"group": group_id(&group), "users": users}),
        "users: has more than 1000 items, got 1001",
    )
    .await;
}

//! The inbound plan's promises, case by case.

use std::collections::{BTreeMap, HashMap};

use super::*;
use crate::mapping::inbound::DirectoryProfile;
use crate::model::{RemoveAction, User, UserActions, UserState};
use crate::store::InboundLink;

fn profile(n: u32) -> DirectoryProfile {
    DirectoryProfile {
        email: format!("m{n}@x.co"),
        username: format!("m{n}@x.co"),
        given_name: format!("G{n}"),
        surname: format!("S{n}"),
        enabled: true,
        attributes: BTreeMap::new(),
    }
}

fn candidate(n: u32) -> Candidate {
    Candidate {
        source_id: format!("dbmid:{n}"),
        email: format!("m{n}@x.co"),
        profile: Ok(profile(n)),
    }
}

fn user(n: u32) -> User {
    let p = profile(n);
    User {
        id: format!("u-{n}"),
        username: p.username,
        email: p.email,
        given_name: p.given_name,
        surname: p.surname,
        enabled: true,
        population: "Team".into(),
        attributes: BTreeMap::new(),
        groups: Vec::new(),
        provenance: None,
        created_at: 0,
        updated_at: 0,
    }
}

fn link(n: u32) -> InboundLink {
    InboundLink {
        source_id: format!("dbmid:{n}"),
        user_id: format!("u-{n}"),
    }
}

/// The world of one plan: `mine` are the rule's users (linked to their members),
/// `others` are directory users from elsewhere.
struct World {
    candidates: Vec<Candidate>,
    excluded: HashMap<String, Excluded>,
    links: Vec<InboundLink>,
    owned: HashMap<String, User>,
    emails: HashMap<String, String>,
    usernames: HashMap<String, String>,
    actions: UserActions,
}

fn world(candidates: &[u32], mine: &[u32], others: &[User]) -> World {
    let owned: HashMap<String, User> = mine.iter().map(|n| (format!("u-{n}"), user(*n))).collect();
    let all: Vec<&User> = owned.values().chain(others.iter()).collect();
    World {
        candidates: candidates.iter().map(|n| candidate(*n)).collect(),
        excluded: HashMap::new(),
        links: mine.iter().map(|n| link(*n)).collect(),
        emails: all
            .iter()
            .map(|u| (u.email.to_lowercase(), u.id.clone()))
            .collect(),
        usernames: all
            .iter()
            .map(|u| (u.username.to_lowercase(), u.id.clone()))
            .collect(),
        owned,
        actions: UserActions::default(),
    }
}

fn plan(w: &World) -> InboundPlan {
    plan_from(w, Origin::Team)
}

fn plan_from(w: &World, origin: Origin) -> InboundPlan {
    plan_inbound(&InboundInput {
        population: "Team",
        candidates: &w.candidates,
        excluded: &w.excluded,
        links: &w.links,
        owned: &w.owned,
        provisioned: &HashMap::new(),
        emails: &w.emails,
        usernames: &w.usernames,
        actions: &w.actions,
        limit: None,
        allow_deletes: None,
        deprovision_all: false,
        groups: Default::default(),
        origin,
    })
}

fn kinds(p: &InboundPlan) -> Vec<(&str, &str)> {
    p.operations
        .iter()
        .map(|o| (o.action.kind(), o.email.as_str()))
        .collect()
}

#[test]
fn new_members_are_created_and_a_changed_one_updated() {
    let mut w = world(&[1, 2], &[1], &[]);
    w.candidates[0].profile.as_mut().unwrap().surname = "Changed".into();
    let p = plan(&w);
    assert_eq!(kinds(&p), [("update", "m1@x.co"), ("create", "m2@x.co")]);
    let DirectoryAction::Update { changes } = &p.operations[0].action else {
        panic!()
    };
    assert_eq!(changes.surname.as_deref(), Some("Changed"));
    assert_eq!(changes.fields(Origin::Team), ["surname"]);
    assert!(!p.guard.tripped);
}

#[test]
fn an_ldap_rules_reasons_speak_of_ldap_entries_not_of_a_team() {
    let mut w = world(&[1, 2, 3], &[4], &[]);
    // Entries 2 and 3 map to one username.
    w.candidates[2].profile.as_mut().unwrap().username = "m2@x.co".into();
    let p = plan_from(&w, Origin::Ldap);
    let reasons: Vec<&str> = p.operations.iter().map(|o| o.reason.as_str()).collect();
    assert!(
        reasons.contains(&"in LDAP, not in dbxprov's directory"),
        "{reasons:?}"
    );
    assert!(
        reasons
            .iter()
            .any(|r| r.contains("no longer found in LDAP")),
        "{reasons:?}"
    );
    let conflict = p.verdicts.iter().find_map(|v| v.reason.as_deref());
    assert!(
        conflict.is_some_and(|r| r.starts_with("entry dbmid:2 maps to the same username")),
        "{conflict:?}"
    );
    let said = p.operations.iter().map(|o| o.reason.as_str());
    let said: Vec<&str> = said
        .chain(p.verdicts.iter().filter_map(|v| v.reason.as_deref()))
        .collect();
    assert!(said.iter().all(|r| !r.contains("team")), "{said:?}");
}

#[test]
fn users_from_elsewhere_are_conflicts_never_written() {
    let mut csv = user(1);
    csv.id = "u-csv".into();
    let mut w = world(&[1, 2], &[], &[csv]);
    // Another user holds m2's username only.
    w.usernames.insert("m2@x.co".into(), "u-9".into());
    let p = plan(&w);
    assert!(p.operations.is_empty(), "{:?}", p.operations);
    assert!(p.verdicts.iter().all(|v| v.state == UserState::Failed));
    assert!(p.verdicts[0].reason.as_deref().unwrap().contains("u-csv"));
}

#[test]
fn leavers_follow_the_remove_action_and_a_failed_filter_deletes_nobody() {
    let mut w = world(&[], &[1, 2, 3], &[]);
    w.candidates.push(candidate(4));
    w.excluded.insert("dbmid:2".into(), Excluded::NotActive);
    w.excluded
        .insert("dbmid:3".into(), Excluded::FilterFailed("boom".into()));
    let p = plan(&w);
    // 1 left the team: disabled (the default remove action); 2 is not active: deleted.
    assert_eq!(
        kinds(&p),
        [
            ("disable", "m1@x.co"),
            ("delete", "m2@x.co"),
            ("create", "m4@x.co")
        ]
    );
    let disabled = &p.operations[0].changes;
    assert_eq!(
        disabled.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["enabled: true -> false"]
    );
    let failed = p.verdicts.iter().find(|v| v.user_id == "u-3").unwrap();
    assert_eq!(failed.state, UserState::Failed);
    w.actions.remove_action = RemoveAction::Delete;
    w.owned.get_mut("u-1").unwrap().enabled = false;
    assert_eq!(plan(&w).operations[0].action, DirectoryAction::Delete);
    w.actions.deprovision_users = false;
    assert_eq!(kinds(&plan(&w)), [("create", "m4@x.co")]);
}

#[test]
fn a_member_back_under_a_new_id_gets_its_old_user_back() {
    let mut w = world(&[], &[1], &[]);
    w.candidates.push(Candidate {
        source_id: "dbmid:new".into(),
        ..candidate(1)
    });
    let p = plan(&w);
    let DirectoryAction::Update { changes } = &p.operations[0].action else {
        panic!("{:?}", p.operations)
    };
    assert_eq!(changes.source_id.as_deref(), Some("dbmid:new"));
    assert_eq!(p.operations.len(), 1, "no disable of the old link");
}

#[test]
fn an_empty_team_with_users_brought_in_trips_the_guard() {
    let w = world(&[], &[1, 2, 3, 4, 5, 6], &[]);
    let p = plan(&w);
    assert!(p.guard.tripped && p.guard.empty_scope);
    assert_eq!(p.guard.deprovisions, 6);
}

//! The unit tests of `mapping`.

use super::*;

fn user() -> User {
    User {
        id: "u-1".into(),
        username: "ann".into(),
        email: "ann@example.com".into(),
        given_name: "Ann".into(),
        surname: "Lee".into(),
        enabled: false,
        population: "Default".into(),
        attributes: [("department".to_string(), "Sales".to_string())].into(),
        groups: vec![],
        provenance: None,
        created_at: 0,
        updated_at: 0,
    }
}

fn map(pairs: &[(&str, &str)]) -> Result<Mapper> {
    Mapper::new(
        &pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
    )
}

#[test]
fn shared_emails_and_external_ids_fail_everyone_who_shares_them() {
    let users: Vec<User> = (0..5)
        .map(|i| User {
            id: format!("u-{i}"),
            email: format!("p{i}@example.com"),
            attributes: [("team".to_string(), (i / 2).to_string())].into(),
            ..user()
        })
        .collect();
    let mapper = map(&[("external_id", "'t' ~ user.attributes.team")]).unwrap();
    let profiles = mapper.profiles(&users);
    // Teams 0 and 1 have two users each; team 2 has one.
    let failed: Vec<usize> = (0..5).filter(|&i| profiles[i].is_err()).collect();
    assert_eq!(failed, [0, 1, 2, 3]);
    let e = profiles[0].as_ref().unwrap_err();
    assert_eq!(e.attribute, "external_id");
    assert!(e.message.contains("p1@example.com"), "{e}");
    assert!(!e.message.contains("p0@example.com"), "{e}");
    assert_eq!(profiles[4].as_ref().unwrap().external_id, "t2");

    // Emails compare case-insensitively, as Dropbox compares them.
    let mapper = map(&[(
        "email",
        "user.email | upper if user.id == 'u-1' else user.email",
    )]);
    let mapper = mapper.unwrap();
    let twins = [
        users[0].clone(),
        User {
            email: "P0@EXAMPLE.COM".into(),
            ..users[1].clone()
        },
    ];
    let profiles = mapper.profiles(&twins);
    assert!(profiles
        .iter()
        .all(|p| p.as_ref().is_err_and(|e| e.attribute == "email")));
}

#[test]
fn defaults() {
    let p = map(&[]).unwrap().profile(&user()).unwrap();
    assert_eq!(p.email, "ann@example.com");
    assert_eq!(p.external_id, "u-1");
    assert_eq!(p.status, WantedStatus::Suspended);
}

#[test]
fn overrides_and_attributes() {
    let m = map(&[
        ("given_name", "user.given_name | upper"),
        (
            "surname",
            "user.surname ~ ' (' ~ user.attributes.department ~ ')'",
        ),
    ])
    .unwrap();
    let p = m.profile(&user()).unwrap();
    assert_eq!(p.given_name, "ANN");
    assert_eq!(p.surname, "Lee (Sales)");
}

#[test]
fn schema_errors_name_the_mapping() {
    let e = map(&[("status", "user.enabled")])
        .unwrap()
        .profile(&user())
        .unwrap_err();
    assert_eq!(e.attribute, "status");
    assert!(
        e.message
            .contains("expects a string, got a boolean (false)"),
        "{e}"
    );
    assert!(e
        .default_instead()
        .unwrap()
        .1
        .contains("'active' if user.enabled else 'suspended'"));
    let e = map(&[("surname", "user.surname ~ 'x' * 60")])
        .unwrap()
        .profile(&user())
        .unwrap_err();
    assert!(e.message.contains("at most 50"), "{e}");
    let e = map(&[("surname", "'a/b'")])
        .unwrap()
        .profile(&user())
        .unwrap_err();
    assert!(e.message.contains("refuses"), "{e}");
    let e = map(&[("email", "user.username")])
        .unwrap()
        .profile(&user())
        .unwrap_err();
    assert!(
        e.message
            .starts_with("email is not an address Dropbox accepts"),
        "{e}"
    );
    assert!(!e.message.contains("ann"), "no personal data: {e}");
    for (attribute, mapping, message) in [
        (
            "email",
            "'c@example.c'",
            "email is not an address Dropbox accepts",
        ),
        (
            "given_name",
            "'Ann\\tLee'",
            "given_name contains a control character",
        ),
        ("external_id", "''", "external_id is empty"),
        (
            "external_id",
            "'x' * 65",
            "external_id is 65 characters long",
        ),
    ] {
        let e = map(&[(attribute, mapping)])
            .unwrap()
            .profile(&user())
            .unwrap_err();
        assert_eq!(e.attribute, attribute);
        assert!(e.message.starts_with(message), "{e}");
    }
    let e = map(&[("given_name", "user.attributes.nickname")])
        .unwrap()
        .profile(&user())
        .unwrap_err();
    assert!(e.message.contains("undefined"), "{e}");
    let ok = map(&[(
        "given_name",
        "user.attributes.nickname | default(user.given_name)",
    )])
    .unwrap();
    assert_eq!(ok.profile(&user()).unwrap().given_name, "Ann");
}

#[test]
fn bad_mappings_are_refused_up_front() {
    assert!(map(&[("title", "user.email")])
        .unwrap_err()
        .to_string()
        .contains("not a Dropbox attribute"));
    assert!(map(&[("email", "user.email |")])
        .unwrap_err()
        .to_string()
        .contains("does not compile"));
}

#[test]
fn a_filter_names_the_values_it_read_of_a_user() {
    let f = Filter::new("user.attributes.department == 'Ops' and user.enabled").unwrap();
    assert_eq!(f.matches(&user()), Ok(false));
    let read = f.values_read(&user());
    assert_eq!(
        read,
        [
            ("user.attributes.department".to_string(), "Sales".into()),
            ("user.enabled".to_string(), false.into()),
        ]
    );
    // An attribute the user does not have reads as null.
    let f = Filter::new("user.attributes.site == 'Paris'").unwrap();
    assert_eq!(
        f.values_read(&user()),
        [("user.attributes.site".to_string(), serde_json::Value::Null)]
    );
}

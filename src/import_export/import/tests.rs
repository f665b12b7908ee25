//! The unit tests of `import`.

use super::json::Capped;
use super::*;
use crate::model::User;

#[test]
fn a_json_file_past_its_cap_is_refused_and_line_numbers_survive_crlf() {
    let endless = Capped {
        inner: std::io::repeat(b'a'),
        read: 0,
        limit: 1 << 20,
    };
    let mut held = Vec::new();
    let e = std::io::Read::read_to_end(&mut std::io::Read::take(endless, 2 << 20), &mut held)
        .unwrap_err();
    assert!(e.to_string().contains("larger than 1 MiB"), "{e}");
    assert!(held.len() <= (1 << 20) + 8192, "stopped at the cap");
    let (_, problems) = csv("email,given_name\r\na@x.co,A\r\nb@x.co\r\n");
    assert_eq!(problems[0].location, "f.csv:3", "{problems:?}");
}

#[test]
fn a_json_key_like_a_known_one_is_named_once_for_the_file() {
    let text =
        r#"[{"email": "a@x.co", "first_name": "Ann"}, {"email": "b@x.co", "first_name": "Bo"}]"#;
    let (_, problems) = read("f.json", text.as_bytes(), Format::Json);
    let said: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(said[0].contains("did you mean given_name?"), "{said:?}");
    let known = r#"[{"email": "a@x.co", "given_name": "Ann", "first_name": "A"}]"#;
    let (_, problems) = read("f.json", known.as_bytes(), Format::Json);
    assert!(problems.is_empty(), "given_name is there: {problems:?}");
}

#[test]
fn a_json_key_given_twice_is_a_problem_not_a_silent_choice() {
    let text = r#"[{"email": "a@x.co", "given_name": "Ann", "given_name": "Bob"},
        {"email": "b@x.co", "Email": "c@x.co"}, 7, {"email": "d@x.co"}]"#;
    let (records, problems) = read("f.json", text.as_bytes(), Format::Json);
    let said: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(said.len(), 3, "{said:?}");
    assert!(
        said[0].contains("item 1") && said[0].contains("appears twice"),
        "{said:?}"
    );
    assert!(
        said[1].contains("item 2") && said[1].contains("appears twice"),
        "{said:?}"
    );
    assert!(said[2].contains("item 3") && said[2].contains("expected an object"));
    assert_eq!(records.len(), 3);
    let (_, problems) = read("f.json", br#"{"email": "a@x.co"}"#.as_slice(), Format::Json);
    assert!(
        problems[0].message.contains("expected an array"),
        "{problems:?}"
    );
}

fn csv(text: &str) -> (Vec<Record>, Vec<Problem>) {
    read("f.csv", text.as_bytes(), Format::Csv)
}

fn plan_of(text: &str, users: &[User], options: &Options) -> Result<Plan, Vec<Problem>> {
    let (records, problems) = csv(text);
    assert!(problems.is_empty(), "{problems:?}");
    plan(
        "f.csv",
        &records,
        users,
        &["Default".into(), "Sales".into()],
        &[],
        options,
        7,
    )
}

#[test]
fn csv_with_bom_crlf_quotes_and_attributes() {
    let (records, problems) = csv(
        "\u{feff}Email,given_name,groups,Department\r\n\"a@x.co\",\"Ann, Jr\",\"G1; G2\",Ops\r\n",
    );
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(records.len(), 1);
    let r = &records[0];
    assert_eq!(r.location, "f.csv:2");
    assert_eq!(r.email.as_deref(), Some("a@x.co"));
    assert_eq!(r.given_name.as_deref(), Some("Ann, Jr"));
    assert_eq!(r.groups, Some(vec!["G1".to_string(), "G2".to_string()]));
    assert_eq!(r.attributes["Department"], "Ops");
}

#[test]
fn every_problem_is_reported_with_its_line() {
    let text = "email,enabled,surname\nok@x.co,true,A\nbad@,true,B\nok@x.co,false,C\nc@x.co,maybe,D\nd@x.co,yes,".to_string()
        + &"x".repeat(51)
        + "\n";
    let (records, problems) = csv(&text);
    assert!(problems.is_empty());
    let problems = plan(
        "f.csv",
        &records,
        &[],
        &["Default".into()],
        &[],
        &Options::default(),
        0,
    )
    .unwrap_err();
    let shown: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(shown.len(), 4, "{shown:?}");
    assert!(
        shown[0].starts_with("f.csv:3: email: email is not an address Dropbox accepts"),
        "{shown:?}"
    );
    assert_eq!(
        shown[1],
        "f.csv:4: email: duplicate email ok@x.co (first at f.csv:2)"
    );
    assert!(shown[2].starts_with("f.csv:5: enabled: \"maybe\" is not a boolean"));
    assert!(shown[3].starts_with("f.csv:6: surname: surname is 51 characters long"));
}

#[test]
fn crlf_line_numbers() {
    let (records, _) = csv("email\r\na@x.co\r\n\"multi\r\nline@x.co\"\r\nbad\r\n");
    let at: Vec<&str> = records.iter().map(|r| r.location.as_str()).collect();
    assert_eq!(at, ["f.csv:2", "f.csv:3", "f.csv:5"]);
}

#[test]
fn ragged_rows_and_missing_email_column() {
    let (_, problems) = csv("email,surname\na@x.co\n");
    assert_eq!(
        problems[0].to_string(),
        "f.csv:2: the row has 1 fields; the header has 2"
    );
    let (_, problems) = csv("mail,surname\na@x.co,b\n");
    let said: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(
        said,
        [
            "f.csv:1: mail: did you mean email? Rename the column (as it is, it would be an attribute and email would stay empty)",
            "f.csv:1: there is no email column (the header read: [\"mail\", \"surname\"])"
        ]
    );
    let (_, problems) = csv("email;surname\na@x.co;b\n");
    assert!(
        problems[0].message.contains("separated by ';'"),
        "{problems:?}"
    );
}

#[test]
fn matching_by_email_then_username() {
    let users = plan_of(
        "email,username,given_name\na@x.co,ann,Ann\n",
        &[],
        &Options::default(),
    )
    .unwrap()
    .creates;
    assert_eq!(users[0].username, "ann");
    // Same email in another case: an update of the given name only.
    let p = plan_of(
        "email,given_name\nA@X.CO,Anna\n",
        &users,
        &Options::default(),
    )
    .unwrap();
    assert_eq!(p.updates.len(), 1);
    assert_eq!(
        changed_fields(&p.updates[0].0, &p.updates[0].1),
        ["email", "given_name"]
    );
    // A new email for a known username: the user's email changes.
    let p = plan_of(
        "email,username\nann@y.co,ann\n",
        &users,
        &Options::default(),
    )
    .unwrap();
    assert_eq!(p.updates[0].1.email, "ann@y.co");
    assert_eq!(p.updates[0].1.id, users[0].id);
    // Unchanged.
    let p = plan_of(
        "email,username,given_name\na@x.co,ann,Ann\n",
        &users,
        &Options::default(),
    )
    .unwrap();
    assert_eq!(p.unchanged, 1);
}

#[test]
fn replace_deletes_only_the_covered_population() {
    let mut users = plan_of(
        "email,population\na@x.co,Sales\nb@x.co,Sales\nc@x.co,Default\n",
        &[],
        &Options::default(),
    )
    .unwrap()
    .creates;
    users.sort_by(|a, b| a.email.cmp(&b.email));
    let replace = Options {
        replace: true,
        ..Options::default()
    };
    let p = plan_of("email,population\na@x.co,Sales\n", &users, &replace).unwrap();
    assert_eq!(
        p.deletes
            .iter()
            .map(|u| u.email.as_str())
            .collect::<Vec<_>>(),
        ["b@x.co"]
    );
    let err = plan_of("email,population\n", &users, &replace).unwrap_err();
    assert!(err[0].message.contains("refused"));
}

#[test]
fn unknown_populations_need_permission() {
    let err = plan_of(
        "email,population\na@x.co,Interns\n",
        &[],
        &Options::default(),
    )
    .unwrap_err();
    assert_eq!(
        err[0].to_string(),
        "f.csv:2: population: unknown population \"Interns\""
    );
    let create = Options {
        create_populations: true,
        ..Options::default()
    };
    let p = plan_of(
        "email,population\na@x.co,Interns\nb@x.co,interns\n",
        &[],
        &create,
    )
    .unwrap();
    assert_eq!(p.new_populations, ["Interns"]);
    assert_eq!(p.creates[1].population, "Interns");
}

#[test]
fn json_records() {
    let (records, problems) = read(
        "f.json",
        br#"[{"email":"a@x.co","enabled":false,"groups":["G"],"employee_id":42,"manager":null},{"email":{"x":1}}]"#.as_slice(),
        Format::Json,
    );
    assert_eq!(problems.len(), 1);
    assert_eq!(
        problems[0].to_string(),
        "f.json item 2: email: expected a string, number or boolean"
    );
    assert_eq!(records[0].enabled.as_deref(), Some("false"));
    assert_eq!(records[0].groups, Some(vec!["G".to_string()]));
    assert_eq!(records[0].attributes["employee_id"], "42");
    assert!(!records[0].attributes.contains_key("manager"));
}

//! `dbx-spec`: the value rules of the Dropbox team API, as its Stone spec states them —
//! which email addresses, given names, surnames and member external ids Dropbox accepts.
//!
//! They live here once so that the two sides cannot drift apart: dbxprov refuses a value
//! before it reaches Dropbox (in the directory, in mappings, in connection settings), and
//! the emulator answers the same values with the 400 the real service gives. A value this
//! crate accepts must never be refused by Dropbox for its shape; where the spec is silent
//! (control characters in names) the rule is the stricter one.
//!
//! Errors are [`Violation`]s, whose text never repeats the value: the values are personal
//! data, and the messages end up in logs and terminals.

use std::fmt;

/// `common.EmailAddress`, spelled as the real service spells it in its 400s.
pub const EMAIL_PATTERN: &str =
    r"^['#&A-Za-z0-9._%+-]+@[A-Za-z0-9-][A-Za-z0-9.-]*\.[A-Za-z]{2,15}$";
/// The `max_length` of `common.EmailAddress`.
pub const EMAIL_MAX_CHARS: usize = 255;
/// `team.OptionalNamePart`, the pattern of given names and surnames.
pub const NAME_PATTERN: &str = r#"[^/:?*<>"|]*"#;
/// The characters [`NAME_PATTERN`] excludes.
pub const NAME_FORBIDDEN: &str = r#"/:?*<>"|"#;
/// The `max_length` of `team.OptionalNamePart`.
pub const NAME_MAX_CHARS: usize = 50;
/// The `max_length` of `team_common.MemberExternalId`.
pub const EXTERNAL_ID_MAX_CHARS: usize = 64;

/// Why Dropbox would refuse a value. Its `Display` is a predicate to put after the name of
/// the field ("surname is 51 characters long; ..."), and never contains the value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Violation {
    /// Does not match [`EMAIL_PATTERN`].
    NotAnEmail,
    /// More characters than Dropbox takes. Stone counts characters (code points), not bytes.
    TooLong { chars: usize, max: usize },
    /// Contains one of [`NAME_FORBIDDEN`] (never a character of the value other than those).
    Forbidden(char),
    /// Contains a control character (Unicode `Cc`).
    ControlCharacter,
    /// Empty where a value is needed.
    Empty,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Violation::NotAnEmail => f.write_str(
                "is not an address Dropbox accepts: only ASCII letters, digits and ' # & . _ % + - \
                 before the @, and after it a domain ending in a dot and 2 to 15 ASCII letters",
            ),
            Violation::TooLong { chars, max } => write!(
                f,
                "is {chars} characters long; Dropbox accepts at most {max}"
            ),
            Violation::Forbidden(c) => write!(f, "contains '{c}', which Dropbox refuses"),
            Violation::ControlCharacter => f.write_str("contains a control character"),
            Violation::Empty => f.write_str("is empty; Dropbox needs at least 1 character"),
        }
    }
}

impl std::error::Error for Violation {}

/// An address Dropbox accepts: [`EMAIL_PATTERN`], at most [`EMAIL_MAX_CHARS`]. The length
/// is checked first, as the real service does, so an overlong address says so.
pub fn check_email(value: &str) -> Result<(), Violation> {
    check_length(value, EMAIL_MAX_CHARS)?;
    if matches_email_pattern(value) {
        Ok(())
    } else {
        Err(Violation::NotAnEmail)
    }
}

/// [`EMAIL_PATTERN`], without a regex engine. The local part cannot hold an `@`, so the
/// first `@` is the only split; the top-level domain holds no dot, so it is what follows
/// the last one.
fn matches_email_pattern(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "'#&._%+-".contains(c));
    let Some((host, tld)) = domain.rsplit_once('.') else {
        return false;
    };
    let host_ok = host
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphanumeric() || c == '-')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    let tld_ok = (2..=15).contains(&tld.len()) && tld.chars().all(|c| c.is_ascii_alphabetic());
    local_ok && host_ok && tld_ok
}

/// A given name or surname Dropbox accepts: at most [`NAME_MAX_CHARS`], none of
/// [`NAME_FORBIDDEN`], and no control characters (the pattern lets them through, but a
/// name holding one is never what anyone meant, so this is the stricter rule). Empty is
/// fine: the parts are optional.
pub fn check_name(value: &str) -> Result<(), Violation> {
    check_length(value, NAME_MAX_CHARS)?;
    match value
        .chars()
        .find(|&c| c.is_control() || NAME_FORBIDDEN.contains(c))
    {
        None => Ok(()),
        Some(c) if c.is_control() => Err(Violation::ControlCharacter),
        Some(c) => Err(Violation::Forbidden(c)),
    }
}

/// A member external id Dropbox accepts: at most [`EXTERNAL_ID_MAX_CHARS`]. The empty id
/// is accepted, because `members/set_profile_v2` takes `new_external_id: ""` to clear it;
/// where an id must name a member, use [`check_nonempty_external_id`].
pub fn check_external_id(value: &str) -> Result<(), Violation> {
    check_length(value, EXTERNAL_ID_MAX_CHARS)
}

/// An external id that names a member: 1 to [`EXTERNAL_ID_MAX_CHARS`] characters. Sending
/// an empty one would clear the member's id instead of setting it.
pub fn check_nonempty_external_id(value: &str) -> Result<(), Violation> {
    if value.is_empty() {
        return Err(Violation::Empty);
    }
    check_external_id(value)
}

fn check_length(value: &str, max: usize) -> Result<(), Violation> {
    let chars = value.chars().count();
    if chars > max {
        Err(Violation::TooLong { chars, max })
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_follow_the_stone_pattern() {
        for ok in [
            "a@b.co",
            "a.b@example.com",
            "o'neil+x@mail.example.com",
            "#&%_.-@-x.museum",
            "A_B@EXAMPLE.COM",
            "x@a-b.c-d.example",
            "x@b..com",
            "x@b.abcdefghijklmno",
        ] {
            assert_eq!(check_email(ok), Ok(()), "{ok}");
        }
        for bad in [
            "a!b@example.com",
            "josé@example.com",
            "c@example.c",
            "a@exämple.com",
            "a@example.cöm",
            "",
            "a",
            "@b.com",
            "a@b",
            "a@.b.com",
            "a@b.c0m",
            "a@b.com.",
            "a b@c.com",
            " a@b.com",
            "a@b.com\n",
            "a@b@c.com",
            "a@@b.com",
            "a@b_c.com",
            "a@b.abcdefghijklmnop",
            "\"a\"@b.com",
        ] {
            assert_eq!(check_email(bad), Err(Violation::NotAnEmail), "{bad:?}");
        }
    }

    #[test]
    fn emails_are_at_most_255_characters() {
        let at_most = format!("{}@example.com", "a".repeat(EMAIL_MAX_CHARS - 12));
        assert_eq!(at_most.len(), 255);
        assert_eq!(check_email(&at_most), Ok(()));
        let over = format!("a{at_most}");
        assert_eq!(
            check_email(&over),
            Err(Violation::TooLong {
                chars: 256,
                max: 255
            })
        );
    }

    #[test]
    fn names_are_at_most_50_characters_not_bytes() {
        for ok in ["", "Ann", "O'Neil-Smith Jr.", "José Ångström"] {
            assert_eq!(check_name(ok), Ok(()), "{ok}");
        }
        assert_eq!(check_name(&"x".repeat(50)), Ok(()));
        assert_eq!(check_name(&"é".repeat(50)), Ok(()));
        assert_eq!(
            check_name(&"é".repeat(51)),
            Err(Violation::TooLong { chars: 51, max: 50 })
        );
        assert_eq!(
            check_name(&"x".repeat(51)),
            Err(Violation::TooLong { chars: 51, max: 50 })
        );
    }

    #[test]
    fn names_refuse_each_forbidden_character_and_control_characters() {
        assert_eq!(NAME_FORBIDDEN.chars().count(), 8);
        for c in NAME_FORBIDDEN.chars() {
            assert_eq!(
                check_name(&format!("Ann{c}Lee")),
                Err(Violation::Forbidden(c)),
                "{c}"
            );
        }
        for c in ['\0', '\t', '\n', '\r', '\u{1b}', '\u{7f}', '\u{85}'] {
            assert_eq!(
                check_name(&format!("Ann{c}Lee")),
                Err(Violation::ControlCharacter),
                "{c:?}"
            );
        }
        // The first offending character decides.
        assert_eq!(check_name("a\t:b"), Err(Violation::ControlCharacter));
        assert_eq!(check_name("a:\tb"), Err(Violation::Forbidden(':')));
    }

    #[test]
    fn external_ids_are_at_most_64_characters() {
        assert_eq!(check_external_id(&"x".repeat(64)), Ok(()));
        assert_eq!(check_external_id(&"é".repeat(64)), Ok(()));
        assert_eq!(
            check_external_id(&"x".repeat(65)),
            Err(Violation::TooLong { chars: 65, max: 64 })
        );
        assert_eq!(check_external_id(""), Ok(()), "set_profile clears with it");
        assert_eq!(check_nonempty_external_id(""), Err(Violation::Empty));
        assert_eq!(check_nonempty_external_id("u-1"), Ok(()));
        assert_eq!(
            check_nonempty_external_id(&"x".repeat(65)),
            Err(Violation::TooLong { chars: 65, max: 64 })
        );
    }

    #[test]
    fn messages_never_repeat_the_value() {
        let secret = "zq7secret";
        let cases = [
            check_email(&format!("{secret}!@example.com")),
            check_email(&format!("{secret}@example.c")),
            check_email(&format!("{}@example.com", secret.repeat(40))),
            check_name(&format!("{secret}:")),
            check_name(&format!("{secret}\n")),
            check_name(&secret.repeat(6)),
            check_external_id(&secret.repeat(8)),
            check_nonempty_external_id(""),
        ];
        for case in cases {
            let message = case.unwrap_err().to_string();
            assert!(!message.contains(secret), "{message}");
        }
        assert_eq!(
            Violation::TooLong { chars: 51, max: 50 }.to_string(),
            "is 51 characters long; Dropbox accepts at most 50"
        );
        assert_eq!(
            Violation::Forbidden(':').to_string(),
            "contains ':', which Dropbox refuses"
        );
        assert_eq!(
            Violation::ControlCharacter.to_string(),
            "contains a control character"
        );
        assert!(Violation::NotAnEmail
            .to_string()
            .starts_with("is not an address Dropbox accepts"));
    }
}

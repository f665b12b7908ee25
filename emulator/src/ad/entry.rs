//! The entries of the Active-Directory-flavoured server: users and groups as AD shows
//! them (a binary `objectGUID`, `sAMAccountName`, `userAccountControl`, an
//! `objectCategory` that is a DN), and the people a test seeds.

/// The domain every entry lives under.
pub const AD_BASE: &str = "DC=corp,DC=example,DC=com";
const SCHEMA: &str = "CN=Schema,CN=Configuration,DC=corp,DC=example,DC=com";

/// userAccountControl: NORMAL_ACCOUNT, and with ACCOUNTDISABLE (2).
pub const UAC_ENABLED: u32 = 512;
pub const UAC_DISABLED: u32 = 514;

/// One entry: its DN and its attributes, values as bytes, in the order they were set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AdEntry {
    pub dn: String,
    pub attrs: Vec<(String, Vec<Vec<u8>>)>,
}

impl AdEntry {
    pub fn get(&self, name: &str) -> Option<&Vec<Vec<u8>>> {
        self.attrs
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v)
    }

    /// Replaces (or adds) an attribute; no values removes it.
    pub fn set(&mut self, name: &str, values: Vec<Vec<u8>>) {
        self.attrs.retain(|(n, _)| !n.eq_ignore_ascii_case(name));
        if !values.is_empty() {
            self.attrs.push((name.to_string(), values));
        }
    }

    pub fn text(&self, name: &str) -> Option<String> {
        let v = self.get(name)?.first()?;
        Some(String::from_utf8_lossy(v).into_owned())
    }

    pub fn is_group(&self) -> bool {
        self.get("objectClass")
            .is_some_and(|v| v.iter().any(|c| c.eq_ignore_ascii_case(b"group")))
    }
}

/// A person a test puts in the directory.
#[derive(Clone, Debug)]
pub struct AdUser {
    pub sam: String,
    pub given_name: String,
    pub surname: String,
    /// `None`: an account without a mailbox.
    pub mail: Option<String>,
    /// The OU under the domain (`Staff` is `OU=Staff,DC=corp,...`).
    pub ou: String,
    pub disabled: bool,
}

impl AdUser {
    /// `sam`, with `sam@corp.example.com`, in `OU=Staff`, enabled.
    pub fn new(sam: &str, given_name: &str, surname: &str) -> AdUser {
        AdUser {
            sam: sam.into(),
            given_name: given_name.into(),
            surname: surname.into(),
            mail: Some(format!("{sam}@corp.example.com")),
            ou: "Staff".into(),
            disabled: false,
        }
    }

    pub fn dn(&self) -> String {
        format!(
            "CN={} {},OU={},{AD_BASE}",
            self.given_name, self.surname, self.ou
        )
    }
}

/// A GUID as AD sends it: 16 bytes, from a counter (distinct, and far from valid UTF-8
/// half the time, as real ones are).
pub fn guid(n: u64) -> Vec<u8> {
    let mut g = [0u8; 16];
    g[..8].copy_from_slice(&n.wrapping_mul(0x9e37_79b9_7f4a_7c15).to_le_bytes());
    g[8..].copy_from_slice(&(!n).to_be_bytes());
    g.to_vec()
}

fn values(items: &[&str]) -> Vec<Vec<u8>> {
    items.iter().map(|s| s.as_bytes().to_vec()).collect()
}

pub fn user_entry(u: &AdUser, guid: Vec<u8>) -> AdEntry {
    let uac = if u.disabled {
        UAC_DISABLED
    } else {
        UAC_ENABLED
    };
    let mut attrs = vec![
        (
            "objectClass".into(),
            values(&["top", "person", "organizationalPerson", "user"]),
        ),
        (
            "objectCategory".into(),
            values(&[&format!("CN=Person,{SCHEMA}")]),
        ),
        (
            "cn".into(),
            values(&[&format!("{} {}", u.given_name, u.surname)]),
        ),
        ("sAMAccountName".into(), values(&[&u.sam])),
        (
            "userPrincipalName".into(),
            values(&[&format!("{}@corp.example.com", u.sam)]),
        ),
        ("givenName".into(), values(&[&u.given_name])),
        ("sn".into(), values(&[&u.surname])),
        ("userAccountControl".into(), values(&[&uac.to_string()])),
        ("primaryGroupID".into(), values(&["513"])),
        ("objectGUID".into(), vec![guid]),
    ];
    if let Some(mail) = &u.mail {
        attrs.push(("mail".into(), values(&[mail])));
    }
    AdEntry { dn: u.dn(), attrs }
}

pub fn group_entry(cn: &str, members: &[String], guid: Vec<u8>) -> AdEntry {
    let mut attrs = vec![
        ("objectClass".into(), values(&["top", "group"])),
        (
            "objectCategory".into(),
            values(&[&format!("CN=Group,{SCHEMA}")]),
        ),
        ("cn".into(), values(&[cn])),
        ("sAMAccountName".into(), values(&[cn])),
        ("objectGUID".into(), vec![guid]),
    ];
    if !members.is_empty() {
        attrs.push((
            "member".into(),
            members.iter().map(|m| m.as_bytes().to_vec()).collect(),
        ));
    }
    AdEntry {
        dn: group_dn(cn),
        attrs,
    }
}

pub fn group_dn(cn: &str) -> String {
    format!("CN={cn},OU=Groups,{AD_BASE}")
}

/// The OUs and the service account every directory starts with.
pub fn skeleton() -> Vec<AdEntry> {
    let ou = |name: &str| AdEntry {
        dn: format!("OU={name},{AD_BASE}"),
        attrs: vec![
            ("objectClass".into(), values(&["top", "organizationalUnit"])),
            ("ou".into(), values(&[name])),
        ],
    };
    vec![
        AdEntry {
            dn: AD_BASE.into(),
            attrs: vec![(
                "objectClass".into(),
                values(&["top", "domain", "domainDNS"]),
            )],
        },
        ou("Staff"),
        ou("Groups"),
        ou("Service"),
        ou("Moved"),
    ]
}

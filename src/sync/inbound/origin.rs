//! Where an inbound rule's people come from, for the words of its plan's reasons: a
//! Dropbox team's members, or an LDAP directory's entries (Active Directory included).

/// What an inbound rule reads.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Origin {
    /// A Dropbox team's members.
    #[default]
    Team,
    /// An LDAP directory's entries.
    Ldap,
}

impl Origin {
    /// One of the people it reads: `member`, `entry`.
    pub(crate) fn one(self) -> &'static str {
        match self {
            Origin::Team => "member",
            Origin::Ldap => "entry",
        }
    }

    /// What links a user to the one it was made from: `member id`, `anchor`.
    pub(crate) fn link(self) -> &'static str {
        match self {
            Origin::Team => "member id",
            Origin::Ldap => "anchor",
        }
    }

    /// Why someone is created.
    pub(crate) fn arrived(self) -> &'static str {
        match self {
            Origin::Team => "in the team, not in the directory",
            Origin::Ldap => "in LDAP, not in dbxprov's directory",
        }
    }

    /// Why someone the rule brought in leaves.
    pub(crate) fn gone(self) -> &'static str {
        match self {
            Origin::Team => "no longer in the team",
            Origin::Ldap => "no longer found in LDAP by the rule's search",
        }
    }

    /// Why someone inactive is deleted under `--sync-only-active`.
    pub(crate) fn inactive(self) -> &'static str {
        match self {
            Origin::Team => "not active, and the rule syncs only active members",
            Origin::Ldap => "disabled in LDAP, and the rule syncs only enabled accounts",
        }
    }

    /// Whose values a user is compared with: `the member's in the team`.
    pub(crate) fn source(self) -> &'static str {
        match self {
            Origin::Team => "the member's in the team",
            Origin::Ldap => "the entry's in LDAP",
        }
    }

    /// Where the others it reads are: `the team`, `LDAP`.
    pub(crate) fn place(self) -> &'static str {
        match self {
            Origin::Team => "another member of the team",
            Origin::Ldap => "another LDAP entry",
        }
    }
}

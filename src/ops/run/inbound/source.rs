//! What an inbound rule's source (a Dropbox team, an LDAP directory) gives its plan.

use std::collections::HashMap;

use crate::sync::inbound::{Candidate, Excluded, WantedGroup};

/// What a source gave the plan.
#[derive(Default)]
pub(crate) struct SourceRead {
    /// Members or entries in scope, mapped; and those out of it, by source id, with why.
    pub(crate) candidates: Vec<Candidate>,
    pub(crate) excluded: HashMap<String, Excluded>,
    /// A Dropbox team's members that its outbound rules provisioned: team member id ->
    /// (rule, user id). They are the directory's, not this rule's.
    pub(crate) provisioned: HashMap<String, (String, String)>,
    /// How many members or entries were read.
    pub(crate) read: usize,
    /// The groups an LDAP rule wants, flattened (`None`: a Dropbox team's rule, which
    /// brings in no groups).
    pub(crate) groups: Option<Vec<WantedGroup>>,
    /// LDAP requests sent (a Dropbox team's are counted by its client).
    pub(crate) requests: u64,
    /// It read a directory's entries, not a team's members.
    pub(crate) from_directory: bool,
}

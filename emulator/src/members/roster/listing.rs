//! Where a `members/list_v2` page starts and what one holds: the state a list cursor
//! stands for.

/// Where a `members/list_v2` page starts: the next member to look at (an index into the
/// members, stable because they are never deleted), the last member the page before
/// showed, and the listing's options. What a list cursor stands for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct ListPosition {
    pub(super) next: usize,
    pub(super) last_shown: Option<usize>,
    pub(super) limit: usize,
    pub(super) include_removed: bool,
}

impl ListPosition {
    /// The start of a listing.
    pub fn first(limit: usize, include_removed: bool) -> Self {
        ListPosition {
            next: 0,
            last_shown: None,
            limit,
            include_removed,
        }
    }
}

/// One page of a listing (member indices), and where the next one starts.
pub(crate) struct Page {
    pub members: Vec<usize>,
    pub next: ListPosition,
    pub has_more: bool,
}

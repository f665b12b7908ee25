//! How the AD-flavoured server behaves: its service account, its limits, and whether it
//! plays a server that ignores paging.

use super::entry::AD_BASE;

/// How the server behaves.
#[derive(Clone, Debug)]
pub struct AdConfig {
    /// The service account's `sAMAccountName` (it binds as its DN or its UPN).
    pub bind_sam: String,
    pub bind_password: String,
    /// Entries a page (or an unpaged search) holds at most: AD's MaxPageSize.
    pub max_page_size: usize,
    /// Values of one attribute sent at once: AD's MaxValRange.
    pub max_val_range: usize,
    /// Behave as a server that ignores the paged-results control (not AD): answer every
    /// entry unpaged, without the control and without saying anything was cut.
    pub ignore_paging: bool,
}

impl Default for AdConfig {
    fn default() -> AdConfig {
        AdConfig {
            bind_sam: "svc-dbxprov".into(),
            bind_password: "Corp-Passw0rd!".into(),
            max_page_size: 1000,
            max_val_range: 1500,
            ignore_paging: false,
        }
    }
}

impl AdConfig {
    pub fn bind_dn(&self) -> String {
        format!("CN={},OU=Service,{AD_BASE}", self.bind_sam)
    }
}

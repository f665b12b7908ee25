//! Owns the server: [`spawn`] starts the router of every route on a thread of its own,
//! and [`EmulatorHandle`] is how tests reach it, through the API's URLs or behind the API
//! (seeding members and groups, reading the audit). The top of the stack.

use std::net::SocketAddr;
use std::sync::Arc;
use std::thread::JoinHandle;

use axum::routing::get;
use axum::Router;

use crate::audit::AuditEntry;
use crate::config::Config;
use crate::groups::group::{GroupManagementType, GroupSnapshot};
use crate::members::member::{MemberSnapshot, SeedMember};
use crate::state::Shared;
use crate::stats::Stats;
use crate::wire::route;
use crate::{groups, members, oauth, team_info};

/// A running emulator. Dropping it shuts the server down and waits for its thread.
pub struct EmulatorHandle {
    addr: SocketAddr,
    shared: Arc<Shared>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl EmulatorHandle {
    /// The address the server listens on (always 127.0.0.1).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:PORT`
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The service URI a connection uses: `http://127.0.0.1:PORT/2`.
    pub fn service_uri(&self) -> String {
        format!("{}/2", self.base_url())
    }

    /// The token endpoint: `http://127.0.0.1:PORT/oauth2/token`.
    pub fn token_endpoint(&self) -> String {
        format!("{}/oauth2/token", self.base_url())
    }

    /// The page an admin opens to approve the app: `http://127.0.0.1:PORT/oauth2/authorize`.
    pub fn authorize_url(&self) -> String {
        format!("{}/oauth2/authorize", self.base_url())
    }

    /// Counts of the requests served so far, by path.
    pub fn stats(&self) -> Stats {
        self.shared.stats()
    }

    /// Makes every access token issued so far expire now (the next call with one gets
    /// 401 `expired_access_token`), as if hours had passed.
    pub fn expire_access_tokens(&self) {
        self.shared.expire_access_tokens();
    }

    /// Revokes every refresh token and access token, as an admin unlinking the app would.
    pub fn revoke_all_tokens(&self) {
        self.shared.revoke_all_tokens();
    }

    /// Puts members on the team directly, bypassing the API and its license check, e.g.
    /// members nobody provisioned ("unmanaged"). Returns their `team_member_id`s, in order.
    ///
    /// # Panics
    /// When an email is already on the team (a test set itself up wrongly).
    pub fn seed_members(&self, members: &[SeedMember]) -> Vec<String> {
        let team = &mut *self.shared.team();
        team.roster.seed(&mut team.ids, members)
    }

    /// Every member ever on the team, removed ones included, in creation order.
    pub fn members(&self) -> Vec<MemberSnapshot> {
        self.shared.team().roster.snapshots()
    }

    /// The member leaves the team as if an admin had removed it in the admin console
    /// (data kept, not wiped).
    ///
    /// # Panics
    /// When the member is unknown or already removed (a test set itself up wrongly).
    pub fn remove_member(&self, team_member_id: &str) {
        let arg = serde_json::from_value(serde_json::json!({
            "user": {".tag": "team_member_id", "team_member_id": team_member_id},
            "wipe_data": false,
        }))
        .expect("a remove argument");
        self.shared
            .team()
            .remove_member(&arg)
            .unwrap_or_else(|e| panic!("remove_member {team_member_id}: {e:?}"));
    }

    /// Suspends a member as an admin would in the admin console (data kept).
    ///
    /// # Panics
    /// When Dropbox would refuse it (a test set itself up wrongly).
    pub fn suspend_member(&self, team_member_id: &str) {
        let arg = serde_json::from_value(serde_json::json!({
            "user": {".tag": "team_member_id", "team_member_id": team_member_id},
            "wipe_data": false,
        }))
        .expect("a suspend argument");
        self.shared
            .team()
            .roster
            .suspend(&arg)
            .unwrap_or_else(|e| panic!("suspend_member {team_member_id}: {e:?}"));
    }

    /// Unsuspends a member as an admin would in the admin console (test setup).
    ///
    /// # Panics
    /// When Dropbox would refuse it (a test set itself up wrongly).
    pub fn unsuspend_member(&self, team_member_id: &str) {
        let user = serde_json::from_value(serde_json::json!(
            {".tag": "team_member_id", "team_member_id": team_member_id}
        ))
        .expect("a user selector");
        let config = self.shared.config.clone();
        self.shared
            .team()
            .roster
            .unsuspend(&user, &config)
            .unwrap_or_else(|e| panic!("unsuspend_member {team_member_id}: {e:?}"));
    }

    /// Removes a member from a group as an admin would in the admin console (test setup).
    ///
    /// # Panics
    /// When Dropbox would refuse it (a test set itself up wrongly).
    pub fn remove_group_member(&self, group_id: &str, team_member_id: &str) {
        let arg = serde_json::from_value(serde_json::json!({
            "group": {".tag": "group_id", "group_id": group_id},
            "users": [{".tag": "team_member_id", "team_member_id": team_member_id}],
        }))
        .expect("a groups/members/remove argument");
        self.shared
            .team()
            .remove_group_members(&arg)
            .unwrap_or_else(|e| panic!("remove_group_member {team_member_id}: {e:?}"));
    }

    /// Answers every call to these API functions 429 from now on (none: the storm is
    /// over), as `Config::rate_limited_routes` does from the start.
    pub fn set_rate_limited_routes(&self, functions: &[&str]) {
        self.shared
            .set_storm(functions.iter().map(|f| f.to_string()).collect());
    }

    /// The next call to `function` (`team/groups/create`) that Dropbox applies loses its
    /// answer: the client gets a 503 for a call that took effect.
    pub fn lose_next_answer(&self, function: &str) {
        self.shared.lose_next_answer(function.to_string());
    }

    /// Moves the team's clock forward, as if `by` had passed: a member removed longer
    /// ago than the recovery window (7 days) can no longer be recovered, and its email
    /// can be added again.
    pub fn advance_clock(&self, by: std::time::Duration) {
        self.shared.team().roster.advance_clock(by);
    }

    /// Changes a member's email as an admin would in the admin console (test setup).
    ///
    /// # Panics
    /// When Dropbox would refuse it (a test set itself up wrongly).
    pub fn set_member_email(&self, team_member_id: &str, email: &str) {
        self.set_profile(team_member_id, serde_json::json!({"new_email": email}));
    }

    /// `members/set_profile_v2` of `team_member_id` with `changes`, as the admin console.
    fn set_profile(&self, team_member_id: &str, changes: serde_json::Value) {
        let mut arg = serde_json::json!({
            "user": {".tag": "team_member_id", "team_member_id": team_member_id},
        });
        if let (Some(arg), Some(changes)) = (arg.as_object_mut(), changes.as_object()) {
            arg.extend(changes.clone());
        }
        let arg = serde_json::from_value(arg).expect("a set_profile argument");
        let config = self.shared.config.clone();
        self.shared
            .team()
            .roster
            .set_profile(&arg, &config)
            .unwrap_or_else(|e| panic!("set_profile {team_member_id}: {e:?}"));
    }

    /// Renames a member as an admin would in the admin console (test setup).
    ///
    /// # Panics
    /// When Dropbox would refuse it (a test set itself up wrongly).
    pub fn set_member_name(&self, team_member_id: &str, given_name: &str, surname: &str) {
        let changes = serde_json::json!({"new_given_name": given_name, "new_surname": surname});
        self.set_profile(team_member_id, changes);
    }

    /// Every invited member whose invitation went to its current address accepts it and
    /// becomes active.
    pub fn accept_invites(&self) {
        self.shared.team().roster.accept_invites();
    }

    /// Puts a company-managed group on the team directly, as an admin would in the admin
    /// console, with `members` (`team_member_id`s) as plain members. Returns its `group_id`.
    ///
    /// # Panics
    /// When the name is invalid or taken (case-insensitively), the external id is taken,
    /// or a member is unknown, removed or listed twice (a test set itself up wrongly).
    pub fn seed_group(&self, name: &str, external_id: Option<&str>, members: &[&str]) -> String {
        self.seed_group_managed(
            name,
            external_id,
            members,
            GroupManagementType::CompanyManaged,
        )
    }

    /// As [`EmulatorHandle::seed_group`], with the given management type: a
    /// `SystemManaged` group is one Dropbox made, which no API call may change.
    pub fn seed_group_managed(
        &self,
        name: &str,
        external_id: Option<&str>,
        members: &[&str],
        management_type: GroupManagementType,
    ) -> String {
        self.shared
            .team()
            .seed_group(name, external_id, management_type, members)
    }

    /// Every live (not deleted) group, in creation order.
    pub fn groups(&self) -> Vec<GroupSnapshot> {
        self.shared.team().group_snapshots()
    }

    /// The write calls to the members and groups routes so far, oldest first, with their arguments as
    /// sent (e.g. to check that a client never leaves `wipe_data` to its default).
    pub fn audit(&self) -> Vec<AuditEntry> {
        self.shared.team().audit.clone()
    }
}

impl Drop for EmulatorHandle {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Starts the emulator on `127.0.0.1:port` (0 picks a free port) on a thread of its own.
pub fn spawn(config: Config, port: u16) -> std::io::Result<EmulatorHandle> {
    let listener = std::net::TcpListener::bind(("127.0.0.1", port))?;
    listener.set_nonblocking(true)?;
    let addr = listener.local_addr()?;
    let shared = Arc::new(Shared::new(config));
    let app = router(shared.clone());
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let (ready_tx, ready_rx) = std::sync::mpsc::channel::<std::io::Result<()>>();
    let thread = std::thread::Builder::new()
        .name("dbx-emulator".into())
        .spawn(move || {
            let runtime = match tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
            {
                Ok(rt) => rt,
                Err(e) => {
                    let _ = ready_tx.send(Err(e));
                    return;
                }
            };
            runtime.block_on(async move {
                let listener = match tokio::net::TcpListener::from_std(listener) {
                    Ok(l) => l,
                    Err(e) => {
                        let _ = ready_tx.send(Err(e));
                        return;
                    }
                };
                let _ = ready_tx.send(Ok(()));
                let _ = axum::serve(listener, app)
                    .with_graceful_shutdown(async {
                        let _ = rx.await;
                    })
                    .await;
            });
        })?;
    ready_rx
        .recv()
        .map_err(|_| std::io::Error::other("emulator thread died while starting"))??;
    Ok(EmulatorHandle {
        addr,
        shared,
        shutdown: Some(tx),
        thread: Some(thread),
    })
}

fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/oauth2/authorize", get(oauth::authorize))
        .route("/oauth2/token", axum::routing::post(oauth::token))
        .merge(team_info::routes())
        .merge(members::routes())
        .merge(groups::routes())
        .fallback(route::unknown_route)
        .with_state(shared)
}

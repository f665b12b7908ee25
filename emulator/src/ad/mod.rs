//! An Active-Directory-flavoured LDAP server on loopback, for what a real OpenLDAP
//! cannot show: binary `objectGUID`s, `sAMAccountName`, `userAccountControl`, `memberOf`,
//! a group's `member` sent in ranges past MaxValRange (1,500), pages capped at
//! MaxPageSize (1,000), the domain-scope control, AD's root DSE and its words for a
//! refused bind. [`spawn_ad`] runs it on a thread of its own; the [`AdHandle`] changes the
//! directory as an admin would (people added, renamed, moved, disabled, deleted; group
//! members) and stops it when dropped. Where AD's behaviour is unknown it takes the less
//! convenient choice: a whole attribute sent empty beside its first range, references
//! from the domain's root without the domain-scope control.

mod config;
mod entry;
mod filter;
mod project;
mod serve;
mod tree;

use std::sync::{Arc, Mutex};

pub use config::AdConfig;
pub use entry::{group_dn, AdUser, AD_BASE};
use tree::Tree;

/// A running server; dropping it stops it.
pub struct AdHandle {
    port: u16,
    tree: Arc<Mutex<Tree>>,
    config: Arc<AdConfig>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl AdHandle {
    pub fn url(&self) -> String {
        format!("ldap://127.0.0.1:{}", self.port)
    }

    pub fn config(&self) -> &AdConfig {
        &self.config
    }

    fn tree(&self) -> std::sync::MutexGuard<'_, Tree> {
        self.tree.lock().expect("the directory's lock")
    }

    pub fn add_user(&self, user: &AdUser) {
        self.tree().add_user(user);
    }

    pub fn add_users(&self, users: &[AdUser]) {
        let mut tree = self.tree();
        for u in users {
            tree.add_user(u);
        }
    }

    /// A group in `OU=Groups` whose `member` holds these DNs (users or groups).
    pub fn add_group(&self, cn: &str, members: &[String]) {
        self.tree().add_group(cn, members);
    }

    /// The DN of the user or group with this `sAMAccountName`.
    pub fn dn_of(&self, sam: &str) -> Option<String> {
        self.tree().dn_of(sam)
    }

    /// Replaces an attribute of the user or group `sam` names (no values removes it).
    pub fn set(&self, sam: &str, attr: &str, values: &[&str]) -> bool {
        let values = values.iter().map(|v| v.as_bytes().to_vec()).collect();
        self.tree().set(sam, attr, values)
    }

    pub fn set_disabled(&self, sam: &str, disabled: bool) -> bool {
        self.tree().set_disabled(sam, disabled)
    }

    /// Renames (modrdn) the entry, and moves it to `OU=ou` when given.
    pub fn rename(&self, sam: &str, new_cn: &str, ou: Option<&str>) -> bool {
        self.tree().rename(sam, new_cn, ou)
    }

    pub fn delete(&self, sam: &str) -> bool {
        self.tree().delete(sam)
    }
}

impl Drop for AdHandle {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Starts the server on `127.0.0.1:port` (0 picks a free port).
pub fn spawn_ad(config: AdConfig, port: u16) -> std::io::Result<AdHandle> {
    let listener = std::net::TcpListener::bind(("127.0.0.1", port))?;
    listener.set_nonblocking(true)?;
    let port = listener.local_addr()?.port();
    let mut skeleton = entry::skeleton();
    skeleton.push(entry::user_entry(
        &AdUser {
            mail: None,
            ou: "Service".into(),
            ..AdUser::new(&config.bind_sam, "", "")
        },
        entry::guid(u64::MAX),
    ));
    let tree = Arc::new(Mutex::new(Tree::new(skeleton)));
    let config = Arc::new(config);
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let (shared_tree, shared_config) = (tree.clone(), config.clone());
    let thread = std::thread::Builder::new()
        .name("dbx-emulator-ad".into())
        .spawn(move || run(listener, shared_tree, shared_config, rx))?;
    Ok(AdHandle {
        port,
        tree,
        config,
        shutdown: Some(tx),
        thread: Some(thread),
    })
}

fn run(
    listener: std::net::TcpListener,
    tree: Arc<Mutex<Tree>>,
    config: Arc<AdConfig>,
    mut stop: tokio::sync::oneshot::Receiver<()>,
) {
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    else {
        return;
    };
    runtime.block_on(async move {
        let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
            return;
        };
        loop {
            tokio::select! {
                _ = &mut stop => return,
                accepted = listener.accept() => {
                    if let Ok((stream, _)) = accepted {
                        tokio::spawn(serve::serve(stream, tree.clone(), config.clone()));
                    }
                }
            }
        }
    });
}

//! The home directory and the files dbxprov keeps in it. The home holds personal data
//! (names, emails, the journal of who was provisioned), so it is created 0700 and every
//! file in it is 0600, whatever the umask and whatever an older version left behind.
//!
//! SQLite creates its `-wal` and `-shm` files with the permissions of the database file,
//! so creating the database file 0600 before SQLite opens it covers those too.

use std::fs::{File, OpenOptions};
use std::path::Path;

use crate::error::{Error, FileAction, Result, Untrusted};

/// The file of the secrets store (`DBXPROV_SECRET_STORE=file`), and the directory of the
/// locks, inside a home.
pub(crate) const SECRETS_FILE: &str = "secrets.json";
pub(crate) const LOCKS_DIR: &str = "locks";
/// The lock a process holds while it creates or migrates the database.
pub(crate) const MIGRATION_LOCK: &str = "dbxprov.lock";

/// Refuses a directory that holds other things and no database (`db_file`): a mistyped
/// `--home` (a project directory, `~`, `/etc`) must not get a database written into it.
pub(crate) fn check_is_home(home: &Path, db_file: &str) -> Result<()> {
    if home.join(db_file).exists() {
        return Ok(());
    }
    // dbxprov's own names (with their journals and temporary files) are not "other
    // files": another process may be creating this home at the same moment.
    let ours = |name: &str| {
        name.starts_with(db_file)
            || name == LOCKS_DIR
            || name == MIGRATION_LOCK
            || name.starts_with(SECRETS_FILE)
    };
    let occupied = std::fs::read_dir(home).is_ok_and(|entries| {
        entries
            .flatten()
            .any(|e| !ours(&e.file_name().to_string_lossy()))
    });
    // The database may have appeared since it was looked for.
    if occupied && !home.join(db_file).exists() {
        return Err(Error::NotAHome {
            path: home.to_path_buf(),
        });
    }
    Ok(())
}

/// Refuses a home that someone else could change: one owned by another user, or that its
/// group or others may write (they could replace the database with one whose token
/// endpoint is theirs, and the next run would send them the secrets), and a database
/// (`db_file`) owned by another user or that others may write. Nothing in it is read
/// before this.
#[cfg(unix)]
pub(crate) fn check_trusted(home: &Path, db_file: &str) -> Result<()> {
    use std::os::unix::fs::MetadataExt;
    // SAFETY: geteuid has no preconditions and cannot fail.
    let me = unsafe { libc::geteuid() };
    for path in [home.to_path_buf(), home.join(db_file)] {
        let meta = match std::fs::metadata(&path) {
            Ok(meta) => meta,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(Error::file(FileAction::Stat, &path, e)),
        };
        let why = if meta.uid() != me {
            Untrusted::OwnedBy(meta.uid())
        } else if meta.mode() & 0o022 != 0 {
            Untrusted::Writable(meta.mode())
        } else {
            continue;
        };
        return Err(Error::UntrustedHome { path, why });
    }
    Ok(())
}

#[cfg(not(unix))]
pub(crate) fn check_trusted(_home: &Path, _db_file: &str) -> Result<()> {
    Ok(())
}

/// Whether this user may write `path` (a home on a read-only mount, or one frozen with
/// `chmod a-w`, may only be read).
#[cfg(unix)]
pub(crate) fn writable(path: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let Ok(c_path) = std::ffi::CString::new(path.as_os_str().as_bytes()) else {
        return false;
    };
    // SAFETY: c_path is a valid NUL-terminated string that outlives the call.
    unsafe { libc::access(c_path.as_ptr(), libc::W_OK) == 0 }
}

#[cfg(not(unix))]
pub(crate) fn writable(_path: &Path) -> bool {
    true
}

/// Creates `home` (and its parents) as 0700 when it does not exist yet.
pub(crate) fn create_dir(home: &Path) -> Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder
        .create(home)
        .map_err(|e| Error::file(FileAction::CreateDirectory, home, e))
}

/// Opens `path` for writing, creating it 0600; a file that exists with looser permissions
/// (from an older dbxprov, or created under another umask) is narrowed to 0600.
pub(crate) fn open_private(path: &Path, truncate: bool) -> Result<File> {
    let mut options = OpenOptions::new();
    options
        .create(true)
        .write(true)
        .read(true)
        .truncate(truncate);
    open_private_with(path, options)
}

/// Opens `path` to append to it, creating it 0600 (an existing file is narrowed to 0600).
pub(crate) fn open_private_append(path: &Path) -> Result<File> {
    let mut options = OpenOptions::new();
    options.create(true).append(true);
    open_private_with(path, options)
}

/// Opens `path` with `options`, a new file 0600, an existing one narrowed to 0600.
fn open_private_with(path: &Path, mut options: OpenOptions) -> Result<File> {
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let file = options
        .open(path)
        .map_err(|e| Error::file(FileAction::Open, path, e))?;
    restrict(path, &file)?;
    Ok(file)
}

/// Replaces `path` with `bytes` at once (written beside it, then renamed over it): a
/// reader sees the old file or the new one, never half of one. `mode` is the new file's
/// (0600 for anything private, 0644 for a file another user's program reads).
pub(crate) fn write_atomically(path: &Path, bytes: &[u8], mode: u32) -> Result<()> {
    use std::io::Write;
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".{}.tmp", std::process::id()));
    let tmp = path.with_file_name(name);
    let err = |e| Error::file(FileAction::Write, path, e);
    let mut options = OpenOptions::new();
    options.create(true).write(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, mode);
    #[cfg(not(unix))]
    let _ = mode;
    let written = options.open(&tmp).and_then(|mut file| {
        // The mode asked for whatever the umask: a file another user's program reads
        // must be readable by it.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            file.set_permissions(std::fs::Permissions::from_mode(mode))?;
        }
        file.write_all(bytes)?;
        file.sync_all()
    });
    match written.and_then(|()| std::fs::rename(&tmp, path)) {
        Ok(()) => Ok(()),
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(err(e))
        }
    }
}

/// Narrows an existing file to 0600 (a no-op when it does not exist).
pub(crate) fn restrict_existing(path: &Path) -> Result<()> {
    match File::open(path) {
        Ok(file) => restrict(path, &file),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Error::file(FileAction::Open, path, e)),
    }
}

#[cfg(unix)]
fn restrict(path: &Path, file: &File) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let err = |e| Error::file(FileAction::SetPermissions, path, e);
    let mode = file.metadata().map_err(err)?.permissions().mode();
    if mode & 0o077 != 0 {
        file.set_permissions(std::fs::Permissions::from_mode(0o600))
            .map_err(err)?;
    }
    Ok(())
}

#[cfg(not(unix))]
fn restrict(_path: &Path, _file: &File) -> Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_home_being_created_by_another_process_is_a_home_and_other_files_are_not() {
        let dir = tempfile::TempDir::new().unwrap();
        // What a concurrent first command may have written so far.
        for name in [
            "dbxprov.db-journal",
            "secrets.json.tmp",
            LOCKS_DIR,
            MIGRATION_LOCK,
        ] {
            std::fs::write(dir.path().join(name), "").unwrap();
        }
        assert!(check_is_home(dir.path(), "dbxprov.db").is_ok());
        std::fs::write(dir.path().join("notes.txt"), "").unwrap();
        assert!(matches!(
            check_is_home(dir.path(), "dbxprov.db"),
            Err(Error::NotAHome { .. })
        ));
        std::fs::write(dir.path().join("dbxprov.db"), "").unwrap();
        assert!(check_is_home(dir.path(), "dbxprov.db").is_ok());
    }
}

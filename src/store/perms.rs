//! Assessment results are personal data: files 0600 and folders 0700 on Unix.

use std::fs::{DirBuilder, OpenOptions};
use std::path::Path;

/// Creates `dir` and any missing parents, readable only by the user (folders that exist are left as they are).
pub fn create_private_dir_all(dir: &Path) -> std::io::Result<()> {
    let mut b = DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    b.create(dir)
}

/// Creates (or empties) the file at `path` readable and writable only by the user, tightening an
/// earlier file's wider mode too, so replacing an old export leaves no copy others can read.
pub fn create_private_file(path: &Path) -> std::io::Result<std::fs::File> {
    let file = private_file()
        .write(true)
        .create(true)
        .truncate(true)
        .open(path)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    Ok(file)
}

/// Options that create files readable and writable only by the user.
pub fn private_file() -> OpenOptions {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        let mut o = OpenOptions::new();
        o.mode(0o600);
        o
    }
    // Windows files inherit the user profile folder's access list, which already keeps others out.
    #[cfg(not(unix))]
    OpenOptions::new()
}

/// Makes `o` refuse to open a symlink (the last path component), so a link planted in the event
/// folder is never written through. Windows creates no symlinks without privileges; there the
/// writer's path checks suffice.
pub fn no_follow(o: &mut OpenOptions) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.custom_flags(libc::O_NOFOLLOW);
    }
    #[cfg(not(unix))]
    let _ = o;
}

/// Whether `path` is a symlink (a missing path is not).
pub fn is_symlink(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

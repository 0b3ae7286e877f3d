//! What the integration tests share: running the `lgd` binary, a demo day set up on disk, and the
//! binary in a pseudo-terminal. Each test binary uses part of it.
#![allow(dead_code)]

pub mod day;
pub mod pty;
pub mod washup;

use std::ffi::OsStr;
use std::path::Path;
use std::process::{Command, Output};

/// The `lgd` binary under test, with a fixed English locale unless a test says otherwise.
pub fn lgd() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_lgd"));
    c.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .env_remove("LGD_DIR");
    c
}

/// Runs `lgd ARGS...` to the end.
pub fn run<I, S>(args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    lgd().args(args).output().expect("run lgd")
}

/// Runs `lgd ARGS...` in `dir`.
pub fn run_in<I, S>(dir: &Path, args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    lgd().current_dir(dir).args(args).output().expect("run lgd")
}

/// Standard output as text.
pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Standard error as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

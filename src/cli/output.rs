//! Standard output that reports a failed write instead of panicking as `println!` does.
//!
//! Rust ignores SIGPIPE, so once the reader of a pipe has gone (`lgd check ... | head -1`) every
//! later write fails with `BrokenPipe`, and `println!` turns that into a panic. Commands write
//! through `outln!`/`out!`, pass the error up with `?`, and `cli::finish` ends them quietly.
//! Standard error gets the lists and warnings along the way through `errln!`.

use std::fmt;
use std::io::{self, Write};

/// Writing to standard output failed.
#[derive(Debug)]
pub struct StdoutError(pub io::Error);

/// Writes formatted text to standard output.
pub fn write(args: fmt::Arguments<'_>) -> Result<(), StdoutError> {
    io::stdout().lock().write_fmt(args).map_err(StdoutError)
}

/// Writes formatted text and a newline to standard output, under one lock.
pub fn line(args: fmt::Arguments<'_>) -> Result<(), StdoutError> {
    let mut out = io::stdout().lock();
    out.write_fmt(args)
        .and_then(|()| out.write_all(b"\n"))
        .map_err(StdoutError)
}

/// Writes bytes to standard output and flushes them.
pub fn bytes(b: &[u8]) -> Result<(), StdoutError> {
    let mut out = io::stdout().lock();
    out.write_all(b)
        .and_then(|()| out.flush())
        .map_err(StdoutError)
}

/// `println!` that returns `Result<(), StdoutError>` instead of panicking.
macro_rules! outln {
    () => {
        $crate::cli::output::line(format_args!(""))
    };
    ($($arg:tt)*) => {
        $crate::cli::output::line(format_args!($($arg)*))
    };
}

/// `print!` that returns `Result<(), StdoutError>` instead of panicking.
macro_rules! out {
    ($($arg:tt)*) => {
        $crate::cli::output::write(format_args!($($arg)*))
    };
}

pub(crate) use {out, outln};

/// Writes a line to standard error: the lists and warnings a command gives on its way. A closed
/// standard error is not worth stopping the command for; the exit code still tells.
pub fn note(args: fmt::Arguments<'_>) {
    let mut err = io::stderr().lock();
    let _ = err.write_fmt(args).and_then(|()| err.write_all(b"\n"));
}

/// `eprintln!` that never panics: see [`note`].
macro_rules! errln {
    ($($arg:tt)*) => {
        $crate::cli::output::note(format_args!($($arg)*))
    };
}

pub(crate) use errln;

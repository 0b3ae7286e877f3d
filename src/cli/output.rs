//! Standard output that reports a failed write instead of panicking as `println!` does.
//!
//! Rust ignores SIGPIPE, so once the reader of a pipe has gone (`lgd check ... | head -1`) every
//! later write fails with `BrokenPipe`, and `println!` turns that into a panic. Commands write
//! through `outln!`/`out!`, pass the error up with `?`, and `cli::main` ends them quietly.

use std::fmt;
use std::io::{self, Write};
use std::process::ExitCode;

/// Writing to standard output failed.
#[derive(Debug)]
pub struct StdoutError(pub io::Error);

/// Why a command stopped early: its own failure, or standard output going away.
#[derive(Debug)]
pub enum Stop {
    /// The command failed; the message says why and goes to standard error.
    Failed(String),
    /// Standard output could not be written.
    Stdout(StdoutError),
}

impl From<String> for Stop {
    fn from(message: String) -> Stop {
        Stop::Failed(message)
    }
}

impl From<StdoutError> for Stop {
    fn from(e: StdoutError) -> Stop {
        Stop::Stdout(e)
    }
}

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

/// The exit code of a command whose output may have been cut short.
pub fn exit_code(ran: Result<ExitCode, StdoutError>) -> ExitCode {
    match ran {
        Ok(code) => code,
        // The reader took what it wanted (`| head`): as quiet as a tool that SIGPIPE ended.
        Err(StdoutError(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(StdoutError(e)) => {
            // A full disk behind `> file` is worth saying; a closed stderr too leaves nothing to say it on.
            let _ = writeln!(io::stderr(), "lgd: cannot write to standard output: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reader_that_went_away_is_a_quiet_success_and_other_errors_fail() {
        let gone = StdoutError(io::Error::from(io::ErrorKind::BrokenPipe));
        assert_eq!(exit_code(Err(gone)), ExitCode::SUCCESS);
        let full = StdoutError(io::Error::from(io::ErrorKind::StorageFull));
        assert_eq!(exit_code(Err(full)), ExitCode::FAILURE);
        assert_eq!(exit_code(Ok(ExitCode::from(3))), ExitCode::from(3));
    }
}

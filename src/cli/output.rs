//! Standard output that reports a failed write instead of panicking as `println!` does.
//!
//! Rust ignores SIGPIPE, so once the reader of a pipe has gone (`lgd check ... | head -1`) every
//! later write fails with `BrokenPipe`, and `println!` turns that into a panic. Commands write
//! through `outln!`/`out!`, pass the error up with `?`, and `cli::finish` ends them quietly.
//! Standard error gets the lists and warnings along the way through `errln!`.
//!
//! Every line passes through [`inert`] on its way: names, notes and paths come from files anyone
//! can edit, and an escape sequence in them would set the terminal's title, write the clipboard
//! (OSC 52) or reorder what the reader sees (U+202E).

use std::borrow::Cow;
use std::fmt;
use std::io::{self, Write};

pub use crate::text::inert::inert;

/// The formatted text, made inert.
fn render(args: fmt::Arguments<'_>) -> String {
    let text = args.to_string();
    match inert(&text) {
        Cow::Borrowed(_) => text,
        Cow::Owned(clean) => clean,
    }
}

/// Writing to standard output failed.
#[derive(Debug)]
pub struct StdoutError(pub io::Error);

/// Writes formatted text to standard output.
pub fn write(args: fmt::Arguments<'_>) -> Result<(), StdoutError> {
    io::stdout()
        .lock()
        .write_all(render(args).as_bytes())
        .map_err(StdoutError)
}

/// Writes formatted text and a newline to standard output, under one lock.
pub fn line(args: fmt::Arguments<'_>) -> Result<(), StdoutError> {
    let mut line = render(args);
    line.push('\n');
    io::stdout()
        .lock()
        .write_all(line.as_bytes())
        .map_err(StdoutError)
}

/// Writes bytes to standard output and flushes them: a file's content asked for with `--out -`,
/// passed on as it is.
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
    let mut line = render(args);
    line.push('\n');
    let _ = io::stderr().lock().write_all(line.as_bytes());
}

/// `eprintln!` that never panics: see [`note`].
macro_rules! errln {
    ($($arg:tt)*) => {
        $crate::cli::output::note(format_args!($($arg)*))
    };
}

pub(crate) use errln;

#[cfg(test)]
mod tests {
    use super::inert;

    #[test]
    fn escape_sequences_and_bidi_controls_are_shown_not_obeyed() {
        let osc52 = "Budi\u{1b}]52;c;ZWNobyBoaQ==\u{7}";
        assert_eq!(inert(osc52), "Budi\\u001b]52;c;ZWNobyBoaQ==\\u0007");
        assert_eq!(inert("\u{202E}gnp.exe"), "\\u202egnp.exe");
        assert_eq!(inert("a\u{9b}31m"), "a\\u009b31m");
        assert_eq!(inert("a\rb\u{7f}"), "a\\u000db\\u007f");
        // Inside a JSON string the escape decodes to the very character.
        let json = serde_json::to_string("\u{202E}x").expect("json");
        let back: String = serde_json::from_str(&inert(&json)).expect("still JSON");
        assert_eq!(back, "\u{202E}x");
        let plain = "Siti Nurhaliza\tP01\n  - Dewi Ayu, S.Psi.";
        assert_eq!(inert(plain), plain);
    }
}

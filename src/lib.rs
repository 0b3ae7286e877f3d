//! `lgd`: the Leaderless Group Discussion observer's library.
//!
//! The domain model, storage, coding grammar, scoring, consolidation and statistics live here and know
//! nothing of the terminal; `tui` is the only module that draws.
// One module may call the Windows console API (tui::shell::console_close); everything else is safe code.
#![deny(unsafe_code)]
#![warn(missing_docs)]

pub mod catalog;
mod cli;
pub mod clock;
pub mod consolidate;
pub mod export;
pub mod import;
pub mod load;
pub mod model;
pub mod output;
pub mod rehearsal;
pub mod reliability;
pub mod report;
pub mod scoring;
pub mod session;
pub mod setup;
pub mod store;
pub mod text;
// The terminal apps are not library API: only the in-process bench (`benches/observe.rs`, built
// with `--features bench-internals`) reaches into them.
#[cfg(feature = "bench-internals")]
#[doc(hidden)]
pub mod tui;
#[cfg(not(feature = "bench-internals"))]
mod tui;

/// Runs the `lgd` command line (what the binary does) and returns the process exit code.
pub fn run_cli() -> std::process::ExitCode {
    cli::main()
}

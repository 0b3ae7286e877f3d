//! The terminal apps, the only module that knows ratatui and crossterm.
//!
//! Three apps on one [`shell`]: the observer's ([`observe`]), the lead's roster editor ([`roster`]) and
//! the wash-up ([`washup`]). Their words are in [`crate::text`].

// Not a library API: the apps are reached through the command line. The observer's app, its key
// handling and its drawing are reachable only with `--features bench-internals`, for the in-process
// keystroke benchmark (`benches/observe.rs`).
pub(crate) mod inert;
pub(crate) mod keys;
pub(crate) mod observe;
pub(crate) mod popup;
pub(crate) mod roster;
pub(crate) mod shell;
pub(crate) mod small;
#[cfg(test)]
mod testing;
pub(crate) mod washup;

#[allow(unused_imports)]
pub(crate) use observe::{Action, Effect, Pane, update};
#[cfg(feature = "bench-internals")]
pub use observe::{App, on_key, render};

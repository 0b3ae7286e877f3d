//! The terminal apps, the only module that knows ratatui and crossterm.
//!
//! Three apps on one [`shell`]: the observer's ([`observe`]), the lead's roster editor ([`roster`]) and
//! the wash-up ([`washup`]). Their words are in [`crate::text`].

pub mod keys;
pub mod observe;
pub mod roster;
pub mod shell;
pub mod washup;

pub use observe::{Action, App, Effect, Pane, on_key, render, update};

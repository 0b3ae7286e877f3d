//! The terminal apps, the only module that knows ratatui and crossterm.
//!
//! Three apps on one [`shell`]: the observer's ([`observe`]), the lead's roster editor ([`roster`]) and
//! the wash-up ([`washup`]). [`store_text`] says the store's errors in the user's language.

pub mod keys;
pub mod observe;
pub mod roster;
pub mod shell;
pub mod store_text;
pub mod washup;

pub use observe::{Action, App, Effect, Pane, on_key, render, update};

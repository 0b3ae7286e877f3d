//! The terminal app, the only module that knows ratatui and crossterm.
//!
//! Elm style: [`update`] is the only place state changes and returns [`Effect`]s instead of doing I/O;
//! [`render`] draws the state; the key table in [`keymap`] dispatches keys and draws the help and hints.

pub mod action;
pub mod app;
pub mod keymap;
pub mod lead;
pub mod pane;
pub mod roster;
pub mod run;
pub mod score;
pub mod shell;
pub mod store_text;
pub mod text;
pub mod update;
pub mod view;
pub mod washup;

pub use action::{Action, Effect};
pub use app::App;
pub use pane::Pane;
pub use update::{on_key, update};
pub use view::render;

#[cfg(test)]
mod tests;

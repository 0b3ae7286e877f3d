//! The wash-up (integration meeting) in the terminal: participants x competencies with every
//! observer's rating and the flags, each cell's evidence, consensus entered with a reason, JPM and
//! categories live. Same shape as the observer app: Elm-style `update` returning effects, one key
//! table for dispatch, help and hints, strings in Bahasa Indonesia and English.

pub mod action;
pub mod app;
pub mod keymap;
pub mod run;
pub mod search;
pub mod update;
pub mod view;

pub use action::Action;
pub use update::{on_key, update};
pub use view::render;

#[cfg(test)]
mod tests;

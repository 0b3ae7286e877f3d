//! The observer's app (`lgd observe`, `lgd demo`): the Roster, Group, Observe and Score panes.
//!
//! Elm style: [`update`] is the only place state changes and returns [`Effect`]s instead of doing I/O;
//! [`render`] draws the state; the key table in [`keymap`] dispatches keys and draws the help and hints;
//! [`run()`] puts it on the shell with the day file's writer.

pub mod act_list;
pub mod action;
pub mod app;
mod floor;
pub mod guard;
pub mod keymap;
pub mod pane;
pub mod recent;
pub mod roster;
mod run;
pub mod score;
pub mod update;
pub mod view;

pub use action::{Action, Effect};
// Outside the module only the bench and the tests name the app.
#[cfg(any(test, feature = "bench-internals"))]
pub use app::App;
pub use pane::Pane;
pub use run::run;
pub use update::{on_key, update};
pub use view::render;

#[cfg(test)]
mod tests;

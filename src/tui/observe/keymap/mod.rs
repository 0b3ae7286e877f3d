//! The observer's key table, an instance of [`keys::Table`]: it dispatches keys and draws the help
//! overlay and the hint bar, so they always agree.
//!
//! The rows live in `table/`, one file per pane; lookup goes through the contexts of [`contexts_for`]
//! in order and, within a context, through the rows in table order.

mod dispatch;
pub(crate) mod table;

use super::action::Action;
use super::pane::Pane;
use crate::text::observe::T;
use crate::tui::keys;

pub use crate::tui::keys::{Key, key_label};
pub use dispatch::dispatch;

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Everywhere, even while typing.
    Always,
    /// On every pane when nothing is being typed.
    Panes,
    /// One pane.
    Pane(Pane),
    /// The help overlay.
    Help,
    /// Typing a roster filter.
    Filter,
    /// Typing a note.
    Note,
    /// Editing the mission text.
    Mission,
    /// A phase change waiting for yes or no.
    Confirm,
    /// The act list.
    Acts,
    /// The act list's edit line.
    ActEdit,
    /// The Roster pane while observing: edit keys only say where editing happens.
    RosterView,
    /// The lead's editing keys on the Roster pane (`lgd roster`).
    Lead,
    /// The form of a participant's fields.
    LeadForm,
    /// Choosing a group and seat to move someone to.
    LeadPick,
    /// Confirming a removal.
    LeadConfirm,
    /// The re-balance preview.
    LeadBalance,
}

/// A row of the observer's key table.
pub type Binding = keys::Binding<Context, Action, T>;

/// The key table.
pub static BINDINGS: keys::Table<Context, Action, T> = keys::Table(table::SLICES);

use Context as C;

const OBS: Context = C::Pane(Pane::Observe);
const ROS: Context = C::Pane(Pane::Roster);
const GRP: Context = C::Pane(Pane::Group);
const SCO: Context = C::Pane(Pane::Score);

/// Where keys are looked up, most specific first.
pub fn contexts_for(mode: Mode, pane: Pane) -> &'static [Context] {
    match (mode, pane) {
        (Mode::Help, _) => &[C::Always, C::Help],
        (Mode::Filter, _) => &[C::Always, C::Filter],
        (Mode::Note, _) => &[C::Always, C::Note],
        (Mode::Mission, _) => &[C::Always, C::Mission],
        (Mode::Confirm, _) => &[C::Always, C::Confirm],
        (Mode::Acts, _) => &[C::Always, C::Acts],
        (Mode::ActEdit, _) => &[C::Always, C::ActEdit],
        (Mode::Normal, Pane::Observe) => &[C::Always, OBS, C::Panes],
        (Mode::Normal, Pane::Roster) => &[C::Always, ROS, C::RosterView, C::Panes],
        (Mode::Normal, Pane::Group) => &[C::Always, GRP, C::Panes],
        (Mode::Normal, Pane::Score) => &[C::Always, SCO, C::Panes],
    }
}

/// The kind of key handling the app is in, for looking up the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Panes take keys.
    Normal,
    /// The help overlay is open.
    Help,
    /// Typing a roster filter.
    Filter,
    /// Typing a note.
    Note,
    /// Editing the mission text.
    Mission,
    /// A phase change waits for yes or no.
    Confirm,
    /// The act list is open.
    Acts,
    /// Typing on the act list's edit line.
    ActEdit,
}

/// The bindings that apply in a mode and pane, in lookup order.
pub fn bindings_for(mode: Mode, pane: Pane) -> impl Iterator<Item = &'static Binding> {
    BINDINGS.rows_in(contexts_for(mode, pane))
}

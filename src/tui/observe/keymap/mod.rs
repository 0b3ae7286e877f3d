//! The one key table: it dispatches keys and draws the help overlay and the hint bar, so they always agree.
//!
//! The rows live in `table/`, one file per pane; lookup goes through the contexts of [`contexts_for`]
//! in order and, within a context, through the rows in table order.

mod dispatch;
mod label;
mod table;

use ratatui::crossterm::event::KeyCode;

use super::pane::Pane;
use super::score::ScoreAction as SA;
use super::text::T;
use crate::tui::roster::LeadAction;

pub use dispatch::{dispatch, matches_key};
pub use label::{key_label, keys_label};

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

/// A key or family of keys a binding answers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// A key with no modifier (Shift is allowed for characters).
    Plain(KeyCode),
    /// Ctrl and a letter.
    Ctrl(char),
    /// The seat keys 1-9, 0, -, =.
    Seat,
    /// Any letter (a code; capitals count as small letters).
    Letter,
    /// The level keys 1-5.
    Level,
    /// F1 to F(number of panes).
    PaneF,
    /// Any printable character.
    Printable,
}

/// What a binding does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// Fixed action.
    Do(Act),
    /// The key itself is a grammar keystroke.
    Stroke,
    /// The function key's pane.
    GoPane,
    /// The key is typed into the input.
    Type,
    /// The key goes to the mission editor.
    Edit,
    /// A Score-pane action.
    Score(SA),
    /// The level key pressed, on the Score pane.
    Level,
    /// A key of the lead's roster editing.
    Lead(LeadAction),
    /// The key is typed into the lead's form.
    LeadType,
}

/// Fixed actions a binding can name (an [`Action`] without data).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Act {
    /// See [`Action::Quit`].
    Quit,
    /// See [`Action::ToggleHelp`].
    Help,
    /// See [`Action::NextPane`].
    NextPane,
    /// See [`Action::PrevPane`].
    PrevPane,
    /// See [`Action::PhaseToggle`].
    PhaseToggle,
    /// See [`Action::PhaseStart`].
    PhaseStart,
    /// See [`Action::PhasePause`].
    PhasePause,
    /// See [`Action::PhaseNext`].
    PhaseNext,
    /// Silence.
    Silence,
    /// Retract.
    Undo,
    /// Restore.
    Redo,
    /// Cancel the chord.
    Cancel,
    /// See [`Action::BeginNote`].
    Note,
    /// Up one row.
    Up,
    /// Down one row.
    Down,
    /// Up a page.
    PageUp,
    /// Down a page.
    PageDown,
    /// First row.
    First,
    /// Last row.
    Last,
    /// See [`Action::BeginFilter`].
    Filter,
    /// See [`Action::SortNext`].
    SortNext,
    /// See [`Action::SortReverse`].
    SortReverse,
    /// See [`Action::ClearFilter`].
    ClearFilter,
    /// See [`Action::EditMission`].
    EditMission,
    /// See [`Action::BeginGroupNote`].
    GroupNote,
    /// See [`Action::InputBackspace`].
    Erase,
    /// See [`Action::Submit`].
    Submit,
    /// See [`Action::CancelInput`].
    CancelInput,
}

/// One row of the key table.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    /// The keys, first one shown first.
    pub keys: &'static [Key],
    /// Where it applies.
    pub context: Context,
    /// What it does.
    pub command: Command,
    /// What the help and hint bar say.
    pub about: T,
    /// The short label the hint bar shows, if it shows this binding.
    pub hint: Option<T>,
}

const fn b(
    keys: &'static [Key],
    context: Context,
    command: Command,
    about: T,
    hint: Option<T>,
) -> Binding {
    Binding {
        keys,
        context,
        command,
        about,
        hint,
    }
}

/// The whole key table: the per-pane slices chained in lookup order.
#[derive(Debug)]
pub struct Table(&'static [&'static [Binding]]);

impl Table {
    /// Every binding, slice after slice.
    pub fn iter(&self) -> impl Iterator<Item = &'static Binding> + use<> {
        self.0.iter().flat_map(|s| s.iter())
    }
}

/// The key table.
pub static BINDINGS: Table = Table(table::SLICES);

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
        (Mode::Normal, Pane::Observe) => &[C::Always, OBS, C::Panes],
        (Mode::Normal, Pane::Roster) => &[C::Always, ROS, C::RosterView, C::Panes],
        (Mode::Lead, _) => &[C::Always, C::Lead, ROS],
        (Mode::LeadForm, _) => &[C::Always, C::LeadForm],
        (Mode::LeadPick, _) => &[C::Always, C::LeadPick],
        (Mode::LeadConfirm, _) => &[C::Always, C::LeadConfirm],
        (Mode::LeadBalance, _) => &[C::Always, C::LeadBalance],
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
    /// The lead edits the roster (`lgd roster`): the Roster pane with editing keys.
    Lead,
    /// Typing in the lead's form of fields.
    LeadForm,
    /// Choosing where to move someone.
    LeadPick,
    /// Confirming a removal.
    LeadConfirm,
    /// Looking at a re-balance before making it.
    LeadBalance,
}

/// The bindings that apply in a mode and pane, in lookup order.
pub fn bindings_for(mode: Mode, pane: Pane) -> impl Iterator<Item = &'static Binding> {
    contexts_for(mode, pane)
        .iter()
        .flat_map(|ctx| BINDINGS.iter().filter(move |b| b.context == *ctx))
}

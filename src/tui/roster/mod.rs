//! The lead assessor's roster editor (`lgd roster EVENT_FILE`), an app of its own on the shell: the
//! roster with editing keys, popups for moving, editing fields, adding, removing and re-balancing,
//! and the balance and coverage of the groups shown live. The library's [`Editor`] makes and checks
//! every change; this module only turns keys into edits and asks the shell to save the event file
//! after each one.

pub mod app;
mod balance;
mod edit;
mod form;
pub mod keymap;
mod pick;
mod run;
pub mod update;
pub mod view;

#[cfg(test)]
mod tests;

use std::path::PathBuf;

use crate::model::Event;
use crate::setup::{Audit, Balance, Editor, Rules, audit};

pub use app::RosterApp;
pub use balance::{BalanceMode, Outcome, Preview};
pub use form::{Form, FormKind};
pub use pick::{Pick, PickStage};
pub use run::run;

/// What a key of the lead's editing asks for (an [`Action::Lead`](crate::tui::observe::Action::Lead) of the key table).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeadAction {
    /// Move the selected participant (pick a group, then a seat).
    Move,
    /// Edit the selected participant's fields.
    Edit,
    /// Add a participant.
    Add,
    /// Edit the event's cover facts.
    Facts,
    /// Remove the selected participant (asks first).
    Remove,
    /// Re-balance the groups (shows the result first).
    Rebalance,
    /// Undo the last change.
    Undo,
    /// Redo what was undone.
    Redo,
    /// Save the event file again (after a failed save).
    SaveNow,
    /// An edit key on the read-only roster while observing.
    ReadOnly,
    /// Up in a popup.
    Up,
    /// Down in a popup.
    Down,
    /// Enter: save the form, choose, confirm.
    Confirm,
    /// Esc: back or cancel.
    Cancel,
    /// A character typed into the form.
    Type(char),
    /// Erase the last character of the form's field.
    Erase,
    /// The next seed in the re-balance preview.
    SeedNext,
    /// The previous seed in the re-balance preview.
    SeedPrev,
    /// The re-balance preview switches between the fewest moves and a new arrangement.
    SwitchBalance,
}

/// A popup of the lead's editing, over the Roster pane.
#[derive(Debug, Clone, PartialEq)]
pub enum Popup {
    /// The fields of a participant, new or existing.
    Form(Form),
    /// Where to move someone.
    Pick(Pick),
    /// Whether to remove this participant (id).
    Remove(String),
    /// The groups re-balanced with the fewest moves, or as a seed would form them anew.
    Balance(Preview),
}

/// Day files of the event found when editing began: a warning shown for the whole session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayFiles {
    /// How many.
    pub count: usize,
    /// The folder they are in, as shown.
    pub folder: String,
}

/// The state of the lead's editing: the event under edit and where saving stands.
#[derive(Debug)]
pub struct LeadState {
    /// The event with its undo history.
    pub editor: Editor<'static>,
    /// The event file, written after every change.
    pub path: PathBuf,
    /// Changes made (edits, undos, redos), each a new revision to save.
    pub rev: u64,
    /// The highest revision written to the file.
    pub saved_rev: u64,
    /// Why the last save failed, until a save succeeds.
    pub failed: Option<String>,
    /// The seed the next new arrangement in the re-balance preview starts from.
    pub seed: u64,
    /// Day files of this event already in the data folder when editing began.
    pub day_files: Option<DayFiles>,
    /// The groups' balance, measured after every change.
    pub balance: Balance,
    /// Coverage against the targets, checked after every change.
    pub audit: Audit,
}

impl LeadState {
    /// Starts editing `event`, saved to `path`.
    pub fn new(event: Event, path: PathBuf, rules: Rules<'static>, seed: u64) -> LeadState {
        let balance = Balance::of(&event.groups, &event.participants);
        let audit = audit(&event, rules.targets);
        LeadState {
            editor: Editor::new(event, rules),
            path,
            rev: 0,
            saved_rev: 0,
            failed: None,
            seed,
            day_files: None,
            balance,
            audit,
        }
    }

    /// Measures balance and coverage again after the event changed.
    pub fn measure(&mut self) {
        let ev = self.editor.event();
        self.balance = Balance::of(&ev.groups, &ev.participants);
        self.audit = audit(ev, self.editor.rules().targets);
    }

    /// Whether every change is in the file.
    pub fn is_saved(&self) -> bool {
        self.saved_rev >= self.rev
    }
}

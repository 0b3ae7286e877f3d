//! The roster editor's whole state; only `update` changes it. It has no coding session and no day
//! file: the event under edit, the roster table drawn from it, what sits over it, the message.

use std::sync::Arc;

use super::keymap::Mode;
use super::{LeadState, Popup};
use crate::model::{Event, Lang};
use crate::text::observe::T;
use crate::tui::observe::roster::{FilterOverlay, Roster};
use crate::tui::observe::view::RosterTable;

/// What sits over the roster and takes the keys.
#[derive(Debug, Clone, Default)]
pub enum Overlay {
    /// Nothing: the roster takes keys.
    #[default]
    None,
    /// The key help, scrolled by this many rows.
    Help(u16),
    /// Typing the roster filter.
    Filter,
    /// A popup of the editing (form, move, remove, re-balance).
    Popup(Popup),
}

crate::tui::shell::help_overlay!(Overlay);

impl FilterOverlay for Overlay {
    fn filter() -> Self {
        Overlay::Filter
    }
}

/// The message line.
#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    /// Fixed text.
    Text(T),
    /// A sentence made in the app's language, and how loud it is.
    Lead(String, Tone),
    /// Quitting was refused because saving failed.
    QuitRefused(String),
    /// The system asked the app to stop.
    Terminating,
}

/// How loudly a message shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Done as asked.
    Ok,
    /// Refused or failed.
    Error,
}

/// The roster editor (`lgd roster`).
#[derive(Debug)]
pub struct RosterApp {
    /// The event under edit, its file and where saving stands.
    pub lead: LeadState,
    /// The event as shown: the editor's, shared with the roster table.
    pub event: Arc<Event>,
    /// Interface language.
    pub lang: Lang,
    /// Roster rows, filter, sort, selection.
    pub roster: Roster,
    /// What takes the keys over the roster.
    pub overlay: Overlay,
    /// The message line.
    pub status: Option<Status>,
    /// Quit requested; the shell is saving.
    pub quitting: bool,
}

impl RosterApp {
    /// Starts editing.
    pub fn new(lead: LeadState, lang: Lang) -> RosterApp {
        let event = Arc::new(lead.editor.event().clone());
        RosterApp {
            roster: Roster::new(&event),
            lead,
            event,
            lang,
            overlay: Overlay::None,
            status: None,
            quitting: false,
        }
    }

    /// The key-handling mode, for the key table.
    pub fn mode(&self) -> Mode {
        match self.overlay {
            Overlay::None => Mode::Lead,
            Overlay::Help(_) => Mode::Help,
            Overlay::Filter => Mode::Filter,
            Overlay::Popup(Popup::Form(_)) => Mode::LeadForm,
            Overlay::Popup(Popup::Pick(_)) => Mode::LeadPick,
            Overlay::Popup(Popup::Remove(_)) => Mode::LeadConfirm,
            Overlay::Popup(Popup::Balance { .. }) => Mode::LeadBalance,
        }
    }

    /// What the roster table is drawn from; the editor covers nobody, so no row is "mine".
    pub fn table(&self) -> RosterTable<'_> {
        RosterTable {
            lang: self.lang,
            roster: &self.roster,
            event: &self.event,
            typing: matches!(self.overlay, Overlay::Filter),
            me: None,
        }
    }
}

//! What can happen to the app (actions) and what the app asks the shell to do (effects).

use ratatui::crossterm::event::KeyEvent;

use super::pane::Pane;
use super::score::ScoreAction;
use crate::model::Entry;
use crate::session::Stroke;
use crate::store::Reply;
use crate::tui::roster::LeadAction;

/// Everything `update` reacts to; keys arrive here already translated by the key table.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Save and quit.
    Quit,
    /// Show or hide the key help.
    ToggleHelp,
    /// Next pane.
    NextPane,
    /// Previous pane.
    PrevPane,
    /// A given pane.
    GoPane(Pane),
    /// A keystroke of the coding grammar.
    Stroke(Stroke),
    /// Start typing a note for the last act.
    BeginNote,
    /// Start or pause the phase.
    PhaseToggle,
    /// Ask before a phase change (start, pause, next).
    AskPhase(crate::text::guard::PhaseAsk),
    /// The answer to the question asked: yes (true) or no.
    Confirm(bool),
    /// Text pasted at once (bracketed paste).
    Paste(String),
    /// Move the selection (roster row, group, help scroll) by this many rows.
    Move(i32),
    /// Move the selection to the first (false) or last (true) row.
    MoveEnd(bool),
    /// Start filtering the roster.
    BeginFilter,
    /// Sort the roster by the next column.
    SortNext,
    /// Reverse the roster order.
    SortReverse,
    /// Clear the roster filter.
    ClearFilter,
    /// Edit the group's mission text.
    EditMission,
    /// Start typing a group note.
    BeginGroupNote,
    /// A character typed into a filter or note.
    InputChar(char),
    /// Erase the last character typed.
    InputBackspace,
    /// Finish the text being typed (save the note, keep the filter).
    Submit,
    /// Leave the text being typed without saving.
    CancelInput,
    /// A key of the act list.
    Acts(super::act_list::ActsAction),
    /// A key of the Score pane.
    Score(ScoreAction),
    /// A key of the lead's roster editor (the observer's read-only roster only says where editing is).
    Lead(LeadAction),
    /// A key for the mission editor.
    EditorKey(KeyEvent),
    /// Time passed (about four times a second).
    Tick,
    /// The day file's writer answered.
    Store(Reply),
    /// The system asked the app to stop (SIGTERM, SIGHUP).
    Terminate,
    /// Quitting failed because saving failed (why, in the app's language); the app stays open.
    QuitFailed(String),
}

/// Work for the shell: a change for the day file's journal, a rewrite of the day file, or quitting.
pub type Effect = crate::tui::shell::journal::Effect<Entry>;

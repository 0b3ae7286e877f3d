//! What can happen to the wash-up (actions) and what it asks the shell to do (effects).

use crate::consolidate::washup::WashupEntry;
use crate::store::Reply;

/// Everything `update` reacts to; keys arrive here already translated by the key table.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Save and quit.
    Quit,
    /// Show or hide the key help.
    ToggleHelp,
    /// Move the selection by rows and columns.
    Move(i32, i32),
    /// A page up (-1) or down (1).
    Page(i32),
    /// First (false) or last (true) row.
    MoveEnd(bool),
    /// Next row order.
    SortNext,
    /// Open the selected cell's evidence and history.
    OpenDetail,
    /// Start entering the selected cell's consensus.
    BeginDecide,
    /// Raise (1) or lower (-1) the level being decided, or the selected threshold.
    Adjust(i32),
    /// Switch between the mapping and selection categories.
    SwitchPreset,
    /// Open the category thresholds.
    OpenThresholds,
    /// Start searching the rows.
    OpenSearch,
    /// A character typed into the reason or the search.
    InputChar(char),
    /// Erase the last character of the reason.
    InputBackspace,
    /// Save what is being entered.
    Submit,
    /// Withdraw the selected cell's consensus (with the reason typed).
    Withdraw,
    /// Close the overlay without saving.
    Close,
    /// The journal's writer answered.
    Store(Reply),
    /// The system asked the app to stop.
    Terminate,
    /// Quitting failed because saving failed (why, in the app's language).
    QuitFailed(String),
}

/// Work for the shell: a decision for the journal, a rewrite of `consolidated.json`, or quitting.
pub type Effect = crate::tui::shell::journal::Effect<WashupEntry>;

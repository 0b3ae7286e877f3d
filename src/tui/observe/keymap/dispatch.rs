//! Turning a key press into an action through the table, and the actions made from the key itself.

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::{BINDINGS, Key, Mode, contexts_for};
use crate::session::Stroke;
use crate::tui::keys::typed;
use crate::tui::observe::action::Action;
use crate::tui::observe::pane::Pane;
use crate::tui::observe::score::ScoreAction;

/// Translates a key press into an action using the table.
pub fn dispatch(mode: Mode, pane: Pane, key: KeyEvent) -> Option<Action> {
    let found = BINDINGS.dispatch(contexts_for(mode, pane), key);
    // The editor receives every key that is not bound (arrows, Ctrl+Z, Enter...).
    found.or_else(|| (mode == Mode::Mission).then_some(Action::EditorKey(key)))
}

/// The key is a keystroke of the coding grammar.
pub(super) fn stroke(bound: Key, key: KeyEvent) -> Option<Action> {
    let c = typed(key)?;
    // Caps Lock left on in a hurry should still code.
    let c = if bound == Key::Letter {
        c.to_ascii_lowercase()
    } else {
        c
    };
    Some(Action::Stroke(Stroke::Char(c)))
}

/// The function key's pane.
pub(super) fn go_pane(_: Key, key: KeyEvent) -> Option<Action> {
    match key.code {
        KeyCode::F(n) => Some(Action::GoPane(Pane::from_fkey(n)?)),
        _ => None,
    }
}

/// The key is typed into the filter or note.
pub(super) fn type_char(_: Key, key: KeyEvent) -> Option<Action> {
    typed(key).map(Action::InputChar)
}

/// The key goes to the mission editor.
pub(super) fn editor_key(_: Key, key: KeyEvent) -> Option<Action> {
    Some(Action::EditorKey(key))
}

/// The level key pressed, on the Score pane.
pub(super) fn level(_: Key, key: KeyEvent) -> Option<Action> {
    let digit = typed(key)?.to_digit(10)?;
    Some(Action::Score(ScoreAction::Digit(digit as u8)))
}

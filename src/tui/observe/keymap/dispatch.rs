//! Turning a key press into an action through the table.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::{Act, BINDINGS, Command, Key, Mode, SA, contexts_for};
use crate::session::{Stroke, seat_for_key};
use crate::tui::observe::action::Action;
use crate::tui::observe::pane::Pane;
use crate::tui::roster::LeadAction;

/// Translates a key press into an action using the table.
pub fn dispatch(mode: Mode, pane: Pane, key: KeyEvent) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    for ctx in contexts_for(mode, pane) {
        for bind in BINDINGS.iter().filter(|b| b.context == *ctx) {
            if let Some(k) = bind.keys.iter().find(|k| matches_key(**k, key)) {
                return action_for(bind.command, *k, key);
            }
        }
    }
    // The editor receives every key that is not bound (arrows, Ctrl+Z, Enter...).
    (mode == Mode::Mission).then_some(Action::EditorKey(key))
}

fn plain_mods(key: KeyEvent) -> bool {
    !key.modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
}

/// Whether a key press is one of the keys `k` stands for.
pub fn matches_key(k: Key, key: KeyEvent) -> bool {
    match (k, key.code) {
        (Key::Plain(KeyCode::BackTab), KeyCode::BackTab) => true,
        (Key::Plain(code), c) => {
            code == c
                && plain_mods(key)
                && !matches!(c, KeyCode::Tab if key.modifiers.contains(KeyModifiers::SHIFT))
        }
        (Key::Ctrl(ch), KeyCode::Char(c)) => {
            key.modifiers.contains(KeyModifiers::CONTROL) && c.eq_ignore_ascii_case(&ch)
        }
        (Key::Seat, KeyCode::Char(c)) => plain_mods(key) && seat_for_key(c).is_some(),
        (Key::Letter, KeyCode::Char(c)) => plain_mods(key) && c.is_ascii_alphabetic(),
        (Key::Level, KeyCode::Char(c)) => plain_mods(key) && ('1'..='5').contains(&c),
        (Key::PaneF, KeyCode::F(n)) => Pane::from_fkey(n).is_some(),
        (Key::Printable, KeyCode::Char(c)) => plain_mods(key) && !c.is_control(),
        _ => false,
    }
}

fn action_for(command: Command, bound: Key, key: KeyEvent) -> Option<Action> {
    let ch = match key.code {
        KeyCode::Char(c) => Some(c),
        _ => None,
    };
    Some(match command {
        Command::Do(act) => fixed(act),
        Command::Stroke => {
            let c = ch?;
            // Caps Lock left on in a hurry should still code.
            let c = if bound == Key::Letter {
                c.to_ascii_lowercase()
            } else {
                c
            };
            Action::Stroke(Stroke::Char(c))
        }
        Command::GoPane => match key.code {
            KeyCode::F(n) => Action::GoPane(Pane::from_fkey(n)?),
            _ => return None,
        },
        Command::Type => Action::InputChar(ch?),
        Command::Edit => Action::EditorKey(key),
        Command::Score(a) => Action::Score(a),
        Command::Lead(a) => Action::Lead(a),
        Command::LeadType => Action::Lead(LeadAction::Type(ch?)),
        Command::Level => Action::Score(SA::Digit(ch?.to_digit(10)? as u8)),
    })
}

fn fixed(act: Act) -> Action {
    match act {
        Act::Quit => Action::Quit,
        Act::Help => Action::ToggleHelp,
        Act::NextPane => Action::NextPane,
        Act::PrevPane => Action::PrevPane,
        Act::PhaseToggle => Action::PhaseToggle,
        Act::PhaseStart => Action::PhaseStart,
        Act::PhasePause => Action::PhasePause,
        Act::PhaseNext => Action::PhaseNext,
        Act::Silence => Action::Stroke(Stroke::Space),
        Act::Undo => Action::Stroke(Stroke::Backspace),
        Act::Redo => Action::Stroke(Stroke::Redo),
        Act::Cancel => Action::Stroke(Stroke::Esc),
        Act::Note => Action::BeginNote,
        Act::Up => Action::Move(-1),
        Act::Down => Action::Move(1),
        Act::PageUp => Action::Move(-10),
        Act::PageDown => Action::Move(10),
        Act::First => Action::MoveEnd(false),
        Act::Last => Action::MoveEnd(true),
        Act::Filter => Action::BeginFilter,
        Act::SortNext => Action::SortNext,
        Act::SortReverse => Action::SortReverse,
        Act::ClearFilter => Action::ClearFilter,
        Act::EditMission => Action::EditMission,
        Act::GroupNote => Action::BeginGroupNote,
        Act::Erase => Action::InputBackspace,
        Act::Submit => Action::Submit,
        Act::CancelInput => Action::CancelInput,
    }
}

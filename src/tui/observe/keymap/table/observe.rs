//! The coding grammar's keys on the Observe pane.

use ratatui::crossterm::event::KeyCode as K;

use super::super::{
    Act, Binding,
    Command::{self, Do},
    Context,
    Key::{self, Ctrl, Plain},
    b,
};
use crate::tui::observe::pane::Pane;
use crate::tui::observe::text::T;

const OBS: Context = Context::Pane(Pane::Observe);

/// The Observe pane's bindings.
pub static OBSERVE: &[Binding] = &[
    b(&[Key::Seat], OBS, Command::Stroke, T::KSeat, Some(T::HSeat)),
    b(
        &[Key::Letter],
        OBS,
        Command::Stroke,
        T::KCode,
        Some(T::HCode),
    ),
    b(
        &[Plain(K::Char(' '))],
        OBS,
        Do(Act::Silence),
        T::KSilence,
        Some(T::HSilence),
    ),
    b(
        &[Plain(K::Char('.'))],
        OBS,
        Command::Stroke,
        T::KPick,
        Some(T::HPick),
    ),
    b(
        &[Plain(K::Backspace)],
        OBS,
        Do(Act::Undo),
        T::KUndo,
        Some(T::HUndo),
    ),
    b(
        &[Ctrl('r'), Ctrl('y')],
        OBS,
        Do(Act::Redo),
        T::KRedo,
        Some(T::HRedo),
    ),
    b(
        &[Plain(K::Enter)],
        OBS,
        Do(Act::Note),
        T::KNote,
        Some(T::HNote),
    ),
    b(&[Plain(K::Esc)], OBS, Do(Act::Cancel), T::KCancel, None),
];

//! The coding grammar's keys on the Observe pane.

use ratatui::crossterm::event::KeyCode as K;

use super::super::{Binding, Context, dispatch};
use crate::session::Stroke;
use crate::text::amend::A;
use crate::text::observe::T;
use crate::tui::keys::{
    Does::{Do, With},
    Key::{self, Ctrl, Plain},
    b,
};
use crate::tui::observe::act_list::ActsAction;
use crate::tui::observe::action::Action;
use crate::tui::observe::pane::Pane;

const OBS: Context = Context::Pane(Pane::Observe);

/// The Observe pane's bindings.
pub static OBSERVE: &[Binding] = &[
    b(
        &[Key::Seat],
        OBS,
        With(dispatch::stroke),
        T::KSeat,
        Some(T::HSeat),
    ),
    b(
        &[Key::Letter],
        OBS,
        With(dispatch::stroke),
        T::KCode,
        Some(T::HCode),
    ),
    b(
        &[Plain(K::Char(' '))],
        OBS,
        Do(Action::Stroke(Stroke::Space)),
        T::KSilence,
        Some(T::HSilence),
    ),
    b(
        &[Plain(K::Char('.'))],
        OBS,
        With(dispatch::stroke),
        T::KPick,
        Some(T::HPick),
    ),
    b(
        &[Plain(K::Backspace)],
        OBS,
        Do(Action::Stroke(Stroke::Backspace)),
        T::KUndo,
        Some(T::HUndo),
    ),
    b(
        &[Ctrl('r'), Ctrl('y')],
        OBS,
        Do(Action::Stroke(Stroke::Redo)),
        T::KRedo,
        Some(T::HRedo),
    ),
    b(
        &[Plain(K::Enter)],
        OBS,
        Do(Action::BeginNote),
        T::KNote,
        Some(T::HNote),
    ),
    b(
        &[Ctrl('l')],
        OBS,
        Do(Action::Acts(ActsAction::Open)),
        T::Amend(A::KOpen),
        Some(T::Amend(A::HOpen)),
    ),
    b(
        &[Plain(K::Esc)],
        OBS,
        Do(Action::Stroke(Stroke::Esc)),
        T::KCancel,
        None,
    ),
];

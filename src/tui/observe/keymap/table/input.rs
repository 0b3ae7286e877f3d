//! Keys while typing: the roster filter, a note, the mission text.

use ratatui::crossterm::event::KeyCode as K;

use super::super::{Binding, Context as C, dispatch};
use crate::text::observe::T;
use crate::tui::keys::{
    Does::{Do, With},
    Key::{self, Plain},
    b,
};
use crate::tui::observe::action::Action;

/// Typing a filter, a note or the mission.
pub static INPUT: &[Binding] = &[
    b(
        &[Plain(K::Enter)],
        C::Filter,
        Do(Action::Submit),
        T::KFilterDone,
        Some(T::HDone),
    ),
    b(
        &[Plain(K::Esc)],
        C::Filter,
        Do(Action::ClearFilter),
        T::KClearFilter,
        Some(T::HClear),
    ),
    b(
        &[Plain(K::Backspace)],
        C::Filter,
        Do(Action::InputBackspace),
        T::KErase,
        None,
    ),
    b(
        &[Plain(K::Up)],
        C::Filter,
        Do(Action::Move(-1)),
        T::KUp,
        None,
    ),
    b(
        &[Plain(K::Down)],
        C::Filter,
        Do(Action::Move(1)),
        T::KDown,
        None,
    ),
    b(
        &[Key::Printable],
        C::Filter,
        With(dispatch::type_char),
        T::KType,
        None,
    ),
    // Typing a note.
    b(
        &[Plain(K::Enter)],
        C::Note,
        Do(Action::Submit),
        T::KSubmit,
        Some(T::HSave),
    ),
    b(
        &[Plain(K::Esc)],
        C::Note,
        Do(Action::CancelInput),
        T::KCancelInput,
        Some(T::HCancel),
    ),
    b(
        &[Plain(K::Backspace)],
        C::Note,
        Do(Action::InputBackspace),
        T::KErase,
        None,
    ),
    b(
        &[Key::Printable],
        C::Note,
        With(dispatch::type_char),
        T::KType,
        None,
    ),
    // Editing the mission.
    b(
        &[Plain(K::Esc)],
        C::Mission,
        Do(Action::Submit),
        T::KMissionDone,
        Some(T::HDone),
    ),
    b(
        &[Key::Printable],
        C::Mission,
        With(dispatch::editor_key),
        T::KEdit,
        None,
    ),
];

//! Keys while typing: the roster filter, a note, the mission text.

use ratatui::crossterm::event::KeyCode as K;

use super::super::{
    Act, Binding,
    Command::{self, Do},
    Context as C,
    Key::{self, Plain},
    b,
};
use crate::tui::observe::text::T;

/// Typing a filter, a note or the mission.
pub static INPUT: &[Binding] = &[
    b(
        &[Plain(K::Enter)],
        C::Filter,
        Do(Act::Submit),
        T::KFilterDone,
        Some(T::HDone),
    ),
    b(
        &[Plain(K::Esc)],
        C::Filter,
        Do(Act::ClearFilter),
        T::KClearFilter,
        Some(T::HClear),
    ),
    b(
        &[Plain(K::Backspace)],
        C::Filter,
        Do(Act::Erase),
        T::KErase,
        None,
    ),
    b(&[Plain(K::Up)], C::Filter, Do(Act::Up), T::KUp, None),
    b(&[Plain(K::Down)], C::Filter, Do(Act::Down), T::KDown, None),
    b(&[Key::Printable], C::Filter, Command::Type, T::KType, None),
    // Typing a note.
    b(
        &[Plain(K::Enter)],
        C::Note,
        Do(Act::Submit),
        T::KSubmit,
        Some(T::HSave),
    ),
    b(
        &[Plain(K::Esc)],
        C::Note,
        Do(Act::CancelInput),
        T::KCancelInput,
        Some(T::HCancel),
    ),
    b(
        &[Plain(K::Backspace)],
        C::Note,
        Do(Act::Erase),
        T::KErase,
        None,
    ),
    b(&[Key::Printable], C::Note, Command::Type, T::KType, None),
    // Editing the mission.
    b(
        &[Plain(K::Esc)],
        C::Mission,
        Do(Act::Submit),
        T::KMissionDone,
        Some(T::HDone),
    ),
    b(&[Key::Printable], C::Mission, Command::Edit, T::KEdit, None),
];

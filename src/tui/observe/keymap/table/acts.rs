//! The act list's keys: moving, correcting, inserting, keeping, and its edit line.

use ratatui::crossterm::event::{KeyCode as K, KeyEvent};

use super::super::{Binding, Context as C};
use crate::text::amend::A;
use crate::text::observe::T;
use crate::tui::keys::{
    Does::{Do, With},
    Key::{self, Ctrl, Plain},
    b, typed,
};
use crate::tui::observe::act_list::ActsAction as X;
use crate::tui::observe::action::Action;

const fn go(a: X) -> crate::tui::keys::Does<Action> {
    Do(Action::Acts(a))
}

/// The character typed on the edit line.
fn type_char(_: Key, key: KeyEvent) -> Option<Action> {
    typed(key).map(|c| Action::Acts(X::Char(c)))
}

/// The act list and its edit line.
pub static ACTS: &[Binding] = &[
    b(
        &[Plain(K::Up), Plain(K::Char('k'))],
        C::Acts,
        go(X::Move(-1)),
        T::KUp,
        None,
    ),
    b(
        &[Plain(K::Down), Plain(K::Char('j'))],
        C::Acts,
        go(X::Move(1)),
        T::KDown,
        None,
    ),
    b(
        &[Plain(K::PageUp)],
        C::Acts,
        go(X::Move(-10)),
        T::KPageUp,
        None,
    ),
    b(
        &[Plain(K::PageDown)],
        C::Acts,
        go(X::Move(10)),
        T::KPageDown,
        None,
    ),
    b(
        &[Plain(K::Home)],
        C::Acts,
        go(X::End(false)),
        T::KFirst,
        None,
    ),
    b(&[Plain(K::End)], C::Acts, go(X::End(true)), T::KLast, None),
    b(
        &[Plain(K::Enter), Plain(K::Char('e'))],
        C::Acts,
        go(X::Edit),
        T::Amend(A::KEdit),
        Some(T::Amend(A::HEdit)),
    ),
    b(
        &[Plain(K::Char('i')), Plain(K::Insert)],
        C::Acts,
        go(X::Insert),
        T::Amend(A::KInsert),
        Some(T::Amend(A::HInsert)),
    ),
    b(
        &[Plain(K::Char(' '))],
        C::Acts,
        go(X::Keep),
        T::Amend(A::KKeep),
        Some(T::Amend(A::HKeep)),
    ),
    b(
        &[Plain(K::Esc), Ctrl('l')],
        C::Acts,
        go(X::Close),
        T::Amend(A::KClose),
        Some(T::Amend(A::HClose)),
    ),
    // The edit line.
    b(
        &[Plain(K::Enter)],
        C::ActEdit,
        go(X::Apply),
        T::Amend(A::KApply),
        Some(T::HSave),
    ),
    b(
        &[Plain(K::Esc)],
        C::ActEdit,
        go(X::Discard),
        T::Amend(A::KDiscard),
        Some(T::HCancel),
    ),
    b(
        &[Plain(K::Backspace)],
        C::ActEdit,
        go(X::Erase),
        T::KErase,
        None,
    ),
    b(
        &[Key::Printable],
        C::ActEdit,
        With(type_char),
        T::KType,
        None,
    ),
];

//! Keys that work everywhere, on every pane, and in the help overlay.

use ratatui::crossterm::event::KeyCode as K;

use super::super::{Binding, Context as C, dispatch};
use crate::text::guard::{G, PhaseAsk};
use crate::text::observe::T;
use crate::tui::keys::{
    Does::{Do, With},
    Key::{self, Ctrl, Plain},
    b,
};
use crate::tui::observe::action::Action;
use crate::tui::observe::pane::Pane;

/// Quitting, which works even while typing.
pub static ALWAYS: &[Binding] = &[b(
    &[Ctrl('q'), Ctrl('c')],
    C::Always,
    Do(Action::Quit),
    T::KQuit,
    Some(T::HQuit),
)];

/// Switching panes, the phase clock and help, on every pane.
pub static PANES: &[Binding] = &[
    b(
        &[Plain(K::Tab)],
        C::Panes,
        Do(Action::NextPane),
        T::KNextPane,
        Some(T::HPane),
    ),
    b(
        &[Plain(K::BackTab)],
        C::Panes,
        Do(Action::PrevPane),
        T::KPrevPane,
        None,
    ),
    b(
        &[Key::Fn(Pane::ALL.len() as u8)],
        C::Panes,
        With(dispatch::go_pane),
        T::KGoPane,
        None,
    ),
    b(
        &[Ctrl('p')],
        C::Panes,
        Do(Action::PhaseToggle),
        T::KPhaseToggle,
        None,
    ),
    b(
        &[Ctrl('n')],
        C::Panes,
        Do(Action::AskPhase(PhaseAsk::Next)),
        T::KPhaseNext,
        None,
    ),
    b(
        &[Plain(K::Char('?'))],
        C::Panes,
        Do(Action::ToggleHelp),
        T::KHelp,
        Some(T::HHelp),
    ),
];

/// The help overlay.
pub static HELP: &[Binding] = &[
    b(
        &[Plain(K::Up), Plain(K::Char('k'))],
        C::Help,
        Do(Action::Move(-1)),
        T::KUp,
        None,
    ),
    b(
        &[Plain(K::Down), Plain(K::Char('j'))],
        C::Help,
        Do(Action::Move(1)),
        T::KDown,
        None,
    ),
    b(
        &[Plain(K::Esc), Plain(K::Char('?'))],
        C::Help,
        Do(Action::ToggleHelp),
        T::KHelpClose,
        Some(T::HClose),
    ),
];

/// A phase change waiting for its answer: only Enter or `y` does it, so a doubled key cannot.
pub static CONFIRM: &[Binding] = &[
    b(
        &[Plain(K::Enter), Plain(K::Char('y'))],
        C::Confirm,
        Do(Action::Confirm(true)),
        T::Guard(G::KConfirmYes),
        Some(T::Guard(G::HYes)),
    ),
    b(
        &[Plain(K::Esc), Plain(K::Char('n'))],
        C::Confirm,
        Do(Action::Confirm(false)),
        T::Guard(G::KConfirmNo),
        Some(T::Guard(G::HNo)),
    ),
];

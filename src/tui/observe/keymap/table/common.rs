//! Keys that work everywhere, on every pane, and in the help overlay.

use ratatui::crossterm::event::KeyCode as K;

use super::super::{
    Act, Binding,
    Command::{self, Do},
    Context as C,
    Key::{self, Ctrl, Plain},
    b,
};
use crate::tui::observe::text::T;

/// Quitting, which works even while typing.
pub static ALWAYS: &[Binding] = &[b(
    &[Ctrl('q'), Ctrl('c')],
    C::Always,
    Do(Act::Quit),
    T::KQuit,
    Some(T::HQuit),
)];

/// Switching panes, the phase clock and help, on every pane.
pub static PANES: &[Binding] = &[
    b(
        &[Plain(K::Tab)],
        C::Panes,
        Do(Act::NextPane),
        T::KNextPane,
        Some(T::HPane),
    ),
    b(
        &[Plain(K::BackTab)],
        C::Panes,
        Do(Act::PrevPane),
        T::KPrevPane,
        None,
    ),
    b(&[Key::PaneF], C::Panes, Command::GoPane, T::KGoPane, None),
    b(
        &[Ctrl('p')],
        C::Panes,
        Do(Act::PhaseToggle),
        T::KPhaseToggle,
        None,
    ),
    b(
        &[Ctrl('n')],
        C::Panes,
        Do(Act::PhaseNext),
        T::KPhaseNext,
        None,
    ),
    b(
        &[Plain(K::Char('?'))],
        C::Panes,
        Do(Act::Help),
        T::KHelp,
        Some(T::HHelp),
    ),
];

/// The help overlay.
pub static HELP: &[Binding] = &[
    b(
        &[Plain(K::Up), Plain(K::Char('k'))],
        C::Help,
        Do(Act::Up),
        T::KUp,
        None,
    ),
    b(
        &[Plain(K::Down), Plain(K::Char('j'))],
        C::Help,
        Do(Act::Down),
        T::KDown,
        None,
    ),
    b(
        &[Plain(K::Esc), Plain(K::Char('?'))],
        C::Help,
        Do(Act::Help),
        T::KHelpClose,
        Some(T::HClose),
    ),
];

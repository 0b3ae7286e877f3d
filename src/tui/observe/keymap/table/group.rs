//! The Group pane's keys: choosing a group, the phase clock, the mission and notes.

use ratatui::crossterm::event::KeyCode as K;

use super::super::{Act, Binding, Command::Do, Context, Key::Plain, b};
use crate::tui::observe::pane::Pane;
use crate::tui::observe::text::T;

const GRP: Context = Context::Pane(Pane::Group);

/// The Group pane's bindings.
pub static GROUP: &[Binding] = &[
    b(
        &[Plain(K::Up), Plain(K::Char('k'))],
        GRP,
        Do(Act::Up),
        T::KGroupUp,
        None,
    ),
    b(
        &[Plain(K::Down), Plain(K::Char('j'))],
        GRP,
        Do(Act::Down),
        T::KGroupDown,
        None,
    ),
    b(
        &[Plain(K::Char('s'))],
        GRP,
        Do(Act::PhaseStart),
        T::KPhaseStart,
        Some(T::HStart),
    ),
    b(
        &[Plain(K::Char('p'))],
        GRP,
        Do(Act::PhasePause),
        T::KPhasePause,
        Some(T::HPause),
    ),
    b(
        &[Plain(K::Char('n'))],
        GRP,
        Do(Act::PhaseNext),
        T::KPhaseNext,
        Some(T::HNext),
    ),
    b(
        &[Plain(K::Char('m'))],
        GRP,
        Do(Act::EditMission),
        T::KEditMission,
        Some(T::HMission),
    ),
    b(
        &[Plain(K::Char('c'))],
        GRP,
        Do(Act::GroupNote),
        T::KAddNote,
        Some(T::HGroupNote),
    ),
];

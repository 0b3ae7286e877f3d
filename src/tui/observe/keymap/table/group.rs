//! The Group pane's keys: choosing a group, the phase clock, the mission and notes.

use ratatui::crossterm::event::KeyCode as K;

use super::super::{Binding, Context};
use crate::text::guard::PhaseAsk;
use crate::text::observe::T;
use crate::tui::keys::{Does::Do, Key::Plain, b};
use crate::tui::observe::action::Action;
use crate::tui::observe::pane::Pane;

const GRP: Context = Context::Pane(Pane::Group);

/// The Group pane's bindings.
pub static GROUP: &[Binding] = &[
    b(
        &[Plain(K::Up), Plain(K::Char('k'))],
        GRP,
        Do(Action::Move(-1)),
        T::KGroupUp,
        None,
    ),
    b(
        &[Plain(K::Down), Plain(K::Char('j'))],
        GRP,
        Do(Action::Move(1)),
        T::KGroupDown,
        None,
    ),
    b(
        &[Plain(K::Char('s'))],
        GRP,
        Do(Action::AskPhase(PhaseAsk::Start)),
        T::KPhaseStart,
        Some(T::HStart),
    ),
    b(
        &[Plain(K::Char('p'))],
        GRP,
        Do(Action::AskPhase(PhaseAsk::Pause)),
        T::KPhasePause,
        Some(T::HPause),
    ),
    b(
        &[Plain(K::Char('n'))],
        GRP,
        Do(Action::AskPhase(PhaseAsk::Next)),
        T::KPhaseNext,
        Some(T::HNext),
    ),
    b(
        &[Plain(K::Char('m'))],
        GRP,
        Do(Action::EditMission),
        T::KEditMission,
        Some(T::HMission),
    ),
    b(
        &[Plain(K::Char('c'))],
        GRP,
        Do(Action::BeginGroupNote),
        T::KAddNote,
        Some(T::HGroupNote),
    ),
];

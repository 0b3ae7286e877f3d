//! The Roster pane's keys: moving through the list, filtering and sorting.

use ratatui::crossterm::event::KeyCode as K;

use super::super::{Binding, Context};
use crate::text::observe::T;
use crate::tui::keys::{Does::Do, Key::Plain, b};
use crate::tui::observe::action::Action;
use crate::tui::observe::pane::Pane;

const ROS: Context = Context::Pane(Pane::Roster);

/// The Roster pane's bindings.
pub static ROSTER: &[Binding] = &[
    b(
        &[Plain(K::Char('/'))],
        ROS,
        Do(Action::BeginFilter),
        T::KFilter,
        Some(T::HFilter),
    ),
    b(
        &[Plain(K::Char('s'))],
        ROS,
        Do(Action::SortNext),
        T::KSortNext,
        Some(T::HSort),
    ),
    b(
        &[Plain(K::Char('r'))],
        ROS,
        Do(Action::SortReverse),
        T::KSortReverse,
        Some(T::HReverse),
    ),
    b(
        &[Plain(K::Up), Plain(K::Char('k'))],
        ROS,
        Do(Action::Move(-1)),
        T::KUp,
        None,
    ),
    b(
        &[Plain(K::Down), Plain(K::Char('j'))],
        ROS,
        Do(Action::Move(1)),
        T::KDown,
        None,
    ),
    b(
        &[Plain(K::PageUp)],
        ROS,
        Do(Action::Move(-10)),
        T::KPageUp,
        None,
    ),
    b(
        &[Plain(K::PageDown)],
        ROS,
        Do(Action::Move(10)),
        T::KPageDown,
        None,
    ),
    b(
        &[Plain(K::Home)],
        ROS,
        Do(Action::MoveEnd(false)),
        T::KFirst,
        None,
    ),
    b(
        &[Plain(K::End)],
        ROS,
        Do(Action::MoveEnd(true)),
        T::KLast,
        None,
    ),
    b(
        &[Plain(K::Esc)],
        ROS,
        Do(Action::ClearFilter),
        T::KClearFilter,
        None,
    ),
];

//! The Roster pane's keys: moving through the list, filtering and sorting.

use ratatui::crossterm::event::KeyCode as K;

use super::super::{Act, Binding, Command::Do, Context, Key::Plain, b};
use crate::tui::observe::pane::Pane;
use crate::tui::observe::text::T;

const ROS: Context = Context::Pane(Pane::Roster);

/// The Roster pane's bindings.
pub static ROSTER: &[Binding] = &[
    b(
        &[Plain(K::Char('/'))],
        ROS,
        Do(Act::Filter),
        T::KFilter,
        Some(T::HFilter),
    ),
    b(
        &[Plain(K::Char('s'))],
        ROS,
        Do(Act::SortNext),
        T::KSortNext,
        Some(T::HSort),
    ),
    b(
        &[Plain(K::Char('r'))],
        ROS,
        Do(Act::SortReverse),
        T::KSortReverse,
        Some(T::HReverse),
    ),
    b(
        &[Plain(K::Up), Plain(K::Char('k'))],
        ROS,
        Do(Act::Up),
        T::KUp,
        None,
    ),
    b(
        &[Plain(K::Down), Plain(K::Char('j'))],
        ROS,
        Do(Act::Down),
        T::KDown,
        None,
    ),
    b(&[Plain(K::PageUp)], ROS, Do(Act::PageUp), T::KPageUp, None),
    b(
        &[Plain(K::PageDown)],
        ROS,
        Do(Act::PageDown),
        T::KPageDown,
        None,
    ),
    b(&[Plain(K::Home)], ROS, Do(Act::First), T::KFirst, None),
    b(&[Plain(K::End)], ROS, Do(Act::Last), T::KLast, None),
    b(
        &[Plain(K::Esc)],
        ROS,
        Do(Act::ClearFilter),
        T::KClearFilter,
        None,
    ),
];

//! The lead's roster editing (`lgd roster`): the edit keys, the popups' keys, and what the same
//! keys say on the read-only roster while observing.

use ratatui::crossterm::event::KeyCode as K;

use super::super::{Binding, Context as C};
use crate::text::observe::T;
use crate::text::roster::L;
use crate::tui::keys::{
    Does::Do,
    Key::{self, Ctrl, Plain},
    b,
};
use crate::tui::observe::action::Action;
use crate::tui::roster::LeadAction as LA;

const fn ch(c: char) -> Key {
    Plain(K::Char(c))
}

/// While observing, the edit keys explain that the lead edits with `lgd roster`.
pub static READ_ONLY: &[Binding] = &[b(
    &[
        ch('m'),
        ch('e'),
        ch('a'),
        ch('d'),
        Plain(K::Delete),
        ch('b'),
        ch('u'),
        Ctrl('z'),
    ],
    C::RosterView,
    Do(Action::Lead(LA::ReadOnly)),
    T::Lead(L::KReadOnly),
    None,
)];

//! The key table's rows, one file per pane; [`super::BINDINGS`] chains them in this order.

mod acts;
pub(crate) mod common;
mod group;
pub(crate) mod input;
mod lead;
mod observe;
pub(crate) mod roster;
mod score;

use super::Binding;

/// Every slice of the table, in lookup order.
pub(super) static SLICES: &[&[Binding]] = &[
    common::ALWAYS,
    observe::OBSERVE,
    roster::ROSTER,
    lead::READ_ONLY,
    group::GROUP,
    score::SCORE,
    common::PANES,
    common::HELP,
    common::CONFIRM,
    acts::ACTS,
    input::INPUT,
];

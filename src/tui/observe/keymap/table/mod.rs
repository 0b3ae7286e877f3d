//! The key table's rows, one file per pane; [`super::BINDINGS`] chains them in this order.

mod common;
mod group;
mod input;
mod lead;
mod observe;
mod roster;
mod score;

use super::Binding;

/// Every slice of the table, in lookup order.
pub(super) static SLICES: &[&[Binding]] = &[
    common::ALWAYS,
    observe::OBSERVE,
    roster::ROSTER,
    lead::READ_ONLY,
    lead::EDIT,
    lead::POPUPS,
    group::GROUP,
    score::SCORE,
    common::PANES,
    common::HELP,
    input::INPUT,
];

//! Splits in the report: the event's midpoint policy stated, split cells marked, and a participant
//! whose JPM waits for a wash-up decision on a split said so instead of a dash.

use super::context::Index;
use super::fmt;
use crate::consolidate::Cell;
use crate::text::Words;
use crate::text::report::{self as say, ReportWords};

/// Whether the cell is a split no policy and no decision has settled.
pub(super) fn open_split(cell: &Cell) -> bool {
    cell.split.is_some() && cell.consensus.is_none() && cell.final_level.is_none()
}

/// Whether participant `id`'s JPM waits for a decision on a split.
pub(super) fn awaits_decision(ix: &Index, id: &str) -> bool {
    ix.c.competencies
        .iter()
        .filter_map(|code| ix.cell(id, code))
        .any(open_split)
}

/// The JPM as printed, or that it waits for the wash-up when a split holds it back.
pub(super) fn jpm_or_awaits(ix: &Index, id: &str, jpm: Option<f64>) -> String {
    if jpm.is_none() && awaits_decision(ix, id) {
        ReportWords::JpmAwaits.get(ix.lang).to_string()
    } else {
        super::ranking::jpm_text(ix, jpm)
    }
}

/// The cell's split flag: "split 3 | 4: needs a decision" or the policy that settled it.
pub(super) fn flag(ix: &Index, cell: &Cell) -> Option<String> {
    let sp = cell.split?;
    if cell.consensus.is_some() {
        return None;
    }
    let settled = cell
        .final_level
        .map(|_| crate::text::midpoint::policy(ix.lang, sp.policy));
    Some(say::split_flag(
        ix.lang,
        &fmt::num(sp.lower, 1, ix.lang),
        &fmt::num(sp.upper, 1, ix.lang),
        settled,
    ))
}

/// The policy in force, as a sentence for the method paragraph.
pub(super) fn policy_sentence(ix: &Index) -> String {
    say::midpoint_method(ix.lang, ix.c.options.midpoint)
}

//! The agreement section's newer figures: how acts were matched and the clock offset each pair
//! was lined up with, and agreement on counts per behaviour code (in place of the pooled count ICC).

use serde::Serialize;

use super::context::{CoefView, Index};
use super::fmt;
use crate::consolidate::{ClockOffset, MatchProcedure, OffsetSource};
use crate::text::Words;
use crate::text::report::ReportWords as RW;

/// Agreement on one behaviour code's counts.
#[derive(Debug, Serialize)]
pub struct CodeRow {
    /// The code.
    pub code: String,
    /// Participant x session units.
    pub units: usize,
    /// Mean count per unit and observer.
    pub mean_count: String,
    /// Krippendorff's alpha (interval).
    pub coef: CoefView,
}

/// The procedure's name, as the report labels act matching.
pub(super) fn procedure(ix: &Index, p: MatchProcedure) -> &'static str {
    match p {
        MatchProcedure::SameCodeFirst => RW::SameCodeFirst,
        MatchProcedure::TimeOnly => RW::TimeOnly,
    }
    .get(ix.lang)
}

/// The procedures the pairs were matched with, each named once (one, unless files were mixed).
pub(super) fn procedures(ix: &Index) -> String {
    let mut seen: Vec<MatchProcedure> = Vec::new();
    for m in &ix.c.behaviour.matching {
        if !seen.contains(&m.procedure) {
            seen.push(m.procedure);
        }
    }
    seen.iter()
        .map(|p| procedure(ix, *p))
        .collect::<Vec<_>>()
        .join("; ")
}

/// "+2.4 s (estimated from the data, 14 marks)", or a dash for files that did not record one.
pub(super) fn clock(ix: &Index, offset: Option<&ClockOffset>) -> String {
    let Some(o) = offset else {
        return fmt::NONE.to_string();
    };
    let secs = fmt::signed(o.seconds, ix.lang);
    match o.source {
        OffsetSource::Estimated => format!(
            "{secs} s ({}, {} {})",
            RW::Estimated.get(ix.lang),
            o.support,
            RW::Marks.get(ix.lang)
        ),
        OffsetSource::StartingGuess => format!("{secs} s ({})", RW::StartingGuess.get(ix.lang)),
    }
}

/// One row per behaviour code, in code order.
pub(super) fn code_rows(ix: &Index) -> Vec<CodeRow> {
    ix.c.behaviour
        .code_agreement
        .iter()
        .map(|a| CodeRow {
            code: a.code.clone(),
            units: a.units,
            mean_count: fmt::fixed(a.mean_count, 2, ix.lang),
            coef: ix.coef(&a.alpha),
        })
        .collect()
}

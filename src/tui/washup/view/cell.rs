//! How one cell reads in the matrix: the counted levels, the final level, a mark for the flag.

use crate::consolidate::{Cell, FinalSource, Flag};

/// "3|4": a split waiting for the wash-up.
pub fn split_mark(lower: f64, upper: f64) -> String {
    crate::text::midpoint::mark(&level_text(lower), &level_text(upper))
}

/// "3" or "2.5".
pub fn level_text(level: f64) -> String {
    if level.fract() == 0.0 {
        format!("{level:.0}")
    } else {
        format!("{level:.1}")
    }
}

/// "2·4→3!": counted levels, then `→` and the proposed level or `✓` and the consensus (or `→3|4`
/// for a split no policy settled), then `!` (wide spread), `±` (both sides of the target) or `?`
/// (fewer than two ratings).
pub fn cell_text(cell: &Cell) -> String {
    let levels: Vec<String> = cell
        .ratings
        .iter()
        .filter(|r| r.counted)
        .filter_map(|r| r.score.level())
        .map(level_text)
        .collect();
    let mut out = levels.join("·");
    if let Some(f) = cell.final_level {
        out.push_str(match cell.final_source {
            FinalSource::Consensus => "✓",
            _ => "→",
        });
        out.push_str(&level_text(f));
    } else if let Some(sp) = cell.split.filter(|_| cell.consensus.is_none()) {
        out.push('→');
        out.push_str(&split_mark(sp.lower, sp.upper));
    }
    if cell.consensus.is_none() {
        if cell.flags.contains(&Flag::Spread) {
            out.push('!');
        } else if cell.flags.contains(&Flag::AcrossTarget) {
            out.push('±');
        } else if cell.flags.contains(&Flag::FewRatings) {
            out.push('?');
        }
    }
    out
}

//! How one cell reads in the matrix: the counted levels, the final level, a mark for the flag.

use crate::consolidate::{Cell, FinalSource, Flag};
use crate::model::Lang;

/// "3|4": a split waiting for the wash-up.
pub fn split_mark(lower: f64, upper: f64, lang: Lang) -> String {
    crate::text::midpoint::mark(&level_text(lower, lang), &level_text(upper, lang))
}

/// "3", or "2,5" in Bahasa Indonesia and "2.5" in English.
pub fn level_text(level: f64, lang: Lang) -> String {
    crate::text::level(lang, level)
}

/// "2·4→3!": counted levels, then `→` and the proposed level or `✓` and the consensus (or `→3|4`
/// for a split no policy settled), then `!` (wide spread), `±` (both sides of the target) or `?`
/// (fewer than two ratings).
pub fn cell_text(cell: &Cell, lang: Lang) -> String {
    let levels: Vec<String> = cell
        .ratings
        .iter()
        .filter(|r| r.counted)
        .filter_map(|r| r.score.level())
        .map(|l| level_text(l, lang))
        .collect();
    let mut out = levels.join("·");
    if let Some(f) = cell.final_level {
        out.push_str(match cell.final_source {
            FinalSource::Consensus => "✓",
            _ => "→",
        });
        out.push_str(&level_text(f, lang));
    } else if let Some(sp) = cell.split.filter(|_| cell.consensus.is_none()) {
        out.push('→');
        out.push_str(&split_mark(sp.lower, sp.upper, lang));
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

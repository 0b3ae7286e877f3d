//! One participant x competency: the independent ratings, their figures, the flags and the final level.

use super::format::{
    Cell, CellEvidence, CellRating, CellStats, FinalSource, Flag, RatingStatus, Split,
};
use crate::model::{MAX_LEVEL, MIN_LEVEL, MidpointPolicy, Rating};
use crate::scoring::round_to_step;

/// What an observer's rating cell contributes: the last value set before the last of `submissions`
/// submissions is the independent rating; later edits are kept beside it but never used. What
/// is kept is moved out of `rating`.
pub fn independent(
    observer: &str,
    rating: &mut Rating,
    submissions: u32,
    include_unsubmitted: bool,
) -> CellRating {
    // What the cell keeps is moved out; the rest stays in `rating` for its owner to free.
    if submissions == 0 {
        return CellRating {
            observer: observer.to_string(),
            status: RatingStatus::NotSubmitted,
            counted: include_unsubmitted && rating.score.level().is_some(),
            score: rating.score,
            note: std::mem::take(&mut rating.note),
            at: rating.at,
            after_submission: Vec::new(),
        };
    }
    let mut held = None;
    let mut after = Vec::new();
    for e in rating.history.drain(..) {
        if e.before_submission(submissions) {
            held = Some(e);
        } else {
            after.push(e);
        }
    }
    match held {
        Some(e) => CellRating {
            observer: observer.to_string(),
            status: RatingStatus::Submitted,
            counted: e.score.level().is_some(),
            score: e.score,
            note: e.note,
            at: e.at,
            after_submission: after,
        },
        None => CellRating {
            observer: observer.to_string(),
            status: RatingStatus::OnlyAfterSubmission,
            score: rating.score,
            note: std::mem::take(&mut rating.note),
            at: rating.at,
            counted: false,
            after_submission: after,
        },
    }
}

/// n, mean, median, min, max and range of `levels`.
pub fn stats(levels: &[f64]) -> CellStats {
    let n = levels.len();
    if n == 0 {
        return CellStats::default();
    }
    let mut sorted = levels.to_vec();
    sorted.sort_by(f64::total_cmp);
    let (min, max) = (sorted[0], sorted[n - 1]);
    let median = if n % 2 == 1 {
        sorted[n / 2]
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
    };
    CellStats {
        n,
        mean: Some(sorted.iter().sum::<f64>() / n as f64),
        median: Some(median),
        min: Some(min),
        max: Some(max),
        range: Some(max - min),
    }
}

/// Why the cell needs discussion: a wide spread, raters disagreeing on whether the target is
/// met, or too few ratings to integrate.
pub fn flags(levels: &[f64], stats: &CellStats, target: f64, spread: f64) -> Vec<Flag> {
    let mut out = Vec::new();
    // A hair below the threshold so 2.0 from float arithmetic still counts as 2.
    if stats.range.is_some_and(|r| r >= spread - 1e-9) {
        out.push(Flag::Spread);
    }
    if levels.iter().any(|&l| l < target) && levels.iter().any(|&l| l >= target) {
        out.push(Flag::AcrossTarget);
    }
    if stats.n < 2 {
        out.push(Flag::FewRatings);
    }
    out
}

/// Inputs of one cell.
pub struct CellInput {
    /// Participant id.
    pub participant: String,
    /// Competency code.
    pub competency: String,
    /// Target level.
    pub target: u8,
    /// Ratings in observer order.
    pub ratings: Vec<CellRating>,
    /// Evidence in observer order.
    pub evidence: Vec<CellEvidence>,
}

/// Builds a cell with its figures, flags and proposed level (no wash-up decision yet).
pub fn cell(input: CellInput, spread: f64, step: f64, midpoint: MidpointPolicy) -> Cell {
    let levels: Vec<f64> = input
        .ratings
        .iter()
        .filter(|r| r.counted)
        .filter_map(|r| r.score.level())
        .collect();
    let stats = stats(&levels);
    let flags = flags(&levels, &stats, f64::from(input.target), spread);
    let clamp = |l: f64| l.clamp(f64::from(MIN_LEVEL), f64::from(MAX_LEVEL));
    let split = stats.mean.and_then(|m| split(m, step, midpoint));
    let proposed = match (stats.mean, split) {
        (Some(_), Some(s)) => s.policy.settle(s.lower, s.upper, f64::from(input.target)),
        (Some(m), None) => Some(round_to_step(m, step)),
        (None, _) => None,
    }
    .map(clamp);
    let mut cell = Cell {
        participant: input.participant,
        competency: input.competency,
        target: input.target,
        ratings: input.ratings,
        stats,
        flags,
        proposed,
        split,
        consensus: None,
        superseded: Vec::new(),
        final_level: None,
        final_source: FinalSource::None,
        evidence: input.evidence,
    };
    settle(&mut cell);
    cell
}

/// The two steps around `mean` when it lies exactly halfway between them (up to rounding).
fn split(mean: f64, step: f64, policy: MidpointPolicy) -> Option<Split> {
    if step <= 0.0 {
        return None;
    }
    let below = (mean / step).floor();
    let fraction = mean / step - below;
    ((fraction - 0.5).abs() < 1e-9).then_some(Split {
        lower: below * step,
        upper: (below + 1.0) * step,
        policy,
    })
}

/// Sets the final level: the consensus when decided, else the proposed level.
pub fn settle(cell: &mut Cell) {
    let decided = cell.consensus.as_ref().and_then(|d| d.level);
    (cell.final_level, cell.final_source) = match (decided, cell.proposed) {
        (Some(l), _) => (Some(l), FinalSource::Consensus),
        (None, Some(l)) => (Some(l), FinalSource::Proposed),
        (None, None) => (None, FinalSource::None),
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_split_is_a_mean_exactly_halfway_between_two_steps() {
        let policy = MidpointPolicy::Washup;
        let s = split(3.5, 1.0, policy).expect("3/4");
        assert_eq!((s.lower, s.upper), (3.0, 4.0));
        // With half levels the steps are 0.5 apart: 3.25 lies between 3.0 and 3.5.
        let s = split(3.25, 0.5, policy).expect("3/3.5");
        assert_eq!((s.lower, s.upper), (3.0, 3.5));
        // A mean of thirds, or on a step, is no split; nor is 3.5 on a half-level scale.
        assert_eq!(split(10.0 / 3.0, 1.0, policy), None);
        assert_eq!(split(3.0, 1.0, policy), None);
        assert_eq!(split(3.5, 0.5, policy), None);
        // Rounding left over from summing (7 / 2 as 3.4999999999999996) still counts.
        assert!(split(3.4999999999999996, 1.0, policy).is_some());
    }
}

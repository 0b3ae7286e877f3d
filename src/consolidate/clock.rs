//! The offset between two observers' clocks, estimated from what both recorded: the shift that
//! makes the most acts (same participant and code) and floor changes (same participant) coincide.
//!
//! Observers press "start phase" by hand, a second or three apart, and a laptop's clock can be
//! minutes off; one late press drops act-by-act agreement from 0.63 to 0.44. The phase start (or
//! the wall clock when a file has none) is only the starting guess: the shift is searched in a
//! window of [`FINE_S`] around it, and over [`COARSE_S`] when that window finds too little.

use rustc_hash::FxHashMap;

use super::format::{ClockOffset, OffsetSource};

/// Half-width of the search around the starting guess.
pub const FINE_S: f64 = 20.0;
/// Half-width of the coarse search for a clock minutes off.
pub const COARSE_S: f64 = 30.0 * 60.0;
/// Fewest coinciding marks an estimate needs; below it the starting guess stands.
const MIN_SUPPORT: usize = 5;

/// What names a participant or a code to matching: an id as written (`&str`), or a number the
/// caller gave each id once, so that no act pays for comparing strings.
pub trait Key: Copy + Eq + Ord + std::hash::Hash {}
impl<K: Copy + Eq + Ord + std::hash::Hash> Key for K {}

/// Something both observers may have recorded: an act (participant and code) or a floor change
/// (participant, with an empty code).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mark<K> {
    /// Participant id.
    pub participant: K,
    /// Behaviour code; empty (or what the caller gives an empty code) for a floor change.
    pub code: K,
    /// Seconds in the time base of the starting guess.
    pub t: f64,
}

/// The shift `d` such that `b`'s times minus `d` line up with `a`'s; `tolerance_s` is the
/// act-matching window, within which two marks count as coinciding.
pub fn estimate_offset<K: Key>(a: &[Mark<K>], b: &[Mark<K>], tolerance_s: f64) -> ClockOffset {
    // Keys are looked up once per mark here, not once per search below.
    let mut key_of: FxHashMap<(K, K), usize> = FxHashMap::default();
    let mut by_key: Vec<Vec<f64>> = Vec::new();
    for m in b {
        let k = *key_of.entry((m.participant, m.code)).or_insert_with(|| {
            by_key.push(Vec::new());
            by_key.len() - 1
        });
        by_key[k].push(m.t);
    }
    for times in &mut by_key {
        times.sort_by(f64::total_cmp);
    }
    let a: Vec<(&[f64], f64)> = a
        .iter()
        .filter_map(|m| {
            Some((
                by_key[*key_of.get(&(m.participant, m.code))?].as_slice(),
                m.t,
            ))
        })
        .collect();
    // Every difference t_b - t_a of two marks with the same key within [lo, hi], unsorted.
    let each_difference = |lo: f64, hi: f64, f: &mut dyn FnMut(f64)| {
        for &(times, t_a) in &a {
            let start = times.partition_point(|&t| t - t_a < lo);
            for d in times[start..]
                .iter()
                .map(|&t| t - t_a)
                .take_while(|&d| d <= hi)
            {
                f(d);
            }
        }
    };
    let sorted_differences = |lo: f64, hi: f64| -> Vec<f64> {
        let mut out = Vec::new();
        each_difference(lo, hi, &mut |d| out.push(d));
        out.sort_by(f64::total_cmp);
        out
    };
    let width = 2.0 * tolerance_s.max(0.5);
    let fine = densest(
        &sorted_differences(-FINE_S - width, FINE_S + width),
        width,
        0.0,
    );
    // The coarse search counts differences in one-second bins rather than sorting them all,
    // so a session's every pair of marks costs one pass.
    let bins = (2.0 * COARSE_S) as usize + 1;
    let mut histogram = vec![0usize; bins];
    each_difference(-COARSE_S, COARSE_S, &mut |d| {
        // d >= -COARSE_S here, so the cast truncates a non-negative number: its floor.
        if let Some(slot) = histogram.get_mut((d + COARSE_S).max(0.0) as usize) {
            *slot += 1;
        }
    });
    let span = width.ceil() as usize + 1;
    // Window sums slide along the bins (integers, so exactly the sums taken one by one).
    let mut window: usize = histogram.iter().take(span).sum();
    let (mut coarse_count, mut coarse_bin) = (0, 0);
    for i in 0..bins.saturating_sub(span) {
        if i > 0 {
            window = window + histogram[i + span - 1] - histogram[i - 1];
        }
        if window > coarse_count {
            (coarse_count, coarse_bin) = (window, i);
        }
    }
    let coarse_centre = coarse_bin as f64 + span as f64 / 2.0 - COARSE_S;
    // A peak far from the guess is only believed when it clearly beats what the guess found.
    let chosen = if coarse_centre.abs() > FINE_S
        && coarse_count >= MIN_SUPPORT
        && coarse_count as f64 >= 1.5 * fine.0 as f64
    {
        let around = coarse_centre;
        Some(densest(
            &sorted_differences(around - FINE_S - width, around + FINE_S + width),
            width,
            around,
        ))
    } else {
        (fine.0 >= MIN_SUPPORT).then_some(fine)
    };
    match chosen {
        Some((support, seconds)) => ClockOffset {
            seconds,
            source: OffsetSource::Estimated,
            support,
        },
        None => ClockOffset {
            seconds: 0.0,
            source: OffsetSource::StartingGuess,
            support: fine.0,
        },
    }
}

/// The window of `width` holding the most of the sorted `values`: (how many, their median).
/// Ties go to the window whose median is nearest `guess`.
fn densest(values: &[f64], width: f64, guess: f64) -> (usize, f64) {
    let mut best = (0usize, guess);
    let mut end = 0;
    for start in 0..values.len() {
        end = end.max(start);
        while end + 1 < values.len() && values[end + 1] - values[start] <= width {
            end += 1;
        }
        let count = end - start + 1;
        let median = median(&values[start..=end]);
        let better =
            count > best.0 || (count == best.0 && (median - guess).abs() < (best.1 - guess).abs());
        if better {
            best = (count, median);
        }
    }
    best
}

fn median(sorted: &[f64]) -> f64 {
    let n = sorted.len();
    if n % 2 == 1 {
        sorted[n / 2]
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marks(times: &[f64], shift: f64) -> Vec<Mark<&'static str>> {
        times
            .iter()
            .enumerate()
            .map(|(i, &t)| Mark {
                participant: ["P1", "P2", "P3"][i % 3],
                code: ["", "IN", "SU", "KR"][i % 4],
                t: t + shift,
            })
            .collect()
    }

    fn times() -> Vec<f64> {
        // Irregular, as a discussion is: no period a wrong shift could also fit.
        (0..60)
            .map(|i| i as f64 * 17.3 + (i * i % 7) as f64)
            .collect()
    }

    #[test]
    fn a_late_press_and_a_clock_minutes_off_are_both_found() {
        let a = marks(&times(), 0.0);
        for shift in [3.0, -2.5, 90.0, -7.0 * 60.0] {
            let b = marks(&times(), shift + 0.4);
            let o = estimate_offset(&a, &b, 3.0);
            assert_eq!(o.source, OffsetSource::Estimated);
            assert!((o.seconds - (shift + 0.4)).abs() < 1e-9, "{shift}: {o:?}");
            assert_eq!(o.support, 60);
        }
    }

    #[test]
    fn too_little_in_common_keeps_the_starting_guess() {
        let a = marks(&[10.0, 50.0], 0.0);
        let b = marks(&[11.0, 52.0], 0.0);
        let o = estimate_offset(&a, &b, 3.0);
        assert_eq!(o.source, OffsetSource::StartingGuess);
        assert_eq!(o.seconds, 0.0);
    }
}

//! Job Person Match and the result category it earns.

use crate::model::Category;

/// JPM in percent, uncapped: the sum of achieved levels over the sum of target levels, x 100.
/// `None` when there is nothing to compare (no targets). Kept for callers that predate the cap.
pub fn jpm(levels_and_targets: impl IntoIterator<Item = (f64, f64)>) -> Option<f64> {
    jpm_with(levels_and_targets, false)
}

/// JPM in percent: the sum of achieved levels over the sum of target levels, x 100. With `capped`
/// a level above its target counts as the target, so a surplus on one competency cannot make up
/// for a shortfall on another and JPM never passes 100 (docs/results.md gives the sources).
pub fn jpm_with(
    levels_and_targets: impl IntoIterator<Item = (f64, f64)>,
    capped: bool,
) -> Option<f64> {
    let (achieved, target) =
        levels_and_targets
            .into_iter()
            .fold((0.0, 0.0), |(a, t), (l, tg): (f64, f64)| {
                let counted = if capped { l.min(tg) } else { l };
                (a + counted, t + tg)
            });
    (target > 0.0).then(|| achieved / target * 100.0)
}

/// Competencies below their target and by how much.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Shortfall {
    /// (competency, level minus target), for each competency below target, in the order given.
    pub below: Vec<(String, f64)>,
}

impl Shortfall {
    /// The shortfalls of `(competency, level, target)` triples.
    pub fn of<'a>(levels: impl IntoIterator<Item = (&'a str, f64, f64)>) -> Shortfall {
        Shortfall {
            below: levels
                .into_iter()
                .filter(|(_, l, t)| l < t)
                .map(|(c, l, t)| (c.to_string(), l - t))
                .collect(),
        }
    }

    /// The sum of the gaps, a negative number of levels (0 when nothing is below target).
    pub fn total(&self) -> f64 {
        self.below.iter().map(|(_, g)| g).sum()
    }

    /// The largest single gap in levels, as a positive number (0 when nothing is below target).
    pub fn worst(&self) -> f64 {
        self.below.iter().map(|(_, g)| -g).fold(0.0, f64::max)
    }
}

/// The highest category whose threshold `jpm` reaches; categories may come in any order.
pub fn category_for(jpm: f64, categories: &[Category]) -> Option<&Category> {
    categories
        .iter()
        .filter(|c| jpm >= c.min_jpm)
        .max_by(|a, b| a.min_jpm.total_cmp(&b.min_jpm))
}

/// Rounds `value` to the nearest multiple of `step` (1 or 0.5), halves away from zero as assessors expect.
pub fn round_to_step(value: f64, step: f64) -> f64 {
    if step <= 0.0 {
        return value;
    }
    // A tiny nudge so that 2.4999999 from floating sums still rounds as the exact 2.5 would.
    ((value / step) + 1e-9).round() * step
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Settings;

    #[test]
    fn jpm_is_sum_of_levels_over_sum_of_targets() {
        // Six competencies at target 3: levels 3,3,3,2,3,4 = 18 of 18 -> 100 %.
        let v = jpm([3.0, 3.0, 3.0, 2.0, 3.0, 4.0].map(|l| (l, 3.0))).expect("targets");
        assert!((v - 100.0).abs() < 1e-9);
        let v = jpm([2.0, 3.0, 2.0, 3.0, 2.0, 2.0].map(|l| (l, 3.0))).expect("targets");
        assert!((v - 14.0 / 18.0 * 100.0).abs() < 1e-9);
        assert_eq!(jpm([]), None);
    }

    #[test]
    fn capped_jpm_counts_a_surplus_only_up_to_the_target() {
        // The case: 2, 2, 2 on three of six competencies (target 3), 5 on the others.
        // Uncapped the surplus hides the three gaps (21 / 18 = 116.7 %, "Optimal"); capped it is
        // 15 / 18 = 83.3 %, "Cukup Optimal".
        let levels = [2.0, 2.0, 2.0, 5.0, 5.0, 5.0].map(|l| (l, 3.0));
        let open = jpm_with(levels, false).expect("targets");
        let capped = jpm_with(levels, true).expect("targets");
        assert!((open - 21.0 / 18.0 * 100.0).abs() < 1e-9);
        assert!((capped - 15.0 / 18.0 * 100.0).abs() < 1e-9);
        let m = Settings::mapping_categories();
        assert_eq!(
            category_for(capped, &m).map(|c| c.label.id.as_str()),
            Some("Cukup Optimal")
        );
        // Everyone at 5 on target 3: exactly 100 %, never more.
        assert_eq!(jpm_with([(5.0, 3.0); 6], true), Some(100.0));
    }

    #[test]
    fn shortfall_lists_each_gap_below_target() {
        let s = Shortfall::of([("M.1", 2.0, 3.0), ("M.2", 4.0, 3.0), ("M.7", 1.0, 3.0)]);
        assert_eq!(
            s.below,
            vec![("M.1".to_string(), -1.0), ("M.7".to_string(), -2.0)]
        );
        assert_eq!(s.total(), -3.0);
        assert_eq!(s.worst(), 2.0);
        assert_eq!(Shortfall::of([("M.1", 3.0, 3.0)]).worst(), 0.0);
    }

    #[test]
    fn mapping_and_selection_presets_cut_where_practice_does() {
        let m = Settings::mapping_categories();
        let label = |j: f64, c: &[Category]| category_for(j, c).map(|c| c.label.id.clone());
        assert_eq!(label(90.0, &m).as_deref(), Some("Optimal"));
        assert_eq!(label(89.99, &m).as_deref(), Some("Cukup Optimal"));
        assert_eq!(label(78.0, &m).as_deref(), Some("Cukup Optimal"));
        assert_eq!(label(77.9, &m).as_deref(), Some("Kurang Optimal"));
        let s = Settings::selection_categories();
        assert_eq!(label(80.0, &s).as_deref(), Some("Memenuhi Syarat"));
        assert_eq!(label(68.0, &s).as_deref(), Some("Masih Memenuhi Syarat"));
        assert_eq!(label(67.9, &s).as_deref(), Some("Kurang Memenuhi Syarat"));
    }

    #[test]
    fn rounding_follows_the_step() {
        assert_eq!(round_to_step(2.5, 1.0), 3.0);
        assert_eq!(round_to_step(2.49, 1.0), 2.0);
        assert_eq!(round_to_step(2.75, 0.5), 3.0);
        assert_eq!(round_to_step(2.7, 0.5), 2.5);
        assert_eq!(round_to_step(10.0 / 3.0, 0.5), 3.5);
    }
}

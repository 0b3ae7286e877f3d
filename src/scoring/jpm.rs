//! Job Person Match and the result category it earns.

use crate::model::Category;

/// JPM in percent: the sum of achieved levels over the sum of target levels, x 100.
/// `None` when there is nothing to compare (no targets).
pub fn jpm(levels_and_targets: impl IntoIterator<Item = (f64, f64)>) -> Option<f64> {
    let (achieved, target) = levels_and_targets
        .into_iter()
        .fold((0.0, 0.0), |(a, t), (l, tg)| (a + l, t + tg));
    (target > 0.0).then(|| achieved / target * 100.0)
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

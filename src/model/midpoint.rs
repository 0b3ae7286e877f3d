//! What the proposed final level is when the mean of the ratings lies exactly halfway between two
//! levels (a 3/4 split): an event setting, because rounding it up or down moves JPM by points and
//! participants across categories, and the literature leaves the choice to the assessment centre.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The policy for a mean exactly halfway between two levels (or half levels).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MidpointPolicy {
    /// No level is proposed: the split goes to the wash-up, where the assessors decide.
    #[default]
    Washup,
    /// The higher of the two levels.
    HalfUp,
    /// The lower of the two levels.
    HalfDown,
    /// The level nearer the competency's target.
    TowardsTarget,
}

impl MidpointPolicy {
    /// The level proposed for a split between `lower` and `upper`, if the policy proposes one.
    pub fn settle(self, lower: f64, upper: f64, target: f64) -> Option<f64> {
        match self {
            MidpointPolicy::Washup => None,
            MidpointPolicy::HalfUp => Some(upper),
            MidpointPolicy::HalfDown => Some(lower),
            MidpointPolicy::TowardsTarget => {
                Some(if (upper - target).abs() < (lower - target).abs() {
                    upper
                } else {
                    lower
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_policy_settles_a_three_four_split_with_target_three() {
        assert_eq!(MidpointPolicy::Washup.settle(3.0, 4.0, 3.0), None);
        assert_eq!(MidpointPolicy::HalfUp.settle(3.0, 4.0, 3.0), Some(4.0));
        assert_eq!(MidpointPolicy::HalfDown.settle(3.0, 4.0, 3.0), Some(3.0));
        assert_eq!(
            MidpointPolicy::TowardsTarget.settle(3.0, 4.0, 3.0),
            Some(3.0)
        );
        assert_eq!(
            MidpointPolicy::TowardsTarget.settle(2.0, 3.0, 3.0),
            Some(3.0)
        );
    }
}

//! The change-agent candidate rule applied to one participant, with each condition's outcome kept
//! so the report can say why someone is (or is not) a candidate.

use super::jpm::Shortfall;
use crate::model::ChangeAgentRule;

/// One condition of the rule and how the participant fared on it.
#[derive(Debug, Clone, PartialEq)]
pub enum Check {
    /// The category is among the rule's top categories; `rank` 0 is the highest, `None` no category.
    Category {
        /// The participant's category rank.
        rank: Option<usize>,
        /// Whether it qualifies.
        met: bool,
    },
    /// No competency falls further below target than the rule allows.
    Shortfall {
        /// The largest gap, in levels (0 when none is below target).
        worst: f64,
        /// Whether it qualifies.
        met: bool,
    },
    /// A change-related competency is at or above its target.
    AtTarget {
        /// Competency code.
        competency: String,
        /// Final level, when there is one.
        level: Option<f64>,
        /// Its target.
        target: f64,
        /// Whether it qualifies.
        met: bool,
    },
}

impl Check {
    /// Whether the condition holds.
    pub fn met(&self) -> bool {
        match self {
            Check::Category { met, .. }
            | Check::Shortfall { met, .. }
            | Check::AtTarget { met, .. } => *met,
        }
    }
}

/// The rule's verdict on one participant.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidacy {
    /// Every condition, in the rule's order.
    pub checks: Vec<Check>,
}

impl Candidacy {
    /// A candidate meets every condition (and has a complete result, which the category implies).
    pub fn is_candidate(&self) -> bool {
        !self.checks.is_empty() && self.checks.iter().all(Check::met)
    }
}

/// Applies `rule` to a participant whose category has rank `category_rank` (0 = highest; `None`
/// while the result is incomplete) and whose final levels are `levels` as (competency, level,
/// target). A change competency the event does not rate is left out of the rule.
pub fn candidacy(
    rule: &ChangeAgentRule,
    category_rank: Option<usize>,
    levels: &[(&str, Option<f64>, f64)],
) -> Candidacy {
    let mut checks = vec![Check::Category {
        rank: category_rank,
        met: category_rank.is_some_and(|r| r < rule.top_categories),
    }];
    let complete = levels.iter().all(|(_, l, _)| l.is_some());
    let shortfall = Shortfall::of(levels.iter().filter_map(|(c, l, t)| Some((*c, (*l)?, *t))));
    checks.push(Check::Shortfall {
        worst: shortfall.worst(),
        met: complete && shortfall.worst() <= rule.max_shortfall + 1e-9,
    });
    for code in &rule.at_target {
        if let Some((c, level, target)) = levels.iter().find(|(c, ..)| c == code) {
            checks.push(Check::AtTarget {
                competency: (*c).to_string(),
                level: *level,
                target: *target,
                met: level.is_some_and(|l| l >= *target),
            });
        }
    }
    Candidacy { checks }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule() -> ChangeAgentRule {
        ChangeAgentRule::default()
    }

    #[test]
    fn a_below_optimal_result_is_never_a_candidate() {
        // The case: Kurang Optimal (rank 2) starred for M.7 at target.
        let levels = [("M.2", Some(2.0), 3.0), ("M.7", Some(3.0), 3.0)];
        let c = candidacy(&rule(), Some(2), &levels);
        assert!(!c.is_candidate());
        assert!(!c.checks[0].met());
        assert!(c.checks[2].met(), "M.7 itself is at target");
    }

    #[test]
    fn every_condition_must_hold() {
        let ok = [("M.2", Some(2.0), 3.0), ("M.7", Some(3.0), 3.0)];
        assert!(candidacy(&rule(), Some(1), &ok).is_candidate());
        // Two levels below target on one competency.
        let deep = [("M.2", Some(1.0), 3.0), ("M.7", Some(4.0), 3.0)];
        assert!(!candidacy(&rule(), Some(0), &deep).is_candidate());
        // The change competency below target.
        let low_change = [("M.2", Some(4.0), 3.0), ("M.7", Some(2.0), 3.0)];
        assert!(!candidacy(&rule(), Some(0), &low_change).is_candidate());
        // No result yet.
        assert!(!candidacy(&rule(), None, &ok).is_candidate());
    }

    #[test]
    fn the_rule_is_configurable() {
        let strict = ChangeAgentRule {
            top_categories: 1,
            max_shortfall: 0.0,
            at_target: vec!["M.7".into(), "M.8".into()],
        };
        let levels = [("M.7", Some(3.0), 3.0), ("M.8", Some(2.0), 3.0)];
        let c = candidacy(&strict, Some(0), &levels);
        assert_eq!(c.checks.len(), 4);
        assert!(!c.is_candidate());
        let fine = [("M.7", Some(3.0), 3.0), ("M.8", Some(3.0), 3.0)];
        assert!(candidacy(&strict, Some(0), &fine).is_candidate());
        assert!(!candidacy(&strict, Some(1), &fine).is_candidate());
    }
}

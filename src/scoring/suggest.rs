//! A suggested level from the coded evidence, with the rule that produced it spelled out.
//!
//! The rule is deliberately simple so an assessor can check it at a glance; it never fills a
//! rating by itself. P = live positive acts linked to the competency, N = negative ones,
//! K = different positive codes seen.
//! - no linked acts: no suggestion;
//! - P < N: level 1 (the evidence is mostly against);
//! - P < 3 or P < 3N: level 2 (some evidence, or mixed);
//! - P < 6 or K < 2: level 3 (consistent evidence);
//! - otherwise: level 4 (frequent, varied and consistent). One exercise never suggests 5.

use super::Evidence;
use crate::model::{Lang, Localized};

/// A suggested level and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    /// The level suggested.
    pub level: u8,
    /// The rule that fired, in both languages.
    pub rule: Localized,
}

impl Suggestion {
    /// The explanation in `lang`.
    pub fn explain(&self, lang: Lang) -> &str {
        self.rule.get(lang)
    }
}

/// Suggests a level from `evidence`, or `None` when nothing linked to the competency was coded.
pub fn suggest(evidence: &Evidence) -> Option<Suggestion> {
    let (p, n, k) = (
        evidence.positive,
        evidence.negative,
        evidence.positive_kinds(),
    );
    if p + n == 0 {
        return None;
    }
    let counts = format!("P={p} N={n} K={k}");
    let (level, id, en) = if p < n {
        (
            1,
            "lebih banyak bukti negatif (P < N)",
            "more negative than positive evidence (P < N)",
        )
    } else if p < 3 || p < 3 * n {
        (
            2,
            "bukti sedikit atau bercampur (P < 3 atau P < 3N)",
            "little or mixed evidence (P < 3 or P < 3N)",
        )
    } else if p < 6 || k < 2 {
        (
            3,
            "bukti konsisten (P >= 3, P >= 3N)",
            "consistent evidence (P >= 3, P >= 3N)",
        )
    } else {
        (
            4,
            "bukti sering, beragam, konsisten (P >= 6, K >= 2)",
            "frequent, varied, consistent evidence (P >= 6, K >= 2)",
        )
    };
    Some(Suggestion {
        level,
        rule: Localized::new(format!("{counts}: {id}"), format!("{counts}: {en}")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Valence;
    use crate::scoring::CodeTally;

    fn ev(tallies: &[(&str, Valence, usize)]) -> Evidence {
        let mut e = Evidence::default();
        for (code, valence, n) in tallies {
            e.tallies.push(CodeTally {
                code: (*code).into(),
                valence: *valence,
                times: (0..*n).map(|i| i as f64 * 10.0).collect(),
            });
            match valence {
                Valence::Positive => e.positive += n,
                Valence::Negative => e.negative += n,
                Valence::Neutral => {}
            }
        }
        e
    }

    #[test]
    fn no_evidence_no_suggestion() {
        assert_eq!(suggest(&Evidence::default()), None);
    }

    #[test]
    fn each_rule_fires_on_hand_made_evidence() {
        use Valence::*;
        let level = |t: &[(&str, Valence, usize)]| suggest(&ev(t)).map(|s| s.level);
        assert_eq!(
            level(&[("PROP", Positive, 1), ("INTR", Negative, 2)]),
            Some(1)
        );
        assert_eq!(level(&[("PROP", Positive, 2)]), Some(2));
        assert_eq!(
            level(&[("PROP", Positive, 4), ("INTR", Negative, 2)]),
            Some(2)
        );
        assert_eq!(
            level(&[("PROP", Positive, 3), ("INTR", Negative, 1)]),
            Some(3)
        );
        assert_eq!(
            level(&[("PROP", Positive, 8)]),
            Some(3),
            "one kind of act caps at 3"
        );
        assert_eq!(
            level(&[("PROP", Positive, 4), ("BUILD", Positive, 3)]),
            Some(4)
        );
    }

    #[test]
    fn the_rule_is_spelled_out_with_the_counts() {
        let s = suggest(&ev(&[
            ("PROP", Valence::Positive, 3),
            ("INTR", Valence::Negative, 1),
        ]))
        .expect("some");
        assert!(
            s.explain(Lang::En).starts_with("P=3 N=1 K=1"),
            "{}",
            s.explain(Lang::En)
        );
        assert!(s.explain(Lang::Id).contains("konsisten"));
    }
}

//! Rules for a coding scheme.

use super::{CompetencyIn, Issue, Problems, Unique};
use crate::model::{Framework, RESERVED_KEYS, Scheme};

/// Lists every problem of a scheme, checking competency codes against `framework`.
pub fn validate_scheme(scheme: &Scheme, framework: &Framework) -> Vec<super::Problem> {
    let mut p = Problems::default();
    p.check_id("id", &scheme.id);
    if scheme.framework != framework.id {
        p.add(
            "framework",
            Issue::SchemeFramework {
                own: scheme.framework.clone(),
                used: framework.id.clone(),
            },
        );
    }
    if scheme.codes.is_empty() {
        p.add("codes", Issue::NoCodes);
    }
    let keys: Vec<String> = scheme.codes.iter().map(|c| c.key.to_string()).collect();
    p.unique(
        Unique::Key,
        keys.iter()
            .enumerate()
            .map(|(i, k)| (format!("codes[{i}].key"), k.as_str())),
    );
    p.unique(
        Unique::Code,
        scheme
            .codes
            .iter()
            .enumerate()
            .map(|(i, c)| (format!("codes[{i}].code"), c.code.as_str())),
    );
    for (i, c) in scheme.codes.iter().enumerate() {
        let at = format!("codes[{i}] ({})", c.code);
        if RESERVED_KEYS.contains(&c.key) {
            p.add(format!("{at}.key"), Issue::ReservedKey { key: c.key });
        } else if !c.key.is_ascii_lowercase() {
            p.add(format!("{at}.key"), Issue::KeyNotLetter { key: c.key });
        }
        if c.code.trim().is_empty() {
            p.add(&at, Issue::EmptyCode);
        }
        if c.label.id.trim().is_empty() || c.label.en.trim().is_empty() {
            p.add(format!("{at}.label"), Issue::LabelMissing);
        }
        for comp in &c.competencies {
            if framework.competency(comp).is_none() {
                p.add(
                    format!("{at}.competencies"),
                    Issue::NotInFramework {
                        code: comp.clone(),
                        framework: framework.id.clone(),
                        named_in: CompetencyIn::Code,
                    },
                );
            }
        }
    }
    for (i, comp) in scheme.rated_competencies.iter().enumerate() {
        if framework.competency(comp).is_none() {
            p.add(
                format!("rated_competencies[{i}]"),
                Issue::NotInFramework {
                    code: comp.clone(),
                    framework: framework.id.clone(),
                    named_in: CompetencyIn::Rated,
                },
            );
        }
    }
    p.unique(
        Unique::Rubric,
        scheme
            .rubric
            .iter()
            .enumerate()
            .map(|(i, r)| (format!("rubric[{i}].id"), r.id.as_str())),
    );
    for (i, r) in scheme.rubric.iter().enumerate() {
        if r.max < 2 {
            p.add(format!("rubric[{i}].max"), Issue::RubricMax { max: r.max });
        }
    }
    p.0
}

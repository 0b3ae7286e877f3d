//! Rules for a coding scheme.

use super::Problems;
use crate::model::{Framework, RESERVED_KEYS, Scheme};

/// Lists every problem of a scheme, checking competency codes against `framework`.
pub fn validate_scheme(scheme: &Scheme, framework: &Framework) -> Vec<super::Problem> {
    let mut p = Problems::default();
    p.check_id("id", &scheme.id);
    if scheme.framework != framework.id {
        p.add(
            "framework",
            format!(
                "the scheme refers to framework {:?} but is used with {:?}",
                scheme.framework, framework.id
            ),
            "use the framework the scheme was written for, or update the scheme's framework",
        );
    }
    if scheme.codes.is_empty() {
        p.add(
            "codes",
            "the scheme has no behaviour codes",
            "add at least one code",
        );
    }
    let keys: Vec<String> = scheme.codes.iter().map(|c| c.key.to_string()).collect();
    p.unique(
        "key",
        keys.iter()
            .enumerate()
            .map(|(i, k)| (format!("codes[{i}].key"), k.as_str())),
    );
    p.unique(
        "code",
        scheme
            .codes
            .iter()
            .enumerate()
            .map(|(i, c)| (format!("codes[{i}].code"), c.code.as_str())),
    );
    for (i, c) in scheme.codes.iter().enumerate() {
        let at = format!("codes[{i}] ({})", c.code);
        if RESERVED_KEYS.contains(&c.key) {
            p.add(
                format!("{at}.key"),
                format!(
                    "key {:?} is reserved by the app (digits, space, ?, /, -, =, .)",
                    c.key
                ),
                "bind the code to a lower-case letter a-z",
            );
        } else if !c.key.is_ascii_lowercase() {
            p.add(
                format!("{at}.key"),
                format!("key {:?} is not a lower-case letter", c.key),
                "bind the code to a lower-case letter a-z",
            );
        }
        if c.code.trim().is_empty() {
            p.add(
                &at,
                "the code is empty",
                "give it a short code such as PROP",
            );
        }
        if c.label.id.trim().is_empty() || c.label.en.trim().is_empty() {
            p.add(
                format!("{at}.label"),
                "a label is missing",
                "fill label.id and label.en",
            );
        }
        for comp in &c.competencies {
            if framework.competency(comp).is_none() {
                p.add(
                    format!("{at}.competencies"),
                    format!("competency {comp:?} is not in framework {:?}", framework.id),
                    "use a competency code the framework defines",
                );
            }
        }
    }
    for (i, comp) in scheme.rated_competencies.iter().enumerate() {
        if framework.competency(comp).is_none() {
            p.add(
                format!("rated_competencies[{i}]"),
                format!("competency {comp:?} is not in framework {:?}", framework.id),
                "list only competencies the framework defines",
            );
        }
    }
    p.unique(
        "rubric item",
        scheme
            .rubric
            .iter()
            .enumerate()
            .map(|(i, r)| (format!("rubric[{i}].id"), r.id.as_str())),
    );
    for (i, r) in scheme.rubric.iter().enumerate() {
        if r.max < 2 {
            p.add(
                format!("rubric[{i}].max"),
                format!("maximum score {} leaves nothing to choose", r.max),
                "use a maximum of 2 or more (e.g. 4)",
            );
        }
    }
    p.0
}

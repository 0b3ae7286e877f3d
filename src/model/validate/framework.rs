//! Rules for a competency framework.

use super::Problems;
use crate::model::{Framework, MAX_LEVEL, MIN_LEVEL};

/// Lists every problem of a framework.
pub fn validate_framework(fw: &Framework) -> Vec<super::Problem> {
    let mut p = Problems::default();
    p.check_id("id", &fw.id);
    if fw.competencies.is_empty() {
        p.add(
            "competencies",
            "the framework has no competencies",
            "add at least one competency",
        );
    }
    p.unique(
        "competency code",
        fw.competencies
            .iter()
            .enumerate()
            .map(|(i, c)| (format!("competencies[{i}].code"), c.code.as_str())),
    );
    for (i, c) in fw.competencies.iter().enumerate() {
        let at = format!("competencies[{i}] ({})", c.code);
        if c.code.trim().is_empty() {
            p.add(
                &at,
                "the competency has no code",
                "give it a code such as M.2",
            );
        }
        if c.name.id.trim().is_empty() && c.name.en.trim().is_empty() {
            p.add(
                &at,
                "the competency has no name",
                "fill name.id and name.en",
            );
        }
        let want = usize::from(MAX_LEVEL - MIN_LEVEL + 1);
        if c.levels.len() != want {
            p.add(
                format!("{at}.levels"),
                format!("has {} level descriptions, expected {want}", c.levels.len()),
                format!("describe each level {MIN_LEVEL} to {MAX_LEVEL}, in order"),
            );
        }
        if !(MIN_LEVEL..=MAX_LEVEL).contains(&c.target) {
            p.add(
                format!("{at}.target"),
                format!(
                    "target level {} is outside {MIN_LEVEL}-{MAX_LEVEL}",
                    c.target
                ),
                "set the level the job requires, e.g. 3 for an Administrator post",
            );
        }
    }
    p.0
}

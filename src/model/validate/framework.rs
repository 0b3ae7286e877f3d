//! Rules for a competency framework.

use super::{Issue, Problems, Unique};
use crate::model::{Framework, MAX_LEVEL, MIN_LEVEL};

/// Lists every problem of a framework.
pub fn validate_framework(fw: &Framework) -> Vec<super::Problem> {
    let mut p = Problems::default();
    p.check_id("id", &fw.id);
    if fw.competencies.is_empty() {
        p.add("competencies", Issue::NoCompetencies);
    }
    p.unique(
        Unique::Competency,
        fw.competencies
            .iter()
            .enumerate()
            .map(|(i, c)| (format!("competencies[{i}].code"), c.code.as_str())),
    );
    for (i, c) in fw.competencies.iter().enumerate() {
        let at = format!("competencies[{i}] ({})", c.code);
        if c.code.trim().is_empty() {
            p.add(&at, Issue::CompetencyUncoded);
        }
        if c.name.id.trim().is_empty() && c.name.en.trim().is_empty() {
            p.add(&at, Issue::CompetencyUnnamed);
        }
        let want = usize::from(MAX_LEVEL - MIN_LEVEL + 1);
        if c.levels.len() != want {
            p.add(
                format!("{at}.levels"),
                Issue::LevelCount {
                    found: c.levels.len(),
                    want,
                },
            );
        }
        if !(MIN_LEVEL..=MAX_LEVEL).contains(&c.target) {
            p.add(
                format!("{at}.target"),
                Issue::TargetOutside { target: c.target },
            );
        }
    }
    p.0
}

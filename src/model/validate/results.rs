//! Rules for imported results: they name participants and competencies of the event, levels are on
//! the scale, and each participant has one value per competency (or score name).

use super::Problems;
use crate::model::{Event, Framework};

/// Records every problem of the event's self-ratings and online scores.
pub(super) fn results(event: &Event, framework: Option<&Framework>, p: &mut Problems) {
    let keys: Vec<String> = event
        .self_ratings
        .iter()
        .map(|r| format!("{} {}", r.participant, r.competency))
        .collect();
    p.unique(
        "self-rating of participant and competency",
        keys.iter()
            .enumerate()
            .map(|(i, k)| (format!("self_ratings[{i}]"), k.as_str())),
    );
    for (i, r) in event.self_ratings.iter().enumerate() {
        let at = format!("self_ratings[{i}]");
        participant(event, &at, &r.participant, p);
        if let Some(fw) = framework
            && fw.competency(&r.competency).is_none()
        {
            p.add(
                format!("{at}.competency"),
                format!(
                    "competency {:?} is not in framework {}",
                    r.competency, fw.id
                ),
                "import the self-evaluation again, or remove this self-rating",
            );
        }
        if let Err(e) = event.settings.check_level(r.level) {
            p.add(
                format!("{at}.level"),
                e.to_string(),
                "import a corrected self-evaluation",
            );
        }
    }
    let names: Vec<String> = event
        .online_scores
        .iter()
        .map(|s| format!("{} {:?}", s.participant, s.name))
        .collect();
    p.unique(
        "online score of participant and name",
        names
            .iter()
            .enumerate()
            .map(|(i, k)| (format!("online_scores[{i}]"), k.as_str())),
    );
    for (i, s) in event.online_scores.iter().enumerate() {
        let at = format!("online_scores[{i}]");
        participant(event, &at, &s.participant, p);
        if s.name.trim().is_empty() {
            p.add(
                format!("{at}.name"),
                "the score has no name",
                "name the column in the online-assessment file",
            );
        }
        if !s.value.is_finite() {
            p.add(
                format!("{at}.value"),
                format!("{} is not a number", s.value),
                "import a corrected online-assessment file",
            );
        }
    }
}

fn participant(event: &Event, at: &str, id: &str, p: &mut Problems) {
    if event.participant(id).is_none() {
        p.add(
            format!("{at}.participant"),
            format!("participant {id:?} is not in the roster"),
            "import the results again against this roster",
        );
    }
}

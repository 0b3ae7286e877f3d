//! Rules for imported results: they name participants and competencies of the event, levels are on
//! the scale, and each participant has one value per competency (or score name).

use super::{CompetencyIn, Issue, NamedIn, Problems, Unique};
use crate::model::{Event, Framework};

/// Records every problem of the event's self-ratings and online scores.
pub(super) fn results(event: &Event, framework: Option<&Framework>, p: &mut Problems) {
    let keys: Vec<String> = event
        .self_ratings
        .iter()
        .map(|r| format!("{} {}", r.participant, r.competency))
        .collect();
    p.unique(
        Unique::SelfRating,
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
                Issue::NotInFramework {
                    code: r.competency.clone(),
                    framework: fw.id.clone(),
                    named_in: CompetencyIn::SelfRating,
                },
            );
        }
        if let Err(e) = event.settings.check_level(r.level) {
            p.add(format!("{at}.level"), Issue::Level(e));
        }
    }
    let names: Vec<String> = event
        .online_scores
        .iter()
        .map(|s| format!("{} {:?}", s.participant, s.name))
        .collect();
    p.unique(
        Unique::OnlineScore,
        names
            .iter()
            .enumerate()
            .map(|(i, k)| (format!("online_scores[{i}]"), k.as_str())),
    );
    for (i, s) in event.online_scores.iter().enumerate() {
        let at = format!("online_scores[{i}]");
        participant(event, &at, &s.participant, p);
        if s.name.trim().is_empty() {
            p.add(format!("{at}.name"), Issue::ScoreUnnamed);
        }
        if !s.value.is_finite() {
            p.add(format!("{at}.value"), Issue::NotANumber { value: s.value });
        }
    }
}

fn participant(event: &Event, at: &str, id: &str, p: &mut Problems) {
    if event.participant(id).is_none() {
        p.add(
            format!("{at}.participant"),
            Issue::NotInRoster {
                id: id.to_string(),
                named_in: NamedIn::Result,
            },
        );
    }
}

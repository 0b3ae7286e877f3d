//! Assembling a new event from its parts, with the defaults of the Tangerang Selatan event.

use unicode_normalization::UnicodeNormalization;

use crate::model::{
    CaseStudy, EVENT_FORMAT, EVENT_FORMAT_VERSION, Event, Group, Localized, Observer, Participant,
    Phase, Scheme, Settings,
};

/// The framework a new event rates against.
pub const DEFAULT_FRAMEWORK: &str = "asn-permenpanrb-38-2017";
/// The coding scheme a new event uses unless one is given.
pub const DEFAULT_SCHEME: &str = "lgd-default";
/// Longest id the model accepts.
const MAX_ID: usize = 64;

/// Reading 10 min, discussion 45 (coded), mission writing 20 (coded), self-evaluation 10.
pub fn default_phases() -> Vec<Phase> {
    let phase = |id: &str, name: Localized, minutes, coded| Phase {
        id: id.into(),
        name,
        minutes,
        coded,
    };
    vec![
        phase(
            "read",
            Localized::new("Membaca kasus", "Reading the case"),
            10,
            false,
        ),
        phase("discuss", Localized::new("Diskusi", "Discussion"), 45, true),
        phase(
            "mission",
            Localized::new("Menyusun misi", "Writing the mission"),
            20,
            true,
        ),
        phase(
            "self",
            Localized::new("Evaluasi diri", "Self-evaluation"),
            10,
            false,
        ),
    ]
}

/// A path-safe id from an event name: "Asesmen Tangsel 2026" becomes `asesmen-tangsel-2026`.
pub fn event_id(name: &str) -> String {
    let mut id = String::new();
    for c in name
        .nfkd()
        .filter(char::is_ascii)
        .flat_map(|c| c.to_lowercase())
    {
        if c.is_ascii_alphanumeric() {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    id.truncate(MAX_ID);
    let id = id.trim_end_matches('-').to_string();
    match id.as_str() {
        "" => "event".into(),
        // A name such as "Con" or "Nul" would give a Windows device name.
        _ if crate::model::check_id(&id).is_err() => format!("{id}-event"),
        _ => id,
    }
}

/// A new event; a scheme given is embedded and used, otherwise the built-in default.
pub fn new_event(
    id: String,
    name: String,
    participants: Vec<Participant>,
    groups: Vec<Group>,
    observers: Vec<Observer>,
    scheme: Option<Scheme>,
) -> Event {
    let (scheme_id, framework, schemes) = match scheme {
        Some(s) => (s.id.clone(), s.framework.clone(), vec![s]),
        None => (DEFAULT_SCHEME.into(), DEFAULT_FRAMEWORK.into(), Vec::new()),
    };
    Event {
        format: EVENT_FORMAT.into(),
        format_version: EVENT_FORMAT_VERSION,
        id,
        name,
        organisation: String::new(),
        dates: Vec::new(),
        case_study: CaseStudy::default(),
        venue: String::new(),
        lead_assessor: String::new(),
        assessors: Vec::new(),
        phases: default_phases(),
        scheme: scheme_id,
        framework,
        schemes,
        frameworks: Vec::new(),
        participants,
        groups,
        observers,
        settings: Settings::default(),
        self_ratings: Vec::new(),
        online_scores: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_path_safe_slugs() {
        assert_eq!(event_id("Asesmen Tangsel 2026"), "asesmen-tangsel-2026");
        assert_eq!(
            event_id("  ../Évaluasi: Kota / Dinas  "),
            "evaluasi-kota-dinas"
        );
        assert_eq!(event_id("???"), "event");
        assert_eq!(event_id("Nul"), "nul-event");
        assert_eq!(event_id("COM 1"), "com-1");
        assert!(event_id(&"x ".repeat(100)).len() <= MAX_ID);
    }
}

//! Starting a new day record from an event definition.

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::validate::Resolver;
use super::{DAY_FORMAT, DAY_FORMAT_VERSION, DayRecord, Event, EventStamp, PhaseRecord};

/// Why a day record cannot be started.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BeginError {
    /// The observer id is not in the event.
    #[error("observer {0:?} is not in this event; `lgd check EVENT_FILE` lists the observers")]
    UnknownObserver(String),
    /// The group id is not in the event.
    #[error("group {0:?} is not in this event")]
    UnknownGroup(String),
    /// No group given and the observer has none assigned.
    #[error("observer {0:?} has no group in the event; choose one with --group")]
    NoGroup(String),
    /// The scheme or framework cannot be found.
    #[error("the event's scheme {0:?} or framework {1:?} cannot be found")]
    Definitions(String, String),
}

impl DayRecord {
    /// A fresh record for `observer` watching `group` (or their assigned group) on `date`.
    pub fn begin(
        event: &Event,
        resolver: Resolver<'_>,
        observer: &str,
        group: Option<&str>,
        date: NaiveDate,
        started_at: DateTime<FixedOffset>,
    ) -> Result<DayRecord, BeginError> {
        let obs = event
            .observer(observer)
            .ok_or_else(|| BeginError::UnknownObserver(observer.to_string()))?;
        let group_id = group
            .map(str::to_string)
            .or_else(|| obs.group.clone())
            .or_else(|| {
                // A lead or roaming observer with coverage: the group of their first participant.
                obs.coverage
                    .first()
                    .and_then(|p| event.group_of(p))
                    .map(|g| g.id.clone())
            })
            .ok_or_else(|| BeginError::NoGroup(observer.to_string()))?;
        let grp = event
            .group(&group_id)
            .ok_or_else(|| BeginError::UnknownGroup(group_id.clone()))?;
        let (scheme, framework) = match (resolver.scheme(event), resolver.framework(event)) {
            (Some(s), Some(f)) => (s.clone(), f.clone()),
            _ => {
                return Err(BeginError::Definitions(
                    event.scheme.clone(),
                    event.framework.clone(),
                ));
            }
        };
        let participants = event
            .participants
            .iter()
            .filter(|p| grp.seat_of(&p.id).is_some() || obs.coverage.contains(&p.id))
            .cloned()
            .collect();
        Ok(DayRecord {
            format: DAY_FORMAT.to_string(),
            format_version: DAY_FORMAT_VERSION,
            event: EventStamp {
                id: event.id.clone(),
                name: event.name.clone(),
                digest: event.digest(),
            },
            observer: obs.clone(),
            date,
            utc_offset: started_at.offset().to_string(),
            started_at,
            group: grp.id.clone(),
            participants,
            groups: vec![grp.clone()],
            scheme,
            framework,
            settings: event.settings.clone(),
            phases: event
                .phases
                .iter()
                .map(|p| PhaseRecord {
                    id: p.id.clone(),
                    name: p.name.clone(),
                    planned_minutes: p.minutes,
                    coded: p.coded,
                    segments: Vec::new(),
                })
                .collect(),
            acts: Vec::new(),
            turns: Vec::new(),
            ratings: Vec::new(),
            evidence: Vec::new(),
            notes: Vec::new(),
            unknown: Default::default(),
            outputs: Default::default(),
            rubric: Vec::new(),
            submitted_at: None,
            withdrawals: Vec::new(),
            closed: None,
            last_seq: 0,
        })
    }
}

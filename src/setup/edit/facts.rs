//! Correcting the event's cover facts (organisation, dates, venue, case, lead assessor, team, time
//! zone): the same values `lgd new` takes as flags, tidied and checked the same way.

use chrono::NaiveDate;

use super::EditError;
use crate::import::clean_text;
use crate::model::{Event, parse_zone};

/// One of the event's cover facts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Fact {
    /// The organisation assessed.
    Organisation,
    /// The event's days, `YYYY-MM-DD` (or `DD-MM-YYYY`), separated by commas.
    Dates,
    /// Where it takes place.
    Venue,
    /// The case study's title.
    CaseTitle,
    /// The lead assessor, who signs the report.
    LeadAssessor,
    /// The assessor team, names separated by commas or semicolons.
    Assessors,
    /// WIB, WITA, WIT or an offset such as +07:00; empty for the default (WIB).
    TimeZone,
}

impl Fact {
    /// Every fact, in the order the form shows them.
    pub const ALL: [Fact; 7] = [
        Fact::Organisation,
        Fact::Dates,
        Fact::Venue,
        Fact::CaseTitle,
        Fact::LeadAssessor,
        Fact::Assessors,
        Fact::TimeZone,
    ];

    /// The fact's value in `event` as the form shows it (and [`set`] reads it back unchanged).
    pub fn current(self, event: &Event) -> String {
        match self {
            Fact::Organisation => event.organisation.clone(),
            Fact::Dates => event
                .dates
                .iter()
                .map(|d| d.format("%Y-%m-%d").to_string())
                .collect::<Vec<_>>()
                .join(", "),
            Fact::Venue => event.venue.clone(),
            Fact::CaseTitle => event.case_study.title.clone(),
            Fact::LeadAssessor => event.lead_assessor.clone(),
            Fact::Assessors => event.assessors.join(", "),
            Fact::TimeZone => event.settings.time_zone.clone().unwrap_or_default(),
        }
    }
}

/// Sets `fact` to `value`, tidied and checked.
pub(super) fn set(event: &mut Event, fact: Fact, value: &str) -> Result<(), EditError> {
    let value = clean_text(value);
    match fact {
        Fact::Organisation => event.organisation = value,
        Fact::Dates => event.dates = dates(&value)?,
        Fact::Venue => event.venue = value,
        Fact::CaseTitle => event.case_study.title = value,
        Fact::LeadAssessor => event.lead_assessor = value,
        Fact::Assessors => {
            event.assessors = value
                .split([',', ';'])
                .map(clean_text)
                .filter(|n| !n.is_empty())
                .collect();
        }
        Fact::TimeZone if value.is_empty() => event.settings.time_zone = None,
        Fact::TimeZone => {
            parse_zone(&value).ok_or_else(|| EditError::TimeZone(value.clone()))?;
            event.settings.time_zone = Some(value.to_uppercase());
        }
    }
    Ok(())
}

/// The days in `text`, sorted, each once.
fn dates(text: &str) -> Result<Vec<NaiveDate>, EditError> {
    let mut out = Vec::new();
    for part in text
        .split([',', ';'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let day = NaiveDate::parse_from_str(part, "%Y-%m-%d")
            .or_else(|_| NaiveDate::parse_from_str(part, "%d-%m-%Y"))
            .or_else(|_| NaiveDate::parse_from_str(part, "%d/%m/%Y"))
            .map_err(|_| EditError::Date(part.to_string()))?;
        out.push(day);
    }
    out.sort();
    out.dedup();
    Ok(out)
}

//! The cover's facts (organisation, dates, venue, case, lead assessor, team, time zone) and the
//! signature block, from the event's facts that consolidation carried.

use serde::Serialize;

use super::context::Index;
use super::fmt;
use crate::text::report as say;

/// The cover and the signature block.
#[derive(Debug, Serialize)]
pub struct CoverView {
    /// Whether the consolidation carried the event's facts at all.
    pub recorded: bool,
    /// Organisation.
    pub organisation: String,
    /// The event's days.
    pub dates: String,
    /// Venue.
    pub venue: String,
    /// Case title.
    pub case_title: String,
    /// Lead assessor.
    pub lead_assessor: String,
    /// The team, comma separated.
    pub assessors: String,
    /// "WIB (UTC+07:00)".
    pub zone: String,
    /// "Tangerang Selatan, 3 Desember 2026": the signature block's place and date.
    pub place_date: String,
}

pub(super) fn cover(ix: &Index) -> CoverView {
    let about = ix.c.about.clone().unwrap_or_default();
    let dates = if about.dates.is_empty() {
        String::new()
    } else {
        about
            .dates
            .iter()
            .map(|d| fmt::date(*d, ix.lang))
            .collect::<Vec<_>>()
            .join(", ")
    };
    // The report is signed on the last day of the event, else on the day it was consolidated.
    let signed_on = about.dates.iter().max().copied().unwrap_or_else(|| {
        ix.c.generated_at
            .with_timezone(&ix.zone.offset)
            .date_naive()
    });
    let zone = if ix.zone.label.is_empty() {
        format!("UTC{}", ix.zone.offset)
    } else {
        format!("{} (UTC{})", ix.zone.label, ix.zone.offset)
    };
    CoverView {
        recorded: ix.c.about.is_some(),
        place_date: say::place_date(&about.venue, &fmt::date(signed_on, ix.lang)),
        organisation: about.organisation,
        dates,
        venue: about.venue,
        case_title: about.case_title,
        lead_assessor: about.lead_assessor,
        assessors: about.assessors.join(", "),
        zone,
    }
}

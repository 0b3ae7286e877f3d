//! The event's cover facts as edits: tidied, checked, and undone like any other edit.

use chrono::NaiveDate;

use super::tests::{demo, rules};
use super::*;

fn fact(fact: Fact, value: &str) -> Edit {
    Edit::SetFact {
        fact,
        value: value.into(),
    }
}

#[test]
fn every_fact_is_set_tidied_and_read_back_as_typed() {
    let ev = demo();
    let edits = [
        fact(Fact::Organisation, "  Pemerintah  Kota Tangerang Selatan "),
        fact(Fact::Dates, "2026-12-04, 03-12-2026; 2026-12-04"),
        fact(Fact::Venue, "Aula Blandongan"),
        fact(Fact::CaseTitle, "Pasar Rakyat Digital"),
        fact(Fact::LeadAssessor, "Dra. Retno Wulandari"),
        fact(
            Fact::Assessors,
            "Bambang Sutrisno, Sri Handayani;  Ahmad  Fauzi ,",
        ),
        fact(Fact::TimeZone, "wita"),
    ];
    let out = apply_all(&ev, &edits, &rules()).expect("valid");
    assert_eq!(out.organisation, "Pemerintah Kota Tangerang Selatan");
    let day = |d| NaiveDate::from_ymd_opt(2026, 12, d).expect("day");
    assert_eq!(out.dates, vec![day(3), day(4)], "sorted, each once");
    assert_eq!(out.venue, "Aula Blandongan");
    assert_eq!(out.case_study.title, "Pasar Rakyat Digital");
    assert_eq!(out.lead_assessor, "Dra. Retno Wulandari");
    assert_eq!(
        out.assessors,
        ["Bambang Sutrisno", "Sri Handayani", "Ahmad Fauzi"]
    );
    assert_eq!(out.settings.time_zone.as_deref(), Some("WITA"));
    assert_eq!(out.settings.zone().label, "WITA");
    // What the form shows sets the same value again: nothing changes.
    for f in Fact::ALL {
        let again = apply(&out, &fact(f, &f.current(&out)), &rules());
        assert_eq!(again, Err(EditError::NoChange), "{f:?}");
    }
    // An emptied time zone goes back to the default.
    let out = apply(&out, &fact(Fact::TimeZone, ""), &rules()).expect("cleared");
    assert_eq!(out.settings.time_zone, None);
}

#[test]
fn a_bad_date_or_time_zone_is_refused_and_the_event_kept() {
    let ev = demo();
    assert_eq!(
        apply(&ev, &fact(Fact::Dates, "2026-12-03, 31-02-2026"), &rules()),
        Err(EditError::Date("31-02-2026".into()))
    );
    assert_eq!(
        apply(&ev, &fact(Fact::TimeZone, "Jakarta"), &rules()),
        Err(EditError::TimeZone("Jakarta".into()))
    );
}

#[test]
fn facts_are_undone_and_redone_with_the_roster() {
    let ev = demo();
    let mut ed = Editor::new(ev.clone(), rules());
    ed.apply(fact(Fact::Venue, "Gedung Baru")).expect("set");
    assert_eq!(ed.event().venue, "Gedung Baru");
    ed.undo().expect("undo");
    assert_eq!(ed.event(), &ev);
    ed.redo().expect("redo");
    assert_eq!(ed.event().venue, "Gedung Baru");
}

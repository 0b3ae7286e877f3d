//! The simulated day must be a day real observers could have recorded: valid files, the coverage
//! the event plans, and agreement that is neither perfect nor chance.

use chrono::{DateTime, NaiveDate};

use super::rehearse;
use crate::catalog::{Catalog, demo_event};
use crate::consolidate::{ConsolidateOptions, consolidate};
use crate::model::DayRecord;

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 3).expect("date")
}

fn days(seed: u64) -> Vec<DayRecord> {
    let event = demo_event().expect("demo");
    rehearse(&event, Catalog::builtin().resolver(), day(), seed).expect("rehearses")
}

#[test]
fn the_same_seed_writes_the_same_day_and_another_seed_another() {
    let a = serde_json::to_string(&days(7)).expect("json");
    let b = serde_json::to_string(&days(7)).expect("json");
    let c = serde_json::to_string(&days(8)).expect("json");
    assert_eq!(a, b);
    assert_ne!(a, c);
}

#[test]
fn every_observer_with_a_group_has_a_submitted_day_covering_their_participants() {
    let event = demo_event().expect("demo");
    let days = days(1);
    let with_group = event.observers.iter().filter(|o| o.group.is_some()).count();
    assert_eq!(
        days.len(),
        with_group,
        "the lead has no group and no day file"
    );
    let rated = days[0].scheme.rated_competencies.len();
    for d in &days {
        assert!(d.submitted_at.is_some(), "{} submitted", d.observer.id);
        assert!(
            d.acts.len() > 50,
            "{} coded {} acts",
            d.observer.id,
            d.acts.len()
        );
        assert!(!d.turns.is_empty());
        assert_eq!(d.ratings.len(), d.observer.coverage.len() * rated);
        for r in &d.ratings {
            let level = r.score.level().expect("a level");
            assert!((1.0..=5.0).contains(&level) && level.fract() == 0.0);
        }
        // Acts arrive in time order with ids the app itself would give.
        for (i, pair) in d.acts.windows(2).enumerate() {
            assert!(
                pair[0].stamp.elapsed_s <= pair[1].stamp.elapsed_s,
                "act {i}"
            );
        }
        assert_eq!(d.acts[0].id, format!("{}-20261203-1", d.observer.id));
    }
}

#[test]
fn a_written_day_reads_back_through_the_store_unchanged() {
    let dir = tempfile::tempdir().expect("tmp");
    let d = days(3).remove(0);
    let path = dir.path().join("day.json");
    std::fs::write(&path, serde_json::to_vec_pretty(&d).expect("json")).expect("write");
    let (read, recovery) = crate::store::read_day(&path).expect("reads");
    assert!(recovery.problems().is_empty(), "{:?}", recovery.problems());
    assert_eq!(read, d);
}

#[test]
fn consolidating_the_rehearsal_gives_every_participant_two_raters_and_real_but_imperfect_agreement()
{
    let dir = tempfile::tempdir().expect("tmp");
    for d in days(2026) {
        let path = dir
            .path()
            .join(format!("{}_{}.json", d.date, d.observer.id));
        std::fs::write(&path, serde_json::to_vec_pretty(&d).expect("json")).expect("write");
    }
    let now = DateTime::parse_from_rfc3339("2026-12-03T18:00:00+07:00").expect("now");
    let c = consolidate(
        &[dir.path().to_path_buf()],
        &ConsolidateOptions::at(now),
        &mut |_, _| {},
    )
    .expect("consolidates");
    assert!(c.problems.is_empty(), "{:?}", c.problems);
    assert_eq!(c.participants.len(), 75);
    assert!(c.coverage.thin.is_empty(), "{:?}", c.coverage.thin);
    assert!(c.cells.iter().all(|cell| cell.ratings.len() >= 2));
    let flagged = c.cells.iter().filter(|cell| !cell.flags.is_empty()).count();
    assert!(
        flagged > 0 && flagged < c.cells.len() / 2,
        "some cells, not most, need the wash-up: {flagged} of {}",
        c.cells.len()
    );
    let alpha = c.agreement.alpha.overall.value.expect("alpha");
    assert!((0.4..0.95).contains(&alpha), "ordinal alpha {alpha}");
    // Observers of one group saw the same discussion: most of their acts match within the window.
    let m = &c.behaviour.matching[0];
    assert!(m.matched * 10 > m.acts_a.min(m.acts_b) * 6, "{m:?}");
    assert!(
        m.same_code < m.matched,
        "and now and then they code it differently"
    );
}

#[test]
fn odd_events_rehearse_without_panicking_a_lone_member_and_an_observer_without_coverage() {
    let mut event = demo_event().expect("demo");
    let last = event.groups.len() - 1;
    let lone = event.groups[last]
        .seats
        .values()
        .next()
        .cloned()
        .expect("a member");
    let gone: Vec<String> = event.groups[last]
        .seats
        .values()
        .filter(|p| **p != lone)
        .cloned()
        .collect();
    event.groups[last].seats.retain(|_, p| *p == lone);
    event.participants.retain(|p| !gone.contains(&p.id));
    for o in &mut event.observers {
        o.coverage.retain(|p| !gone.contains(p));
    }
    event.observers[0].coverage.clear();
    let days = rehearse(&event, Catalog::builtin().resolver(), day(), 5).expect("rehearses");
    let first = days.iter().find(|d| d.observer.id == event.observers[0].id);
    assert!(first.is_some_and(|d| d.ratings.is_empty() && !d.acts.is_empty()));
    let group = &event.groups[last].id;
    let alone: Vec<&DayRecord> = days.iter().filter(|d| d.group == *group).collect();
    assert!(!alone.is_empty());
    for d in alone {
        assert!(d.acts.is_empty(), "nobody to discuss with");
        assert!(d.ratings.iter().all(|r| r.participant == lone));
    }
}

#[test]
fn a_scheme_that_rates_nothing_still_gives_coded_days_without_ratings() {
    let event = demo_event().expect("demo");
    let catalog = Catalog::builtin();
    let mut schemes = catalog.resolver().schemes.to_vec();
    for s in &mut schemes {
        s.rated_competencies.clear();
    }
    let resolver = crate::model::validate::Resolver {
        schemes: &schemes,
        frameworks: catalog.resolver().frameworks,
    };
    let days = rehearse(&event, resolver, day(), 5).expect("rehearses");
    assert!(
        days.iter()
            .all(|d| d.ratings.is_empty() && d.evidence.is_empty())
    );
    assert!(days.iter().all(|d| !d.acts.is_empty()));
}

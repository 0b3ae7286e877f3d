//! Consolidation of rehearsed days (issue 15): observers' clocks are lined up from what they
//! recorded, not only from the moment each pressed "start phase", so a press 3 s late and a laptop
//! clock 90 s off leave act-by-act agreement as it was; and no block ICC is a rounding artefact.

use chrono::{DateTime, NaiveDate, TimeDelta};
use lgd_observer::catalog::{Catalog, demo_event};
use lgd_observer::consolidate::{
    Alignment, ConsolidateOptions, Consolidated, OffsetSource, PairMatching, consolidate_days,
};
use lgd_observer::model::DayRecord;
use lgd_observer::rehearsal::rehearse;
use lgd_observer::reliability::icc_band;
use lgd_observer::store::DayFile;

fn days() -> Vec<DayRecord> {
    seeded(5)
}

fn seeded(seed: u64) -> Vec<DayRecord> {
    let date = NaiveDate::from_ymd_opt(2026, 12, 3).expect("date");
    let event = demo_event().expect("demo");
    rehearse(&event, Catalog::builtin().resolver(), date, seed).expect("rehearses")
}

#[test]
fn block_iccs_of_rehearsed_days_are_coefficients_or_undefined() {
    // Seeds 5 and 10 printed ICC(2,k) near -2.8e15 for a block where MSR + (MSC - MSE)/n is 0.
    for seed in [5, 10] {
        let c = run(seeded(seed));
        let mut seen = 0;
        for block in &c.agreement.icc_blocks {
            let forms =
                std::iter::once(&block.overall).chain(block.per_competency.iter().map(|x| &x.icc));
            for f in forms {
                for coef in [&f.icc1, &f.icc2, &f.icc3, &f.icc1k, &f.icc2k, &f.icc3k] {
                    if let Some(v) = coef.value {
                        // The mean-of-k forms may fall below -1 (1 - 1/F), never by 1e15.
                        assert!((-1e6..=1.0 + 1e-9).contains(&v), "seed {seed}: {v}");
                        assert_eq!(coef.band, Some(icc_band(v)));
                    }
                    seen += 1;
                }
            }
        }
        assert!(seen > 0);
    }
}

fn run(days: Vec<DayRecord>) -> Consolidated {
    let now = DateTime::parse_from_rfc3339("2026-12-03T18:00:00+07:00").expect("now");
    let files = days
        .into_iter()
        .map(|day| DayFile {
            path: format!("{}.json", day.observer.id).into(),
            day,
            recovery: Default::default(),
        })
        .collect();
    consolidate_days(files, &ConsolidateOptions::at(now)).expect("consolidates")
}

fn involves<'a>(c: &'a Consolidated, who: &'a str) -> impl Iterator<Item = &'a PairMatching> {
    c.behaviour
        .matching
        .iter()
        .filter(move |m| m.observer_a == who || m.observer_b == who)
}

#[test]
fn a_late_phase_press_and_a_clock_minutes_off_leave_agreement_unchanged() {
    let original = days();
    let before = run(original.clone());
    // Two observers of different sessions that each share their session with someone.
    let shared: Vec<&str> = before
        .behaviour
        .matching
        .iter()
        .flat_map(|m| [m.observer_a.as_str(), m.observer_b.as_str()])
        .collect();
    let late = shared[0].to_owned();
    let skewed = before
        .behaviour
        .matching
        .iter()
        .find(|m| m.group != before.behaviour.matching[0].group)
        .map(|m| m.observer_b.clone())
        .expect("a second session");

    let mut changed = original;
    for day in &mut changed {
        if day.observer.id == late {
            // Pressed "start phase" 3 s after the discussion began.
            for s in day
                .phases
                .iter_mut()
                .filter(|p| p.coded)
                .flat_map(|p| &mut p.segments)
            {
                s.start.elapsed_s += 3.0;
                s.start.at += TimeDelta::seconds(3);
            }
        }
        if day.observer.id == skewed {
            // A laptop clock 90 s ahead, and no phase start to line up on: the wall clock is all.
            let ahead = TimeDelta::seconds(90);
            for a in &mut day.acts {
                std::sync::Arc::make_mut(a).stamp.at += ahead;
            }
            for t in &mut day.turns {
                t.start.at += ahead;
                if let Some(e) = &mut t.end {
                    e.at += ahead;
                }
            }
            for p in &mut day.phases {
                p.coded = false;
            }
        }
    }
    let after = run(changed);

    for m in involves(&after, &late) {
        let clock = m.clock.expect("clock");
        assert_eq!(clock.source, OffsetSource::Estimated, "{m:?}");
        if m.aligned_on == Alignment::PhaseStart {
            // The late observer's times come out 3 s early; the offset says so.
            let expected = if m.observer_a == late { 3.0 } else { -3.0 };
            assert!((clock.seconds - expected).abs() < 1.0, "{m:?}");
        }
    }
    let skewed_pairs: Vec<_> = involves(&after, &skewed).collect();
    assert!(!skewed_pairs.is_empty());
    for m in &skewed_pairs {
        let clock = m.clock.expect("clock");
        assert_eq!(m.aligned_on, Alignment::WallClock);
        let expected = if m.observer_b == skewed { 90.0 } else { -90.0 };
        assert!((clock.seconds - expected).abs() < 1.0, "{m:?}");
    }

    assert_eq!(
        before.behaviour.matching.len(),
        after.behaviour.matching.len()
    );
    let mut compared = 0;
    for (b, a) in before
        .behaviour
        .matching
        .iter()
        .zip(&after.behaviour.matching)
    {
        assert_eq!(
            (&b.observer_a, &b.observer_b),
            (&a.observer_a, &a.observer_b)
        );
        let (pb, pa) = (
            b.percent_agreement.expect("p"),
            a.percent_agreement.expect("p"),
        );
        assert!(
            (pb - pa).abs() <= 0.05,
            "{}-{}: {pb} vs {pa}",
            a.observer_a,
            a.observer_b
        );
        let (kb, ka) = (b.kappa.value.expect("k"), a.kappa.value.expect("k"));
        assert!(
            (kb - ka).abs() <= 0.05,
            "{}-{}: {kb} vs {ka}",
            a.observer_a,
            a.observer_b
        );
        compared += 1;
    }
    assert!(compared >= 2);
}

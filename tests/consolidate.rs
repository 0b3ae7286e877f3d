//! Consolidation of day files: belonging together, per-cell figures and flags, agreement, behaviour
//! matching, JPM, the consolidated file and its schema, and the real binary.

mod common;

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, TimeDelta};
use common::day::{save, save_as, t0};
use lgd_observer::catalog::{Catalog, demo_event};
use lgd_observer::consolidate::{
    Alignment, Cell, ConsolidateError, ConsolidateOptions, Consolidated, Decision, EventFile,
    FinalSource, Flag, MatchProcedure, OffsetSource, ProblemKind, RatingStatus, Streamed, TimedAct,
    consolidate, consolidate_writing, match_streams, read_consolidated, refresh,
    write_consolidated,
};
use lgd_observer::model::{
    Act, Change, DayRecord, Entry, Event, MidpointPolicy, OnlineScore, Participant, Score,
    SelfRating, Settings, Stamp,
};
use lgd_observer::reliability::{Level, Table, krippendorff_alpha};

/// A fresh day for `observer` on the demo event (or a variant of it), on group G1.
fn begin(ev: &Event, observer: &str) -> DayRecord {
    common::day::begin(ev, observer, Some("G1"))
}

fn apply(day: &mut DayRecord, change: Change) {
    let seq = day.last_seq + 1;
    day.apply(&Entry { seq, change }).expect("apply");
}

fn at(secs: i64) -> DateTime<FixedOffset> {
    t0() + TimeDelta::seconds(secs)
}

fn rate(day: &mut DayRecord, p: &str, c: &str, level: f64) {
    let when = at(3600 + day.last_seq as i64);
    apply(
        day,
        Change::RatingSet {
            participant: p.into(),
            competency: c.into(),
            score: Score::Level { level },
            note: format!("{p} {c} {level}"),
            reason: None,
            at: when,
        },
    );
}

fn submit(day: &mut DayRecord) {
    let when = at(4000 + day.last_seq as i64);
    apply(day, Change::RatingsSubmitted { at: when });
}

fn options() -> ConsolidateOptions {
    ConsolidateOptions::at(at(7200))
}

fn run(paths: &[PathBuf], options: &ConsolidateOptions) -> Result<Consolidated, ConsolidateError> {
    consolidate(paths, options, &mut |_, _| {})
}

fn cell<'a>(c: &'a Consolidated, p: &str, comp: &str) -> &'a Cell {
    c.cells
        .iter()
        .find(|x| x.participant == p && x.competency == comp)
        .expect("cell")
}

fn demo() -> Event {
    demo_event().expect("demo")
}

#[test]
fn files_from_another_event_or_definition_are_refused_by_name() {
    let tmp = tempfile::tempdir().expect("tmp");
    let ev = demo();
    let mut other = demo();
    other.name.push_str(" (revised)");
    let mut foreign = demo();
    foreign.id = "bogor-2026".into();
    let a = save(tmp.path(), &begin(&ev, "A01"));
    let b = save(tmp.path(), &begin(&ev, "A02"));
    let c = save(tmp.path(), &begin(&other, "A03"));
    let d = save(tmp.path(), &begin(&foreign, "A04"));
    let err = run(&[tmp.path().to_path_buf()], &options()).expect_err("refused");
    let ConsolidateError::Refused { problems } = err else {
        panic!("expected a refusal");
    };
    let mismatches: Vec<_> = problems
        .iter()
        .filter(|p| p.kind == ProblemKind::Mismatch)
        .collect();
    assert_eq!(mismatches.len(), 2, "{problems:#?}");
    let named = |f: &PathBuf| {
        mismatches
            .iter()
            .any(|p| p.files.contains(&f.display().to_string()))
    };
    assert!(named(&c) && named(&d), "{mismatches:#?}");
    assert!(!named(&a) && !named(&b));
    assert!(
        mismatches
            .iter()
            .any(|p| p.message.contains("another version of event"))
    );
    assert!(mismatches.iter().any(|p| p.message.contains("bogor-2026")));

    let mut allow = options();
    allow.allow_mismatch = true;
    let merged = run(&[tmp.path().to_path_buf()], &allow).expect("allowed");
    assert!(merged.options.allowed_mismatch);
    assert_eq!(merged.observers.len(), 4);
    assert_eq!(
        merged.event.name, ev.name,
        "the majority's event is the reference"
    );
    assert!(
        merged
            .problems
            .iter()
            .any(|p| p.kind == ProblemKind::Mismatch)
    );
}

#[test]
fn a_changed_scheme_is_refused() {
    let tmp = tempfile::tempdir().expect("tmp");
    let ev = demo();
    save(tmp.path(), &begin(&ev, "A01"));
    let mut odd = begin(&ev, "A03");
    odd.scheme.codes.pop();
    let odd_path = save(tmp.path(), &odd);
    let Err(ConsolidateError::Refused { problems }) = run(&[tmp.path().to_path_buf()], &options())
    else {
        panic!("expected a refusal");
    };
    let p = problems
        .iter()
        .find(|p| p.message.contains("coding scheme"))
        .expect("scheme problem");
    assert_eq!(p.files, vec![odd_path.display().to_string()]);
}

/// An observer who rated the same cell on two days (a participant seen again) counts once: the
/// later day's rating is used, and the clash is listed with both files.
#[test]
fn one_observer_rating_a_cell_on_two_days_counts_the_later_and_lists_the_clash() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut ev = demo();
    let first = ev.dates[0];
    ev.dates.push(first + TimeDelta::days(1));
    let mut day1 = begin(&ev, "A01");
    rate(&mut day1, "P74", "M.2", 2.0);
    rate(&mut day1, "P74", "M.3", 3.0);
    submit(&mut day1);
    let mut day2 = begin(&ev, "A01");
    day2.date = first + TimeDelta::days(1);
    rate(&mut day2, "P74", "M.2", 4.0);
    rate(&mut day2, "P74", "M.3", 3.0);
    submit(&mut day2);
    let mut other = begin(&ev, "A03");
    rate(&mut other, "P74", "M.2", 3.0);
    submit(&mut other);
    let paths = [
        save(tmp.path(), &day1),
        save(tmp.path(), &day2),
        save(tmp.path(), &other),
    ];
    let c = run(&paths, &options()).expect("consolidates");
    let clash: Vec<_> = c
        .problems
        .iter()
        .filter(|p| p.kind == ProblemKind::Conflict)
        .collect();
    assert_eq!(
        clash.len(),
        2,
        "M.2 and M.3, both rated in both files: {clash:?}"
    );
    assert!(clash.iter().all(|p| p.files.len() == 2));
    assert!(clash[0].message.contains("P74"), "{}", clash[0].message);
    let m2 = &cell(&c, "P74", "M.2").ratings;
    let by: Vec<_> = m2.iter().map(|r| (r.observer.as_str(), r.score)).collect();
    assert_eq!(
        by,
        vec![
            ("A01", Score::Level { level: 4.0 }),
            ("A03", Score::Level { level: 3.0 })
        ]
    );
}

#[test]
fn two_files_for_one_observer_and_day_are_refused_unless_allowed() {
    let tmp = tempfile::tempdir().expect("tmp");
    let ev = demo();
    let mut older = begin(&ev, "A01");
    rate(&mut older, "P74", "M.2", 2.0);
    let mut newer = older.clone();
    rate(&mut newer, "P74", "M.2", 4.0);
    let x = save_as(&tmp.path().join("usb"), &older, "2026-12-03_A01.json");
    let y = save_as(&tmp.path().join("laptop"), &newer, "2026-12-03_A01.json");
    let Err(ConsolidateError::Refused { problems }) = run(&[tmp.path().to_path_buf()], &options())
    else {
        panic!("expected a refusal");
    };
    let dup = problems
        .iter()
        .find(|p| p.kind == ProblemKind::Duplicate)
        .expect("duplicate");
    assert!(dup.files.contains(&x.display().to_string()));
    assert!(dup.files.contains(&y.display().to_string()));
    assert!(dup.message.contains("A01") && dup.message.contains("2026-12-03"));

    let mut allow = options();
    allow.allow_mismatch = true;
    let merged = run(&[tmp.path().to_path_buf()], &allow).expect("allowed");
    let r = &cell(&merged, "P74", "M.2").ratings;
    assert_eq!(r.len(), 1, "only one of the two files counts");
    assert_eq!(
        r[0].score,
        Score::Level { level: 4.0 },
        "the one with more changes"
    );
    assert_eq!(merged.observers[0].files[0].path, y.display().to_string());
}

#[test]
fn unreadable_files_stop_the_run_with_their_names() {
    let tmp = tempfile::tempdir().expect("tmp");
    save(tmp.path(), &begin(&demo(), "A01"));
    let bad = tmp.path().join("2026-12-03_A03.json");
    std::fs::write(&bad, "{\"format\": \"lgd-day\", \"format_version\": 1, ").expect("write");
    let newer = tmp.path().join("2026-12-03_A05.json");
    std::fs::write(&newer, r#"{"format": "lgd-day", "format_version": 99}"#).expect("write");
    let Err(ConsolidateError::Refused { problems }) = run(&[tmp.path().to_path_buf()], &options())
    else {
        panic!("expected a refusal");
    };
    let unreadable: Vec<_> = problems
        .iter()
        .filter(|p| p.kind == ProblemKind::Unreadable)
        .collect();
    assert_eq!(unreadable.len(), 2, "{problems:#?}");
    assert!(unreadable.iter().any(|p| p.message.contains("newer lgd")));
    assert!(
        unreadable
            .iter()
            .any(|p| p.files == vec![bad.display().to_string()])
    );
}

/// A01 and A03 rate P74-P17 (G1 seats 1-5); `ratings` gives (participant, competency, A01, A03).
fn pair_event(ev: &Event, ratings: &[(&str, &str, f64, f64)], dir: &Path) -> Vec<PathBuf> {
    let mut a = begin(ev, "A01");
    let mut b = begin(ev, "A03");
    for (p, c, x, y) in ratings {
        rate(&mut a, p, c, *x);
        rate(&mut b, p, c, *y);
    }
    submit(&mut a);
    submit(&mut b);
    vec![save(dir, &a), save(dir, &b)]
}

#[test]
fn each_cell_has_its_figures_and_flags() {
    let tmp = tempfile::tempdir().expect("tmp");
    let paths = pair_event(
        &demo(),
        &[
            ("P74", "M.2", 2.0, 4.0),
            ("P74", "M.3", 3.0, 4.0),
            ("P74", "M.4", 2.0, 3.0),
            ("P74", "M.7", 4.0, 4.0),
        ],
        tmp.path(),
    );
    let c = run(&paths, &options()).expect("consolidates");
    let wide = cell(&c, "P74", "M.2");
    assert_eq!(wide.stats.n, 2);
    assert_eq!(wide.stats.mean, Some(3.0));
    assert_eq!(wide.stats.median, Some(3.0));
    assert_eq!((wide.stats.min, wide.stats.max), (Some(2.0), Some(4.0)));
    assert_eq!(wide.stats.range, Some(2.0));
    assert_eq!(wide.flags, vec![Flag::Spread, Flag::AcrossTarget]);
    assert_eq!(cell(&c, "P74", "M.3").flags, vec![]);
    assert_eq!(cell(&c, "P74", "M.4").flags, vec![Flag::AcrossTarget]);
    assert_eq!(cell(&c, "P74", "M.7").flags, vec![]);
    let empty = cell(&c, "P74", "M.8");
    assert_eq!(empty.stats.n, 0);
    assert_eq!(empty.flags, vec![Flag::FewRatings]);
    assert_eq!(empty.final_source, FinalSource::None);
    let ratings: Vec<_> = wide.ratings.iter().map(|r| r.observer.as_str()).collect();
    assert_eq!(ratings, ["A01", "A03"]);
    assert_eq!(c.options.spread_threshold, 2.0);

    let mut narrow = options();
    narrow.spread = Some(1.0);
    let c = run(&paths, &narrow).expect("consolidates");
    assert_eq!(cell(&c, "P74", "M.3").flags, vec![Flag::Spread]);
    assert_eq!(c.options.spread_threshold, 1.0);
}

#[test]
fn a_split_at_exactly_half_follows_the_events_midpoint_policy() {
    // Issue 15: a 3/4 split on M.3 (target 3) used to become 4 without a flag.
    let cases = [
        (None, None, FinalSource::None),
        (Some(MidpointPolicy::Washup), None, FinalSource::None),
        (
            Some(MidpointPolicy::HalfUp),
            Some(4.0),
            FinalSource::Proposed,
        ),
        (
            Some(MidpointPolicy::HalfDown),
            Some(3.0),
            FinalSource::Proposed,
        ),
        (
            Some(MidpointPolicy::TowardsTarget),
            Some(3.0),
            FinalSource::Proposed,
        ),
    ];
    for (policy, proposed, source) in cases {
        let tmp = tempfile::tempdir().expect("tmp");
        let mut ev = demo();
        ev.settings.midpoint = policy;
        let paths = pair_event(
            &ev,
            &[("P74", "M.3", 3.0, 4.0), ("P74", "M.2", 3.0, 5.0)],
            tmp.path(),
        );
        let c = run(&paths, &options()).expect("consolidates");
        let x = cell(&c, "P74", "M.3");
        assert_eq!(x.target, 3);
        let split = x.split.expect("a split");
        assert_eq!((split.lower, split.upper), (3.0, 4.0));
        assert_eq!(split.policy, policy.unwrap_or_default());
        assert_eq!(c.options.midpoint, policy.unwrap_or_default());
        assert_eq!(
            (x.proposed, x.final_level),
            (proposed, proposed),
            "{policy:?}"
        );
        assert_eq!(x.final_source, source);
        // A mean on a level is no split, whatever the policy.
        let whole = cell(&c, "P74", "M.2");
        assert_eq!((whole.split, whole.proposed), (None, Some(4.0)));
    }
}

#[test]
fn a_single_rating_is_flagged_and_still_proposed() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut a = begin(&demo(), "A01");
    rate(&mut a, "P10", "M.2", 4.0);
    submit(&mut a);
    let c = run(&[save(tmp.path(), &a)], &options()).expect("consolidates");
    let x = cell(&c, "P10", "M.2");
    assert_eq!(x.flags, vec![Flag::FewRatings]);
    assert_eq!(x.proposed, Some(4.0));
}

#[test]
fn the_proposed_level_is_the_mean_rounded_to_the_event_step() {
    for (half, expected) in [(false, 3.0), (true, 3.5)] {
        let tmp = tempfile::tempdir().expect("tmp");
        let mut ev = demo();
        ev.settings.half_levels = half;
        let mut days = Vec::new();
        // A02 sits beside G1 too and may rate any member: three raters, mean 10/3.
        for (o, level) in [("A01", 3.0), ("A02", 3.0), ("A03", 4.0)] {
            let mut d = begin(&ev, o);
            rate(&mut d, "P74", "M.2", level);
            rate(&mut d, "P74", "M.3", if o == "A03" { 4.0 } else { 3.0 });
            submit(&mut d);
            days.push(save(tmp.path(), &d));
        }
        let c = run(&days, &options()).expect("consolidates");
        let x = cell(&c, "P74", "M.2");
        assert!((x.stats.mean.expect("mean") - 10.0 / 3.0).abs() < 1e-12);
        assert_eq!(x.proposed, Some(expected), "half levels {half}");
        assert_eq!(c.options.step, if half { 0.5 } else { 1.0 });
        assert_eq!(x.final_level, Some(expected));
        assert_eq!(x.final_source, FinalSource::Proposed);
    }
}

#[test]
fn the_submitted_rating_counts_and_later_edits_are_kept_beside_it() {
    let tmp = tempfile::tempdir().expect("tmp");
    let ev = demo();
    let mut a = begin(&ev, "A01");
    rate(&mut a, "P74", "M.2", 3.0);
    rate(&mut a, "P74", "M.2", 2.0);
    submit(&mut a);
    apply(
        &mut a,
        Change::RatingSet {
            participant: "P74".into(),
            competency: "M.2".into(),
            score: Score::Level { level: 4.0 },
            note: "after talking to A03".into(),
            reason: Some("changed my mind".into()),
            at: at(5000),
        },
    );
    rate(&mut a, "P74", "M.3", 3.0);
    let mut b = begin(&ev, "A03");
    rate(&mut b, "P74", "M.2", 3.0);
    let paths = vec![save(tmp.path(), &a), save(tmp.path(), &b)];
    let c = run(&paths, &options()).expect("consolidates");
    let x = cell(&c, "P74", "M.2");
    let mine = &x.ratings[0];
    assert_eq!(mine.status, RatingStatus::Submitted);
    assert_eq!(mine.score, Score::Level { level: 2.0 });
    assert!(mine.counted);
    assert_eq!(mine.after_submission.len(), 1);
    assert_eq!(
        mine.after_submission[0].reason.as_deref(),
        Some("changed my mind")
    );
    let theirs = &x.ratings[1];
    assert_eq!(theirs.status, RatingStatus::NotSubmitted);
    assert!(!theirs.counted);
    assert_eq!(x.stats.n, 1, "only the submitted rating counts");
    assert_eq!(x.stats.mean, Some(2.0));
    let late = &cell(&c, "P74", "M.3").ratings[0];
    assert_eq!(late.status, RatingStatus::OnlyAfterSubmission);
    assert!(!late.counted);
    assert_eq!(c.coverage.unsubmitted, vec!["A03".to_string()]);
    assert!(c.coverage.thin.iter().any(|t| t.participant == "P74"
        && t.submitted_by == vec!["A01".to_string()]
        && t.planned == vec!["A01".to_string(), "A03".to_string()]));
    let info = c
        .observers
        .iter()
        .find(|o| o.observer.id == "A03")
        .expect("A03");
    assert!(!info.submitted);

    let mut all = options();
    all.include_unsubmitted = true;
    let c = run(&paths, &all).expect("consolidates");
    assert_eq!(cell(&c, "P74", "M.2").stats.n, 2);
}

#[test]
fn alpha_over_the_incomplete_design_is_the_reliability_modules_alpha() {
    let tmp = tempfile::tempdir().expect("tmp");
    let ev = demo();
    // A01/A03 rate seats 1-5, A02/A04 seats 6-10: no observer rates everyone.
    let plan: &[(&str, &str, [f64; 2])] = &[
        ("A01", "P74", [3.0, 2.0]),
        ("A01", "P10", [4.0, 3.0]),
        ("A01", "P48", [2.0, 2.0]),
        ("A03", "P74", [3.0, 3.0]),
        ("A03", "P10", [4.0, 4.0]),
        ("A03", "P48", [1.0, 2.0]),
        ("A02", "P24", [5.0, 4.0]),
        ("A02", "P61", [3.0, 3.0]),
        ("A04", "P24", [4.0, 4.0]),
        ("A04", "P61", [2.0, 3.0]),
    ];
    let mut paths = Vec::new();
    for o in ["A01", "A02", "A03", "A04"] {
        let mut d = begin(&ev, o);
        for (_, p, [m2, m3]) in plan.iter().filter(|x| x.0 == o) {
            rate(&mut d, p, "M.2", *m2);
            rate(&mut d, p, "M.3", *m3);
        }
        submit(&mut d);
        paths.push(save(tmp.path(), &d));
    }
    let c = run(&paths, &options()).expect("consolidates");
    let long: Vec<(String, String, String)> = plan
        .iter()
        .flat_map(|(o, p, [m2, m3])| {
            [
                (format!("{p}/M.2"), o.to_string(), m2.to_string()),
                (format!("{p}/M.3"), o.to_string(), m3.to_string()),
            ]
        })
        .collect();
    let table = Table::from_long(long.iter().map(|(u, r, v)| (u, r, v))).expect("table");
    let expected = krippendorff_alpha(&table, Level::Ordinal)
        .number()
        .expect("alpha");
    let got = c.agreement.alpha.overall.value.expect("alpha");
    assert!((got - expected).abs() < 1e-12, "{got} vs {expected}");
    assert_eq!(c.agreement.alpha.pairable_units, 10);
    assert_eq!(c.agreement.alpha.pairable_values, 20);
    let m2: Vec<_> = long.iter().filter(|x| x.0.ends_with("M.2")).collect();
    let t2 = Table::from_long(m2.iter().map(|(u, r, v)| (u, r, v))).expect("table");
    let per = &c.agreement.alpha.per_competency;
    assert_eq!(per[0].competency, "M.2");
    assert_eq!(
        per[0].alpha.value,
        krippendorff_alpha(&t2, Level::Ordinal).number()
    );
    assert!(per[2].alpha.value.is_none(), "M.4 has no ratings");
    assert!(per[2].alpha.unavailable.is_some());

    // Two complete blocks in G1: {A01, A03} x 3 participants and {A02, A04} x 2.
    let blocks: Vec<_> = c
        .agreement
        .icc_blocks
        .iter()
        .map(|b| (b.group.as_str(), b.observers.clone(), b.participants.len()))
        .collect();
    assert_eq!(
        blocks,
        vec![
            ("G1", vec!["A01".to_string(), "A03".to_string()], 3),
            ("G1", vec!["A02".to_string(), "A04".to_string()], 2),
        ]
    );
    assert_eq!(c.agreement.icc_blocks[0].overall.units, 6);
    assert_eq!(c.agreement.icc_blocks[0].per_competency[0].icc.units, 3);
}

fn act(seq: u64, who: &str, code: &str, t: f64, target: Option<&str>) -> Change {
    Change::ActCoded {
        act: std::sync::Arc::new(Act {
            seq,
            id: format!("x-{seq}-{t}"),
            stamp: Stamp {
                at: t0() + TimeDelta::milliseconds((t * 1000.0) as i64),
                elapsed_s: t,
            },
            group: "G1".into(),
            participant: who.into(),
            code: code.into(),
            target: target.map(str::to_string),
            note: None,
            retracted: false,
            floor: true,
            marks: Default::default(),
        }),
    }
}

#[test]
fn acts_match_closest_first_within_the_tolerance() {
    let a = [
        TimedAct {
            participant: "P1",
            code: "PROP",
            t: 10.0,
        },
        TimedAct {
            participant: "P1",
            code: "BUILD",
            t: 12.0,
        },
        TimedAct {
            participant: "P2",
            code: "ASK",
            t: 30.0,
        },
        TimedAct {
            participant: "P1",
            code: "SUM",
            t: 50.0,
        },
        TimedAct {
            participant: "P3",
            code: "FACT",
            t: 60.0,
        },
    ];
    let b = [
        TimedAct {
            participant: "P1",
            code: "BUILD",
            t: 11.5,
        },
        TimedAct {
            participant: "P2",
            code: "ASK",
            t: 34.0,
        },
        TimedAct {
            participant: "P1",
            code: "SUM",
            t: 47.0,
        },
        TimedAct {
            participant: "P2",
            code: "FACT",
            t: 60.0,
        },
    ];
    // b0 is 1.5 s from a0 and 0.5 s from a1: the closer a1 takes it and a0 stays unmatched;
    // a2/b1 are 4 s apart (outside 3 s); a3/b2 exactly 3 s (inside); a4/b3 differ in participant.
    let time_only = MatchProcedure::TimeOnly;
    assert_eq!(match_streams(&a, &b, 3.0, time_only), vec![(1, 0), (3, 2)]);
    assert_eq!(
        match_streams(&a, &b, 4.0, time_only),
        vec![(1, 0), (2, 1), (3, 2)]
    );
    assert_eq!(match_streams(&a, &b, 0.4, time_only), vec![]);
}

#[test]
fn observers_streams_are_lined_up_on_their_phase_start_and_compared() {
    let tmp = tempfile::tempdir().expect("tmp");
    let ev = demo();
    let mut a = begin(&ev, "A01");
    let mut b = begin(&ev, "A03");
    // A01 started the discussion 100 s into their session, A03 after 5 s.
    for (d, start) in [(&mut a, 100.0), (&mut b, 5.0)] {
        let stamp = Stamp {
            at: t0(),
            elapsed_s: start,
        };
        apply(
            d,
            Change::PhaseStarted {
                phase: "discuss".into(),
                stamp,
            },
        );
    }
    let a_acts = [
        ("P74", "PROP", 10.0, None),
        ("P10", "BUILD", 20.0, Some("P74")),
        ("P48", "ASK", 40.0, None),
        ("P74", "SUM", 70.0, None),
    ];
    let b_acts = [
        ("P74", "PROP", 12.0, None),
        ("P10", "SUPP", 21.0, Some("P74")),
        ("P48", "ASK", 45.0, None),
    ];
    for (i, (p, code, t, to)) in a_acts.iter().enumerate() {
        apply(&mut a, act(i as u64 + 1, p, code, 100.0 + t, *to));
    }
    for (i, (p, code, t, to)) in b_acts.iter().enumerate() {
        apply(&mut b, act(i as u64 + 1, p, code, 5.0 + t, *to));
    }
    for (d, who, s, e) in [(&mut a, "P74", 110.0, 130.0), (&mut b, "P74", 15.0, 45.0)] {
        apply(
            d,
            Change::FloorTaken {
                group: "G1".into(),
                participant: who.into(),
                stamp: Stamp {
                    at: t0(),
                    elapsed_s: s,
                },
            },
        );
        apply(
            d,
            Change::FloorReleased {
                stamp: Stamp {
                    at: t0(),
                    elapsed_s: e,
                },
            },
        );
    }
    let c = run(&[save(tmp.path(), &a), save(tmp.path(), &b)], &options()).expect("consolidates");
    let m = &c.behaviour.matching[0];
    assert_eq!(
        (m.observer_a.as_str(), m.observer_b.as_str()),
        ("A01", "A03")
    );
    assert_eq!(m.aligned_on, Alignment::PhaseStart);
    assert_eq!(m.procedure, MatchProcedure::SameCodeFirst);
    // Too few acts and turns in common to estimate an offset: the phase starts stand.
    let clock = m.clock.expect("clock");
    assert_eq!(
        (clock.source, clock.seconds),
        (OffsetSource::StartingGuess, 0.0)
    );
    assert_eq!((m.acts_a, m.acts_b), (4, 3));
    // PROP 10/12 and BUILD-SUPP 20/21 match; ASK 40/45 is 5 s apart; SUM has no partner.
    assert_eq!((m.matched, m.same_code), (2, 1));
    assert_eq!(m.percent_agreement, Some(1.0 / 5.0));
    assert!(m.kappa.value.is_some() || m.kappa.unavailable.is_some());

    let p74 = c
        .behaviour
        .participants
        .iter()
        .find(|p| p.participant == "P74")
        .expect("P74");
    let by: Vec<_> = p74
        .by_observer
        .iter()
        .map(|o| (o.observer.as_str(), o.acts, o.turns, o.airtime_s))
        .collect();
    assert_eq!(by, vec![("A01", 2, 1, 20.0), ("A03", 1, 1, 30.0)]);
    let air = c
        .behaviour
        .airtime
        .iter()
        .find(|x| x.participant == "P74")
        .expect("air");
    assert_eq!(air.seconds, 25.0);
    assert_eq!(air.share, Some(1.0));
    let links = &c.behaviour.interactions[0].links;
    assert_eq!(links.len(), 1);
    assert_eq!(
        (links[0].from.as_str(), links[0].to.as_str(), links[0].mean),
        ("P10", "P74", 1.0)
    );
    assert!(c.behaviour.count_agreement.is_empty());
    let per_code = &c.behaviour.code_agreement;
    assert_eq!(per_code.len(), ev_codes());
    // Every member of the session is a unit of every code, counted 0 where nobody coded it.
    assert!(per_code.iter().all(|x| x.units == 10), "{per_code:?}");
    let prop = per_code.iter().find(|x| x.code == "PROP").expect("PROP");
    assert_eq!(prop.mean_count, 2.0 / 20.0);
}

fn ev_codes() -> usize {
    Catalog::builtin()
        .schemes
        .iter()
        .find(|s| s.id == "lgd-default")
        .expect("scheme")
        .codes
        .len()
}

#[test]
fn jpm_and_category_follow_the_final_levels_live() {
    let tmp = tempfile::tempdir().expect("tmp");
    let comps = ["M.2", "M.3", "M.4", "M.7", "M.8", "SK.1"];
    let levels = [2.0, 2.0, 3.0, 3.0, 3.0, 3.0];
    let rows: Vec<(&str, &str, f64, f64)> = comps
        .iter()
        .zip(levels)
        .map(|(c, l)| ("P74", *c, l, l))
        .chain([("P10", "M.2", 3.0, 3.0)])
        .collect();
    let paths = pair_event(&demo(), &rows, tmp.path());
    let mut c = run(&paths, &options()).expect("consolidates");
    let r = c
        .results
        .iter()
        .find(|r| r.participant == "P74")
        .expect("P74");
    let jpm = r.jpm.expect("jpm");
    assert!((jpm - 16.0 / 18.0 * 100.0).abs() < 1e-9);
    assert_eq!(
        r.category.as_ref().map(|l| l.id.as_str()),
        Some("Cukup Optimal")
    );
    let r10 = c
        .results
        .iter()
        .find(|r| r.participant == "P10")
        .expect("P10");
    assert_eq!(r10.jpm, None);
    assert_eq!(r10.missing.len(), 5);

    // The wash-up raises M.2 to 3 and switches to the selection categories: JPM 17/18 = 94.4 %.
    let i = c
        .cells
        .iter()
        .position(|x| x.participant == "P74" && x.competency == "M.2")
        .expect("cell");
    c.cells[i].consensus = Some(Decision {
        level: Some(3.0),
        reason: "both saw her build on others".into(),
        decided_by: "LEAD".into(),
        decided_at: at(9000),
    });
    c.settings.categories = Settings::selection_categories();
    refresh(&mut c);
    assert_eq!(c.cells[i].final_source, FinalSource::Consensus);
    let r = c
        .results
        .iter()
        .find(|r| r.participant == "P74")
        .expect("P74");
    assert!((r.jpm.expect("jpm") - 17.0 / 18.0 * 100.0).abs() < 1e-9);
    assert_eq!(
        r.category.as_ref().map(|l| l.id.as_str()),
        Some("Memenuhi Syarat")
    );
    assert_eq!(r.decided, 1);
    assert_eq!(
        c.cells[i].ratings[0].score,
        Score::Level { level: 2.0 },
        "originals unchanged"
    );
}

#[test]
fn the_self_evaluation_gap_comes_from_the_event_file_and_is_self_minus_final() {
    let tmp = tempfile::tempdir().expect("tmp");
    let paths = pair_event(&demo(), &[("P74", "M.2", 3.0, 3.0)], tmp.path());
    let mut o = with_event(with_imports(demo()));
    let c = run(&paths, &o).expect("imports do not make the event foreign");
    let r = c
        .results
        .iter()
        .find(|r| r.participant == "P74")
        .expect("P74");
    assert_eq!(r.self_gap.len(), 1);
    assert_eq!(r.self_gap[0].final_level, Some(3.0));
    assert_eq!(r.self_gap[0].gap, Some(1.0));
    assert_eq!(c.online_scores.len(), 1);

    let mut other = demo();
    other.name.push_str(" (revised)");
    o.event = Some(EventFile {
        path: "other.json".into(),
        event: other,
    });
    let Err(ConsolidateError::Refused { problems }) = run(&paths, &o) else {
        panic!("a different event file is refused");
    };
    assert!(
        problems
            .iter()
            .any(|p| p.files == vec!["other.json".to_string()])
    );
}

#[test]
fn the_consolidated_file_round_trips_and_every_key_is_in_the_schema() {
    let tmp = tempfile::tempdir().expect("tmp");
    let paths = pair_event(&demo(), &[("P74", "M.2", 2.0, 4.0)], &tmp.path().join("in"));
    let c = run(&paths, &options()).expect("consolidates");
    let out = tmp.path().join("out").join("consolidated.json");
    write_consolidated(&out, &c).expect("write");
    assert_eq!(read_consolidated(&out).expect("read"), c);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "results are personal data");
    }
    let file: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&out).expect("read")).expect("json");
    let schema: serde_json::Value =
        serde_json::from_str(&lgd_observer::consolidate::consolidated_schema()).expect("schema");
    for key in file.as_object().expect("object").keys() {
        assert!(
            schema["properties"].get(key).is_some(),
            "{key} missing from the schema"
        );
    }
    assert_eq!(file["format"], "lgd-consolidated");
    assert_eq!(file["format_version"], 1);

    let mut newer = file.clone();
    newer["format_version"] = 2.into();
    std::fs::write(&out, serde_json::to_vec(&newer).expect("json")).expect("write");
    let err = read_consolidated(&out)
        .expect_err("newer refused")
        .to_string();
    assert!(err.contains("newer lgd"), "{err}");
    std::fs::write(&out, serde_json::to_vec(&demo()).expect("json")).expect("write");
    let err = read_consolidated(&out)
        .expect_err("event refused")
        .to_string();
    assert!(err.contains("lgd consolidate"), "{err}");
}

/// The demo event with what `lgd import` brings after the day: P74's self-rating on M.2 and an
/// online score.
fn with_imports(mut ev: Event) -> Event {
    ev.self_ratings.push(SelfRating {
        participant: "P74".into(),
        competency: "M.2".into(),
        level: 4.0,
        source: "self.xlsx".into(),
        imported_at: at(8000),
    });
    ev.online_scores.push(OnlineScore {
        participant: "P74".into(),
        name: "Tes Potensi".into(),
        value: 105.0,
        source: "online.xlsx".into(),
        imported_at: at(8000),
    });
    ev
}

/// The default options with `ev` given as the event file.
fn with_event(ev: Event) -> ConsolidateOptions {
    let mut o = options();
    o.event = Some(EventFile {
        path: "event.json".into(),
        event: ev,
    });
    o
}

/// `c` as the CLI wrote it before writing while consolidating: a wash-up journal of nothing
/// folded in, then encoded whole.
fn replayed_over_nothing(c: &mut Consolidated) -> Vec<u8> {
    lgd_observer::consolidate::washup::replay(c, &[]);
    let mut bytes = serde_json::to_vec(c).expect("json");
    bytes.push(b'\n');
    bytes
}

/// Consolidates `paths`, writing `out` while it works, and finishes the file.
fn consolidate_streaming(paths: &[PathBuf], o: &ConsolidateOptions, out: &Path) -> Consolidated {
    let (c, streamed) = consolidate_writing(paths, o, &mut |_, _| {}, &mut || {
        Some(Streamed::create(out).expect("starts"))
    })
    .expect("consolidates");
    streamed.expect("written").finish().expect("finishes");
    c
}

/// `lgd consolidate` writes the ratings while behaviour is still being matched; the file it leaves
/// must be the one the whole result would give, byte for byte: with and without an event file
/// (the `about` and `online_scores` that are left out when empty), with problems listed, and as a
/// re-consolidation without a wash-up journal would have it (replayed over nothing).
#[test]
fn the_file_written_while_consolidating_is_the_whole_results_byte_for_byte() {
    let tmp = tempfile::tempdir().expect("tmp");
    let paths = pair_event(
        &demo(),
        &[("P74", "M.2", 2.0, 4.0), ("P17", "M.1", 3.0, 3.0)],
        &tmp.path().join("in"),
    );
    let with_event = with_event(with_imports(demo()));
    for (k, o) in [options(), with_event].iter().enumerate() {
        let mut whole = run(&paths, o).expect("consolidates");
        let expected = replayed_over_nothing(&mut whole);

        let out = tmp.path().join(format!("out{k}")).join("consolidated.json");
        let c = consolidate_streaming(&paths, o, &out);
        let written = std::fs::read(&out).expect("read");
        assert!(
            written == expected,
            "run {k}: the streamed file differs from the whole result's:\n{}\n{}",
            String::from_utf8_lossy(&written[..written.len().min(400)]),
            String::from_utf8_lossy(&expected[..expected.len().min(400)])
        );
        assert_eq!(c, whole, "run {k}");
        assert!(!out.with_extension("json.tmp").exists());

        let again = tmp
            .path()
            .join(format!("again{k}"))
            .join("consolidated.json");
        write_consolidated(&again, &whole).expect("write");
        assert!(std::fs::read(&again).expect("read") == expected, "run {k}");
    }
    let problems = run(&paths, &options()).expect("consolidates").problems;
    let mut allowed = options();
    allowed.allow_mismatch = true;
    let dup = tmp.path().join("in").join("copy.json");
    std::fs::copy(&paths[0], &dup).expect("copy");
    let mut both = paths.clone();
    both.push(dup);
    let mut whole = run(&both, &allowed).expect("allowed");
    assert!(whole.problems.len() > problems.len(), "the copy is listed");
    let expected = replayed_over_nothing(&mut whole);
    let out = tmp.path().join("dup").join("consolidated.json");
    consolidate_streaming(&both, &allowed, &out);
    assert!(std::fs::read(&out).expect("read") == expected);
}

/// The same on rehearsed days, whose coded behaviour (matching, airtime, interactions) is what
/// the other core writes out while the ratings go to the file.
#[test]
fn the_file_written_while_consolidating_rehearsed_days_is_the_whole_results_byte_for_byte() {
    let tmp = tempfile::tempdir().expect("tmp");
    let date = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).expect("date");
    let days = lgd_observer::rehearsal::rehearse(&demo(), Catalog::builtin().resolver(), date, 7)
        .expect("rehearses");
    let paths: Vec<PathBuf> = days
        .iter()
        .map(|d| save(&tmp.path().join("in"), d))
        .collect();
    let mut whole = run(&paths, &options()).expect("consolidates");
    assert!(
        !whole.behaviour.matching.is_empty() && !whole.behaviour.participants.is_empty(),
        "rehearsed days have coded behaviour to write"
    );
    let expected = replayed_over_nothing(&mut whole);
    let out = tmp.path().join("out").join("consolidated.json");
    let c = consolidate_streaming(&paths, &options(), &out);
    assert!(std::fs::read(&out).expect("read") == expected);
    assert_eq!(c, whole);
}

/// A file being written that is dropped unfinished (a refusal, a failure, a panic on the way)
/// takes its temp file with it and never touches the file already there.
#[test]
fn an_unfinished_consolidated_file_leaves_no_temp_file_and_the_old_file_whole() {
    let tmp = tempfile::tempdir().expect("tmp");
    let paths = pair_event(&demo(), &[("P74", "M.2", 2.0, 4.0)], &tmp.path().join("in"));
    let c = run(&paths, &options()).expect("consolidates");
    let out = tmp.path().join("out").join("consolidated.json");
    write_consolidated(&out, &c).expect("write");
    let before = std::fs::read(&out).expect("read");
    let tmp_file = out.with_extension("json.tmp");
    {
        let mut half = Streamed::create(&out).expect("starts");
        half.head(&c);
        half.ratings(&c.cells, &c.results);
        assert!(
            tmp_file.exists(),
            "written beside it while it is being written"
        );
    }
    assert!(!tmp_file.exists());
    assert_eq!(std::fs::read(&out).expect("read"), before);
    // A finished one takes the old file's place and leaves nothing beside it.
    write_consolidated(&out, &c).expect("finishes");
    assert!(!tmp_file.exists());
    assert_eq!(read_consolidated(&out).expect("read"), c);
}

#[test]
fn progress_rises_to_every_file_found_and_ends_there() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut paths = pair_event(&demo(), &[("P74", "M.2", 2.0, 4.0)], tmp.path());
    let third = begin(&demo(), "A02");
    paths.push(save(tmp.path(), &third));
    std::fs::write(tmp.path().join("notes.json"), b"{ not json").expect("write");
    let mut seen = Vec::new();
    let mut allowed = options();
    allowed.allow_mismatch = true;
    let _ = consolidate(&[tmp.path().to_path_buf()], &allowed, &mut |done, all| {
        seen.push((done, all))
    });
    assert_eq!(seen.last(), Some(&(4, 4)), "{seen:?}");
    assert!(seen.windows(2).all(|w| w[0].0 < w[1].0), "{seen:?}");
    assert!(
        seen.iter().all(|&(done, all)| all == 4 && done >= 1),
        "{seen:?}"
    );
}

#[test]
fn the_consolidated_and_wash_up_schemas_are_current() {
    let bless = std::env::var_os("LGD_BLESS").is_some();
    for (file, text) in [
        (
            "data/schema/consolidated.schema.json",
            lgd_observer::consolidate::consolidated_schema(),
        ),
        (
            "data/schema/washup-line.schema.json",
            lgd_observer::consolidate::washup::washup_line_schema(),
        ),
    ] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
        if bless {
            std::fs::write(&path, &text).expect("write");
        }
        let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            on_disk == text,
            "{file} is stale: run `LGD_BLESS=1 cargo test --test consolidate the_consolidated` and commit it"
        );
    }
}

#[test]
fn the_real_binary_consolidates_a_folder_and_refuses_strangers() {
    let tmp = tempfile::tempdir().expect("tmp");
    let input = tmp.path().join("usb");
    pair_event(
        &demo(),
        &[("P74", "M.2", 2.0, 4.0), ("P10", "M.2", 3.0, 3.0)],
        &input,
    );
    std::fs::write(input.join("notes.json"), "{\"hello\": 1}").expect("write");
    let out = tmp.path().join("out");
    let lgd = || common::lgd();
    let o = lgd()
        .args(["consolidate", "--json", "--out"])
        .arg(&out)
        .arg(&input)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{stderr}");
    assert!(
        stderr.contains("notes.json"),
        "skipped file named: {stderr}"
    );
    let summary: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json summary");
    assert_eq!(summary["files"], 2);
    assert_eq!(summary["observers"], 2);
    assert_eq!(summary["flagged"].as_u64().map(|n| n > 0), Some(true));
    let written = read_consolidated(&out.join("consolidated.json")).expect("written");
    assert_eq!(written.observers.len(), 2);

    let o = consolidate_cli(&out, &input);
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(
        stdout.contains("Krippendorff's alpha (ordinal)"),
        "{stdout}"
    );

    let mut other = demo();
    other.id = "bogor-2026".into();
    let stranger = save(&input, &begin(&other, "A05"));
    let o = consolidate_cli(&out, &input);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(!o.status.success());
    assert!(stderr.contains(&stranger.display().to_string()), "{stderr}");
    assert!(stderr.contains("--allow-mismatch"), "{stderr}");
}

/// `lgd consolidate --out OUT INPUT`, run to its end.
fn consolidate_cli(out: &Path, input: &Path) -> std::process::Output {
    common::lgd()
        .args(["consolidate", "--out"])
        .arg(out)
        .arg(input)
        .output()
        .expect("runs")
}

mod washup {
    use super::*;
    use lgd_observer::consolidate::washup::{
        WASHUP_JOURNAL, WashupChange, WashupEntry, WashupReply, open_washup, open_washup_default,
    };
    use lgd_observer::store::{Fault, FaultSwitch, FaultyDisk};
    use std::sync::mpsc;
    use std::time::Duration;

    fn decision(seq: u64, level: f64) -> WashupEntry {
        WashupEntry {
            seq,
            change: WashupChange::Consensus {
                participant: "P74".into(),
                competency: "M.2".into(),
                level: Some(level),
                reason: format!("round {seq}"),
                by: "LEAD".into(),
                at: at(9000 + seq as i64),
            },
        }
    }

    fn consolidated_dir(tmp: &Path) -> PathBuf {
        let paths = pair_event(&demo(), &[("P74", "M.2", 2.0, 4.0)], &tmp.join("in"));
        let c = run(&paths, &options()).expect("consolidates");
        let out = tmp.join("out");
        write_consolidated(&out.join("consolidated.json"), &c).expect("write");
        out
    }

    #[test]
    fn decisions_survive_closing_a_torn_line_and_reopening() {
        let tmp = tempfile::tempdir().expect("tmp");
        let out = consolidated_dir(tmp.path());
        let w = open_washup_default(&out, None).expect("opens");
        assert_eq!(w.replay.last_seq, 0);
        w.writer.append(decision(1, 3.0));
        w.writer.append(decision(2, 2.0));
        let mut c = w.consolidated.clone();
        for seq in [1, 2] {
            lgd_observer::consolidate::washup::fold(
                &mut c,
                &decision(seq, [3.0, 2.0][seq as usize - 1]),
            )
            .expect("fold");
        }
        refresh(&mut c);
        w.writer.snapshot(c);
        w.writer.close().expect("closes");

        let again = reopen(&out);
        let x = cell_of(&again.consolidated);
        assert_eq!(x.consensus.as_ref().and_then(|d| d.level), Some(2.0));
        assert_eq!(x.superseded.len(), 1);
        assert_eq!(again.consolidated.washup_seq, 2);
        assert_eq!((again.replay.applied, again.replay.stale), (0, 2));
        drop(again);

        // A crash mid-write leaves half a line; a re-consolidation forgets the decisions in the
        // file. Reopening reports the torn line and folds the journal back in.
        let journal = out.join(WASHUP_JOURNAL);
        let mut bytes = std::fs::read(&journal).expect("journal");
        bytes.extend_from_slice(br#"{"seq":3,"type":"consen"#);
        std::fs::write(&journal, bytes).expect("tear");
        let paths = [tmp.path().join("in")];
        let fresh = run(&paths, &options()).expect("consolidates");
        write_consolidated(&out.join("consolidated.json"), &fresh).expect("write");
        let w = reopen(&out);
        assert_eq!(w.replay.applied, 2);
        assert_eq!(w.replay.problems.len(), 1, "{:?}", w.replay.problems);
        assert_eq!(cell_of(&w.consolidated).final_level, Some(2.0));
        // The next decision starts a clean line after the torn one.
        w.writer.append(decision(3, 4.0));
        w.writer.close().expect("closes");
        let mut c = read_consolidated(&out.join("consolidated.json")).expect("read");
        let r =
            lgd_observer::consolidate::washup::replay(&mut c, &std::fs::read(&journal).expect("j"));
        assert_eq!(r.last_seq, 3);
        assert_eq!(cell_of(&c).final_level, Some(4.0));
    }

    /// Opens a wash-up that a closed writer held. Another test in this binary may be starting
    /// `lgd` at that moment: the child holds a copy of every open descriptor, the lock's too,
    /// until its exec closes them, so the lock can look held for a few milliseconds under load.
    /// A lock never released still fails here, after two seconds.
    fn reopen(out: &Path) -> lgd_observer::consolidate::washup::OpenedWashup {
        for _ in 0..40 {
            match open_washup_default(out, None) {
                Err(lgd_observer::consolidate::washup::WashupError::Store(
                    lgd_observer::store::StoreError::Locked { .. },
                )) => std::thread::sleep(Duration::from_millis(50)),
                other => return other.expect("second lgd after the first closed"),
            }
        }
        panic!("the wash-up stayed locked after its writer closed")
    }

    fn cell_of(c: &Consolidated) -> &Cell {
        cell(c, "P74", "M.2")
    }

    #[test]
    fn a_second_wash_up_on_the_same_folder_is_refused() {
        let tmp = tempfile::tempdir().expect("tmp");
        let out = consolidated_dir(tmp.path());
        let _first = open_washup_default(&out, None).expect("opens");
        let err = open_washup_default(&out, None)
            .expect_err("locked")
            .to_string();
        assert!(err.contains("already open"), "{err}");
    }

    /// A consolidation into a folder whose wash-up is open stops at the lock: the file the
    /// wash-up works on is left as it was, and no half-written file is left beside it.
    #[test]
    fn consolidating_into_a_folder_with_its_wash_up_open_leaves_the_file_alone() {
        let tmp = tempfile::tempdir().expect("tmp");
        let out = consolidated_dir(tmp.path());
        let before = std::fs::read(out.join("consolidated.json")).expect("read");
        let _open = open_washup_default(&out, None).expect("opens");
        let o = consolidate_cli(&out, &tmp.path().join("in"));
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert!(!o.status.success(), "{stderr}");
        assert!(stderr.contains("already open"), "{stderr}");
        assert_eq!(
            std::fs::read(out.join("consolidated.json")).expect("read"),
            before
        );
        assert!(!out.join("consolidated.json.tmp").exists());
    }

    #[test]
    fn a_failing_disk_keeps_decisions_until_it_works_again() {
        let tmp = tempfile::tempdir().expect("tmp");
        let out = consolidated_dir(tmp.path());
        let switch = FaultSwitch::default();
        let (tx, rx) = mpsc::channel();
        let notify = Box::new(move |r: &WashupReply| {
            let _ = tx.send(r.clone());
        });
        let w = open_washup(
            &out,
            Box::new(FaultyDisk::new(switch.clone())),
            Some(notify),
        )
        .expect("opens");
        switch.set(Fault::Torn);
        w.writer.append(decision(1, 3.0));
        let first = rx.recv_timeout(Duration::from_secs(5)).expect("reply");
        assert!(matches!(first, WashupReply::Failed(1, _)), "{first:?}");
        assert!(w.writer.flush(Duration::from_millis(200)).is_err());
        switch.clear();
        assert_eq!(w.writer.flush(Duration::from_secs(5)).expect("saved"), 1);
        w.writer.close().expect("closes");
        let mut c = read_consolidated(&out.join("consolidated.json")).expect("read");
        let journal = std::fs::read(out.join(WASHUP_JOURNAL)).expect("journal");
        let r = lgd_observer::consolidate::washup::replay(&mut c, &journal);
        assert_eq!(r.applied, 1, "{r:?}");
        // The store's one torn-tail rule: the half line the failed write left is cut off before
        // the retry, so the journal holds the decision once and nothing to skip.
        assert!(r.problems.is_empty(), "{r:?}");
        assert_eq!(journal.iter().filter(|&&b| b == b'\n').count(), 1);
        assert_eq!(cell_of(&c).final_level, Some(3.0));
    }

    #[test]
    fn re_consolidating_keeps_wash_up_decisions() {
        let tmp = tempfile::tempdir().expect("tmp");
        let out = consolidated_dir(tmp.path());
        let w = open_washup_default(&out, None).expect("opens");
        w.writer.append(decision(1, 3.0));
        w.writer.close().expect("closes");
        let o = consolidate_cli(&out, &tmp.path().join("in"));
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert!(o.status.success(), "{stderr}");
        assert!(stderr.contains("kept 1 wash-up decision"), "{stderr}");
        let c = read_consolidated(&out.join("consolidated.json")).expect("read");
        assert_eq!(cell_of(&c).final_source, FinalSource::Consensus);
    }
}

/// The lead's whole path with no files of their own: `lgd demo --rehearse` writes a simulated day,
/// it consolidates cleanly with the event file, and a second run into the same folder writes nothing.
#[test]
fn the_demo_rehearsal_feeds_consolidate_and_report_and_never_overwrites() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path().join("latihan");
    let lgd = || common::lgd();
    let o = lgd()
        .args(["demo", "--rehearse"])
        .arg(&dir)
        .output()
        .expect("runs");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(stdout.contains("lgd consolidate"), "next steps: {stdout}");
    let days: Vec<PathBuf> = std::fs::read_dir(dir.join("days"))
        .expect("days")
        .map(|e| e.expect("entry").path())
        .collect();
    assert_eq!(days.len(), 32, "one day file per observer with a group");
    let before = std::fs::read(&days[0]).expect("read");

    let again = lgd()
        .args(["demo", "--rehearse"])
        .arg(&dir)
        .arg("--seed")
        .arg("99")
        .output()
        .expect("runs");
    assert!(!again.status.success());
    let stderr = String::from_utf8_lossy(&again.stderr);
    assert!(
        stderr.contains("already exists") && stderr.contains("nothing was written"),
        "{stderr}"
    );
    assert_eq!(std::fs::read(&days[0]).expect("read"), before);

    let out = dir.join("consolidated");
    let o = lgd()
        .args(["consolidate", "--json", "--event"])
        .arg(dir.join("tangsel-2026.json"))
        .arg("--out")
        .arg(&out)
        .arg(dir.join("days"))
        .output()
        .expect("runs");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let summary: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json summary");
    assert_eq!(summary["files"], 32);
    assert_eq!(summary["participants"], 75);
    let written = read_consolidated(&out.join("consolidated.json")).expect("written");
    assert!(written.problems.is_empty(), "{:?}", written.problems);
    assert!(written.coverage.thin.is_empty() && written.coverage.unsubmitted.is_empty());

    let report = dir.join("laporan");
    let o = lgd()
        .args(["report", "--out"])
        .arg(&report)
        .arg(out.join("consolidated.json"))
        .output()
        .expect("runs");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(report.join("report.html").exists());
}

/// As with ratings, the group product's rubric score that counts is the one given before the
/// observer submitted; a later change is kept in the history with its reason, not in its place.
#[test]
fn the_rubric_score_consolidated_is_the_one_given_before_submission() {
    let dir = tempfile::tempdir().expect("tmp");
    let ev = demo();
    let mut d = begin(&ev, "A01");
    let score = |d: &mut DayRecord, score: u8, reason: Option<&str>, secs: i64| {
        apply(
            d,
            Change::RubricScored {
                group: "G1".into(),
                item: "motto".into(),
                score,
                note: String::new(),
                reason: reason.map(str::to_string),
                at: at(secs),
            },
        );
    };
    score(&mut d, 2, None, 3000);
    score(&mut d, 3, None, 3100);
    submit(&mut d);
    score(&mut d, 4, Some("setelah diskusi ulang"), 5000);
    let c = run(&[save(dir.path(), &d)], &options()).expect("consolidates");
    let g1 = c.groups.iter().find(|g| g.group.id == "G1").expect("G1");
    let motto = g1.products[0]
        .rubric
        .iter()
        .find(|r| r.item == "motto")
        .expect("scored");
    assert_eq!(motto.score, 3, "the last score before submission");
    assert_eq!(motto.history.len(), 3);
    let later = motto.history.last().expect("later edit");
    assert!(later.after_submission && later.score == 4);
    assert_eq!(later.reason.as_deref(), Some("setelah diskusi ulang"));
}

/// Issue 17 item 6: a participant added to a group and a name corrected with `lgd roster` after
/// day files exist. The day files recorded before still fit (each is checked against what it
/// depends on: its group's seats, its participants, scheme, framework, settings), a day file
/// recorded after joins them, and the newcomer and the corrected name are in the consolidation.
/// A change that is not an addition (someone moved out of a seat) is still refused, with why.
#[test]
fn a_late_arrival_does_not_orphan_the_day_files_already_written() {
    let tmp = tempfile::tempdir().expect("tmp");
    let before = demo();
    let g1 = before.group("G1").expect("G1").clone();
    let first = g1.seats.values().next().expect("a member").clone();
    let mut a = begin(&before, "A01");
    rate(&mut a, &first, "M.2", 3.0);
    submit(&mut a);
    let mut b = begin(&before, "A02");
    rate(&mut b, &first, "M.2", 4.0);
    submit(&mut b);
    let old = [save(tmp.path(), &a), save(tmp.path(), &b)];

    let mut after = before.clone();
    let seat = g1.seats.keys().max().copied().unwrap_or(0) + 1;
    let newcomer = Participant {
        id: "P99".into(),
        nip: None,
        name: "Peserta Susulan".into(),
        position: String::new(),
        unit: "Dinas Baru".into(),
        gender: None,
        extra: Default::default(),
    };
    after.participants.push(newcomer);
    let corrected = after
        .participants
        .iter_mut()
        .find(|p| p.id == first)
        .expect("first");
    corrected.name = "Nama Sudah Dibetulkan".into();
    after
        .groups
        .iter_mut()
        .find(|g| g.id == "G1")
        .expect("G1")
        .seats
        .insert(seat, "P99".into());
    assert_ne!(
        after.digest(),
        before.digest(),
        "the roster change changes the digest"
    );
    let mut o = options();
    o.event = Some(EventFile {
        path: "event.json".into(),
        event: after.clone(),
    });
    let c = run(&old, &o).expect("the earlier day files still fit");
    let names: Vec<(&str, &str)> = c
        .participants
        .iter()
        .map(|p| (p.person.id.as_str(), p.person.name.as_str()))
        .collect();
    assert!(
        names.contains(&("P99", "Peserta Susulan")),
        "the newcomer is in"
    );
    assert!(names.contains(&(first.as_str(), "Nama Sudah Dibetulkan")));
    assert_eq!(cell(&c, &first, "M.2").ratings.len(), 2);

    // A day file recorded after the change sits beside the earlier ones without --event.
    let mut late = begin(&after, "A03");
    rate(&mut late, "P99", "M.2", 3.0);
    submit(&mut late);
    let mut all = old.to_vec();
    all.push(save(tmp.path(), &late));
    let c = run(&all, &options()).expect("an additive change is no mismatch");
    let p99 = c
        .participants
        .iter()
        .find(|p| p.person.id == "P99")
        .expect("the newcomer");
    assert_eq!((p99.group.as_deref(), p99.seat), (Some("G1"), Some(seat)));

    // Moving a participant out of their seat in G1 is not an addition.
    let mut moved = before.clone();
    moved
        .groups
        .iter_mut()
        .find(|g| g.id == "G1")
        .expect("G1")
        .seats
        .retain(|_, id| *id != first);
    o.event = Some(EventFile {
        path: "moved.json".into(),
        event: moved,
    });
    let Err(ConsolidateError::Refused { problems }) = run(&old, &o) else {
        panic!("a non-additive change is refused");
    };
    assert!(
        problems.iter().any(|p| p
            .message
            .contains(&format!("{first} no longer sits in seat"))),
        "{problems:#?}"
    );
}

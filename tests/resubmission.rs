//! Withdrawn and re-submitted ratings: consolidation counts the latest submission in the file as
//! read, keeps later edits beside it, and says who re-submitted, how often and why.

mod common;

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, TimeDelta};
use common::day::{save, t0};
use lgd_observer::catalog::demo_event;
use lgd_observer::consolidate::{ConsolidateOptions, Consolidated, RatingStatus, consolidate};
use lgd_observer::model::{Change, DayRecord, Entry, Score};

fn at(secs: i64) -> DateTime<FixedOffset> {
    t0() + TimeDelta::seconds(secs)
}

fn apply(day: &mut DayRecord, change: Change) {
    let seq = day.last_seq + 1;
    day.apply(&Entry { seq, change }).expect("apply");
}

fn rate(day: &mut DayRecord, level: f64, reason: Option<&str>) {
    let when = at(3600 + day.last_seq as i64);
    apply(
        day,
        Change::RatingSet {
            participant: "P74".into(),
            competency: "M.2".into(),
            score: Score::Level { level },
            note: String::new(),
            reason: reason.map(str::to_string),
            at: when,
        },
    );
}

fn submit(day: &mut DayRecord) {
    let when = at(4000 + day.last_seq as i64);
    apply(day, Change::RatingsSubmitted { at: when });
}

fn withdraw(day: &mut DayRecord, reason: &str) {
    let when = at(4000 + day.last_seq as i64);
    apply(
        day,
        Change::RatingsWithdrawn {
            reason: reason.into(),
            at: when,
        },
    );
}

/// A03 rates P74 on M.2 a 3 and submits; `a01` is A01's day.
fn files(dir: &Path, a01: &DayRecord) -> Vec<PathBuf> {
    let ev = demo_event().expect("demo");
    let mut b = common::day::begin(&ev, "A03", Some("G1"));
    rate(&mut b, 3.0, None);
    submit(&mut b);
    vec![save(dir, a01), save(dir, &b)]
}

fn a01() -> DayRecord {
    let ev = demo_event().expect("demo");
    common::day::begin(&ev, "A01", Some("G1"))
}

fn run(paths: &[PathBuf]) -> Consolidated {
    consolidate(paths, &ConsolidateOptions::at(at(7200)), &mut |_, _| {}).expect("consolidates")
}

fn mine(c: &Consolidated) -> &lgd_observer::consolidate::CellRating {
    let cell = c
        .cells
        .iter()
        .find(|x| x.participant == "P74" && x.competency == "M.2")
        .expect("cell");
    &cell.ratings[0]
}

#[test]
fn the_latest_submission_counts_with_edits_made_before_it() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut a = a01();
    rate(&mut a, 3.0, None);
    submit(&mut a);
    rate(&mut a, 4.0, Some("salah ketik"));
    withdraw(&mut a, "salah peserta");
    rate(&mut a, 5.0, None);
    submit(&mut a);
    rate(&mut a, 2.0, Some("setelah diskusi"));
    assert_eq!(a.submissions(), 2);
    let c = run(&files(tmp.path(), &a));
    let r = mine(&c);
    assert_eq!(r.status, RatingStatus::Submitted);
    assert_eq!(r.score, Score::Level { level: 5.0 });
    assert!(r.counted);
    assert_eq!(
        r.after_submission.len(),
        1,
        "only the edit after the re-submission"
    );
    assert_eq!(r.after_submission[0].score, Score::Level { level: 2.0 });
    let info = c
        .observers
        .iter()
        .find(|o| o.observer.id == "A01")
        .expect("A01");
    assert!(info.submitted);
    let w = &info.files[0].withdrawals;
    assert_eq!(w.len(), 1);
    assert_eq!(w[0].reason, "salah peserta");
    assert!(w[0].resubmitted_at.is_some());
}

#[test]
fn a_withdrawal_not_yet_followed_by_a_submission_leaves_the_earlier_one_counted() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut a = a01();
    rate(&mut a, 3.0, None);
    submit(&mut a);
    withdraw(&mut a, "cek ulang");
    rate(&mut a, 4.0, None);
    assert!(!a.submitted() && a.withdrawn());
    let c = run(&files(tmp.path(), &a));
    let r = mine(&c);
    assert_eq!(r.status, RatingStatus::Submitted);
    assert_eq!(r.score, Score::Level { level: 3.0 });
    assert_eq!(r.after_submission.len(), 1);
    assert_eq!(r.after_submission[0].score, Score::Level { level: 4.0 });
}

/// What `lgd consolidate --lang LANG --out OUT INPUT` prints; it must succeed.
fn printed(input: &Path, out: &Path, lang: &str) -> String {
    let o = common::lgd()
        .args(["consolidate", "--lang", lang, "--out"])
        .arg(out)
        .arg(input)
        .output()
        .expect("runs");
    assert!(o.status.success(), "{}", common::stderr(&o));
    common::stdout(&o)
}

#[test]
fn consolidate_says_who_re_submitted_how_often_and_why() {
    let tmp = tempfile::tempdir().expect("tmp");
    let input = tmp.path().join("hari");
    let mut a = a01();
    rate(&mut a, 3.0, None);
    submit(&mut a);
    withdraw(&mut a, "salah peserta");
    rate(&mut a, 4.0, None);
    submit(&mut a);
    files(&input, &a);
    let out = tmp.path().join("hasil");
    let text = printed(&input, &out, "id");
    assert!(
        text.contains("A01 membuka lagi dan mengirim ulang nilai 1 kali (alasan: salah peserta)"),
        "{text}"
    );

    // Withdrawn again and not submitted: the earlier submission is named as the one counted.
    withdraw(&mut a, "ragu");
    files(&input, &a);
    let text = printed(&input, &out, "en");
    assert!(
        text.contains("A01 withdrew their ratings (reason: ragu) and has not submitted again"),
        "{text}"
    );
}

//! From observers' day files through `lgd consolidate` to `lgd report` and `lgd export xlsx`, with
//! the real binary.

use crate::common::day::{apply, begin, save, t0};
use calamine::{Reader, Xlsx, open_workbook};
use chrono::TimeDelta;
use lgd_observer::catalog::demo_event;
use lgd_observer::consolidate::read_consolidated;
use lgd_observer::export::WORKBOOK_SHEETS;
use lgd_observer::model::{
    Act, Change, DayRecord, Event, EvidenceKind, OnlineScore, Score, SelfRating, Stamp,
};
use scraper::{Html, Selector};

fn stamp(s: f64) -> Stamp {
    Stamp {
        at: t0() + TimeDelta::milliseconds((s * 1000.0) as i64),
        elapsed_s: s,
    }
}

/// One observer's day on group G1: turns and acts for every member, a rating and a note for each
/// covered participant, the group's mission and rubric, then submission.
fn observe(event: &Event, observer: &str, shift: u64) -> DayRecord {
    let mut day = begin(event, observer, Some("G1"));
    apply(
        &mut day,
        Change::PhaseStarted {
            phase: "discuss".into(),
            stamp: stamp(0.0),
        },
    );
    let members: Vec<String> = day.groups[0].seats.values().cloned().collect();
    let codes = ["PROP", "BUILD", "ASK", "VISI", "INTR", "SUM"];
    let mut t = 5.0;
    for round in 0..4u64 {
        for (i, who) in members.iter().enumerate() {
            apply(
                &mut day,
                Change::FloorTaken {
                    group: "G1".into(),
                    participant: who.clone(),
                    stamp: stamp(t),
                },
            );
            let code = codes[(i + round as usize + shift as usize) % codes.len()];
            let targeted = matches!(code, "BUILD" | "INTR");
            let seq = day.last_seq + 1;
            apply(
                &mut day,
                Change::ActCoded {
                    act: std::sync::Arc::new(Act {
                        seq,
                        id: format!("{observer}-2026-12-03-{seq}"),
                        stamp: stamp(t + 2.0),
                        group: "G1".into(),
                        participant: who.clone(),
                        code: code.into(),
                        target: targeted.then(|| members[(i + 1) % members.len()].clone()),
                        note: None,
                        retracted: false,
                        floor: true,
                        marks: Default::default(),
                    }),
                },
            );
            t += 10.0 + ((i as u64 * 7 + round + shift) % 13) as f64;
        }
    }
    apply(&mut day, Change::FloorReleased { stamp: stamp(t) });
    let covered = day.observer.coverage.clone();
    let competencies = day.scheme.rated_competencies.clone();
    for (i, p) in covered.iter().enumerate() {
        for (k, c) in competencies.iter().enumerate() {
            let level = 2.0 + ((i + k + shift as usize) % 3) as f64;
            apply(
                &mut day,
                Change::RatingSet {
                    participant: p.clone(),
                    competency: c.clone(),
                    score: Score::Level { level },
                    note: String::new(),
                    reason: None,
                    at: t0() + TimeDelta::minutes(90),
                },
            );
        }
        apply(
            &mut day,
            Change::EvidenceAdded {
                participant: p.clone(),
                competency: "M.7".into(),
                kind: if i % 2 == 0 {
                    EvidenceKind::Strength
                } else {
                    EvidenceKind::Development
                },
                text: format!("Catatan {observer} untuk {p}"),
                reason: None,
                at: t0() + TimeDelta::minutes(60),
            },
        );
    }
    apply(
        &mut day,
        Change::GroupOutputSet {
            group: "G1".into(),
            text: "Misi: layanan publik yang cerdas dan modern.".into(),
            at: t0() + TimeDelta::minutes(70),
        },
    );
    apply(
        &mut day,
        Change::RubricScored {
            group: "G1".into(),
            item: "motto".into(),
            score: 3,
            note: String::new(),
            reason: None,
            at: t0() + TimeDelta::minutes(71),
        },
    );
    apply(
        &mut day,
        Change::RatingsSubmitted {
            at: t0() + TimeDelta::minutes(95),
        },
    );
    day
}

fn lgd(args: &[&std::ffi::OsStr]) -> String {
    let out = crate::common::run(args);
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(out.status.success(), "lgd {args:?}: {stderr}");
    stderr
}

#[test]
fn day_files_become_a_report_and_a_workbook_through_the_real_binary() {
    let tmp = tempfile::tempdir().expect("tmp");
    let days = tmp.path().join("usb");
    std::fs::create_dir_all(&days).expect("mkdir");
    let mut event = demo_event().expect("demo");
    // Splits at exactly half are rounded up here so every participant has a JPM without a
    // wash-up (the default leaves them to the wash-up: docs/consolidation.md).
    event.settings.midpoint = Some(lgd_observer::model::MidpointPolicy::HalfUp);
    for (shift, observer) in ["A01", "A02", "A03", "A04"].iter().enumerate() {
        save(&days, &observe(&event, observer, shift as u64));
    }
    // Results imported after the day: self ratings and an online score for seat 1.
    let first = event.groups[0].seats[&1].clone();
    event.self_ratings.push(SelfRating {
        participant: first.clone(),
        competency: "M.7".into(),
        level: 4.0,
        source: "penilaian-diri.xlsx".into(),
        imported_at: t0(),
    });
    event.online_scores.push(OnlineScore {
        participant: first.clone(),
        name: "Tes Potensi".into(),
        value: 112.0,
        source: "hasil-online.csv".into(),
        imported_at: t0(),
    });
    let event_file = tmp.path().join("tangsel-2026.json");
    std::fs::write(
        &event_file,
        serde_json::to_vec_pretty(&event).expect("json"),
    )
    .expect("write");

    let out = tmp.path().join("hasil");
    lgd(&[
        "consolidate".as_ref(),
        "--event".as_ref(),
        event_file.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
        days.as_os_str(),
    ]);
    let file = out.join("consolidated.json");
    let c = read_consolidated(&file).expect("consolidated");
    assert_eq!(c.groups.len(), 1);
    assert!(c.results.iter().any(|r| r.jpm.is_some()));

    let report_dir = tmp.path().join("laporan");
    lgd(&[
        "report".as_ref(),
        file.as_os_str(),
        "--out".as_ref(),
        report_dir.as_os_str(),
        "--lang".as_ref(),
        "id".as_ref(),
    ]);
    let html = std::fs::read_to_string(report_dir.join("report.html")).expect("report");
    let doc = Html::parse_document(&html);
    let sel = |s: &str| Selector::parse(s).expect("selector");
    assert_eq!(
        doc.select(&sel("section.participant")).count(),
        c.participants.len()
    );
    assert_eq!(
        doc.select(&sel("section.participant svg.radar")).count(),
        c.participants.len()
    );
    assert_eq!(doc.select(&sel("script")).count(), 0);
    assert_eq!(
        doc.select(&sel("table.matrix")).count(),
        1,
        "BUILD and INTR are targeted"
    );
    let first_section = doc
        .select(&sel("section.participant"))
        .find(|s| {
            s.select(&sel("h3"))
                .any(|h| h.text().collect::<String>() == c.participants[0].person.name)
        })
        .expect("first participant");
    let text: String = first_section.text().collect();
    assert!(text.contains("Tes Potensi"), "online score shown");
    assert!(text.contains("Evaluasi diri"), "self-evaluation shown");
    assert!(text.contains("Catatan A0"), "evidence notes shown");
    assert!(html.contains("Misi: layanan publik"), "mission shown");

    let xlsx = tmp.path().join("hasil.xlsx");
    lgd(&[
        "export".as_ref(),
        "xlsx".as_ref(),
        file.as_os_str(),
        "--out".as_ref(),
        xlsx.as_os_str(),
    ]);
    let mut book: Xlsx<_> = open_workbook(&xlsx).expect("open");
    assert_eq!(book.sheet_names(), WORKBOOK_SHEETS);
    let ratings = book.worksheet_range("Ratings").expect("ratings");
    let expected: usize = c.cells.iter().map(|x| x.ratings.len()).sum();
    assert!(expected > 0);
    assert_eq!(
        ratings.height(),
        expected + 1,
        "header and one row per rating"
    );
    let acts = book.worksheet_range("Acts").expect("acts");
    assert!(acts.height() > 1);
}

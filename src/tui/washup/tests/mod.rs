//! Tests of the wash-up with no terminal: keys to state and effects, screens on a TestBackend.

mod lead_items;
mod render;
mod save_failure;
mod update;

use std::sync::Arc;

use chrono::TimeDelta;
use ratatui::crossterm::event::{KeyCode, KeyEvent};

use crate::tui::testing::{ctrl, screen, typed};

use super::action::Effect;
use super::app::WashupApp;
use super::{on_key, render};
use crate::catalog::{Catalog, demo_event};
use crate::clock::{Clock, ManualClock};
use crate::consolidate::{ConsolidateOptions, Consolidated, EventFile, consolidate_days};
use crate::model::{Act, Change, DayRecord, Entry, EvidenceKind, Lang, Score, SelfRating, Stamp};
use crate::store::DayFile;

/// (observer, participant, levels on M.2, M.3, M.4, M.7, M.8, SK.1): A01/A03 on seats 1-3 of G1,
/// A02/A04 on seats 6-7, with a wide spread on P74 M.2 and P24 M.7.
const PLAN: &[(&str, &str, [f64; 6])] = &[
    ("A01", "P74", [2.0, 3.0, 3.0, 3.0, 3.0, 3.0]),
    ("A03", "P74", [4.0, 3.0, 3.0, 2.0, 3.0, 3.0]),
    ("A01", "P10", [3.0, 3.0, 4.0, 3.0, 3.0, 3.0]),
    ("A03", "P10", [3.0, 4.0, 4.0, 3.0, 3.0, 3.0]),
    ("A01", "P48", [2.0, 2.0, 3.0, 2.0, 2.0, 3.0]),
    ("A03", "P48", [2.0, 3.0, 3.0, 2.0, 2.0, 2.0]),
    ("A02", "P24", [4.0, 4.0, 4.0, 2.0, 4.0, 4.0]),
    ("A04", "P24", [4.0, 4.0, 3.0, 5.0, 4.0, 4.0]),
    ("A02", "P61", [3.0, 3.0, 3.0, 3.0, 3.0, 3.0]),
    ("A04", "P61", [3.0, 3.0, 3.0, 3.0, 3.0, 3.0]),
];

/// A consolidation of four observers' submitted ratings on the demo event.
pub(super) fn consolidated() -> Consolidated {
    // These screens were drawn with splits rounded up; the default (left to the wash-up) has its own tests.
    consolidated_with(Some(crate::model::MidpointPolicy::HalfUp))
}

/// [`consolidated`] with the event's midpoint setting `midpoint` (`None`: the default).
pub(super) fn consolidated_with(midpoint: Option<crate::model::MidpointPolicy>) -> Consolidated {
    let mut ev = demo_event().expect("demo");
    ev.settings.midpoint = midpoint;
    let clock = ManualClock::jakarta();
    let comps = ["M.2", "M.3", "M.4", "M.7", "M.8", "SK.1"];
    let mut days = Vec::new();
    for o in ["A01", "A02", "A03", "A04"] {
        let mut d = DayRecord::begin(
            &ev,
            Catalog::builtin().resolver(),
            o,
            Some("G1"),
            clock.now().date_naive(),
            clock.now(),
        )
        .expect("begin");
        let mut seq = 0;
        for (_, p, levels) in PLAN.iter().filter(|x| x.0 == o) {
            for (c, level) in comps.iter().zip(levels) {
                seq += 1;
                let change = Change::RatingSet {
                    participant: (*p).into(),
                    competency: (*c).into(),
                    score: Score::Level { level: *level },
                    note: format!("{p} {c}"),
                    reason: None,
                    at: clock.now(),
                };
                d.apply(&Entry { seq, change }).expect("rate");
            }
        }
        if o == "A01" {
            for change in evidence(clock.now()) {
                seq += 1;
                d.apply(&Entry { seq, change }).expect("evidence");
            }
        }
        seq += 1;
        let change = Change::RatingsSubmitted { at: clock.now() };
        d.apply(&Entry { seq, change }).expect("submit");
        if o == "A01" {
            seq += 1;
            let change = Change::RatingSet {
                participant: "P74".into(),
                competency: "M.2".into(),
                score: Score::Level { level: 3.0 },
                note: String::new(),
                reason: Some("setelah diskusi".into()),
                at: clock.now(),
            };
            d.apply(&Entry { seq, change }).expect("late edit");
        }
        days.push(DayFile {
            path: format!("{o}.json").into(),
            day: d,
            recovery: Default::default(),
        });
    }
    let now = clock.now() + TimeDelta::hours(8);
    let mut options = ConsolidateOptions::at(now);
    let mut with_self = ev.clone();
    with_self.self_ratings.push(SelfRating {
        participant: "P74".into(),
        competency: "M.2".into(),
        level: 4.0,
        source: "evaluasi-diri.xlsx".into(),
        imported_at: now,
    });
    options.event = Some(EventFile {
        path: "event.json".into(),
        event: with_self,
    });
    consolidate_days(days, &options).expect("consolidates")
}

/// A01's evidence for P74 on M.2: a note and a coded act with a note.
fn evidence(at: chrono::DateTime<chrono::FixedOffset>) -> Vec<Change> {
    vec![
        Change::EvidenceAdded {
            participant: "P74".into(),
            competency: "M.2".into(),
            kind: EvidenceKind::Strength,
            text: "membangun usulan rekan".into(),
            reason: None,
            at,
        },
        Change::ActCoded {
            act: std::sync::Arc::new(Act {
                seq: 1,
                id: "A01-a1".into(),
                stamp: Stamp {
                    at,
                    elapsed_s: 754.0,
                },
                group: "G1".into(),
                participant: "P74".into(),
                code: "BUILD".into(),
                target: Some("P10".into()),
                note: Some("menyambung ide P10".into()),
                retracted: false,
                floor: true,
                marks: Default::default(),
            }),
        },
    ]
}

/// A wash-up over [`consolidated`] led by LEAD, at 17:00 Jakarta time.
fn app(lang: Lang) -> (WashupApp, Arc<ManualClock>) {
    let clock = Arc::new(ManualClock::jakarta());
    clock.advance(8.0 * 3600.0);
    let app = WashupApp::new(consolidated(), "LEAD".into(), lang, clock.clone(), 0);
    (app, clock)
}

fn press(app: &mut WashupApp, key: KeyEvent) -> Vec<Effect> {
    on_key(app, key)
}

fn type_keys(app: &mut WashupApp, keys: &str) -> Vec<Effect> {
    typed(keys, |k| press(app, k))
}

/// Draws the wash-up at a size and returns the screen as text.
fn draw(app: &WashupApp, w: u16, h: u16) -> String {
    screen(w, h, |f| render(app, f))
}

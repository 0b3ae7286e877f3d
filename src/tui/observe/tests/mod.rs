//! Tests of the terminal app with no terminal: keys to state and effects, and screens on a TestBackend.

mod acts;
mod guard;
mod guide;
mod inert;
mod kept_rows;
mod key_names;
mod keytable;
mod narrow;
mod phase_question;
mod read_only;
mod recent;
mod recent_rows;
mod render;
mod resubmit;
mod save_failure;
mod score;
mod sizes;
mod store_text;
mod ticking;
mod update;
mod vouched;

use std::sync::Arc;

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use crate::tui::testing::{ctrl, screen, typed};

use super::{App, Effect, on_key, render};
use crate::catalog::{demo_day, demo_event};
use crate::clock::{Clock, ManualClock};
use crate::model::Lang;
use crate::session::Session;

/// The demo event, observer A01 on group G1, at 09:00 Jakarta time on 3 December 2026.
fn app(lang: Lang) -> (App, Arc<ManualClock>) {
    app_of(demo_event().expect("demo"), lang)
}

/// [`app`] on `event` (the demo event changed by a test).
fn app_of(event: crate::model::Event, lang: Lang) -> (App, Arc<ManualClock>) {
    let clock = Arc::new(ManualClock::jakarta());
    let event = Arc::new(event);
    let record = demo_day(&event, clock.now());
    let session = Session::open(record, clock.clone());
    (App::new(session, event, lang), clock)
}

/// An app some minutes into the discussion, with turns, acts, a retraction, a note and a flagged repeat.
fn scripted(lang: Lang) -> (App, Arc<ManualClock>) {
    let (mut app, clock) = app(lang);
    next_phase(&mut app); // reading
    clock.advance(600.0);
    next_phase(&mut app); // discussion
    let script: &[(&str, f64)] = &[
        ("1i", 25.0),
        ("2pf", 40.0),
        ("3b2", 12.0),
        (".5d3", 3.0),
        ("4x3", 30.0),
        ("1saa", 20.0),
        ("6kq", 2.0),
        ("k", 15.0),
        ("7p", 1.0),
    ];
    for (keys, secs) in script {
        type_keys(&mut app, keys);
        clock.advance(*secs);
    }
    press(&mut app, KeyCode::Backspace.into());
    press(&mut app, KeyCode::Enter.into());
    type_keys(&mut app, "menyebut data BPS");
    press(&mut app, KeyCode::Enter.into());
    type_keys(&mut app, "2");
    clock.advance(95.0);
    (app, clock)
}

/// The changes among `fx`, in order.
fn changes(fx: &[Effect]) -> Vec<&crate::model::Change> {
    fx.iter()
        .filter_map(|e| match e {
            Effect::Persist(entry) => Some(&entry.change),
            _ => None,
        })
        .collect()
}

/// The same record with half levels allowed, in a fresh session.
fn with_half_levels(app: &mut App) {
    let mut rec = app.session.record().clone();
    rec.settings.half_levels = true;
    app.session = Session::open(rec, Arc::new(ManualClock::jakarta()));
}

/// Ctrl+N and its confirmation.
fn next_phase(app: &mut App) -> Vec<Effect> {
    press(app, ctrl('n'));
    press(app, KeyCode::Enter.into())
}

fn press(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    on_key(app, key)
}

fn type_keys(app: &mut App, keys: &str) -> Vec<Effect> {
    typed(keys, |k| press(app, k))
}

/// The journal append failing on a full disk, as the writer reports it.
fn disk_full() -> crate::store::DiskFailure {
    crate::store::DiskFailure::new(
        crate::store::Op::Save,
        "/data/tangsel-2026/2026-12-03_A01.journal",
        &std::io::Error::from(std::io::ErrorKind::StorageFull),
    )
}

/// Draws the app at a size and returns the screen as text.
fn draw(app: &App, w: u16, h: u16) -> String {
    screen(w, h, |f| render(app, f))
}

/// How many of `fx` are changes handed to the store.
fn persisted(fx: &[Effect]) -> usize {
    fx.iter()
        .filter(|e| matches!(e, Effect::Persist(_)))
        .count()
}

/// The screen's text as one line, so a message wrapped over rows reads whole.
fn flat(screen: &str) -> String {
    screen
        .lines()
        .map(|l| l.trim_matches('"'))
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Draws the app at a size and returns the screen, styles included.
fn buffer(app: &App, w: u16, h: u16) -> ratatui::buffer::Buffer {
    crate::tui::shell::shown(w, h, |f| render(app, f))
        .buffer()
        .clone()
}

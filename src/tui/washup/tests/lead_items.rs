//! The lead's items: splits left to the wash-up, JPM in per cent, the legend, searching rows, the
//! lead taken from the event, and the message line after a withdrawal or saved thresholds.

use ratatui::crossterm::event::KeyCode;

use super::*;
use crate::text::washup::W;
use crate::tui::washup::app::{Overlay, Status, default_lead};
use crate::tui::washup::view::{cell_text, detail_lines_text};

/// A wash-up over the plan with the default midpoint policy (splits go to the wash-up).
fn split_app(lang: Lang) -> WashupApp {
    let clock = Arc::new(ManualClock::jakarta());
    WashupApp::new(consolidated_with(None), "LEAD".into(), lang, clock, 0)
}

/// Selects participant `p`, competency `comp`.
fn select(app: &mut WashupApp, p: &str, comp: &str) {
    app.row = (0..app.rows.len())
        .find(|r| app.participant_at(*r).is_some_and(|x| x.person.id == p))
        .expect("participant");
    app.col = app
        .c
        .competencies
        .iter()
        .position(|c| c == comp)
        .expect("comp");
}

#[test]
fn a_split_cell_reads_as_two_levels_waiting_for_a_decision() {
    // P10 on M.3: A01 rated 3, A03 rated 4; the mean 3.5 is a split and no level is proposed.
    let mut app = split_app(Lang::En);
    select(&mut app, "P10", "M.3");
    let cell = app.selected().expect("cell").clone();
    assert_eq!(cell_text(&cell, Lang::En), "3·4→3|4");
    assert_eq!(cell.final_level, None);
    let detail = detail_lines_text(&app, &cell);
    assert!(
        detail.contains("split between 3 and 4: needs a decision"),
        "{detail}"
    );
    app.lang = Lang::Id;
    let detail = detail_lines_text(&app, &cell);
    assert!(
        detail.contains("terbelah antara 3 dan 4: perlu diputuskan"),
        "{detail}"
    );
    // The policy in use is on screen, and the JPM of that participant waits (no figure).
    let screen = draw(&app, 160, 50);
    // A full mark keeps a blank before the next cell, and a JPM held back by a split says so.
    assert!(screen.contains("3·2→2|3± 3·3→3"), "{screen}");
    let p10 = screen
        .lines()
        .find(|l| l.contains("G1 Fitri Susanti"))
        .unwrap_or_default();
    assert!(p10.contains("3·4→3|4 ") && p10.contains(" belah "), "{p10}");
    assert!(
        screen.contains("Nilai tengah (x.5): diputuskan di rapat"),
        "{screen}"
    );
    // Deciding the cell clears the mark.
    type_keys(&mut app, "c");
    type_keys(&mut app, "sepakat");
    press(&mut app, KeyCode::Enter.into());
    let cell = app.selected().expect("cell");
    assert!(
        !cell_text(cell, Lang::En).contains('|'),
        "{}",
        cell_text(cell, Lang::En)
    );
}

#[test]
fn a_split_settled_by_a_policy_names_the_policy() {
    let (mut app, _) = app(Lang::En);
    select(&mut app, "P10", "M.3");
    let cell = app.selected().expect("cell").clone();
    assert_eq!(cell_text(&cell, Lang::En), "3·4→4");
    let detail = detail_lines_text(&app, &cell);
    assert!(
        detail.contains("split between 3 and 4: rounded up"),
        "{detail}"
    );
    assert!(draw(&app, 160, 50).contains("Midpoint (x.5): rounded up"));
}

#[test]
fn jpm_shows_a_per_cent_sign_and_the_legend_explains_every_mark() {
    let (app, _) = app(Lang::En);
    let screen = draw(&app, 160, 50);
    let jpm = app.c.results.iter().find_map(|r| r.jpm).expect("a JPM");
    assert!(screen.contains(&format!("{jpm:.1}%")), "{screen}");
    for mark in [
        "3·4 ratings",
        "→4 proposed",
        "✓4 agreed",
        "→3|4 split, decide",
    ] {
        assert!(screen.contains(mark), "{mark}: {screen}");
    }
    for mark in [
        "! wide spread",
        "± both sides of target",
        "? fewer than 2 ratings",
    ] {
        assert!(screen.contains(mark), "{mark}: {screen}");
    }
}

#[test]
fn slash_searches_the_rows_and_esc_goes_back() {
    let (mut app, _) = app(Lang::En);
    press(&mut app, KeyCode::Down.into());
    let before = app.row;
    type_keys(&mut app, "/");
    assert!(matches!(app.overlay, Overlay::Search(..)));
    type_keys(&mut app, "p61");
    let p = app.participant_at(app.row).expect("row");
    assert_eq!(p.person.id, "P61");
    assert!(draw(&app, 80, 24).contains("Search: p61  (1 of 1)"));
    press(&mut app, KeyCode::Esc.into());
    assert_eq!(app.row, before, "Esc returns to the row before");
    // A group matches several rows; Down steps through them and Enter stays.
    type_keys(&mut app, "/g1");
    let hits = app.matches("g1");
    assert!(hits.len() > 1, "{hits:?}");
    assert_eq!(app.row, hits[0]);
    press(&mut app, KeyCode::Down.into());
    assert_eq!(app.row, hits[1]);
    press(&mut app, KeyCode::Enter.into());
    assert_eq!(app.overlay, Overlay::None);
    assert_eq!(app.row, hits[1]);
    // No match leaves the selection where the search began.
    type_keys(&mut app, "/zzz");
    assert_eq!(app.row, hits[1]);
    assert!(draw(&app, 80, 24).contains("Search: zzz  (no match)"));
}

#[test]
fn the_lead_comes_from_the_event_before_the_observers() {
    let mut c = consolidated();
    let mut about = c.about.clone().unwrap_or_default();
    about.lead_assessor = "Dr. Rina Wulandari".into();
    c.about = Some(about.clone());
    assert_eq!(default_lead(&c).as_deref(), Some("Dr. Rina Wulandari"));
    about.lead_assessor = "  ".into();
    c.about = Some(about);
    let observer_lead = c
        .observers
        .iter()
        .find(|o| o.observer.role == crate::model::Role::Lead)
        .map(|o| o.observer.id.clone());
    assert_eq!(default_lead(&c), observer_lead);
    c.about = None;
    for o in &mut c.observers {
        o.observer.role = crate::model::Role::Primary;
    }
    assert_eq!(default_lead(&c), None, "then the command asks once");
}

#[test]
fn withdrawing_replaces_the_earlier_message() {
    let (mut app, _) = app(Lang::En);
    type_keys(&mut app, "cagreed");
    press(&mut app, KeyCode::Enter.into());
    type_keys(&mut app, "c");
    press(&mut app, ctrl('d'));
    assert_eq!(app.status, Some(Status::Text(W::ReasonNeeded)));
    type_keys(&mut app, "recheck");
    press(&mut app, ctrl('d'));
    assert_eq!(app.status, Some(Status::Text(W::ConsensusWithdrawn)));
    assert!(draw(&app, 80, 24).contains("Consensus withdrawn"));
    // Closing a box also drops a prompt about it.
    type_keys(&mut app, "c");
    press(&mut app, KeyCode::Enter.into());
    assert_eq!(app.status, Some(Status::Text(W::ReasonNeeded)));
    press(&mut app, KeyCode::Esc.into());
    assert_eq!(app.status, None);
}

#[test]
fn saving_thresholds_says_so() {
    let (mut app, _) = app(Lang::En);
    type_keys(&mut app, "t");
    press(&mut app, KeyCode::Enter.into());
    assert_eq!(app.status, Some(Status::Text(W::Unchanged)));
    type_keys(&mut app, "t");
    press(&mut app, KeyCode::Right.into());
    let fx = press(&mut app, KeyCode::Enter.into());
    assert!(!fx.is_empty());
    assert_eq!(app.status, Some(Status::Text(W::ThresholdsSaved)));
    assert!(draw(&app, 80, 24).contains("Category thresholds saved"));
}

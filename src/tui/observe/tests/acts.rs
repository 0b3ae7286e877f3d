//! Issue 14 items 5, 8, 9: the act list corrects, inserts and keeps acts, each written as its own
//! change; one session clock; acts coded outside a coded phase are marked on screen.

use ratatui::crossterm::event::KeyCode;

use super::*;
use crate::model::{Change, Lang};
use crate::tui::observe::action::Action;
use crate::tui::observe::app::Overlay;
use crate::tui::update;

fn erase(app: &mut App, n: usize) {
    for _ in 0..n {
        press(app, KeyCode::Backspace.into());
    }
}

#[test]
fn the_act_list_corrects_inserts_and_keeps_acts_and_marks_them() {
    let (mut app, clock) = app(Lang::Id);
    type_keys(&mut app, "1p");
    let screen = draw(&app, 80, 24);
    assert!(screen.contains("di luar fase berkode"), "{screen}");
    assert!(
        screen.contains("PROP⊘"),
        "marked in the recent acts: {screen}"
    );
    next_phase(&mut app);
    clock.advance(60.0);
    next_phase(&mut app);
    clock.advance(30.0);
    type_keys(&mut app, "2f");
    clock.advance(20.0);

    assert!(press(&mut app, ctrl('l')).is_empty());
    assert!(matches!(app.overlay, Overlay::Acts(_)));
    // Enter opens the selected (newest) act as its keys and session time.
    press(&mut app, KeyCode::Enter.into());
    assert!(draw(&app, 80, 24).contains("2f 0:30"));
    erase(&mut app, 7);
    type_keys(&mut app, "3a1 0:25");
    let refused = press(&mut app, KeyCode::Enter.into());
    assert!(changes(&refused).is_empty(), "ASK takes no target");
    assert!(draw(&app, 80, 24).contains("ASK tidak memakai sasaran"));
    erase(&mut app, 8);
    type_keys(&mut app, "3a 0:25");
    let fx = press(&mut app, KeyCode::Enter.into());
    assert!(matches!(changes(&fx)[..], [Change::ActCorrected { .. }]));
    assert_eq!(app.session.record().acts[1].code, "ASK");

    // A missed act, inserted at 0:05.
    press(&mut app, KeyCode::Char('i').into());
    type_keys(&mut app, "4p 0:05");
    let fx = press(&mut app, KeyCode::Enter.into());
    assert!(matches!(changes(&fx)[..], [Change::ActInserted { .. }]));

    // The PROP coded before any phase is first in session time; Space keeps it.
    press(&mut app, KeyCode::Home.into());
    let fx = press(&mut app, KeyCode::Char(' ').into());
    assert!(matches!(
        changes(&fx)[..],
        [Change::ActKept { kept: true, .. }]
    ));
    insta::assert_snapshot!("act_list_80x24_id", draw(&app, 80, 24));

    press(&mut app, KeyCode::Esc.into());
    assert!(matches!(app.overlay, Overlay::None));
    // A correction being typed is pasted into and saved on quitting, like a note.
    press(&mut app, ctrl('l'));
    press(&mut app, KeyCode::Char('i').into());
    update(&mut app, Action::Paste("5p 0:40".into()));
    let fx = press(&mut app, ctrl('q'));
    assert!(
        matches!(changes(&fx)[0], Change::ActInserted { .. }),
        "{fx:?}"
    );
}

#[test]
fn coding_goes_on_after_the_act_list_closes() {
    let (mut app, _) = app(Lang::En);
    type_keys(&mut app, "1");
    press(&mut app, ctrl('l'));
    press(&mut app, KeyCode::Esc.into());
    assert!(matches!(app.overlay, Overlay::None));
    // Coding goes on as before.
    assert_eq!(changes(&type_keys(&mut app, "p")).len(), 1);
}

#[test]
fn one_clock_counts_from_the_start_of_the_discussion() {
    let (mut app, clock) = app(Lang::En);
    next_phase(&mut app); // reading
    clock.advance(13.0 * 60.0);
    next_phase(&mut app); // discussion
    clock.advance(65.0);
    type_keys(&mut app, "1p");
    clock.advance(10.0);
    let screen = draw(&app, 160, 50);
    assert!(screen.contains("Session 1:15"), "header: {screen}");
    assert!(
        screen.contains(" 1:05 1 Fitri Lubis"),
        "recent acts: {screen}"
    );
    assert!(
        !screen.contains("09:1"),
        "no wall-clock time on screen: {screen}"
    );
}

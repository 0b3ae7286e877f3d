//! Issue 14: no stray key changes a rating, the phase or the product while the discussion is coded;
//! pastes go only into text fields. (Phase questions: phase_question.rs.)

use ratatui::crossterm::event::KeyCode;

use super::*;
use crate::model::{Change, Lang};
use crate::tui::observe::action::Action;
use crate::tui::observe::app::{Overlay, Status};
use crate::tui::{Pane, update};

/// The demo app in its coded discussion, seat 3 speaking.
fn discussing(lang: Lang) -> App {
    let (mut app, _) = app(lang);
    next_phase(&mut app);
    next_phase(&mut app);
    assert!(app.coding_live());
    type_keys(&mut app, "3");
    app
}

#[test]
fn coding_keys_on_another_pane_change_nothing_and_say_so() {
    for lang in [Lang::En, Lang::Id] {
        let mut app = discussing(lang);
        let before = app.session.record().clone();
        for pane in [Pane::Score, Pane::Group, Pane::Roster] {
            app.pane = pane;
            // A rating digit, a pause, next phase, the mission editor, a sort: all refused.
            for k in "3pnmsa1x0+".chars() {
                let fx = press(&mut app, KeyCode::Char(k).into());
                assert!(fx.is_empty(), "{k:?} on {pane:?} did something");
                assert!(
                    matches!(app.overlay, Overlay::None),
                    "{k:?} opened an overlay"
                );
                let Some(Status::Refused(why)) = &app.status else {
                    panic!("{k:?} on {pane:?} was silent: {:?}", app.status);
                };
                assert!(why.contains("F3"), "{why}");
            }
        }
        assert_eq!(
            app.session.record(),
            &before,
            "nothing changed in the record"
        );
        assert!(app.session.record().ratings.is_empty());
        let screen = draw(&app, 80, 24);
        let expect = match lang {
            Lang::En => "you are on the",
            Lang::Id => "Anda di panel",
        };
        assert!(screen.contains(expect), "{screen}");
        // Arrows still move, Tab still switches, and coding goes on back on Observe.
        press(&mut app, KeyCode::F(3).into());
        assert_eq!(persisted(&type_keys(&mut app, "p")), 1);
    }
}

#[test]
fn keys_behind_the_help_are_not_silently_dropped() {
    let mut app = discussing(Lang::En);
    press(&mut app, KeyCode::Char('?').into());
    assert!(type_keys(&mut app, "p").is_empty());
    assert!(matches!(&app.status, Some(Status::Refused(w)) if w.contains("does nothing here")));
}

#[test]
fn a_paste_goes_into_the_note_and_never_into_the_grammar() {
    let mut app = discussing(Lang::En);
    let acts = app.session.record().acts.len();
    update(&mut app, Action::Paste("line one\n3a\n5s".into()));
    assert_eq!(app.session.record().acts.len(), acts, "no act from a paste");
    assert!(matches!(&app.status, Some(Status::Text(_))));
    assert!(draw(&app, 100, 24).contains("Paste refused"));
    type_keys(&mut app, "p");
    press(&mut app, KeyCode::Enter.into());
    let long = "x".repeat(1990) + "\n\tend";
    let started = std::time::Instant::now();
    update(&mut app, Action::Paste(long));
    assert!(
        started.elapsed().as_millis() < 200,
        "a long paste is taken at once"
    );
    let fx = press(&mut app, KeyCode::Enter.into());
    let Some(Effect::Persist(e)) = fx.first() else {
        panic!("note not saved")
    };
    assert!(matches!(&e.change, Change::ActNoted { note, .. }
        if note.len() == 1995 && note.ends_with("  end")));
    // The filter and the mission take pastes too.
    press(&mut app, ctrl('p'));
    press(&mut app, KeyCode::F(1).into());
    press(&mut app, KeyCode::Char('/').into());
    update(&mut app, Action::Paste("Fitri".into()));
    assert_eq!(app.roster.filter, "Fitri");
}

#[test]
fn backspace_takes_back_a_confirmed_phase_change_and_a_wrong_seat() {
    let (mut app, _) = app(Lang::En);
    next_phase(&mut app);
    next_phase(&mut app);
    type_keys(&mut app, "1p6");
    // Newest first: the wrong seat, then the act, then the phase change.
    press(&mut app, KeyCode::Backspace.into());
    assert!(draw(&app, 100, 24).contains("Floor change retracted"));
    assert_eq!(app.session.record().turns.len(), 1);
    press(&mut app, KeyCode::Backspace.into());
    press(&mut app, KeyCode::Backspace.into());
    let fx = press(&mut app, KeyCode::Backspace.into());
    assert!(matches!(
        fx.first(),
        Some(Effect::Persist(e)) if matches!(&e.change, Change::PhaseStarted { phase, .. } if phase == "read")
    ));
    assert!(draw(&app, 100, 24).contains("Phase change retracted"));
}

#[test]
fn quitting_ends_the_turn_and_pauses_the_phase_and_reopening_says_so() {
    let (mut app, clock) = app(Lang::En);
    next_phase(&mut app);
    next_phase(&mut app);
    type_keys(&mut app, "5");
    clock.advance(20.0);
    let fx = press(&mut app, ctrl('q'));
    assert_eq!(fx.last(), Some(&Effect::Quit));
    let quit_s = app.session.now_s();
    let record = app.session.record().clone();
    let turn = record.turns.last().expect("a turn");
    assert_eq!(
        turn.end.map(|e| e.elapsed_s),
        Some(quit_s),
        "the turn ends at the quit"
    );
    assert!(
        record.running_phase().is_none(),
        "the phase clock is paused"
    );
    // An hour with the laptop closed is nobody's airtime.
    clock.advance(3600.0);
    let session = crate::session::Session::open(record, clock.clone());
    let five = session.seat(5).expect("seat 5");
    assert!(session.floor().is_none());
    assert_eq!(session.stats().people[five].closed_airtime_s, 20.0);
    let again = App::new(session, app.event.clone(), Lang::En);
    let screen = draw(&again, 120, 30);
    assert!(
        screen.contains("Reopened. When you quit at 09:")
            && screen.contains("turn was ended and phase Discussion was paused"),
        "{screen}"
    );
}

#[test]
fn submitting_names_the_empty_cells_and_the_running_phase_and_asks_twice() {
    let mut app = discussing(Lang::En);
    press(&mut app, ctrl('p'));
    press(&mut app, ctrl('p')); // resumed: the discussion still runs
    press(&mut app, KeyCode::F(4).into());
    // While the discussion is coded, S is refused like any letter; pause first.
    assert!(type_keys(&mut app, "S").is_empty());
    assert!(!matches!(app.overlay, Overlay::Note { .. }));
    press(&mut app, ctrl('p'));
    type_keys(&mut app, "3");
    let empty = crate::tui::observe::score::empty_cells(&app);
    assert!(empty > 0);
    type_keys(&mut app, "S");
    let screen = draw(&app, 80, 24);
    assert!(screen.contains(&format!("{empty} cells empty")), "{screen}");
    // Paused, so not running; resumed it would say so.
    assert!(!screen.contains("still running"), "{screen}");
    assert!(
        press(&mut app, KeyCode::Enter.into()).is_empty(),
        "first Enter asks again"
    );
    let screen = draw(&app, 80, 24);
    assert!(screen.contains("Type yes and Enter"), "{screen}");
    // A second Enter by habit does not submit.
    assert!(press(&mut app, KeyCode::Enter.into()).is_empty());
    assert!(!app.session.submitted());
    assert!(draw(&app, 80, 24).contains("Not submitted"));
    // Esc on the question says so too.
    type_keys(&mut app, "S");
    press(&mut app, KeyCode::Esc.into());
    assert!(draw(&app, 80, 24).contains("Not submitted"));
    assert!(!app.session.submitted());
}

#[test]
fn the_submit_question_says_the_discussion_still_runs() {
    let (mut app, _) = app(Lang::Id);
    next_phase(&mut app); // reading, not coded: the Score pane takes keys
    press(&mut app, KeyCode::F(4).into());
    type_keys(&mut app, "S");
    let screen = draw(&app, 80, 24);
    assert!(
        screen.contains("masih berjalan") && screen.contains("sel kosong"),
        "{screen}"
    );
}

#[test]
fn the_submit_question_says_the_discussion_is_only_paused() {
    let mut app = discussing(Lang::Id);
    type_keys(&mut app, "1p");
    press(&mut app, ctrl('p')); // paused, not ended: ratings are allowed now
    press(&mut app, KeyCode::F(4).into());
    type_keys(&mut app, "S");
    let screen = draw(&app, 80, 24);
    let text = flat(&screen);
    assert!(
        text.contains("Fase Diskusi dijeda, belum diakhiri."),
        "{screen}"
    );
}

#[test]
fn cancelling_a_note_says_so_and_messages_do_not_follow_to_another_pane() {
    let mut app = discussing(Lang::En);
    type_keys(&mut app, "p");
    press(&mut app, KeyCode::Enter.into());
    type_keys(&mut app, "half");
    press(&mut app, KeyCode::Esc.into());
    assert!(draw(&app, 80, 24).contains("Note cancelled, not saved."));
    press(&mut app, KeyCode::Tab.into());
    assert_eq!(
        app.status, None,
        "a message about Observe does not follow to Score"
    );
}

#[test]
fn ctrl_q_with_a_half_typed_code_asks_first() {
    let mut app = discussing(Lang::En);
    type_keys(&mut app, "b"); // a targeted code waits for its seat
    assert!(
        press(&mut app, ctrl('q')).is_empty(),
        "the first Ctrl+Q asks"
    );
    assert!(!app.quitting);
    assert!(draw(&app, 100, 24).contains("A code is half typed"));
    assert_eq!(press(&mut app, ctrl('q')).last(), Some(&Effect::Quit));
}

#[test]
fn a_half_level_is_written_with_a_decimal_comma_in_indonesian() {
    use crate::tui::observe::view::score::level_in;
    assert_eq!(level_in(Lang::Id, 3.5), "3,5");
    assert_eq!(level_in(Lang::En, 3.5), "3.5");
    assert_eq!(level_in(Lang::Id, 4.0), "4");
    // On the grid too.
    let (mut app, _) = app(Lang::Id);
    with_half_levels(&mut app);
    app.pane = Pane::Score;
    type_keys(&mut app, "33");
    let screen = draw(&app, 120, 30);
    assert!(screen.contains("3,5"), "{screen}");
}

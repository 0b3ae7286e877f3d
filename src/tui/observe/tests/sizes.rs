//! Every terminal size from 1x1 to 160x50: nothing panics, and small ones say they are too small.

use super::*;
use crate::tui::Pane;
use crate::tui::small::{MIN_HEIGHT, MIN_WIDTH};

#[test]
fn every_size_renders_and_small_ones_say_so() {
    let (mut app, _) = scripted(Lang::En);
    crate::tui::testing::every_size((MIN_WIDTH, MIN_HEIGHT), "F1", |frame| {
        for pane in Pane::ALL {
            app.pane = pane;
            render(&app, frame);
        }
    });
}

#[test]
fn the_too_small_message_speaks_the_chosen_language_and_quit_still_works() {
    let (mut app, _) = app(Lang::Id);
    let screen = draw(&app, 40, 10);
    assert!(screen.contains("Layar terlalu kecil (40x10)"), "{screen}");
    assert!(screen.contains("Ctrl+Q keluar"), "{screen}");
    let fx = press(&mut app, ctrl('q'));
    assert_eq!(fx, vec![Effect::Quit]);
}

#[test]
fn on_a_too_small_terminal_what_a_key_did_shows_under_the_message() {
    for (lang, floor, coded, silence) in [
        (Lang::Id, "▶ 3 ", "Dikode", "hening"),
        (Lang::En, "▶ 3 ", "Coded", "silence"),
    ] {
        let (mut app, clock) = app(lang);
        next_phase(&mut app);
        next_phase(&mut app);
        let before = draw(&app, 40, 12);
        assert!(before.contains(silence), "{before}");
        type_keys(&mut app, "3");
        let screen = draw(&app, 40, 12);
        // The floor, named, and the phase's clock, under the size message.
        assert!(screen.contains("(40x12)"), "{screen}");
        let name = app
            .session
            .person(app.session.seat(3).expect("seat 3"))
            .expect("person");
        let short = crate::tui::observe::view::fmt::short_name(&name.name);
        assert!(
            flat(&screen).contains(&format!("{floor}{short}")),
            "{screen}"
        );
        // A coded act is said there as on a full screen.
        type_keys(&mut app, "p");
        let screen = draw(&app, 40, 12);
        assert!(flat(&screen).contains(coded), "{screen}");
        // The clock on it ticks, so an idle tick redraws it.
        let area = ratatui::layout::Rect::new(0, 0, 40, 12);
        let t0 = crate::tui::observe::view::ticking(&app, area);
        clock.advance(61.0);
        assert_ne!(crate::tui::observe::view::ticking(&app, area), t0);
    }
}

#[test]
fn a_question_asked_on_a_too_small_terminal_is_shown_there() {
    let (mut app, _) = app(Lang::En);
    press(&mut app, ctrl('n'));
    let screen = flat(&draw(&app, 50, 10));
    assert!(screen.contains("too small"), "{screen}");
    assert!(screen.contains("Enter"), "{screen}");
}

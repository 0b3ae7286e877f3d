//! Where the screen already holds the same drawing in the same place, the Observe pane leaves a
//! kept part (the legend, the hint bar, the header, the recent and seat rows) undrawn and the run
//! loop does not compare it. What the terminal shows after every key of a session, overlays
//! opened and closed over those parts included, and after minutes pass (the seat rows' times,
//! bars and nudges), is the frame drawn from nothing.

use std::cell::RefCell;

use super::*;
use crate::model::Lang;
use crate::tui::Pane;

/// What a step does to the app.
type Step = Box<dyn Fn(&mut App)>;

/// Each step a key (or a few) and what it does; `clock` is the session's.
fn steps(clock: &Arc<ManualClock>) -> Vec<(&'static str, Step)> {
    let quiet = |minutes: f64| -> Step {
        let clock = Arc::clone(clock);
        Box::new(move |_: &mut App| clock.advance(minutes * 60.0))
    };
    let keys = |k: &'static str| -> Step {
        Box::new(move |app: &mut App| {
            type_keys(app, k);
        })
    };
    let key = |k: KeyEvent| -> Step {
        Box::new(move |app: &mut App| {
            press(app, k);
        })
    };
    vec![
        ("nothing yet", Box::new(|_: &mut App| {})),
        ("a floor key", keys("1")),
        ("an act", keys("p")),
        ("another floor key", keys("2")),
        ("the same again", Box::new(|_: &mut App| {})),
        ("help over the pane", keys("?")),
        ("help closed", key(KeyCode::Esc.into())),
        ("a floor key after help", keys("3")),
        ("the act list over the pane", key(ctrl('l'))),
        ("the act list closed", key(KeyCode::Esc.into())),
        ("an act after it", keys("a")),
        ("a targeted act", keys("b1")),
        ("a retraction", key(KeyCode::Backspace.into())),
        ("a restore", key(ctrl('r'))),
        (
            "the language switched",
            Box::new(|app: &mut App| app.lang = Lang::Id),
        ),
        ("a floor key in Bahasa Indonesia", keys("4")),
        (
            "the Group pane",
            Box::new(|app: &mut App| app.pane = Pane::Group),
        ),
        (
            "back to Observe",
            Box::new(|app: &mut App| app.pane = Pane::Observe),
        ),
        ("a floor key again", keys("5")),
        // The seat rows' airtime, share bars and times since last coded move, nudges appear.
        ("six quiet minutes", quiet(6.0)),
        ("an act after them", keys("s")),
        ("a floor key after them", keys("1")),
    ]
}

#[test]
fn what_the_loop_shows_with_parts_vouched_alike_is_the_frame_drawn_from_nothing() {
    for (w, h) in [(120, 40), (80, 24)] {
        let (mut app, clock) = app(Lang::En);
        next_phase(&mut app);
        next_phase(&mut app);
        app.pane = Pane::Observe;
        let app = RefCell::new(app);
        let steps = steps(&clock);
        crate::tui::shell::shown_in_turn(
            w,
            h,
            steps.len(),
            |i, f| {
                let mut app = app.borrow_mut();
                (steps[i].1)(&mut app);
                clock.advance(1.0);
                render(&app, f);
            },
            |i, shown| {
                let app = app.borrow();
                if steps[i].0 == "six quiet minutes" {
                    let s = &app.session;
                    let people = s.stats().people.len();
                    assert!(
                        (0..people).any(|p| s.needs_nudge(p, s.now_s())),
                        "the quiet minutes nudge someone"
                    );
                }
                let fresh = buffer(&app, w, h);
                assert_eq!(shown.buffer(), &fresh, "after {} at {w}x{h}", steps[i].0);
            },
        );
    }
}

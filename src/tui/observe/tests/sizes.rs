//! Every terminal size from 1x1 to 160x50: nothing panics, and small ones say they are too small.

use super::*;
use crate::tui::Pane;
use crate::tui::observe::view::{MIN_HEIGHT, MIN_WIDTH};

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

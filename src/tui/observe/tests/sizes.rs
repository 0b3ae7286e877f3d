//! Every terminal size from 1x1 to 160x50: nothing panics, and small ones say they are too small.

use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

use super::*;
use crate::tui::Pane;
use crate::tui::observe::view::{MIN_HEIGHT, MIN_WIDTH};

#[test]
fn every_size_renders_and_small_ones_say_so() {
    let (mut app, _) = scripted(Lang::En);
    // Frames drawn straight into the viewport's buffer: the backend diff is not what is tested here.
    let options = TerminalOptions {
        viewport: Viewport::Fixed(Rect::new(0, 0, 1, 1)),
    };
    let mut term = Terminal::with_options(TestBackend::new(160, 50), options).expect("terminal");
    for w in 1..=160u16 {
        for h in 1..=50u16 {
            term.resize(Rect::new(0, 0, w, h)).expect("resize");
            for pane in Pane::ALL {
                app.pane = pane;
                let mut frame = term.get_frame();
                render(&app, &mut frame);
            }
            let buf = term.current_buffer_mut();
            let first_line: String = (0..w).map(|x| buf[(x, 0)].symbol().to_string()).collect();
            if w < MIN_WIDTH || h < MIN_HEIGHT {
                let want = &"Terminal too small"[..usize::from(w).min(8)];
                assert!(first_line.starts_with(want), "{w}x{h}: {first_line:?}");
            } else {
                assert!(first_line.contains("F1"), "{w}x{h}: {first_line:?}");
            }
        }
    }
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

//! Screens at 80x24 and 160x50 as insta snapshots, and every size from 1x1 without a panic.

use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::{TerminalOptions, Viewport};

use super::*;
use crate::tui::washup::view::{MIN_HEIGHT, MIN_WIDTH};

#[test]
fn the_matrix_at_both_sizes_in_both_languages() {
    for (lang, name) in [(Lang::En, "en"), (Lang::Id, "id")] {
        for (w, h) in [(80, 24), (160, 50)] {
            let (mut app, _) = app(lang);
            type_keys(&mut app, "cbuilt on others");
            press(&mut app, KeyCode::Enter.into());
            press(&mut app, KeyCode::Down.into());
            insta::assert_snapshot!(format!("washup_{w}x{h}_{name}"), draw(&app, w, h));
        }
    }
}

#[test]
fn deciding_detail_and_help_at_80x24() {
    let (mut app, _) = app(Lang::En);
    type_keys(&mut app, "c");
    type_keys(&mut app, "A03 saw her build");
    insta::assert_snapshot!("washup_decide_80x24", draw(&app, 80, 24));
    press(&mut app, KeyCode::Esc.into());
    press(&mut app, KeyCode::Enter.into());
    insta::assert_snapshot!("washup_detail_80x24", draw(&app, 80, 24));
    press(&mut app, KeyCode::Esc.into());
    type_keys(&mut app, "?");
    let help = draw(&app, 80, 24);
    assert!(help.contains("set the cell's consensus"), "{help}");
}

#[test]
fn every_size_renders_and_small_ones_say_so() {
    let (mut app, _) = app(Lang::En);
    type_keys(&mut app, "c");
    let options = TerminalOptions {
        viewport: Viewport::Fixed(Rect::new(0, 0, 1, 1)),
    };
    let mut term = Terminal::with_options(TestBackend::new(160, 50), options).expect("terminal");
    for w in 1..=160u16 {
        for h in 1..=50u16 {
            term.resize(Rect::new(0, 0, w, h)).expect("resize");
            let mut frame = term.get_frame();
            render(&app, &mut frame);
            let buf = term.current_buffer_mut();
            let first: String = (0..w).map(|x| buf[(x, 0)].symbol().to_string()).collect();
            if w < MIN_WIDTH || h < MIN_HEIGHT {
                let want = &"Terminal too small"[..usize::from(w).min(8)];
                assert!(first.starts_with(want), "{w}x{h}: {first:?}");
            } else {
                assert!(first.contains("Wash-up"), "{w}x{h}: {first:?}");
            }
        }
    }
}

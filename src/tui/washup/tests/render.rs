//! Screens at 80x24 and 160x50 as insta snapshots, and every size from 1x1 without a panic.

use ratatui::crossterm::event::KeyCode;

use super::*;
use crate::tui::small::{MIN_HEIGHT, MIN_WIDTH};

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
    crate::tui::testing::every_size((MIN_WIDTH, MIN_HEIGHT), "Wash-up", |frame| {
        render(&app, frame)
    });
}

#[test]
fn on_a_too_small_terminal_the_wash_up_says_how_to_quit_and_what_the_last_key_did() {
    let (app, _) = app(Lang::Id);
    let screen = draw(&app, 40, 12);
    assert!(screen.contains("Layar terlalu kecil (40x12)"), "{screen}");
    let quit =
        crate::tui::washup::keymap::BINDINGS.key_of(&crate::tui::washup::Action::Quit, Lang::Id);
    let flat: String = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains(&format!("{quit} keluar")), "{screen}");
    // Where saving stands is on the message line, under the size message.
    assert!(screen.contains("tersimpan"), "{screen}");
}

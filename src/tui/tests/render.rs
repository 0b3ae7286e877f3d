//! Screens at 80x24 and 160x50 in both languages, kept as insta snapshots and reviewed by eye.

use ratatui::crossterm::event::KeyCode;

use super::*;
use crate::tui::Pane;

fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "id",
        Lang::En => "en",
    }
}

#[test]
fn every_pane_at_both_sizes_in_both_languages() {
    for lang in [Lang::Id, Lang::En] {
        for (w, h) in [(80, 24), (160, 50)] {
            for pane in Pane::ALL {
                let (mut app, _) = scripted(lang);
                app.pane = pane;
                let name = format!("{pane:?}_{w}x{h}_{}", lang_name(lang)).to_lowercase();
                insta::assert_snapshot!(name, draw(&app, w, h));
            }
        }
    }
}

#[test]
fn help_overlay_and_note_entry() {
    for lang in [Lang::Id, Lang::En] {
        let (mut app, _) = scripted(lang);
        press(&mut app, KeyCode::Char('?').into());
        insta::assert_snapshot!(
            format!("help_80x24_{}", lang_name(lang)),
            draw(&app, 80, 24)
        );
        press(&mut app, KeyCode::Esc.into());
        press(&mut app, KeyCode::Enter.into());
        insta::assert_snapshot!(
            format!("note_80x24_{}", lang_name(lang)),
            draw(&app, 80, 24)
        );
    }
}

#[test]
fn a_nudge_shows_for_covered_participants_left_uncoded() {
    let (app, clock) = scripted(Lang::En);
    clock.advance(300.0);
    let screen = draw(&app, 80, 24);
    let nudged: Vec<&str> = screen.lines().filter(|l| l.contains(" !")).collect();
    // Seats 1-5 are A01's; seats 6-10 are never nudged on A01's screen.
    assert!(nudged.iter().any(|l| l.contains("Fitri Lubis")), "{screen}");
    assert!(
        !nudged.iter().any(|l| l.contains("Wahyu Kusuma")),
        "{screen}"
    );
}

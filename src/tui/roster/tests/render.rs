//! The lead's editing screens at 80x24 and 160x50 in both languages, as insta snapshots.

use ratatui::crossterm::event::KeyCode;

use super::*;

pub(super) fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Id => "id",
        Lang::En => "en",
    }
}

#[test]
fn the_editing_pane_and_every_popup_at_both_sizes_in_both_languages() {
    // Each screen: the keys that open it from the pane.
    let screens: [(&str, &[KeyCode]); 5] = [
        ("pane", &[]),
        ("form", &[KeyCode::Char('e'), KeyCode::Down]),
        ("pick", &[KeyCode::Char('m'), KeyCode::Down, KeyCode::Enter]),
        ("remove", &[KeyCode::Char('d')]),
        ("balance", &[KeyCode::Char('b')]),
    ];
    for lang in [Lang::Id, Lang::En] {
        for (w, h) in [(80, 24), (160, 50)] {
            for (name, keys) in screens {
                let mut app = lead_app(lang);
                for k in keys.iter() {
                    press(&mut app, (*k).into());
                }
                let snap = format!("lead_{name}_{w}x{h}_{}", lang_name(lang));
                insta::assert_snapshot!(snap, draw(&app, w, h));
            }
        }
    }
}

#[test]
fn unbalanced_groups_and_thin_coverage_show_in_the_pane() {
    let mut app = lead_app(Lang::En);
    // Three people from G1 into G4: sizes 7 and 12, and G4's observers cannot cover everyone.
    for _ in 0..3 {
        press(&mut app, KeyCode::Char('m').into());
        for _ in 0..3 {
            press(&mut app, KeyCode::Down.into());
        }
        press(&mut app, KeyCode::Enter.into());
        press(&mut app, KeyCode::Enter.into());
        press(&mut app, KeyCode::Home.into());
    }
    crate::tui::roster::update::saved(&mut app, 3);
    let screen = draw(&app, 80, 24);
    assert!(screen.contains("✓ saved"), "{screen}");
    assert!(screen.contains("sizes differ by 5"), "{screen}");
    assert!(screen.contains("Short of observers: P02 (1)"), "{screen}");
    insta::assert_snapshot!("lead_unbalanced_80x24_en", screen);
    insta::assert_snapshot!("lead_unbalanced_160x50_en", draw(&app, 160, 50));
}

#[test]
fn the_day_files_warning_stays_above_the_roster_through_edits_in_both_languages() {
    for lang in [Lang::Id, Lang::En] {
        let mut app = lead_app(lang);
        {
            let lead = &mut app.lead;
            lead.day_files = Some(crate::tui::roster::DayFiles {
                count: 3,
                folder: "/data/tangsel-2026".into(),
            });
        }
        let warned = match lang {
            Lang::Id => "Sudah ada 3 berkas harian acara ini",
            Lang::En => "3 day file(s) of this event already exist",
        };
        let name = lang_name(lang);
        let screen = draw(&app, 80, 24);
        assert!(screen.contains(warned), "{screen}");
        insta::assert_snapshot!(format!("lead_day_files_80x24_{name}"), screen);
        insta::assert_snapshot!(format!("lead_day_files_160x50_{name}"), draw(&app, 160, 50));
        // An edit's own message does not replace it.
        press(&mut app, KeyCode::Char('m').into());
        press(&mut app, KeyCode::Enter.into());
        press(&mut app, KeyCode::Down.into());
        press(&mut app, KeyCode::Enter.into());
        let after = draw(&app, 80, 24);
        assert!(after.contains("P74"), "{after}");
        assert_ne!(app.status, None, "the edit said what it did");
        assert!(after.contains(warned), "{after}");
        // The smallest screen keeps one line of it.
        assert!(draw(&app, 60, 18).contains("⚠"));
    }
}

#[test]
fn every_size_of_the_editing_screens_renders() {
    use ratatui::backend::TestBackend;
    use ratatui::layout::Rect;
    use ratatui::{Terminal, TerminalOptions, Viewport};
    let options = TerminalOptions {
        viewport: Viewport::Fixed(Rect::new(0, 0, 1, 1)),
    };
    let mut term = Terminal::with_options(TestBackend::new(130, 50), options).expect("terminal");
    let opened: Vec<App> = [None, Some('e'), Some('m'), Some('d'), Some('b')]
        .into_iter()
        .map(|k| {
            let mut app = lead_app(Lang::Id);
            {
                let lead = &mut app.lead;
                lead.day_files = Some(crate::tui::roster::DayFiles {
                    count: 1,
                    folder: "/data/tangsel-2026".into(),
                });
            }
            if let Some(k) = k {
                press(&mut app, KeyCode::Char(k).into());
            }
            app
        })
        .collect();
    for w in (1..=130u16).step_by(3) {
        for h in 1..=50u16 {
            term.resize(Rect::new(0, 0, w, h)).expect("resize");
            for app in &opened {
                let mut frame = term.get_frame();
                render(app, &mut frame);
            }
        }
    }
}

#[test]
fn on_a_too_small_terminal_the_editor_says_what_the_last_key_did() {
    let mut app = lead_app(Lang::En);
    type_keys(&mut app, "u");
    let screen = draw(&app, 40, 12);
    assert!(screen.contains("Terminal too small (40x12)"), "{screen}");
    let flat: String = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("Nothing to undo."), "{screen}");
}

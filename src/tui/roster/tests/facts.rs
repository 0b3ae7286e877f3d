//! The event's cover facts from the roster editor: `i` opens a form of them, Enter saves the
//! changed ones as one undoable step, and a bad date keeps the form open on the dates.

use ratatui::crossterm::event::KeyCode;

use super::edit::{key, lead_event, saves, status_text};
use super::*;
use crate::tui::roster::app::{Overlay, Tone};
use crate::tui::roster::keymap::Mode;
use crate::tui::roster::{FormKind, Popup};

/// Empties the row under the cursor.
fn clear(app: &mut App) {
    let n = match &app.overlay {
        Overlay::Popup(Popup::Form(f)) => f.rows[f.cursor].value.chars().count(),
        _ => 0,
    };
    for _ in 0..n {
        press(app, key(KeyCode::Backspace));
    }
}

#[test]
fn i_opens_the_facts_and_enter_saves_them_as_one_step() {
    let mut app = lead_app(Lang::En);
    press(&mut app, key(KeyCode::Char('i')));
    assert_eq!(app.mode(), Mode::LeadForm);
    assert!(matches!(&app.overlay, Overlay::Popup(Popup::Form(f)) if f.kind == FormKind::Facts));
    let screen = draw(&app, 100, 30);
    for label in [
        "Event facts (report cover)",
        "Organisation",
        "Lead assessor",
        "Time zone",
    ] {
        assert!(screen.contains(label), "{label}: {screen}");
    }
    // Dates (second row): a bad one is refused and the cursor stays there.
    press(&mut app, key(KeyCode::Down));
    clear(&mut app);
    type_keys(&mut app, "2026-13-01");
    press(&mut app, key(KeyCode::Down));
    assert!(press(&mut app, key(KeyCode::Enter)).is_empty());
    assert!(matches!(&app.overlay, Overlay::Popup(Popup::Form(f)) if f.cursor == 1));
    let (msg, tone) = status_text(&app);
    assert_eq!(tone, Tone::Error);
    assert!(msg.contains("is not a date"), "{msg}");
    clear(&mut app);
    type_keys(&mut app, "2026-12-03, 2026-12-04");
    // Lead assessor (fifth row).
    for _ in 0..3 {
        press(&mut app, key(KeyCode::Down));
    }
    clear(&mut app);
    type_keys(&mut app, "Dra. Retno Wulandari");
    let fx = press(&mut app, key(KeyCode::Enter));
    let (_, ev) = &saves(&fx)[0];
    assert_eq!(ev.lead_assessor, "Dra. Retno Wulandari");
    assert_eq!(ev.dates.len(), 2);
    assert!(matches!(app.overlay, Overlay::None));
    let (msg, _) = status_text(&app);
    assert!(msg.starts_with("Event facts changed"), "{msg}");
    assert!(msg.contains("Lead assessor"), "{msg}");
    // One undo takes both back.
    let fx = type_keys(&mut app, "u");
    let (_, ev) = &saves(&fx)[0];
    assert_eq!(
        ev.lead_assessor,
        crate::catalog::demo_event().expect("demo").lead_assessor
    );
    assert_eq!(lead_event(&app), ev);
}

#[test]
fn the_facts_form_in_both_languages() {
    for (lang, name) in [(Lang::En, "en"), (Lang::Id, "id")] {
        let mut app = lead_app(lang);
        press(&mut app, key(KeyCode::Char('i')));
        insta::assert_snapshot!(format!("lead_facts_100x30_{name}"), draw(&app, 100, 30));
    }
}

//! Names holding control characters (newline, tab, NUL, U+202E) neither reach the terminal nor shift
//! a column: every pane at 80x24 and 120x40.

use std::cell::RefCell;

use ratatui::crossterm::event::KeyCode;

use super::*;
use crate::text::inert::acts_on_terminal;
use crate::tui::Pane;

/// The demo app with seat 1's participant and the observer renamed to hostile names.
fn hostile() -> App {
    let mut event = demo_event().expect("demo");
    let g1 = event.groups.iter().find(|g| g.id == "G1").expect("G1");
    let first = g1.seats.values().next().expect("seat 1").clone();
    for p in &mut event.participants {
        if p.id == first {
            p.name = "Ana\nBudi\tC\0D\u{202E}Evil".into();
        }
    }
    for o in &mut event.observers {
        if o.id == "A01" {
            o.name = "Andi\u{1b}[2J\u{202E}X".into();
        }
    }
    app_of(event, Lang::Id).0
}

/// The screen as the terminal gets it.
fn buffer(app: &App, w: u16, h: u16) -> ratatui::buffer::Buffer {
    crate::tui::shell::shown(w, h, |f| render(app, f))
        .buffer()
        .clone()
}

#[test]
fn hostile_names_reach_no_cell_and_keep_the_columns() {
    let mut app = hostile();
    for pane in [Pane::Observe, Pane::Score, Pane::Roster, Pane::Group] {
        while app.pane != pane {
            press(&mut app, KeyCode::Tab.into());
        }
        for (w, h) in [(80, 24), (120, 40)] {
            let buf = buffer(&app, w, h);
            for cell in &buf.content {
                assert!(
                    !cell.symbol().chars().any(acts_on_terminal),
                    "{pane:?} {w}x{h}: {:?}",
                    cell.symbol()
                );
            }
        }
    }
    // On Observe, seat 1's row lines up with seat 2's: the name is one line, each character one column.
    while app.pane != Pane::Observe {
        press(&mut app, KeyCode::Tab.into());
    }
    let screen = draw(&app, 80, 24);
    let rows: Vec<&str> = screen.lines().collect();
    let seat = |k: char| {
        rows.iter()
            .find(|r| r.chars().nth(2) == Some(k) && r.contains('%'))
            .copied()
            .unwrap_or_else(|| panic!("seat {k}:\n{screen}"))
    };
    let col = |r: &str| r.chars().position(|c| c == '%');
    assert_eq!(col(seat('1')), col(seat('2')), "{screen}");
    assert!(seat('1').contains("Ana Budi"), "{screen}");
}

#[test]
fn hostile_text_in_parts_kept_from_frame_to_frame_shows_as_drawn_from_nothing() {
    // Names short enough to be drawn as they are (not cut to one line where they are laid out),
    // in the header's kept rows: the screen holds them screened from the first frame on.
    let mut event = demo_event().expect("demo");
    event.name = "\u{FEFF}Asesmen\u{200B} \u{202E}LGD".into();
    for g in &mut event.groups {
        g.name = format!("\u{200E}{}", g.name);
    }
    let app = RefCell::new(app_of(event, Lang::Id).0);
    let keys = ["", "1", "p", "", "2"];
    for (w, h) in [(80, 24), (120, 40)] {
        crate::tui::shell::shown_in_turn(
            w,
            h,
            keys.len(),
            |i, f| {
                let mut app = app.borrow_mut();
                type_keys(&mut app, keys[i]);
                render(&app, f);
            },
            |i, shown| {
                let app = app.borrow();
                let fresh = buffer(&app, w, h);
                assert_eq!(shown.buffer(), &fresh, "after key {i} at {w}x{h}");
                for cell in &shown.buffer().content {
                    assert!(!cell.symbol().chars().any(acts_on_terminal), "{cell:?}");
                }
            },
        );
    }
}

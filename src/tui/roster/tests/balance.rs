//! The re-balance preview through the key table: the fewest moves by default, a key to a new
//! arrangement and back, each counted, Enter making the one shown, and "nothing to do" refused.

use ratatui::crossterm::event::KeyCode;

use super::edit::{key, lead_event, saves, status_text};
use super::render::lang_name;
use super::*;
use crate::model::Event;
use crate::setup::{Edit, Rules, Targets, apply};
use crate::tui::roster::app::{Overlay, Tone};
use crate::tui::roster::keymap::Mode;
use crate::tui::roster::{BalanceMode, Outcome, Popup, Preview};

/// The demo with the first two people of G1 removed: sizes 8, 10, 10 and 9s.
pub(super) fn two_left_g1() -> Event {
    let mut ev = demo_event().expect("demo");
    let rules = Rules::builtin(Targets::default());
    let gone: Vec<String> = ev.groups[0].seats.values().take(2).cloned().collect();
    for p in gone {
        ev = apply(&ev, &Edit::Remove { participant: p }, &rules).expect("removed");
    }
    ev
}

fn preview(app: &App) -> &Preview {
    match &app.overlay {
        Overlay::Popup(Popup::Balance(p)) => p,
        other => panic!("{other:?}"),
    }
}

fn moved(o: &Outcome) -> usize {
    match o {
        Outcome::Ready { moved, .. } => *moved,
        other => panic!("{other:?}"),
    }
}

#[test]
fn b_previews_the_fewest_moves_first_counting_both_and_enter_makes_it() {
    let ev = two_left_g1();
    let mut app = lead_app_with(ev.clone(), Lang::En);
    press(&mut app, key(KeyCode::Char('b')));
    assert_eq!(app.mode(), Mode::LeadBalance);
    let p = preview(&app);
    assert_eq!(p.mode, BalanceMode::FewestMoves);
    assert_eq!(moved(&p.fewest), 1);
    let anew = moved(&p.arranged);
    assert!(anew > 50, "{anew}");
    let screen = draw(&app, 100, 30);
    assert!(
        screen.contains("▸ Fewest moves: 1 of 73 people change group"),
        "{screen}"
    );
    assert!(
        screen.contains(&format!("New arrangement (seed 1): {anew} of 73")),
        "{screen}"
    );
    assert!(screen.contains("Moving: P30 G2→G1/1"), "{screen}");
    // Tab, Down, Up and Shift+Tab switch between the two; nothing is made meanwhile.
    for (k, mode) in [
        (KeyCode::Tab, BalanceMode::NewArrangement),
        (KeyCode::Tab, BalanceMode::FewestMoves),
        (KeyCode::Down, BalanceMode::NewArrangement),
        (KeyCode::Up, BalanceMode::FewestMoves),
        (KeyCode::BackTab, BalanceMode::NewArrangement),
        (KeyCode::BackTab, BalanceMode::FewestMoves),
    ] {
        assert!(press(&mut app, key(k)).is_empty());
        assert_eq!(preview(&app).mode, mode, "{k:?}");
    }
    assert_eq!(*lead_event(&app), ev);
    let fx = press(&mut app, key(KeyCode::Enter));
    let rules = Rules::builtin(Targets::default());
    let want = apply(&ev, &Edit::FewestMoves, &rules).expect("fewest");
    assert_eq!(saves(&fx), vec![(1, want)]);
    let (msg, tone) = status_text(&app);
    assert_eq!(tone, Tone::Ok);
    assert_eq!(
        msg,
        "Re-balanced with fewest moves: 1 person changed group (P30 → G1/1)"
    );
    assert_eq!(app.lead.seed, 1, "no seed used");
    // Balanced now: the next preview has nothing to do with fewest moves.
    press(&mut app, key(KeyCode::Char('b')));
    assert!(matches!(preview(&app).fewest, Outcome::Nothing(_)));
    press(&mut app, key(KeyCode::Esc));
    let fx = press(&mut app, key(KeyCode::Char('u')));
    assert_eq!(saves(&fx)[0].1, ev, "undone in one step");
    assert!(
        status_text(&app)
            .0
            .starts_with("↶ Undone: Re-balanced with fewest moves")
    );
}

#[test]
fn a_seed_key_chooses_the_new_arrangement_with_the_next_seed() {
    let ev = two_left_g1();
    let mut app = lead_app_with(ev.clone(), Lang::Id);
    press(&mut app, key(KeyCode::Char('b')));
    press(&mut app, key(KeyCode::Char('s')));
    let p = preview(&app);
    assert_eq!((p.mode, p.seed), (BalanceMode::NewArrangement, 2));
    assert_eq!(moved(&p.fewest), 1, "the fewest moves stay beside it");
    let screen = draw(&app, 100, 30);
    assert!(
        screen.contains("▸ Susunan baru (seed 2):") && screen.contains("orang pindah kelompok"),
        "{screen}"
    );
    assert!(screen.contains("  Pindah sesedikit mungkin: 1 dari 73 orang pindah kelompok"));
    let fx = press(&mut app, key(KeyCode::Enter));
    let rules = Rules::builtin(Targets::default());
    let want = apply(&ev, &Edit::Rebalance { seed: 2 }, &rules).expect("anew");
    assert_eq!(saves(&fx), vec![(1, want)]);
    assert_eq!(app.lead.seed, 3);
    assert!(
        status_text(&app)
            .0
            .starts_with("Kelompok diseimbangkan ulang (seed 2)")
    );
}

#[test]
fn balanced_groups_say_nothing_to_do_and_enter_changes_nothing_in_both_languages() {
    for (lang, said) in [
        (Lang::En, "The groups are balanced already"),
        (Lang::Id, "Kelompok sudah seimbang"),
    ] {
        let mut app = lead_app(lang);
        let before = lead_event(&app).clone();
        press(&mut app, key(KeyCode::Char('b')));
        let p = preview(&app);
        let Outcome::Nothing(why) = &p.fewest else {
            panic!("{:?}", p.fewest)
        };
        assert!(why.starts_with(said), "{why}");
        assert!(draw(&app, 80, 24).contains(&said[..20]));
        let fx = press(&mut app, key(KeyCode::Enter));
        assert!(saves(&fx).is_empty(), "no step, no save");
        let (msg, tone) = status_text(&app);
        assert_eq!(tone, Tone::Error);
        assert!(msg.starts_with(said), "{msg}");
        assert!(matches!(app.overlay, Overlay::None));
        let lead = &app.lead;
        assert_eq!(lead.editor.undo_depth(), 0);
        assert_eq!(*lead.editor.event(), before);
    }
}

#[test]
fn the_preview_in_both_modes_at_both_sizes_in_both_languages() {
    for lang in [Lang::Id, Lang::En] {
        for (w, h) in [(80, 24), (160, 50)] {
            for (name, keys) in [("fewest", &[][..]), ("new", &[KeyCode::Tab][..])] {
                let mut app = lead_app_with(two_left_g1(), lang);
                press(&mut app, key(KeyCode::Char('b')));
                for k in keys {
                    press(&mut app, key(*k));
                }
                let snap = format!("lead_balance_{name}_{w}x{h}_{}", lang_name(lang));
                insta::assert_snapshot!(snap, draw(&app, w, h));
            }
        }
    }
}

//! The lead's roster editing through the key table: keys to edits, each change asking the shell
//! to save the event file, refusals that keep the form open, undo and redo, failed saves.

use crate::text::Words;
use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::*;
use crate::model::Event;
use crate::setup::{Edit, Rules, Targets, apply};
use crate::text::observe::T;
use crate::text::roster::L;
use crate::tui::keys::matches_key;
use crate::tui::observe::keymap::Context;
use crate::tui::observe::{Action, Pane};
use crate::tui::roster::app::{Overlay, Status, Tone};
use crate::tui::roster::keymap::{self, BINDINGS, Mode};
use crate::tui::roster::update::{save_failed, saved, update};
use crate::tui::roster::{BalanceMode, FormKind, Popup};
use crate::tui::testing::shown;

pub(super) fn key(code: KeyCode) -> KeyEvent {
    code.into()
}

/// The events the effects ask to save, with their revisions.
pub(super) fn saves(fx: &[Effect]) -> Vec<(u64, Event)> {
    fx.iter()
        .filter_map(|e| match e {
            Effect::SaveEvent { rev, event } => Some((*rev, (**event).clone())),
            _ => None,
        })
        .collect()
}

pub(super) fn lead_event(app: &App) -> &Event {
    app.lead.editor.event()
}

fn selected_id(app: &App) -> String {
    let row = app.roster.selected_row().expect("row");
    app.event.participants[row.participant].id.clone()
}

pub(super) fn status_text(app: &App) -> (String, Tone) {
    match &app.status {
        Some(Status::Lead(s, t)) => (s.clone(), *t),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_move_picks_group_then_seat_asks_to_save_and_undo_redo_save_too() {
    let mut app = lead_app(Lang::En);
    let demo = lead_event(&app).clone();
    assert_eq!(selected_id(&app), "P74");
    press(&mut app, key(KeyCode::Char('m')));
    assert_eq!(app.mode(), Mode::LeadPick);
    for _ in 0..3 {
        press(&mut app, key(KeyCode::Down));
    }
    assert!(press(&mut app, key(KeyCode::Enter)).is_empty(), "G4 chosen");
    // The cursor starts on G4's first free seat, 10.
    let fx = press(&mut app, key(KeyCode::Enter));
    let saved = saves(&fx);
    assert_eq!(saved.len(), 1);
    let (rev, moved) = &saved[0];
    assert_eq!(*rev, 1);
    let g = moved.group_of("P74").expect("seated");
    assert_eq!((g.id.as_str(), g.seat_of("P74")), ("G4", Some(10)));
    assert_eq!(moved, lead_event(&app));
    assert_eq!(*app.event, *moved, "the pane shows the edited event");
    assert!(matches!(app.overlay, Overlay::None));
    let (msg, tone) = status_text(&app);
    assert_eq!(tone, Tone::Ok);
    assert!(
        msg.starts_with("Moved P74") && msg.contains("Kelompok 4 seat 10"),
        "{msg}"
    );
    assert_eq!(selected_id(&app), "P74", "the moved person stays selected");
    assert!(draw(&app, 100, 30).contains("G4/10"));

    let fx = press(&mut app, key(KeyCode::Char('u')));
    assert_eq!(
        saves(&fx),
        vec![(2, demo.clone())],
        "undo restores exactly, and saves"
    );
    assert!(status_text(&app).0.starts_with("↶ Undone: Moved P74"));
    let fx = press(&mut app, ctrl('y'));
    assert_eq!(saves(&fx), vec![(3, moved.clone())]);
    let fx = press(&mut app, ctrl('z'));
    assert_eq!(saves(&fx)[0].1, demo);
    assert!(press(&mut app, ctrl('z')).is_empty());
    assert_eq!(app.status, Some(Status::Text(T::Lead(L::MNothingToUndo))));
}

#[test]
fn a_taken_seat_swaps_and_esc_goes_back_then_out() {
    let mut app = lead_app(Lang::En);
    press(&mut app, key(KeyCode::Char('m')));
    press(&mut app, key(KeyCode::Down));
    press(&mut app, key(KeyCode::Enter));
    press(&mut app, key(KeyCode::Esc));
    assert!(matches!(
        &app.overlay,
        Overlay::Popup(Popup::Pick(p)) if p.cursor == 1
    ));
    press(&mut app, key(KeyCode::Enter));
    for _ in 0..20 {
        press(&mut app, key(KeyCode::Up));
    }
    let fx = press(&mut app, key(KeyCode::Enter));
    let ev = &saves(&fx)[0].1;
    assert_eq!(ev.group("G2").expect("G2").at_seat(1), Some("P74"));
    assert_eq!(ev.group("G1").expect("G1").at_seat(1), Some("P29"));
    assert!(status_text(&app).0.starts_with("Swapped P74"));
    press(&mut app, key(KeyCode::Char('m')));
    press(&mut app, key(KeyCode::Esc));
    assert!(matches!(app.overlay, Overlay::None));
}

#[test]
fn the_form_saves_changed_fields_as_one_step_and_stays_open_on_a_refusal() {
    let mut app = lead_app(Lang::Id);
    press(&mut app, key(KeyCode::Char('e')));
    assert_eq!(app.mode(), Mode::LeadForm);
    press(&mut app, key(KeyCode::Down));
    type_keys(&mut app, "x");
    assert!(press(&mut app, key(KeyCode::Enter)).is_empty());
    assert!(matches!(&app.overlay, Overlay::Popup(Popup::Form(f)) if f.cursor == 1));
    let (msg, tone) = status_text(&app);
    assert_eq!(tone, Tone::Error);
    assert!(msg.starts_with("NIP hanya boleh angka"), "{msg}");
    press(&mut app, key(KeyCode::Backspace));
    press(&mut app, key(KeyCode::Tab));
    press(&mut app, key(KeyCode::Tab));
    type_keys(&mut app, " Baru");
    press(&mut app, key(KeyCode::Tab));
    for _ in 0..3 {
        press(&mut app, key(KeyCode::Backspace));
    }
    type_keys(&mut app, "L");
    let fx = press(&mut app, key(KeyCode::Enter));
    let (_, ev) = &saves(&fx)[0];
    let p = ev.participant("P74").expect("P74");
    assert!(p.unit.ends_with(" Baru"), "{}", p.unit);
    assert_eq!(p.gender, Some(crate::model::Gender::L));
    assert!(status_text(&app).0.starts_with("Diubah P74"));
    assert_eq!(app.lead.editor.undo_depth(), 1);
    // Opening and saving the form unchanged changes nothing and saves nothing.
    press(&mut app, key(KeyCode::Char('e')));
    assert!(press(&mut app, key(KeyCode::Enter)).is_empty());
    assert_eq!(app.status, Some(Status::Text(T::Lead(L::MNothingChanged))));
    // Esc leaves without a word left over from the form.
    press(&mut app, key(KeyCode::Char('e')));
    type_keys(&mut app, "q");
    press(&mut app, key(KeyCode::Esc));
    assert!(matches!(app.overlay, Overlay::None));
    assert_eq!(app.status, None);
}

#[test]
fn adding_seats_the_newcomer_and_removing_asks_first() {
    let mut app = lead_app(Lang::En);
    press(&mut app, key(KeyCode::Char('a')));
    assert!(matches!(&app.overlay, Overlay::Popup(Popup::Form(f)) if f.kind == FormKind::Add));
    assert!(press(&mut app, key(KeyCode::Enter)).is_empty(), "no name");
    assert!(status_text(&app).0.contains("needs a name"));
    type_keys(&mut app, "Rina Wati");
    let fx = press(&mut app, key(KeyCode::Enter));
    let ev = &saves(&fx)[0].1;
    assert_eq!(ev.participants.len(), 76);
    assert_eq!(ev.group_of("P76").map(|g| g.id.as_str()), Some("G4"));
    assert_eq!(selected_id(&app), "P76");

    press(&mut app, key(KeyCode::Char('d')));
    assert_eq!(app.mode(), Mode::LeadConfirm);
    assert!(press(&mut app, key(KeyCode::Char('n'))).is_empty());
    press(&mut app, key(KeyCode::Delete));
    let fx = press(&mut app, key(KeyCode::Char('y')));
    let ev = &saves(&fx)[0].1;
    assert!(ev.participant("P76").is_none());
    assert_eq!(ev.participants.len(), 75);
    let fx = press(&mut app, key(KeyCode::Char('u')));
    assert!(saves(&fx)[0].1.participant("P76").is_some());
    assert_eq!(
        selected_id(&app),
        "P76",
        "undoing a removal shows them again"
    );
    // Removed again, P76 is not given to the next person added: it is in this session's history.
    press(&mut app, key(KeyCode::Char('d')));
    press(&mut app, key(KeyCode::Char('y')));
    press(&mut app, key(KeyCode::Char('a')));
    type_keys(&mut app, "Dewi");
    let fx = press(&mut app, key(KeyCode::Enter));
    let ev = &saves(&fx)[0].1;
    assert!(ev.participant("P76").is_none());
    assert_eq!(ev.participant("P77").map(|p| p.name.as_str()), Some("Dewi"));
}

#[test]
fn rebalancing_previews_each_seed_and_applies_the_one_shown() {
    let mut app = lead_app(Lang::En);
    press(&mut app, key(KeyCode::Char('b')));
    assert!(matches!(
        &app.overlay,
        Overlay::Popup(Popup::Balance(p)) if p.seed == 1 && p.mode == BalanceMode::FewestMoves
    ));
    press(&mut app, key(KeyCode::Char('s')));
    press(&mut app, key(KeyCode::Right));
    press(&mut app, key(KeyCode::Left));
    assert!(matches!(
        &app.overlay,
        Overlay::Popup(Popup::Balance(p)) if p.seed == 2 && p.mode == BalanceMode::NewArrangement
    ));
    assert!(draw(&app, 80, 24).contains("seed 2"));
    let before = lead_event(&app).clone();
    let fx = press(&mut app, key(KeyCode::Enter));
    let rules = Rules::builtin(Targets::default());
    let want = apply(&before, &Edit::Rebalance { seed: 2 }, &rules).expect("rebalance");
    assert_eq!(saves(&fx), vec![(1, want)]);
    assert_eq!(app.lead.seed, 3);
    assert!(
        status_text(&app)
            .0
            .starts_with("Groups re-balanced (seed 2)")
    );
}

#[test]
fn a_failed_save_keeps_the_change_shows_why_and_can_be_retried() {
    let mut app = lead_app(Lang::En);
    let fx = type_keys(&mut app, "mjj");
    assert!(fx.is_empty());
    press(&mut app, key(KeyCode::Enter));
    let fx = press(&mut app, key(KeyCode::Enter));
    let (rev, edited) = saves(&fx).remove(0);
    assert!(draw(&app, 100, 30).contains("… saving"));
    save_failed(&mut app, rev, "No space left on device".into());
    let lead = &app.lead;
    assert!(!lead.is_saved());
    assert_eq!(*lead.editor.event(), edited, "the change is kept in memory");
    let screen = draw(&app, 100, 30);
    assert!(screen.contains("✗ NOT SAVED"), "{screen}");
    assert!(
        screen.contains("SAVE FAILED: No space left on device"),
        "{screen}"
    );
    let fx = press(&mut app, ctrl('s'));
    assert_eq!(saves(&fx), vec![(rev, edited)]);
    saved(&mut app, rev);
    assert!(app.lead.is_saved());
    assert!(draw(&app, 100, 30).contains("✓ saved"));
    press(&mut app, ctrl('s'));
    assert_eq!(app.status, Some(Status::Text(T::Lead(L::MAllSaved))));
    assert_eq!(press(&mut app, ctrl('q')), vec![Effect::Quit]);
    update(&mut app, Action::QuitFailed("disk gone".into()));
    assert!(draw(&app, 160, 30).contains("Not quitting: the event file could not be saved"));
}

#[test]
fn the_lead_sees_only_the_roster_and_its_keys_from_the_key_table() {
    for lang in [Lang::Id, Lang::En] {
        let mut app = lead_app(lang);
        assert!(press(&mut app, key(KeyCode::Tab)).is_empty());
        assert!(press(&mut app, key(KeyCode::F(3))).is_empty());
        assert_eq!(app.mode(), Mode::Lead, "no pane to switch to");
        let hints = draw(&app, 200, 30);
        press(&mut app, key(KeyCode::Char('?')));
        let help = draw(&app, 200, 60);
        shown(keymap::bindings_for(Mode::Lead), lang, &help, &hints);
        press(&mut app, key(KeyCode::Esc));
        assert_eq!(app.mode(), Mode::Lead);
        for (open, mode) in [
            ('e', Mode::LeadForm),
            ('m', Mode::LeadPick),
            ('d', Mode::LeadConfirm),
            ('b', Mode::LeadBalance),
        ] {
            press(&mut app, key(KeyCode::Char(open)));
            assert_eq!(app.mode(), mode);
            let screen = draw(&app, 200, 40);
            for b in keymap::bindings_for(mode) {
                if let Some(h) = b.hint {
                    assert!(screen.contains(h.get(lang)), "{h:?} missing in {mode:?}");
                }
            }
            press(&mut app, key(KeyCode::Esc));
            press(&mut app, key(KeyCode::Esc));
            assert_eq!(app.mode(), Mode::Lead);
        }
    }
}

#[test]
fn the_lead_contexts_bind_each_key_once() {
    for mode in [
        Mode::Help,
        Mode::Filter,
        Mode::Lead,
        Mode::LeadForm,
        Mode::LeadPick,
        Mode::LeadConfirm,
        Mode::LeadBalance,
    ] {
        let contexts = keymap::contexts_for(mode);
        for ctx in contexts {
            crate::tui::testing::bound_once(&BINDINGS, ctx);
        }
        // The editing keys must not be shadowed by the roster's own keys, nor shadow them.
        if mode == Mode::Lead {
            for c in ['m', 'e', 'a', 'd', 'b', 'u', '/', 's', 'r', 'j', 'k'] {
                let in_lead = BINDINGS
                    .iter()
                    .filter(|b| b.context == Context::Lead)
                    .any(|b| {
                        b.keys
                            .iter()
                            .any(|bk| matches_key(*bk, key(KeyCode::Char(c))))
                    });
                let in_roster = BINDINGS
                    .iter()
                    .filter(|b| b.context == Context::Pane(Pane::Roster))
                    .any(|b| {
                        b.keys
                            .iter()
                            .any(|bk| matches_key(*bk, key(KeyCode::Char(c))))
                    });
                assert!(
                    !(in_lead && in_roster),
                    "{c} is both an edit and a roster key"
                );
            }
        }
    }
}

//! Keys to state and effects through the key table, with no terminal.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::*;
use crate::model::{Change, Lang};
use crate::session::{Chord, Notice};
use crate::store::Reply;
use crate::tui::observe::action::Action;
use crate::tui::observe::app::{Overlay, Status};
use crate::tui::observe::keymap::{self, Mode};
use crate::tui::testing::shown;
use crate::tui::{Pane, update};

fn key(code: KeyCode) -> KeyEvent {
    code.into()
}

#[test]
fn seat_and_letter_keys_code_and_persist_each_change() {
    let (mut app, _) = app(Lang::En);
    let fx = type_keys(&mut app, "1p");
    let ch = changes(&fx);
    assert!(matches!(ch[0], Change::FloorTaken { participant, .. } if participant == "P74"));
    assert!(matches!(ch[1], Change::ActCoded { act } if act.code == "PROP" && act.floor));
    assert_eq!(app.save.sent, 2);
    assert!(app.dirty);
    // Same digit again: the floor stays, and the screen says so. Space is silence.
    let fx = type_keys(&mut app, "1");
    assert!(changes(&fx).is_empty());
    assert!(draw(&app, 80, 24).contains("still has the floor"));
    type_keys(&mut app, "2");
    let fx = press(&mut app, key(KeyCode::Char(' ')));
    assert!(matches!(changes(&fx)[0], Change::FloorReleased { .. }));
}

#[test]
fn a_letter_with_nobody_speaking_says_so_and_records_nothing() {
    let (mut app, _) = app(Lang::Id);
    let fx = type_keys(&mut app, "p");
    assert!(fx.is_empty());
    assert_eq!(app.status, Some(Status::Notice(Notice::NoFloor)));
    let screen = draw(&app, 80, 24);
    assert!(screen.contains("tekan angka kursi dulu"), "{screen}");
}

#[test]
fn caps_lock_still_codes() {
    let (mut app, _) = app(Lang::En);
    let fx = type_keys(&mut app, "1P");
    assert!(matches!(changes(&fx)[1], Change::ActCoded { act } if act.code == "PROP"));
}

#[test]
fn dot_prefix_target_seat_and_esc_follow_the_grammar() {
    let (mut app, _) = app(Lang::En);
    type_keys(&mut app, "1.3");
    assert!(matches!(app.session.chord(), Chord::Picked { .. }));
    let screen = draw(&app, 80, 24);
    assert!(
        screen.contains("press a code (no floor)"),
        "pending chord shown:\n{screen}"
    );
    let fx = type_keys(&mut app, "b");
    assert!(fx.is_empty());
    assert!(draw(&app, 80, 24).contains("target seat?"));
    let fx = type_keys(&mut app, "1");
    assert!(matches!(changes(&fx)[0], Change::ActCoded { act }
        if act.participant == "P48" && act.target.as_deref() == Some("P74") && !act.floor));
    type_keys(&mut app, "k");
    press(&mut app, key(KeyCode::Esc));
    assert_eq!(app.session.chord(), Chord::Idle);
    assert_eq!(app.status, Some(Status::Notice(Notice::Cancelled)));
}

#[test]
fn backspace_retracts_and_ctrl_r_or_ctrl_y_restore() {
    let (mut app, _) = app(Lang::En);
    type_keys(&mut app, "1pf");
    let fx = press(&mut app, key(KeyCode::Backspace));
    assert!(matches!(changes(&fx)[0], Change::ActRetracted { id } if id.ends_with("-2")));
    let fx = press(&mut app, key(KeyCode::Backspace));
    assert!(matches!(changes(&fx)[0], Change::ActRetracted { id } if id.ends_with("-1")));
    let fx = press(&mut app, ctrl('r'));
    assert!(matches!(changes(&fx)[0], Change::ActRestored { id } if id.ends_with("-1")));
    let fx = press(&mut app, ctrl('y'));
    assert!(matches!(changes(&fx)[0], Change::ActRestored { id } if id.ends_with("-2")));
    assert_eq!(app.session.live_count(), 2);
}

#[test]
fn enter_types_a_note_for_the_last_act() {
    let (mut app, _) = app(Lang::En);
    press(&mut app, key(KeyCode::Enter));
    assert_eq!(app.status, Some(Status::Notice(Notice::NothingToNote)));
    type_keys(&mut app, "1p");
    press(&mut app, key(KeyCode::Enter));
    assert!(matches!(app.overlay, Overlay::Note { .. }));
    // Letters and digits are text now, not codes.
    let fx = type_keys(&mut app, "cites 2 facts");
    assert!(fx.is_empty());
    press(&mut app, key(KeyCode::Backspace));
    let fx = press(&mut app, key(KeyCode::Enter));
    assert!(matches!(changes(&fx)[0], Change::ActNoted { note, .. } if note == "cites 2 fact"));
    assert!(matches!(app.overlay, Overlay::None));
    // Esc leaves without saving.
    press(&mut app, key(KeyCode::Enter));
    type_keys(&mut app, "x");
    assert!(press(&mut app, key(KeyCode::Esc)).is_empty());
    assert_eq!(
        app.session.record().acts[0].note.as_deref(),
        Some("cites 2 fact")
    );
}

#[test]
fn a_double_press_is_kept_and_flagged_on_screen() {
    let (mut app, _) = app(Lang::En);
    next_phase(&mut app);
    next_phase(&mut app);
    let fx = type_keys(&mut app, "1pp");
    assert_eq!(changes(&fx).len(), 3);
    assert_eq!(app.status, Some(Status::Notice(Notice::Duplicate(1))));
    let screen = draw(&app, 80, 24);
    assert!(screen.contains("PROP‼"), "{screen}");
    assert!(
        screen.contains("Same as the act just before, flagged"),
        "{screen}"
    );
}

#[test]
fn panes_switch_with_tab_shift_tab_and_f_keys_and_leaving_observe_snapshots() {
    let (mut app, _) = app(Lang::En);
    assert_eq!(app.pane, Pane::Observe);
    assert!(
        press(&mut app, key(KeyCode::Tab)).is_empty(),
        "nothing to save yet"
    );
    assert_eq!(app.pane, Pane::Score);
    press(&mut app, key(KeyCode::Tab));
    assert_eq!(app.pane, Pane::Roster);
    press(
        &mut app,
        KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT),
    );
    assert_eq!(app.pane, Pane::Score);
    press(
        &mut app,
        KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT),
    );
    assert_eq!(app.pane, Pane::Observe);
    type_keys(&mut app, "1p");
    let fx = press(&mut app, key(KeyCode::F(2)));
    assert_eq!(app.pane, Pane::Group);
    assert_eq!(fx, vec![Effect::Snapshot]);
    assert!(!app.dirty);
    press(&mut app, key(KeyCode::F(9)));
    assert_eq!(app.pane, Pane::Group, "no pane on F9");
    // Seat keys do not code outside the Observe pane.
    press(&mut app, key(KeyCode::F(1)));
    assert!(type_keys(&mut app, "2").is_empty());
}

#[test]
fn ctrl_q_and_ctrl_c_save_first_and_a_failed_save_keeps_the_app_open() {
    let (mut app, _) = app(Lang::En);
    type_keys(&mut app, "1p");
    press(&mut app, key(KeyCode::Enter));
    type_keys(&mut app, "unsaved note");
    let fx = press(&mut app, ctrl('q'));
    assert!(matches!(changes(&fx)[0], Change::ActNoted { note, .. } if note == "unsaved note"));
    assert_eq!(fx.last(), Some(&Effect::Quit));
    assert!(app.quitting);
    update(&mut app, Action::QuitFailed("disk full".into()));
    assert!(!app.quitting);
    let screen = draw(&app, 100, 30);
    assert!(
        screen.contains("Not quitting, your work is in memory") && screen.contains("disk full"),
        "{screen}"
    );
    assert_eq!(press(&mut app, ctrl('c')), vec![Effect::Quit]);
    assert_eq!(update(&mut app, Action::Terminate), vec![Effect::Exit]);
}

#[test]
fn writer_replies_drive_the_save_state() {
    let (mut app, _) = app(Lang::En);
    type_keys(&mut app, "1pf");
    assert_eq!(app.save.pending(), 3);
    assert!(draw(&app, 80, 24).contains("… saving (3)"));
    update(&mut app, Action::Store(Reply::Saved(3)));
    assert!(draw(&app, 80, 24).contains("✓ saved"));
    type_keys(&mut app, "a");
    update(
        &mut app,
        Action::Store(Reply::Failed(4, super::disk_full())),
    );
    let screen = draw(&app, 80, 24);
    assert!(screen.contains("✗ SAVE FAILED: disk full"), "{screen}");
    assert!(
        screen.contains("Disk full: changes are not saved yet and stay in memory"),
        "{screen}"
    );
    update(&mut app, Action::Store(Reply::Saved(4)));
    assert!(app.save.failed.is_none());
    assert!(draw(&app, 80, 24).contains("✓ saved"));
}

#[test]
fn a_snapshot_is_asked_for_every_minute_while_there_are_changes() {
    let (mut app, clock) = app(Lang::En);
    clock.advance(120.0);
    assert!(
        update(&mut app, Action::Tick).is_empty(),
        "clean: nothing to snapshot"
    );
    type_keys(&mut app, "1p");
    assert_eq!(
        update(&mut app, Action::Tick),
        vec![Effect::Snapshot],
        "a minute has passed"
    );
    type_keys(&mut app, "f");
    clock.advance(30.0);
    assert!(
        update(&mut app, Action::Tick).is_empty(),
        "not a minute since the last one"
    );
    clock.advance(31.0);
    assert_eq!(update(&mut app, Action::Tick), vec![Effect::Snapshot]);
    assert!(update(&mut app, Action::Tick).is_empty(), "clean again");
}

#[test]
fn phase_keys_start_pause_and_advance_from_any_pane() {
    let (mut app, _) = app(Lang::En);
    let fx = press(&mut app, ctrl('p'));
    assert!(matches!(changes(&fx)[0], Change::PhaseStarted { phase, .. } if phase == "read"));
    let fx = press(&mut app, ctrl('p'));
    assert!(matches!(changes(&fx)[0], Change::PhasePaused { .. }));
    press(&mut app, key(KeyCode::F(2)));
    // The Group pane's letters ask first; Enter says yes.
    assert!(type_keys(&mut app, "s").is_empty());
    let fx = press(&mut app, key(KeyCode::Enter));
    assert!(matches!(changes(&fx)[0], Change::PhaseStarted { phase, .. } if phase == "read"));
    assert!(type_keys(&mut app, "n").is_empty());
    let fx = press(&mut app, key(KeyCode::Enter));
    assert!(matches!(changes(&fx)[0], Change::PhaseStarted { phase, .. } if phase == "discuss"));
    // The discussion is coded now: Ctrl+P, a chord, pauses from any pane.
    let fx = press(&mut app, ctrl('p'));
    assert!(matches!(changes(&fx)[0], Change::PhasePaused { .. }));
}

#[test]
fn roster_filters_as_you_type_ignoring_case_and_accents_and_sorts() {
    let (mut app, _) = app(Lang::En);
    press(&mut app, key(KeyCode::F(1)));
    type_keys(&mut app, "/");
    assert!(matches!(app.overlay, Overlay::Filter));
    type_keys(&mut app, "FÍTRI lubis");
    assert_eq!(app.roster.view.len(), 1);
    let first = app.roster.selected_row().expect("a row");
    assert_eq!(app.event.participants[first.participant].id, "P74");
    press(&mut app, key(KeyCode::Enter));
    assert!(matches!(app.overlay, Overlay::None));
    assert_eq!(app.roster.filter, "FÍTRI lubis", "Enter keeps the filter");
    press(&mut app, key(KeyCode::Esc));
    assert_eq!(app.roster.view.len(), 75);
    type_keys(&mut app, "s");
    assert_eq!(
        app.roster.sort,
        crate::tui::observe::roster::Column::Observers
    );
    type_keys(&mut app, "ss");
    assert_eq!(app.roster.sort, crate::tui::observe::roster::Column::Name);
    let name = |app: &App, pos| {
        let r = app.roster.row(pos).expect("row");
        app.event.participants[r.participant].name.clone()
    };
    let (a, b) = (name(&app, 0), name(&app, 1));
    assert!(crate::tui::observe::roster::fold(&a) <= crate::tui::observe::roster::fold(&b));
    type_keys(&mut app, "r");
    assert!(
        crate::tui::observe::roster::fold(&name(&app, 0))
            >= crate::tui::observe::roster::fold(&name(&app, 1))
    );
    press(&mut app, key(KeyCode::Down));
    assert_eq!(app.roster.selected, 1);
    press(&mut app, key(KeyCode::End));
    assert_eq!(app.roster.selected, 74);
}

#[test]
fn group_pane_edits_the_mission_and_notes_only_for_the_observed_group() {
    let (mut app, _) = app(Lang::En);
    press(&mut app, key(KeyCode::F(2)));
    press(&mut app, key(KeyCode::Down));
    assert_eq!(app.event.groups[app.group_selected].id, "G2");
    type_keys(&mut app, "m");
    assert!(
        matches!(app.overlay, Overlay::None),
        "another group is read-only"
    );
    assert!(draw(&app, 100, 30).contains("Read-only"));
    press(&mut app, key(KeyCode::Up));
    type_keys(&mut app, "m");
    assert!(matches!(app.overlay, Overlay::Mission(_)));
    // In the editor every key is text, even seat digits and code letters.
    assert!(type_keys(&mut app, "Misi 1").is_empty());
    press(&mut app, key(KeyCode::Enter));
    type_keys(&mut app, "cerdas");
    let fx = press(&mut app, key(KeyCode::Esc));
    assert!(
        matches!(changes(&fx)[0], Change::GroupOutputSet { text, .. } if text == "Misi 1\ncerdas")
    );
    type_keys(&mut app, "c");
    type_keys(&mut app, "quick consensus");
    let fx = press(&mut app, key(KeyCode::Enter));
    assert!(
        matches!(changes(&fx)[0], Change::GroupNoteAdded { text, .. } if text == "quick consensus")
    );
    let screen = draw(&app, 100, 30);
    assert!(
        screen.contains("quick consensus") && screen.contains("cerdas"),
        "{screen}"
    );
}

#[test]
fn help_and_hint_bar_come_from_the_key_table() {
    for lang in [Lang::Id, Lang::En] {
        for pane in Pane::ALL {
            let (mut app, _) = app(lang);
            app.pane = pane;
            let hints = draw(&app, 200, 30);
            press(&mut app, KeyCode::Char('?').into());
            assert!(matches!(app.overlay, Overlay::Help(_)));
            let help = draw(&app, 200, 60);
            shown(
                keymap::bindings_for(Mode::Normal, pane),
                lang,
                &help,
                &hints,
            );
            press(&mut app, key(KeyCode::Esc));
            assert!(matches!(app.overlay, Overlay::None));
        }
    }
}

/// The hint bar is kept between frames (it changes only with the mode, the pane and the
/// language): each of those changing on one app changes the bar drawn next.
#[test]
fn the_kept_hint_bar_follows_the_mode_the_pane_and_the_language() {
    let (mut app, _) = app(Lang::En);
    let bar = |app: &App| {
        let screen = draw(app, 200, 30);
        screen.lines().rev().take(2).collect::<Vec<_>>().join("\n")
    };
    let fresh = |app: &App| {
        let entries = crate::tui::observe::view::hints::hint_entries(app);
        entries.iter().map(|e| e.1).collect::<Vec<_>>()
    };
    let mut seen = Vec::new();
    for step in 0..6 {
        match step {
            1 => {
                press(&mut app, KeyCode::Char('?').into());
            }
            2 => {
                press(&mut app, key(KeyCode::Esc));
            }
            3 => app.pane = Pane::Group,
            4 => app.lang = Lang::Id,
            5 => app.pane = Pane::Score,
            _ => {}
        }
        let shown = bar(&app);
        for hint in fresh(&app) {
            assert!(
                shown.contains(hint),
                "step {step}: {hint:?} missing from\n{shown}"
            );
        }
        seen.push(shown);
    }
    assert_ne!(seen[0], seen[1], "help's hints");
    assert_eq!(seen[0], seen[2], "back to the pane's");
    assert_ne!(seen[2], seen[3], "another pane");
    assert_ne!(seen[3], seen[4], "another language");
}

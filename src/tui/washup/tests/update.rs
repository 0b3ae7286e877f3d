//! Keys to state and effects, with no terminal.

use ratatui::crossterm::event::KeyCode;

use super::*;
use crate::consolidate::washup::{WashupChange, encode, replay};
use crate::consolidate::{FinalSource, refresh};
use crate::model::Settings;
use crate::store::Reply;
use crate::text::washup::W;
use crate::tui::washup::Action;
use crate::tui::washup::app::{Overlay, Sort, Status};

fn entries(fx: &[Effect]) -> Vec<crate::consolidate::washup::WashupEntry> {
    fx.iter()
        .filter_map(|e| match e {
            Effect::Persist(x) => Some(x.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn arrows_move_over_the_matrix_and_stop_at_its_edges() {
    let (mut app, _) = app(Lang::En);
    press(&mut app, KeyCode::Down.into());
    press(&mut app, KeyCode::Right.into());
    press(&mut app, KeyCode::Right.into());
    assert_eq!((app.row, app.col), (1, 2));
    for _ in 0..20 {
        press(&mut app, KeyCode::Left.into());
        press(&mut app, KeyCode::Up.into());
    }
    assert_eq!((app.row, app.col), (0, 0));
    press(&mut app, KeyCode::End.into());
    assert_eq!(app.row, app.rows.len() - 1);
    let sel = app.selected().expect("cell");
    assert_eq!(sel.competency, "M.2");
}

#[test]
fn sorting_by_spread_and_by_flags_keeps_the_selection() {
    let (mut app, _) = app(Lang::En);
    press(&mut app, KeyCode::Down.into()); // P10
    let chosen = app.participant_at(app.row).expect("p").person.id.clone();
    type_keys(&mut app, "s");
    assert_eq!(app.sort, Sort::Spread);
    // P24 has a 3-point spread on M.7, the widest.
    assert_eq!(app.participant_at(0).expect("p").person.id, "P24");
    assert_eq!(app.participant_at(app.row).expect("p").person.id, chosen);
    type_keys(&mut app, "s");
    assert_eq!(app.sort, Sort::Flags);
    // P74 and P48 have two cells in disagreement each; ties keep seat order.
    assert_eq!(app.participant_at(0).expect("p").person.id, "P74");
    assert_eq!(app.participant_at(1).expect("p").person.id, "P48");
    type_keys(&mut app, "s");
    assert_eq!(app.sort, Sort::Seat);
    assert_eq!(app.participant_at(0).expect("p").person.id, "P74");
}

#[test]
fn a_consensus_needs_a_reason_and_records_who_when_and_why() {
    let (mut app, clock) = app(Lang::En);
    // P74 on M.2: A01 2, A03 4, proposed 3.
    let jpm_before = app.c.results[0].jpm;
    let fx = type_keys(&mut app, "c");
    assert!(fx.is_empty());
    let Overlay::Decide(d) = &app.overlay else {
        panic!("deciding");
    };
    assert_eq!(d.level, 3.0, "starts at the proposed level");
    let fx = press(&mut app, KeyCode::Enter.into());
    assert!(fx.is_empty(), "no reason, nothing recorded");
    assert_eq!(app.status, Some(Status::Text(W::ReasonNeeded)));
    assert!(matches!(app.overlay, Overlay::Decide(_)));
    press(&mut app, KeyCode::Down.into());
    type_keys(&mut app, "both saw 2?");
    let fx = press(&mut app, KeyCode::Enter.into());
    assert_eq!(fx.len(), 2);
    assert_eq!(fx[1], Effect::Snapshot);
    let e = &entries(&fx)[0];
    assert_eq!(e.seq, 1);
    let want = WashupChange::Consensus {
        participant: "P74".into(),
        competency: "M.2".into(),
        level: Some(2.0),
        reason: "both saw 2?".into(),
        by: "LEAD".into(),
        at: clock.now(),
    };
    assert_eq!(e.change, want);
    let cell = app.selected().expect("cell");
    assert_eq!(cell.final_level, Some(2.0));
    assert_eq!(cell.final_source, FinalSource::Consensus);
    let originals: Vec<Option<f64>> = cell.ratings.iter().map(|r| r.score.level()).collect();
    assert_eq!(
        originals,
        vec![Some(2.0), Some(4.0)],
        "originals never change"
    );
    assert_eq!(app.overlay, Overlay::None);
    assert_ne!(app.c.results[0].jpm, jpm_before, "JPM follows live");
    assert_eq!(app.save.sent, 1);
}

#[test]
fn a_consensus_can_be_withdrawn_and_both_decisions_are_kept() {
    let (mut app, _) = app(Lang::En);
    type_keys(&mut app, "c");
    type_keys(&mut app, "agreed");
    press(&mut app, KeyCode::Enter.into());
    type_keys(&mut app, "c");
    let fx = press(&mut app, ctrl('d'));
    assert!(fx.is_empty(), "withdrawing needs a reason too");
    type_keys(&mut app, "recheck the video");
    let fx = press(&mut app, ctrl('d'));
    assert_eq!(entries(&fx)[0].seq, 2);
    let cell = app.selected().expect("cell");
    assert!(cell.consensus.is_none());
    assert_eq!(cell.superseded.len(), 2);
    assert_eq!(cell.superseded[1].level, None);
    assert_eq!(cell.final_source, FinalSource::Proposed);
}

#[test]
fn presets_and_thresholds_change_the_categories_live() {
    let (mut app, _) = app(Lang::En);
    assert_eq!(app.preset(), W::PresetMapping);
    let fx = type_keys(&mut app, "p");
    assert_eq!(app.c.settings.categories, Settings::selection_categories());
    assert!(matches!(
        entries(&fx)[0].change,
        WashupChange::Categories { .. }
    ));
    let labels: Vec<String> = app
        .c
        .results
        .iter()
        .filter_map(|r| r.category.as_ref().map(|c| c.id.clone()))
        .collect();
    assert_eq!(labels.len(), 5, "the five rated participants");
    assert!(labels.iter().all(|l| l == "Memenuhi Syarat"), "{labels:?}");
    type_keys(&mut app, "t");
    press(&mut app, KeyCode::Down.into());
    press(&mut app, KeyCode::Right.into());
    press(&mut app, KeyCode::Right.into());
    let fx = press(&mut app, KeyCode::Enter.into());
    let WashupChange::Categories { categories, .. } = &entries(&fx)[0].change else {
        panic!("categories");
    };
    assert_eq!(categories[1].min_jpm, 70.0);
    assert_eq!(app.c.settings.categories[1].min_jpm, 70.0);
    assert_eq!(app.preset(), W::PresetCustom);
    let fx = type_keys(&mut app, "t");
    assert!(fx.is_empty());
    let fx = press(&mut app, KeyCode::Esc.into());
    assert!(fx.is_empty(), "cancelling records nothing");
}

#[test]
fn the_journal_replays_to_the_same_state() {
    let (mut app, _) = app(Lang::En);
    let mut all = Vec::new();
    all.extend(type_keys(&mut app, "cbuilt on others"));
    all.extend(press(&mut app, KeyCode::Enter.into()));
    press(&mut app, KeyCode::Down.into());
    press(&mut app, KeyCode::Right.into());
    all.extend(type_keys(&mut app, "c"));
    press(&mut app, KeyCode::Up.into());
    all.extend(type_keys(&mut app, "clear proposal"));
    all.extend(press(&mut app, KeyCode::Enter.into()));
    all.extend(type_keys(&mut app, "p"));
    let bytes: Vec<u8> = entries(&all).iter().flat_map(encode).collect();
    let mut fresh = consolidated();
    let r = replay(&mut fresh, &bytes);
    assert_eq!((r.applied, r.last_seq), (3, 3));
    assert_eq!(fresh.cells, app.c.cells);
    assert_eq!(fresh.results, app.c.results);
    assert_eq!(fresh.settings, app.c.settings);
    // Replaying again changes nothing: the lines are already folded in.
    let again = replay(&mut fresh, &bytes);
    assert_eq!((again.applied, again.stale), (0, 3));
    refresh(&mut fresh);
    assert_eq!(fresh.cells, app.c.cells);
}

#[test]
fn saving_replies_and_quitting() {
    let (mut app, _) = app(Lang::En);
    type_keys(&mut app, "cok");
    press(&mut app, KeyCode::Enter.into());
    let full = crate::store::DiskFailure::new(
        crate::store::Op::Save,
        "/data/hasil/washup.journal",
        &std::io::Error::from(std::io::ErrorKind::StorageFull),
    );
    crate::tui::washup::update(&mut app, Action::Store(Reply::Failed(1, full)));
    assert!(matches!(app.status, Some(Status::SaveFailed(_))));
    assert!(draw(&app, 80, 24).contains("SAVE FAILED"));
    crate::tui::washup::update(&mut app, Action::Store(Reply::Saved(1)));
    assert_eq!(app.save.failed, None);
    assert_eq!(app.status, None);
    assert_eq!(press(&mut app, ctrl('q')), vec![Effect::Quit]);
    assert!(app.quitting);
    crate::tui::washup::update(&mut app, Action::QuitFailed("no".into()));
    assert!(!app.quitting);
}

#[test]
fn help_and_detail_open_and_close_from_the_key_table() {
    let (mut app, _) = app(Lang::En);
    type_keys(&mut app, "?");
    assert_eq!(app.overlay, Overlay::Help(0));
    press(&mut app, KeyCode::Esc.into());
    assert_eq!(app.overlay, Overlay::None);
    press(&mut app, KeyCode::Enter.into());
    assert_eq!(app.overlay, Overlay::Detail(0));
    press(&mut app, KeyCode::Down.into());
    assert_eq!(app.overlay, Overlay::Detail(1));
    type_keys(&mut app, "c");
    assert!(matches!(app.overlay, Overlay::Decide(_)));
    press(&mut app, KeyCode::Esc.into());
    assert_eq!(app.overlay, Overlay::None);
}

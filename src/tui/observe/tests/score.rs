//! The Score pane through the key table: rating, half levels, notes, submission and the rubric.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::*;
use crate::model::{Change, EvidenceKind, Score};
use crate::tui::Pane;
use crate::tui::observe::app::{NoteTarget, Overlay};
use crate::tui::observe::score::{ScoreNote, empty_cells};

pub(super) fn on_score(lang: Lang) -> App {
    let (mut app, _) = scripted(lang);
    // Ratings are given once the discussion is paused or over: while it is coded, digits on the
    // Score pane are refused (see tests/guard.rs).
    press(&mut app, ctrl('p'));
    press(&mut app, KeyCode::F(4).into());
    assert_eq!(app.pane, Pane::Score);
    app
}

/// The newest history entry of the first rated participant's M.2 cell.
pub(super) fn last_entry(app: &App) -> crate::model::RatingEntry {
    let rec = app.session.record();
    let p = &rec.participants[app.session.rated_people()[0]].id;
    rec.rating(p, "M.2")
        .and_then(|r| r.history.last())
        .cloned()
        .expect("history")
}

pub(super) fn enter(app: &mut App) -> Vec<Effect> {
    press(app, KeyCode::Enter.into())
}

fn cell(app: &App) -> Option<Score> {
    let rec = app.session.record();
    let p = app.session.rated_people()[app.score.row];
    let comp = &rec.scheme.rated_competencies[app.score.col];
    rec.rating(&rec.participants[p].id, comp).map(|r| r.score)
}

fn lvl(level: f64) -> Option<Score> {
    Some(Score::Level { level })
}

#[test]
fn f4_and_tab_reach_the_score_pane_and_the_grid_is_the_covered_participants() {
    let (mut app, _) = app(Lang::En);
    press(&mut app, KeyCode::Tab.into());
    assert_eq!(app.pane, Pane::Score);
    let people = app.session.rated_people();
    assert_eq!(people.len(), 5);
    assert!(people.iter().all(|&p| app.session.covers(p)));
    assert_eq!(empty_cells(&app), 5 * 6);
}

#[test]
fn a_digit_rates_the_cell_and_persists_it_and_the_counter_drops() {
    let mut app = on_score(Lang::En);
    let before = empty_cells(&app);
    let fx = type_keys(&mut app, "3");
    assert!(
        matches!(changes(&fx)[..], [Change::RatingSet { score: Score::Level { level }, reason: None, .. }] if *level == 3.0)
    );
    assert_eq!(cell(&app), lvl(3.0));
    assert_eq!(empty_cells(&app), before - 1);
    assert_eq!(app.save.sent, app.session.record().last_seq);
    // Moving right and down rates other cells.
    type_keys(&mut app, "l4j2");
    assert_eq!(cell(&app), lvl(2.0));
    assert_eq!(empty_cells(&app), before - 3);
}

#[test]
fn the_same_digit_twice_gives_a_half_level_only_when_halves_are_allowed() {
    let mut app = on_score(Lang::En);
    type_keys(&mut app, "33");
    assert_eq!(
        cell(&app),
        lvl(3.0),
        "halves off: the second 3 changes nothing"
    );
    let (mut app, _) = scripted(Lang::En);
    press(&mut app, ctrl('p'));
    // Halves on: rebuild the record's settings through a fresh app on a half-level event.
    with_half_levels(&mut app);
    app.pane = Pane::Score;
    type_keys(&mut app, "3");
    let fx = type_keys(&mut app, "3");
    assert_eq!(cell(&app), lvl(3.5));
    assert_eq!(changes(&fx).len(), 1);
    type_keys(&mut app, "3");
    assert_eq!(
        cell(&app),
        lvl(3.0),
        "a third press goes back to the whole level"
    );
    type_keys(&mut app, "55");
    assert_eq!(cell(&app), lvl(5.0), "no 5.5");
}

#[test]
fn not_observed_and_clear_are_values_with_history() {
    let mut app = on_score(Lang::En);
    let empty = empty_cells(&app);
    type_keys(&mut app, "n");
    assert_eq!(cell(&app), Some(Score::NotObserved));
    assert_eq!(empty_cells(&app), empty - 1);
    let fx = type_keys(&mut app, "x");
    assert!(matches!(
        changes(&fx)[..],
        [Change::RatingSet {
            score: Score::Cleared,
            ..
        }]
    ));
    assert_eq!(empty_cells(&app), empty);
    let fx = press(&mut app, KeyCode::Delete.into());
    assert!(fx.is_empty(), "clearing an empty cell records nothing");
    let rec = app.session.record();
    let p = &rec.participants[app.session.rated_people()[0]].id;
    assert_eq!(rec.rating(p, "M.2").expect("rating").history.len(), 2);
}

#[test]
fn enter_writes_the_justification_and_keeps_the_level() {
    let mut app = on_score(Lang::En);
    enter(&mut app);
    assert!(
        matches!(app.overlay, Overlay::None),
        "an empty cell asks to rate first"
    );
    type_keys(&mut app, "4");
    enter(&mut app);
    assert!(matches!(
        app.overlay,
        Overlay::Note {
            target: NoteTarget::Score(ScoreNote::Justify),
            ..
        }
    ));
    type_keys(&mut app, "ide konkret");
    let fx = enter(&mut app);
    assert!(
        matches!(changes(&fx)[..], [Change::RatingSet { score: Score::Level { level }, note, .. }]
        if *level == 4.0 && note == "ide konkret")
    );
}

#[test]
fn plus_minus_zero_add_evidence_notes_of_their_kind() {
    let mut app = on_score(Lang::En);
    for (k, kind) in [
        ('+', EvidenceKind::Strength),
        ('-', EvidenceKind::Development),
        ('0', EvidenceKind::Neutral),
    ] {
        press(&mut app, KeyCode::Char(k).into());
        type_keys(&mut app, "catatan");
        let fx = enter(&mut app);
        assert!(
            matches!(changes(&fx)[..], [Change::EvidenceAdded { kind: k2, text, .. }]
            if *k2 == kind && text == "catatan")
        );
    }
    assert_eq!(app.session.record().evidence.len(), 3);
    assert!(draw(&app, 160, 50).contains("- catatan"));
}

#[test]
fn submit_asks_first_then_locks_and_later_changes_need_a_reason() {
    let mut app = on_score(Lang::En);
    type_keys(&mut app, "3");
    press(&mut app, KeyCode::Char('S').into());
    press(&mut app, KeyCode::Esc.into());
    assert!(!app.session.submitted(), "Esc does not submit");
    press(&mut app, KeyCode::Char('S').into());
    // Cells are empty: Enter asks again, and only the typed word submits.
    assert!(enter(&mut app).is_empty());
    type_keys(&mut app, "yes");
    let fx = enter(&mut app);
    assert!(matches!(
        changes(&fx)[..],
        [Change::RatingsSubmitted { .. }]
    ));
    assert!(app.session.submitted());
    assert!(draw(&app, 80, 24).contains("submitted, locked"));

    // A change now asks for a reason; a blank reason changes nothing.
    let fx = type_keys(&mut app, "4");
    assert!(fx.is_empty());
    assert!(matches!(
        app.overlay,
        Overlay::Note {
            target: NoteTarget::Score(ScoreNote::Reason),
            ..
        }
    ));
    let fx = enter(&mut app);
    assert!(fx.is_empty());
    assert_eq!(cell(&app), lvl(3.0));

    type_keys(&mut app, "4");
    type_keys(&mut app, "salah ketik");
    let fx = enter(&mut app);
    assert!(
        matches!(changes(&fx)[..], [Change::RatingSet { reason: Some(r), .. }] if r == "salah ketik")
    );
    assert_eq!(cell(&app), lvl(4.0));
    assert!(last_entry(&app).after_submission);
    let screen = draw(&app, 160, 50);
    assert!(
        screen.contains("after submission; reason: salah ketik"),
        "{screen}"
    );
    assert!(screen.contains("4*"), "edited cell marked:\n{screen}");
}

#[test]
fn the_suggestion_is_shown_but_never_fills_the_cell() {
    let mut app = on_score(Lang::En);
    // Rosa (seat 2) proposed and argued in the script; find a covered cell with a suggestion.
    let rec = app.session.record();
    let people = app.session.rated_people();
    let mut found = None;
    for (r, &p) in people.iter().enumerate() {
        for (c, comp) in rec.scheme.rated_competencies.iter().enumerate() {
            let ev = crate::scoring::evidence_for(rec, &rec.participants[p].id, comp);
            if let Some(s) = crate::scoring::suggest(&ev) {
                found = Some((r, c, s));
            }
        }
    }
    let (r, c, s) = found.expect("the script gives some evidence");
    app.score.row = r;
    app.score.col = c;
    let screen = draw(&app, 160, 50);
    assert!(
        screen.contains(&format!("Suggested: {} — {}", s.level, s.explain(Lang::En))),
        "{screen}"
    );
    assert_eq!(cell(&app), None);
    assert_eq!(empty_cells(&app), 30);
}

#[test]
fn the_rubric_rows_take_digits_up_to_their_max_and_a_note() {
    let mut app = on_score(Lang::En);
    press(&mut app, KeyCode::End.into());
    for _ in 0..5 {
        press(&mut app, KeyCode::Down.into());
    }
    assert_eq!(app.score.row, 5, "first rubric row after five participants");
    let fx = type_keys(&mut app, "3");
    assert!(
        matches!(changes(&fx)[..], [Change::RubricScored { item, score: 3, .. }] if item == "motto")
    );
    let fx = type_keys(&mut app, "5");
    assert!(changes(&fx).is_empty(), "above the item's max of 4");
    enter(&mut app);
    type_keys(&mut app, "sesuai");
    let fx = enter(&mut app);
    assert!(
        matches!(changes(&fx)[..], [Change::RubricScored { score: 3, note, .. }] if note == "sesuai")
    );
    assert_eq!(empty_cells(&app), 30, "the rubric is not a rating cell");
}

#[test]
fn after_submission_a_rubric_change_needs_a_reason_and_the_first_score_is_kept() {
    let mut app = on_score(Lang::En);
    let people = app.session.rated_people().len();
    for _ in 0..people {
        press(&mut app, KeyCode::Down.into());
    }
    type_keys(&mut app, "3");
    press(&mut app, KeyCode::Char('S').into());
    enter(&mut app);
    type_keys(&mut app, "yes");
    enter(&mut app);
    assert!(app.session.submitted());
    let asks_why = |app: &App| {
        matches!(
            app.overlay,
            Overlay::Note {
                target: NoteTarget::Score(ScoreNote::Reason),
                ..
            }
        )
    };
    let motto = |app: &App| app.session.record().rubric[0].clone();

    // A digit now asks why; a blank reason changes nothing, nor does a score above the max.
    assert!(type_keys(&mut app, "2").is_empty());
    assert!(asks_why(&app));
    assert!(enter(&mut app).is_empty());
    assert_eq!(motto(&app).score, 3);
    assert!(type_keys(&mut app, "5").is_empty());
    assert!(!asks_why(&app), "5 is above the item's max: no question");

    type_keys(&mut app, "2");
    type_keys(&mut app, "salah baca");
    let fx = enter(&mut app);
    assert!(
        matches!(changes(&fx)[..], [Change::RubricScored { score: 2, reason: Some(r), .. }] if r == "salah baca")
    );
    // The note is part of the score: changing it asks why too.
    enter(&mut app);
    type_keys(&mut app, "kurang konkret");
    assert!(enter(&mut app).is_empty());
    assert!(asks_why(&app));
    type_keys(&mut app, "lupa");
    let fx = enter(&mut app);
    assert!(
        matches!(changes(&fx)[..], [Change::RubricScored { score: 2, note, reason: Some(r), .. }] if note == "kurang konkret" && r == "lupa")
    );

    let history = motto(&app).history;
    assert_eq!(history.len(), 3);
    assert_eq!(
        (
            history[0].score,
            history[0].after_submission,
            history[0].reason.clone()
        ),
        (3, false, None),
        "the score given before submission stays"
    );
    assert_eq!(
        (
            history[1].score,
            history[1].after_submission,
            history[1].reason.as_deref()
        ),
        (2, true, Some("salah baca"))
    );
    let screen = draw(&app, 160, 50);
    assert!(
        screen.contains("after submission; reason: salah baca"),
        "{screen}"
    );
    let out = app.session.score_rubric("motto", 4, "", None);
    assert!(out.entries.is_empty(), "the session refuses it too");
}

#[test]
fn the_hint_bar_gives_a_rubric_rows_own_range() {
    let mut app = on_score(Lang::En);
    let hints = |app: &App| draw(app, 120, 30).lines().rev().take(2).collect::<String>();
    assert!(hints(&app).contains("1-5 level"), "{}", hints(&app));
    for _ in 0..app.session.rated_people().len() {
        press(&mut app, KeyCode::Down.into());
    }
    let max = app.session.record().scheme.rubric[0].max;
    assert_eq!(max, 4);
    assert!(hints(&app).contains("1-4 level"), "{}", hints(&app));
    assert!(!hints(&app).contains("1-5"), "{}", hints(&app));
}

#[test]
fn quitting_during_the_submit_question_does_not_submit() {
    let mut app = on_score(Lang::En);
    press(&mut app, KeyCode::Char('S').into());
    let fx = press(
        &mut app,
        KeyEvent::new(KeyCode::Char('q'), KeyModifiers::CONTROL),
    );
    // Only the running turn is closed (issue 14 item 7); nothing is submitted.
    assert!(
        changes(&fx)
            .iter()
            .all(|c| matches!(c, Change::Closed { .. }))
    );
    assert_eq!(fx.last(), Some(&Effect::Quit));
    assert!(!app.session.submitted());
}

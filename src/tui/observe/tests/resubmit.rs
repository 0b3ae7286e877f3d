//! After submission: evidence notes need a reason and carry the mark, and the observer can withdraw
//! the submission with a reason, change freely and submit again.

use ratatui::crossterm::event::KeyCode;

use super::changes;
use super::score::{enter, last_entry, on_score};
use super::*;
use crate::model::{Change, EvidenceKind};
use crate::tui::observe::app::{NoteTarget, Overlay};
use crate::tui::observe::score::ScoreNote;

/// Rates the first cell 3 and submits through both questions (the other cells are empty).
fn submitted(lang: Lang) -> App {
    let mut app = on_score(lang);
    type_keys(&mut app, "3");
    press(&mut app, KeyCode::Char('S').into());
    enter(&mut app);
    type_keys(&mut app, if lang == Lang::Id { "ya" } else { "yes" });
    enter(&mut app);
    assert!(app.session.submitted());
    app
}

fn asks(app: &App, note: ScoreNote) -> bool {
    matches!(&app.overlay, Overlay::Note { target: NoteTarget::Score(n), .. } if *n == note)
}

#[test]
fn after_submission_an_evidence_note_needs_a_reason_and_is_marked() {
    let mut app = submitted(Lang::En);
    press(&mut app, KeyCode::Char('+').into());
    type_keys(&mut app, "late insight");
    assert!(enter(&mut app).is_empty(), "the note waits for its reason");
    assert!(asks(&app, ScoreNote::Reason));
    assert!(enter(&mut app).is_empty(), "a blank reason saves nothing");
    assert!(app.session.record().evidence.is_empty());

    press(&mut app, KeyCode::Char('+').into());
    type_keys(&mut app, "late insight");
    enter(&mut app);
    type_keys(&mut app, "remembered");
    let fx = enter(&mut app);
    assert!(matches!(
        changes(&fx)[..],
        [Change::EvidenceAdded { kind: EvidenceKind::Strength, text, reason: Some(r), .. }]
            if text == "late insight" && r == "remembered"
    ));
    let note = &app.session.record().evidence[0];
    assert!(note.after_submission);
    let screen = draw(&app, 160, 50);
    assert!(
        screen.contains("+ late insight [after submission; reason: remembered]"),
        "{screen}"
    );
}

#[test]
fn before_submission_an_evidence_note_is_saved_without_a_reason_or_mark() {
    let mut app = on_score(Lang::En);
    press(&mut app, KeyCode::Char('+').into());
    type_keys(&mut app, "early");
    let fx = enter(&mut app);
    assert!(matches!(
        changes(&fx)[..],
        [Change::EvidenceAdded { reason: None, .. }]
    ));
    assert!(!app.session.record().evidence[0].after_submission);
}

#[test]
fn a_submission_can_be_withdrawn_with_a_reason_changed_freely_and_made_again() {
    let mut app = submitted(Lang::Id);
    // S once submitted asks to withdraw; Esc and a blank reason leave it submitted.
    press(&mut app, KeyCode::Char('S').into());
    assert!(asks(&app, ScoreNote::Withdraw));
    press(&mut app, KeyCode::Esc.into());
    press(&mut app, KeyCode::Char('S').into());
    assert!(enter(&mut app).is_empty());
    assert!(app.session.submitted());

    press(&mut app, KeyCode::Char('S').into());
    type_keys(&mut app, "salah peserta");
    let fx = enter(&mut app);
    assert!(matches!(
        changes(&fx)[..],
        [Change::RatingsWithdrawn { reason, .. }] if reason == "salah peserta"
    ));
    assert!(!app.session.submitted());
    assert!(draw(&app, 80, 24).contains("dibuka lagi"));

    // Withdrawn: a digit changes the cell straight away, with no reason and no mark.
    let fx = type_keys(&mut app, "4");
    assert!(matches!(
        changes(&fx)[..],
        [Change::RatingSet { reason: None, .. }]
    ));
    assert!(!last_entry(&app).after_submission);

    // S submits again through the same questions.
    press(&mut app, KeyCode::Char('S').into());
    assert!(asks(&app, ScoreNote::ConfirmSubmit));
    enter(&mut app);
    type_keys(&mut app, "ya");
    let fx = enter(&mut app);
    assert!(matches!(
        changes(&fx)[..],
        [Change::RatingsSubmitted { .. }]
    ));
    let rec = app.session.record();
    assert!(app.session.submitted());
    assert_eq!(rec.submissions(), 2);
    assert_eq!(rec.withdrawals.len(), 1);
    assert!(rec.withdrawals[0].resubmitted_at.is_some());
}

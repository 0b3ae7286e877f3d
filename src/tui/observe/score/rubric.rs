//! The group product's rubric rows of the Score pane: scored by digits up to each item's max, with
//! a note; once the ratings are submitted a change waits for its reason, as a rating's does.

use super::{Pending, ask_reason};
use crate::tui::observe::action::Effect;
use crate::tui::observe::app::{App, Status};
use crate::tui::observe::update::absorb;

/// Rubric item `i`'s id, and its current score and note for the observed group, if scored.
pub(super) fn rubric_item(app: &App, i: usize) -> (String, Option<(u8, String)>) {
    let rec = app.session.record();
    let item = rec.scheme.rubric[i].id.clone();
    let current = rec
        .rubric
        .iter()
        .find(|r| r.group == rec.group && r.item == item)
        .map(|r| (r.score, r.note.clone()));
    (item, current)
}

/// Scores a rubric item: straight away before submission, after a reason once submitted, as a
/// rating. A score outside the item's range is refused, with the range, and nothing changes.
pub(super) fn score_or_ask(app: &mut App, item: String, score: u8, note: String) -> Vec<Effect> {
    let rec = app.session.record();
    let unchanged = rec.rubric.iter().any(|r| {
        r.group == rec.group && r.item == item && r.score == score && r.note == note.trim()
    });
    if unchanged {
        return Vec::new();
    }
    let Some(rubric) = rec.scheme.rubric.iter().find(|r| r.id == item) else {
        return Vec::new();
    };
    if !(1..=rubric.max).contains(&score) {
        // Said with the item's label: its id is the scheme's, not the observer's.
        let said =
            crate::text::score::rubric_range(app.lang, rubric.label.get(app.lang), rubric.max);
        app.status = Some(Status::Refused(said));
        return Vec::new();
    }
    if app.session.submitted() {
        ask_reason(app, Pending::Rubric { item, score, note });
        return Vec::new();
    }
    let out = app.session.score_rubric(&item, score, &note, None);
    absorb(app, out)
}

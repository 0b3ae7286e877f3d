//! Submitting the ratings: the question names the empty cells and whether the discussion still
//! runs; submitting with empty cells takes a second, typed confirmation.

use super::{ScoreNote, empty_cells, prompt, say};
use crate::model::Score;
use crate::text::guard as words;
use crate::text::observe::T;
use crate::text::score::S;
use crate::tui::observe::action::Effect;
use crate::tui::observe::app::{App, Status};
use crate::tui::observe::update::absorb;

/// The empty cells, each participant's short name with the competencies left empty.
pub fn empty_named(app: &App) -> Vec<String> {
    let rec = app.session.record();
    app.session
        .rated_people()
        .into_iter()
        .filter_map(|p| {
            let person = &rec.participants[p];
            let empty: Vec<&str> = rec
                .scheme
                .rated_competencies
                .iter()
                .filter(|c| {
                    !rec.rating(&person.id, c)
                        .is_some_and(|r| r.score != Score::Cleared)
                })
                .map(String::as_str)
                .collect();
            (!empty.is_empty()).then(|| {
                let name = crate::tui::observe::view::fmt::short_name(&person.name);
                format!("{name} {}", empty.join(" "))
            })
        })
        .collect()
}

/// The question before submitting, in words.
pub fn question(app: &App, second: bool) -> String {
    let lang = app.lang;
    let running = app
        .session
        .record()
        .running_phase()
        .map(|p| p.name.get(lang));
    // A coded phase paused rather than ended is still the discussion the ratings rest on.
    let paused = app
        .session
        .current_phase()
        .filter(|(_, p)| p.coded && !p.running() && !p.segments.is_empty())
        .map(|(_, p)| p.name.get(lang));
    let unfinished = match (running, paused) {
        (Some(p), _) => Some(words::Unfinished::Running(p)),
        (None, Some(p)) => Some(words::Unfinished::Paused(p)),
        (None, None) => None,
    };
    words::submit_question(
        lang,
        empty_cells(app),
        &empty_named(app),
        unfinished,
        second,
    )
}

/// Enter on the first question: submits, or asks again when cells are empty.
pub fn first(app: &mut App) -> Vec<Effect> {
    if empty_cells(app) > 0 {
        prompt(app, ScoreNote::ConfirmSubmitEmpty, String::new());
        return Vec::new();
    }
    submit(app)
}

/// Enter on the second question: only the typed word submits.
pub fn second(app: &mut App, typed: &str) -> Vec<Effect> {
    if words::is_yes(typed) {
        submit(app)
    } else {
        app.status = Some(Status::Text(T::Guard(crate::text::guard::G::MNotSubmitted)));
        Vec::new()
    }
}

/// Enter on the withdrawal question: withdraws with the reason typed; a blank reason changes nothing.
pub fn withdraw(app: &mut App, reason: &str) -> Vec<Effect> {
    if reason.trim().is_empty() {
        say(app, S::MReasonNeeded);
        return Vec::new();
    }
    let out = app.session.withdraw_ratings(reason);
    let fx = absorb(app, out);
    say(app, S::MWithdrawn);
    fx
}

fn submit(app: &mut App) -> Vec<Effect> {
    let out = app.session.submit_ratings();
    let fx = absorb(app, out);
    say(app, S::MSubmitted);
    fx
}

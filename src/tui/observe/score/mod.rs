//! The Score pane's state and what its keys do: ratings beside their evidence, submission, the rubric.
//!
//! The cursor walks one list of rows: the rated participants first, then the rubric items of the group's
//! product. A suggestion is only ever shown; every value here comes from a key the observer pressed.

mod pending;
mod rubric;
pub mod submit;

use super::action::Effect;
use super::app::{App, NoteTarget, Overlay, Status};
use super::update::absorb;
use crate::model::{EvidenceKind, MAX_LEVEL, Score};
use crate::text::observe::T;
use crate::text::score::S;
pub use pending::Pending;
use rubric::{rubric_item, score_or_ask};

/// What a Score-pane key asks for (an [`Action::Score`](super::Action::Score)).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScoreAction {
    /// Previous competency.
    Left,
    /// Next competency.
    Right,
    /// A level key 1-5 (or a rubric score); the same digit again toggles the half level.
    Digit(u8),
    /// Not observed.
    NotObserved,
    /// Empty the cell.
    Clear,
    /// Write the justification (or the rubric note).
    Justify,
    /// Write an evidence note of this kind.
    Evidence(EvidenceKind),
    /// Submit the ratings (asks first), or withdraw them once submitted.
    SubmitAll,
    /// Scroll the selected cell's evidence by this many lines.
    Scroll(i16),
}

/// What a prompt typed on the Score pane is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScoreNote {
    /// The justification of the selected cell.
    Justify,
    /// An evidence note on the selected cell.
    Evidence(EvidenceKind),
    /// Why a submitted rating or rubric score changes; the change waits in [`ScoreState::pending`].
    Reason,
    /// Enter submits the ratings, Esc does not.
    ConfirmSubmit,
    /// Cells are empty: only the typed word submits.
    ConfirmSubmitEmpty,
    /// The note on the selected rubric item.
    Rubric,
    /// Why the submitted ratings are withdrawn.
    Withdraw,
}

impl ScoreNote {
    /// The prompt shown while typing.
    pub fn prompt(self) -> T {
        T::Score(match self {
            ScoreNote::Justify => S::PromptJustify,
            ScoreNote::Evidence(EvidenceKind::Strength) => S::PromptStrength,
            ScoreNote::Evidence(EvidenceKind::Development) => S::PromptDevelopment,
            ScoreNote::Evidence(EvidenceKind::Neutral) => S::PromptNeutral,
            ScoreNote::Reason => S::PromptReason,
            ScoreNote::ConfirmSubmit | ScoreNote::ConfirmSubmitEmpty => S::PromptConfirm,
            ScoreNote::Rubric => S::PromptRubric,
            ScoreNote::Withdraw => S::PromptWithdraw,
        })
    }
}

/// The cursor and anything waiting on a prompt.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ScoreState {
    /// Row: a rated participant, then a rubric item.
    pub row: usize,
    /// Column: a rated competency.
    pub col: usize,
    /// A post-submission change waiting for its reason.
    pub pending: Option<Pending>,
    /// Lines of the selected cell's evidence scrolled past; back to the top on a new cell.
    pub scroll: u16,
}

/// What the cursor is on.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// A participant (index in the record) on a competency code.
    Rating(usize, String),
    /// A rubric item (index in the scheme's rubric).
    Rubric(usize),
}

/// The selected cell, if the pane has any rows.
pub fn selected(app: &App) -> Option<Cell> {
    let people = app.session.rated_people();
    let rec = app.session.record();
    let st = &app.score;
    if let Some(&p) = people.get(st.row) {
        let comp = rec.scheme.rated_competencies.get(st.col)?;
        return Some(Cell::Rating(p, comp.clone()));
    }
    let item = st.row - people.len();
    (item < rec.scheme.rubric.len()).then_some(Cell::Rubric(item))
}

/// Cells of the grid with no value yet (empty or cleared).
pub fn empty_cells(app: &App) -> usize {
    let rec = app.session.record();
    let mut n = 0;
    for p in app.session.rated_people() {
        let id = &rec.participants[p].id;
        for c in &rec.scheme.rated_competencies {
            let filled = rec.rating(id, c).is_some_and(|r| r.score != Score::Cleared);
            n += usize::from(!filled);
        }
    }
    n
}

/// Moves the cursor up or down, staying on the rows there are.
pub fn move_rows(app: &mut App, delta: i32) {
    let rows = app.session.rated_people().len() + app.session.record().scheme.rubric.len();
    let last = rows.saturating_sub(1) as i64;
    app.score.row = (app.score.row as i64 + i64::from(delta)).clamp(0, last.max(0)) as usize;
    app.score.scroll = 0;
}

/// Applies a Score-pane key.
pub fn update(app: &mut App, action: ScoreAction) -> Vec<Effect> {
    let cols = app.session.record().scheme.rated_competencies.len();
    match action {
        ScoreAction::Left => {
            app.score.col = app.score.col.saturating_sub(1);
            app.score.scroll = 0;
            Vec::new()
        }
        ScoreAction::Right => {
            app.score.col = (app.score.col + 1).min(cols.saturating_sub(1));
            app.score.scroll = 0;
            Vec::new()
        }
        ScoreAction::Scroll(by) => {
            // Never past the last line, so scrolling back up answers at once.
            let last = crate::tui::observe::view::evidence::line_count(app).saturating_sub(1);
            let to = (i32::from(app.score.scroll) + i32::from(by)).clamp(0, i32::from(last));
            app.score.scroll = u16::try_from(to).unwrap_or(0);
            Vec::new()
        }
        ScoreAction::Digit(d) => digit(app, d),
        ScoreAction::NotObserved => change_cell(app, |_| Some(Score::NotObserved)),
        ScoreAction::Clear => change_cell(app, |_| Some(Score::Cleared)),
        ScoreAction::Justify => justify(app),
        ScoreAction::Evidence(kind) => {
            if matches!(selected(app), Some(Cell::Rating(..))) {
                prompt(app, ScoreNote::Evidence(kind), String::new());
            }
            Vec::new()
        }
        ScoreAction::SubmitAll => {
            if app.session.submitted() {
                prompt(app, ScoreNote::Withdraw, String::new());
            } else {
                prompt(app, ScoreNote::ConfirmSubmit, String::new());
            }
            Vec::new()
        }
    }
}

fn say(app: &mut App, s: S) {
    app.status = Some(Status::Text(T::Score(s)));
}

fn prompt(app: &mut App, note: ScoreNote, text: String) {
    app.overlay = Overlay::Note {
        text,
        target: NoteTarget::Score(note),
    };
}

/// The level a digit gives a cell that holds `current`: the digit, or its half when pressed again.
pub fn level_for(digit: u8, current: Option<f64>, half_levels: bool) -> f64 {
    let d = f64::from(digit);
    match current {
        Some(c) if half_levels && c == d && digit < MAX_LEVEL => d + 0.5,
        Some(c) if half_levels && c == d + 0.5 => d,
        _ => d,
    }
}

fn digit(app: &mut App, d: u8) -> Vec<Effect> {
    match selected(app) {
        Some(Cell::Rubric(i)) => {
            let (item, current) = rubric_item(app, i);
            let note = current.map(|(_, n)| n).unwrap_or_default();
            score_or_ask(app, item, d, note)
        }
        Some(Cell::Rating(..)) => {
            let half = app.session.record().settings.half_levels;
            change_cell(app, |cur| {
                let level = level_for(d, cur.and_then(Score::level), half);
                Some(Score::Level { level })
            })
        }
        None => Vec::new(),
    }
}

/// Changes the selected rating: straight away before submission, after a reason once submitted.
fn change_cell(app: &mut App, to: impl FnOnce(Option<Score>) -> Option<Score>) -> Vec<Effect> {
    let Some(Cell::Rating(p, comp)) = selected(app) else {
        return Vec::new();
    };
    let rec = app.session.record();
    let id = rec.participants[p].id.clone();
    let current = rec.rating(&id, &comp);
    let note = current.map(|r| r.note.clone()).unwrap_or_default();
    let Some(score) = to(current.map(|r| r.score)) else {
        return Vec::new();
    };
    set_or_ask(app, id, comp, score, note)
}

fn set_or_ask(
    app: &mut App,
    participant: String,
    competency: String,
    score: Score,
    note: String,
) -> Vec<Effect> {
    let current = app.session.record().rating(&participant, &competency);
    let unchanged = match current {
        Some(r) => r.score == score && r.note == note.trim(),
        None => score == Score::Cleared,
    };
    if unchanged {
        return Vec::new();
    }
    if app.session.submitted() {
        ask_reason(
            app,
            Pending::Rating {
                participant,
                competency,
                score,
                note,
            },
        );
        return Vec::new();
    }
    let out = app
        .session
        .set_rating(&participant, &competency, score, &note, None);
    absorb(app, out)
}

fn ask_reason(app: &mut App, change: Pending) {
    app.score.pending = Some(change);
    prompt(app, ScoreNote::Reason, String::new());
}

fn justify(app: &mut App) -> Vec<Effect> {
    let rec = app.session.record();
    match selected(app) {
        Some(Cell::Rating(p, comp)) => {
            let id = &rec.participants[p].id;
            match rec.rating(id, &comp).filter(|r| r.score != Score::Cleared) {
                Some(r) => {
                    let note = r.note.clone();
                    prompt(app, ScoreNote::Justify, note);
                }
                None => say(app, S::MRateFirst),
            }
        }
        Some(Cell::Rubric(i)) => match rubric_item(app, i).1 {
            Some((_, note)) => prompt(app, ScoreNote::Rubric, note),
            None => say(app, S::MRateFirst),
        },
        None => {}
    }
    Vec::new()
}

/// Finishes a Score-pane prompt with the text typed.
pub fn submit_note(app: &mut App, note: ScoreNote, text: &str) -> Vec<Effect> {
    match note {
        ScoreNote::ConfirmSubmit => submit::first(app),
        ScoreNote::ConfirmSubmitEmpty => submit::second(app, text),
        ScoreNote::Withdraw => submit::withdraw(app, text),
        ScoreNote::Reason => pending::finish(app, text),
        ScoreNote::Justify => {
            let Some(Cell::Rating(p, comp)) = selected(app) else {
                return Vec::new();
            };
            let rec = app.session.record();
            let id = rec.participants[p].id.clone();
            let Some(score) = rec.rating(&id, &comp).map(|r| r.score) else {
                return Vec::new();
            };
            set_or_ask(app, id, comp, score, text.trim().to_string())
        }
        ScoreNote::Evidence(kind) => pending::evidence(app, kind, text),
        ScoreNote::Rubric => {
            let Some(Cell::Rubric(i)) = selected(app) else {
                return Vec::new();
            };
            let (item, current) = rubric_item(app, i);
            let Some((score, _)) = current else {
                return Vec::new();
            };
            score_or_ask(app, item, score, text.to_string())
        }
    }
}

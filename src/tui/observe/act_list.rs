//! The act list overlay on Observe: every act in session-time order, where the observer corrects
//! a past act, inserts a missed one and keeps an act coded outside a coded phase. The changes
//! themselves are the session's; this file only moves the cursor and holds the edit line.

use super::action::Effect;
use super::app::{App, Overlay, Status};
use super::update::absorb;
use crate::session::{DraftError, Session};
use crate::text::amend::A;
use crate::text::observe::T;

/// A key of the act list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActsAction {
    /// Open the list at the newest act.
    Open,
    /// Close it.
    Close,
    /// Move the cursor by this many rows.
    Move(i32),
    /// To the first (false) or last (true) row.
    End(bool),
    /// Start correcting the selected act.
    Edit,
    /// Start inserting a missed act.
    Insert,
    /// Count the selected act (coded outside a coded phase) as evidence, or stop counting it.
    Keep,
    /// A character typed on the edit line.
    Char(char),
    /// Erase the last character of the edit line.
    Erase,
    /// Save the edit line.
    Apply,
    /// Leave the edit line without saving.
    Discard,
}

/// The list's state: the acts in the order shown, the cursor, the edit line.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ActList {
    /// Indices into `record.acts`, by session time (coding order among equal times).
    pub order: Vec<usize>,
    /// Position in `order`.
    pub cursor: usize,
    /// The edit line, while one is open.
    pub edit: Option<ActEdit>,
}

/// The edit line of the act list.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ActEdit {
    /// What is typed.
    pub text: String,
    /// The act corrected; `None` inserts a new one.
    pub act: Option<usize>,
    /// Why the last try was refused.
    pub error: Option<DraftError>,
}

impl ActList {
    /// The list over a session's acts, the cursor on the act `at` (else the last).
    fn over(s: &Session, at: Option<usize>) -> ActList {
        let acts = &s.record().acts;
        let mut order: Vec<usize> = (0..acts.len()).collect();
        order.sort_by(|&a, &b| acts[a].stamp.elapsed_s.total_cmp(&acts[b].stamp.elapsed_s));
        let cursor = at
            .and_then(|i| order.iter().position(|&j| j == i))
            .unwrap_or(order.len().saturating_sub(1));
        ActList {
            order,
            cursor,
            edit: None,
        }
    }

    /// The act under the cursor.
    pub fn selected(&self) -> Option<usize> {
        self.order.get(self.cursor).copied()
    }
}

/// Session time of the selected act (where an insert goes when no time is typed), else now.
pub fn insert_default_s(app: &App, list: &ActList) -> f64 {
    let rec = app.session.record();
    let at = list
        .selected()
        .and_then(|i| rec.acts.get(i))
        .map_or(app.session.now_s(), |a| a.stamp.elapsed_s);
    rec.session_s(at)
}

/// Applies a key of the act list.
pub fn update(app: &mut App, action: ActsAction) -> Vec<Effect> {
    if action == ActsAction::Open {
        app.overlay = Overlay::Acts(ActList::over(&app.session, None));
        app.status = None;
        return Vec::new();
    }
    let Overlay::Acts(list) = &mut app.overlay else {
        return Vec::new();
    };
    let last = list.order.len().saturating_sub(1) as i64;
    match action {
        ActsAction::Open => {}
        ActsAction::Close => app.overlay = Overlay::None,
        ActsAction::Move(d) => {
            list.cursor = (list.cursor as i64 + i64::from(d)).clamp(0, last.max(0)) as usize;
        }
        ActsAction::End(to_last) => list.cursor = if to_last { last.max(0) as usize } else { 0 },
        ActsAction::Edit => {
            if let Some(i) = list.selected() {
                let act = &app.session.record().acts[i];
                let time =
                    super::view::fmt::session_clock(app.session.record(), act.stamp.elapsed_s);
                let text = format!("{} {time}", app.session.draft_keys(act));
                list.edit = Some(ActEdit {
                    text,
                    act: Some(i),
                    error: None,
                });
            }
        }
        ActsAction::Insert => list.edit = Some(ActEdit::default()),
        ActsAction::Keep => {
            if let Some(i) = list.selected() {
                let out = app.session.toggle_keep(i);
                return absorb(app, out);
            }
        }
        ActsAction::Char(c) => {
            if let Some(e) = &mut list.edit {
                e.text.push(c);
            }
        }
        ActsAction::Erase => {
            if let Some(e) = &mut list.edit {
                e.text.pop();
            }
        }
        ActsAction::Discard => {
            list.edit = None;
            app.status = Some(Status::Text(T::Amend(A::MEditCancelled)));
        }
        ActsAction::Apply => return apply(app),
    }
    Vec::new()
}

/// Saves the edit line: a correction or an insertion; a line that does not read stays open with why.
fn apply(app: &mut App) -> Vec<Effect> {
    let Overlay::Acts(list) = &app.overlay else {
        return Vec::new();
    };
    let Some(edit) = &list.edit else {
        return Vec::new();
    };
    let target = edit.act;
    let default_s = insert_default_s(app, list);
    let draft = match app.session.read_draft(&edit.text) {
        Ok(d) => d,
        Err(e) => {
            if let Overlay::Acts(ActList {
                edit: Some(edit), ..
            }) = &mut app.overlay
            {
                edit.error = Some(e);
            }
            return Vec::new();
        }
    };
    let out = match target {
        Some(i) => app.session.correct_act(i, &draft),
        None => app.session.insert_act(&draft, default_s),
    };
    let at = match target {
        Some(i) => Some(i),
        None if !out.entries.is_empty() => Some(app.session.record().acts.len() - 1),
        None => None,
    };
    app.overlay = Overlay::Acts(ActList::over(&app.session, at));
    absorb(app, out)
}

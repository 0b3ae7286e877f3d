//! The only place the roster editor's state changes: keys through the key table, the roster's own
//! navigation and filter, and the edits (in `edit`). No I/O: saving the event file is an effect.

use super::LeadAction;
use std::sync::Arc;

use ratatui::crossterm::event::KeyEvent;

use super::app::{Overlay, RosterApp, Status};
use super::edit;
use crate::model::Event;
use crate::text::observe::T;
use crate::tui::observe::Action;
use crate::tui::shell;

/// Work for the shell; `update` never touches the disk.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Write the event file, atomically, as this revision.
    SaveEvent {
        /// The revision: edits, undos and redos made so far.
        rev: u64,
        /// The event to write.
        event: Arc<Event>,
    },
    /// Save what is not saved and end if that works.
    Quit,
    /// Save what is not saved and end whatever happens (the system asked).
    Exit,
}

/// Translates a key through the key table and applies it.
pub fn on_key(app: &mut RosterApp, key: KeyEvent) -> Vec<Effect> {
    match super::keymap::dispatch(app.mode(), key) {
        Some(action) => update(app, action),
        None => Vec::new(),
    }
}

/// Applies one action of the key table (the editor takes the roster's and its own; the observer's
/// coding keys never reach it) and returns the work it needs done.
pub fn update(app: &mut RosterApp, action: Action) -> Vec<Effect> {
    if app.roster.on_key(&action, &app.event, &mut app.overlay) {
        return Vec::new();
    }
    match action {
        Action::Quit => quit(app, Effect::Quit),
        Action::Terminate => quit(app, Effect::Exit),
        Action::QuitFailed(why) => {
            shell::refuse_quit(&mut app.quitting, &mut app.status, Status::QuitRefused(why))
        }
        Action::ToggleHelp => shell::toggle_help(&mut app.overlay),
        Action::Lead(a) => edit::update(app, a),
        Action::Move(delta) => {
            match &mut app.overlay {
                Overlay::Help(scroll) => {
                    *scroll = (i32::from(*scroll) + delta).clamp(0, 200) as u16
                }
                _ => app.roster.move_by(delta),
            }
            Vec::new()
        }
        Action::MoveEnd(last) => update(
            app,
            Action::Move(if last { i32::MAX / 2 } else { i32::MIN / 2 }),
        ),
        Action::InputChar(c) if matches!(app.overlay, Overlay::Filter) => {
            app.roster.type_char(c, &app.event);
            Vec::new()
        }
        Action::InputBackspace if matches!(app.overlay, Overlay::Filter) => {
            app.roster.erase(&app.event);
            Vec::new()
        }
        Action::Submit | Action::CancelInput
            if matches!(app.overlay, Overlay::Filter | Overlay::Help(_)) =>
        {
            app.overlay = Overlay::None;
            Vec::new()
        }
        _ => Vec::new(),
    }
}

/// The shell wrote revision `rev` to the file.
pub fn saved(app: &mut RosterApp, rev: u64) {
    let lead = &mut app.lead;
    lead.saved_rev = lead.saved_rev.max(rev);
    if lead.is_saved() {
        lead.failed = None;
    }
}

/// The shell could not write revision `rev`; the changes stay in memory.
pub fn save_failed(app: &mut RosterApp, _rev: u64, why: String) {
    app.status = Some(Status::Lead(
        crate::text::roster::save_failed(
            app.lang,
            &super::keymap::BINDINGS.key_of(&Action::Lead(LeadAction::SaveNow), app.lang),
            &why,
        ),
        super::app::Tone::Error,
    ));
    app.lead.failed = Some(why);
}

/// Closes what is open and asks the shell to save and stop.
fn quit(app: &mut RosterApp, how: Effect) -> Vec<Effect> {
    app.overlay = Overlay::None;
    app.quitting = true;
    app.status = Some(match how {
        Effect::Exit => Status::Terminating,
        _ => Status::Text(T::MQuitting),
    });
    vec![how]
}

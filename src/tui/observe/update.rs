//! The only place the app's state changes. No I/O: work for the disk comes back as effects.

use ratatui_textarea::{TextArea, WrapMode};

use super::action::{Action, Effect};
use super::app::{App, NoteTarget, Overlay, SNAPSHOT_EVERY_S, Status};
use super::pane::Pane;
use super::score::{self, ScoreNote};
use super::{guard, keymap};
use crate::session::{Notice, Outcome};
use crate::text::observe::T;
use crate::text::roster::L;
use crate::text::store::recreated;
use crate::tui::shell::{self, Heard};
use ratatui::crossterm::event::KeyEvent;

/// Translates a key through the key table and applies it.
pub fn on_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    if let Some(why) = guard::refusal(app, key) {
        app.status = Some(Status::Refused(why));
        return Vec::new();
    }
    match keymap::dispatch(app.mode(), app.pane, key) {
        Some(action) => update(app, action),
        None => {
            guard::unbound(app, key);
            Vec::new()
        }
    }
}

/// Applies one action and returns the work it needs done.
pub fn update(app: &mut App, action: Action) -> Vec<Effect> {
    let fx = apply(app, action);
    // A correction changes an act in place: its prepared line is prepared again.
    let corrected = fx.iter().any(|e| {
        matches!(e, Effect::Persist(entry) if matches!(entry.change, crate::model::Change::ActCorrected { .. }))
    });
    if corrected {
        app.recent = Default::default();
    }
    app.floor.catch_up(&app.session);
    app.recent.catch_up(&app.session, app.lang);
    fx
}

fn apply(app: &mut App, action: Action) -> Vec<Effect> {
    if app.roster.on_key(&action, &app.event, &mut app.overlay) {
        return Vec::new();
    }
    match action {
        // The roster table's keys, answered above.
        Action::BeginFilter | Action::SortNext | Action::SortReverse | Action::ClearFilter => {
            Vec::new()
        }
        Action::Quit if guard::quit_drops_a_code(app) => Vec::new(),
        Action::Quit => quit(app, Effect::Quit),
        Action::Terminate => quit(app, Effect::Exit),
        Action::QuitFailed(why) => {
            shell::refuse_quit(&mut app.quitting, &mut app.status, Status::QuitRefused(why))
        }
        Action::ToggleHelp => shell::toggle_help(&mut app.overlay),
        Action::NextPane => switch(app, app.pane.next()),
        Action::PrevPane => switch(app, app.pane.prev()),
        Action::GoPane(p) => switch(app, p),
        Action::Stroke(s) if app.pane == Pane::Observe => {
            let out = app.session.press(s);
            absorb(app, out)
        }
        Action::Stroke(_) => Vec::new(),
        Action::Acts(a) if app.pane == Pane::Observe => super::act_list::update(app, a),
        Action::Acts(_) => Vec::new(),
        Action::Score(a) if app.pane == Pane::Score => score::update(app, a),
        Action::Score(_) => Vec::new(),
        // The roster is read-only while observing; editing it is `lgd roster`.
        Action::Lead(_) => {
            app.status = Some(Status::Text(T::Lead(L::MReadOnly)));
            Vec::new()
        }
        Action::BeginNote => {
            match app.session.last_live_act() {
                Some((_, act)) => {
                    app.overlay = Overlay::Note {
                        text: act.note.clone().unwrap_or_default(),
                        target: NoteTarget::Act,
                    }
                }
                None => app.status = Some(Status::Notice(Notice::NothingToNote)),
            }
            Vec::new()
        }
        Action::PhaseToggle => {
            let out = app.session.toggle_phase();
            absorb(app, out)
        }
        Action::AskPhase(ask) => {
            guard::ask_phase(app, ask);
            Vec::new()
        }
        Action::Confirm(yes) => guard::confirm(app, yes),
        Action::Paste(text) => {
            guard::paste(app, &text);
            Vec::new()
        }
        Action::Move(delta) => {
            move_selection(app, delta);
            Vec::new()
        }
        Action::MoveEnd(last) => {
            move_selection(app, if last { i32::MAX / 2 } else { i32::MIN / 2 });
            Vec::new()
        }
        Action::EditMission => {
            if app.viewing_observed_group() {
                let lines = app
                    .session
                    .group_output()
                    .lines()
                    .map(str::to_string)
                    .collect();
                let mut area = TextArea::new(lines);
                area.set_wrap_mode(WrapMode::WordOrGlyph);
                app.overlay = Overlay::Mission(Box::new(area));
            }
            Vec::new()
        }
        Action::BeginGroupNote => {
            if app.viewing_observed_group() {
                app.overlay = Overlay::Note {
                    text: String::new(),
                    target: NoteTarget::Group,
                };
            }
            Vec::new()
        }
        Action::InputChar(c) => {
            match &mut app.overlay {
                Overlay::Filter => app.roster.type_char(c, &app.event),
                Overlay::Note { text, .. } => text.push(c),
                _ => {}
            }
            Vec::new()
        }
        Action::InputBackspace => {
            match &mut app.overlay {
                Overlay::Filter => app.roster.erase(&app.event),
                Overlay::Note { text, .. } => {
                    text.pop();
                }
                _ => {}
            }
            Vec::new()
        }
        Action::Submit => submit(app),
        Action::CancelInput => {
            guard::cancelled(app);
            Vec::new()
        }
        Action::EditorKey(key) => {
            if let Overlay::Mission(area) = &mut app.overlay {
                area.input(key);
            }
            Vec::new()
        }
        Action::Tick => {
            let now = app.session.now_s();
            if app.dirty && now - app.last_snapshot_s >= SNAPSHOT_EVERY_S {
                snapshot(app)
            } else {
                Vec::new()
            }
        }
        Action::Store(reply) => {
            match app.save.hear(reply) {
                Heard::Failed(why) => app.status = Some(Status::SaveFailed(why)),
                Heard::Recovered if matches!(app.status, Some(Status::SaveFailed(_))) => {
                    app.status = None
                }
                Heard::Recreated(r) => {
                    app.status = Some(Status::Recreated(recreated(app.lang, &r)));
                }
                Heard::SnapshotFailed(_) => app.dirty = true,
                Heard::Nothing | Heard::Recovered => {}
            }
            Vec::new()
        }
    }
}

/// Folds a session outcome into the app: every entry becomes a persist effect.
pub(super) fn absorb(app: &mut App, out: Outcome) -> Vec<Effect> {
    if let Some(last) = out.entries.last() {
        app.save.sent = app.save.sent.max(last.seq);
        app.dirty = true;
    }
    if app.save.failed.is_none() || out.notice.is_some() {
        app.status = out.notice.map(Status::Notice);
    }
    out.entries.into_iter().map(Effect::Persist).collect()
}

fn snapshot(app: &mut App) -> Vec<Effect> {
    app.dirty = false;
    app.last_snapshot_s = app.session.now_s();
    vec![Effect::Snapshot]
}

fn switch(app: &mut App, to: Pane) -> Vec<Effect> {
    let leaving_observe = app.pane == Pane::Observe && to != Pane::Observe;
    if to != app.pane {
        guard::leave_pane(app);
    }
    app.pane = to;
    if leaving_observe && app.dirty {
        snapshot(app)
    } else {
        Vec::new()
    }
}

fn move_selection(app: &mut App, delta: i32) {
    match (&mut app.overlay, app.pane) {
        (Overlay::Help(scroll), _) => {
            *scroll = (i32::from(*scroll) + delta).clamp(0, 200) as u16;
        }
        (_, Pane::Roster) => app.roster.move_by(delta),
        (_, Pane::Score) => score::move_rows(app, delta),
        (_, Pane::Group) => {
            let last = app.event.groups.len().saturating_sub(1) as i64;
            app.group_selected =
                (app.group_selected as i64 + i64::from(delta)).clamp(0, last.max(0)) as usize;
        }
        _ => {}
    }
}

/// Finishes what is being typed: notes and the mission are recorded, the filter is kept.
fn submit(app: &mut App) -> Vec<Effect> {
    match std::mem::take(&mut app.overlay) {
        Overlay::Note {
            text,
            target: NoteTarget::Act,
        } => {
            let out = app.session.note_last(&text);
            absorb(app, out)
        }
        Overlay::Note {
            text,
            target: NoteTarget::Group,
        } => {
            let out = app.session.add_group_note(&text);
            let saved = !out.entries.is_empty();
            let fx = absorb(app, out);
            app.status = Some(Status::Text(if saved {
                T::MNoteAdded
            } else {
                T::MNoteEmpty
            }));
            fx
        }
        Overlay::Note {
            text,
            target: NoteTarget::Score(note),
        } => score::submit_note(app, note, &text),
        Overlay::Mission(area) => {
            let text = area.lines().join("\n");
            let out = app.session.set_group_output(text.trim_end());
            let saved = !out.entries.is_empty();
            let fx = absorb(app, out);
            app.status = Some(Status::Text(if saved {
                T::MMissionSaved
            } else {
                T::MMissionUnchanged
            }));
            fx
        }
        other => {
            app.overlay = match other {
                Overlay::Help(_) | Overlay::Filter => Overlay::None,
                o => o,
            };
            Vec::new()
        }
    }
}

/// Records whatever is being typed (nothing is lost on quitting), then asks the shell to save and stop.
fn quit(app: &mut App, how: Effect) -> Vec<Effect> {
    let mut fx = match app.overlay {
        // Quitting is no confirmation: the ratings stay unsubmitted.
        Overlay::Note {
            target: NoteTarget::Score(ScoreNote::ConfirmSubmit | ScoreNote::ConfirmSubmitEmpty),
            ..
        } => Vec::new(),
        Overlay::Note { .. } | Overlay::Mission(_) => submit(app),
        // A correction typed on the act list is saved if it reads.
        Overlay::Acts(super::act_list::ActList { edit: Some(_), .. }) => {
            super::act_list::update(app, super::act_list::ActsAction::Apply)
        }
        _ => Vec::new(),
    };
    app.overlay = Overlay::None;
    let out = app.session.close();
    fx.extend(absorb(app, out));
    app.quitting = true;
    app.status = Some(match how {
        Effect::Exit => Status::Terminating,
        _ => Status::Text(T::MQuitting),
    });
    fx.push(how);
    fx
}

//! The lead's editing keys turned into edits of the event; every change asks the shell to save the file.

use std::sync::Arc;

use super::app::{Overlay, RosterApp as App, Status, Tone};
use super::update::Effect;
use super::{BalanceMode, Form, LeadAction, LeadState, Pick, PickStage, Popup, Preview};
use crate::model::Event;
use crate::setup::{Edit, EditError};
use crate::text::observe::T;
use crate::text::roster::L;
use crate::text::roster::message::{self, Verb};

/// Applies one key of the lead's editing.
pub fn update(app: &mut App, action: LeadAction) -> Vec<Effect> {
    if action == LeadAction::ReadOnly {
        return Vec::new();
    }
    match std::mem::take(&mut app.overlay) {
        Overlay::Popup(popup) => on_popup(app, popup, action),
        other => {
            app.overlay = other;
            on_pane(app, action)
        }
    }
}

/// Keys on the Roster pane itself.
fn on_pane(app: &mut App, action: LeadAction) -> Vec<Effect> {
    let lead = &mut app.lead;
    let selected = app
        .roster
        .selected_row()
        .and_then(|r| app.event.participants.get(r.participant));
    let needs_someone = matches!(
        action,
        LeadAction::Move | LeadAction::Edit | LeadAction::Remove
    );
    if needs_someone && selected.is_none() {
        app.status = Some(Status::Text(T::Lead(L::MNoSelection)));
        return Vec::new();
    }
    let popup = match (action, selected) {
        (LeadAction::Move, Some(p)) => Popup::Pick(Pick::new(&app.event, &p.id)),
        (LeadAction::Edit, Some(p)) => Popup::Form(Form::edit(p)),
        (LeadAction::Remove, Some(p)) => Popup::Remove(p.id.clone()),
        (LeadAction::Add, _) => Popup::Form(Form::add()),
        (LeadAction::Facts, _) => Popup::Form(Form::facts(&app.event)),
        (LeadAction::Rebalance, _) => Popup::Balance(Preview::open(lead, app.lang)),
        (LeadAction::Undo | LeadAction::Redo, _) => return history(app, action),
        (LeadAction::SaveNow, _) if lead.is_saved() => {
            app.status = Some(Status::Text(T::Lead(L::MAllSaved)));
            return Vec::new();
        }
        (LeadAction::SaveNow, _) => return vec![save(lead)],
        _ => return Vec::new(),
    };
    app.overlay = Overlay::Popup(popup);
    Vec::new()
}

/// Keys inside a popup; the popup is put back unless the key closes it.
fn on_popup(app: &mut App, popup: Popup, action: LeadAction) -> Vec<Effect> {
    // The app's event is the editor's, shared: holding it does not hold the app.
    let event = Arc::clone(&app.event);
    let event = event.as_ref();
    let keep = |app: &mut App, p: Popup| {
        app.overlay = Overlay::Popup(p);
        Vec::new()
    };
    match (popup, action) {
        (Popup::Pick(mut pick), LeadAction::Cancel) if matches!(pick.stage, PickStage::Seat(_)) => {
            pick.back();
            keep(app, Popup::Pick(pick))
        }
        (_, LeadAction::Cancel) => {
            // A refusal shown while the popup was open is about the popup: it goes with it.
            app.status = None;
            Vec::new()
        }
        (Popup::Form(mut form), a) => match a {
            LeadAction::Up => {
                form.step(-1);
                keep(app, Popup::Form(form))
            }
            LeadAction::Down => {
                form.step(1);
                keep(app, Popup::Form(form))
            }
            LeadAction::Type(c) => {
                if let Some(v) = form.current() {
                    v.push(c);
                }
                keep(app, Popup::Form(form))
            }
            LeadAction::Erase => {
                if let Some(v) = form.current() {
                    v.pop();
                }
                keep(app, Popup::Form(form))
            }
            LeadAction::Confirm => {
                let new_id = app.lead.editor.next_participant_id();
                let edits = form.edits(&new_id);
                match edits.and_then(|e| make(app, e)) {
                    Ok(fx) => fx,
                    Err(EditError::NoChange) => {
                        app.status = Some(Status::Text(T::Lead(L::MNothingChanged)));
                        Vec::new()
                    }
                    Err(e) => {
                        form.focus_on(&e);
                        refuse(app, &e);
                        keep(app, Popup::Form(form))
                    }
                }
            }
            _ => keep(app, Popup::Form(form)),
        },
        (Popup::Pick(mut pick), a) => match a {
            LeadAction::Up => {
                pick.step(event, -1);
                keep(app, Popup::Pick(pick))
            }
            LeadAction::Down => {
                pick.step(event, 1);
                keep(app, Popup::Pick(pick))
            }
            LeadAction::Confirm => match pick.choose(event) {
                None => keep(app, Popup::Pick(pick)),
                Some(edit) => match make(app, vec![edit]) {
                    Ok(fx) => fx,
                    Err(e) => {
                        refuse(app, &e);
                        keep(app, Popup::Pick(pick))
                    }
                },
            },
            _ => keep(app, Popup::Pick(pick)),
        },
        (Popup::Remove(id), LeadAction::Confirm) => {
            match make(app, vec![Edit::Remove { participant: id }]) {
                Ok(fx) => fx,
                Err(e) => {
                    refuse(app, &e);
                    Vec::new()
                }
            }
        }
        (Popup::Balance(preview), LeadAction::Confirm) => match make(app, vec![preview.edit()]) {
            Ok(fx) => {
                if preview.mode == BalanceMode::NewArrangement {
                    app.lead.seed = preview.seed.wrapping_add(1);
                }
                fx
            }
            Err(e) => {
                refuse(app, &e);
                Vec::new()
            }
        },
        (
            Popup::Balance(mut preview),
            a @ (LeadAction::SeedNext | LeadAction::SeedPrev | LeadAction::SwitchBalance),
        ) => {
            match a {
                LeadAction::SwitchBalance => preview.switch(),
                _ => preview.step_seed(&app.lead, a == LeadAction::SeedNext, app.lang),
            }
            keep(app, Popup::Balance(preview))
        }
        (p, _) => keep(app, p),
    }
}

/// Makes the edits as one step, then shows and saves the result.
fn make(app: &mut App, edits: Vec<Edit>) -> Result<Vec<Effect>, EditError> {
    let lead = &mut app.lead;
    let before = lead.editor.event().clone();
    lead.editor.apply_all(edits.clone())?;
    Ok(changed(app, Verb::Done, &edits, &before))
}

fn history(app: &mut App, action: LeadAction) -> Vec<Effect> {
    let lead = &mut app.lead;
    let before = lead.editor.event().clone();
    let (edits, verb, none) = if action == LeadAction::Undo {
        (lead.editor.undo(), Verb::Undone, L::MNothingToUndo)
    } else {
        (lead.editor.redo(), Verb::Redone, L::MNothingToRedo)
    };
    match edits.map(<[Edit]>::to_vec) {
        Some(edits) => changed(app, verb, &edits, &before),
        None => {
            app.status = Some(Status::Text(T::Lead(none)));
            Vec::new()
        }
    }
}

/// After any change: a new revision, balance and coverage measured, the roster redrawn with the
/// person concerned selected, the message, and the save.
fn changed(app: &mut App, verb: Verb, edits: &[Edit], before: &Event) -> Vec<Effect> {
    let lead = &mut app.lead;
    lead.rev += 1;
    lead.measure();
    let after = lead.editor.event();
    let focus = edits.first().and_then(|e| match e {
        Edit::Move { participant, .. } | Edit::SetField { participant, .. } => {
            Some(participant.clone())
        }
        Edit::SwapSeats { a, .. } => Some(a.clone()),
        Edit::Add { participant, .. } => Some(participant.id.clone()),
        // Shown again after undoing a removal; gone (and not found) after making one.
        Edit::Remove { participant } => Some(participant.clone()),
        Edit::Rebalance { .. } | Edit::FewestMoves | Edit::SetFact { .. } => None,
    });
    let focus = focus
        .filter(|id| after.participant(id).is_some())
        .or_else(|| {
            app.roster
                .selected_row()
                .and_then(|r| before.participants.get(r.participant))
                .map(|p| p.id.clone())
        });
    let msg = message::done(app.lang, verb, edits, before, after);
    app.event = Arc::new(after.clone());
    app.roster.rebuild(&app.event, focus.as_deref());
    app.status = Some(Status::Lead(msg, Tone::Ok));
    vec![save(lead)]
}

fn save(lead: &LeadState) -> Effect {
    Effect::SaveEvent {
        rev: lead.rev,
        event: Arc::new(lead.editor.event().clone()),
    }
}

fn refuse(app: &mut App, e: &EditError) {
    app.status = Some(Status::Lead(message::refused(app.lang, e), Tone::Error));
}

//! Guard rails for an observer whose eyes are on the group: letters and digits typed away from the
//! Observe pane while the discussion is coded are refused out loud, phase changes wait for a yes,
//! and pasted text goes only into the text field that has focus, never into the coding grammar.

use ratatui::crossterm::event::{KeyEvent, KeyModifiers};

use super::action::Effect;
use super::app::{App, Overlay, Status};
use super::pane::Pane;
use super::update::absorb;
use crate::session::Notice;
use crate::text::Words;
use crate::text::guard::{self as words, G, PhaseAsk};
use crate::tui::keys::typed;

/// Why a key is refused before the key table sees it: a letter or digit on another pane while a
/// coded phase runs (a rating, a sort or a phase key typed by a coder who left Observe by a stray
/// Tab). `?` still opens the help; arrows, Tab, F-keys and Ctrl chords still work.
pub fn refusal(app: &App, key: KeyEvent) -> Option<String> {
    let c = printable(key)?;
    let away = matches!(app.overlay, Overlay::None) && app.pane != Pane::Observe && c != '?';
    (away && app.coding_live()).then(|| {
        let observe = format!("F{}", Pane::Observe.index() + 1);
        words::off_observe(app.lang, app.pane.title().get(app.lang), c, &observe)
    })
}

/// A printable key that no row took: said, so nothing vanishes silently (typing modes take every
/// printable key, so this is only the panes, the help and a pending question). While a phase
/// question is open every key it does not answer is said, the F-keys too: the question stays, so
/// the observer sees why the screen did not change.
pub fn unbound(app: &mut App, key: KeyEvent) {
    if matches!(app.overlay, Overlay::Confirm(_)) {
        let name = format!("'{}'", crate::tui::keys::event_label(key, app.lang));
        refuse_while_asking(app, words::answer_first(app.lang, &name));
        return;
    }
    let typing = matches!(
        app.overlay,
        Overlay::Note { .. } | Overlay::Filter | Overlay::Mission(_)
    );
    if let Some(c) = printable(key).filter(|_| !typing) {
        app.status = Some(Status::Refused(words::key_does_nothing(app.lang, c)));
    }
}

/// Says why a key did nothing while a question is open, unless the message line tells of a failed
/// save or refused quit, which a stray key must not hide.
fn refuse_while_asking(app: &mut App, why: String) {
    if !matches!(
        app.status,
        Some(Status::SaveFailed(_) | Status::QuitRefused(_) | Status::Recreated(_))
    ) {
        app.status = Some(Status::Refused(why));
    }
}

/// The character of a key press without Ctrl or Alt.
fn printable(key: KeyEvent) -> Option<char> {
    let chord = key
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
    typed(key).filter(|_| !chord)
}

/// Opens the question before a phase change, or says at once why there is nothing to change.
pub fn ask_phase(app: &mut App, ask: PhaseAsk) {
    let record = app.session.record();
    let running = record.running_phase().is_some();
    let refused = match ask {
        PhaseAsk::Start if running => Some(Notice::PhaseAlreadyRunning),
        PhaseAsk::Pause if !running => Some(Notice::PhaseNotRunning),
        PhaseAsk::Next if next_phase(app).is_none() => Some(Notice::NoNextPhase),
        _ => None,
    };
    match refused {
        Some(n) => app.status = Some(Status::Notice(n)),
        None => {
            app.overlay = Overlay::Confirm(ask);
            app.status = None;
        }
    }
}

/// The phase a question acts on, in the app's language.
pub fn asked_phase_name(app: &App, ask: PhaseAsk) -> String {
    let i = match ask {
        PhaseAsk::Next => next_phase(app),
        PhaseAsk::Start | PhaseAsk::Pause => app.session.current_phase().map(|(i, _)| i),
    };
    i.and_then(|i| app.session.record().phases.get(i))
        .map_or(String::new(), |p| p.name.get(app.lang).to_string())
}

/// The index `Next` would start, as the session counts it.
fn next_phase(app: &App) -> Option<usize> {
    let phases = &app.session.record().phases;
    let next = if phases.iter().any(|p| !p.segments.is_empty()) {
        app.session.current_phase().map_or(0, |(i, _)| i + 1)
    } else {
        0
    };
    (next < phases.len()).then_some(next)
}

/// The answer to the open question: yes changes the phase, no says that nothing changed.
pub fn confirm(app: &mut App, yes: bool) -> Vec<Effect> {
    let Overlay::Confirm(ask) = std::mem::take(&mut app.overlay) else {
        return Vec::new();
    };
    if !yes {
        app.status = Some(Status::Text(crate::text::observe::T::Guard(G::MDeclined)));
        return Vec::new();
    }
    let out = match ask {
        PhaseAsk::Start => app.session.start_phase(),
        PhaseAsk::Pause => app.session.pause_phase(),
        PhaseAsk::Next => app.session.next_phase(),
    };
    absorb(app, out)
}

/// Pasted text goes into the field being typed; anywhere else it is refused, never coded.
pub fn paste(app: &mut App, pasted: &str) {
    // One line: a note or a filter has no line breaks, and a tab or escape must not reach the screen.
    let flat = || -> String {
        pasted
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect()
    };
    match &mut app.overlay {
        Overlay::Note { text, .. } => text.push_str(&flat()),
        Overlay::Acts(super::act_list::ActList {
            edit: Some(edit), ..
        }) => edit.text.push_str(&flat()),
        Overlay::Filter => app.roster.type_str(&flat(), &app.event),
        Overlay::Mission(area) => {
            let clean: String = pasted
                .chars()
                .filter(|c| *c == '\n' || !c.is_control())
                .collect();
            area.insert_str(clean);
        }
        Overlay::Confirm(_) => {
            let why = words::answer_first(app.lang, G::WPaste.get(app.lang));
            refuse_while_asking(app, why);
        }
        Overlay::None if app.pane == Pane::Observe => {
            app.status = Some(Status::Text(crate::text::observe::T::Guard(
                G::MPasteOnObserve,
            )))
        }
        _ => {
            app.status = Some(Status::Text(crate::text::observe::T::Guard(
                G::MPasteNowhere,
            )))
        }
    }
}

/// What reopening says when the last quit ended a turn or paused a phase.
pub fn reopened(session: &crate::session::Session, lang: crate::model::Lang) -> Option<String> {
    let record = session.record();
    let closed = record.closed_on_quit()?;
    let who = closed.participant.as_deref().map(|id| {
        let person = session.person_index(id);
        let seat = person.and_then(|p| session.seat_of(p));
        let name = person
            .and_then(|p| session.person(p))
            .map_or(id, |p| p.name.as_str());
        match seat {
            Some(s) => format!("{s} {name}"),
            None => name.to_string(),
        }
    });
    let phase = closed.phase.as_deref().map(|id| {
        record
            .phases
            .iter()
            .find(|p| p.id == id)
            .map_or(id.to_string(), |p| p.name.get(lang).to_string())
    });
    let at = closed.stamp.at.format("%H:%M:%S").to_string();
    Some(words::reopened(lang, &at, who.as_deref(), phase.as_deref()))
}

/// Esc on a prompt: it closes, and the message line says what was not done.
pub fn cancelled(app: &mut App) {
    use super::app::NoteTarget;
    use super::score::ScoreNote;
    let said = match std::mem::take(&mut app.overlay) {
        Overlay::Note {
            target: NoteTarget::Score(ScoreNote::ConfirmSubmit | ScoreNote::ConfirmSubmitEmpty),
            ..
        } => G::MNotSubmitted,
        Overlay::Note {
            target: NoteTarget::Score(ScoreNote::Reason),
            ..
        } => {
            app.score.pending = None;
            G::MDeclined
        }
        Overlay::Note { .. } => G::MNoteCancelled,
        _ => return,
    };
    app.status = Some(Status::Text(crate::text::observe::T::Guard(said)));
}

/// Switching panes: a message about what was done on the pane left does not follow; saving
/// trouble and what opening found stay until dealt with.
pub fn leave_pane(app: &mut App) {
    let keep = matches!(
        app.status,
        Some(
            Status::SaveFailed(_)
                | Status::QuitRefused(_)
                | Status::Terminating
                | Status::Recreated(_)
                | Status::Recovered { .. }
        )
    );
    if !keep {
        app.status = None;
    }
}

/// Ctrl+Q with a code half typed: the first press asks (the code would be lost), the second quits.
pub fn quit_drops_a_code(app: &mut App) -> bool {
    let asked = app.status
        == Some(Status::Text(crate::text::observe::T::Guard(
            G::MQuitPending,
        )));
    if app.session.chord().pending() && !asked {
        app.status = Some(Status::Text(crate::text::observe::T::Guard(
            G::MQuitPending,
        )));
        return true;
    }
    false
}

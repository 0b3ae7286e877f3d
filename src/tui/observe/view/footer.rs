//! The message line: pending chord, notices, questions and the note being typed.

use crate::session::Stroke;
use crate::text::Words;
use crate::tui::observe::Action;
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::{describe_act, fmt, style};
use crate::session::{Chord, Notice, key_for_seat};
use crate::text::observe::{self as text, ActDone, T};
use crate::tui::observe::app::{App, NoteTarget, Overlay, Status};
use crate::tui::observe::keymap;

/// Draws the message line, or the note being typed.
pub fn status(app: &App, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    if let Overlay::Note { text, target } = &app.overlay {
        use crate::tui::observe::score::{ScoreNote, submit};
        let head = match target {
            NoteTarget::Act => format!("{}: ", T::NotePrompt.get(lang)),
            NoteTarget::Group => format!("{}: ", T::GroupNotePrompt.get(lang)),
            NoteTarget::Score(ScoreNote::ConfirmSubmit) => submit::question(app, false) + " ",
            NoteTarget::Score(ScoreNote::ConfirmSubmitEmpty) => submit::question(app, true) + ": ",
            NoteTarget::Score(s) => format!("{}: ", s.prompt().get(lang)),
        };
        // The submit question is long (the empty cells by name): wrapped over the rows it was given.
        if let NoteTarget::Score(ScoreNote::ConfirmSubmit | ScoreNote::ConfirmSubmitEmpty) = target
        {
            frame.render_widget(
                Paragraph::new(Line::from(vec![
                    Span::styled(head, style::chord()),
                    Span::raw(text.clone()),
                ]))
                .wrap(Wrap { trim: false }),
                area,
            );
            return;
        }
        let room = usize::from(area.width).saturating_sub(head.width() + 1);
        // Show the end of a long note: that is where the cursor is.
        let shown: String = {
            let chars: Vec<char> = text.chars().collect();
            let mut start = chars.len();
            let mut w = 0;
            while start > 0 {
                let cw = unicode_width::UnicodeWidthChar::width(chars[start - 1]).unwrap_or(0);
                if w + cw > room {
                    break;
                }
                w += cw;
                start -= 1;
            }
            chars[start..].iter().collect()
        };
        let x = area.x + (head.width() + shown.width()) as u16;
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(head, style::chord()),
                Span::raw(shown),
            ])),
            area,
        );
        crate::tui::shell::cursor::place(
            frame,
            Position::new(x.min(area.right().saturating_sub(1)), area.y),
        );
        return;
    }
    let mut spans = Vec::new();
    if let Overlay::Confirm(ask) = app.overlay {
        let question = confirm_question(app, ask);
        // The question first, so its keys are never what a narrow screen cuts; then what
        // happened since it was asked (a key that did not answer it, a failed save).
        spans.push(Span::styled(question, style::chord()));
        if let Some(st) = &app.status {
            let (msg, sty) = status_text(app, st);
            spans.push(Span::raw(" "));
            spans.push(Span::styled(msg, sty));
        }
        frame.render_widget(
            Paragraph::new(Line::from(spans)).wrap(Wrap { trim: true }),
            area,
        );
        return;
    }
    if let Some(chord) = chord_text(app) {
        spans.push(Span::styled(format!(" {chord} "), style::chord()));
        spans.push(Span::raw(" "));
    }
    if let Some(st) = &app.status {
        let (msg, sty) = status_text(app, st);
        spans.push(Span::styled(msg, sty));
    }
    if area.height > 1 {
        frame.render_widget(
            Paragraph::new(Line::from(spans)).wrap(Wrap { trim: true }),
            area,
        );
    } else {
        frame.render_widget(Line::from(spans), area);
    }
}

/// The open phase question, in the app's language.
fn confirm_question(app: &App, ask: crate::text::guard::PhaseAsk) -> String {
    let name = crate::tui::observe::guard::asked_phase_name(app, ask);
    let keys = crate::text::guard::G::MConfirmKeys.get(app.lang);
    let first = app
        .session
        .record()
        .phases
        .iter()
        .all(|p| p.segments.is_empty());
    crate::text::guard::confirm_phase(app.lang, ask, &name, keys, first)
}

/// Rows for the message line: one, or up to three when saving failed, so what happened and what
/// to do are read whole (the file and the OS's words come last and may be cut).
pub fn status_rows(app: &App, width: u16) -> u16 {
    use crate::tui::observe::score::{ScoreNote, submit};
    if let Overlay::Note {
        target: NoteTarget::Score(s @ (ScoreNote::ConfirmSubmit | ScoreNote::ConfirmSubmitEmpty)),
        text,
    } = &app.overlay
    {
        let q = submit::question(app, *s == ScoreNote::ConfirmSubmitEmpty);
        let rows = (q.width() + text.width() + 2).div_ceil(usize::from(width.max(1)));
        return rows.clamp(1, 4) as u16;
    }
    if matches!(app.overlay, Overlay::Note { .. }) {
        return 1;
    }
    if let Overlay::Confirm(ask) = app.overlay {
        let refused = app
            .status
            .as_ref()
            .map_or(0, |st| status_text(app, st).0.width() + 1);
        let rows =
            (confirm_question(app, ask).width() + refused).div_ceil(usize::from(width.max(1)));
        return rows.clamp(1, 3) as u16;
    }
    // A failed save says what happened and what to do in up to three rows; any other message
    // (a refusal and the key that helps, the chord and why a key was refused) wraps to two rather
    // than lose its end at 80 columns.
    let most = match &app.status {
        Some(Status::SaveFailed(_) | Status::QuitRefused(_) | Status::Recreated(_)) => 3,
        _ => 2,
    };
    let chord = chord_text(app).map_or(0, |c| c.width() + 3);
    let msg = app
        .status
        .as_ref()
        .map_or(0, |st| status_text(app, st).0.width());
    let rows = (chord + msg).div_ceil(usize::from(width.max(1)));
    rows.clamp(1, most) as u16
}

/// The pending chord in words, if any.
pub fn chord_text(app: &App) -> Option<String> {
    let s = &app.session;
    let lang = app.lang;
    let who = |p: usize| {
        let name = s.person(p).map_or("?", |p| fmt::short_name(&p.name));
        match s.seat_of(p).and_then(key_for_seat) {
            Some(k) => format!("{k} {}", fmt::cut(name, 18)),
            None => fmt::cut(name, 18),
        }
    };
    match s.chord() {
        Chord::Idle => None,
        Chord::Pick => Some(T::ChordPick.get(lang).to_string()),
        Chord::Picked { person } => Some(text::chord_picked(lang, &who(person))),
        Chord::Target { actor, code, .. } => {
            let code = s
                .record()
                .scheme
                .codes
                .get(code)
                .map_or("?", |c| c.code.as_str());
            Some(format!(
                "{} · {}",
                text::chord_target(lang, code, &who(actor)),
                T::ChordNoTarget.get(lang)
            ))
        }
    }
}

fn status_text(app: &App, st: &Status) -> (String, ratatui::style::Style) {
    let lang = app.lang;
    match st {
        Status::Notice(n) => notice_text(app, n),
        Status::Text(t) => (t.get(lang).to_string(), style::ok()),
        Status::SaveFailed(f) => (crate::text::store::disk_failure(lang, f), style::error()),
        Status::QuitRefused(r) => (
            text::quit_refused(lang, &keymap::BINDINGS.key_of(&Action::Quit, lang), r),
            style::error(),
        ),
        Status::Terminating => (text::signal_quit(lang).to_string(), style::warn()),
        Status::Recreated(said) => (said.clone(), style::warn()),
        Status::Refused(why) => (why.clone(), style::warn()),
        Status::Recovered { replayed, problems } => (
            text::recovered(lang, *replayed, problems),
            if problems.is_empty() {
                style::ok()
            } else {
                style::warn()
            },
        ),
    }
}

/// A session notice in words, with how loudly to show it.
pub fn notice_text(app: &App, n: &Notice) -> (String, ratatui::style::Style) {
    let lang = app.lang;
    let restore = keymap::BINDINGS.key_of(&Action::Stroke(Stroke::Redo), lang);
    let act = |what, i: &usize| text::act_done(lang, what, &describe_act(app, *i), &restore);
    let phase = |i: &usize| {
        app.session
            .record()
            .phases
            .get(*i)
            .map_or(String::new(), |p| p.name.get(lang).to_string())
    };
    if let Some(said) = super::act_list::notice_text(app, n) {
        return said;
    }
    match n {
        Notice::NoFloor => (T::MNoFloor.get(lang).into(), style::warn()),
        Notice::FloorBack(undone) => (crate::text::guard::floor_back(lang, *undone), style::warn()),
        Notice::PhaseBack(undone, now) => (
            crate::text::guard::phase_back(lang, *undone, now.map(|i| phase(&i)).as_deref()),
            style::warn(),
        ),
        Notice::StillSpeaking(s) => (crate::text::guard::still_speaking(lang, *s), style::dim()),
        Notice::PausedNoTurn(s) => (crate::text::guard::paused_no_turn(lang, *s), style::warn()),
        Notice::EmptySeat(s) => (text::empty_seat(lang, *s), style::warn()),
        Notice::UnknownKey(k) => (text::unknown_key(lang, *k), style::warn()),
        Notice::PickSeat => (T::MPickSeat.get(lang).into(), style::warn()),
        Notice::ChooseTarget => (T::MChooseTarget.get(lang).into(), style::warn()),
        Notice::SelfTarget => (T::MSelfTarget.get(lang).into(), style::warn()),
        Notice::Cancelled => (T::MCancelled.get(lang).into(), style::dim()),
        Notice::NothingToUndo => (T::MNothingToUndo.get(lang).into(), style::warn()),
        Notice::NothingToRedo => (T::MNothingToRedo.get(lang).into(), style::warn()),
        Notice::NothingToNote => (T::MNothingToNote.get(lang).into(), style::warn()),
        Notice::Coded(i) => (act(ActDone::Coded, i), style::ok()),
        Notice::Duplicate(i) => (act(ActDone::Duplicate, i), style::nudge()),
        Notice::Retracted(i) => (act(ActDone::Retracted, i), style::warn()),
        Notice::Restored(i) => (act(ActDone::Restored, i), style::ok()),
        Notice::Noted(i) => (act(ActDone::Noted, i), style::ok()),
        Notice::PhaseAlreadyRunning => (T::MPhaseAlreadyRunning.get(lang).into(), style::warn()),
        Notice::PhaseNotRunning => (T::MPhaseNotRunning.get(lang).into(), style::warn()),
        Notice::NoNextPhase => (T::MNoNextPhase.get(lang).into(), style::warn()),
        Notice::PhaseStarted(i) => (text::phase_event(lang, true, &phase(i)), style::ok()),
        Notice::PhaseResumed(i) => (
            format!(
                "{}: {}",
                crate::text::guard::G::MResumed.get(lang),
                phase(i)
            ),
            style::ok(),
        ),
        Notice::PhasePaused(i) => (text::phase_event(lang, false, &phase(i)), style::warn()),
        Notice::Rejected(r) => (r.clone(), style::error()),
        _ => (String::new(), style::dim()),
    }
}

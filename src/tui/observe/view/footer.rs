//! The message line (pending chord, notices, typing) and the hint bar drawn from the key table.

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
use crate::tui::observe::keymap::{self, Key};
use crate::tui::observe::score::{Cell, selected};

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

/// One hint: the key's short label, its hint, and whether it always shows (quit and help).
pub(crate) type Hint = (String, &'static str, bool);

/// The hints of the bindings in force, each key labelled as the bar shows it.
pub(crate) fn hint_entries(app: &App) -> Vec<Hint> {
    let rows = keymap::bindings_for(app.mode(), app.pane);
    hints_for(app.lang, rows, &|k| hint_key(k, app))
}

/// What the hint bar is worked out from: the key table's rows in force (mode and pane), the
/// language, and the Score pane's level keys, the one label that follows the selection.
#[derive(Debug, Clone, PartialEq)]
struct HintKey {
    mode: keymap::Mode,
    pane: crate::tui::observe::pane::Pane,
    lang: crate::model::Lang,
    levels: Option<String>,
}

impl HintKey {
    fn of(app: &App) -> HintKey {
        use crate::tui::observe::pane::Pane;
        HintKey {
            mode: app.mode(),
            pane: app.pane,
            lang: app.lang,
            // `Key::Level` is bound on the Score pane only.
            levels: (app.pane == Pane::Score).then(|| level_keys(app)),
        }
    }
}

/// The hint bar as last worked out and drawn: every keystroke draws a frame, and the bar changes
/// only with the mode, the pane and the language (its labels were formatted and its cells written
/// afresh each time).
#[derive(Debug, Default)]
pub struct HintBar {
    entries: std::cell::RefCell<Option<(HintKey, std::rc::Rc<[Hint]>)>>,
    drawn: super::Painted<std::rc::Rc<[Hint]>>,
}

impl HintBar {
    /// The hints in force, worked out again only when what they come from changed.
    pub(crate) fn entries(&self, app: &App) -> std::rc::Rc<[Hint]> {
        let key = HintKey::of(app);
        let mut memo = self.entries.borrow_mut();
        match &*memo {
            Some((k, entries)) if *k == key => entries.clone(),
            _ => {
                let entries: std::rc::Rc<[Hint]> = hint_entries(app).into();
                *memo = Some((key, entries.clone()));
                entries
            }
        }
    }

    /// Draws `entries` (from [`HintBar::entries`]) in `area`, copying the last drawing when
    /// they and the area are the same.
    pub(crate) fn draw(&self, entries: &std::rc::Rc<[Hint]>, frame: &mut Frame, area: Rect) {
        self.drawn
            .paint(frame.buffer_mut(), area, entries.clone(), |buf| {
                write_hints(entries, buf, area)
            });
    }
}

/// The hints of the key-table rows `rows`, each key labelled by `label`.
pub(crate) fn hints_for(
    lang: crate::model::Lang,
    rows: impl Iterator<Item = &'static keymap::Binding>,
    label: &dyn Fn(Key) -> String,
) -> Vec<Hint> {
    let mut entries: Vec<Hint> = rows
        .filter_map(|b| {
            let k = label(b.keys[0]);
            let always = k == "^Q" || k == "?";
            Some((k, b.hint?.get(lang), always))
        })
        .collect();
    // Quit and help go last, where the eye finds them.
    entries.sort_by_key(|e| e.2);
    entries
}

fn entry_width(e: &(String, &str, bool)) -> usize {
    e.0.width() + 1 + e.1.width() + 2
}

/// How many rows these hints want: two when one is not enough and the screen is tall.
pub(crate) fn rows_for(entries: &[Hint], width: u16, height: u16) -> u16 {
    let total: usize = entries.iter().map(entry_width).sum();
    if total > usize::from(width) && height >= 24 {
        2
    } else {
        1
    }
}

/// The hint bar: short labels of the bindings in force, as many as fit; quit and help always show.
pub(crate) fn draw_hints(entries: &[Hint], frame: &mut Frame, area: Rect) {
    write_hints(entries, frame.buffer_mut(), area);
}

/// [`draw_hints`] into a buffer.
fn write_hints(entries: &[Hint], buf: &mut ratatui::buffer::Buffer, area: Rect) {
    let width = usize::from(area.width);
    let rows = usize::from(area.height.max(1));
    let reserved: usize = entries.iter().filter(|e| e.2).map(entry_width).sum();
    let mut lines: Vec<Vec<Span>> = vec![Vec::new(); rows];
    let mut used = vec![0usize; rows];
    let mut row = 0;
    for e in entries {
        let w = entry_width(e);
        let room =
            |r: usize| width.saturating_sub(if r + 1 == rows && !e.2 { reserved } else { 0 });
        while row < rows && used[row] + w > room(row) {
            if e.2 && row + 1 == rows {
                break;
            }
            row += 1;
        }
        let r = row.min(rows - 1);
        if used[r] + w > room(r) && !e.2 {
            continue;
        }
        used[r] += w;
        lines[r].push(Span::styled(e.0.clone(), style::key()));
        lines[r].push(Span::raw(format!(" {}  ", e.1)));
    }
    let lines: Vec<Line> = lines.into_iter().map(Line::from).collect();
    super::write_lines(buf, area, lines);
}

/// Compact key labels for the hint bar.
fn hint_key(k: Key, app: &App) -> String {
    match k {
        Key::Level => level_keys(app),
        other => short_key(other, app.lang),
    }
}

/// A key's compact label for the hint bar.
pub(crate) fn short_key(k: Key, lang: crate::model::Lang) -> String {
    use ratatui::crossterm::event::KeyCode;
    match k {
        Key::Ctrl(c) => format!("^{}", c.to_ascii_uppercase()),
        Key::Seat => "0-9".into(),
        Key::Plain(KeyCode::Backspace) => "⌫".into(),
        Key::Plain(KeyCode::Enter) => "⏎".into(),
        other => keymap::key_label(other, lang),
    }
}

/// The digits the selected Score-pane row takes: a rubric item's own range, else the levels.
fn level_keys(app: &App) -> String {
    let rubric = match selected(app) {
        Some(Cell::Rubric(i)) => app.session.record().scheme.rubric.get(i),
        _ => None,
    };
    match rubric {
        Some(item) => format!("1-{}", item.max),
        None => keymap::key_label(Key::Level, app.lang),
    }
}

//! The message line with where saving stands, and the hint bar drawn from the key table.

use crate::text::Words;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use crate::text::washup::{self as text, W};
use crate::tui::observe::keymap::{Key, key_label};
use crate::tui::observe::view::style;
use crate::tui::washup::Action;
use crate::tui::washup::app::{Status, WashupApp};
use crate::tui::washup::keymap::BINDINGS;
use crate::tui::washup::keymap::{self, Mode};

/// Room kept on the right of the message line for the save state.
const SAVE_ROOM: u16 = 16;

/// Draws the message on the left and the save state on the right.
pub fn status(app: &WashupApp, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let (save, save_style) = if app.save.failed.is_some() || app.save.snapshot_failed.is_some() {
        (W::SaveFailed.get(lang).to_string(), style::error())
    } else if app.save.sent > app.save.saved {
        (
            format!("{} {}", W::Saving.get(lang), app.save.sent - app.save.saved),
            style::warn(),
        )
    } else {
        (W::Saved.get(lang).to_string(), style::ok())
    };
    let (msg, msg_style) = message(app);
    let sw = u16::try_from(save.width() + 1).unwrap_or(area.width);
    let [left, right] =
        Layout::horizontal([Constraint::Fill(1), Constraint::Length(sw)]).areas(area);
    frame.render_widget(
        Paragraph::new(Span::styled(msg, msg_style)).wrap(Wrap { trim: true }),
        left,
    );
    frame.render_widget(Paragraph::new(Span::styled(save, save_style)), right);
}

/// The message line's text and colour.
fn message(app: &WashupApp) -> (String, Style) {
    let lang = app.lang;
    if let crate::tui::washup::app::Overlay::Search(q, _) = &app.overlay {
        let at = crate::tui::washup::search::position(app);
        return (text::search_line(lang, q, at), style::heading());
    }
    match &app.status {
        None => (String::new(), style::dim()),
        Some(Status::Text(t)) => (t.get(lang).to_string(), style::warn()),
        Some(Status::Line(s)) => (s.clone(), style::dim()),
        Some(Status::SaveFailed(f)) => (crate::text::store::disk_failure(lang, f), style::error()),
        Some(Status::QuitRefused(why)) => (
            text::quit_refused(lang, &BINDINGS.key_of(&Action::Quit, lang), why),
            style::error(),
        ),
    }
}

/// Rows for the message line: one, or up to three when saving failed, so what happened and what
/// to do are read whole (the file and the OS's words come last and may be cut).
pub fn status_rows(app: &WashupApp, width: u16) -> u16 {
    if !matches!(
        app.status,
        Some(Status::SaveFailed(_) | Status::QuitRefused(_))
    ) {
        return 1;
    }
    let room = usize::from(width.saturating_sub(SAVE_ROOM).max(1));
    message(app).0.width().div_ceil(room).clamp(1, 3) as u16
}

fn hint_key(k: Key, mode: Mode, lang: crate::model::Lang) -> String {
    use ratatui::crossterm::event::KeyCode;
    match k {
        Key::Ctrl(c) => format!("^{}", c.to_ascii_uppercase()),
        Key::Plain(KeyCode::Enter) => "⏎".into(),
        // The matrix moves both ways; elsewhere only up and down.
        Key::Plain(KeyCode::Up) if mode == Mode::Matrix => "↑↓←→".into(),
        Key::Plain(KeyCode::Up) => "↑↓".into(),
        Key::Plain(KeyCode::Right) => "←→".into(),
        other => key_label(other, lang),
    }
}

/// The hint bar: the short labels of the bindings in force, as many as fit.
pub fn hints(app: &WashupApp, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let mut spans = Vec::new();
    let mut used = 0;
    for b in keymap::bindings_for(app.mode()) {
        let (Some(hint), Some(k)) = (b.hint, b.keys.first()) else {
            continue;
        };
        let key = hint_key(*k, app.mode(), lang);
        let label = hint.get(lang);
        let w = key.width() + label.width() + 3;
        if used + w > usize::from(area.width) {
            break;
        }
        used += w;
        spans.push(Span::styled(key, style::key()));
        spans.push(Span::raw(format!(" {label}  ")));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

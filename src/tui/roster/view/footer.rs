//! The editor's message line and the hints of its keys, from the same key table as its help.

use crate::text::Words;
use crate::tui::observe::Action;
use crate::tui::roster::keymap::BINDINGS;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use crate::text::observe as observe_text;
use crate::text::roster as text;
use crate::tui::observe::view::hints::{Hint, hints_for, short_key};
use crate::tui::observe::view::style;
use crate::tui::roster::app::{RosterApp, Status, Tone};

/// The hints of the keys in force.
pub fn hints(app: &RosterApp) -> Vec<Hint> {
    let rows = crate::tui::roster::keymap::bindings_for(app.mode());
    hints_for(app.lang, rows, &|k| short_key(k, app.lang))
}

/// Rows for the message line: one, or up to three when quitting was refused, so why is read whole.
pub fn status_rows(app: &RosterApp, width: u16) -> u16 {
    let Some(st @ Status::QuitRefused(_)) = &app.status else {
        return 1;
    };
    let chars = said(app, st).0.width();
    chars.div_ceil(usize::from(width.max(1))).clamp(1, 3) as u16
}

/// Draws the message line.
pub fn status(app: &RosterApp, frame: &mut Frame, area: Rect) {
    let Some(st) = &app.status else {
        return;
    };
    let (msg, sty) = said(app, st);
    let line = Line::from(Span::styled(msg, sty));
    if area.height > 1 {
        frame.render_widget(Paragraph::new(line).wrap(Wrap { trim: true }), area);
    } else {
        frame.render_widget(line, area);
    }
}

fn said(app: &RosterApp, st: &Status) -> (String, Style) {
    let lang = app.lang;
    match st {
        Status::Text(t) => (t.get(lang).to_string(), style::ok()),
        Status::QuitRefused(r) => (
            text::quit_refused(lang, &BINDINGS.key_of(&Action::Quit, lang), r),
            style::error(),
        ),
        Status::Terminating => (observe_text::signal_quit(lang).to_string(), style::warn()),
        Status::Lead(msg, tone) => (
            msg.clone(),
            match tone {
                Tone::Ok => style::ok(),
                Tone::Error => style::error(),
            },
        ),
    }
}

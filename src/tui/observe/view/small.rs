//! What the observer sees under the "too small" message: who has the floor and the phase's clock,
//! then the message line, so a key pressed on a small terminal is never unseen.

use crate::text::Words;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{fmt, footer, header, style};
use crate::session::key_for_seat;
use crate::text::observe::T;
use crate::tui::observe::app::App;

/// Draws the floor line and, under it, the message line; in one row the message line alone
/// when it has something to say.
pub fn last(app: &App, frame: &mut Frame, area: Rect) {
    if area.height == 1 && footer::status_rows(app, area.width) > 0 && says_something(app) {
        footer::status(app, frame, area);
        return;
    }
    // The floor line wraps to a second row when it needs one and the message line keeps one.
    let line = floor_line(app);
    // Wrapped at word boundaries a line can need a row more than its width alone says.
    let rows = match line.width().div_ceil(usize::from(area.width.max(1))) {
        0 | 1 => 1,
        n => n + 1,
    }
    .clamp(1, usize::from(area.height.saturating_sub(1)).max(1)) as u16;
    let [floor, rest] =
        Layout::vertical([Constraint::Length(rows), Constraint::Fill(1)]).areas(area);
    frame.render_widget(Paragraph::new(line).wrap(Wrap { trim: true }), floor);
    if rest.height > 0 {
        footer::status(app, frame, rest);
    }
}

/// Whether the message line holds anything: a message, a pending chord, a question or a note.
fn says_something(app: &App) -> bool {
    app.status.is_some()
        || footer::chord_text(app).is_some()
        || !matches!(app.overlay, crate::tui::observe::app::Overlay::None)
}

/// "▶ 5 Budi S. · ▶ running · session 12:03", or silence.
pub fn floor_line(app: &App) -> Line<'static> {
    let s = &app.session;
    let who = s.floor().and_then(|p| {
        let seat = s.seat_of(p)?;
        let name = s.person(p).map_or("", |x| fmt::short_name(&x.name));
        Some(format!(
            "{} {} {name}",
            style::FLOOR_MARK,
            key_for_seat(seat).unwrap_or(' ')
        ))
    });
    let mut spans = vec![match who {
        Some(w) => Span::styled(w, style::floor()),
        None => Span::styled(T::Silence.get(app.lang).to_string(), style::dim()),
    }];
    let phase = header::phase_line(app);
    if phase.width() > 0 {
        spans.push(Span::raw(" · "));
        spans.extend(phase.spans);
    }
    Line::from(spans)
}

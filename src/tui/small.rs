//! What every app shows on a terminal smaller than it draws in: what the size is and what to do,
//! and under it what the last key did. Keys still act there (a floor change lost mid-discussion
//! is worse than one coded on a small screen), so none may act unseen.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::{Paragraph, Wrap};

use crate::model::Lang;
use crate::tui::observe::view::style;

/// The smallest terminal the apps draw in; below it the "too small" message is shown.
pub const MIN_WIDTH: u16 = 60;
/// See [`MIN_WIDTH`].
pub const MIN_HEIGHT: u16 = 18;

/// Whether `area` is below the size the apps draw in.
pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// One frame of an app: `draw` over the whole area when the terminal is large enough; else the
/// "too small" message (`quit` names the quit key) with `last` (the app's own message line:
/// what the last key did) drawn in the rows under it.
pub fn sweep(
    lang: Lang,
    quit: impl FnOnce() -> String,
    frame: &mut Frame,
    draw: impl FnOnce(&mut Frame, Rect),
    last: impl FnOnce(&mut Frame, Rect),
) {
    let area = frame.area();
    if !too_small(area) {
        draw(frame, area);
        return;
    }
    let [message, under] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(last_rows(area.height)),
    ])
    .areas(area);
    let msg = crate::text::observe::too_small(
        lang,
        area.width,
        area.height,
        MIN_WIDTH,
        MIN_HEIGHT,
        &quit(),
    );
    frame.render_widget(
        Paragraph::new(msg)
            .style(style::warn())
            .wrap(Wrap { trim: true }),
        message,
    );
    if under.height > 0 {
        last(frame, under);
    }
}

/// Rows under the message for what the last key did: none on the tiniest terminals, where the
/// message alone barely fits, up to four.
fn last_rows(height: u16) -> u16 {
    match height {
        0..=2 => 0,
        3..=5 => 1,
        6..=8 => 2,
        9..=11 => 3,
        _ => 4,
    }
}

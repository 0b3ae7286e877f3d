//! The message for a terminal too small to code in.

use crate::tui::observe::{Action, keymap};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{Paragraph, Wrap};

use super::{MIN_HEIGHT, MIN_WIDTH, style};
use crate::text::observe as text;

/// Draws the "too small" message, wrapped to whatever room there is.
pub fn render(lang: crate::model::Lang, frame: &mut Frame, area: Rect) {
    let quit = keymap::BINDINGS.key_of(&Action::Quit, lang);
    let msg = text::too_small(lang, area.width, area.height, MIN_WIDTH, MIN_HEIGHT, &quit);
    frame.render_widget(
        Paragraph::new(msg)
            .style(style::warn())
            .wrap(Wrap { trim: true }),
        area,
    );
}

/// One frame of the observer or the roster editor: `draw` over the whole area when the terminal
/// is large enough, else the "too small" message.
pub fn sweep(lang: crate::model::Lang, frame: &mut Frame, draw: impl FnOnce(&mut Frame, Rect)) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        render(lang, frame, area);
    } else {
        draw(frame, area);
    }
}

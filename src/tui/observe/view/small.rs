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

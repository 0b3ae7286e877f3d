//! Where a frame asks for the terminal's cursor. ratatui keeps that inside the frame, where only its
//! own draw cycle can read it; the shell draws with a diff of its own ([`super::diff`]), so the
//! views place the cursor through here, which tells both.

use std::cell::Cell;

use ratatui::Frame;
use ratatui::layout::Position;

thread_local! {
    static ASKED: Cell<Option<Position>> = const { Cell::new(None) };
}

/// Shows the terminal's cursor at `at` after this frame (a frame that places none hides it).
#[allow(clippy::disallowed_methods)] // The one place the frame is told directly.
pub fn place(frame: &mut Frame, at: Position) {
    frame.set_cursor_position(at);
    ASKED.set(Some(at));
}

/// Forgets any place asked for: a frame is about to be drawn.
pub(super) fn forget() {
    ASKED.set(None);
}

/// The place the frame just drawn asked for, if any.
pub(super) fn asked() -> Option<Position> {
    ASKED.take()
}

//! The warning kept above the roster for as long as it applies: day files of this event exist
//! already, so every edit makes them disagree with the event. A status message would be replaced
//! by the first edit's.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::text::roster as text;
use crate::tui::observe::view::{draw_lines, fmt, style};
use crate::tui::roster::LeadState;
use crate::tui::roster::app::RosterApp as App;

/// The banner's lines at `width`, at most `room` of them (the last cut with `…` when the text
/// needs more); none when there is nothing to warn about.
pub fn lines(app: &App, lead: &LeadState, width: u16, room: usize) -> Vec<String> {
    let Some(days) = &lead.day_files else {
        return Vec::new();
    };
    let said = text::day_files_exist(app.lang, days.count, &days.folder);
    let width = usize::from(width);
    let mut wrapped = wrap(&said, width);
    if wrapped.len() > room {
        let rest = wrapped[room.saturating_sub(1)..].join(" ");
        wrapped.truncate(room.saturating_sub(1));
        if room > 0 {
            wrapped.push(fmt::cut(&rest, width));
        }
    }
    wrapped
}

/// Draws the lines from [`lines`] in the warning colour.
pub fn render(frame: &mut Frame, area: Rect, lines: &[String]) {
    draw_lines(
        frame,
        area,
        lines
            .iter()
            .map(|l| Line::from(Span::styled(l.clone(), style::warn()))),
    );
}

/// Greedy word wrap at `width` columns; a word wider than a line is cut.
pub(super) fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let needed = if line.is_empty() {
            word.width()
        } else {
            line.width() + 1 + word.width()
        };
        if needed > width && !line.is_empty() {
            out.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
        if line.width() > width {
            out.push(fmt::cut(&line, width));
            line.clear();
        }
    }
    if !line.is_empty() {
        out.push(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn words_wrap_at_the_width_and_long_ones_are_cut() {
        assert_eq!(wrap("a bb ccc dd", 6), ["a bb", "ccc dd"]);
        assert_eq!(wrap("/a/very/long/path x", 8), ["/a/very…", "x"]);
        assert_eq!(wrap("", 8), Vec::<String>::new());
    }
}

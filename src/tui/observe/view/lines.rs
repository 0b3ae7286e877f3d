//! Lines drawn one per row, the way every pane draws its text. Most of what the Observe pane shows
//! on each keystroke is plain ASCII (times, seat keys, codes, counts) and a few marks, which are
//! written cell by cell here; anything else goes through ratatui's own span rendering, so the
//! screen is the same.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

/// Draws one line per row from the top of `area`, each cut at the right edge. Much cheaper than a
/// `Paragraph`, which reflows every line through an intermediate buffer; the Observe pane redraws on
/// every keystroke.
pub fn draw_lines<'a>(frame: &mut Frame, area: Rect, lines: impl IntoIterator<Item = Line<'a>>) {
    write_lines(frame.buffer_mut(), area, lines);
}

/// [`draw_lines`] into a buffer.
pub fn write_lines<'a>(buf: &mut Buffer, area: Rect, lines: impl IntoIterator<Item = Line<'a>>) {
    for (i, line) in lines.into_iter().take(usize::from(area.height)).enumerate() {
        let row = Rect {
            y: area.y + i as u16,
            height: 1,
            ..area
        };
        write_line(buf, row, &line);
    }
}

/// Draws `line` in `row` as `Line::render` does. A left-aligned line is drawn span by span from
/// the left edge; a span of printable ASCII and [`SIMPLE`] marks is one cell per character, so it
/// skips the grapheme segmentation and width lookups that ratatui needs for text in general.
fn write_line(buf: &mut Buffer, row: Rect, line: &Line<'_>) {
    if !matches!(line.alignment, None | Some(Alignment::Left)) {
        line.render(row, buf);
        return;
    }
    let mut area = row.intersection(buf.area);
    if area.is_empty() || line.width() == 0 {
        return;
    }
    area.height = 1;
    // Patching a cell with no style changes nothing; most lines have none, and this was a pass
    // over the whole row for every line of every frame.
    if line.style != Style::default() {
        buf.set_style(area, line.style);
    }
    for span in &line.spans {
        if area.is_empty() {
            break;
        }
        // As ratatui does, a span of no width is not drawn at all (not even a control character).
        let width = if let Some(width) = simple_width(&span.content) {
            write_simple(buf, area, span);
            width
        } else {
            let width = span.content.width();
            if width > 0 {
                span.render(area, buf);
            }
            width
        };
        // ratatui's Rect::indent_x, which is private to it.
        let step = u16::try_from(width).unwrap_or(u16::MAX).min(area.width);
        area.x += step;
        area.width -= step;
    }
}

/// The marks the Observe pane draws beside plain text (`·` `→` `●` `▶` `█` `⊘` `✓`...): each is one
/// column wide and a grapheme of its own before or after any other of them or ASCII (none joins,
/// extends or is wide; a test checks each against the Unicode tables ratatui uses). In code point
/// order, for the binary search.
const SIMPLE: &[char] = &[
    '\u{a0}', '°', '±', '·', 'é', 'Σ', '—', '‘', '’', '“', '”', '…', '‼', '←', '↑', '→', '↓', '↶',
    '↷', '⊘', '⌫', '⏎', '─', '│', '█', '▏', '▶', '●', '✎', '✓',
];

/// The columns `text` takes when every character in it is printable ASCII or one of [`SIMPLE`],
/// one column and one cell each; `None` for anything else.
fn simple_width(text: &str) -> Option<usize> {
    if text.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return Some(text.len());
    }
    let mut width = 0;
    for ch in text.chars() {
        if !((' '..='~').contains(&ch) || SIMPLE.binary_search(&ch).is_ok()) {
            return None;
        }
        width += 1;
    }
    Some(width)
}

/// A span of [`simple_width`] text from the left of `area`, a character per cell, cut at its
/// right edge.
fn write_simple(buf: &mut Buffer, area: Rect, span: &Span<'_>) {
    // The row's cells as one slice: `area` lies within the buffer (the caller cut it to it).
    let start = buf.index_of(area.x, area.y);
    let Some(cells) = buf.content.get_mut(start..start + usize::from(area.width)) else {
        return;
    };
    let styled = span.style != Style::default();
    for (cell, ch) in cells.iter_mut().zip(span.content.chars()) {
        cell.set_char(ch);
        if styled {
            cell.set_style(span.style);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use ratatui::style::{Color, Modifier, Style};

    fn style(k: u8) -> Style {
        match k % 4 {
            0 => Style::new(),
            1 => Style::new().fg(Color::Yellow),
            2 => Style::new().bg(Color::Blue).add_modifier(Modifier::BOLD),
            _ => Style::new().add_modifier(Modifier::DIM),
        }
    }

    fn line(spans: &[(String, u8)], line_style: u8, align: u8) -> Line<'static> {
        let mut l = Line::from(
            spans
                .iter()
                .map(|(t, s)| Span::styled(t.clone(), style(*s)))
                .collect::<Vec<_>>(),
        )
        .style(style(line_style));
        l.alignment = [None, Some(Alignment::Left), Some(Alignment::Right)][usize::from(align % 3)];
        l
    }

    /// A screen with something already on it, as a frame has after other parts are drawn.
    fn under() -> Buffer {
        let mut b = Buffer::empty(Rect::new(0, 0, 24, 3));
        b.set_string(0, 1, "#".repeat(24), Style::new().fg(Color::Red));
        b
    }

    proptest! {
        /// Whatever the text (ASCII, Indonesian, marks such as ° → “ ”, wide characters,
        /// control characters), widths and styles, the row is what ratatui draws.
        #[test]
        fn a_line_is_drawn_as_ratatui_draws_it(
            spans in prop::collection::vec(
                ("[ -~]{0,9}|[a-z°→“”·éü世界\t]{0,6}|[a-z ·→●▶█⊘✓‼—…\u{a0}\u{301}\u{fe0f}]{0,8}", any::<u8>()), 0..5),
            line_style in any::<u8>(),
            align in any::<u8>(),
            x in 0u16..8,
            width in 0u16..30,
        ) {
            let l = line(&spans, line_style, align);
            let row = Rect::new(x, 1, width, 1);
            let mut ours = under();
            write_line(&mut ours, row, &l);
            let mut theirs = under();
            l.render(row, &mut theirs);
            prop_assert_eq!(ours, theirs);
        }
    }

    #[test]
    fn each_simple_mark_is_one_column_and_a_grapheme_of_its_own() {
        use unicode_segmentation::UnicodeSegmentation;
        for &c in SIMPLE {
            assert_eq!(c.to_string().width(), 1, "{c:?}");
            for d in SIMPLE.iter().chain(&['a', ' ', '~']) {
                let pair = format!("{c}{d}");
                assert_eq!(pair.graphemes(true).count(), 2, "{pair:?}");
                let pair = format!("{d}{c}");
                assert_eq!(pair.graphemes(true).count(), 2, "{pair:?}");
            }
        }
        assert!(
            SIMPLE.windows(2).all(|w| w[0] < w[1]),
            "in order, each once"
        );
    }

    #[test]
    fn plain_ascii_is_cut_at_the_right_edge() {
        let mut b = Buffer::empty(Rect::new(0, 0, 6, 1));
        let area = b.area;
        write_lines(&mut b, area, [Line::from("12:05 3 PROP")]);
        assert_eq!(b, Buffer::with_lines(["12:05 "]));
    }
}

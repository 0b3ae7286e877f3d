//! A part of the screen that changes only with where it is drawn and a key (the code legend with
//! the language, the hint bar with the hints in force): drawn once into a buffer of its own and
//! copied into each frame after that, since every keystroke draws a whole frame; not even copied
//! where the screen shows it already (see [`crate::tui::shell::same::keep`]).

use std::cell::RefCell;

use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::Rect;

use crate::model::Lang;

/// The last drawing of one part, with the area and key (by default the language) it was drawn for,
/// and the key naming that drawing for the shell ([`crate::tui::shell::same`]).
#[derive(Debug)]
pub struct Painted<K = Lang>(RefCell<Option<Drawing<K>>>);

#[derive(Debug)]
struct Drawing<K> {
    area: Rect,
    key: K,
    cells: Buffer,
    /// Per row, how many of its cells [`copy_row`] copies.
    used: Vec<usize>,
    named: u64,
}

/// How many of a drawn row's cells count: those up to its last one that is not blank.
pub(super) fn used(row: &[Cell]) -> usize {
    row.iter()
        .rposition(|c| *c != Cell::EMPTY)
        .map_or(0, |i| i + 1)
}

/// Puts a kept row into `to` (a row of the frame being drawn): its first `used` cells copied,
/// the blank rest made blank where `to` is not already. A frame starts blank, so the blank end of
/// a row (half of most legend rows) is neither read nor written: a key's frame copies thousands
/// of kept cells, and each one read was memory not in the cache since the last key.
pub(super) fn copy_row(to: &mut [Cell], from: &[Cell], used: usize) {
    to[..used].clone_from_slice(&from[..used]);
    for cell in &mut to[used..] {
        if *cell != Cell::EMPTY {
            cell.reset();
        }
    }
}

impl<K> Default for Painted<K> {
    fn default() -> Self {
        Painted(RefCell::new(None))
    }
}

impl<K: PartialEq> Painted<K> {
    /// Puts into `buf` what `draw` draws in `area` for `key` (or nothing, where the screen shows
    /// that drawing in that place already), calling `draw` only when the area or the key differs
    /// from the last time, and vouches to the shell that the area holds that drawing.
    pub fn paint(&self, buf: &mut Buffer, area: Rect, key: K, draw: impl FnOnce(&mut Buffer)) {
        self.paint_with(buf, area, key, |b, _| draw(b));
    }

    /// [`Painted::paint`], with `draw` drawing from the key.
    pub fn paint_with(
        &self,
        buf: &mut Buffer,
        area: Rect,
        key: K,
        draw: impl FnOnce(&mut Buffer, &K),
    ) {
        let area = area.intersection(buf.area);
        if area.is_empty() {
            return;
        }
        let width = usize::from(area.width);
        let mut memo = self.0.borrow_mut();
        let drawn = match memo.take() {
            Some(d) if d.area == area && d.key == key => d,
            _ => {
                let mut cells = Buffer::empty(area);
                draw(&mut cells, &key);
                // As the terminal gets it: the screen's frame is held to it from frame to frame.
                crate::tui::inert::screen(&mut cells);
                let used = cells.content.chunks(width).map(used).collect();
                Drawing {
                    area,
                    key,
                    cells,
                    used,
                    named: crate::tui::shell::same::fresh_key(),
                }
            }
        };
        let row = |i: usize| &drawn.cells.content[i * width..(i + 1) * width];
        crate::tui::shell::same::keep(area, drawn.named, row, || {
            for (y, &used) in (area.top()..area.bottom()).zip(&drawn.used) {
                let (from, to) = (drawn.cells.index_of(area.x, y), buf.index_of(area.x, y));
                copy_row(
                    &mut buf.content[to..to + width],
                    &drawn.cells.content[from..from + width],
                    used,
                );
            }
        });
        *memo = Some(drawn);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::{Color, Style};

    fn draw(text: &'static str, calls: &std::cell::Cell<usize>) -> impl FnOnce(&mut Buffer) {
        move |b: &mut Buffer| {
            calls.set(calls.get() + 1);
            let a = b.area;
            b.set_string(a.x, a.y, text, Style::new().fg(Color::Cyan));
        }
    }

    #[test]
    fn a_kept_row_copies_its_drawn_cells_and_blanks_the_rest_where_it_is_not_blank() {
        let mut kept = Buffer::empty(Rect::new(0, 0, 6, 1));
        kept.set_string(0, 0, "ab", Style::new().fg(Color::Cyan));
        let n = used(&kept.content);
        assert_eq!(n, 2);
        // A frame blank but for a stray cell past the drawn ones (something drawn there first).
        let mut frame = Buffer::empty(Rect::new(0, 0, 6, 1));
        frame.set_string(4, 0, "x", Style::new().fg(Color::Red));
        copy_row(&mut frame.content, &kept.content, n);
        assert_eq!(frame, kept, "the row as kept, the stray cell blanked");
        assert_eq!(used(&Buffer::empty(Rect::new(0, 0, 3, 1)).content), 0);
        // A blank cell with a style counts as drawn.
        let mut styled = Buffer::empty(Rect::new(0, 0, 3, 1));
        styled.set_style(Rect::new(2, 0, 1, 1), Style::new().bg(Color::Blue));
        assert_eq!(used(&styled.content), 3);
    }

    #[test]
    fn drawn_once_per_area_and_language_and_copied_in_place() {
        let calls = std::cell::Cell::new(0);
        let painted = Painted::default();
        let area = Rect::new(2, 1, 4, 2);
        let mut expected = Buffer::empty(Rect::new(0, 0, 8, 4));
        expected.set_string(2, 1, "abcd", Style::new().fg(Color::Cyan));
        for _ in 0..3 {
            let mut screen = Buffer::empty(Rect::new(0, 0, 8, 4));
            painted.paint(&mut screen, area, Lang::Id, draw("abcd", &calls));
            assert_eq!(screen, expected);
        }
        assert_eq!(calls.get(), 1, "drawn once, copied twice");
        // Another language or another place: drawn again, and what it draws now is shown.
        let mut screen = Buffer::empty(Rect::new(0, 0, 8, 4));
        painted.paint(&mut screen, area, Lang::En, draw("wxyz", &calls));
        assert_eq!(calls.get(), 2);
        assert_eq!(screen[(2, 1)].symbol(), "w");
        let mut screen = Buffer::empty(Rect::new(0, 0, 8, 4));
        painted.paint(
            &mut screen,
            Rect::new(0, 3, 8, 1),
            Lang::En,
            draw("moved", &calls),
        );
        assert_eq!(calls.get(), 3);
        assert_eq!(screen[(0, 3)].symbol(), "m");
        assert_eq!(screen[(2, 1)].symbol(), " ", "nothing left where it was");
    }
}

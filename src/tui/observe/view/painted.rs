//! A part of the screen that changes only with where it is drawn and a key (the code legend with
//! the language, the hint bar with the hints in force): drawn once into a buffer of its own and
//! copied into each frame after that, since every keystroke draws a whole frame.

use std::cell::RefCell;

use ratatui::buffer::Buffer;
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
    named: u64,
}

impl<K> Default for Painted<K> {
    fn default() -> Self {
        Painted(RefCell::new(None))
    }
}

impl<K: PartialEq> Painted<K> {
    /// Puts into `buf` what `draw` draws in `area` for `key`, calling `draw` only when the area or
    /// the key differs from the last time, and vouches to the shell that the area holds that
    /// drawing.
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
        let mut memo = self.0.borrow_mut();
        let drawn = match memo.take() {
            Some(d) if d.area == area && d.key == key => d,
            _ => {
                let mut cells = Buffer::empty(area);
                draw(&mut cells, &key);
                Drawing {
                    area,
                    key,
                    cells,
                    named: crate::tui::shell::same::fresh_key(),
                }
            }
        };
        for y in area.top()..area.bottom() {
            let (from, to) = (drawn.cells.index_of(area.x, y), buf.index_of(area.x, y));
            let width = usize::from(area.width);
            buf.content[to..to + width].clone_from_slice(&drawn.cells.content[from..from + width]);
        }
        crate::tui::shell::same::vouch(area, drawn.named);
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

//! Parts of a frame its view vouches are the same as in the frame before. A view that copies a
//! part from a memo of its own (the code legend, the hint bar, a recent act's row) names what it
//! copied with the memo's key; where the frame on the screen had the same key in the same place,
//! the diff ([`super::diff`]) need not compare those cells, a third to two thirds of a keystroke's
//! frame on the Observe pane, and the view need not copy them either ([`keep`]): it leaves a
//! hole the screen already fills, which spares the frame most of its writes.
//!
//! A key names one drawing: a memo takes a fresh key ([`fresh_key`]) each time it draws anew, and
//! the copies of that drawing carry it. A view must not vouch for a part something else is drawn
//! over later in the frame (an overlay); before drawing it, the view forgets what it vouched for
//! ([`forget`]), which fills the holes it left.

use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};

use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::Rect;

/// What the run loop lends a frame being drawn, and what the frame's view says of it.
#[derive(Debug, Default)]
pub(super) struct Listening {
    /// What the frame being drawn vouched for.
    pub vouched: Vec<(Rect, u64)>,
    /// What the frame on the screen vouched for when it was drawn.
    pub on_screen: Vec<(Rect, u64)>,
    /// The frame on the screen, lent while the next one is drawn.
    pub screen: Buffer,
    /// The parts left undrawn because the screen holds them ([`keep`]).
    pub holes: Vec<Rect>,
}

thread_local! {
    /// `None` while no run loop is drawing (a view drawn by a test straight into a buffer vouches
    /// to nobody, and every part it draws is drawn).
    static LISTENING: RefCell<Option<Listening>> = const { RefCell::new(None) };
}

/// A key no drawing has had.
pub fn fresh_key() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Says that `area` of the frame being drawn holds exactly the drawing named `key`.
pub fn vouch(area: Rect, key: u64) {
    LISTENING.with_borrow_mut(|l| {
        if let Some(l) = l {
            l.vouched.push((area, key));
        }
    });
}

/// Puts the drawing named `key` into `area` of the frame being drawn: where the frame on the
/// screen holds it in that place, by leaving the part undrawn (nothing may then be drawn there
/// for the rest of the frame, the screen's cells show through, unless [`forget`] is called
/// first), else by `copy`. Either way the part is vouched for. `row(i)` is the drawing's `i`-th
/// row, held in debug builds (every test) to what the screen shows there. Whether the part was
/// left undrawn.
pub fn keep<'a>(
    area: Rect,
    key: u64,
    row: impl Fn(usize) -> &'a [Cell],
    copy: impl FnOnce(),
) -> bool {
    if kept(area, key, row) {
        return true;
    }
    copy();
    vouch(area, key);
    false
}

/// Whether the frame on the screen holds the drawing named `key` in `area`; if it does, the part
/// is vouched for and left undrawn (see [`keep`]).
fn kept<'a>(area: Rect, key: u64, row: impl Fn(usize) -> &'a [Cell]) -> bool {
    LISTENING.with_borrow_mut(|l| {
        let Some(l) = l else {
            return false;
        };
        if !holds(&l.on_screen, area, key) {
            return false;
        }
        if cfg!(debug_assertions) {
            for (i, y) in (area.top()..area.bottom()).enumerate() {
                let at = l.screen.index_of(area.x, y);
                let width = usize::from(area.width);
                assert!(
                    l.screen.content[at..at + width] == *row(i),
                    "row {y} of {area:?} was kept as drawing {key} but the screen shows another"
                );
            }
        }
        l.vouched.push((area, key));
        l.holes.push(area);
        true
    })
}

/// Withdraws everything vouched for in the frame being drawn into `buf`, because something is
/// about to be drawn over it: the parts left undrawn are filled from the screen first.
pub fn forget(buf: &mut Buffer) {
    LISTENING.with_borrow_mut(|l| {
        if let Some(l) = l {
            fill_holes(buf, &l.screen, &mut l.holes);
            l.vouched.clear();
        }
    });
}

/// Fills the `holes` of `buf` from `screen`, where something is to look at every cell or to be
/// drawn over them: they are holes no more.
pub(super) fn fill_holes(buf: &mut Buffer, screen: &Buffer, holes: &mut Vec<Rect>) {
    fill(buf, screen, holes);
    holes.clear();
}

/// Copies `parts` of `screen` into `buf` (the same size).
fn fill(buf: &mut Buffer, screen: &Buffer, parts: &[Rect]) {
    for part in parts {
        let part = part.intersection(buf.area).intersection(screen.area);
        if part.is_empty() {
            // Outside the buffer (an empty intersection keeps an `x` past its edge).
            continue;
        }
        for y in part.top()..part.bottom() {
            let (from, to) = (screen.index_of(part.x, y), buf.index_of(part.x, y));
            let width = usize::from(part.width);
            buf.content[to..to + width].clone_from_slice(&screen.content[from..from + width]);
        }
    }
}

/// A frame is about to be drawn by the run loop over `lent.screen`: its view may leave undrawn
/// what `lent.on_screen` names.
pub(super) fn listen(mut lent: Listening) {
    // Sorted by key, so each part the view asks about is found by a binary search rather than a
    // scan of every part (a view vouches for a part per row: dozens on a large terminal).
    lent.on_screen.sort_unstable_by_key(|&(_, key)| key);
    LISTENING.set(Some(lent));
}

/// Whether `parts`, sorted by key, hold the drawing `key` in `area`.
fn holds(parts: &[(Rect, u64)], area: Rect, key: u64) -> bool {
    let first = parts.partition_point(|&(_, k)| k < key);
    parts[first..]
        .iter()
        .take_while(|&&(_, k)| k == key)
        .any(|&(a, _)| a == area)
}

/// What the frame just drawn was lent and said; nothing is kept until the next [`listen`].
pub(super) fn take() -> Listening {
    LISTENING.take().unwrap_or_default()
}

/// The cells of a buffer over `area` that `now` and `before` (sorted by key, as [`listen`] leaves
/// it) both vouch for with the same key in the same place, as sorted, disjoint index ranges, into
/// `out`.
pub(super) fn unchanged(
    now: &[(Rect, u64)],
    before: &[(Rect, u64)],
    area: Rect,
    out: &mut Vec<std::ops::Range<usize>>,
) {
    debug_assert!(before.is_sorted_by_key(|&(_, key)| key));
    let alike = now
        .iter()
        .filter(|&&(vouched, key)| holds(before, vouched, key))
        .map(|&(vouched, _)| vouched);
    cells(alike, area, out);
}

/// Makes every cell of `buf` blank but those of `holes` (blank already: nothing was drawn there),
/// with `scratch`'s room.
pub(super) fn blank_but(
    buf: &mut Buffer,
    holes: &[Rect],
    scratch: &mut Vec<std::ops::Range<usize>>,
) {
    cells(holes.iter().copied(), buf.area, scratch);
    let len = buf.content.len();
    let mut from = 0;
    for hole in scratch.iter().chain(std::iter::once(&(len..len))) {
        let to = hole.start.clamp(from, len);
        // Not `fill`, which clones the blank cell's text into each cell: a reset is a store.
        buf.content[from..to].iter_mut().for_each(Cell::reset);
        from = hole.end.clamp(to, len);
    }
    scratch.clear();
}

/// The cells of a buffer over `area` within `parts`, as sorted, disjoint index ranges, into `out`.
fn cells(parts: impl Iterator<Item = Rect>, area: Rect, out: &mut Vec<std::ops::Range<usize>>) {
    out.clear();
    for part in parts {
        let part = part.intersection(area);
        if part.is_empty() {
            continue;
        }
        for y in part.top()..part.bottom() {
            let start =
                usize::from(y - area.y) * usize::from(area.width) + usize::from(part.x - area.x);
            out.push(start..start + usize::from(part.width));
        }
    }
    out.sort_unstable_by_key(|r| r.start);
    // A part vouched for twice, or overlapping another, is merged into one range.
    let mut kept = 0;
    for i in 0..out.len() {
        if kept > 0 && out[i].start <= out[kept - 1].end {
            out[kept - 1].end = out[kept - 1].end.max(out[i].end);
        } else {
            out[kept] = out[i].clone();
            kept += 1;
        }
    }
    out.truncate(kept);
}

/// A view that vouched for a part it copied (not one it left undrawn, which [`kept`] holds to
/// the screen) and then drew something over shows stale cells: in debug builds (every test) each
/// part vouched the same as on the screen (`last`) is held to it, the holes filled first.
#[cfg(debug_assertions)]
pub(super) fn check_vouched(
    last: &Buffer,
    unchanged: &[std::ops::Range<usize>],
    holes: &[Rect],
    next: &Buffer,
) {
    let mut whole = next.clone();
    fill(&mut whole, last, holes);
    for r in unchanged {
        debug_assert!(
            whole.content[r.clone()] == last.content[r.clone()],
            "cells {r:?} were vouched the same as on the screen but differ"
        );
    }
}

/// A part left undrawn shows what the screen holds there, so nothing may be drawn into it (unless
/// [`forget`] filled it first): in debug builds (every test) each hole is held to blank as the
/// view leaves the frame, whichever way the frame is then diffed. (Drawing a blank cell into a
/// hole cannot be told from leaving it.)
#[cfg(debug_assertions)]
pub(super) fn holes_left_blank(next: &Buffer, holes: &[Rect]) {
    let mut ranges = Vec::new();
    cells(holes.iter().copied(), next.area, &mut ranges);
    for r in ranges {
        debug_assert!(
            next.content[r.clone()].iter().all(|c| *c == Cell::EMPTY),
            "cells {r:?}: a part was left for the screen to fill, but something was drawn there"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_parts_vouched_alike_in_both_frames_are_unchanged() {
        let area = Rect::new(0, 0, 10, 4);
        let row = |y| Rect::new(2, y, 5, 1);
        let before = [(row(0), 7), (row(1), 8), (Rect::new(0, 2, 10, 2), 9)];
        // Row 0 alike; row 1 another drawing; row 2-3 in another place; a part off the screen.
        let now = [
            (row(0), 7),
            (row(1), 5),
            (Rect::new(1, 2, 10, 2), 9),
            (Rect::new(8, 3, 5, 3), 9),
        ];
        let mut out = Vec::new();
        unchanged(&now, &before, area, &mut out);
        assert_eq!(out, vec![2..7]);
        // Overlapping and repeated parts merge; a part beyond the edge is cut to it.
        let both = [
            (Rect::new(0, 1, 6, 1), 1),
            (row(1), 1),
            (Rect::new(4, 1, 9, 1), 2),
        ];
        unchanged(&both, &both, area, &mut out);
        assert_eq!(out, vec![10..20]);
    }

    #[test]
    fn blanking_a_frame_leaves_its_holes_alone_and_blanks_the_rest() {
        let area = Rect::new(0, 0, 6, 4);
        let mut buf = Buffer::filled(area, Cell::new("x"));
        // Two holes overlapping on row 1, one reaching past the frame's edge.
        let holes = [
            Rect::new(1, 1, 2, 2),
            Rect::new(2, 1, 2, 1),
            Rect::new(5, 3, 4, 4),
        ];
        blank_but(&mut buf, &holes, &mut Vec::new());
        let shown: Vec<String> = (0..4)
            .map(|y| (0..6).map(|x| buf[(x, y)].symbol()).collect())
            .collect();
        assert_eq!(shown, ["      ", " xxx  ", " xx   ", "     x"]);
        // With no holes the frame is blank whole, as `Buffer::reset` leaves it.
        blank_but(&mut buf, &[], &mut Vec::new());
        assert_eq!(buf, Buffer::empty(area));
    }

    #[test]
    fn a_drawing_is_found_in_each_place_it_was_vouched_for() {
        // One drawing copied to two places, among others, sorted by key as `listen` leaves them.
        let at = |x| Rect::new(x, 0, 2, 1);
        let parts = [(at(0), 1), (at(4), 3), (at(6), 3), (at(2), 3), (at(8), 5)];
        for x in [4, 6, 2] {
            assert!(holds(&parts, at(x), 3), "3 at {x}");
        }
        assert!(!holds(&parts, at(0), 3), "3 is not at 0");
        assert!(!holds(&parts, at(8), 3), "3 is not at 8");
        assert!(holds(&parts, at(0), 1) && holds(&parts, at(8), 5));
        assert!(!holds(&parts, at(0), 2) && !holds(&parts, at(0), 9) && !holds(&[], at(0), 1));
    }
}

//! Parts of a frame its view vouches are the same as in the frame before. A view that copies a
//! part from a memo of its own (the code legend, the hint bar, a recent act's row) names what it
//! copied with the memo's key; where the frame on the screen had the same key in the same place,
//! the diff ([`super::diff`]) need not compare those cells, a third to two thirds of a keystroke's
//! frame on the Observe pane.
//!
//! A key names one drawing: a memo takes a fresh key ([`fresh_key`]) each time it draws anew, and
//! the copies of that drawing carry it. A view must not vouch for a part something else is drawn
//! over later in the frame (an overlay); it forgets what it vouched for ([`forget`]) instead.

use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};

use ratatui::layout::Rect;

thread_local! {
    /// What the frame being drawn vouched for; `None` while no run loop is drawing (a view drawn
    /// by a test straight into a buffer vouches to nobody).
    static VOUCHED: RefCell<Option<Vec<(Rect, u64)>>> = const { RefCell::new(None) };
}

/// A key no drawing has had.
pub fn fresh_key() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Says that `area` of the frame being drawn holds exactly the drawing named `key`.
pub fn vouch(area: Rect, key: u64) {
    VOUCHED.with_borrow_mut(|v| {
        if let Some(v) = v {
            v.push((area, key));
        }
    });
}

/// Withdraws everything vouched for in the frame being drawn (something was drawn over it).
pub fn forget() {
    VOUCHED.with_borrow_mut(|v| {
        if let Some(v) = v {
            v.clear();
        }
    });
}

/// A frame is about to be drawn by the run loop: what its view vouches for is kept, in `into`'s
/// allocation.
pub(super) fn listen(into: &mut Vec<(Rect, u64)>) {
    into.clear();
    VOUCHED.set(Some(std::mem::take(into)));
}

/// What the frame just drawn vouched for, into `into`; nothing is kept until the next
/// [`listen`].
pub(super) fn take(into: &mut Vec<(Rect, u64)>) {
    *into = VOUCHED.take().unwrap_or_default();
}

/// The cells of a buffer over `area` that `now` and `before` both vouch for with the same key in
/// the same place, as sorted, disjoint index ranges, into `out`.
pub(super) fn unchanged(
    now: &[(Rect, u64)],
    before: &[(Rect, u64)],
    area: Rect,
    out: &mut Vec<std::ops::Range<usize>>,
) {
    out.clear();
    for (vouched, key) in now {
        if !before.contains(&(*vouched, *key)) {
            continue;
        }
        let part = vouched.intersection(area);
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
            (Rect::new(4, 1, 9, 1), 2),
            (row(1), 1),
        ];
        unchanged(&both, &both, area, &mut out);
        assert_eq!(out, vec![10..20]);
    }
}

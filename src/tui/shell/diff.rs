//! The cells that changed between two frames. ratatui's diff looks up each cell's width before it
//! compares the cell, on every cell of the screen, which was a third of a keystroke; when every
//! cell of both frames is a plain one-column cell (the Observe pane's frames nearly always are),
//! its rules come down to "draw the cells that differ", found here with a cheap comparison.
//! Any other frame (a wide character, a skipped cell) is left to ratatui's diff.

use ratatui::buffer::{Buffer, Cell, CellDiffOption, CellWidth};

/// Puts into `out` the index of each cell of `next` that differs from `prev`, in order, and
/// returns true (the cells in `same` taken to be `prev`'s, whatever `next` holds there); returns
/// false (with `out` undefined) when either buffer holds a cell that is not a plain one-column
/// cell, or the two differ in size, so ratatui's diff must decide.
/// `prev_plain` says every cell of `prev` is already known to be plain (it was drawn through
/// here): a cell equal to its predecessor is then plain too, and only changed cells are looked
/// at closely, which spares the width lookup on the unchanged bulk of the screen. The cells in
/// `same` (sorted, disjoint index ranges its view vouched for, see [`super::same`]: parts the
/// view left undrawn, blank in `next`, or copied as the screen holds them) are then not compared
/// at all.
pub fn plain_changes(
    prev: &Buffer,
    prev_plain: bool,
    next: &Buffer,
    same: &[std::ops::Range<usize>],
    out: &mut Vec<usize>,
) -> bool {
    out.clear();
    if prev.area != next.area {
        return false;
    }
    let len = next.content.len();
    // Vouched cells equal their predecessors, which are plain only when all of `prev` is.
    let skipped = if prev_plain { same } else { &[] };
    let mut from = 0;
    for skip in skipped.iter().chain(std::iter::once(&(len..len))) {
        let to = skip.start.clamp(from, len);
        let cells = prev.content[from..to].iter().zip(&next.content[from..to]);
        for (i, (p, n)) in (from..).zip(cells) {
            let equal = same_style(p, n) && same_text(p.symbol(), n.symbol());
            if equal && prev_plain && plain_option(n) {
                continue;
            }
            if !(prev_plain || plain(p)) || !plain(n) {
                return false;
            }
            if !equal {
                out.push(i);
            }
        }
        from = skip.end.clamp(to, len);
    }
    true
}

/// String equality with the one-byte cell (most of a screen) decided without a call to memcmp.
fn same_text(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    match (a, b) {
        ([x], [y]) => x == y,
        _ => a == b,
    }
}

/// A cell drawn as such, neither skipped nor given a width.
#[allow(deprecated)] // `skip` is still honoured by ratatui's diff, so it is checked here too.
fn plain_option(c: &Cell) -> bool {
    matches!(c.diff_option, CellDiffOption::None) && !c.skip
}

/// A cell ratatui's diff treats like any single-column character.
fn plain(c: &Cell) -> bool {
    // Most cells are one byte, which ratatui counts one column without a width lookup.
    let s = c.symbol();
    plain_option(c) && (s.len() == 1 || s.cell_width() == 1)
}

/// The parts of `Cell`'s equality beside the symbol (the options are plain on both sides).
fn same_style(a: &Cell, b: &Cell) -> bool {
    a.fg == b.fg
        && a.bg == b.bg
        && a.modifier == b.modifier
        && a.underline_color == b.underline_color
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use ratatui::layout::Rect;
    use ratatui::style::{Color, Modifier, Style};

    fn style(k: u8) -> Style {
        match k % 5 {
            0 => Style::new(),
            1 => Style::new().fg(Color::Yellow),
            2 => Style::new().bg(Color::Blue).add_modifier(Modifier::BOLD),
            3 => Style::new().add_modifier(Modifier::REVERSED),
            _ => Style::new().underline_color(Color::Red),
        }
    }

    /// A 12x3 buffer with the given strings written at the given places.
    fn buffer(writes: &[(u16, u16, String, u8)], skip: Option<usize>) -> Buffer {
        let mut b = Buffer::empty(Rect::new(0, 0, 12, 3));
        for (x, y, text, s) in writes {
            b.set_string(*x, *y, text, style(*s));
        }
        if let Some(i) = skip {
            let i = i % b.content.len();
            b.content[i].set_diff_option(CellDiffOption::Skip);
        }
        b
    }

    fn writes() -> impl Strategy<Value = Vec<(u16, u16, String, u8)>> {
        prop::collection::vec(
            (
                0u16..12,
                0u16..3,
                "[ -~]{0,6}|[a-z·→●世界😀\u{fe0f}]{0,4}",
                any::<u8>(),
            ),
            0..6,
        )
    }

    proptest! {
        /// Whenever the cheap comparison answers, it names the very cells ratatui's diff names;
        /// frames of wide characters, emoji and skipped cells are left to ratatui.
        #[test]
        fn the_changes_are_the_ones_ratatui_finds(
            before in writes(),
            after in writes(),
            skip in prop::option::weighted(0.1, any::<usize>()),
        ) {
            let (prev, next) = (buffer(&before, None), buffer(&after, skip));
            // Whether `prev` is all plain, as the loop learns it: from drawing it over a blank screen.
            let blank = Buffer::empty(prev.area);
            let prev_plain = plain_changes(&blank, true, &prev, &[], &mut Vec::new());
            let mut ours = Vec::new();
            let answered = plain_changes(&prev, false, &next, &[], &mut ours);
            let mut known = Vec::new();
            // Knowing `prev` plain changes the work, never the answer.
            prop_assert_eq!(plain_changes(&prev, prev_plain, &next, &[], &mut known), answered);
            if answered {
                let theirs: Vec<usize> = prev
                    .diff(&next)
                    .iter()
                    .map(|&(x, y, _)| next.index_of(x, y))
                    .collect();
                prop_assert_eq!(&ours, &theirs);
                prop_assert_eq!(known, theirs);
            }
        }

        /// Cells vouched the same are not looked at, and the answer is the one a full look gives.
        #[test]
        fn vouched_cells_change_nothing_but_the_work(
            before in writes(),
            after in writes(),
            spans in prop::collection::vec((0usize..36, 0usize..14), 0..4),
        ) {
            let prev = buffer(&before, None);
            let mut next = buffer(&after, None);
            let blank = Buffer::empty(prev.area);
            let prev_plain = plain_changes(&blank, true, &prev, &[], &mut Vec::new());
            // Sorted, disjoint ranges whose cells `next` holds as `prev` does, as a view's vouch
            // promises.
            let mut same: Vec<std::ops::Range<usize>> = Vec::new();
            let mut at = 0;
            for (gap, len) in spans {
                let start = (at + gap).min(36);
                let end = (start + len).min(36);
                next.content[start..end].clone_from_slice(&prev.content[start..end]);
                same.push(start..end);
                at = end;
            }
            let (mut full, mut skipping) = (Vec::new(), Vec::new());
            let answered = plain_changes(&prev, prev_plain, &next, &[], &mut full);
            prop_assert_eq!(
                plain_changes(&prev, prev_plain, &next, &same, &mut skipping),
                answered
            );
            if answered {
                prop_assert_eq!(&skipping, &full);
            }
            // The same parts left undrawn (blank in `next`) give the same answer, once `prev` is
            // known plain (else the loop fills them before the diff).
            if prev_plain {
                let mut holed = next.clone();
                for r in &same {
                    holed.content[r.clone()].iter_mut().for_each(Cell::reset);
                }
                let mut holey = Vec::new();
                prop_assert_eq!(plain_changes(&prev, true, &holed, &same, &mut holey), answered);
                if answered {
                    prop_assert_eq!(holey, full);
                }
            }
        }
    }

    #[test]
    fn plain_frames_are_answered_and_others_left_to_ratatui() {
        let mut out = Vec::new();
        let prev = buffer(&[(0, 0, "09:00 1 PROP".into(), 0)], None);
        let next = buffer(&[(0, 0, "09:01 1 PRO●".into(), 0)], None);
        assert!(plain_changes(&prev, false, &next, &[], &mut out));
        assert_eq!(out, [4, 11], "the minute and the mark");
        let bold = buffer(&[(0, 0, "09:00 1 PROP".into(), 2)], None);
        assert!(plain_changes(&prev, false, &bold, &[], &mut out));
        assert_eq!(out.len(), 12, "a style change is a change");
        let wide = buffer(&[(0, 1, "世界".into(), 0)], None);
        assert!(!plain_changes(&prev, false, &wide, &[], &mut out));
        assert!(
            !plain_changes(&prev, true, &wide, &[], &mut out),
            "a changed cell is still looked at"
        );
        let skipped = buffer(&[], Some(3));
        assert!(!plain_changes(&prev, false, &skipped, &[], &mut out));
        let smaller = Buffer::empty(Rect::new(0, 0, 12, 2));
        assert!(!plain_changes(&prev, false, &smaller, &[], &mut out));
    }
}

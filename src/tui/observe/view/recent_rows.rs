//! The recent-acts list's rows as last drawn, each with what it was drawn from. Every act coded moves
//! the list down a row, so without this each visible row was formatted and written again on every
//! keystroke; now a row is drawn once and copied while what it shows stays the same.

use std::cell::{RefCell, RefMut};
use std::sync::Arc;

use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::Rect;
use rustc_hash::FxHashMap;

use super::painted::{copy_row, used};

use crate::model::{Act, Lang};
use crate::tui::observe::recent::ActLine;

/// Everything one row of the list is drawn from, as the frame has it.
#[derive(Debug, Clone, Copy)]
pub struct RowSource<'a> {
    /// The act. Compared by address: the memo holds a reference to it, so a change to the act
    /// (`Arc::make_mut`) always copies it to a new address and the row is drawn again.
    pub act: &'a Arc<Act>,
    /// The act's prepared parts.
    pub line: &'a ActLine,
    /// Marked as a likely double.
    pub flagged: bool,
    /// The session time shown (its bits), which moves when the discussion starts.
    pub session_s: u64,
    /// The language of the label.
    pub lang: Lang,
}

/// A row's source as kept with its cells: copied only when the row is drawn, not on each frame.
#[derive(Debug)]
struct Kept {
    act: Arc<Act>,
    line: ActLine,
    flagged: bool,
    session_s: u64,
    lang: Lang,
}

impl Kept {
    fn of(source: RowSource<'_>) -> Kept {
        Kept {
            act: Arc::clone(source.act),
            line: source.line.clone(),
            flagged: source.flagged,
            session_s: source.session_s,
            lang: source.lang,
        }
    }

    fn is(&self, source: RowSource<'_>) -> bool {
        Arc::ptr_eq(&self.act, source.act)
            && self.flagged == source.flagged
            && self.session_s == source.session_s
            && self.lang == source.lang
            && self.line == *source.line
    }
}

/// One row's source, the cells it drew, and the key naming that drawing for the shell.
#[derive(Debug)]
struct Drawn {
    source: Kept,
    cells: Vec<Cell>,
    /// How many of the cells [`copy_row`] copies.
    used: usize,
    named: u64,
}

/// The rows drawn in the last frame, by the index of their act, and an empty map the next
/// frame's rows go into (kept for its room: a map grown afresh every frame rehashed five times).
#[derive(Debug, Default)]
pub struct RecentRows(RefCell<Maps>);

#[derive(Debug, Default)]
struct Maps {
    last: FxHashMap<usize, Drawn>,
    now: FxHashMap<usize, Drawn>,
}

impl RecentRows {
    /// Starts drawing a frame's rows; rows not drawn in it are forgotten when it ends.
    pub fn frame(&self) -> RowsFrame<'_> {
        RowsFrame {
            maps: self.0.borrow_mut(),
        }
    }
}

/// The rows of one frame being drawn.
pub struct RowsFrame<'a> {
    maps: RefMut<'a, Maps>,
}

impl RowsFrame<'_> {
    /// Puts act `i`'s row into `row` of `buf`: when `source` and the row's width are the same as
    /// last frame, the cells drawn then (or nothing, where the screen shows them in that place
    /// already), else what `draw` draws there (kept for the next frame).
    pub fn row(
        &mut self,
        buf: &mut Buffer,
        row: Rect,
        i: usize,
        source: RowSource<'_>,
        draw: impl FnOnce(&mut Buffer, Rect),
    ) {
        let area = Rect { height: 1, ..row }.intersection(buf.area);
        if area.is_empty() {
            return;
        }
        let width = usize::from(area.width);
        let start = buf.index_of(area.x, area.y);
        let drawn = match self.maps.last.remove(&i) {
            // Where the screen's frame had the row in the same place, it is neither copied nor
            // compared (on a key that codes no act, every row).
            Some(d) if d.source.is(source) && d.cells.len() == width => {
                crate::tui::shell::same::keep(
                    area,
                    d.named,
                    |_| d.cells.as_slice(),
                    || {
                        copy_row(&mut buf.content[start..start + width], &d.cells, d.used);
                    },
                );
                d
            }
            _ => {
                draw(buf, area);
                // As the terminal gets it: the screen's frame is held to it from frame to frame.
                crate::tui::inert::screen_row(&mut buf.content[start..start + width]);
                let cells = buf.content[start..start + width].to_vec();
                let named = crate::tui::shell::same::fresh_key();
                // The row holds that drawing whole.
                crate::tui::shell::same::vouch(area, named);
                Drawn {
                    source: Kept::of(source),
                    used: used(&cells),
                    cells,
                    named,
                }
            }
        };
        self.maps.now.insert(i, drawn);
    }
}

impl Drop for RowsFrame<'_> {
    fn drop(&mut self) {
        let Maps { last, now } = &mut *self.maps;
        std::mem::swap(last, now);
        // What is left was not drawn this frame.
        now.clear();
    }
}

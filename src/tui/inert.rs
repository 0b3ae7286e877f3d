//! The last step before a frame reaches the terminal (the shell's run loop takes it for every app):
//! no cell may send the terminal a character that acts on it. Names and notes go through
//! [`crate::text::inert::one_line`] where they are laid out (so columns line up); this pass catches
//! whatever reached a cell some other way, such as a zero-width U+202E that ratatui appends to the
//! cell before it.

use ratatui::buffer::{Buffer, Cell};

use crate::text::inert::acts_on_terminal;

/// Strips every character that would act on the terminal from the cells of `buf`.
pub fn screen(buf: &mut Buffer) {
    screen_row(&mut buf.content);
}

/// Strips every character that would act on the terminal from `cells`. A part of the screen
/// kept from frame to frame is screened as it is kept, so it is what the screen shows.
pub fn screen_row(cells: &mut [Cell]) {
    for cell in cells {
        screen_cell(cell);
    }
}

/// Strips every character that would act on the terminal from the cells of `buf` at `cells`;
/// whether any of them held one.
pub fn screen_cells(buf: &mut Buffer, cells: &[usize]) -> bool {
    let mut any = false;
    for &i in cells {
        if let Some(cell) = buf.content.get_mut(i) {
            any |= screen_cell(cell);
        }
    }
    any
}

/// What acts on the terminal from inside a cell: [`acts_on_terminal`]'s characters, and a tab or
/// a newline too (which move the cursor; in printed text they are allowed, in a cell never).
fn acts_in_a_cell(c: char) -> bool {
    c.is_control() || acts_on_terminal(c)
}

/// Strips what would act on the terminal from one cell; whether there was any.
fn screen_cell(cell: &mut Cell) -> bool {
    let symbol = cell.symbol();
    // Nearly every cell is one printable ASCII character, which cannot act on the terminal.
    if symbol.bytes().all(|b| (0x20..0x7f).contains(&b)) || !symbol.chars().any(acts_in_a_cell) {
        return false;
    }
    let kept: String = symbol.chars().filter(|c| !acts_in_a_cell(*c)).collect();
    cell.set_symbol(if kept.is_empty() { " " } else { &kept });
    true
}

//! The last step of every frame the three apps draw: no cell may send the terminal a character that
//! acts on it. Names and notes go through [`crate::text::inert::one_line`] where they are laid out
//! (so columns line up); this pass catches whatever reached a cell some other way, such as a
//! zero-width U+202E that ratatui appends to the cell before it.

use ratatui::buffer::Buffer;

use crate::text::inert::acts_on_terminal;

/// Strips every character that would act on the terminal from the cells of `buf`.
pub fn screen(buf: &mut Buffer) {
    for cell in &mut buf.content {
        let symbol = cell.symbol();
        // Nearly every cell is one printable ASCII character, which cannot act on the terminal.
        if symbol.bytes().all(|b| (0x20..0x7f).contains(&b)) {
            continue;
        }
        if symbol.chars().any(acts_on_terminal) {
            let kept: String = symbol.chars().filter(|c| !acts_on_terminal(*c)).collect();
            cell.set_symbol(if kept.is_empty() { " " } else { &kept });
        }
    }
}

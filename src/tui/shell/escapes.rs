//! The crossterm backend, with the cells of a frame written as bytes rather than formatted.
//!
//! crossterm's backend sends every cell through `Print`, which formats the cell's text through
//! `fmt::Write` into the writer, and moves the cursor with a formatted `MoveTo`: a tenth of a
//! keystroke at 20,000 acts. Here a cell's text is copied as it is; a style's escape code (which
//! changes a few times a line) is formatted by crossterm's own commands the first time it is
//! needed and copied after. On Unix the bytes are the very ones crossterm writes (a test holds
//! them equal); elsewhere crossterm draws, since a console without escape codes needs its
//! Windows calls.

use std::io::{self, Write};

use ratatui::backend::{Backend, ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};

/// A crossterm backend writing a frame's cells as plain bytes.
#[derive(Debug)]
pub struct Escapes<W: Write> {
    writer: W,
    #[cfg_attr(not(unix), allow(dead_code))]
    styles: Styles,
}

impl<W: Write> Escapes<W> {
    /// A backend writing to `writer`.
    pub fn new(writer: W) -> Escapes<W> {
        Escapes {
            writer,
            styles: Styles::default(),
        }
    }

    /// crossterm's backend over the same writer (a wrapper and nothing else), for all but cells.
    fn crossterm(&mut self) -> CrosstermBackend<&mut W> {
        CrosstermBackend::new(&mut self.writer)
    }
}

impl<W: Write> Backend for Escapes<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        #[cfg(unix)]
        return cells(&mut self.writer, &mut self.styles, content);
        #[cfg(not(unix))]
        return self.crossterm().draw(content);
    }

    fn append_lines(&mut self, n: u16) -> io::Result<()> {
        self.crossterm().append_lines(n)
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        self.crossterm().hide_cursor()
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        self.crossterm().show_cursor()
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        self.crossterm().get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        self.crossterm().set_cursor_position(position)
    }

    fn clear(&mut self) -> io::Result<()> {
        self.crossterm().clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        self.crossterm().clear_region(clear_type)
    }

    fn size(&self) -> io::Result<Size> {
        // crossterm asks the terminal, not the writer.
        CrosstermBackend::new(io::sink()).size()
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        self.crossterm().window_size()
    }

    fn flush(&mut self) -> io::Result<()> {
        Backend::flush(&mut self.crossterm())
    }
}

/// Escape codes for styles as crossterm writes them, each formatted by crossterm's own command
/// the first time it is needed and copied after. Formatted per change they went through
/// `fmt::Write` (and crossterm makes a String of every attribute): with the recent list moving
/// a row per act, a sixth of a keystroke's instructions.
#[derive(Debug, Default)]
struct Styles {
    colors: rustc_hash::FxHashMap<(ratatui::style::Color, ratatui::style::Color), Vec<u8>>,
    underlines: rustc_hash::FxHashMap<ratatui::style::Color, Vec<u8>>,
    attributes: rustc_hash::FxHashMap<ratatui::crossterm::style::Attribute, Vec<u8>>,
    end: Vec<u8>,
}

/// More styles than a screen of lgd's holds: past it the codes are formatted afresh.
#[cfg_attr(not(unix), allow(dead_code))]
const STYLES_KEPT: usize = 256;

#[cfg_attr(not(unix), allow(dead_code))]
impl Styles {
    /// crossterm's `SetColors` for a foreground and background.
    fn colors(
        &mut self,
        fg: ratatui::style::Color,
        bg: ratatui::style::Color,
    ) -> io::Result<&[u8]> {
        use ratatui::backend::IntoCrossterm;
        use ratatui::crossterm::style::{Colors, SetColors};
        let colors = Colors::new(fg.into_crossterm(), bg.into_crossterm());
        kept(&mut self.colors, (fg, bg), SetColors(colors))
    }

    /// crossterm's `SetUnderlineColor`.
    fn underline(&mut self, color: ratatui::style::Color) -> io::Result<&[u8]> {
        use ratatui::backend::IntoCrossterm;
        use ratatui::crossterm::style::SetUnderlineColor;
        kept(
            &mut self.underlines,
            color,
            SetUnderlineColor(color.into_crossterm()),
        )
    }

    /// crossterm's `SetAttribute`.
    fn attribute(&mut self, a: ratatui::crossterm::style::Attribute) -> io::Result<&[u8]> {
        kept(
            &mut self.attributes,
            a,
            ratatui::crossterm::style::SetAttribute(a),
        )
    }

    /// What ends a frame's cells: every colour and attribute reset, as ratatui-crossterm does.
    fn end(&mut self) -> io::Result<&[u8]> {
        use ratatui::crossterm::queue;
        use ratatui::crossterm::style::{
            Attribute, Color as Crossterm, SetAttribute, SetBackgroundColor, SetForegroundColor,
            SetUnderlineColor,
        };
        if self.end.is_empty() {
            queue!(
                self.end,
                SetForegroundColor(Crossterm::Reset),
                SetBackgroundColor(Crossterm::Reset),
                SetUnderlineColor(Crossterm::Reset),
                SetAttribute(Attribute::Reset),
            )?;
        }
        Ok(&self.end)
    }
}

/// The bytes of `command` as crossterm writes them, kept under `key` (formatted only the first
/// time; a map past [`STYLES_KEPT`] starts again).
#[cfg_attr(not(unix), allow(dead_code))]
fn kept<K: std::hash::Hash + Eq>(
    map: &mut rustc_hash::FxHashMap<K, Vec<u8>>,
    key: K,
    command: impl ratatui::crossterm::Command,
) -> io::Result<&[u8]> {
    if map.len() >= STYLES_KEPT && !map.contains_key(&key) {
        map.clear();
    }
    Ok(match map.entry(key) {
        std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
        std::collections::hash_map::Entry::Vacant(e) => {
            let mut code = Vec::new();
            ratatui::crossterm::queue!(code, command)?;
            e.insert(code)
        }
    })
}

/// Writes `content` as `CrosstermBackend::draw` does (ratatui-crossterm 0.1): move only where
/// the cells are not contiguous, a style only where it changes, every style reset at the end.
#[cfg_attr(not(unix), allow(dead_code))]
fn cells<'a, W: Write>(
    w: &mut W,
    styles: &mut Styles,
    content: impl Iterator<Item = (u16, u16, &'a Cell)>,
) -> io::Result<()> {
    use ratatui::style::{Color, Modifier};

    let (mut fg, mut bg, mut underline) = (Color::Reset, Color::Reset, Color::Reset);
    let mut modifier = Modifier::empty();
    let mut last: Option<(u16, u16)> = None;
    for (x, y, cell) in content {
        if !matches!(last, Some((lx, ly)) if lx.checked_add(1) == Some(x) && ly == y) {
            move_to(w, x, y)?;
        }
        last = Some((x, y));
        if cell.modifier != modifier {
            modifiers(w, styles, modifier, cell.modifier)?;
            modifier = cell.modifier;
        }
        if cell.fg != fg || cell.bg != bg {
            w.write_all(styles.colors(cell.fg, cell.bg)?)?;
            (fg, bg) = (cell.fg, cell.bg);
        }
        if cell.underline_color != underline {
            w.write_all(styles.underline(cell.underline_color)?)?;
            underline = cell.underline_color;
        }
        w.write_all(cell.symbol().as_bytes())?;
    }
    w.write_all(styles.end()?)
}

/// crossterm's `MoveTo` (one-based row then column), its digits written by itoa: through `write!`
/// the moves of a frame were a twentieth of a keystroke's instructions.
#[cfg_attr(not(unix), allow(dead_code))]
fn move_to<W: Write>(w: &mut W, x: u16, y: u16) -> io::Result<()> {
    let (mut row, mut column) = (itoa::Buffer::new(), itoa::Buffer::new());
    let mut code = [0u8; 16];
    let mut len = 0;
    for part in [
        b"\x1b[".as_slice(),
        row.format(u32::from(y) + 1).as_bytes(),
        b";",
        column.format(u32::from(x) + 1).as_bytes(),
        b"H",
    ] {
        code[len..len + part.len()].copy_from_slice(part);
        len += part.len();
    }
    w.write_all(&code[..len])
}

/// The attributes that take the screen from `from` to `to`, in the order ratatui-crossterm's
/// `ModifierDiff` sends them (bold and dim share one reset, so a kept one is set again).
#[cfg_attr(not(unix), allow(dead_code))]
fn modifiers<W: Write>(
    w: &mut W,
    styles: &mut Styles,
    from: ratatui::style::Modifier,
    to: ratatui::style::Modifier,
) -> io::Result<()> {
    use ratatui::crossterm::style::Attribute as A;
    use ratatui::style::Modifier as M;

    let (removed, added) = (from - to, to - from);
    let mut set = |on: bool, a: A| {
        if on {
            w.write_all(styles.attribute(a)?)
        } else {
            Ok(())
        }
    };
    set(removed.contains(M::REVERSED), A::NoReverse)?;
    let reset_intensity = removed.intersects(M::BOLD | M::DIM);
    set(reset_intensity, A::NormalIntensity)?;
    set(reset_intensity && to.contains(M::DIM), A::Dim)?;
    set(reset_intensity && to.contains(M::BOLD), A::Bold)?;
    set(removed.contains(M::ITALIC), A::NoItalic)?;
    set(removed.contains(M::UNDERLINED), A::NoUnderline)?;
    set(removed.contains(M::CROSSED_OUT), A::NotCrossedOut)?;
    set(removed.contains(M::HIDDEN), A::NoHidden)?;
    set(
        removed.intersects(M::SLOW_BLINK | M::RAPID_BLINK),
        A::NoBlink,
    )?;
    set(added.contains(M::REVERSED), A::Reverse)?;
    set(added.contains(M::BOLD) && !reset_intensity, A::Bold)?;
    set(added.contains(M::ITALIC), A::Italic)?;
    set(added.contains(M::UNDERLINED), A::Underlined)?;
    set(added.contains(M::DIM) && !reset_intensity, A::Dim)?;
    set(added.contains(M::CROSSED_OUT), A::CrossedOut)?;
    set(added.contains(M::HIDDEN), A::Hidden)?;
    set(added.contains(M::SLOW_BLINK), A::SlowBlink)?;
    set(added.contains(M::RAPID_BLINK), A::RapidBlink)
}

// crossterm writes Windows console calls instead of bytes where the console takes no escape
// codes, so the comparison is made where its output is bytes.
#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use ratatui::style::{Color, Modifier};

    fn color() -> impl Strategy<Value = Color> {
        prop_oneof![
            (0u8..17).prop_map(|i| [
                Color::Reset,
                Color::Black,
                Color::Red,
                Color::Green,
                Color::Yellow,
                Color::Blue,
                Color::Magenta,
                Color::Cyan,
                Color::Gray,
                Color::DarkGray,
                Color::LightRed,
                Color::LightGreen,
                Color::LightYellow,
                Color::LightBlue,
                Color::LightMagenta,
                Color::LightCyan,
                Color::White,
            ][usize::from(i)]),
            any::<u8>().prop_map(Color::Indexed),
            any::<(u8, u8, u8)>().prop_map(|(r, g, b)| Color::Rgb(r, g, b)),
        ]
    }

    /// A column or row: mostly a few neighbours, so that runs come up often; then places whose
    /// numbers take two, three and five digits (not the last, where crossterm's own +1 overflows).
    fn place(few: u16) -> impl Strategy<Value = u16> {
        prop_oneof![
            4 => 0..few,
            1 => 8u16..12,
            1 => 97u16..102,
            1 => 65530u16..65535,
        ]
    }

    /// A cell somewhere on the screen, with any text, colours and attributes; runs of
    /// neighbours come up often, so both moving and not moving are exercised.
    fn cell() -> impl Strategy<Value = (u16, u16, Cell)> {
        (
            (place(6), place(3)),
            "[ -~]|[·→●▶█⊘✓─│世😀]|e\u{301}",
            // Runs of the same style come up often, so "no change" is exercised too.
            prop::option::weighted(0.7, (color(), color(), color(), any::<u16>())),
        )
            .prop_map(|((x, y), text, style)| {
                let mut c = Cell::default();
                c.set_symbol(&text);
                if let Some((fg, bg, underline, bits)) = style {
                    c.fg = fg;
                    c.bg = bg;
                    c.underline_color = underline;
                    c.modifier = Modifier::from_bits_truncate(bits);
                }
                (x, y, c)
            })
    }

    proptest! {
        /// Whatever the cells, their order and their styles, the bytes are crossterm's.
        #[test]
        fn the_bytes_are_the_ones_crossterm_writes(
            content in prop::collection::vec(cell(), 0..40),
            ascending in any::<bool>(),
        ) {
            let mut content = content;
            if ascending {
                // A frame's changes come in screen order, where contiguous runs are common.
                content.sort_by_key(|&(x, y, _)| (y, x));
            }
            let each = || content.iter().map(|(x, y, c)| (*x, *y, c));
            let mut theirs = Vec::new();
            CrosstermBackend::new(&mut theirs).draw(each()).expect("drawn");
            // Twice with one cache, so codes both formatted and copied are held to crossterm's.
            let mut styles = Styles::default();
            for _ in 0..2 {
                let mut ours = Vec::new();
                cells(&mut ours, &mut styles, each()).expect("drawn");
                prop_assert_eq!(String::from_utf8_lossy(&ours), String::from_utf8_lossy(&theirs));
            }
        }
    }

    #[test]
    fn contiguous_cells_move_once_and_text_is_copied_as_it_is() {
        let (a, b) = (Cell::new("é"), Cell::new("●"));
        let mut out = Vec::new();
        let mut styles = Styles::default();
        cells(
            &mut out,
            &mut styles,
            [(3, 1, &a), (4, 1, &b), (0, 2, &a)].into_iter(),
        )
        .expect("drawn");
        let text = String::from_utf8(out).expect("utf-8");
        assert!(text.starts_with("\x1b[2;4Hé●\x1b[3;1Hé"), "{text:?}");
    }
}

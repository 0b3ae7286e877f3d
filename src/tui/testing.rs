//! What the three apps' tests share: keys to press, drawing a screen as text, and the key-table
//! check that no key is bound twice in one context.

use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::{Frame, Terminal, TerminalOptions, Viewport};

use crate::model::Lang;
use crate::text::Words;
use crate::tui::keys::{Binding, Table, matches_key};

/// Ctrl and a letter.
pub fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

/// Each character of `keys` pressed in turn; every effect, in order.
pub fn typed<E>(keys: &str, mut press: impl FnMut(KeyEvent) -> Vec<E>) -> Vec<E> {
    keys.chars()
        .flat_map(|c| press(KeyCode::Char(c).into()))
        .collect()
}

/// What `draw` puts on a `w` x `h` screen through the shell's run loop, as text.
pub fn screen(w: u16, h: u16, draw: impl FnOnce(&mut Frame)) -> String {
    crate::tui::shell::shown(w, h, draw).to_string()
}

/// Every printable key, Ctrl and each letter, and the editing and moving keys.
pub fn sample_keys() -> Vec<KeyEvent> {
    let special = [
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Backspace,
        KeyCode::Delete,
        KeyCode::Tab,
        KeyCode::BackTab,
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::F(1),
    ];
    (' '..='~')
        .map(|c| KeyEvent::from(KeyCode::Char(c)))
        .chain(('a'..='z').map(ctrl))
        .chain(special.map(KeyEvent::from))
        .collect()
}

/// Fails if a sample key is bound more than once among the rows of `table` in context `ctx`.
pub fn bound_once<C: PartialEq + Copy + std::fmt::Debug, A: Clone, W>(
    table: &'static Table<C, A, W>,
    ctx: &C,
) {
    for k in sample_keys() {
        let hits = table
            .iter()
            .filter(|b| b.context == *ctx)
            .filter(|b| b.keys.iter().any(|bk| matches_key(*bk, k)))
            .count();
        assert!(hits <= 1, "{k:?} bound {hits} times in {ctx:?}");
    }
}

/// Draws with `draw` at every size from 1x1 to 160x50: below `min` (width, height) the first line
/// starts with "Terminal too small" (cut to 8 columns at most), otherwise it holds `wide`.
pub fn every_size(min: (u16, u16), wide: &str, mut draw: impl FnMut(&mut Frame)) {
    // Frames drawn straight into the viewport's buffer: the backend diff is not what is tested here.
    let options = TerminalOptions {
        viewport: Viewport::Fixed(Rect::new(0, 0, 1, 1)),
    };
    let mut term = Terminal::with_options(TestBackend::new(160, 50), options).expect("terminal");
    for w in 1..=160u16 {
        for h in 1..=50u16 {
            term.resize(Rect::new(0, 0, w, h)).expect("resize");
            draw(&mut term.get_frame());
            let buf = term.current_buffer_mut();
            let first: String = (0..w).map(|x| buf[(x, 0)].symbol().to_string()).collect();
            if w < min.0 || h < min.1 {
                let want = &"Terminal too small"[..usize::from(w).min(8)];
                assert!(first.starts_with(want), "{w}x{h}: {first:?}");
            } else {
                assert!(first.contains(wide), "{w}x{h}: {first:?}");
            }
        }
    }
}

/// Fails unless every row's description is in `help` and every row's hint in `hints`.
pub fn shown<'a, C: 'static, A: 'static, W: Words + std::fmt::Debug>(
    rows: impl Iterator<Item = &'a Binding<C, A, W>>,
    lang: Lang,
    help: &str,
    hints: &str,
) {
    for b in rows {
        let about = b.about.get(lang);
        assert!(help.contains(about), "{:?} missing from help", b.about);
        if let Some(h) = b.hint {
            assert!(hints.contains(h.get(lang)), "{h:?} missing from hints");
        }
    }
}

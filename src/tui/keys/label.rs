//! How keys are written in the help overlay and the hint bar.

use crate::text::Words;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::Key;
use crate::model::Lang;
use crate::text::observe::T;

/// How a key is written in the help and hint bar.
pub fn key_label(k: Key, lang: Lang) -> String {
    match k {
        Key::Plain(code) => code_label(code, lang),
        Key::Ctrl(c) => format!("Ctrl+{}", c.to_ascii_uppercase()),
        Key::Seat => T::KeySeats.get(lang).to_string(),
        Key::Letter => T::KeyLetters.get(lang).to_string(),
        Key::Level => "1-5".into(),
        Key::Fn(n) => format!("{}{n}", T::KeyPanes.get(lang)),
        Key::Printable => T::KeyTyping.get(lang).to_string(),
    }
}

/// How a key the user pressed is written in a message.
pub fn event_label(key: KeyEvent, lang: Lang) -> String {
    match key.code {
        KeyCode::Char(c) if key.modifiers.contains(KeyModifiers::CONTROL) => {
            key_label(Key::Ctrl(c), lang)
        }
        code => code_label(code, lang),
    }
}

fn code_label(code: KeyCode, lang: Lang) -> String {
    match code {
        KeyCode::Char(' ') => T::KeySpace.get(lang).to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "Shift+Tab".into(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Backspace => "Backspace".into(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::Home => "Home".into(),
        KeyCode::End => "End".into(),
        KeyCode::F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    }
}

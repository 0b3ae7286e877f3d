//! The key-table type every app's table is an instance of: a row holds the keys, the context it
//! applies in, its description in both languages (a [`Words`] entry) and the action. Dispatch, the
//! `?` overlay and the hint bar all read the same rows, so they cannot disagree; a new key action is
//! one row.

mod label;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::session::seat_for_key;

pub use label::{event_label, key_label};

/// A key or family of keys a row answers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// A key with no modifier (Shift is allowed for characters).
    Plain(KeyCode),
    /// Ctrl and a letter.
    Ctrl(char),
    /// The seat keys 1-9, 0, -, =.
    Seat,
    /// Any letter (a code; capitals count as small letters).
    Letter,
    /// The level keys 1-5.
    Level,
    /// F1 to F`n` (one per pane).
    Fn(u8),
    /// Any printable character.
    Printable,
}

/// What a row does.
#[derive(Debug, Clone, Copy)]
pub enum Does<A: 'static> {
    /// This action.
    Do(A),
    /// An action made from the key pressed (a typed character, a function key's pane), given the
    /// row's key it matched; `None` when the key does not make one.
    With(fn(Key, KeyEvent) -> Option<A>),
}

/// One row of a key table.
#[derive(Debug, Clone, Copy)]
pub struct Binding<C: 'static, A: 'static, W: 'static> {
    /// The keys, first one shown first.
    pub keys: &'static [Key],
    /// Where it applies.
    pub context: C,
    /// What it does.
    pub does: Does<A>,
    /// What the help says, both languages.
    pub about: W,
    /// The short label the hint bar shows, if it shows this row.
    pub hint: Option<W>,
}

/// A row; `const` so tables are statics.
pub const fn b<C, A, W>(
    keys: &'static [Key],
    context: C,
    does: Does<A>,
    about: W,
    hint: Option<W>,
) -> Binding<C, A, W> {
    Binding {
        keys,
        context,
        does,
        about,
        hint,
    }
}

/// A whole key table: slices of rows chained in lookup order.
#[derive(Debug)]
pub struct Table<C: 'static, A: 'static, W: 'static>(pub &'static [&'static [Binding<C, A, W>]]);

impl<C: PartialEq + Copy, A: Clone, W> Table<C, A, W> {
    /// Every row, slice after slice.
    pub fn iter(&self) -> impl Iterator<Item = &'static Binding<C, A, W>> + use<C, A, W> {
        self.0.iter().flat_map(|s| s.iter())
    }

    /// The rows of `contexts`, context by context in the order given, rows in table order.
    pub fn rows_in(
        &'static self,
        contexts: &'static [C],
    ) -> impl Iterator<Item = &'static Binding<C, A, W>> {
        contexts
            .iter()
            .flat_map(move |ctx| self.iter().filter(move |b| b.context == *ctx))
    }

    /// The action for a key press in `contexts`: the first row whose key matches.
    pub fn dispatch(&'static self, contexts: &'static [C], key: KeyEvent) -> Option<A> {
        if key.kind == KeyEventKind::Release {
            return None;
        }
        let (row, k) = self.rows_in(contexts).find_map(|b| {
            b.keys
                .iter()
                .find(|k| matches_key(**k, key))
                .map(|k| (b, *k))
        })?;
        match &row.does {
            Does::Do(a) => Some(a.clone()),
            Does::With(f) => f(k, key),
        }
    }

    /// The first key of the first row whose action is `action`, as the help writes it: what a
    /// sentence naming that key shows, so text and table cannot disagree.
    pub fn key_of(&self, action: &A, lang: crate::model::Lang) -> String
    where
        A: PartialEq,
    {
        self.iter()
            .find(|b| matches!(&b.does, Does::Do(a) if a == action))
            .and_then(|b| b.keys.first())
            .map_or_else(String::new, |k| key_label(*k, lang))
    }
}

/// All keys of a row, e.g. "Ctrl+R / Ctrl+Y".
pub fn keys_label<C, A, W>(bind: &Binding<C, A, W>, lang: crate::model::Lang) -> String {
    bind.keys
        .iter()
        .map(|k| key_label(*k, lang))
        .collect::<Vec<_>>()
        .join(" / ")
}

fn plain_mods(key: KeyEvent) -> bool {
    !key.modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
}

/// Whether a key press is one of the keys `k` stands for.
pub fn matches_key(k: Key, key: KeyEvent) -> bool {
    match (k, key.code) {
        (Key::Plain(KeyCode::BackTab), KeyCode::BackTab) => true,
        (Key::Plain(code), c) => {
            code == c
                && plain_mods(key)
                && !matches!(c, KeyCode::Tab if key.modifiers.contains(KeyModifiers::SHIFT))
        }
        (Key::Ctrl(ch), KeyCode::Char(c)) => {
            key.modifiers.contains(KeyModifiers::CONTROL) && c.eq_ignore_ascii_case(&ch)
        }
        (Key::Seat, KeyCode::Char(c)) => plain_mods(key) && seat_for_key(c).is_some(),
        (Key::Letter, KeyCode::Char(c)) => plain_mods(key) && c.is_ascii_alphabetic(),
        (Key::Level, KeyCode::Char(c)) => plain_mods(key) && ('1'..='5').contains(&c),
        (Key::Fn(last), KeyCode::F(n)) => (1..=last).contains(&n),
        (Key::Printable, KeyCode::Char(c)) => plain_mods(key) && !c.is_control(),
        _ => false,
    }
}

/// The character a key press types, for rows that take it.
pub fn typed(key: KeyEvent) -> Option<char> {
    match key.code {
        KeyCode::Char(c) => Some(c),
        _ => None,
    }
}

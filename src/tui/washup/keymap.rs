//! The wash-up's key table, an instance of [`keys::Table`]: it dispatches keys and draws the help and
//! the hint bar, so they agree.

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::action::Action;
use crate::text::washup::W;
use crate::tui::keys::{self, Does::Do, Does::With, Key, b, typed};

/// What takes the keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The matrix.
    Matrix,
    /// The key help.
    Help,
    /// A cell's evidence and history.
    Detail,
    /// Entering a consensus.
    Decide,
    /// Editing thresholds.
    Thresholds,
    /// Searching the rows.
    Search,
}

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Everywhere.
    Always,
    /// In this mode.
    In(Mode),
    /// The matrix and the detail view (moving, deciding).
    Browse,
}

/// A row of the wash-up's key table.
pub type Binding = keys::Binding<Context, Action, W>;

/// The key is typed into the reason or the search.
fn type_char(_: Key, key: KeyEvent) -> Option<Action> {
    typed(key).map(Action::InputChar)
}

use Context as C;
use Key::{Ctrl, Plain};
use KeyCode as K;
use Mode as M;

const MATRIX: Context = C::In(M::Matrix);
const DECIDE: Context = C::In(M::Decide);
const THRESH: Context = C::In(M::Thresholds);
const SEARCH: Context = C::In(M::Search);

/// The key table.
pub static BINDINGS: keys::Table<Context, Action, W> = keys::Table(&[ROWS]);

static ROWS: &[Binding] = &[
    b(
        &[Ctrl('q'), Ctrl('c')],
        C::Always,
        Do(Action::Quit),
        W::KQuit,
        Some(W::HQuit),
    ),
    // Matrix.
    b(
        &[Plain(K::Up), Plain(K::Char('k'))],
        MATRIX,
        Do(Action::Move(-1, 0)),
        W::KUp,
        Some(W::HMove),
    ),
    b(
        &[Plain(K::Down), Plain(K::Char('j'))],
        MATRIX,
        Do(Action::Move(1, 0)),
        W::KDown,
        None,
    ),
    b(
        &[Plain(K::Left), Plain(K::Char('h'))],
        MATRIX,
        Do(Action::Move(0, -1)),
        W::KLeft,
        None,
    ),
    b(
        &[Plain(K::Right), Plain(K::Char('l'))],
        MATRIX,
        Do(Action::Move(0, 1)),
        W::KRight,
        None,
    ),
    b(
        &[Plain(K::PageUp)],
        MATRIX,
        Do(Action::Page(-1)),
        W::KPageUp,
        None,
    ),
    b(
        &[Plain(K::PageDown)],
        MATRIX,
        Do(Action::Page(1)),
        W::KPageDown,
        None,
    ),
    b(
        &[Plain(K::Home)],
        MATRIX,
        Do(Action::MoveEnd(false)),
        W::KFirst,
        None,
    ),
    b(
        &[Plain(K::End)],
        MATRIX,
        Do(Action::MoveEnd(true)),
        W::KLast,
        None,
    ),
    b(
        &[Plain(K::Enter)],
        MATRIX,
        Do(Action::OpenDetail),
        W::KDetail,
        Some(W::HDetail),
    ),
    b(
        &[Plain(K::Char('s'))],
        MATRIX,
        Do(Action::SortNext),
        W::KSort,
        // The header names the order and the preset; the hint bar keeps room for search and help.
        None,
    ),
    b(
        &[Plain(K::Char('p'))],
        MATRIX,
        Do(Action::SwitchPreset),
        W::KPreset,
        None,
    ),
    b(
        &[Plain(K::Char('t'))],
        MATRIX,
        Do(Action::OpenThresholds),
        W::KThresholds,
        Some(W::HThresholds),
    ),
    b(
        &[Plain(K::Char('/'))],
        MATRIX,
        Do(Action::OpenSearch),
        W::KSearch,
        Some(W::HSearch),
    ),
    // Matrix and detail.
    b(
        &[Plain(K::Char('c'))],
        C::Browse,
        Do(Action::BeginDecide),
        W::KDecide,
        Some(W::HDecide),
    ),
    b(
        &[Plain(K::Char('?'))],
        C::Browse,
        Do(Action::ToggleHelp),
        W::KHelp,
        Some(W::HHelp),
    ),
    // Detail.
    b(
        &[Plain(K::Up), Plain(K::Char('k'))],
        C::In(M::Detail),
        Do(Action::Move(-1, 0)),
        W::KUp,
        None,
    ),
    b(
        &[Plain(K::Down), Plain(K::Char('j'))],
        C::In(M::Detail),
        Do(Action::Move(1, 0)),
        W::KDown,
        None,
    ),
    b(
        &[Plain(K::Esc), Plain(K::Enter)],
        C::In(M::Detail),
        Do(Action::Close),
        W::KClose,
        Some(W::HClose),
    ),
    // Help.
    b(
        &[Plain(K::Up), Plain(K::Char('k'))],
        C::In(M::Help),
        Do(Action::Move(-1, 0)),
        W::KUp,
        None,
    ),
    b(
        &[Plain(K::Down), Plain(K::Char('j'))],
        C::In(M::Help),
        Do(Action::Move(1, 0)),
        W::KDown,
        None,
    ),
    b(
        &[Plain(K::Esc), Plain(K::Char('?'))],
        C::In(M::Help),
        Do(Action::ToggleHelp),
        W::KClose,
        Some(W::HClose),
    ),
    // Deciding.
    b(
        &[Plain(K::Up)],
        DECIDE,
        Do(Action::Adjust(1)),
        W::KLevelUp,
        Some(W::HLevel),
    ),
    b(
        &[Plain(K::Down)],
        DECIDE,
        Do(Action::Adjust(-1)),
        W::KLevelDown,
        None,
    ),
    b(
        &[Plain(K::Enter)],
        DECIDE,
        Do(Action::Submit),
        W::KSave,
        Some(W::HSave),
    ),
    b(
        &[Plain(K::Esc)],
        DECIDE,
        Do(Action::Close),
        W::KCancel,
        Some(W::HCancel),
    ),
    b(
        &[Ctrl('d')],
        DECIDE,
        Do(Action::Withdraw),
        W::KWithdraw,
        Some(W::HWithdraw),
    ),
    b(
        &[Plain(K::Backspace)],
        DECIDE,
        Do(Action::InputBackspace),
        W::KErase,
        None,
    ),
    b(&[Key::Printable], DECIDE, With(type_char), W::KType, None),
    // Thresholds.
    b(
        &[Plain(K::Up), Plain(K::Char('k'))],
        THRESH,
        Do(Action::Move(-1, 0)),
        W::KUp,
        Some(W::HMove),
    ),
    b(
        &[Plain(K::Down), Plain(K::Char('j'))],
        THRESH,
        Do(Action::Move(1, 0)),
        W::KDown,
        None,
    ),
    b(
        &[Plain(K::Right), Plain(K::Char('+'))],
        THRESH,
        Do(Action::Adjust(1)),
        W::KThresholdUp,
        Some(W::HAdjust),
    ),
    b(
        &[Plain(K::Left), Plain(K::Char('-'))],
        THRESH,
        Do(Action::Adjust(-1)),
        W::KThresholdDown,
        None,
    ),
    b(
        &[Plain(K::Char('p'))],
        THRESH,
        Do(Action::SwitchPreset),
        W::KPreset,
        Some(W::HPreset),
    ),
    b(
        &[Plain(K::Enter)],
        THRESH,
        Do(Action::Submit),
        W::KSave,
        Some(W::HSave),
    ),
    b(
        &[Plain(K::Esc)],
        THRESH,
        Do(Action::Close),
        W::KCancel,
        Some(W::HCancel),
    ),
    // Searching.
    b(
        &[Plain(K::Down)],
        SEARCH,
        Do(Action::Move(1, 0)),
        W::KSearchNext,
        Some(W::HMove),
    ),
    b(
        &[Plain(K::Up)],
        SEARCH,
        Do(Action::Move(-1, 0)),
        W::KSearchPrev,
        None,
    ),
    b(
        &[Plain(K::Enter)],
        SEARCH,
        Do(Action::Submit),
        W::KKeep,
        Some(W::HKeep),
    ),
    b(
        &[Plain(K::Esc)],
        SEARCH,
        Do(Action::Close),
        W::KBack,
        Some(W::HCancel),
    ),
    b(
        &[Plain(K::Backspace)],
        SEARCH,
        Do(Action::InputBackspace),
        W::KErase,
        None,
    ),
    b(
        &[Key::Printable],
        SEARCH,
        With(type_char),
        W::KTypeSearch,
        None,
    ),
];

/// The contexts that apply in a mode, in lookup order.
pub fn contexts_for(mode: Mode) -> &'static [Context] {
    match mode {
        M::Matrix => &[C::Always, MATRIX, C::Browse],
        M::Detail => &[C::Always, C::In(M::Detail), C::Browse],
        M::Help => &[C::Always, C::In(M::Help)],
        M::Decide => &[C::Always, DECIDE],
        M::Thresholds => &[C::Always, THRESH],
        M::Search => &[C::Always, SEARCH],
    }
}

/// The action for a key in a mode, if any.
pub fn dispatch(mode: Mode, key: KeyEvent) -> Option<Action> {
    BINDINGS.dispatch(contexts_for(mode), key)
}

/// The bindings that apply in a mode, in lookup order.
pub fn bindings_for(mode: Mode) -> impl Iterator<Item = &'static Binding> {
    BINDINGS.rows_in(contexts_for(mode))
}

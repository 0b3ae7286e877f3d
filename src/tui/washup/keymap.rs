//! The wash-up's key table: it dispatches keys and draws the help and the hint bar, so they agree.
//! Keys are written with the observer app's [`Key`] so both apps read keys the same way.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind};

use super::action::Action;
use super::text::W;
use crate::model::Lang;
use crate::tui::observe::keymap::{Key, key_label, matches_key};

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

/// What a binding does.
#[derive(Clone, Copy)]
pub enum Command {
    /// A fixed action.
    Do(fn() -> Action),
    /// The key is typed into the reason.
    Type,
}

/// One row of the key table.
#[derive(Clone, Copy)]
pub struct Binding {
    /// The keys, first one shown first.
    pub keys: &'static [Key],
    /// Where it applies.
    pub context: Context,
    /// What it does.
    pub command: Command,
    /// What the help says.
    pub about: W,
    /// The hint bar's short label, if it shows this binding.
    pub hint: Option<W>,
}

const fn b(
    keys: &'static [Key],
    context: Context,
    command: Command,
    about: W,
    hint: Option<W>,
) -> Binding {
    Binding {
        keys,
        context,
        command,
        about,
        hint,
    }
}

use Context as C;
use Key::{Ctrl, Plain};
use KeyCode as K;
use Mode as M;

const MATRIX: Context = C::In(M::Matrix);
const DECIDE: Context = C::In(M::Decide);
const THRESH: Context = C::In(M::Thresholds);

/// The key table.
pub static BINDINGS: &[Binding] = &[
    b(
        &[Ctrl('q'), Ctrl('c')],
        C::Always,
        Command::Do(|| Action::Quit),
        W::KQuit,
        Some(W::HQuit),
    ),
    // Matrix.
    b(
        &[Plain(K::Up), Plain(K::Char('k'))],
        MATRIX,
        Command::Do(|| Action::Move(-1, 0)),
        W::KUp,
        Some(W::HMove),
    ),
    b(
        &[Plain(K::Down), Plain(K::Char('j'))],
        MATRIX,
        Command::Do(|| Action::Move(1, 0)),
        W::KDown,
        None,
    ),
    b(
        &[Plain(K::Left), Plain(K::Char('h'))],
        MATRIX,
        Command::Do(|| Action::Move(0, -1)),
        W::KLeft,
        None,
    ),
    b(
        &[Plain(K::Right), Plain(K::Char('l'))],
        MATRIX,
        Command::Do(|| Action::Move(0, 1)),
        W::KRight,
        None,
    ),
    b(
        &[Plain(K::PageUp)],
        MATRIX,
        Command::Do(|| Action::Page(-1)),
        W::KPageUp,
        None,
    ),
    b(
        &[Plain(K::PageDown)],
        MATRIX,
        Command::Do(|| Action::Page(1)),
        W::KPageDown,
        None,
    ),
    b(
        &[Plain(K::Home)],
        MATRIX,
        Command::Do(|| Action::MoveEnd(false)),
        W::KFirst,
        None,
    ),
    b(
        &[Plain(K::End)],
        MATRIX,
        Command::Do(|| Action::MoveEnd(true)),
        W::KLast,
        None,
    ),
    b(
        &[Plain(K::Enter)],
        MATRIX,
        Command::Do(|| Action::OpenDetail),
        W::KDetail,
        Some(W::HDetail),
    ),
    b(
        &[Plain(K::Char('s'))],
        MATRIX,
        Command::Do(|| Action::SortNext),
        W::KSort,
        Some(W::HSort),
    ),
    b(
        &[Plain(K::Char('p'))],
        MATRIX,
        Command::Do(|| Action::SwitchPreset),
        W::KPreset,
        Some(W::HPreset),
    ),
    b(
        &[Plain(K::Char('t'))],
        MATRIX,
        Command::Do(|| Action::OpenThresholds),
        W::KThresholds,
        Some(W::HThresholds),
    ),
    // Matrix and detail.
    b(
        &[Plain(K::Char('c'))],
        C::Browse,
        Command::Do(|| Action::BeginDecide),
        W::KDecide,
        Some(W::HDecide),
    ),
    b(
        &[Plain(K::Char('?'))],
        C::Browse,
        Command::Do(|| Action::ToggleHelp),
        W::KHelp,
        Some(W::HHelp),
    ),
    // Detail.
    b(
        &[Plain(K::Up), Plain(K::Char('k'))],
        C::In(M::Detail),
        Command::Do(|| Action::Move(-1, 0)),
        W::KUp,
        None,
    ),
    b(
        &[Plain(K::Down), Plain(K::Char('j'))],
        C::In(M::Detail),
        Command::Do(|| Action::Move(1, 0)),
        W::KDown,
        None,
    ),
    b(
        &[Plain(K::Esc), Plain(K::Enter)],
        C::In(M::Detail),
        Command::Do(|| Action::Close),
        W::KClose,
        Some(W::HClose),
    ),
    // Help.
    b(
        &[Plain(K::Up), Plain(K::Char('k'))],
        C::In(M::Help),
        Command::Do(|| Action::Move(-1, 0)),
        W::KUp,
        None,
    ),
    b(
        &[Plain(K::Down), Plain(K::Char('j'))],
        C::In(M::Help),
        Command::Do(|| Action::Move(1, 0)),
        W::KDown,
        None,
    ),
    b(
        &[Plain(K::Esc), Plain(K::Char('?'))],
        C::In(M::Help),
        Command::Do(|| Action::ToggleHelp),
        W::KClose,
        Some(W::HClose),
    ),
    // Deciding.
    b(
        &[Plain(K::Up)],
        DECIDE,
        Command::Do(|| Action::Adjust(1)),
        W::KLevelUp,
        Some(W::HLevel),
    ),
    b(
        &[Plain(K::Down)],
        DECIDE,
        Command::Do(|| Action::Adjust(-1)),
        W::KLevelDown,
        None,
    ),
    b(
        &[Plain(K::Enter)],
        DECIDE,
        Command::Do(|| Action::Submit),
        W::KSave,
        Some(W::HSave),
    ),
    b(
        &[Plain(K::Esc)],
        DECIDE,
        Command::Do(|| Action::Close),
        W::KCancel,
        Some(W::HCancel),
    ),
    b(
        &[Ctrl('d')],
        DECIDE,
        Command::Do(|| Action::Withdraw),
        W::KWithdraw,
        Some(W::HWithdraw),
    ),
    b(
        &[Plain(K::Backspace)],
        DECIDE,
        Command::Do(|| Action::InputBackspace),
        W::KErase,
        None,
    ),
    b(&[Key::Printable], DECIDE, Command::Type, W::KType, None),
    // Thresholds.
    b(
        &[Plain(K::Up), Plain(K::Char('k'))],
        THRESH,
        Command::Do(|| Action::Move(-1, 0)),
        W::KUp,
        Some(W::HMove),
    ),
    b(
        &[Plain(K::Down), Plain(K::Char('j'))],
        THRESH,
        Command::Do(|| Action::Move(1, 0)),
        W::KDown,
        None,
    ),
    b(
        &[Plain(K::Right), Plain(K::Char('+'))],
        THRESH,
        Command::Do(|| Action::Adjust(1)),
        W::KThresholdUp,
        Some(W::HAdjust),
    ),
    b(
        &[Plain(K::Left), Plain(K::Char('-'))],
        THRESH,
        Command::Do(|| Action::Adjust(-1)),
        W::KThresholdDown,
        None,
    ),
    b(
        &[Plain(K::Char('p'))],
        THRESH,
        Command::Do(|| Action::SwitchPreset),
        W::KPreset,
        Some(W::HPreset),
    ),
    b(
        &[Plain(K::Enter)],
        THRESH,
        Command::Do(|| Action::Submit),
        W::KSave,
        Some(W::HSave),
    ),
    b(
        &[Plain(K::Esc)],
        THRESH,
        Command::Do(|| Action::Close),
        W::KCancel,
        Some(W::HCancel),
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
    }
}

/// The action for a key in a mode, if any.
pub fn dispatch(mode: Mode, key: KeyEvent) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    bindings_for(mode).find_map(|bind| {
        bind.keys.iter().find(|k| matches_key(**k, key))?;
        match bind.command {
            Command::Do(f) => Some(f()),
            Command::Type => match key.code {
                KeyCode::Char(c) => Some(Action::InputChar(c)),
                _ => None,
            },
        }
    })
}

/// The bindings that apply in a mode, in lookup order.
pub fn bindings_for(mode: Mode) -> impl Iterator<Item = &'static Binding> {
    contexts_for(mode)
        .iter()
        .flat_map(|ctx| BINDINGS.iter().filter(move |b| b.context == *ctx))
}

/// All keys of a binding, e.g. "↑ / k".
pub fn keys_label(bind: &Binding, lang: Lang) -> String {
    bind.keys
        .iter()
        .map(|k| key_label(*k, lang))
        .collect::<Vec<_>>()
        .join(" / ")
}

//! The roster editor's key table, an instance of [`keys::Table`]: its own edit and popup rows, and
//! the observer's rows for quitting, moving through the roster, help and the filter, shared as they are.

use ratatui::crossterm::event::{KeyCode as K, KeyEvent};

use crate::text::observe::T;
use crate::text::roster::L;
use crate::tui::keys::{
    self,
    Does::{Do, With},
    Key::{self, Ctrl, Plain},
    b, typed,
};
use crate::tui::observe::Action;
use crate::tui::observe::Pane;
use crate::tui::observe::keymap::table::{common, input, roster};
use crate::tui::observe::keymap::{Binding, Context as C};
use crate::tui::roster::LeadAction as LA;

/// What takes the keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The roster with the edit keys.
    Lead,
    /// The help overlay.
    Help,
    /// Typing the roster filter.
    Filter,
    /// Typing in the form of fields.
    LeadForm,
    /// Choosing where to move someone.
    LeadPick,
    /// Confirming a removal.
    LeadConfirm,
    /// Looking at a re-balance before making it.
    LeadBalance,
}

/// The editor's key table.
pub static BINDINGS: keys::Table<C, Action, T> = keys::Table(&[
    common::ALWAYS,
    EDIT,
    roster::ROSTER,
    POPUPS,
    common::HELP,
    input::INPUT,
]);

const ROS: C = C::Pane(Pane::Roster);

/// Where keys are looked up, most specific first.
pub fn contexts_for(mode: Mode) -> &'static [C] {
    match mode {
        Mode::Lead => &[C::Always, C::Lead, ROS],
        Mode::Help => &[C::Always, C::Help],
        Mode::Filter => &[C::Always, C::Filter],
        Mode::LeadForm => &[C::Always, C::LeadForm],
        Mode::LeadPick => &[C::Always, C::LeadPick],
        Mode::LeadConfirm => &[C::Always, C::LeadConfirm],
        Mode::LeadBalance => &[C::Always, C::LeadBalance],
    }
}

/// The rows that apply in a mode, in lookup order.
pub fn bindings_for(mode: Mode) -> impl Iterator<Item = &'static Binding> {
    BINDINGS.rows_in(contexts_for(mode))
}

/// Translates a key press into an action using the table.
pub fn dispatch(mode: Mode, key: KeyEvent) -> Option<Action> {
    BINDINGS.dispatch(contexts_for(mode), key)
}

/// The key is typed into the form.
fn lead_type(_: Key, key: KeyEvent) -> Option<Action> {
    typed(key).map(|c| Action::Lead(LA::Type(c)))
}

const fn ch(c: char) -> Key {
    Plain(K::Char(c))
}

/// The lead's keys on the Roster pane.
pub static EDIT: &[Binding] = &[
    b(
        &[ch('m')],
        C::Lead,
        Do(Action::Lead(LA::Move)),
        T::Lead(L::KMove),
        Some(T::Lead(L::HMove)),
    ),
    b(
        &[ch('e')],
        C::Lead,
        Do(Action::Lead(LA::Edit)),
        T::Lead(L::KEdit),
        Some(T::Lead(L::HEdit)),
    ),
    b(
        &[ch('a')],
        C::Lead,
        Do(Action::Lead(LA::Add)),
        T::Lead(L::KAdd),
        Some(T::Lead(L::HAdd)),
    ),
    b(
        &[ch('d'), Plain(K::Delete)],
        C::Lead,
        Do(Action::Lead(LA::Remove)),
        T::Lead(L::KRemove),
        Some(T::Lead(L::HRemove)),
    ),
    b(
        &[ch('i')],
        C::Lead,
        Do(Action::Lead(LA::Facts)),
        T::Lead(L::KFacts),
        Some(T::Lead(L::HFacts)),
    ),
    b(
        &[ch('b')],
        C::Lead,
        Do(Action::Lead(LA::Rebalance)),
        T::Lead(L::KRebalance),
        Some(T::Lead(L::HRebalance)),
    ),
    b(
        &[ch('u'), Ctrl('z')],
        C::Lead,
        Do(Action::Lead(LA::Undo)),
        T::Lead(L::KUndo),
        Some(T::Lead(L::HUndo)),
    ),
    b(
        &[Ctrl('y'), Ctrl('r')],
        C::Lead,
        Do(Action::Lead(LA::Redo)),
        T::Lead(L::KRedo),
        Some(T::Lead(L::HRedo)),
    ),
    b(
        &[Ctrl('s')],
        C::Lead,
        Do(Action::Lead(LA::SaveNow)),
        T::Lead(L::KSaveNow),
        None,
    ),
    b(
        &[ch('?')],
        C::Lead,
        Do(Action::ToggleHelp),
        T::KHelp,
        Some(T::HHelp),
    ),
];

/// The popups: the form, the move picker, the removal question, the re-balance preview.
pub static POPUPS: &[Binding] = &[
    // The form of fields.
    b(
        &[Plain(K::Enter)],
        C::LeadForm,
        Do(Action::Lead(LA::Confirm)),
        T::Lead(L::KFormSave),
        Some(T::HSave),
    ),
    b(
        &[Plain(K::Esc)],
        C::LeadForm,
        Do(Action::Lead(LA::Cancel)),
        T::KCancelInput,
        Some(T::HCancel),
    ),
    b(
        &[Plain(K::Tab), Plain(K::Down)],
        C::LeadForm,
        Do(Action::Lead(LA::Down)),
        T::Lead(L::KNextField),
        Some(T::Lead(L::HField)),
    ),
    b(
        &[Plain(K::BackTab), Plain(K::Up)],
        C::LeadForm,
        Do(Action::Lead(LA::Up)),
        T::Lead(L::KPrevField),
        None,
    ),
    b(
        &[Plain(K::Backspace)],
        C::LeadForm,
        Do(Action::Lead(LA::Erase)),
        T::KErase,
        None,
    ),
    b(
        &[Key::Printable],
        C::LeadForm,
        With(lead_type),
        T::KType,
        None,
    ),
    // Where to move someone.
    b(
        &[Plain(K::Up), ch('k')],
        C::LeadPick,
        Do(Action::Lead(LA::Up)),
        T::KUp,
        None,
    ),
    b(
        &[Plain(K::Down), ch('j')],
        C::LeadPick,
        Do(Action::Lead(LA::Down)),
        T::KDown,
        None,
    ),
    b(
        &[Plain(K::Enter)],
        C::LeadPick,
        Do(Action::Lead(LA::Confirm)),
        T::Lead(L::KPickChoose),
        Some(T::Lead(L::HChoose)),
    ),
    b(
        &[Plain(K::Esc)],
        C::LeadPick,
        Do(Action::Lead(LA::Cancel)),
        T::Lead(L::KPickBack),
        Some(T::Lead(L::HBack)),
    ),
    // Removing someone.
    b(
        &[Plain(K::Enter), ch('y')],
        C::LeadConfirm,
        Do(Action::Lead(LA::Confirm)),
        T::Lead(L::KRemoveYes),
        Some(T::Lead(L::HRemove)),
    ),
    b(
        &[Plain(K::Esc), ch('n')],
        C::LeadConfirm,
        Do(Action::Lead(LA::Cancel)),
        T::Lead(L::KRemoveNo),
        Some(T::Lead(L::HKeep)),
    ),
    // The re-balance preview.
    b(
        &[Plain(K::Enter), ch('y')],
        C::LeadBalance,
        Do(Action::Lead(LA::Confirm)),
        T::Lead(L::KBalanceApply),
        Some(T::Lead(L::HApply)),
    ),
    b(
        &[
            Plain(K::Tab),
            Plain(K::BackTab),
            Plain(K::Up),
            Plain(K::Down),
        ],
        C::LeadBalance,
        Do(Action::Lead(LA::SwitchBalance)),
        T::Lead(L::KSwitchBalance),
        Some(T::Lead(L::HSwitch)),
    ),
    b(
        &[ch('s'), Plain(K::Right), ch('l')],
        C::LeadBalance,
        Do(Action::Lead(LA::SeedNext)),
        T::Lead(L::KSeedNext),
        Some(T::Lead(L::HSeed)),
    ),
    b(
        &[Plain(K::Left), ch('h')],
        C::LeadBalance,
        Do(Action::Lead(LA::SeedPrev)),
        T::Lead(L::KSeedPrev),
        None,
    ),
    b(
        &[Plain(K::Esc), ch('n')],
        C::LeadBalance,
        Do(Action::Lead(LA::Cancel)),
        T::KCancelInput,
        Some(T::HCancel),
    ),
];

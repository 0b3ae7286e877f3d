//! The lead's roster editing (`lgd roster`): the edit keys, the popups' keys, and what the same
//! keys say on the read-only roster while observing.

use ratatui::crossterm::event::KeyCode as K;

use super::super::{Binding, Context as C, dispatch};
use crate::text::observe::T;
use crate::text::roster::L;
use crate::tui::keys::{
    Does::{Do, With},
    Key::{self, Ctrl, Plain},
    b,
};
use crate::tui::observe::action::Action;
use crate::tui::roster::LeadAction as LA;

const fn ch(c: char) -> Key {
    Plain(K::Char(c))
}

/// While observing, the edit keys explain that the lead edits with `lgd roster`.
pub static READ_ONLY: &[Binding] = &[b(
    &[
        ch('m'),
        ch('e'),
        ch('a'),
        ch('d'),
        Plain(K::Delete),
        ch('b'),
        ch('u'),
        Ctrl('z'),
    ],
    C::RosterView,
    Do(Action::Lead(LA::ReadOnly)),
    T::Lead(L::KReadOnly),
    None,
)];

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
        With(dispatch::lead_type),
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

//! The Score pane's keys: levels, evidence, notes and submission.

use ratatui::crossterm::event::KeyCode as K;

use super::super::{
    Act, Binding,
    Command::{self, Do},
    Context,
    Key::{self, Plain},
    b,
};
use crate::model::EvidenceKind;
use crate::tui::observe::pane::Pane;
use crate::tui::observe::score::ScoreAction as SA;
use crate::tui::observe::score::text::S;
use crate::tui::observe::text::T;

const SCO: Context = Context::Pane(Pane::Score);

/// The Score pane's bindings.
pub static SCORE: &[Binding] = &[
    b(
        &[Plain(K::Up), Plain(K::Char('k'))],
        SCO,
        Do(Act::Up),
        T::KUp,
        None,
    ),
    b(
        &[Plain(K::Down), Plain(K::Char('j'))],
        SCO,
        Do(Act::Down),
        T::KDown,
        None,
    ),
    b(
        &[Plain(K::Left), Plain(K::Char('h'))],
        SCO,
        Command::Score(SA::Left),
        T::Score(S::KLeft),
        None,
    ),
    b(
        &[Plain(K::Right), Plain(K::Char('l'))],
        SCO,
        Command::Score(SA::Right),
        T::Score(S::KRight),
        None,
    ),
    b(
        &[Key::Level],
        SCO,
        Command::Level,
        T::Score(S::KLevel),
        Some(T::Score(S::HLevel)),
    ),
    b(
        &[Plain(K::Char('n'))],
        SCO,
        Command::Score(SA::NotObserved),
        T::Score(S::KNotObserved),
        Some(T::Score(S::HNotObserved)),
    ),
    b(
        &[Plain(K::Char('x')), Plain(K::Delete)],
        SCO,
        Command::Score(SA::Clear),
        T::Score(S::KClear),
        Some(T::Score(S::HClear)),
    ),
    b(
        &[Plain(K::Enter)],
        SCO,
        Command::Score(SA::Justify),
        T::Score(S::KJustify),
        Some(T::Score(S::HJustify)),
    ),
    b(
        &[Plain(K::Char('+'))],
        SCO,
        Command::Score(SA::Evidence(EvidenceKind::Strength)),
        T::Score(S::KStrength),
        Some(T::Score(S::HEvidence)),
    ),
    b(
        &[Plain(K::Char('-'))],
        SCO,
        Command::Score(SA::Evidence(EvidenceKind::Development)),
        T::Score(S::KDevelopment),
        None,
    ),
    b(
        &[Plain(K::Char('0'))],
        SCO,
        Command::Score(SA::Evidence(EvidenceKind::Neutral)),
        T::Score(S::KNeutral),
        None,
    ),
    b(
        &[Plain(K::Char('S'))],
        SCO,
        Command::Score(SA::SubmitAll),
        T::Score(S::KSubmit),
        Some(T::Score(S::HSubmit)),
    ),
];

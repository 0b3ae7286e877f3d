//! The Score pane's keys: levels, evidence, notes and submission.

use ratatui::crossterm::event::KeyCode as K;

use super::super::{Binding, Context, dispatch};
use crate::model::EvidenceKind;
use crate::text::observe::T;
use crate::text::score::S;
use crate::tui::keys::{
    Does::{Do, With},
    Key::{self, Plain},
    b,
};
use crate::tui::observe::action::Action;
use crate::tui::observe::pane::Pane;
use crate::tui::observe::score::ScoreAction as SA;

const SCO: Context = Context::Pane(Pane::Score);
/// Lines one PgUp/PgDn moves the evidence: a few, as at 80x24 only a few show at once.
const EVIDENCE_PAGE: i16 = 3;

/// The Score pane's bindings.
pub static SCORE: &[Binding] = &[
    b(
        &[Plain(K::Up), Plain(K::Char('k'))],
        SCO,
        Do(Action::Move(-1)),
        T::KUp,
        None,
    ),
    b(
        &[Plain(K::Down), Plain(K::Char('j'))],
        SCO,
        Do(Action::Move(1)),
        T::KDown,
        None,
    ),
    b(
        &[Plain(K::Left), Plain(K::Char('h'))],
        SCO,
        Do(Action::Score(SA::Left)),
        T::Score(S::KLeft),
        None,
    ),
    b(
        &[Plain(K::Right), Plain(K::Char('l'))],
        SCO,
        Do(Action::Score(SA::Right)),
        T::Score(S::KRight),
        None,
    ),
    b(
        &[Key::Level],
        SCO,
        With(dispatch::level),
        T::Score(S::KLevel),
        Some(T::Score(S::HLevel)),
    ),
    b(
        &[Plain(K::Char('n'))],
        SCO,
        Do(Action::Score(SA::NotObserved)),
        T::Score(S::KNotObserved),
        Some(T::Score(S::HNotObserved)),
    ),
    b(
        &[Plain(K::Char('x')), Plain(K::Delete)],
        SCO,
        Do(Action::Score(SA::Clear)),
        T::Score(S::KClear),
        Some(T::Score(S::HClear)),
    ),
    b(
        &[Plain(K::Enter)],
        SCO,
        Do(Action::Score(SA::Justify)),
        T::Score(S::KJustify),
        Some(T::Score(S::HJustify)),
    ),
    b(
        &[Plain(K::Char('+'))],
        SCO,
        Do(Action::Score(SA::Evidence(EvidenceKind::Strength))),
        T::Score(S::KStrength),
        Some(T::Score(S::HEvidence)),
    ),
    b(
        &[Plain(K::Char('-'))],
        SCO,
        Do(Action::Score(SA::Evidence(EvidenceKind::Development))),
        T::Score(S::KDevelopment),
        None,
    ),
    b(
        &[Plain(K::Char('0'))],
        SCO,
        Do(Action::Score(SA::Evidence(EvidenceKind::Neutral))),
        T::Score(S::KNeutral),
        None,
    ),
    b(
        &[Plain(K::PageDown)],
        SCO,
        Do(Action::Score(SA::Scroll(EVIDENCE_PAGE))),
        T::Score(S::KScrollDown),
        Some(T::Score(S::HScroll)),
    ),
    b(
        &[Plain(K::PageUp)],
        SCO,
        Do(Action::Score(SA::Scroll(-EVIDENCE_PAGE))),
        T::Score(S::KScrollUp),
        None,
    ),
    b(
        &[Plain(K::Char('S'))],
        SCO,
        Do(Action::Score(SA::SubmitAll)),
        T::Score(S::KSubmit),
        Some(T::Score(S::HSubmit)),
    ),
];

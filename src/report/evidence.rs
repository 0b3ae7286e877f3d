//! What the assessors wrote about a participant: wash-up decisions, notes on ratings, evidence.

use serde::Serialize;

use super::context::Index;
use super::fmt;
use crate::consolidate::Cell;
use crate::model::EvidenceKind;

/// A wash-up decision.
#[derive(Debug, Serialize)]
pub struct DecisionView {
    /// Competency code and name.
    pub competency: String,
    /// Agreed level.
    pub level: String,
    /// Why.
    pub reason: String,
    /// Who decided.
    pub by: String,
    /// When.
    pub at: String,
}

/// A note with its competency and observer.
#[derive(Debug, Serialize)]
pub struct NoteView {
    /// Competency code.
    pub competency: String,
    /// Observer id.
    pub observer: String,
    /// The note.
    pub text: String,
}

pub(super) fn decisions(ix: &Index, cells: &[&Cell]) -> Vec<DecisionView> {
    cells
        .iter()
        .filter_map(|x| {
            let d = x.consensus.as_ref()?;
            let comp = ix.competency(&x.competency);
            Some(DecisionView {
                competency: format!("{} {}", comp.code, comp.name),
                level: fmt::opt(d.level, 1, ix.lang),
                reason: d.reason.clone(),
                by: ix.observer_name(&d.decided_by),
                at: ix.moment(d.decided_at),
            })
        })
        .collect()
}

pub(super) fn rating_notes(cells: &[&Cell]) -> Vec<NoteView> {
    cells
        .iter()
        .flat_map(|x| {
            x.ratings
                .iter()
                .filter(|r| !r.note.trim().is_empty())
                .map(|r| NoteView {
                    competency: x.competency.clone(),
                    observer: r.observer.clone(),
                    text: r.note.clone(),
                })
        })
        .collect()
}

pub(super) fn notes(cells: &[&Cell], kind: EvidenceKind) -> Vec<NoteView> {
    cells
        .iter()
        .flat_map(|x| {
            x.evidence.iter().flat_map(move |e| {
                e.notes
                    .iter()
                    .filter(move |n| n.kind == kind && !n.text.trim().is_empty())
                    .map(move |n| NoteView {
                        competency: x.competency.clone(),
                        observer: e.observer.clone(),
                        text: n.text.clone(),
                    })
            })
        })
        .collect()
}

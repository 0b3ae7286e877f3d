//! What gathering day files found besides day files, as consolidation problems.

use super::format::{Problem, ProblemKind};
use super::why::Why;
use crate::model::{Lang, Localized};
use crate::store::Gathered;

/// The problems of reading one candidate: unusable and skipped files, and notes on what was read.
pub(super) fn problems(g: &mut Gathered, path: &std::path::Path) -> Vec<Problem> {
    let mut out = Vec::new();
    for (p, m) in g.failed.drain(..) {
        out.push(unusable(&p, &m));
    }
    for (p, what) in g.skipped.drain(..) {
        let file = p.display().to_string();
        let why = Why::Skipped {
            file: file.clone(),
            what,
        };
        out.push(Problem::of(ProblemKind::Skipped, vec![file], why));
    }
    for note in g.notes.drain(..) {
        out.push(said(ProblemKind::Recovered, path, note));
    }
    out
}

/// A file that cannot be used, said in both languages now: the store's error is not kept.
pub(super) fn unusable(path: &std::path::Path, why: &crate::store::Unusable) -> Problem {
    let say = |lang| crate::text::store::days::unusable(lang, path, why);
    said(
        ProblemKind::Unreadable,
        path,
        Localized::new(say(Lang::Id), say(Lang::En)),
    )
}

fn said(kind: ProblemKind, path: &std::path::Path, both: Localized) -> Problem {
    Problem::of(kind, vec![path.display().to_string()], Why::Said(both))
}

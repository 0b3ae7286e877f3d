//! Do the day files belong together? Same event definition, same scheme and framework, one file
//! per observer and day. Every file that does not fit is named.

use std::collections::BTreeMap;

use super::digest::FileDigest;
use super::format::{Problem, ProblemKind};
use super::late::{Definition, departs};

/// Problems that stop a consolidation unless the user allows mismatches.
pub fn check(files: &[FileDigest]) -> Vec<Problem> {
    let mut out = Vec::new();
    let Some(reference) = reference(files) else {
        return out;
    };
    let mut by_event: BTreeMap<(&str, &str), Vec<&str>> = BTreeMap::new();
    for f in files {
        by_event
            .entry((&f.stamp.id, &f.stamp.digest))
            .or_default()
            .push(&f.path);
    }
    let reference_key = (reference.stamp.id.as_str(), reference.stamp.digest.as_str());
    for ((id, digest), paths) in &by_event {
        if (*id, *digest) == reference_key || only_adds(files, reference, digest) {
            continue;
        }
        let what = if *id == reference_key.0 {
            format!(
                "another version of event {id:?} (definition {})",
                short(digest)
            )
        } else {
            format!("event {id:?}")
        };
        out.push(mismatch(
            paths,
            format!(
                "{} file(s) belong to {what}, the others ({}) to event {:?} (definition {}); \
                 consolidate the files of one event definition, or pass --allow-mismatch",
                paths.len(),
                by_event.get(&reference_key).map_or(0, Vec::len),
                reference_key.0,
                short(reference_key.1)
            ),
        ));
    }
    let scheme_of = |f: &FileDigest| {
        let codes: Vec<&str> = f.scheme.codes.iter().map(|c| c.code.as_str()).collect();
        (
            f.scheme.id.clone(),
            codes.join(","),
            f.scheme.rated_competencies.join(","),
        )
    };
    let framework_of = |f: &FileDigest| {
        let comps: Vec<String> = f
            .framework
            .competencies
            .iter()
            .map(|c| format!("{}:{}", c.code, c.target))
            .collect();
        (f.framework.id.clone(), comps.join(","))
    };
    let (scheme, framework) = (scheme_of(reference), framework_of(reference));
    let odd_scheme: Vec<&str> = files
        .iter()
        .filter(|f| scheme_of(f) != scheme)
        .map(|f| f.path.as_str())
        .collect();
    if !odd_scheme.is_empty() {
        out.push(mismatch(
            &odd_scheme,
            format!(
                "{} file(s) use a coding scheme other than {:?} (codes {}; rated {}), so their codes cannot be compared",
                odd_scheme.len(),
                scheme.0,
                scheme.1,
                scheme.2
            ),
        ));
    }
    let odd_framework: Vec<&str> = files
        .iter()
        .filter(|f| framework_of(f) != framework)
        .map(|f| f.path.as_str())
        .collect();
    if !odd_framework.is_empty() {
        out.push(mismatch(
            &odd_framework,
            format!(
                "{} file(s) use a competency framework other than {:?} (competencies and targets {})",
                odd_framework.len(),
                framework.0,
                framework.1
            ),
        ));
    }
    out.extend(duplicates(files));
    out
}

/// Whether the definition `digest` and the reference's differ only by additions (a late arrival,
/// a corrected name): every file of one fits the other in what it depends on.
fn only_adds(files: &[FileDigest], reference: &FileDigest, digest: &str) -> bool {
    let mine = &reference.stamp.digest;
    let Some(other) = files.iter().find(|f| f.stamp.digest == digest) else {
        return false;
    };
    let (older, newer) = (Definition::of_file(reference), Definition::of_file(other));
    files
        .iter()
        .filter(|f| &f.stamp.digest == mine)
        .all(|f| departs(f, &newer).is_none())
        || files
            .iter()
            .filter(|f| f.stamp.digest == digest)
            .all(|f| departs(f, &older).is_none())
}

/// Two files for one observer and day: both would count, so the observer would weigh double.
fn duplicates(files: &[FileDigest]) -> Vec<Problem> {
    let mut by_day: BTreeMap<(&str, chrono::NaiveDate), Vec<&str>> = BTreeMap::new();
    for f in files {
        by_day
            .entry((&f.observer.id, f.date))
            .or_default()
            .push(&f.path);
    }
    by_day
        .into_iter()
        .filter(|(_, paths)| paths.len() > 1)
        .map(|((observer, date), paths)| Problem {
            kind: ProblemKind::Duplicate,
            message: format!(
                "{} files for observer {observer} on {date}; keep one (the other may be a copy), or pass --allow-mismatch to use the one with the most changes",
                paths.len()
            ),
            files: paths.into_iter().map(str::to_string).collect(),
        })
        .collect()
}

/// The file whose event definition most files share (the first such file).
pub fn reference(files: &[FileDigest]) -> Option<&FileDigest> {
    let mut counts: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for f in files {
        *counts.entry((&f.stamp.id, &f.stamp.digest)).or_default() += 1;
    }
    let best = counts.values().copied().max()?;
    files
        .iter()
        .find(|f| counts.get(&(f.stamp.id.as_str(), f.stamp.digest.as_str())) == Some(&best))
}

fn mismatch(paths: &[&str], message: String) -> Problem {
    Problem {
        kind: ProblemKind::Mismatch,
        files: paths.iter().map(|p| p.to_string()).collect(),
        message,
    }
}

fn short(digest: &str) -> &str {
    digest.get(..12).unwrap_or(digest)
}

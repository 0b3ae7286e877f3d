//! Do the day files belong together? Same event definition, same scheme and framework, one file
//! per observer and day. Every file that does not fit is named.

use std::collections::BTreeMap;

use super::digest::FileDigest;
use super::format::{Problem, ProblemKind};
use super::late::{Definition, departs};
use super::why::Why;

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
        out.push(mismatch(
            paths,
            Why::OtherDefinition {
                count: paths.len(),
                event: id.to_string(),
                version: (*id == reference_key.0).then(|| short(digest).to_string()),
                others: by_event.get(&reference_key).map_or(0, Vec::len),
                reference: reference_key.0.to_string(),
                reference_version: short(reference_key.1).to_string(),
            },
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
            Why::OtherScheme {
                count: odd_scheme.len(),
                scheme: scheme.0.clone(),
                codes: scheme.1.clone(),
                rated: scheme.2.clone(),
            },
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
            Why::OtherFramework {
                count: odd_framework.len(),
                framework: framework.0.clone(),
                targets: framework.1.clone(),
            },
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
        .map(|((observer, date), paths)| {
            let why = Why::Duplicate {
                count: paths.len(),
                observer: observer.to_string(),
                date,
            };
            let files = paths.into_iter().map(str::to_string).collect();
            Problem::of(ProblemKind::Duplicate, files, why)
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

fn mismatch(paths: &[&str], why: Why) -> Problem {
    let files = paths.iter().map(|p| p.to_string()).collect();
    Problem::of(ProblemKind::Mismatch, files, why)
}

fn short(digest: &str) -> &str {
    digest.get(..12).unwrap_or(digest)
}

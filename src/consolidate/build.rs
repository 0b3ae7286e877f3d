//! Reading the day files and assembling `Consolidated` from their digests.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use chrono::{DateTime, FixedOffset};

use super::agreement::agreement;
use super::behaviour::{GroupFiles, behaviour};
use super::checks::{check, reference};
use super::digest::FileDigest;
use super::file::Streamed;
use super::format::{
    CONSOLIDATED_FORMAT, CONSOLIDATED_FORMAT_VERSION, Consolidated, Options, Problem, ProblemKind,
};
use super::gathered;
use super::grid::{Axes, FileRatings, grid};
use super::late;
use super::read::read_all;
use super::results::{coverage, results};
use super::roster::{
    group_infos, observer_infos, union_groups, union_observers, union_participants,
};
use crate::model::Event;
use crate::store::{DayFile, candidates};

/// How to consolidate.
#[derive(Debug, Clone)]
pub struct ConsolidateOptions {
    /// Spread threshold; `None` uses the event's setting.
    pub spread: Option<f64>,
    /// Seconds either side within which acts of two observers may match.
    pub tolerance_s: f64,
    /// Count ratings of observers who never submitted.
    pub include_unsubmitted: bool,
    /// Merge files that do not belong together (listing them) instead of stopping.
    pub allow_mismatch: bool,
    /// The event file, for the self-ratings and online scores imported into it after the day.
    pub event: Option<EventFile>,
    /// When the consolidation runs.
    pub now: DateTime<FixedOffset>,
}

impl ConsolidateOptions {
    /// The defaults (tolerance 3 s, the event's spread threshold, submitted ratings only) at `now`.
    pub fn at(now: DateTime<FixedOffset>) -> ConsolidateOptions {
        ConsolidateOptions {
            spread: None,
            tolerance_s: 3.0,
            include_unsubmitted: false,
            allow_mismatch: false,
            event: None,
            now,
        }
    }
}

/// An event file given beside the day files.
#[derive(Debug, Clone)]
pub struct EventFile {
    /// Where it was read from.
    pub path: String,
    /// The event.
    pub event: Event,
}

/// Why nothing was consolidated.
#[derive(Debug, thiserror::Error)]
pub enum ConsolidateError {
    /// No day file among the paths.
    #[error("no day files found; name day files (*.json) or folders holding them")]
    NoDayFiles {
        /// What was found instead.
        problems: Vec<Problem>,
    },
    /// Files that do not belong together, are duplicated or cannot be read.
    #[error("nothing consolidated: {} problem(s) with the day files (listed above); fix them or pass --allow-mismatch", problems.iter().filter(|p| p.blocks()).count())]
    Refused {
        /// Every problem found, blocking or not.
        problems: Vec<Problem>,
    },
}

impl Problem {
    /// Whether this problem stops a consolidation unless mismatches are allowed.
    pub fn blocks(&self) -> bool {
        matches!(
            self.kind,
            ProblemKind::Unreadable | ProblemKind::Mismatch | ProblemKind::Duplicate
        )
    }
}

/// Reads the day files among `paths` (folders recursively) and consolidates them; `progress` is
/// told (files read, files in all) as files are read, a few times a second and once all are.
/// The files' digests are freed on rayon's pool after it returns, so memory may read high for a
/// moment after the call.
pub fn consolidate(
    paths: &[PathBuf],
    options: &ConsolidateOptions,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Consolidated, ConsolidateError> {
    consolidate_writing(paths, options, progress, &mut || None).map(|(c, _)| c)
}

/// As [`consolidate`], writing `consolidated.json` while it works: once the files are known to
/// belong together, `open` is asked where to; the ratings are written as soon as they are merged,
/// while coded behaviour is still being matched on the other core. Returns the output to be
/// finished ([`Streamed::finish`]) with what was written into it, or `None` if `open` gave none.
pub fn consolidate_writing(
    paths: &[PathBuf],
    options: &ConsolidateOptions,
    progress: &mut dyn FnMut(usize, usize),
    open: &mut dyn FnMut() -> Option<Streamed>,
) -> Result<(Consolidated, Option<Streamed>), ConsolidateError> {
    let (found, failed) = candidates(paths);
    let mut problems: Vec<Problem> = failed
        .into_iter()
        .map(|(p, why)| gathered::unusable(&p, &why))
        .collect();
    let read = read_all(&found, options.allow_mismatch, progress);
    let mut digests = Vec::new();
    for (p, d) in read {
        problems.extend(p);
        digests.extend(d);
    }
    from_digests(digests, problems, options, open)
}

/// Consolidates day files already read (their digests freed afterwards, as by [`consolidate`]).
pub fn consolidate_days(
    days: Vec<DayFile>,
    options: &ConsolidateOptions,
) -> Result<Consolidated, ConsolidateError> {
    from_digests(
        days.into_iter().map(FileDigest::of).collect(),
        Vec::new(),
        options,
        &mut || None,
    )
    .map(|(c, _)| c)
}

fn from_digests(
    mut digests: Vec<FileDigest>,
    mut problems: Vec<Problem>,
    options: &ConsolidateOptions,
    open: &mut dyn FnMut() -> Option<Streamed>,
) -> Result<(Consolidated, Option<Streamed>), ConsolidateError> {
    if digests.is_empty() {
        return Err(ConsolidateError::NoDayFiles { problems });
    }
    problems.extend(check(&digests));
    if let (Some(ev), Some(first)) = (&options.event, reference(&digests)) {
        problems.extend(late::check_event(ev, first, &digests));
    }
    if !options.allow_mismatch && problems.iter().any(Problem::blocks) {
        return Err(ConsolidateError::Refused { problems });
    }
    drop_duplicates(&mut digests);
    let Some(first) = reference(&digests) else {
        return Err(ConsolidateError::NoDayFiles { problems });
    };
    let (stamp, framework, scheme, mut settings) = (
        first.stamp.clone(),
        first.framework.clone(),
        first.scheme.clone(),
        first.settings.clone(),
    );
    // The event file given is the lead's latest word on the report's settings (JPM cap, rule, zone).
    if let Some(e) = &options.event {
        settings.take_report_settings(&e.event.settings);
    }
    let spread = options.spread.unwrap_or(settings.spread_threshold);
    let step = if settings.half_levels { 0.5 } else { 1.0 };
    let midpoint = settings.midpoint.unwrap_or_default();
    let competencies = scheme.rated_competencies.clone();

    let groups = union_groups(&digests);
    let participants = union_participants(&digests, &groups);
    // The event file's roster is the newest: late arrivals and corrected names come from it.
    let (groups, participants) = match &options.event {
        Some(ev) => late::with_roster(groups, participants, &ev.event),
        None => (groups, participants),
    };
    let ids: Vec<String> = participants.iter().map(|p| p.person.id.clone()).collect();
    let observer_ids = union_observers(&digests);

    // Later files (by day, then by number of changes) win when one observer rated a cell twice.
    digests.sort_by_key(|f| (f.date, f.last_seq));
    let mut taken: Vec<FileRatings> = digests
        .iter_mut()
        .map(|f| FileRatings {
            ratings: std::mem::take(&mut f.ratings),
            evidence: std::mem::take(&mut f.cell_evidence),
        })
        .collect();
    let mut files_of: BTreeMap<&str, Vec<&FileDigest>> = BTreeMap::new();
    for f in &digests {
        files_of.entry(&f.observer.id).or_default().push(f);
    }

    let group_members: Vec<(String, Vec<String>)> = groups
        .iter()
        .map(|g| (g.id.clone(), g.seats.values().cloned().collect()))
        .collect();
    let group_files: Vec<GroupFiles<'_>> = group_members
        .iter()
        .map(|(g, members)| GroupFiles {
            group: g.clone(),
            members: members.clone(),
            observers: observer_ids
                .iter()
                .map(|o| {
                    let files: Vec<&FileDigest> = files_of
                        .get(o.as_str())
                        .into_iter()
                        .flatten()
                        .filter(|f| &f.group == g)
                        .copied()
                        .collect();
                    (o.clone(), files)
                })
                .filter(|(_, files)| !files.is_empty())
                .collect(),
        })
        .collect();
    let codes: Vec<String> = scheme.codes.iter().map(|c| c.code.clone()).collect();
    let self_levels = options
        .event
        .iter()
        .flat_map(|e| &e.event.self_ratings)
        .map(|s| ((s.participant.clone(), s.competency.clone()), s.level))
        .collect();
    // Everything the file holds before the ratings is known here; what is merged below fills
    // the rest.
    let mut c = Consolidated {
        format: CONSOLIDATED_FORMAT.to_string(),
        format_version: CONSOLIDATED_FORMAT_VERSION,
        generator: format!("lgd {}", env!("CARGO_PKG_VERSION")),
        generated_at: options.now,
        event: stamp,
        about: options.event.as_ref().map(|e| e.event.about()),
        framework,
        scheme,
        settings,
        options: Options {
            spread_threshold: spread,
            tolerance_s: options.tolerance_s,
            step,
            include_unsubmitted: options.include_unsubmitted,
            allowed_mismatch: options.allow_mismatch,
            midpoint,
        },
        washup_seq: 0,
        competencies,
        participants,
        groups: group_infos(groups, &group_files),
        observers: observer_infos(&files_of, &observer_ids),
        cells: Vec::new(),
        results: Vec::new(),
        agreement: Default::default(),
        behaviour: Default::default(),
        coverage: Default::default(),
        online_scores: options
            .event
            .iter()
            .flat_map(|e| e.event.online_scores.iter().cloned())
            .collect(),
        problems: Vec::new(),
    };
    let unsubmitted: Vec<String> = c
        .observers
        .iter()
        .filter(|o| !o.submitted)
        .map(|o| o.observer.id.clone())
        .collect();
    let mut planned: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for o in &c.observers {
        for p in &o.observer.coverage {
            planned
                .entry(p.clone())
                .or_default()
                .push(o.observer.id.clone());
        }
    }
    let never_coded = c
        .observers
        .iter()
        .filter(|o| o.files.iter().any(|f| f.never_coded))
        .map(|o| o.observer.id.clone())
        .collect();
    let mut out = open();
    let writing = out.is_some();
    // Coded behaviour shares nothing with the rating grid and its agreement: while one core
    // builds the grid, the other matches acts; then the grid's agreement, the writing of the
    // ratings and their agreement, and what is left of the matching share both cores. Each side
    // also does what follows from it alone (coverage; behaviour's text for the file), so that
    // little is left for one core once both are done.
    let ((cells, conflicts, results, agreement, mut coverage), (behaviour, behaviour_json)) =
        rayon::join(
            || {
                let axes = Axes {
                    participants: &ids,
                    competencies: &c.competencies,
                    observers: &observer_ids,
                    framework: &c.framework,
                    midpoint,
                };
                let (cells, conflicts) = grid(
                    &digests,
                    &mut taken,
                    &axes,
                    spread,
                    step,
                    options.include_unsubmitted,
                );
                let results = results(
                    &ids,
                    &cells,
                    &c.settings.categories,
                    &self_levels,
                    c.settings.jpm_capped(),
                );
                let (agreement, ()) = rayon::join(
                    || agreement(&cells, &c.competencies, &observer_ids, &group_members),
                    || {
                        if let Some(out) = out.as_mut() {
                            out.head(&c);
                            out.ratings(&cells, &results);
                        }
                    },
                );
                // Written here, while the other core may still be matching behaviour.
                if let Some(out) = out.as_mut() {
                    out.agreement(&agreement);
                }
                let coverage = coverage(&ids, &cells, &planned, unsubmitted);
                (cells, conflicts, results, agreement, coverage)
            },
            || {
                let found = behaviour(&group_files, &codes, options.tolerance_s);
                let text = writing.then(|| Streamed::behaviour_text(&found));
                (found, text)
            },
        );
    problems.extend(conflicts);
    coverage.never_coded = never_coded;
    drop(group_files);
    drop(files_of);
    // Nothing below needs the digests nor what the grid left of them: the other core frees them
    // while this one goes on.
    rayon::spawn(move || drop((digests, taken)));
    c.cells = cells;
    c.results = results;
    c.agreement = agreement;
    c.behaviour = behaviour;
    c.coverage = coverage;
    c.problems = problems;
    if let Some(out) = out.as_mut() {
        out.rest(&c, behaviour_json);
    }
    Ok((c, out))
}

/// Of several files for one observer and day (allowed by the user), keeps the one with most changes.
fn drop_duplicates(digests: &mut Vec<FileDigest>) {
    let mut best: BTreeMap<(String, chrono::NaiveDate), (u64, usize)> = BTreeMap::new();
    for (i, f) in digests.iter().enumerate() {
        let e = best
            .entry((f.observer.id.clone(), f.date))
            .or_insert((f.last_seq, i));
        if f.last_seq > e.0 {
            *e = (f.last_seq, i);
        }
    }
    let keep: BTreeSet<usize> = best.values().map(|&(_, i)| i).collect();
    let mut i = 0;
    digests.retain(|_| {
        i += 1;
        keep.contains(&(i - 1))
    });
}

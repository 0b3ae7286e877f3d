//! Reading the day files on every core, each reduced to its digest as soon as it is read, while
//! the calling thread reports progress.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::RecvTimeoutError;
use std::time::Duration;

use rayon::prelude::*;

use super::digest::FileDigest;
use super::format::Problem;
use super::gathered;
use crate::store::{Candidate, Gathered, read_candidate};

/// How often reading reports progress.
const PROGRESS_EVERY: Duration = Duration::from_millis(100);

/// Each candidate's problems and digests, in the candidates' order; `progress` is told (files
/// read, files in all) a few times a second and once all are read.
pub(super) fn read_all(
    found: &[Candidate],
    allow_mismatch: bool,
    progress: &mut dyn FnMut(usize, usize),
) -> Vec<(Vec<Problem>, Vec<FileDigest>)> {
    // Files are read and digested on every core, each file dropped once digested; the calling
    // thread, otherwise idle, looks in on their count a few times a second to report progress,
    // so no core waits for a report or wakes anyone per file. Results are taken in the files'
    // own order, so the outcome is the same as reading them one after the other.
    let all = found.len();
    let read_so_far = AtomicUsize::new(0);
    // Nothing is ever sent: the reader dropping its end (returning, or unwinding) is what tells
    // the caller reading is over, so it cannot miss the moment and sleep a period more.
    let (reading, over) = std::sync::mpsc::channel::<()>();
    let read_every = || -> Vec<(Vec<Problem>, Vec<FileDigest>)> {
        found
            .par_iter()
            .map(|c| {
                let read = read_one(c, allow_mismatch);
                read_so_far.fetch_add(1, Ordering::Relaxed);
                read
            })
            .collect()
    };
    std::thread::scope(|scope| {
        let reader = std::thread::Builder::new()
            .name("lgd-read".into())
            .spawn_scoped(scope, || {
                let _reading = reading;
                read_every()
            });
        let Ok(reader) = reader else {
            // No thread to spare (a process limit): read here, and report once at the end.
            let read = read_every();
            if all > 0 {
                progress(all, all);
            }
            return read;
        };
        let mut told = 0;
        loop {
            let waited = over.recv_timeout(PROGRESS_EVERY);
            let n = read_so_far.load(Ordering::Relaxed);
            if n > told {
                told = n;
                progress(n, all);
            }
            if waited != Err(RecvTimeoutError::Timeout) {
                break;
            }
        }
        reader
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}

/// One candidate read, its impossible values found, and reduced to its digests.
fn read_one(c: &Candidate, allow_mismatch: bool) -> (Vec<Problem>, Vec<FileDigest>) {
    let mut g = Gathered::default();
    read_candidate(c, &mut g);
    let mut problems = gathered::problems(&mut g, &c.path);
    for day in &mut g.days {
        problems.extend(super::impossible::impossible_values(day, allow_mismatch));
    }
    (problems, g.days.into_iter().map(FileDigest::of).collect())
}

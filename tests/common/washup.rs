//! A consolidation to hold a wash-up: two observers' submitted ratings, consolidated by the binary.

use std::path::{Path, PathBuf};

use lgd_observer::catalog::demo_event;
use lgd_observer::model::{Change, Score};

use super::day::{apply, begin, save, t0};

/// A01 and A03 rate P74 and P10 of G1 on M.2 and submit; the day files go to `dir/in`, and the
/// real binary consolidates them into `dir/out`, which it returns.
pub fn consolidated_folder(dir: &Path) -> PathBuf {
    let event = demo_event().expect("demo");
    let input = dir.join("in");
    for (observer, p74, p10) in [("A01", 2.0, 3.0), ("A03", 4.0, 3.0)] {
        let mut day = begin(&event, observer, Some("G1"));
        for (p, level) in [("P74", p74), ("P10", p10)] {
            let change = Change::RatingSet {
                participant: p.into(),
                competency: "M.2".into(),
                score: Score::Level { level },
                note: format!("{observer} on {p}"),
                reason: None,
                at: t0(),
            };
            apply(&mut day, change);
        }
        apply(&mut day, Change::RatingsSubmitted { at: t0() });
        save(&input, &day);
    }
    let out = dir.join("out");
    let ran = super::lgd()
        .args(["consolidate", "--out"])
        .arg(&out)
        .arg(&input)
        .output()
        .expect("consolidate runs");
    assert!(ran.status.success(), "{}", super::stderr(&ran));
    out
}

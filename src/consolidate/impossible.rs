//! Day files with impossible values (a level off the scale, a time outside the day, an unknown
//! participant...) refuse a consolidation by name, or with `--allow-mismatch` are read without them.

use super::format::{Problem, ProblemKind};
use super::why::Why;
use crate::store::DayFile;

/// A day file's impossible values (issue 13) as one blocking problem naming the file; allowed to
/// go on, they are left out of the day and the problem lists them.
pub(super) fn impossible_values(f: &mut DayFile, allowed: bool) -> Option<Problem> {
    use crate::model::validate::{leave_out, validate_day_values};
    let named = crate::store::DayName::of(&f.path).map(|n| n.date);
    let issues = validate_day_values(&f.day, named);
    if issues.is_empty() {
        return None;
    }
    if allowed {
        leave_out(&mut f.day, &issues);
    }
    let file = f.path.display().to_string();
    let why = Why::Impossible {
        file: file.clone(),
        left_out: allowed,
        issues,
    };
    Some(Problem::of(ProblemKind::Mismatch, vec![file], why))
}

//! Validation that lists every problem with where it is and how to fix it, not just the first.

mod day;
mod event;
mod framework;
mod results;
mod scheme;

use std::fmt;

pub use day::{DAY_SECONDS, DayIssue, leave_out, validate_day_values};
pub use event::{Resolver, validate_event};
pub use framework::validate_framework;
pub use scheme::validate_scheme;

/// One thing wrong with a definition.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    /// Where: a path into the file such as `participants[3].nip`.
    pub at: String,
    /// What is wrong.
    pub what: String,
    /// How to fix it.
    pub fix: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} (fix: {})", self.at, self.what, self.fix)
    }
}

/// Collects problems while walking a definition.
#[derive(Debug, Default)]
pub struct Problems(pub Vec<Problem>);

impl Problems {
    /// Records a problem.
    pub fn add(&mut self, at: impl Into<String>, what: impl Into<String>, fix: impl Into<String>) {
        self.0.push(Problem {
            at: at.into(),
            what: what.into(),
            fix: fix.into(),
        });
    }

    /// Records a problem when the id is not usable as a file-name part.
    pub fn check_id(&mut self, at: &str, id: &str) {
        if let Err(e) = super::check_id(id) {
            self.add(
                at,
                e.to_string(),
                "rename it with letters, digits, '-' or '_' only",
            );
        }
    }

    /// Records every value that appears more than once.
    pub fn unique<'a>(&mut self, what: &str, items: impl Iterator<Item = (String, &'a str)>) {
        let mut seen: std::collections::HashMap<&str, String> = Default::default();
        for (at, key) in items {
            if let Some(first) = seen.get(key) {
                self.add(
                    at,
                    format!("{what} {key:?} is used twice (first at {first})"),
                    format!("give each {what} its own value"),
                );
            } else {
                seen.insert(key, at);
            }
        }
    }
}

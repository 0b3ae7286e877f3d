//! Validation that lists every problem with where it is and how to fix it, not just the first.

mod day;
mod event;
mod framework;
mod issue;
mod results;
mod scheme;

use std::fmt;

pub use day::{DAY_SECONDS, DayIssue, leave_out, validate_day_values};
pub use event::{Resolver, validate_event};
pub use framework::validate_framework;
pub use issue::{CompetencyIn, Issue, NamedIn, Unique};
pub use scheme::validate_scheme;

/// One thing wrong with a definition.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// Where: a path into the file such as `participants[3].nip`.
    pub at: String,
    /// What is wrong, with the values that say it.
    pub issue: Issue,
}

impl Problem {
    /// What is wrong, in `lang`.
    pub fn what(&self, lang: crate::model::Lang) -> String {
        crate::text::definition::what(lang, &self.issue)
    }

    /// How to fix it, in `lang`.
    pub fn fix(&self, lang: crate::model::Lang) -> String {
        crate::text::definition::fix(lang, &self.issue)
    }
}

/// Programs reading `lgd check --json` get the English sentences, as before the issue was typed.
impl serde::Serialize for Problem {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let en = crate::model::Lang::En;
        let mut st = s.serialize_struct("Problem", 3)?;
        st.serialize_field("at", &self.at)?;
        st.serialize_field("what", &self.what(en))?;
        st.serialize_field("fix", &self.fix(en))?;
        st.end()
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::text::definition::problem(
            crate::model::Lang::En,
            self,
        ))
    }
}

/// Collects problems while walking a definition.
#[derive(Debug, Default)]
pub struct Problems(pub Vec<Problem>);

impl Problems {
    /// Records a problem.
    pub fn add(&mut self, at: impl Into<String>, issue: Issue) {
        self.0.push(Problem {
            at: at.into(),
            issue,
        });
    }

    /// Records a problem when the id is not usable as a file-name part.
    pub fn check_id(&mut self, at: &str, id: &str) {
        if let Err(e) = super::check_id(id) {
            self.add(at, Issue::Id(e));
        }
    }

    /// Records every value that appears more than once.
    pub fn unique<'a>(&mut self, what: Unique, items: impl Iterator<Item = (String, &'a str)>) {
        let mut seen: std::collections::HashMap<&str, String> = Default::default();
        for (at, key) in items {
            if let Some(first) = seen.get(key) {
                let issue = Issue::UsedTwice {
                    what,
                    key: key.to_string(),
                    first: first.clone(),
                };
                self.add(at, issue);
            } else {
                seen.insert(key, at);
            }
        }
    }
}

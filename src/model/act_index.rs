//! Finding acts by id in constant time while a journal is replayed onto a day of thousands of acts.

use std::collections::HashMap;

use super::Act;

/// Act ids to their place in `DayRecord::acts`, extended as acts are added.
///
/// Valid while the record changes only through `DayRecord::apply_indexed` (acts are only ever
/// appended, never removed or reordered); start a new one for any other record.
#[derive(Debug, Default)]
pub struct ActIndex {
    places: HashMap<String, usize>,
    seen: usize,
}

impl ActIndex {
    /// The place of the last act with `id`, as `DayRecord::act_index` finds it.
    pub fn find(&mut self, acts: &[std::sync::Arc<Act>], id: &str) -> Option<usize> {
        // Later acts overwrite earlier ones with the same id, matching the scan from the end.
        for (i, a) in acts.iter().enumerate().skip(self.seen) {
            self.places.insert(a.id.clone(), i);
        }
        self.seen = acts.len();
        self.places.get(id).copied()
    }
}

#[cfg(test)]
mod tests {
    use chrono::DateTime;

    use super::*;
    use crate::catalog::{demo_day, demo_event};
    use crate::model::{Change, Entry, Stamp};

    fn entry(seq: u64, change: Change) -> Entry {
        Entry { seq, change }
    }

    fn coded(seq: u64, id: &str) -> Entry {
        let at = DateTime::parse_from_rfc3339("2026-12-03T09:00:00+07:00").expect("time");
        crate::model::coded(seq, id.into(), Stamp { at, elapsed_s: 1.0 })
    }

    #[test]
    fn indexed_apply_gives_the_same_record_and_errors_as_apply() {
        let ev = demo_event().expect("demo");
        let at = DateTime::parse_from_rfc3339("2026-12-03T09:00:00+07:00").expect("time");
        let start = demo_day(&ev, at);
        let id = |s: &str| s.to_string();
        let changes = vec![
            coded(1, "a"),
            coded(2, "b"),
            coded(3, "a"),
            entry(4, Change::ActRetracted { id: id("a") }),
            entry(5, Change::ActRestored { id: id("zz") }),
            coded(6, "c"),
            entry(
                7,
                Change::ActNoted {
                    id: id("c"),
                    note: id(" n "),
                },
            ),
            entry(8, Change::ActRetracted { id: id("b") }),
        ];
        let (mut plain, mut indexed) = (start.clone(), start);
        let mut index = ActIndex::default();
        for e in &changes {
            assert_eq!(
                plain.apply(e),
                indexed.apply_indexed(e, &mut index),
                "{e:?}"
            );
        }
        assert_eq!(plain, indexed);
        assert_eq!(plain.acts.len(), 3);
    }
}

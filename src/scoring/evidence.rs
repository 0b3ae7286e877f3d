//! The evidence a day record holds for one participant on one competency.

use crate::model::{DayRecord, Valence};

/// Acts of one code linked to the competency.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeTally {
    /// Behaviour code.
    pub code: String,
    /// Its direction.
    pub valence: Valence,
    /// Seconds since session start of each live act, in order.
    pub times: Vec<f64>,
}

/// A live act with a note, for the evidence panel.
#[derive(Debug, Clone, PartialEq)]
pub struct NotedAct {
    /// Seconds since session start.
    pub elapsed_s: f64,
    /// Behaviour code.
    pub code: String,
    /// The note.
    pub note: String,
}

/// Everything recorded that bears on one participant x competency.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Evidence {
    /// Tallies of the linked codes, in scheme order; codes with no acts are left out.
    pub tallies: Vec<CodeTally>,
    /// Notes attached to those acts.
    pub notes: Vec<NotedAct>,
    /// Live positive acts.
    pub positive: usize,
    /// Live negative acts.
    pub negative: usize,
}

impl Evidence {
    /// How many different positive codes were seen.
    pub fn positive_kinds(&self) -> usize {
        self.tallies
            .iter()
            .filter(|t| t.valence == Valence::Positive && !t.times.is_empty())
            .count()
    }
}

/// Gathers the live acts of `participant` whose code evidences `competency`.
pub fn evidence_for(record: &DayRecord, participant: &str, competency: &str) -> Evidence {
    let linked: Vec<_> = record
        .scheme
        .codes
        .iter()
        .filter(|c| c.competencies.iter().any(|x| x == competency))
        .collect();
    let mut ev = Evidence {
        tallies: linked
            .iter()
            .map(|c| CodeTally {
                code: c.code.clone(),
                valence: c.valence,
                times: Vec::new(),
            })
            .collect(),
        ..Evidence::default()
    };
    for act in record
        .acts
        .iter()
        .filter(|a| a.is_evidence() && a.participant == participant)
    {
        let Some(i) = linked.iter().position(|c| c.code == act.code) else {
            continue;
        };
        ev.tallies[i].times.push(act.stamp.elapsed_s);
        match linked[i].valence {
            Valence::Positive => ev.positive += 1,
            Valence::Negative => ev.negative += 1,
            Valence::Neutral => {}
        }
        if let Some(note) = &act.note {
            ev.notes.push(NotedAct {
                elapsed_s: act.stamp.elapsed_s,
                code: act.code.clone(),
                note: note.clone(),
            });
        }
    }
    ev.tallies.retain(|t| !t.times.is_empty());
    ev
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{demo_day, demo_event};
    use crate::model::{Act, Change, Entry, Stamp};

    #[test]
    fn gathers_live_linked_acts_with_notes_and_skips_retracted() {
        let ev = demo_event().expect("demo");
        let at = chrono::DateTime::parse_from_rfc3339("2026-12-03T09:00:00+07:00").expect("t");
        let mut day = demo_day(&ev, at);
        let who = day.groups[0].seats[&1].clone();
        let acts = [
            ("PROP", 10.0, Some("ide e-KTP")),
            ("VISI", 20.0, None),
            ("OFF", 30.0, None),
            ("PROP", 40.0, None),
        ];
        for (i, (code, t, note)) in acts.iter().enumerate() {
            let act = Act {
                seq: i as u64 + 1,
                id: format!("a{i}"),
                stamp: Stamp { at, elapsed_s: *t },
                group: day.group.clone(),
                participant: who.clone(),
                code: (*code).into(),
                target: None,
                note: note.map(str::to_string),
                retracted: false,
                floor: true,
                marks: Default::default(),
            };
            day.apply(&Entry {
                seq: i as u64 + 1,
                change: Change::ActCoded { act: act.into() },
            })
            .expect("apply");
        }
        day.apply(&Entry {
            seq: 5,
            change: Change::ActRetracted { id: "a3".into() },
        })
        .expect("retract");
        // M.7 (Mengelola Perubahan) is evidenced by PROP, VISI (+) and BLOCK (-); OFF is M.4 only.
        let e = evidence_for(&day, &who, "M.7");
        assert_eq!((e.positive, e.negative), (2, 0));
        assert_eq!(
            e.tallies
                .iter()
                .map(|t| t.code.as_str())
                .collect::<Vec<_>>(),
            ["PROP", "VISI"]
        );
        assert_eq!(e.tallies[0].times, vec![10.0]);
        assert_eq!(e.notes.len(), 1);
        assert_eq!(e.positive_kinds(), 2);
        let m4 = evidence_for(&day, &who, "M.4");
        assert_eq!((m4.positive, m4.negative), (0, 1));
    }
}

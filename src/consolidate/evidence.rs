//! The evidence of one day file for every participant x rated competency, in one pass over its acts.
//!
//! Same result as calling `scoring::evidence_for` per cell (a test holds them equal), without
//! walking thousands of acts once per cell.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use super::format::{ActNote, CellEvidence, EvidenceItem, LinkedCode};
use crate::model::{DayRecord, Valence};
use crate::scoring::{CodeTally, Evidence, NotedAct, suggest};

/// Per (participant, competency), what the file holds; cells with nothing recorded are left out.
pub fn cell_evidence(day: &DayRecord) -> BTreeMap<(String, String), CellEvidence> {
    let comps = &day.scheme.rated_competencies;
    let codes = &day.scheme.codes;
    // For each code, the (competency, position among that competency's linked codes) it feeds.
    let mut feeds: Vec<Vec<(usize, usize)>> = vec![Vec::new(); codes.len()];
    let mut blank: Vec<Evidence> = Vec::with_capacity(comps.len());
    for (ci, comp) in comps.iter().enumerate() {
        let mut e = Evidence::default();
        for (k, code) in codes.iter().enumerate() {
            if code.competencies.iter().any(|c| c == comp) {
                feeds[k].push((ci, e.tallies.len()));
                e.tallies.push(CodeTally {
                    code: code.code.clone(),
                    valence: code.valence,
                    times: Vec::new(),
                });
            }
        }
        blank.push(e);
    }
    let code_index: FxHashMap<&str, usize> = codes
        .iter()
        .enumerate()
        .map(|(k, c)| (c.code.as_str(), k))
        .collect();
    let person_index: FxHashMap<&str, usize> = day
        .participants
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.as_str(), i))
        .collect();
    let mut ev: Vec<Vec<Evidence>> = vec![blank; day.participants.len()];
    for act in day.acts.iter().filter(|a| a.is_evidence()) {
        let (Some(&pi), Some(&k)) = (
            person_index.get(act.participant.as_str()),
            code_index.get(act.code.as_str()),
        ) else {
            continue;
        };
        for &(ci, pos) in &feeds[k] {
            let e = &mut ev[pi][ci];
            e.tallies[pos].times.push(act.stamp.elapsed_s);
            match codes[k].valence {
                Valence::Positive => e.positive += 1,
                Valence::Negative => e.negative += 1,
                Valence::Neutral => {}
            }
            if let Some(note) = &act.note {
                e.notes.push(NotedAct {
                    elapsed_s: act.stamp.elapsed_s,
                    code: act.code.clone(),
                    note: note.clone(),
                });
            }
        }
    }
    let mut notes: FxHashMap<(usize, usize), Vec<EvidenceItem>> = FxHashMap::default();
    let comp_index: FxHashMap<&str, usize> = comps
        .iter()
        .enumerate()
        .map(|(i, c)| (c.as_str(), i))
        .collect();
    for n in &day.evidence {
        if let (Some(&pi), Some(&ci)) = (
            person_index.get(n.participant.as_str()),
            comp_index.get(n.competency.as_str()),
        ) {
            notes.entry((pi, ci)).or_default().push(EvidenceItem {
                kind: n.kind,
                text: n.text.clone(),
                at: n.at,
                reason: n.reason.clone(),
                after_submission: n.after_submission,
            });
        }
    }
    let mut out = BTreeMap::new();
    for (pi, row) in ev.into_iter().enumerate() {
        for (ci, mut e) in row.into_iter().enumerate() {
            e.tallies.retain(|t| !t.times.is_empty());
            let written = notes.remove(&(pi, ci)).unwrap_or_default();
            if e.tallies.is_empty() && written.is_empty() {
                continue;
            }
            out.insert(
                (day.participants[pi].id.clone(), comps[ci].clone()),
                CellEvidence {
                    observer: day.observer.id.clone(),
                    notes: written,
                    suggested: suggest(&e).map(|s| s.level),
                    codes: e
                        .tallies
                        .iter()
                        .map(|t| LinkedCode {
                            code: t.code.clone(),
                            valence: t.valence,
                            count: t.times.len(),
                        })
                        .collect(),
                    act_notes: e
                        .notes
                        .into_iter()
                        .map(|n| ActNote {
                            elapsed_s: n.elapsed_s,
                            code: n.code,
                            note: n.note,
                        })
                        .collect(),
                },
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::demo_event;
    use crate::model::{Act, Change, Entry, EvidenceKind, Marks, Stamp};
    use crate::scoring::evidence_for;

    /// A new day of the demo event and the time it starts.
    fn demo_day() -> (DayRecord, chrono::DateTime<chrono::FixedOffset>) {
        let ev = demo_event().expect("demo");
        let at = chrono::DateTime::parse_from_rfc3339("2026-12-03T09:00:00+07:00").expect("t");
        (crate::catalog::demo_day(&ev, at), at)
    }

    /// Act `i` of `who` coded `code` at `i` seconds.
    fn act(i: usize, at: chrono::DateTime<chrono::FixedOffset>, who: &str, code: &str) -> Act {
        Act {
            seq: i as u64 + 1,
            id: format!("a{i}"),
            stamp: Stamp {
                at,
                elapsed_s: i as f64,
            },
            group: "G1".into(),
            participant: who.into(),
            code: code.into(),
            target: None,
            note: None,
            retracted: false,
            floor: true,
            marks: Box::default(),
        }
    }

    #[test]
    fn one_pass_equals_evidence_for_on_every_cell() {
        let (mut day, at) = demo_day();
        let people: Vec<String> = day.participants.iter().map(|p| p.id.clone()).collect();
        let codes: Vec<String> = day.scheme.codes.iter().map(|c| c.code.clone()).collect();
        let mut seq = 0;
        for i in 0..400usize {
            seq += 1;
            let act = Act {
                seq,
                note: (i % 9 == 0).then(|| format!("note {i}")),
                retracted: i % 13 == 0,
                // Some coded outside a coded phase, some of those kept.
                marks: Box::new(Marks {
                    outside: i % 5 == 0,
                    kept: i % 10 == 0,
                    ..Marks::default()
                }),
                ..act(
                    i,
                    at,
                    &people[(i * 7) % people.len()],
                    &codes[(i * 11) % codes.len()],
                )
            };
            day.apply(&Entry {
                seq,
                change: Change::ActCoded { act: act.into() },
            })
            .expect("apply");
        }
        seq += 1;
        day.apply(&Entry {
            seq,
            change: Change::EvidenceAdded {
                participant: people[0].clone(),
                competency: "M.2".into(),
                kind: EvidenceKind::Development,
                text: "memotong pembicaraan".into(),
                reason: None,
                at,
            },
        })
        .expect("apply");
        let fast = cell_evidence(&day);
        let mut cells = 0;
        for p in &people {
            for c in &day.scheme.rated_competencies {
                let slow = evidence_for(&day, p, c);
                match fast.get(&(p.clone(), c.clone())) {
                    None => assert!(slow.tallies.is_empty(), "{p} {c}"),
                    Some(f) => {
                        cells += 1;
                        let counts: Vec<(String, usize)> =
                            f.codes.iter().map(|x| (x.code.clone(), x.count)).collect();
                        let expected: Vec<(String, usize)> = slow
                            .tallies
                            .iter()
                            .map(|t| (t.code.clone(), t.times.len()))
                            .collect();
                        assert_eq!(counts, expected, "{p} {c}");
                        assert_eq!(f.act_notes.len(), slow.notes.len());
                        assert_eq!(f.suggested, suggest(&slow).map(|s| s.level));
                    }
                }
            }
        }
        assert!(cells > 20);
        assert_eq!(fast[&(people[0].clone(), "M.2".to_string())].notes.len(), 1);
    }

    #[test]
    fn acts_coded_outside_a_coded_phase_are_evidence_only_when_kept() {
        let (mut day, at) = demo_day();
        let who = day.participants[0].id.clone();
        let comp = day.scheme.by_code("PROP").expect("PROP").competencies[0].clone();
        for (i, (outside, kept)) in [(false, false), (true, false), (true, true)]
            .into_iter()
            .enumerate()
        {
            let seq = i as u64 + 1;
            let act = Act {
                marks: Box::new(Marks {
                    outside,
                    kept,
                    ..Marks::default()
                }),
                ..act(i, at, &who, "PROP")
            };
            day.apply(&Entry {
                seq,
                change: Change::ActCoded { act: act.into() },
            })
            .expect("apply");
        }
        let cell = &cell_evidence(&day)[&(who.clone(), comp.clone())];
        let prop = cell.codes.iter().find(|c| c.code == "PROP").expect("PROP");
        assert_eq!(prop.count, 2, "the one left outside is not evidence");
        assert_eq!(evidence_for(&day, &who, &comp).tallies[0].times.len(), 2);
    }
}

//! A realistic consolidated file built from the demo event: observers with files, ratings that
//! sometimes disagree, wash-up decisions, evidence notes, coded behaviour, self ratings, online scores.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, NaiveDate};
use lgd_observer::catalog::{Catalog, demo_event};
use lgd_observer::consolidate::*;
use lgd_observer::model::{
    EventAbout, EventStamp, EvidenceKind, GroupNote, Localized, OnlineScore, RubricScore, Score,
    Valence,
};
use lgd_observer::reliability::{Band, Reason, alpha_band, icc_band, kappa_band};
use lgd_observer::scoring::{category_for, jpm_with, round_to_step};

/// A small deterministic generator, so the fixture is the same on every run.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

pub fn at(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).expect("time")
}

fn coef(value: f64, band: Band) -> Coefficient {
    Coefficient {
        value: Some(value),
        band: Some(band),
        ci95: Some([value - 0.15, (value + 0.1).min(1.0)]),
        unavailable: None,
    }
}

fn icc_forms(units: usize, raters: usize, v: f64) -> IccForms {
    let c = |x: f64| coef(x, icc_band(x));
    IccForms {
        units,
        raters,
        icc1: c(v - 0.05),
        icc2: c(v),
        icc3: c(v + 0.02),
        icc1k: c(v + 0.08),
        icc2k: c(v + 0.1),
        icc3k: c(v + 0.11),
    }
}

/// The demo event's first `groups` groups, consolidated.
pub fn consolidated(groups: usize) -> Consolidated {
    let event = demo_event().expect("demo event");
    let catalog = Catalog::builtin();
    let framework = catalog
        .frameworks
        .iter()
        .find(|f| f.id == event.framework)
        .expect("framework")
        .clone();
    let scheme = catalog
        .schemes
        .iter()
        .find(|s| s.id == event.scheme)
        .expect("scheme")
        .clone();
    let date = NaiveDate::from_ymd_opt(2026, 12, 3).expect("date");
    let mut dice = Dice(0x9E37_79B9_7F4A_7C15);
    let chosen: Vec<_> = event.groups.iter().take(groups).cloned().collect();
    let competencies = scheme.rated_competencies.clone();

    let participants: Vec<ParticipantInfo> = chosen
        .iter()
        .flat_map(|g| {
            g.seats.iter().map(|(seat, pid)| ParticipantInfo {
                person: event.participant(pid).expect("participant").clone(),
                group: Some(g.id.clone()),
                seat: Some(*seat),
            })
        })
        .collect();
    let observers: Vec<ObserverInfo> = event
        .observers
        .iter()
        .filter(|o| chosen.iter().any(|g| Some(&g.id) == o.group.as_ref()))
        .enumerate()
        .map(|(i, o)| {
            // One observer of the last group has not submitted yet.
            let submitted = !(i > 0
                && o.group.as_deref() == chosen.last().map(|g| g.id.as_str())
                && o.role == lgd_observer::model::Role::Reliability);
            ObserverInfo {
                observer: o.clone(),
                files: vec![SourceFile {
                    path: format!("days/{}-{}.json", o.id, date),
                    date,
                    group: o.group.clone().unwrap_or_default(),
                    submitted_at: submitted.then(|| at("2026-12-03T15:30:00+07:00")),
                    withdrawals: Vec::new(),
                    last_seq: 400 + i as u64,
                    acts: 150 + i,
                    ratings: o.coverage.len() * competencies.len(),
                    never_coded: false,
                }],
                submitted,
            }
        })
        .collect();

    let mut cells = Vec::new();
    for p in &participants {
        let base = match dice.below(10) {
            0..=2 => 2,
            3..=8 => 3,
            _ => 4,
        };
        for code in &competencies {
            let target = framework.competency(code).expect("competency").target;
            let raters: Vec<&ObserverInfo> = observers
                .iter()
                .filter(|o| o.observer.coverage.contains(&p.person.id))
                .collect();
            let ratings: Vec<CellRating> = raters
                .iter()
                .enumerate()
                .map(|(k, o)| {
                    let wobble = match dice.below(10) {
                        0 => -2,
                        1 | 2 => -1,
                        3 | 4 => 1,
                        _ => 0,
                    };
                    let level = (base + wobble).clamp(1, 5) as f64;
                    let score = if dice.below(40) == 0 {
                        Score::NotObserved
                    } else {
                        Score::Level { level }
                    };
                    CellRating {
                        observer: o.observer.id.clone(),
                        status: if o.submitted {
                            RatingStatus::Submitted
                        } else {
                            RatingStatus::NotSubmitted
                        },
                        score,
                        note: if k == 0 && dice.below(3) == 0 {
                            format!("Terlihat jelas pada diskusi ({code}).")
                        } else {
                            String::new()
                        },
                        at: at("2026-12-03T15:10:00+07:00"),
                        counted: o.submitted && score.level().is_some(),
                        after_submission: Vec::new(),
                    }
                })
                .collect();
            let levels: Vec<f64> = ratings
                .iter()
                .filter(|r| r.counted)
                .filter_map(|r| r.score.level())
                .collect();
            cells.push(cell(p, code, target, ratings, &levels, &mut dice));
        }
    }

    let results: Vec<ParticipantResult> = participants
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let own: Vec<&Cell> = cells
                .iter()
                .filter(|c| c.participant == p.person.id)
                .collect();
            let missing: Vec<String> = own
                .iter()
                .filter(|c| c.final_level.is_none())
                .map(|c| c.competency.clone())
                .collect();
            let value = missing
                .is_empty()
                .then(|| {
                    jpm_with(
                        own.iter()
                            .map(|c| (c.final_level.unwrap_or(0.0), f64::from(c.target))),
                        event.settings.jpm_capped(),
                    )
                })
                .flatten();
            let category = value
                .and_then(|j| category_for(j, &event.settings.categories))
                .map(|c| c.label.clone());
            let self_gap = if i % 2 == 0 {
                own.iter()
                    .map(|c| {
                        let self_level = 4.0;
                        SelfGap {
                            competency: c.competency.clone(),
                            self_level,
                            final_level: c.final_level,
                            gap: c.final_level.map(|f| self_level - f),
                        }
                    })
                    .collect()
            } else {
                Vec::new()
            };
            ParticipantResult {
                participant: p.person.id.clone(),
                jpm: value,
                category,
                missing,
                decided: own.iter().filter(|c| c.consensus.is_some()).count(),
                self_gap,
            }
        })
        .collect();

    let online_scores = participants
        .iter()
        .enumerate()
        .flat_map(|(i, p)| {
            ["Tes Potensi", "Kepribadian"]
                .iter()
                .enumerate()
                .map(move |(k, name)| OnlineScore {
                    participant: p.person.id.clone(),
                    name: name.to_string(),
                    value: 90.0 + ((i * 7 + k * 13) % 30) as f64,
                    source: "hasil-online.csv".into(),
                    imported_at: at("2026-12-04T09:00:00+07:00"),
                })
        })
        .collect();
    let behaviour = behaviour(&chosen, &observers, &scheme.codes, date, &mut dice);
    let group_infos = chosen
        .iter()
        .map(|g| {
            let obs: Vec<String> = observers
                .iter()
                .filter(|o| o.files.iter().any(|f| f.group == g.id))
                .map(|o| o.observer.id.clone())
                .collect();
            let mission = "Mewujudkan pelayanan publik yang cerdas, modern dan religius melalui digitalisasi layanan dan aparatur yang berintegritas.";
            GroupInfo {
                group: g.clone(),
                products: obs
                    .iter()
                    .take(2)
                    .map(|o| GroupProduct {
                        observer: o.clone(),
                        text: mission.to_string(),
                        rubric: scheme
                            .rubric
                            .iter()
                            .map(|item| RubricScore {
                                group: g.id.clone(),
                                item: item.id.clone(),
                                score: 2 + (dice.below(3) as u8),
                                note: String::new(),
                                at: at("2026-12-03T11:40:00+07:00"),
                                history: Vec::new(),
                            })
                            .collect(),
                    })
                    .collect(),
                notes: vec![ObserverGroupNote {
                    observer: obs[0].clone(),
                    note: GroupNote {
                        group: g.id.clone(),
                        text: "Kelompok cepat sepakat pada struktur diskusi.".into(),
                        at: at("2026-12-03T11:00:00+07:00"),
                    },
                }],
                observers: obs,
            }
        })
        .collect();

    let unsubmitted = observers
        .iter()
        .filter(|o| !o.submitted)
        .map(|o| o.observer.id.clone())
        .collect();
    let alpha = 0.71;
    Consolidated {
        format: CONSOLIDATED_FORMAT.into(),
        format_version: CONSOLIDATED_FORMAT_VERSION,
        generator: "lgd 0.1.0".into(),
        generated_at: at("2026-12-03T17:05:00+07:00"),
        event: EventStamp {
            id: event.id.clone(),
            name: event.name.clone(),
            digest: "3f9a1c0de4b2a7761e0c55aa".into(),
        },
        about: Some(EventAbout {
            venue: "Aula Blandongan, Puspemkot Tangerang Selatan".into(),
            lead_assessor: "Dra. Retno Wulandari, M.Psi., Psikolog".into(),
            assessors: vec!["Bambang Sutrisno".into(), "Sri Handayani".into()],
            ..event.about()
        }),
        framework,
        settings: event.settings.clone(),
        options: Options {
            spread_threshold: 2.0,
            tolerance_s: 3.0,
            step: 1.0,
            include_unsubmitted: false,
            allowed_mismatch: false,
            midpoint: lgd_observer::model::MidpointPolicy::HalfUp,
        },
        washup_seq: 0,
        agreement: Agreement {
            alpha: AlphaSummary {
                overall: coef(alpha, alpha_band(alpha)),
                pairable_units: participants.len() * competencies.len(),
                pairable_values: participants.len() * competencies.len() * 2,
                per_competency: competencies
                    .iter()
                    .enumerate()
                    .map(|(i, c)| CompetencyAlpha {
                        competency: c.clone(),
                        alpha: if i == 5 {
                            Coefficient {
                                value: None,
                                band: None,
                                ci95: None,
                                unavailable: Some(Reason::ZeroVariance),
                            }
                        } else {
                            let v = 0.6 + 0.05 * i as f64;
                            coef(v, alpha_band(v))
                        },
                    })
                    .collect(),
            },
            icc_blocks: chosen
                .iter()
                .map(|g| IccBlock {
                    group: g.id.clone(),
                    observers: observers
                        .iter()
                        .filter(|o| o.observer.group.as_ref() == Some(&g.id))
                        .take(2)
                        .map(|o| o.observer.id.clone())
                        .collect(),
                    participants: g.seats.values().take(5).cloned().collect(),
                    overall: icc_forms(30, 2, 0.68),
                    per_competency: Vec::new(),
                })
                .collect(),
        },
        scheme,
        competencies,
        participants,
        groups: group_infos,
        observers,
        cells,
        results,
        behaviour,
        online_scores,
        coverage: Coverage {
            thin: Vec::new(),
            unsubmitted,
            never_coded: Vec::new(),
        },
        problems: vec![Problem {
            kind: ProblemKind::Recovered,
            files: vec!["days/A02-2026-12-03.json".into()],
            message: "days/A02-2026-12-03.json: 3 journal lines replayed".into(),
            why: None,
        }],
    }
}

fn cell(
    p: &ParticipantInfo,
    code: &str,
    target: u8,
    ratings: Vec<CellRating>,
    levels: &[f64],
    dice: &mut Dice,
) -> Cell {
    let n = levels.len();
    let (min, max) = levels
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), &l| (a.min(l), b.max(l)));
    let mean = (n > 0).then(|| levels.iter().sum::<f64>() / n as f64);
    let mut flags = Vec::new();
    if n > 0 && max - min >= 2.0 {
        flags.push(Flag::Spread);
    }
    let t = f64::from(target);
    if levels.iter().any(|&l| l < t) && levels.iter().any(|&l| l >= t) {
        flags.push(Flag::AcrossTarget);
    }
    if n < 2 {
        flags.push(Flag::FewRatings);
    }
    let proposed = mean.map(|m| round_to_step(m, 1.0));
    let consensus = (!flags.is_empty() && n > 0).then(|| Decision {
        level: Some(proposed.unwrap_or(3.0).max(min)),
        reason: "Bukti M.7 kuat di fase misi; disepakati bersama.".into(),
        decided_by: "A33".into(),
        decided_at: at("2026-12-03T16:40:00+07:00"),
    });
    let final_level = consensus.as_ref().and_then(|d| d.level).or(proposed);
    let evidence = ratings
        .iter()
        .take(1)
        .map(|r| CellEvidence {
            observer: r.observer.clone(),
            notes: match dice.below(4) {
                0 => vec![EvidenceItem {
                    kind: EvidenceKind::Strength,
                    text: format!("Mengajukan usulan konkret untuk {code}."),
                    at: at("2026-12-03T10:20:00+07:00"),
                    reason: None,
                    after_submission: false,
                }],
                1 => vec![EvidenceItem {
                    kind: EvidenceKind::Development,
                    text: "Sering memotong pembicaraan rekan.".into(),
                    at: at("2026-12-03T10:35:00+07:00"),
                    reason: None,
                    after_submission: false,
                }],
                _ => Vec::new(),
            },
            codes: vec![LinkedCode {
                code: "PROP".into(),
                valence: Valence::Positive,
                count: 3,
            }],
            act_notes: Vec::new(),
            suggested: Some(3),
        })
        .collect();
    Cell {
        participant: p.person.id.clone(),
        competency: code.to_string(),
        target,
        ratings,
        stats: CellStats {
            n,
            mean,
            median: mean,
            min: (n > 0).then_some(min),
            max: (n > 0).then_some(max),
            range: (n > 0).then_some(max - min),
        },
        flags,
        proposed,
        split: None,
        final_source: if consensus.is_some() {
            FinalSource::Consensus
        } else if proposed.is_some() {
            FinalSource::Proposed
        } else {
            FinalSource::None
        },
        consensus,
        superseded: Vec::new(),
        final_level,
        evidence,
    }
}

fn behaviour(
    groups: &[lgd_observer::model::Group],
    observers: &[ObserverInfo],
    codes: &[lgd_observer::model::Code],
    date: NaiveDate,
    dice: &mut Dice,
) -> Behaviour {
    let mut out = Behaviour {
        participants: Vec::new(),
        airtime: Vec::new(),
        interactions: Vec::new(),
        count_agreement: Vec::new(),
        code_agreement: Vec::new(),
        matching: Vec::new(),
    };
    for g in groups {
        let obs: Vec<&ObserverInfo> = observers
            .iter()
            .filter(|o| o.observer.group.as_ref() == Some(&g.id))
            .collect();
        let mut seconds = Vec::new();
        for pid in g.seats.values() {
            let talk = 60.0 + dice.below(400) as f64;
            seconds.push((pid.clone(), talk));
            out.participants.push(ParticipantBehaviour {
                participant: pid.clone(),
                group: g.id.clone(),
                by_observer: obs
                    .iter()
                    .map(|o| {
                        let counts: CodeCount = codes
                            .iter()
                            .filter_map(|c| {
                                let n = dice.below(6) as usize;
                                (n > 0).then(|| (c.code.clone(), n))
                            })
                            .collect();
                        ObservedBehaviour {
                            observer: o.observer.id.clone(),
                            airtime_s: talk + dice.below(20) as f64,
                            turns: 5 + dice.below(10) as usize,
                            acts: counts.values().sum(),
                            codes: counts,
                        }
                    })
                    .collect(),
            });
        }
        let total: f64 = seconds.iter().map(|s| s.1).sum();
        for (pid, s) in &seconds {
            out.airtime.push(Airtime {
                participant: pid.clone(),
                group: g.id.clone(),
                seconds: *s,
                turns: 8.5,
                share: Some(s / total),
            });
        }
        let members: Vec<&String> = g.seats.values().collect();
        let mut links = Vec::new();
        for from in &members {
            for to in &members {
                if from != to && dice.below(3) == 0 {
                    let n = 1 + dice.below(4) as usize;
                    links.push(Interaction {
                        from: (*from).clone(),
                        to: (*to).clone(),
                        mean: n as f64,
                        by_observer: obs
                            .iter()
                            .map(|o| (o.observer.id.clone(), n))
                            .collect::<BTreeMap<_, _>>(),
                    });
                }
            }
        }
        let ids: Vec<String> = obs.iter().map(|o| o.observer.id.clone()).collect();
        out.interactions.push(GroupInteractions {
            group: g.id.clone(),
            observers: ids.clone(),
            links,
        });
        out.count_agreement.push(CountAgreement {
            group: g.id.clone(),
            date,
            observers: ids.clone(),
            icc: icc_forms(150, ids.len(), 0.81),
        });
        if ids.len() >= 2 {
            let kappa = 0.64;
            out.matching.push(PairMatching {
                group: g.id.clone(),
                date,
                observer_a: ids[0].clone(),
                observer_b: ids[1].clone(),
                acts_a: 160,
                acts_b: 171,
                matched: 140,
                same_code: 118,
                procedure: MatchProcedure::SameCodeFirst,
                aligned_on: Alignment::PhaseStart,
                clock: None,
                kappa: coef(kappa, kappa_band(kappa)),
                percent_agreement: Some(118.0 / 191.0),
            });
        }
    }
    out
}

/// Names, notes and labels that try to become markup, formulas or reversed text.
pub const SCRIPT: &str = "<script>alert(1)</script>";
/// A DDE formula.
pub const FORMULA: &str = "=cmd|' /C calc'!A0";
/// A number-looking formula start.
pub const PLUS: &str = "+1";
/// Right-to-left override followed by text.
pub const RTL: &str = "\u{202E}Budi Santoso";

/// Gives the first participants, an observer, a group, a note, a reason and a score hostile text.
pub fn with_hostile_text(c: &mut Consolidated) {
    for (p, name) in c.participants.iter_mut().zip([SCRIPT, FORMULA, PLUS, RTL]) {
        p.person.name = name.to_string();
        p.person.position = format!("{name} <img src=\"http://evil.example/x.png\">");
    }
    c.observers[0].observer.name = format!("{SCRIPT} <a href=\"http://evil.example\">x</a>");
    c.groups[0].group.name = "<b onmouseover=alert(2)>G</b>".into();
    c.groups[0].products[0].text =
        format!("{FORMULA}\n<iframe src=\"http://evil.example\"></iframe>");
    c.groups[0].notes[0].note.text = "@SUM(A1) </style><script>x()</script>".into();
    c.event.name = format!("{SCRIPT} Asesmen");
    if let Some(cell) = c.cells.iter_mut().find(|x| !x.ratings.is_empty()) {
        cell.ratings[0].note = "-2+3 \" onmouseover=\"alert(3)".into();
        cell.consensus = Some(Decision {
            level: Some(3.0),
            reason: format!("{SCRIPT} {FORMULA}"),
            decided_by: "A33".into(),
            decided_at: at("2026-12-03T16:40:00+07:00"),
        });
        cell.evidence.push(CellEvidence {
            observer: cell.ratings[0].observer.clone(),
            notes: vec![EvidenceItem {
                kind: EvidenceKind::Strength,
                text: format!("{SCRIPT}{RTL}"),
                at: at("2026-12-03T10:20:00+07:00"),
                reason: None,
                after_submission: false,
            }],
            codes: Vec::new(),
            act_notes: Vec::new(),
            suggested: None,
        });
    }
    c.online_scores[0].name = "=1+2".into();
    c.settings.categories[0].label = Localized::new("<i>Optimal</i>", "<i>Optimal</i>");
    for r in &mut c.results {
        if r.category.as_ref().is_some_and(|l| l.id == "Optimal") {
            r.category = Some(Localized::new("<i>Optimal</i>", "<i>Optimal</i>"));
        }
    }
}

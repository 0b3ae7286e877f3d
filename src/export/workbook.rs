//! The consolidated workbook: participants, every observer's rating, the final levels, agreement,
//! coded acts, airtime and interactions, as sheets for Excel or CSV files for R and pandas.
//!
//! Headers are stable English column names (documented in `docs/export.md`); labels such as
//! categories and code names follow `--lang`. Every cell goes through [`super::cell`], so no name or
//! note can become a formula.

use std::collections::HashMap;

mod behaviour;

use super::cell::{Cell, Sheet};
use crate::consolidate::{Consolidated, FinalSource, Flag, ParticipantInfo, RatingStatus};
use crate::model::{Lang, Score};
use behaviour::{acts, agreement, airtime, interactions};

/// The sheets of the consolidated workbook, in order.
pub const WORKBOOK_SHEETS: &[&str] = &[
    "Participants",
    "Ratings",
    "Final",
    "Agreement",
    "Acts",
    "Airtime",
    "Interactions",
];

/// Every sheet of the consolidated workbook.
pub fn workbook(c: &Consolidated, lang: Lang) -> Vec<Sheet> {
    let names = Names::new(c);
    vec![
        participants(c, &names, lang),
        ratings(c, &names),
        finals(c, &names),
        agreement(c, lang),
        acts(c, &names, lang),
        airtime(c, &names),
        interactions(c, &names),
    ]
}

/// Participant names and groups by id.
pub(super) struct Names<'a> {
    people: HashMap<&'a str, &'a ParticipantInfo>,
    observers: HashMap<&'a str, &'a str>,
}

impl<'a> Names<'a> {
    fn new(c: &'a Consolidated) -> Self {
        Names {
            people: c.participants_by_id(),
            observers: c
                .observers
                .iter()
                .map(|o| (o.observer.id.as_str(), o.observer.name.as_str()))
                .collect(),
        }
    }

    pub(super) fn name(&self, id: &str) -> Cell {
        self.people
            .get(id)
            .map_or(Cell::Empty, |p| p.person.name.as_str().into())
    }

    pub(super) fn group(&self, id: &str) -> Cell {
        self.people
            .get(id)
            .and_then(|p| p.group.as_deref())
            .map_or(Cell::Empty, Cell::from)
    }

    pub(super) fn observer(&self, id: &str) -> Cell {
        self.observers.get(id).map_or(Cell::Empty, |n| (*n).into())
    }
}

pub(super) fn count(n: usize) -> Cell {
    Cell::Number(n as f64)
}

pub(super) fn text(s: &str) -> Cell {
    if s.is_empty() { Cell::Empty } else { s.into() }
}

fn participants(c: &Consolidated, names: &Names, lang: Lang) -> Sheet {
    let mut online: Vec<&str> = Vec::new();
    for s in &c.online_scores {
        if !online.contains(&s.name.as_str()) {
            online.push(&s.name);
        }
    }
    let mut headers: Vec<String> = [
        "participant",
        "nip",
        "name",
        "position",
        "unit",
        "gender",
        "group",
        "seat",
        "jpm",
        "category",
        "decided",
        "missing",
    ]
    .iter()
    .map(|h| h.to_string())
    .collect();
    headers.extend(c.competencies.iter().map(|code| format!("final {code}")));
    headers.extend(online.iter().map(|name| format!("online {name}")));
    let results: HashMap<&str, _> = c
        .results
        .iter()
        .map(|r| (r.participant.as_str(), r))
        .collect();
    let finals: HashMap<(&str, &str), Option<f64>> = c
        .cells
        .iter()
        .map(|x| {
            (
                (x.participant.as_str(), x.competency.as_str()),
                x.final_level,
            )
        })
        .collect();
    let mut sheet = Sheet {
        name: "Participants".into(),
        headers,
        rows: Vec::new(),
    };
    for p in &c.participants {
        let id = p.person.id.as_str();
        let r = results.get(id);
        let mut row = vec![
            id.into(),
            p.person.nip.clone().map_or(Cell::Empty, Cell::Id),
            p.person.name.as_str().into(),
            text(&p.person.position),
            text(&p.person.unit),
            p.person
                .gender
                .map_or(Cell::Empty, |g| format!("{g:?}").into()),
            names.group(id),
            p.seat.map(f64::from).into(),
            r.and_then(|r| r.jpm).into(),
            r.and_then(|r| r.category.as_ref())
                .map_or(Cell::Empty, |l| l.get(lang).into()),
            r.map_or(Cell::Empty, |r| count(r.decided)),
            r.map_or(Cell::Empty, |r| text(&r.missing.join(" "))),
        ];
        row.extend(
            c.competencies
                .iter()
                .map(|code| finals.get(&(id, code.as_str())).copied().flatten().into()),
        );
        row.extend(online.iter().map(|name| {
            c.online_scores
                .iter()
                .rfind(|s| s.participant == id && s.name == *name)
                .map(|s| s.value)
                .into()
        }));
        sheet.rows.push(row);
    }
    sheet
}

fn ratings(c: &Consolidated, names: &Names) -> Sheet {
    let mut sheet = Sheet::new(
        "Ratings",
        &[
            "participant",
            "name",
            "group",
            "competency",
            "observer",
            "observer_name",
            "status",
            "score",
            "level",
            "counted",
            "note",
            "rated_at",
            "changes_after_submission",
        ],
    );
    for cell in &c.cells {
        for r in &cell.ratings {
            let (score, level) = match r.score {
                Score::Level { level } => ("level", Cell::Number(level)),
                Score::NotObserved => ("not_observed", Cell::Empty),
                Score::Cleared => ("cleared", Cell::Empty),
            };
            sheet.rows.push(vec![
                cell.participant.as_str().into(),
                names.name(&cell.participant),
                names.group(&cell.participant),
                cell.competency.as_str().into(),
                r.observer.as_str().into(),
                names.observer(&r.observer),
                status(r.status).into(),
                score.into(),
                level,
                bool_cell(r.counted),
                text(&r.note),
                r.at.to_rfc3339().into(),
                count(r.after_submission.len()),
            ]);
        }
    }
    sheet
}

fn status(s: RatingStatus) -> &'static str {
    match s {
        RatingStatus::Submitted => "submitted",
        RatingStatus::NotSubmitted => "not_submitted",
        RatingStatus::OnlyAfterSubmission => "only_after_submission",
    }
}

fn bool_cell(b: bool) -> Cell {
    Cell::Text(if b { "TRUE" } else { "FALSE" }.into())
}

fn finals(c: &Consolidated, names: &Names) -> Sheet {
    let mut sheet = Sheet::new(
        "Final",
        &[
            "participant",
            "name",
            "group",
            "competency",
            "target",
            "n",
            "mean",
            "median",
            "min",
            "max",
            "range",
            "flags",
            "proposed",
            "consensus",
            "consensus_reason",
            "decided_by",
            "decided_at",
            "superseded",
            "final",
            "final_source",
            "gap",
            "self_level",
            "self_gap",
        ],
    );
    let selfs: HashMap<(&str, &str), (f64, Option<f64>)> = c
        .results
        .iter()
        .flat_map(|r| {
            r.self_gap.iter().map(move |s| {
                (
                    (r.participant.as_str(), s.competency.as_str()),
                    (s.self_level, s.gap),
                )
            })
        })
        .collect();
    for x in &c.cells {
        let s = &x.stats;
        let d = x.consensus.as_ref();
        let own = selfs.get(&(x.participant.as_str(), x.competency.as_str()));
        let flags: Vec<&str> = x
            .flags
            .iter()
            .map(|f| match f {
                Flag::Spread => "spread",
                Flag::AcrossTarget => "across_target",
                Flag::FewRatings => "few_ratings",
            })
            .collect();
        sheet.rows.push(vec![
            x.participant.as_str().into(),
            names.name(&x.participant),
            names.group(&x.participant),
            x.competency.as_str().into(),
            f64::from(x.target).into(),
            count(s.n),
            s.mean.into(),
            s.median.into(),
            s.min.into(),
            s.max.into(),
            s.range.into(),
            text(&flags.join(" ")),
            x.proposed.into(),
            d.and_then(|d| d.level).into(),
            d.map_or(Cell::Empty, |d| text(&d.reason)),
            d.map_or(Cell::Empty, |d| d.decided_by.as_str().into()),
            d.map_or(Cell::Empty, |d| d.decided_at.to_rfc3339().into()),
            count(x.superseded.len()),
            x.final_level.into(),
            match x.final_source {
                FinalSource::Consensus => "consensus",
                FinalSource::Proposed => "proposed",
                FinalSource::None => "none",
            }
            .into(),
            x.final_level.map(|l| l - f64::from(x.target)).into(),
            own.map(|o| o.0).into(),
            own.and_then(|o| o.1).into(),
        ]);
    }
    sheet
}
